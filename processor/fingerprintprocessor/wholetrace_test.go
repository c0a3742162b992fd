package fingerprintprocessor

import (
	"context"
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/connector/connectortest"
	"go.opentelemetry.io/collector/consumer"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
)

// latencyVerdict runs batches through the processor (cfg) and the
// trace_findings connector behind it, as the recommended configurations
// wire them, and returns what the backlog exporter would count as latency
// findings: the spans the processor fingerprinted as latency and the
// connector's latency records, each as "id template service excess".
func latencyVerdict(t *testing.T, cfg *Config, batches ...[]spanIn) []string {
	t.Helper()
	ctx := context.Background()
	spans := new(consumertest.TracesSink)
	logs := new(consumertest.LogsSink)
	cf := tracefindingsconnector.NewFactory()
	conn, err := cf.CreateTracesToLogs(ctx, connectortest.NewNopSettings(cf.Type()), cf.CreateDefaultConfig(), logs)
	require.NoError(t, err)
	next, err := consumer.NewTraces(func(ctx context.Context, td ptrace.Traces) error {
		require.NoError(t, conn.ConsumeTraces(ctx, td))
		return spans.ConsumeTraces(ctx, td)
	})
	require.NoError(t, err)
	p, err := NewFactory().CreateTraces(ctx, processortest.NewNopSettings(metadata.Type), cfg, next)
	require.NoError(t, err)
	require.NoError(t, conn.Start(ctx, componenttest.NewNopHost()))
	require.NoError(t, p.Start(ctx, componenttest.NewNopHost()))
	for _, b := range batches {
		require.NoError(t, p.ConsumeTraces(ctx, buildTraces(t, b)))
	}
	require.NoError(t, p.Shutdown(ctx))
	require.NoError(t, conn.Shutdown(ctx)) // judges every trace still settling
	var out []string
	add := func(a pcommon.Map, service string) {
		if v, ok := a.Get(attrs.FingerprintKind); !ok || v.Str() != attrs.KindLatency {
			return
		}
		get := func(k string) pcommon.Value { v, _ := a.Get(k); return v }
		if s := get(attrs.Service).Str(); s != "" {
			service = s
		}
		out = append(out, fmt.Sprintf("%s %q %s %.0fms", get(attrs.FingerprintID).Str(), get(attrs.SpanTemplate).Str(), service, get(attrs.LatencyExcessMs).Double()))
	}
	for _, td := range spans.AllTraces() {
		for i := 0; i < td.ResourceSpans().Len(); i++ {
			rs := td.ResourceSpans().At(i)
			svc, _ := rs.Resource().Attributes().Get(attrs.ServiceName)
			sps := rs.ScopeSpans().At(0).Spans()
			for k := 0; k < sps.Len(); k++ {
				add(sps.At(k).Attributes(), svc.Str())
			}
		}
	}
	for _, ld := range logs.AllLogs() {
		for i := 0; i < ld.ResourceLogs().Len(); i++ {
			rl := ld.ResourceLogs().At(i)
			svc, _ := rl.Resource().Attributes().Get(attrs.ServiceName)
			lrs := rl.ScopeLogs().At(0).LogRecords()
			for k := 0; k < lrs.Len(); k++ {
				add(lrs.At(k).Attributes(), svc.Str())
			}
		}
	}
	sort.Strings(out)
	return out
}

// permutations returns every order of the indexes 0..n-1.
func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for i := 0; i <= len(p); i++ {
			q := append(append(append([]int{}, p[:i]...), n-1), p[i:]...)
			out = append(out, q)
		}
	}
	return out
}

// TestLatencyVerdictSameInEveryBatchOrder: a slow database call in checkout
// (frontend server -> frontend call -> checkout server -> checkout query)
// is one latency cause, the query, whether the trace arrives in one batch,
// one batch per service in either order, or one batch per span in any of
// the 24 orders (an SDK exports a span when it ends, so a parent often
// comes in a later batch than its children, or an earlier one through
// another service's exporter). With traces.latency.attribution: batch
// (the only behaviour before) a span whose slow child came in another
// batch was blamed itself ("slow /checkout").
func TestLatencyVerdictSameInEveryBatchOrder(t *testing.T) {
	var warm [][]spanIn
	for i := range 60 {
		f, b := shop(byte(i+1), time.Duration(i)*time.Second, 5+i%4)
		warm = append(warm, append(f, b...))
	}
	front, back := shop(200, 2*time.Minute, 600)
	trace := append(append([]spanIn{}, front...), back...)
	cfg := createDefaultConfig().(*Config)
	cfg.Traces.Latency.Attribution = AttributionTrace

	want := latencyVerdict(t, cfg, append(warm, trace)...)
	require.Len(t, want, 1, "one cause")
	assert.Contains(t, want[0], `"slow SELECT orders to postgresql" checkout`)
	batch := createDefaultConfig().(*Config)
	assert.Equal(t, want, latencyVerdict(t, batch, append(warm, trace)...), "one batch: the per-batch verdict")

	assert.Equal(t, want, latencyVerdict(t, cfg, append(warm, front, back)...), "frontend's batch first")
	assert.Equal(t, want, latencyVerdict(t, cfg, append(warm, back, front)...), "checkout's batch first")
	assert.Equal(t, want, latencyVerdict(t, cfg, append(warm, back[1:], front, back[:1])...), "the query before its handler")
	for _, order := range permutations(len(trace)) {
		batches := append([][]spanIn{}, warm...)
		for _, i := range order {
			batches = append(batches, trace[i:i+1])
		}
		assert.Equal(t, want, latencyVerdict(t, cfg, batches...), "one span per batch, in the order %v", order)
	}
}
