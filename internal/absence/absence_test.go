package absence

import (
	"encoding/binary"
	"strings"
	"testing"
	"time"
)

const sec = int64(time.Second)

// world drives a detector with synthetic calls: each call is one trace
// with a gateway SERVER span, the service's SERVER span, an internal child
// span, and the given log lines attached to the child.
type world struct {
	t   *testing.T
	d   *Detector
	seq uint64
	now int64
}

func newWorld(t *testing.T, cfg Config) *world {
	w := &world{t: t, d: New(cfg), now: 1_700_000_000 * sec}
	w.d.clock = func() int64 { return w.now } // wall clock = event time here
	return w
}

type line struct {
	text    string
	failure bool
	svc     string // "" = the called service
}

func (w *world) ids() ([16]byte, [8]byte, [8]byte, [8]byte) {
	w.seq++
	var tid [16]byte
	binary.BigEndian.PutUint64(tid[:8], w.seq)
	binary.BigEndian.PutUint64(tid[8:], 0xabc)
	span := func(n uint64) [8]byte {
		var s [8]byte
		binary.BigEndian.PutUint64(s[:], w.seq<<8|n)
		return s
	}
	return tid, span(1), span(2), span(3)
}

// call sends one call of svc/op that writes lines, then advances time.
func (w *world) call(svc, op string, lines ...line) {
	tid, gw, srv, child := w.ids()
	w.now += sec
	for i, l := range lines {
		s := svc
		if l.svc != "" {
			s = l.svc
		}
		w.d.ObserveLog(&Log{TraceID: tid, SpanID: child, Service: s, Template: l.text, Failure: l.failure, Time: w.now + int64(i)})
	}
	// Spans arrive after the logs, child first, as a tracer exports them.
	w.d.ObserveSpan(&Span{TraceID: tid, SpanID: child, ParentID: srv, Service: svc, Name: op + ".handler", End: w.now + 10})
	w.d.ObserveSpan(&Span{TraceID: tid, SpanID: srv, ParentID: gw, Entry: true, Service: svc, Name: op, End: w.now + 20})
	w.d.ObserveSpan(&Span{TraceID: tid, SpanID: gw, Entry: true, Service: "gateway", Name: "/*", End: w.now + 30})
}

// flush evaluates everything that settled and returns the reported calls.
func (w *world) flush() (calls int64, misses []Miss) {
	w.now += int64(time.Minute)
	// A record far in the future moves event time past every settle.
	w.d.ObserveLog(&Log{TraceID: [16]byte{0xff}, SpanID: [8]byte{1}, Service: "clock", Template: "tick", Time: w.now})
	for _, m := range w.d.Evaluate(false) {
		calls += m.Count
		misses = append(misses, m)
	}
	return calls, misses
}

var (
	start = line{text: "[query][start][id: <*>]"}
	done  = line{text: "[query][done][rows: <*>]"}
	other = line{text: "[query][cache hit][key: <*>]"}
	boom  = line{text: "query failed: <*>", failure: true}
)

func TestLearnsAndReportsSustainedAbsence(t *testing.T) {
	tests := []struct {
		name       string
		learn      int    // calls writing start+done
		fault      int    // calls afterwards
		faultLines []line // lines of the faulty calls
		want       int64  // calls reported
	}{
		{"line stops appearing", 30, 10, []line{start}, 10},
		{"all lines stop appearing", 30, 10, nil, 0}, // one-call traces without any log: nothing to judge
		{"lone odd call", 30, 1, []line{start}, 0},
		{"three odd calls are not sustained", 30, 3, []line{start}, 0},
		{"other path written", 30, 10, []line{start, other}, 0},
		{"failure logged instead", 30, 10, []line{start, boom}, 0},
		{"too few calls to learn", 15, 10, []line{start}, 0},
		{"nothing missing", 30, 10, []line{start, done}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t, DefaultConfig())
			for i := 0; i < tt.learn; i++ {
				w.call("price", "/prices", start, done)
			}
			if n, _ := w.flush(); n != 0 {
				t.Fatalf("learning reported %d misses", n)
			}
			for i := 0; i < tt.fault; i++ {
				w.call("price", "/prices", tt.faultLines...)
			}
			n, misses := w.flush()
			if n != tt.want {
				t.Fatalf("reported %d calls, want %d (%+v)", n, tt.want, misses)
			}
			for _, m := range misses {
				if m.Service != "price" || m.Operation != "/prices" || m.Template != done.text || m.Expected != 1 {
					t.Errorf("miss = %+v", m)
				}
			}
		})
	}
}

