package main

import (
	"runtime"
	"testing"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/mask"
)

// BenchmarkMaskWorkload masks the pipeline workload's log bodies one per op
// with the processor's masker (its memo included), the bodies generated
// afresh as pipebench's sender writes them: no body with an id in it comes
// again, so the memo answers only the bodies without variables, as in the
// binary (docs/evaluation.md, Pipeline overhead, thirteenth round). Each
// pool of bodies is generated outside the clock.
func BenchmarkMaskWorkload(b *testing.B) {
	const pool = 1 << 17
	w := newWorkload(7)
	now := time.Now()
	var bodies []string
	fill := func() {
		bodies = bodies[:0]
		for len(bodies) < pool {
			ld, _ := w.batch(stageReq, now)
			for _, rl := range ld.ResourceLogs().All() {
				for _, sl := range rl.ScopeLogs().All() {
					for _, lr := range sl.LogRecords().All() {
						bodies = append(bodies, lr.Body().Str())
					}
				}
			}
		}
		runtime.GC() // the generation's garbage, outside the clock
	}
	fill()
	m, err := mask.New(nil, 0)
	if err != nil {
		b.Fatal(err)
	}
	buf := make([]byte, 0, 1024)
	var n int
	for _, s := range bodies {
		n += len(s)
	}
	b.SetBytes(int64(n / len(bodies)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if i == len(bodies) {
			b.StopTimer()
			fill()
			i = 0
			b.StartTimer()
		}
		if i+1 < len(bodies) {
			m.Prefetch(bodies[i+1]) // as the processor does
		}
		buf, _ = m.Append(buf[:0], bodies[i])
		i++
	}
}
