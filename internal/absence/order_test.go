package absence

import "testing"

// TestSettledTracesJudgedInEventOrder: the traces that settle together are
// judged in the order they happened, not in the order their records
// arrived. Here the transport delivered an operation's last ten calls (they
// stopped writing a line) before its thirty healthy earlier ones (one
// sender's batches overtook another's, a retry, a replay): in arrival
// order the silent calls were judged before the line was learned, and the
// absence was not reported.
func TestSettledTracesJudgedInEventOrder(t *testing.T) {
	w := newWorld(t, DefaultConfig())
	t0 := w.now
	w.now = t0 + 100*sec // the silent calls happened later...
	for i := 0; i < 10; i++ {
		w.call("price", "/prices", start)
	}
	w.now = t0 // ...and arrive first
	for i := 0; i < 30; i++ {
		w.call("price", "/prices", start, done)
	}
	w.now = t0 + 200*sec // all of them settle in the same pass
	n, misses := w.flush()
	if n != 10 {
		t.Fatalf("reported %d silent calls, want 10 (%+v)", n, misses)
	}
	for _, m := range misses {
		if m.Template != done.text {
			t.Errorf("miss = %+v", m)
		}
	}
}
