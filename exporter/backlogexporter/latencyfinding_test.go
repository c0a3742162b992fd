package backlogexporter

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
)

// TestLatencyFindingLinksByParentSpanID: a latency cause the
// trace_findings connector emits as a log record links in its trace as
// its span would: fingerprint.parent_span_id names the failed span above
// it, so the failure is explained by the latency (a cause link). A
// malformed value (hostile telemetry) is ignored.
func TestLatencyFindingLinksByParentSpanID(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = t.TempDir()
	p := newPipeline(t, cfg)
	defer p.stop()
	ctx := context.Background()
	trace := pcommon.TraceID{7, 7}
	const errFP, latFP, oddFP = "00000000000000e1", "00000000000000a1", "00000000000000b1"

	td := ptrace.NewTraces()
	rs := td.ResourceSpans().AppendEmpty()
	rs.Resource().Attributes().PutStr(attrs.ServiceName, "frontend")
	sp := rs.ScopeSpans().AppendEmpty().Spans().AppendEmpty()
	sp.SetTraceID(trace)
	sp.SetSpanID(pcommon.SpanID{1})
	sp.SetName("POST /checkout")
	sp.Status().SetCode(ptrace.StatusCodeError)
	sp.Attributes().PutStr(attrs.FingerprintID, errFP)
	sp.Attributes().PutStr(attrs.FingerprintKind, attrs.KindError)
	require.NoError(t, p.exp.consumeTraces(ctx, td))

	ld := plog.NewLogs()
	rl := ld.ResourceLogs().AppendEmpty()
	rl.Resource().Attributes().PutStr(attrs.ServiceName, "checkout")
	lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
	for _, r := range []struct{ fp, parent string }{{latFP, "0100000000000000"}, {oddFP, "01<script>000000000000"}} {
		lr := lrs.AppendEmpty()
		lr.SetTraceID(trace)
		lr.SetSpanID(pcommon.SpanID{byte(len(r.parent))})
		a := lr.Attributes()
		a.PutStr(attrs.FingerprintID, r.fp)
		a.PutStr(attrs.FingerprintKind, attrs.KindLatency)
		a.PutStr(attrs.SpanTemplate, "slow SELECT orders")
		a.PutStr(attrs.ParentSpanID, r.parent)
	}
	require.NoError(t, p.exp.consumeLogs(ctx, ld))

	cause := map[string]bool{}
	for _, l := range p.exp.store.Links() {
		if l.Kind == cluster.LinkCause {
			cause[l.A+">"+l.B] = true
		}
	}
	assert.True(t, cause[errFP+">"+latFP], "the failed parent is explained by the latency: %v", cause)
	assert.False(t, cause[errFP+">"+oddFP], "a malformed parent id links nothing")
}
