package tracefindingsconnector

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/config/configoptional"
	"go.opentelemetry.io/collector/connector"
	"go.opentelemetry.io/collector/connector/connectortest"
	"go.opentelemetry.io/collector/consumer"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter"
	"github.com/otelcol-backlog/otelcol-backlog/internal/absence"
	"github.com/otelcol-backlog/otelcol-backlog/internal/absence/absencetest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/fingerprint"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore/statestoretest"
)

const (
	query = "[findPrice][Query price][route: <*>]"
	found = "[findPrice][Found price][rate: <*>]"
)

// connections are one component ID's two connections, built by the
// factory, with the shared core for white-box checks.
type connections struct {
	traces connector.Traces
	logs   connector.Logs
	core   *findings
}

func newConnections(t *testing.T, cfg *Config, next consumer.Logs) *connections {
	t.Helper()
	f := NewFactory()
	set := connectortest.NewNopSettings(metadata.Type)
	set.ID = component.NewID(metadata.Type) // stable across lives, as in a collector
	ctx := context.Background()
	tc, err := f.CreateTracesToLogs(ctx, set, cfg, next)
	require.NoError(t, err)
	lc, err := f.CreateLogsToLogs(ctx, set, cfg, next)
	require.NoError(t, err)
	return &connections{traces: tc, logs: lc, core: tc.(*connection).shared.Value}
}

func (c *connections) start(t *testing.T, host component.Host) {
	t.Helper()
	require.NoError(t, c.traces.Start(context.Background(), host))
	require.NoError(t, c.logs.Start(context.Background(), host))
}

func (c *connections) shutdown(t *testing.T) {
	t.Helper()
	require.NoError(t, c.traces.Shutdown(context.Background()))
	require.NoError(t, c.logs.Shutdown(context.Background()))
}

func (c *connections) consume(t *testing.T, ld plog.Logs, td ptrace.Traces) {
	t.Helper()
	require.NoError(t, c.logs.ConsumeLogs(context.Background(), ld))
	require.NoError(t, c.traces.ConsumeTraces(context.Background(), td))
}

// healthyThenSilent sends 40 calls from t0 on that write both lines, then,
// a minute later, 20 calls that lack the "found" line.
func (c *connections) healthyThenSilent(t *testing.T, t0 time.Time) {
	t.Helper()
	var seq uint64
	ld, td := absencetest.Calls(&seq, t0, 40, query, found)
	c.consume(t, ld, td)
	ld, td = absencetest.Calls(&seq, t0.Add(time.Minute), 20, query)
	c.consume(t, ld, td)
}

// records flattens the emitted findings.
func records(sink *consumertest.LogsSink) (out []plog.LogRecord, services []string) {
	for _, ld := range sink.AllLogs() {
		for i := 0; i < ld.ResourceLogs().Len(); i++ {
			rl := ld.ResourceLogs().At(i)
			svc, _ := rl.Resource().Attributes().Get(attrs.ServiceName)
			for j := 0; j < rl.ScopeLogs().Len(); j++ {
				lrs := rl.ScopeLogs().At(j).LogRecords()
				for k := 0; k < lrs.Len(); k++ {
					out = append(out, lrs.At(k))
					services = append(services, svc.AsString())
				}
			}
		}
	}
	return out, services
}

func attr(lr plog.LogRecord, key string) string {
	v, _ := lr.Attributes().Get(key)
	return v.AsString()
}

// TestAbsenceBecomesAFinding: a log line that every call wrote stops
// appearing while the endpoint is still called. Through the factory's two
// connections (logs and traces on different pipelines), the connector
// emits one fingerprinted record per silent call, and what it learned
// survives a restart (storage).
func TestAbsenceBecomesAFinding(t *testing.T) {
	storageID := component.MustNewID("file_storage")
	store := statestoretest.New()
	host := statestoretest.NewHost(storageID, store)
	cfg := createDefaultConfig().(*Config)
	cfg.Storage = &storageID
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	var seq uint64

	// First life: 40 healthy calls teach that both lines are always written.
	sink := new(consumertest.LogsSink)
	first := newConnections(t, cfg, sink)
	first.start(t, host)
	ld, td := absencetest.Calls(&seq, t0, 40, query, found)
	first.consume(t, ld, td)
	first.shutdown(t)
	require.Len(t, first.core.det.Expectations(), 2)
	assert.Zero(t, sink.LogRecordCount(), "healthy calls made a finding")
	assert.Equal(t, 1, store.Closed(), "the storage client is released")

	// Second life: the "found" line is gone from 20 calls.
	second := newConnections(t, cfg, sink)
	require.NotSame(t, first.core, second.core, "a new life after the last shutdown")
	second.start(t, host)
	require.Len(t, second.core.det.Expectations(), 2, "expectations restored from storage")
	ld, td = absencetest.Calls(&seq, t0.Add(time.Minute), 20, query)
	second.consume(t, ld, td)
	second.shutdown(t)

	got, services := records(sink)
	require.Len(t, got, 20, "one record per silent call")
	assert.Equal(t, int64(20), second.core.det.Stats().Misses)
	wantID := fingerprint.ID(fingerprint.Key{Kind: attrs.KindAbsence, Service: "price", Template: absence.StatementOf(found), Operation: "/prices"})
	traces := map[pcommon.TraceID]bool{}
	for i, lr := range got {
		assert.Equal(t, "price", services[i])
		assert.Equal(t, wantID, attr(lr, attrs.FingerprintID))
		assert.Equal(t, attrs.KindAbsence, attr(lr, attrs.FingerprintKind))
		assert.Equal(t, "missing log line: "+found, attr(lr, attrs.LogRecordTemplate))
		assert.Equal(t, "/prices", attr(lr, attrs.Operation))
		assert.Equal(t, "2.4.0", attr(lr, attrs.Release), "the call's release, from the span resource")
		assert.Equal(t, "team-pricing", attr(lr, attrs.Owner), "the operation's owner, from its log records")
		assert.Equal(t, plog.SeverityNumberError, lr.SeverityNumber())
		assert.Contains(t, lr.Body().Str(), "/prices ended without the log line")
		assert.False(t, lr.TraceID().IsEmpty())
		assert.Equal(t, byte(1), lr.SpanID()[0], "the call's entry (SERVER) span")
		assert.False(t, lr.Timestamp().AsTime().Before(t0.Add(time.Minute)), "the call's time")
		traces[lr.TraceID()] = true
	}
	// The first misses are held until the absence is sustained, then
	// reported each as its own call: no call (span) is counted twice.
	assert.Len(t, traces, 20, "every record names its own silent call")
}

