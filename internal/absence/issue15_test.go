package absence

import "testing"

// callFailing is call with the internal child span's status Error: the
// call failed visibly (its span says so) without writing a log line.
func (w *world) callFailing(svc, op string, lines ...line) {
	tid, gw, srv, child := w.ids()
	w.now += sec
	for i, l := range lines {
		w.d.ObserveLog(&Log{TraceID: tid, SpanID: child, Service: svc, Template: l.text, Failure: l.failure, Time: w.now + int64(i)})
	}
	w.d.ObserveSpan(&Span{TraceID: tid, SpanID: child, ParentID: srv, Service: svc, Name: op + ".handler", End: w.now + 10, Error: true})
	w.d.ObserveSpan(&Span{TraceID: tid, SpanID: srv, ParentID: gw, Entry: true, Service: svc, Name: op, End: w.now + 20})
	w.d.ObserveSpan(&Span{TraceID: tid, SpanID: gw, Entry: true, Service: "gateway", Name: "/*", End: w.now + 30})
}

// A call whose span has status Error is a failed call, not a silent one:
// the lines it did not write are no absence finding.
func TestFailedCallIsNotSilent(t *testing.T) {
	w := newWorld(t, DefaultConfig())
	for i := 0; i < 30; i++ {
		w.call("price", "/prices", start, done)
	}
	if n, _ := w.flush(); n != 0 {
		t.Fatalf("learning reported %d misses", n)
	}
	for i := 0; i < 10; i++ {
		w.callFailing("price", "/prices", start)
	}
	if n, misses := w.flush(); n != 0 {
		t.Fatalf("failed calls reported as silent: %d (%+v)", n, misses)
	}
	// The same calls with their spans OK are silent failures.
	for i := 0; i < 10; i++ {
		w.call("price", "/prices", start)
	}
	if n, _ := w.flush(); n != 10 {
		t.Fatalf("silent calls reported %d, want 10", n)
	}
}

// One silent call is counted once: a call that misses two expected lines
// is one finding, and every reported call is itself (its own trace and
// span), held calls included.
func TestSilentCallCountedOnce(t *testing.T) {
	fin := line{text: "[query][finish][ms: <*>]"}
	w := newWorld(t, DefaultConfig())
	for i := 0; i < 30; i++ {
		w.call("price", "/prices", start, done, fin)
	}
	if n, _ := w.flush(); n != 0 {
		t.Fatalf("learning reported %d misses", n)
	}
	for i := 0; i < 10; i++ {
		w.call("price", "/prices", start)
	}
	n, misses := w.flush()
	if n != 10 {
		t.Errorf("10 silent calls reported as %d", n)
	}
	seen := map[[8]byte]bool{}
	for _, m := range misses {
		if m.Count != 1 {
			t.Errorf("a miss stands for %d calls of one span %x", m.Count, m.SpanID)
		}
		if seen[m.SpanID] {
			t.Errorf("span %x counted twice", m.SpanID)
		}
		seen[m.SpanID] = true
		if m.Template != done.text {
			t.Errorf("reported template %q, want the first in text order %q", m.Template, done.text)
		}
	}
}
