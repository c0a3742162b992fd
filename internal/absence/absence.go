// Package absence detects silent failures: a log line that an operation
// always wrote stops appearing although the operation is still called.
//
// It joins log records to spans by trace and span id. Each log record is
// attributed to its span's entry span (the nearest SERVER or CONSUMER
// ancestor within the same service, else the topmost ancestor of that
// service), so an operation is "service + entry span name". For every
// operation the detector learns which log templates occur in (nearly) every
// call; such a template becomes an expectation. A call that lacks an
// expected template is a miss; sustained misses (not one odd call) are
// reported as events of a synthetic "absence" cluster.
//
// A trace is evaluated once no span or log of it has been seen for
// Config.Settle of event time (the newest time seen so far, or the clock set
// by SetEventClock) and for
// Config.DecisionWait of wall-clock time, so replayed telemetry is judged
// like live traffic and a backfill still waits for the rest of each trace.
// A trace is judged once: records of it that arrive after its judgement
// (a sender's retry, a redelivery, a slower sender's half) are late: they
// are not judged as a trace of their own, and the silent calls the early
// judgement held against that trace are withdrawn (late.go).
// It is plain Go: no pdata.
package absence

import (
	"cmp"
	"errors"
	"slices"
	"sync"
	"time"

	"github.com/cespare/xxhash/v2"

	"github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"
)

// Span is what the detector needs of a span.
type Span struct {
	TraceID  [16]byte
	SpanID   [8]byte
	ParentID [8]byte
	// Entry marks SERVER and CONSUMER spans.
	Entry   bool
	Service string
	Name    string
	// Release and Environment are the span's (from its resource); they
	// are reported with the call's misses.
	Release, Environment string
	// End is the span's end time (unix ns).
	End int64
	// Error marks a span with status Error: its call failed visibly, so a
	// line it did not write is no silent failure.
	Error bool
	// SlowMs (whole excess over its baseline, 0: not slow), Start and
	// Candidate (its own time may be a latency cause) are the processor's
	// judgement of a slow span, for whole-trace latency attribution
	// (spanclass.Attribute; TakeLatency). A slow span is always kept.
	SlowMs    float64
	Start     int64
	Candidate bool
}

// Latency is the whole-trace verdict on a latency candidate: Cause, with
// the excess (ms) its own time is blamed for, or a symptom of slow spans
// below it (Cause false).
type Latency struct {
	TraceID  [16]byte
	SpanID   [8]byte
	Cause    bool
	ExcessMs float64
}

// Log is what the detector needs of a log record.
type Log struct {
	TraceID  [16]byte
	SpanID   [8]byte
	Service  string
	Template string
	// Statement identifies the log statement (e.g. a hash of the code
	// location); 0 derives it from the template's constant prefix, which
	// survives the template generalizing later on.
	Statement uint64
	// Failure marks warnings, errors and exceptions: they never become
	// expectations (their absence is good news), and a call that logged one
	// is not silent.
	Failure bool
	// Owner, Journey and JourneyWeight are the record's enrichment; the
	// operation remembers the last ones seen and reports them with misses.
	Owner, Journey string
	JourneyWeight  float64
	// User and Tenant are the affected user and tenant of the record's
	// call, reported with the call's misses.
	User, Tenant string
	// BusinessHours is the record's fingerprint.business_hours, the
	// processor's judgement of its time in its tenant's or region's
	// working hours: +1 in them, -1 outside, 0 not known. It is reported
	// with the call's misses.
	BusinessHours int8
	Time          int64
}