// TestFailedCallsAreNotSilent: calls whose span has status Error failed
// visibly; the lines they did not write make no finding.
func TestFailedCallsAreNotSilent(t *testing.T) {
	sink := new(consumertest.LogsSink)
	c := newConnections(t, createDefaultConfig().(*Config), sink)
	c.start(t, componenttest.NewNopHost())
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	var seq uint64
	ld, td := absencetest.Calls(&seq, t0, 40, query, found)
	c.consume(t, ld, td)
	ld, td = absencetest.Calls(&seq, t0.Add(time.Minute), 20, query)
	spans := td.ResourceSpans().At(0).ScopeSpans().At(0).Spans()
	for i := 0; i < spans.Len(); i++ {
		if spans.At(i).Kind() == ptrace.SpanKindInternal {
			spans.At(i).Status().SetCode(ptrace.StatusCodeError)
			spans.At(i).Status().SetMessage("price lookup failed")
		}
	}
	c.consume(t, ld, td)
	c.shutdown(t)
	assert.Zero(t, sink.LogRecordCount(), "failed calls reported as silent failures")
	assert.Zero(t, c.core.det.Stats().Misses)
}

// TestFindingsBecomeABacklogItem: the findings go through the backlog
// exporter like any record (kept even at min_severity error) and make
// one absence item titled "missing log line", with every silent call
// counted and the owner and release of the calls.
func TestFindingsBecomeABacklogItem(t *testing.T) {
	ef := backlogexporter.NewFactory()
	ecfg := ef.CreateDefaultConfig().(*backlogexporter.Config)
	ecfg.Directory = t.TempDir()
	ecfg.HTTP = configoptional.None[backlogexporter.HTTPConfig]()
	ecfg.MinSeverity = "error"
	ctx := context.Background()
	exp, err := ef.CreateLogs(ctx, exportertest.NewNopSettings(ef.Type()), ecfg)
	require.NoError(t, err)
	require.NoError(t, exp.Start(ctx, componenttest.NewNopHost()))

	c := newConnections(t, createDefaultConfig().(*Config), exp)
	c.start(t, componenttest.NewNopHost())
	c.healthyThenSilent(t, time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC))
	c.shutdown(t) // emits into the exporter, still running
	require.NoError(t, exp.Shutdown(ctx))

	data, err := os.ReadFile(filepath.Join(ecfg.Directory, "backlog.json"))
	require.NoError(t, err)
	var doc backlog.Document
	require.NoError(t, json.Unmarshal(data, &doc))
	var got []backlog.Item
	for _, l := range [][]backlog.Item{doc.Items, doc.Watchlist} {
		for _, it := range l {
			if it.Kind == attrs.KindAbsence {
				got = append(got, it)
			}
		}
	}
	require.Len(t, got, 1, "one absence item")
	it := got[0]
	assert.Equal(t, "price", it.Service)
	assert.Equal(t, "missing log line: "+found, it.Template)
	assert.True(t, strings.HasPrefix(it.Title, "[price] missing log line: [findPrice][Found price]"), it.Title)
	assert.Equal(t, int64(20), it.Count, "every silent call is counted")
	assert.Equal(t, "team-pricing", it.Owner)
	assert.Equal(t, map[string]int64{"2.4.0": 20}, it.Releases)
	require.NotEmpty(t, it.Exemplars)
	assert.Contains(t, it.Exemplars[0].Body, "/prices ended without the log line")
}