func TestFailuresNeverBecomeExpected(t *testing.T) {
	w := newWorld(t, DefaultConfig())
	for i := 0; i < 40; i++ {
		w.call("price", "/prices", start, boom)
	}
	w.flush()
	for _, e := range w.d.Expectations() {
		if e.Template == boom.text {
			t.Fatalf("a failure line became expected: %+v", e)
		}
	}
	if got := len(w.d.Expectations()); got != 1 {
		t.Fatalf("expectations = %+v, want only the start line", w.d.Expectations())
	}
	// The failure stopping (recovery) is good news, not a miss.
	for i := 0; i < 10; i++ {
		w.call("price", "/prices", start)
	}
	if n, _ := w.flush(); n != 0 {
		t.Fatalf("recovery reported %d misses", n)
	}
}

func TestConditionalLineIsNotExpected(t *testing.T) {
	w := newWorld(t, DefaultConfig())
	for i := 0; i < 100; i++ {
		if i%10 == 0 {
			w.call("price", "/prices", start, other)
		} else {
			w.call("price", "/prices", start, done)
		}
	}
	w.flush()
	for _, e := range w.d.Expectations() {
		if e.Template == done.text || e.Template == other.text {
			t.Fatalf("a line written by 90%% of calls became expected: %+v", e)
		}
	}
}

func TestPartialLogLossIsNotAnAbsence(t *testing.T) {
	w := newWorld(t, DefaultConfig())
	// Two services per trace, each with an expected line.
	callBoth := func(priceLines, basicLines []line) {
		tid, gw, srv, child := w.ids()
		var srv2, child2 [8]byte
		copy(srv2[:], srv[:])
		srv2[0] = 0xee
		copy(child2[:], child[:])
		child2[0] = 0xef
		w.now += sec
		for _, l := range priceLines {
			w.d.ObserveLog(&Log{TraceID: tid, SpanID: child, Service: "price", Template: l.text, Time: w.now})
		}
		for _, l := range basicLines {
			w.d.ObserveLog(&Log{TraceID: tid, SpanID: child2, Service: "basic", Template: l.text, Time: w.now})
		}
		w.d.ObserveSpan(&Span{TraceID: tid, SpanID: child, ParentID: srv, Service: "price", Name: "h", End: w.now})
		w.d.ObserveSpan(&Span{TraceID: tid, SpanID: srv, ParentID: gw, Entry: true, Service: "price", Name: "/prices", End: w.now})
		w.d.ObserveSpan(&Span{TraceID: tid, SpanID: child2, ParentID: srv2, Service: "basic", Name: "h", End: w.now})
		w.d.ObserveSpan(&Span{TraceID: tid, SpanID: srv2, ParentID: gw, Entry: true, Service: "basic", Name: "/basic", End: w.now})
		w.d.ObserveSpan(&Span{TraceID: tid, SpanID: gw, Entry: true, Service: "gateway", Name: "/*", End: w.now})
	}
	for i := 0; i < 30; i++ {
		callBoth([]line{start, done}, []line{{text: "[basic][ok]"}})
	}
	w.flush()
	// Both services lose their lines but one: a collection gap.
	for i := 0; i < 10; i++ {
		callBoth([]line{start}, nil)
	}
	if n, m := w.flush(); n != 0 {
		t.Fatalf("log loss reported %d misses: %+v", n, m)
	}
	if w.d.Stats().TracesPartialLogs != 10 {
		t.Fatalf("partial-log traces = %d, want 10", w.d.Stats().TracesPartialLogs)
	}
	// Only price goes silent while basic still logs: a real absence.
	for i := 0; i < 10; i++ {
		callBoth([]line{start}, []line{{text: "[basic][ok]"}})
	}
	if n, _ := w.flush(); n != 10 {
		t.Fatalf("reported %d, want 10", n)
	}
}

func TestDuplicateSpansAreOneCall(t *testing.T) {
	w := newWorld(t, DefaultConfig())
	for i := 0; i < 30; i++ {
		tid, gw, srv, child := w.ids()
		w.now += sec
		for rep := 0; rep < 2; rep++ { // the whole trace is sent twice
			w.d.ObserveLog(&Log{TraceID: tid, SpanID: child, Service: "price", Template: start.text, Time: w.now})
			w.d.ObserveSpan(&Span{TraceID: tid, SpanID: child, ParentID: srv, Service: "price", Name: "h", End: w.now})
			w.d.ObserveSpan(&Span{TraceID: tid, SpanID: srv, ParentID: gw, Entry: true, Service: "price", Name: "/prices", End: w.now})
		}
	}
	if n, m := w.flush(); n != 0 {
		t.Fatalf("duplicates reported %d misses: %+v", n, m)
	}
	if got := w.d.Expectations(); len(got) != 1 {
		t.Fatalf("expectations = %+v", got)
	}
}

