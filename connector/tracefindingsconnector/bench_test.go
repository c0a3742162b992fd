package tracefindingsconnector

import (
	"context"
	"encoding/binary"
	"testing"
	"time"

	"go.opentelemetry.io/collector/connector/connectortest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/absence/absencetest"
)

// BenchmarkConsume measures the connector's consume path (pdata ->
// detector, the clock fed) and its evaluation: batches of 250 calls, each
// one trace of a SERVER and an internal span with 4 INFO log records (1,500
// records per op), 16 batches cycled (with fresh trace ids each cycle),
// one evaluation per op as the ticker would run it. records/s counts log records and spans.
func BenchmarkConsume(b *testing.B) {
	f, err := newFindings(connectortest.NewNopSettings(metadata.Type), createDefaultConfig().(*Config))
	if err != nil {
		b.Fatal(err)
	}
	sink := new(consumertest.LogsSink)
	f.addNext(sink)
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	// The wall clock follows the replayed batches (250 s of calls each), so
	// settle and decision_wait pass as they would live.
	var wall time.Time
	f.now = func() time.Time { return wall }
	batches := absencetest.Batches(16, 250, t0,
		"[query][start][id: <*>]", "[query][rows][n: <*>]", "[query][cache][hit: <*>]", "[query][done][ms: <*>]")
	size := batches[0].Logs.LogRecordCount() + batches[0].Traces.SpanCount()
	ctx := context.Background()
	for n, bt := range batches {
		wall = t0.Add(time.Duration(n) * 250 * time.Second)
		f.consumeLogs(ctx, bt.Logs)
		f.consumeTraces(ctx, bt.Traces)
		f.evaluate(ctx, false)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%len(batches) == 0 {
			// Fresh trace ids each cycle: a trace is judged once, and
			// records of a trace judged already are late (not judged).
			b.StopTimer()
			for _, bt := range batches {
				renumber(bt.Logs, bt.Traces, uint32(i/len(batches)+1))
			}
			b.StartTimer()
		}
		bt := batches[i%len(batches)]
		wall = t0.Add(time.Duration(len(batches)+i) * 250 * time.Second)
		f.consumeLogs(ctx, bt.Logs)
		f.consumeTraces(ctx, bt.Traces)
		f.evaluate(ctx, false)
	}
	b.ReportMetric(float64(b.N*size)/b.Elapsed().Seconds(), "records/s")
	b.StopTimer()
	if st := f.det.Stats(); st.Traces == 0 || st.LateRecords != 0 {
		b.Fatalf("the detector judged %d traces, %d late records: want fresh traces judged", st.Traces, st.LateRecords)
	}
	if sink.LogRecordCount() != 0 {
		b.Fatalf("healthy calls made %d findings", sink.LogRecordCount())
	}
}

// renumber writes cycle into bytes 8-11 of every trace id of ld and td.
func renumber(ld plog.Logs, td ptrace.Traces, cycle uint32) {
	set := func(id pcommon.TraceID) pcommon.TraceID {
		binary.BigEndian.PutUint32(id[8:12], cycle)
		return id
	}
	for _, rl := range ld.ResourceLogs().All() {
		for _, sl := range rl.ScopeLogs().All() {
			for _, lr := range sl.LogRecords().All() {
				lr.SetTraceID(set(lr.TraceID()))
			}
		}
	}
	for _, rs := range td.ResourceSpans().All() {
		for _, ss := range rs.ScopeSpans().All() {
			for _, sp := range ss.Spans().All() {
				sp.SetTraceID(set(sp.TraceID()))
			}
		}
	}
}