// Miss reports calls of an operation that lacked an expected template.
type Miss struct {
	Service   string
	Operation string
	Template  string
	// Count is the number of calls this report stands for (held misses
	// are reported together once the absence is sustained).
	Count int64
	// TraceID and SpanID identify the call (its entry span) of this report.
	TraceID [16]byte
	SpanID  [8]byte
	Time    int64
	// Release and Environment are the call's; Owner, Journey and
	// JourneyWeight the operation's, as last seen on its log records.
	Release, Environment, Owner, Journey string
	JourneyWeight                        float64
	// User and Tenant are the call's, from its other log records.
	User, Tenant string
	// BusinessHours is the call's (+1 in, -1 outside, 0 not known), from
	// the fingerprint.business_hours of its other log records.
	BusinessHours int8
	// Expected is the share of calls that carried the template while it
	// was learned.
	Expected float64
}

// Stats counts the detector's work and its bound hits.
type Stats struct {
	Traces              int64 // traces evaluated
	EarlyEvaluations    int64 // traces evaluated before settling (max_pending_traces)
	UnlinkedLogs        int64 // log records whose span never arrived
	TraceRecordsDropped int64 // spans and records beyond maxTraceRecords in one trace
	LateRecords         int64 // spans and log records of a trace that came after it was judged (not judged again)
	LateWithdrawn       int64 // silent calls held against a trace that proved judged early (late records), withdrawn
	LogsBeforeSpans     int64 // log records not kept: no span had arrived yet and preJoinTraces were pending
	SpansBeforeLogs     int64 // spans not kept: no log record had arrived yet and preJoinTraces were pending
	TracesWithoutLogs   int64 // traces not judged: no log record arrived for them
	TracesPartialLogs   int64 // traces not judged: most of their calls lack expected lines
	Operations          int64 // operations learned now
	Expectations        int64 // (operation, template) pairs expected now
	OperationsFull      int64 // operations not learned (max_operations)
	TemplatesFull       int64 // templates not learned (max_templates_per_operation)
	Misses              int64 // calls reported as missing an expected template
}

// spanRec and logRec hold no pointers: their text lives in the trace's
// arena (trace.text), so the pending traces (tens of MB at 10,000 spans/s)
// are memory the garbage collector does not scan, and they keep no string
// of the batches they came from alive. A log record's template, the one
// string that is long and shared by many records (the processor writes
// its miner's string), is kept by reference in trace.templates instead:
// one pointer per record, no copy.
type spanRec struct {
	id, parent [8]byte
	svc        uint64
	entry      bool
	service    ref
	name       ref
	release    ref
	env        ref
	end        int64
	failed     bool // the span has status Error
	start      int64
	slowMs     float64
	candidate  bool
	// callFailed: a span of this entry span's call has status Error
	// (filled at evaluation)
	callFailed bool
}

type logRec struct {
	span    [8]byte
	svc     uint64
	tmpl    uint64
	failure bool
	bh      int8 // Log.BusinessHours (in failure's padding: no byte more per record)
	owner   ref
	journey ref
	weight  float64
	user    ref
	tenant  ref
}

// ref is a string in a trace's arena: text[off : off+n].
type ref struct{ off, n uint32 }

// maxTraceText bounds a trace's arena; text beyond it is kept as "" (a
// trace's strings are its spans' names and attributes: far below it).
const maxTraceText = 1 << 30

// put copies s into the trace's arena.
func (tr *trace) put(s string) ref {
	if s == "" || len(tr.text)+len(s) > maxTraceText {
		return ref{}
	}
	r := ref{off: uint32(len(tr.text)), n: uint32(len(s))}
	tr.text = append(tr.text, s...)
	return r
}

// bytes is the text of r, valid until the trace is recycled.
func (tr *trace) bytes(r ref) []byte { return tr.text[r.off : r.off+r.n : r.off+r.n] }

// str is a copy of the text of r.
func (tr *trace) str(r ref) string {
	if r.n == 0 {
		return ""
	}
	return string(tr.bytes(r))
}

type trace struct {
	id   [16]byte
	last int64 // newest event time of the trace
	// lastWall is the wall-clock arrival time of its last record.
	lastWall int64
	spans    []spanRec
	logs     []logRec
	text     []byte // the arena of the records' strings
	// templates[k] is the template of logs[k].
	templates []string
	// slow counts its slow spans (whole-trace latency attribution).
	slow int
}