func TestSettleAndFinal(t *testing.T) {
	w := newWorld(t, DefaultConfig())
	w.call("price", "/prices", start)
	if got := w.d.Evaluate(false); len(got) != 0 || w.d.Stats().Traces != 0 {
		t.Fatalf("evaluated before settling: %+v %+v", got, w.d.Stats())
	}
	w.d.Evaluate(true)
	if w.d.Stats().Traces != 1 {
		t.Fatalf("final did not evaluate: %+v", w.d.Stats())
	}
}

func TestMaxPendingTracesEvaluatesEarly(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxPendingTraces = 5
	w := newWorld(t, cfg)
	for i := 0; i < 8; i++ {
		w.call("price", "/prices", start)
	}
	w.d.Evaluate(false)
	st := w.d.Stats()
	if st.EarlyEvaluations != 3 || st.Traces != 3 {
		t.Fatalf("stats = %+v, want 3 early evaluations", st)
	}
}

func TestBounds(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxOperations = 2
	cfg.MaxTemplatesPerOperation = 1
	w := newWorld(t, cfg)
	for i := 0; i < 3; i++ {
		w.call("svc", "/op"+string(rune('a'+i)), start, done)
	}
	w.d.Evaluate(true)
	st := w.d.Stats()
	// gateway "/*" is an operation too: it and /opa fill the two slots.
	if st.Operations != 2 || st.OperationsFull == 0 || st.TemplatesFull == 0 {
		t.Fatalf("stats = %+v", st)
	}
}

func TestRetireAfter(t *testing.T) {
	cfg := DefaultConfig()
	cfg.RetireAfter = time.Hour
	w := newWorld(t, cfg)
	for i := 0; i < 30; i++ {
		w.call("price", "/prices", start, done)
	}
	w.flush()
	w.now += int64(2 * time.Hour)
	for i := 0; i < 10; i++ {
		w.call("price", "/prices", start)
	}
	if n, _ := w.flush(); n != 0 {
		t.Fatalf("a line gone for longer than retire_after reported %d misses", n)
	}
	for _, e := range w.d.Expectations() {
		if e.Template == done.text {
			t.Fatalf("retired expectation still expected")
		}
	}
}

func TestSnapshotRestore(t *testing.T) {
	w := newWorld(t, DefaultConfig())
	for i := 0; i < 30; i++ {
		w.call("price", "/prices", start, done)
	}
	w.flush()
	data, err := w.d.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	w2 := newWorld(t, DefaultConfig())
	w2.now, w2.seq = w.now, w.seq
	if err := w2.d.Restore(data); err != nil {
		t.Fatal(err)
	}
	if a, b := w.d.Expectations(), w2.d.Expectations(); len(a) != 2 || len(b) != len(a) {
		t.Fatalf("expectations before %+v after %+v", a, b)
	}
	for i := 0; i < 10; i++ {
		w2.call("price", "/prices", start)
	}
	if n, _ := w2.flush(); n != 10 {
		t.Fatalf("after restore reported %d, want 10", n)
	}
	for _, bad := range []string{"", "{", `{"version":99}`, "null"} {
		if err := w2.d.Restore([]byte(bad)); err == nil {
			t.Errorf("Restore(%q) = nil error", bad)
		}
	}
	if len(w2.d.Expectations()) != 2 {
		t.Fatal("a failed restore changed the detector")
	}
}

func TestIgnoresRecordsWithoutIDs(t *testing.T) {
	d := New(DefaultConfig())
	d.ObserveLog(&Log{Template: "x", Time: 1})
	d.ObserveLog(&Log{TraceID: [16]byte{1}, SpanID: [8]byte{1}, Time: 1}) // no template
	d.ObserveSpan(&Span{Name: "x"})
	d.Evaluate(true)
	if st := d.Stats(); st.Traces != 0 {
		t.Fatalf("stats = %+v", st)
	}
}

func TestStatementOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"[query][Query price][routeId: <*>]", "[query][Query price][routeId: "},
		{"<*> connected", "<*> connected"},
		{"id <*> done", "id <*> done"},
		{"Reserved <*> units of item <*> in warehouse FRA-<*>", "Reserved <*> units of item <*>"},
		{"Reserved <*> units of item <*> in warehouse AMS-<*>", "Reserved <*> units of item <*>"},
		{"no variables at all", "no variables at all"},
	}
	for _, tt := range tests {
		if got := StatementOf(tt.in); got != tt.want {
			t.Errorf("StatementOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		mut  func(*Config)
		want string
	}{
		{func(c *Config) { c.MinRatio = 1.5 }, "min_ratio"},
		{func(c *Config) { c.MinObservations = -1 }, "min_observations"},
		{func(c *Config) { c.Settle = -time.Second }, "settle"},
		{func(c *Config) { c.RetireAfter = -time.Second }, "retire_after"},
		{func(c *Config) { c.DecisionWait = -time.Second }, "decision_wait"},
		{func(c *Config) { c.MaxPendingTraces = -1 }, "max_pending_traces"},
		{func(c *Config) { c.MaxPendingRecords = -1 }, "max_pending_records"},
		{func(c *Config) { c.MaxOperations = -1 }, "max_operations"},
		{func(c *Config) { c.MaxTemplatesPerOperation = -1 }, "max_templates_per_operation"},
	}
	for _, tt := range tests {
		c := DefaultConfig()
		tt.mut(&c)
		err := c.Validate()
		if err == nil || !strings.HasPrefix(err.Error(), tt.want+":") {
			t.Errorf("Validate() = %v, want an error naming %s", err, tt.want)
		}
	}
	c := DefaultConfig()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestOddTraces(t *testing.T) {
	d := New(DefaultConfig())
	tid := [16]byte{7}
	// A self-parent, a two-span cycle, and a deep chain.
	d.ObserveSpan(&Span{TraceID: tid, SpanID: [8]byte{1}, ParentID: [8]byte{1}, Service: "a", Name: "self"})
	d.ObserveSpan(&Span{TraceID: tid, SpanID: [8]byte{2}, ParentID: [8]byte{3}, Service: "a", Name: "x"})
	d.ObserveSpan(&Span{TraceID: tid, SpanID: [8]byte{3}, ParentID: [8]byte{2}, Service: "a", Name: "y"})
	for i := 0; i < maxTraceRecords+10; i++ {
		var id, parent [8]byte
		binary.BigEndian.PutUint32(id[:], uint32(i+100))
		binary.BigEndian.PutUint32(parent[:], uint32(i+99))
		d.ObserveSpan(&Span{TraceID: tid, SpanID: id, ParentID: parent, Service: "a", Name: "chain"})
	}
	d.ObserveLog(&Log{TraceID: tid, SpanID: [8]byte{2}, Service: "a", Template: "line"})
	d.Evaluate(true)
	st := d.Stats()
	if st.Traces != 1 || st.TraceRecordsDropped != 14 {
		t.Fatalf("stats = %+v", st)
	}
}

func TestMaxPendingRecordsEvaluatesEarly(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxPendingRecords = 20 // 4 records per call (3 spans, 1 log)
	w := newWorld(t, cfg)
	for i := 0; i < 8; i++ {
		w.call("price", "/prices", start)
	}
	w.d.Evaluate(false)
	st := w.d.Stats()
	if st.EarlyEvaluations != 3 || st.Traces != 3 {
		t.Fatalf("stats = %+v, want 3 early evaluations", st)
	}
}

func TestBackfillWaitsForWallClock(t *testing.T) {
	w := newWorld(t, DefaultConfig())
	wall := time.Unix(1_700_000_000, 0)
	w.d.SetClock(func() time.Time { return wall })
	// Event time far ahead (a backfill): settle alone would judge at once.
	w.call("price", "/prices", start, done)
	w.d.ObserveLog(&Log{TraceID: [16]byte{9}, SpanID: [8]byte{1}, Service: "clock", Template: "t", Time: w.now + int64(time.Hour)})
	w.d.Evaluate(false)
	if got := w.d.Stats().Traces; got != 0 {
		t.Fatalf("judged %d traces before decision_wait", got)
	}
	wall = wall.Add(6 * time.Second)
	w.d.Evaluate(false)
	if got := w.d.Stats().Traces; got != 1 {
		t.Fatalf("judged %d traces after decision_wait, want the call's", got)
	}
}

func TestOneSignalOnlyIsBounded(t *testing.T) {
	for _, logsOnly := range []bool{true, false} {
		d := New(DefaultConfig())
		for i := 0; i < preJoinTraces+100; i++ {
			var tid [16]byte
			binary.BigEndian.PutUint64(tid[:], uint64(i+1))
			if logsOnly {
				d.ObserveLog(&Log{TraceID: tid, SpanID: [8]byte{1}, Service: "a", Template: "x"})
			} else {
				d.ObserveSpan(&Span{TraceID: tid, SpanID: [8]byte{1}, Service: "a", Name: "op"})
			}
		}
		st := d.Stats()
		if got := st.LogsBeforeSpans + st.SpansBeforeLogs; got != 100 {
			t.Errorf("logsOnly=%v: %d records not kept, want 100 (%+v)", logsOnly, got, st)
		}
	}
}

// ObserveSpan and ObserveLog record one span or record (test shorthand).
func (d *Detector) ObserveSpan(s *Span) { d.ObserveSpans([]Span{*s}) }
func (d *Detector) ObserveLog(l *Log)   { d.ObserveLogs([]Log{*l}) }
