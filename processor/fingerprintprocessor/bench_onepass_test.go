package fingerprintprocessor

import (
	"context"
	"runtime"
	"testing"

	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
)

// BenchmarkConsumeLogsOnePass is what a user's stream costs: one op feeds
// the whole mixed Loghub stream (16,000 records, the same batches of 100
// as BenchmarkConsumeLogs) once through a fresh processor, so the masker's
// memo sees the stream's natural repeats (48% of bodies) and the miner
// learns every template on the way, as a collector does over a day's logs.
// Making the processor, a GC before the pass, Shutdown after it and each
// batch's fresh copy (made just before it is consumed, so one batch is live
// at a time, as in a collector) run with the timer stopped. ns/record,
// records/s and allocs/op (divide by 16,000 for per-record) cover the
// ConsumeLogs calls alone.
func BenchmarkConsumeLogsOnePass(b *testing.B) {
	const size = 100
	msgs := loghubMessages(b)
	src := batches(msgs, size)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		p, err := NewFactory().CreateLogs(ctx, processortest.NewNopSettings(metadata.Type), createDefaultConfig(), consumertest.NewNop())
		if err != nil {
			b.Fatal(err)
		}
		if err := p.Start(ctx, componenttest.NewNopHost()); err != nil {
			b.Fatal(err)
		}
		runtime.GC() // each pass starts from the same heap, not the last pass's garbage
		for _, ld := range src {
			c := plog.NewLogs()
			ld.CopyTo(c)
			b.StartTimer()
			if err := p.ConsumeLogs(ctx, c); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
		}
		if err := p.Shutdown(ctx); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(msgs)), "ns/record")
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "records/s")
}
