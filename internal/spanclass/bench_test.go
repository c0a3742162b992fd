package spanclass

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// benchBatches returns realistic batches: the Nezha fault-free window when
// present, else synthetic four-span requests.
func benchBatches(b *testing.B) (warmup, batches [][]Span) {
	if _, err := os.Stat(filepath.Join(nezhaDir, "cases.jsonl")); err == nil {
		return loadCase(b, "2023-01-29_0850_normal", 200), loadCase(b, "2023-01-30_1206_ts-basic-service_network_delay", 200)
	}
	mk := func(base int) [][]Span {
		var out [][]Span
		for i := range 100 {
			var batch []Span
			for j := range 50 {
				batch = append(batch, shape{db: 5 + float64(j%5), serverSelf: 3, gap: 1, gwSelf: 2}.spans(base+i*50+j, 0)...)
			}
			out = append(out, batch)
		}
		return out
	}
	return mk(0), mk(1 << 20)
}

func BenchmarkClassify(b *testing.B) {
	warmup, batches := benchBatches(b)
	c, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	outs := make([][]Class, len(batches))
	spans := 0
	for i, bt := range batches {
		outs[i] = make([]Class, len(bt))
		spans += len(bt)
	}
	for _, bt := range warmup {
		c.Classify(bt, make([]Class, len(bt)))
	}
	for i, bt := range batches { // first pass grows scratch and baselines
		c.Classify(bt, outs[i])
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, bt := range batches {
			c.Classify(bt, outs[i])
		}
	}
	b.StopTimer()
	perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(float64(spans)/(perOp/1e9), "spans/s")
	b.ReportMetric(float64(spans), "spans/op")
}

// BenchmarkBaselineMemory reports the heap held per baseline after each has
// seen a realistic spread of durations (1ms..2s, log-uniform).
func BenchmarkBaselineMemory(b *testing.B) {
	const n = 2000
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		c, _ := New(Config{MaxBaselines: n})
		sp := make([]Span, 1)
		out := make([]Class, 1)
		for k := range n {
			svc := fmt.Sprintf("svc-%d", k)
			for j := range 200 {
				d := int64(1e6) << (j % 11) // 1ms .. 1s
				d += int64(j) * 7919
				sp[0] = Span{SpanID: [8]byte{1}, Service: svc, Name: "op", Start: 0, End: d}
				c.Classify(sp, out)
			}
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n, "bytes/baseline")
		runtime.KeepAlive(c)
	}
}
