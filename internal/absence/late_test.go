package absence

import (
	"encoding/binary"
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
// that half; when records of it come after all, the silent call held
// against it is withdrawn (once they settle), with exactly its share of
// the miss rate. Before,
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
	if n, _ := w.flush(); n != 0 { // the late halves settle: withdrawn
		t.Fatalf("the late halves reported %d calls", n)
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

// TestJudgedSet: a trace judged is remembered, with its held mark, until
// a later trace takes its slot; the table does not grow.
func TestJudgedSet(t *testing.T) {
	var j judgedSet
	id := func(i int) (b [16]byte) {
		binary.LittleEndian.PutUint64(b[:8], uint64(i)<<2)
		b[15] = 0x80
		return b
	}
	// Sequential ids spread over the table: the last 1,000 of them are
	// all remembered.
	for i := 0; i < 1000; i++ {
		j.judge(id(i))
	}
	for i := 0; i < 1000; i++ {
		if ok, held := j.has(id(i)); !ok || held {
			t.Fatalf("trace %d: judged %v held %v, want judged, not held", i, ok, held)
		}
	}
	if ok, _ := j.has(id(1000)); ok {
		t.Fatal("a trace never judged is remembered")
	}
	j.mark(id(7), true)
	if _, held := j.has(id(7)); !held {
		t.Error("mark did not hold")
	}
	j.mark(id(7), false)
	if _, held := j.has(id(7)); held {
		t.Error("mark did not release")
	}
	// Another trace of the same slot takes it.
	other := 1000
	for j.slot(judgedKey(id(other))) != j.slot(judgedKey(id(7))) {
		other++
	}
	j.judge(id(other))
	if ok, _ := j.has(id(7)); ok {
		t.Error("a trace whose slot was taken is still remembered")
	}
	if ok, _ := j.has(id(other)); !ok {
		t.Error("the trace that took the slot is not remembered")
	}
	if len(j.slots) != judgedSlots {
		t.Errorf("table of %d slots, want %d", len(j.slots), judgedSlots)
	}
}

// has reports whether trace id was judged lately, and whether silent
// calls of it are held.
func (j *judgedSet) has(id [16]byte) (judged, held bool) {
	if j.slots == nil {
		return false, false
	}
	k := judgedKey(id)
	v := *j.slot(k)
	return v&^1 == k, v == k|1
}