// TestPipelinesShareOneDetector: logs and traces arriving on different
// connections of one component ID are joined by one detector; another
// component ID has its own.
func TestPipelinesShareOneDetector(t *testing.T) {
	sink := new(consumertest.LogsSink)
	cfg := createDefaultConfig().(*Config)
	c := newConnections(t, cfg, sink)
	require.Same(t, c.core, c.logs.(*connection).shared.Value, "one core per component ID")
	other := newConnections(t, createDefaultConfig().(*Config), new(consumertest.LogsSink))
	require.NotSame(t, c.core, other.core, "another component ID")
	c.start(t, componenttest.NewNopHost())
	c.healthyThenSilent(t, time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC))
	c.shutdown(t)
	assert.Equal(t, 20, sink.LogRecordCount())
	st := c.core.det.Stats()
	assert.Zero(t, st.UnlinkedLogs, "every log record met its span")
	assert.Zero(t, st.TracesWithoutLogs, "every trace met its log records")
	assert.Zero(t, other.core.det.Stats().Traces)
}

// wallClock is an injected wall clock the test moves by hand.
type wallClock struct {
	mu sync.Mutex
	t  time.Time
}

func (w *wallClock) now() time.Time { w.mu.Lock(); defer w.mu.Unlock(); return w.t }
func (w *wallClock) add(d time.Duration) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.t = w.t.Add(d)
}

// TestQuietLiveStreamReportsAbsences: a live service stops writing a log
// line, then its traffic stops altogether. With no record arriving, the
// connector's event-time clock follows the wall clock, so the last calls
// settle and the ticker emits their findings (not only Shutdown).
func TestQuietLiveStreamReportsAbsences(t *testing.T) {
	sink := new(consumertest.LogsSink)
	cfg := createDefaultConfig().(*Config)
	cfg.EvaluationInterval = 10 * time.Millisecond
	c := newConnections(t, cfg, sink)
	wall := &wallClock{t: time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)}
	c.core.now = wall.now
	c.start(t, componenttest.NewNopHost())
	defer c.shutdown(t)
	var seq uint64

	// 40 healthy calls over the last 40 s, as they happen.
	ld, td := absencetest.Calls(&seq, wall.now().Add(-40*time.Second), 40, query, found)
	c.consume(t, ld, td)
	wall.add(20 * time.Second)
	// 20 calls without the "found" line, then silence.
	ld, td = absencetest.Calls(&seq, wall.now().Add(-20*time.Second), 20, query)
	c.consume(t, ld, td)
	// Two quiet minutes: the ticker runs, nothing arrives.
	for i := 0; i < 4; i++ {
		wall.add(30 * time.Second)
	}
	require.Eventually(t, func() bool { return sink.LogRecordCount() >= 20 }, 20*time.Second, 5*time.Millisecond,
		"the ticker reports the silent calls while the stream is quiet")
	got, _ := records(sink)
	for _, lr := range got {
		assert.Equal(t, "missing log line: "+found, attr(lr, attrs.LogRecordTemplate))
	}
	assert.Len(t, got, 20, "every silent call is reported once")
}

// TestShutdownIsBounded: the ticker stops at Shutdown, and a next pipeline
// that never returns holds Shutdown no longer than its context.
func TestShutdownIsBounded(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.EvaluationInterval = 10 * time.Millisecond
	cfg.Absence.DecisionWait = time.Nanosecond
	cfg.Absence.Settle = time.Nanosecond
	stuck, err := consumer.NewLogs(func(ctx context.Context, _ plog.Logs) error {
		<-ctx.Done()
		return ctx.Err()
	})
	require.NoError(t, err)
	c := newConnections(t, cfg, stuck)
	c.start(t, componenttest.NewNopHost())
	c.healthyThenSilent(t, time.Now().Add(-2*time.Minute))
	// The ticker is (or will be) blocked in the stuck pipeline.
	require.Eventually(t, func() bool { return c.core.det.Stats().Misses > 0 }, 20*time.Second, 5*time.Millisecond)

	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		require.NoError(t, c.traces.Shutdown(ctx))
		done <- c.logs.Shutdown(ctx)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Shutdown did not return after its context ended")
	}
	select {
	case <-c.core.done:
	default:
		t.Fatal("the evaluation ticker is still running after Shutdown")
	}
}

// TestOwnFindingsAreNotObserved: findings routed back into the connector
// (a configuration loop) are not learned as log lines.
func TestOwnFindingsAreNotObserved(t *testing.T) {
	lr := plog.NewLogRecord()
	lr.SetTraceID(pcommon.TraceID{1})
	lr.SetSpanID(pcommon.SpanID{1})
	lr.Attributes().PutStr(attrs.LogRecordTemplate, "missing log line: x")
	lr.Attributes().PutStr(attrs.FingerprintKind, attrs.KindAbsence)
	_, ok := observeLog(lr, "", "svc")
	assert.False(t, ok)
	lr.Attributes().PutStr(attrs.FingerprintKind, attrs.KindLog)
	l, ok := observeLog(lr, "", "svc")
	assert.True(t, ok)
	assert.False(t, l.Failure, "no severity is no failure")
	lr.SetSeverityText("Warning")
	l, _ = observeLog(lr, "", "svc")
	assert.True(t, l.Failure, "a warning is a failure")
}
