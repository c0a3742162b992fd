package absence

import (
	"math"
	"testing"
)

// part sends some of one call's records (trace tid, as world.call builds
// its spans): the given lines on the child span, and the spans when
// spans is set.
func (w *world) part(tid [16]byte, gw, srv, child [8]byte, at int64, spans bool, lines ...line) {
	for i, l := range lines {
		w.d.ObserveLog(&Log{TraceID: tid, SpanID: child, Service: "price", Template: l.text, Time: at + int64(i)})
	}
	if spans {
		w.d.ObserveSpan(&Span{TraceID: tid, SpanID: child, ParentID: srv, Service: "price", Name: "/prices.handler", End: at + 10})
		w.d.ObserveSpan(&Span{TraceID: tid, SpanID: srv, ParentID: gw, Entry: true, Service: "price", Name: "/prices", End: at + 20})
		w.d.ObserveSpan(&Span{TraceID: tid, SpanID: gw, Entry: true, Service: "gateway", Name: "/*", End: at + 30})
	}
}

// TestRedeliveredFragmentIsNotATrace: records of a trace that come again
// after it was judged (a sender's retry or redelivery after a timeout, a
// gateway's persistent queue after a crash) are late. Before, each such
// fragment was judged as a trace of its own: its call, with only the
// lines of the fragment, missed the others, and ten of them reported a
// silent failure no call had.
func TestRedeliveredFragmentIsNotATrace(t *testing.T) {
	w := newWorld(t, DefaultConfig())
	for i := 0; i < 30; i++ {
		w.call("price", "/prices", start, done)
	}
	w.flush()
	type sent struct {
		tid            [16]byte
		gw, srv, child [8]byte
		at             int64
	}
	var whole []sent
	for i := 0; i < 10; i++ {
		tid, gw, srv, child := w.ids()
		w.now += sec
		w.part(tid, gw, srv, child, w.now, true, start, done)
		whole = append(whole, sent{tid, gw, srv, child, w.now})
	}
	if n, m := w.flush(); n != 0 {
		t.Fatalf("whole calls reported %d misses: %+v", n, m)
	}
	// One sender's half of each trace (its spans and the first line)
	// arrives again.
	for _, c := range whole {
		w.part(c.tid, c.gw, c.srv, c.child, c.at, true, start)
	}
	if n, m := w.flush(); n != 0 {
		t.Fatalf("redelivered fragments reported %d silent calls: %+v", n, m)
	}
	if got := w.d.Stats().LateRecords; got != 10*4 {
		t.Errorf("late records = %d, want 40", got)
	}
	// A real silent failure is still reported.
	for i := 0; i < 10; i++ {
		w.call("price", "/prices", start)
	}
	if n, _ := w.flush(); n != 10 {
		t.Fatalf("reported %d silent calls, want 10", n)
	}
}

// TestEarlyJudgementIsWithdrawn: a trace judged before one sender's half
// of its records arrived (that sender retried, or lags) lacks the lines of
// that half; when a record of it comes after all, the silent call held
// against it is withdrawn, with exactly its share of the miss rate. Before,
// the three early-judged calls and two more made five misses in a row: an
// absence reported.
func TestEarlyJudgementIsWithdrawn(t *testing.T) {
	w := newWorld(t, DefaultConfig())
	for i := 0; i < 30; i++ {
		w.call("price", "/prices", start, done)
	}
	w.flush()
	key := opKey([]byte("price"), []byte("/prices"))
	x := w.d.ops[key].Tmpls[hash(StatementOf(done.text))]
	before := x.MissRate
	type sent struct {
		tid            [16]byte
		gw, srv, child [8]byte
		at             int64
	}
	var early []sent
	for i := 0; i < 3; i++ {
		tid, gw, srv, child := w.ids()
		w.now += sec
		w.part(tid, gw, srv, child, w.now, true, start) // "done" not yet
		early = append(early, sent{tid, gw, srv, child, w.now})
	}
	if n, _ := w.flush(); n != 0 {
		t.Fatalf("three misses reported %d calls", n)
	}
	if x.Held != 3 {
		t.Fatalf("held = %d, want 3", x.Held)
	}
	// The other sender's half: the "done" lines.
	for _, c := range early {
		w.part(c.tid, c.gw, c.srv, c.child, c.at+1, false, done)
	}
	if x.Held != 0 || len(x.held) != 0 || math.Abs(x.MissRate-before) > 1e-12 {
		t.Fatalf("after the late halves: held %d (%d calls), miss rate %v, want 0 and %v", x.Held, len(x.held), x.MissRate, before)
	}
	if got := w.d.Stats().LateWithdrawn; got != 3 {
		t.Errorf("withdrawn = %d, want 3", got)
	}
	for i := 0; i < 2; i++ {
		w.call("price", "/prices", start)
	}
	if n, m := w.flush(); n != 0 {
		t.Fatalf("two silent calls after the withdrawn ones reported %d: %+v", n, m)
	}
	// A sustained absence still reports every call of it.
	for i := 0; i < 10; i++ {
		w.call("price", "/prices", start)
	}
	if n, _ := w.flush(); n != 12 {
		t.Fatalf("reported %d silent calls, want 12", n)
	}
}

// TestJudgedSetIsBounded: at most maxJudged judged traces are remembered,
// always the last maxJudged/2, the oldest forgotten first.
func TestJudgedSetIsBounded(t *testing.T) {
	var j judgedSet
	id := func(i int) (b [16]byte) { b[0], b[1], b[2] = byte(i), byte(i>>8), byte(i>>16); b[15] = 1; return b }
	const n = 3*maxJudged + 10
	for i := 0; i < n; i++ {
		j.add(id(i))
		if got := len(j.cur) + len(j.prev); got > maxJudged {
			t.Fatalf("remembered %d after %d, want at most %d", got, i+1, maxJudged)
		}
	}
	for i := n - maxJudged/2; i < n; i++ {
		if ok, _ := j.has(id(i)); !ok {
			t.Fatalf("judged trace %d of the last %d forgotten", i, maxJudged/2)
		}
	}
	if ok, _ := j.has(id(0)); ok {
		t.Error("the oldest id is still remembered")
	}
	j.mark(id(n-1), true)
	if _, held := j.has(id(n - 1)); !held {
		t.Error("mark did not hold")
	}
}
