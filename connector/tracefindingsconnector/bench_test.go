package tracefindingsconnector

import (
	"context"
	"testing"
	"time"

	"go.opentelemetry.io/collector/connector/connectortest"
	"go.opentelemetry.io/collector/consumer/consumertest"

	"github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/absence/absencetest"
)

// BenchmarkConsume measures the connector's consume path (pdata ->
// detector, the clock fed) and its evaluation: batches of 250 calls, each
// one trace of a SERVER and an internal span with 4 INFO log records (1,500
// records per op), 16 batches cycled, one evaluation per op as the ticker
// would run it. records/s counts log records and spans.
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
		bt := batches[i%len(batches)]
		wall = t0.Add(time.Duration(len(batches)+i) * 250 * time.Second)
		f.consumeLogs(ctx, bt.Logs)
		f.consumeTraces(ctx, bt.Traces)
		f.evaluate(ctx, false)
	}
	b.ReportMetric(float64(b.N*size)/b.Elapsed().Seconds(), "records/s")
	b.StopTimer()
	if f.det.Stats().Traces == 0 {
		b.Fatal("the detector judged no trace")
	}
	if sink.LogRecordCount() != 0 {
		b.Fatalf("healthy calls made %d findings", sink.LogRecordCount())
	}
}
