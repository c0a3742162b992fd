package absence

import (
	"testing"
	"time"
)

// FuzzDetector drives the detector with arbitrary span trees (parent
// cycles, self-parents, duplicate ids, spans of other services) and log
// records: it must never panic, and every reported miss names a learned
// operation and counts at least one call.
func FuzzDetector(f *testing.F) {
	f.Add([]byte{1, 2, 0, 1, 3, 2, 1, 1, 2, 3, 4, 5})
	f.Add([]byte{9, 9, 9, 9, 9, 9, 9, 9})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg := DefaultConfig()
		cfg.MinObservations = 2
		cfg.MaxPendingTraces = 4
		cfg.Settle = time.Millisecond
		cfg.DecisionWait = time.Nanosecond
		d := New(cfg)
		for i := 0; i+3 < len(data); i += 4 {
			a, b, c, e := data[i], data[i+1], data[i+2], data[i+3]
			tid := [16]byte{a % 3}
			if a%3 == 0 {
				tid[15] = 1
			}
			t0 := int64(i) * int64(time.Millisecond)
			if e%2 == 0 {
				d.ObserveSpan(&Span{TraceID: tid, SpanID: [8]byte{b % 5}, ParentID: [8]byte{c % 5},
					Entry: e%4 == 0, Service: string('a' + rune(c%2)), Name: string('x' + rune(b%3)), End: t0})
			} else {
				d.ObserveLog(&Log{TraceID: tid, SpanID: [8]byte{b % 5}, Service: string('a' + rune(c%2)),
					Template: string('p' + rune(c%4)), Failure: e%8 == 7, Time: t0})
			}
			if e%5 == 0 {
				check(t, d.Evaluate(e%3 == 0))
			}
		}
		check(t, d.Evaluate(true))
		if _, err := d.Snapshot(); err != nil {
			t.Fatal(err)
		}
	})
}

func check(t *testing.T, misses []Miss) {
	t.Helper()
	for _, m := range misses {
		if m.Count < 1 || m.Operation == "" || m.Template == "" {
			t.Fatalf("bad miss %+v", m)
		}
	}
}
