package fingerprintprocessor

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/processor"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/internal/loghub"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
)

const loghubDir = "../../../shared/data/loghub2k"

// loghubMessages returns the Content of every Loghub line, interleaved
// across datasets so the stream is mixed, or skips the benchmark.
func loghubMessages(b *testing.B) []string {
	b.Helper()
	msgs, err := loghub.Mixed(loghubDir)
	if err != nil {
		b.Skipf("%s not readable (%v): the Loghub benchmark needs ../shared", loghubDir, err)
	}
	return msgs
}

// batches groups messages into plog.Logs of size records, with a
// service.name per batch as a real stream would have.
func batches(msgs []string, size int) []plog.Logs {
	var out []plog.Logs
	for i := 0; i < len(msgs); i += size {
		ld := plog.NewLogs()
		rl := ld.ResourceLogs().AppendEmpty()
		rl.Resource().Attributes().PutStr("service.name", fmt.Sprintf("svc-%d", (i/size)%8))
		lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
		for _, m := range msgs[i:min(i+size, len(msgs))] {
			lrs.AppendEmpty().Body().SetStr(m)
		}
		out = append(out, ld)
	}
	return out
}

func newBenchProcessor(b *testing.B) processor.Logs {
	p, err := NewFactory().CreateLogs(context.Background(), processortest.NewNopSettings(metadata.Type), createDefaultConfig(), consumertest.NewNop())
	if err != nil {
		b.Fatal(err)
	}
	if err := p.Start(context.Background(), componenttest.NewNopHost()); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = p.Shutdown(context.Background()) })
	return p
}

// BenchmarkConsumeLogs measures ConsumeLogs on the mixed Loghub stream in
// batches of 100, warm state. One op is one batch: divide ns/op and
// allocs/op by 100 for per-record figures (also reported as ns/record).
// Each batch is a fresh copy, made with the timer stopped.
func BenchmarkConsumeLogs(b *testing.B) {
	const size = 100
	src := batches(loghubMessages(b), size)
	p := newBenchProcessor(b)
	ctx := context.Background()
	for _, ld := range src { // warm up: learn the templates
		c := plog.NewLogs()
		ld.CopyTo(c)
		_ = p.ConsumeLogs(ctx, c)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		c := plog.NewLogs()
		src[i%len(src)].CopyTo(c)
		b.StartTimer()
		if err := p.ConsumeLogs(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*size), "ns/record")
	b.ReportMetric(float64(b.N*size)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkConsumeLogsDistinct is BenchmarkConsumeLogs on bodies that never
// repeat: each record's body gets a "seq=N" suffix with a new N, so the
// masker's memo of whole bodies (internal/mask memo.go) never hits and
// every body is scanned. BenchmarkConsumeLogs replays the same 16,000
// bodies, so after warm-up every body is a repeat; in one pass over the
// stream 48% are. Between the two lies real traffic.
func BenchmarkConsumeLogsDistinct(b *testing.B) {
	const size = 100
	src := batches(loghubMessages(b), size)
	p := newBenchProcessor(b)
	ctx := context.Background()
	seq := 0
	fresh := func(ld plog.Logs) plog.Logs {
		c := plog.NewLogs()
		ld.CopyTo(c)
		lrs := c.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
		for k := 0; k < lrs.Len(); k++ {
			body := lrs.At(k).Body()
			body.SetStr(body.Str() + " seq=" + strconv.Itoa(seq))
			seq++
		}
		return c
	}
	for _, ld := range src { // warm up: learn the templates
		_ = p.ConsumeLogs(ctx, fresh(ld))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		c := fresh(src[i%len(src)])
		b.StartTimer()
		if err := p.ConsumeLogs(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*size), "ns/record")
	b.ReportMetric(float64(b.N*size)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkConsumeLogsReprocess is BenchmarkConsumeLogs on records that
// were fingerprinted before (a second collector in the path, a replay):
// every attribute the processor writes is already there, so it overwrites
// them in place and reserves no room.
func BenchmarkConsumeLogsReprocess(b *testing.B) {
	const size = 100
	src := batches(loghubMessages(b), size)
	p := newBenchProcessor(b)
	ctx := context.Background()
	for _, ld := range src { // learn the templates and fingerprint src itself
		if err := p.ConsumeLogs(ctx, ld); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		c := plog.NewLogs()
		src[i%len(src)].CopyTo(c)
		b.StartTimer()
		if err := p.ConsumeLogs(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*size), "ns/record")
}

// BenchmarkCardinalityExplosion sends 1,000,000 distinct messages that no
// masker recognizes (random words) through one processor with the default
// limits and reports the peak heap: max_templates keeps it flat.
func BenchmarkCardinalityExplosion(b *testing.B) {
	if os.Getenv("FINGERPRINT_EXPLOSION") == "" && testing.Short() {
		b.Skip("short mode")
	}
	const total, size = 1_000_000, 1000
	letters := "abcdefghijklmnopqrstuvwxyz"
	word := func(r *rand.Rand) string {
		var sb strings.Builder
		for j := 0; j < 4+r.IntN(6); j++ {
			sb.WriteByte(letters[r.IntN(len(letters))])
		}
		return sb.String()
	}
	for i := 0; i < b.N; i++ {
		p := newBenchProcessor(b)
		r := rand.New(rand.NewPCG(1, 2))
		var peak uint64
		var ms runtime.MemStats
		for sent := 0; sent < total; sent += size {
			ld := plog.NewLogs()
			lrs := ld.ResourceLogs().AppendEmpty().ScopeLogs().AppendEmpty().LogRecords()
			for j := 0; j < size; j++ {
				lrs.AppendEmpty().Body().SetStr(word(r) + " " + word(r) + " " + word(r) + " " + word(r) + " " + word(r))
			}
			if err := p.ConsumeLogs(context.Background(), ld); err != nil {
				b.Fatal(err)
			}
			if sent%(100*size) == 0 {
				runtime.GC()
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
			}
		}
		runtime.GC()
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc)
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
	}
}

// BenchmarkConsumeTraces measures ConsumeTraces on the bundled sample
// traces (testdata/sample/traces.json: 5,904 spans of a small shop with an
// incident: error spans with exceptions, latency baselines warm), one op is
// the whole file; spans/s is reported. Each op gets a fresh copy, made with
// the timer stopped.
func BenchmarkConsumeTraces(b *testing.B) {
	data, err := os.ReadFile("../../testdata/sample/traces.json")
	if err != nil {
		b.Fatal(err)
	}
	src, err := (&ptrace.JSONUnmarshaler{}).UnmarshalTraces(data)
	if err != nil {
		b.Fatal(err)
	}
	p, err := NewFactory().CreateTraces(context.Background(), processortest.NewNopSettings(metadata.Type), createDefaultConfig(), consumertest.NewNop())
	if err != nil {
		b.Fatal(err)
	}
	if err := p.Start(context.Background(), componenttest.NewNopHost()); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = p.Shutdown(context.Background()) })
	ctx := context.Background()
	for i := 0; i < 3; i++ { // warm the baselines
		c := ptrace.NewTraces()
		src.CopyTo(c)
		_ = p.ConsumeTraces(ctx, c)
	}
	n := src.SpanCount()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		c := ptrace.NewTraces()
		src.CopyTo(c)
		b.StartTimer()
		if err := p.ConsumeTraces(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "spans/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/span")
}
