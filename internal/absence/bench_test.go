package absence

import (
	"encoding/binary"
	"runtime"
	"testing"
	"time"
)

// BenchmarkDetector measures one call (trace) through the detector: 3 spans
// and 4 log records observed in batches of 256 calls, then evaluated, warm
// expectations. It reports calls/s and the heap held per pending trace.
func BenchmarkDetector(b *testing.B) {
	const batch = 256
	d := New(DefaultConfig())
	var seq uint64
	t0 := int64(1_700_000_000) * int64(time.Second)
	d.SetClock(func() time.Time { return time.Unix(0, t0+int64(seq)*int64(time.Millisecond)) })
	tmpls := []string{"[query][start][id: <*>]", "[query][rows][n: <*>]", "[query][cache][hit: <*>]", "[query][done][ms: <*>]"}
	spans := make([]Span, 0, 3*batch)
	logs := make([]Log, 0, 4*batch)
	fill := func() {
		spans, logs = spans[:0], logs[:0]
		for i := 0; i < batch; i++ {
			seq++
			var tid [16]byte
			binary.BigEndian.PutUint64(tid[:], seq)
			tid[15] = 1
			gw, srv, child := [8]byte{1}, [8]byte{2}, [8]byte{3}
			at := t0 + int64(seq)*int64(time.Millisecond)
			for j, tm := range tmpls {
				logs = append(logs, Log{TraceID: tid, SpanID: child, Service: "price", Template: tm, Time: at + int64(j)})
			}
			spans = append(spans,
				Span{TraceID: tid, SpanID: child, ParentID: srv, Service: "price", Name: "handler", End: at + 5},
				Span{TraceID: tid, SpanID: srv, ParentID: gw, Entry: true, Service: "price", Name: "/prices", End: at + 6},
				Span{TraceID: tid, SpanID: gw, Entry: true, Service: "gateway", Name: "/*", End: at + 7})
		}
	}
	for i := 0; i < 200; i++ { // learn
		fill()
		d.ObserveLogs(logs)
		d.ObserveSpans(spans)
		d.Evaluate(false)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		fill()
		b.StartTimer()
		d.ObserveLogs(logs)
		d.ObserveSpans(spans)
		d.Evaluate(false)
	}
	b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "calls/s")
	b.StopTimer()
	if d.Stats().Expectations != 4 {
		b.Fatalf("expectations = %d, want 4", d.Stats().Expectations)
	}
	// Heap held by pending traces: a fresh detector, 10,000 calls observed
	// and not yet settled.
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d = New(DefaultConfig())
	const pending = 10240
	for n := 0; n < pending/batch; n++ {
		fill()
		d.ObserveLogs(logs)
		d.ObserveSpans(spans)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(d)
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/pending, "bytes/pending-trace")
}