// call is an entry span of a trace and its operation's key.
type call struct {
	span int32
	key  uint64
}

type expectation struct {
	Template string  `json:"template"`
	Hits     float64 `json:"hits"`  // calls with the template (learning)
	Calls    float64 `json:"calls"` // calls since the template was first seen (learning)
	Expected bool    `json:"expected,omitempty"`
	Ratio    float64 `json:"ratio,omitempty"` // learned share, when expected
	MissRate float64 `json:"miss_rate,omitempty"`
	Held     int64   `json:"held,omitempty"`     // misses not yet reported
	LastHit  int64   `json:"last_hit,omitempty"` // event time
	// held are the calls behind Held (at most maxHeldCalls; not
	// persisted: after a restart the count alone remains).
	held []heldCall
	// seq counts the calls folded into MissRate (not persisted), so that a
	// withdrawn miss takes back exactly its decayed share (late.go).
	seq int64
}

// heldCall is a silent call held until the absence is sustained.
type heldCall struct {
	trace                      [16]byte
	span                       [8]byte
	time                       int64
	release, env, user, tenant string
	bh                         int8
	seq                        int64 // expectation.seq after this miss
}

// maxHeldCalls bounds the calls an expectation remembers while its miss
// rate climbs to the trigger (4 calls from a clean start).
const maxHeldCalls = 16

type operation struct {
	Service       string                  `json:"service"`
	Name          string                  `json:"name"`
	Owner         string                  `json:"owner,omitempty"`
	Journey       string                  `json:"journey,omitempty"`
	JourneyWeight float64                 `json:"journey_weight,omitempty"`
	Tmpls         map[uint64]*expectation `json:"templates"`
}

// Detector is safe for concurrent use.
type Detector struct {
	cfg Config

	mu      sync.Mutex
	now     int64
	pending map[[16]byte]*trace
	queue   []*trace // pending traces in arrival order
	ready   []*trace // scratch of Evaluate: the traces settled
	free    []*trace
	ops     map[uint64]*operation
	stats   Stats
	out     []Miss            // misses of the running Evaluate
	records int               // spans and log records held by pending traces
	calls   []call            // scratch of evaluate
	first   map[[8]byte]int32 // firstOf of a trace beyond linearSpans
	linear  bool              // the trace being evaluated is resolved linearly
	entry   []int32
	path    []int32
	// The templates of each call at evaluation, in record order: a list
	// per entry span through its log records (-1 ends a list).
	tmplHead, tmplTail []int32 // per span
	tmplNext           []int32 // per log record
	// sawSpans and sawLogs: a span, a log record has arrived (the other
	// signal is kept without the preJoinTraces bound from then on).
	sawSpans, sawLogs bool
	// clock is the wall clock in unix ns (replaced in tests).
	clock func() int64
	// event, when set, is the event-time now of settling (see SetEventClock).
	event func() (int64, bool)
	// judged remembers the traces judged lately (late.go).
	judged judgedSet
	// latency: verdicts on latency candidates not yet taken (TakeLatency),
	// and Attribute's scratch.
	latency []Latency
	latSc   spanclass.AttributionScratch
	latIn   []spanclass.TraceSpan
	latOwn  []float64
}

// New returns a detector; cfg is completed with defaults.
func New(cfg Config) *Detector {
	return &Detector{
		cfg:     cfg.withDefaults(),
		pending: map[[16]byte]*trace{},
		ops:     map[uint64]*operation{},
		clock:   func() int64 { return time.Now().UnixNano() },
	}
}

// SetClock replaces the wall clock of decision_wait (tests, replays).
func (d *Detector) SetClock(now func() time.Time) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.clock = func() int64 { return now().UnixNano() }
}

// SetEventClock replaces the event-time now of settling, by default the
// newest time seen, with now (unix ns; false: no time yet, the newest time
// seen is used). The exporter passes its watermark, which no single record
// can move and which follows the wall clock when a live stream goes quiet.
func (d *Detector) SetEventClock(now func() (int64, bool)) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.event = now
}

func hash(s string) uint64 { return xxhash.Sum64String(s) }

// opKey is the key of an operation: its service and name.
func opKey(svc, name []byte) uint64 {
	var d xxhash.Digest
	d.Reset()
	_, _ = d.Write(svc)
	_, _ = d.Write([]byte{0})
	_, _ = d.Write(name)
	return d.Sum64()
}

// Evaluate judges every trace that has settled (all of them when final),
// then, oldest first, as many more as max_pending_traces and
// max_pending_records require, and returns the misses found. The returned
// slice is the caller's (nil when nothing was missed).
func (d *Detector) Evaluate(final bool) []Miss {
	d.mu.Lock()
	event := d.event
	d.mu.Unlock()
	var ev int64
	var evOK bool
	if event != nil { // outside d.mu: the clock has its own lock
		ev, evOK = event()
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.out = nil
	now := d.now
	if evOK {
		now = ev
	}
	settle, wait, wall := int64(d.cfg.Settle), int64(d.cfg.DecisionWait), d.clock()
	// One pass in arrival order: settled traces are taken, the others keep
	// their place, so one busy trace never holds back the rest.
	kept, ready := d.queue[:0], d.ready[:0]
	for _, tr := range d.queue {
		if final || (now-tr.last >= settle && wall-tr.lastWall >= wait) {
			ready = append(ready, tr)
			continue
		}
		kept = append(kept, tr)
	}
	clear(d.queue[len(kept):])
	d.queue = kept
	// The traces settled together are judged in the order they happened
	// (their newest event time; arrival order among equals), not in the
	// order their records arrived: what an operation learns is a sequence
	// of calls, and arrival order is the transport's (batches, routing,
	// retries, senders interleaved), which differs between one collector
	// and each gateway of a scale-out.
	slices.SortStableFunc(ready, func(a, b *trace) int { return cmp.Compare(a.last, b.last) })
	for _, tr := range ready {
		d.finish(tr)
	}
	clear(ready)
	d.ready = ready[:0]
	n := 0
	for n < len(d.queue) && (len(d.pending) > d.cfg.MaxPendingTraces || d.records > d.cfg.MaxPendingRecords) {
		d.stats.EarlyEvaluations++
		d.finish(d.queue[n])
		n++
	}
	if n > 0 {
		d.queue = append(d.queue[:0], d.queue[n:]...)
	}
	out := d.out
	d.out = nil
	return out
}

// TakeLatency returns the verdicts on latency candidates of the traces
// judged since the last call (the caller's slice; nil when none).
func (d *Detector) TakeLatency() []Latency {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := d.latency
	d.latency = nil
	return out
}

// attribute judges the latency candidates of a finished trace with all its
// spans (spanclass.Attribute).
func (d *Detector) attribute(tr *trace) {
	in := d.latIn[:0]
	for i := range tr.spans {
		s := &tr.spans[i]
		in = append(in, spanclass.TraceSpan{ID: s.id, Parent: s.parent, Start: s.start, End: s.end, SlowMs: s.slowMs, Candidate: s.candidate})
	}
	d.latIn = in
	if cap(d.latOwn) < len(in) {
		d.latOwn = make([]float64, len(in))
	}
	own := d.latOwn[:len(in)]
	spanclass.Attribute(in, explainedFraction, &d.latSc, own)
	for i := range in {
		if in[i].Candidate && in[i].SlowMs > 0 {
			d.latency = append(d.latency, Latency{TraceID: tr.id, SpanID: in[i].ID, Cause: own[i] > 0, ExcessMs: own[i]})
		}
	}
}

// explainedFraction is the fingerprint processor's (spanclass.Config): a
// slow span at least this much explained by slow spans below it is a symptom.
var explainedFraction = spanclass.NewDefaultConfig().ExplainedFraction

func (d *Detector) evaluate(tr *trace) {
	d.stats.Traces++
	if tr.slow > 0 {
		d.attribute(tr)
	}
	if late, held := d.judged.judge(tr.id); late {
		// Judged already: its calls were judged with the records that had
		// come; these alone are a fragment of it, and the silent calls
		// held against it were judged before it was whole.
		d.stats.LateRecords += int64(len(tr.spans) + len(tr.logs))
		if held {
			d.withdraw(tr.id)
			d.judged.mark(tr.id, false)
		}
		return
	}
	if len(tr.spans) == 0 {
		d.stats.UnlinkedLogs += int64(len(tr.logs))
		return
	}
	if len(tr.logs) == 0 {
		// No log record at all: the trace's logs were lost, sampled away or
		// are not collected. Nothing can be said about missing lines.
		d.stats.TracesWithoutLogs++
		return
	}
	d.resolve(tr.spans)
	d.tmplHead = fill(d.tmplHead, len(tr.spans))
	d.tmplTail = fill(d.tmplTail, len(tr.spans))
	d.tmplNext = fill(d.tmplNext, len(tr.logs))
	for k := range tr.logs {
		l := &tr.logs[k]
		i, ok := d.firstOf(tr.spans, l.span)
		if !ok || tr.spans[i].svc != l.svc {
			d.stats.UnlinkedLogs++
			continue
		}
		e := d.entry[i]
		if t := d.tmplTail[e]; t >= 0 {
			d.tmplNext[t] = int32(k)
		} else {
			d.tmplHead[e] = int32(k)
		}
		d.tmplTail[e] = int32(k)
	}
	// A call with a failed span (status Error) failed visibly.
	for i := range tr.spans {
		if tr.spans[i].failed {
			tr.spans[d.entry[i]].callFailed = true
		}
	}
	// Calls are the entry spans (a span sent twice counts once), each with
	// its operation key.
	calls := d.calls[:0]
	for i := range tr.spans {
		if s := &tr.spans[i]; d.entry[i] == int32(i) && first(d, tr.spans, s.id) == int32(i) {
			calls = append(calls, call{span: int32(i), key: opKey(tr.bytes(s.service), tr.bytes(s.name))})
		}
	}
	d.calls = calls
	// When most judged calls of a trace miss expected lines, the trace lost
	// its log records (a dropped batch, sampling, a collection gap), not its
	// behavior: it teaches and reports nothing.
	judged, missing := 0, 0
	for _, c := range calls {
		j, m := d.judge(tr, c.span, d.ops[c.key])
		if j {
			judged++
		}
		if m {
			missing++
		}
	}
	if judged >= 2 && 2*missing > judged {
		d.stats.TracesPartialLogs++
	} else {
		for _, c := range calls {
			d.learn(tr, c.span, c.key)
		}
	}
	for i := range tr.spans {
		tr.spans[i].callFailed = false
	}
}

func first(d *Detector, spans []spanRec, id [8]byte) int32 {
	i, _ := d.firstOf(spans, id)
	return i
}

// fill returns s resized to n, every element -1.
func fill(s []int32, n int) []int32 {
	if cap(s) < n {
		s = make([]int32, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = -1
	}
	return s
}

// Stats returns the counters.
func (d *Detector) Stats() Stats {
	d.mu.Lock()
	defer d.mu.Unlock()
	st := d.stats
	st.Operations = int64(len(d.ops))
	for _, op := range d.ops {
		for _, x := range op.Tmpls {
			if x.Expected {
				st.Expectations++
			}
		}
	}
	return st
}

// ErrSnapshot reports an unreadable snapshot.
var ErrSnapshot = errors.New("absence: unreadable snapshot")
