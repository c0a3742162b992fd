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
// It is plain Go: no pdata.
package absence

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/cespare/xxhash/v2"
)

// Config tunes the detector. Zero fields take the defaults.
type Config struct {
	// Enabled turns the detector on.
	Enabled bool `mapstructure:"enabled"`
	// MinObservations is how many calls of an operation must have been
	// seen, with the template present in at least MinRatio of them, before
	// the template is expected.
	MinObservations int64 `mapstructure:"min_observations"`
	// MinRatio is the share of calls that must carry the template.
	MinRatio float64 `mapstructure:"min_ratio"`
	// Settle is how long (event time) a trace waits for late spans and log
	// records before it is evaluated.
	Settle time.Duration `mapstructure:"settle"`
	// DecisionWait is how long (wall clock) a trace waits after its last
	// span or record arrived, like tail sampling's decision_wait: a replay
	// or backfill whose event time is already far ahead still waits for
	// the rest of each trace.
	DecisionWait time.Duration `mapstructure:"decision_wait"`
	// RetireAfter forgets an expectation whose template has been missing
	// this long (event time): the absence has become the new normal.
	RetireAfter time.Duration `mapstructure:"retire_after"`
	// MaxPendingTraces bounds the traces waiting to settle; beyond it the
	// oldest is evaluated early (counted).
	MaxPendingTraces int `mapstructure:"max_pending_traces"`
	// MaxPendingRecords bounds the spans and log records held by those
	// traces (about 100 bytes each); beyond it the oldest trace is
	// evaluated early (counted).
	MaxPendingRecords int `mapstructure:"max_pending_records"`
	// MaxOperations bounds the operations learned (counted when full).
	MaxOperations int `mapstructure:"max_operations"`
	// MaxTemplatesPerOperation bounds the templates learned per operation.
	MaxTemplatesPerOperation int `mapstructure:"max_templates_per_operation"`
}

// DefaultConfig returns the defaults: enabled, 20 calls, 95 %, 30 s settle.
func DefaultConfig() Config {
	return Config{
		Enabled:                  true,
		MinObservations:          20,
		MinRatio:                 0.95,
		Settle:                   30 * time.Second,
		DecisionWait:             5 * time.Second,
		RetireAfter:              24 * time.Hour,
		MaxPendingTraces:         20000,
		MaxPendingRecords:        400000,
		MaxOperations:            5000,
		MaxTemplatesPerOperation: 64,
	}
}

// Validate returns an error naming the first invalid field.
func (c *Config) Validate() error {
	switch {
	case c.MinObservations < 0:
		return fmt.Errorf("min_observations: must be >= 0, got %d", c.MinObservations)
	case math.IsNaN(c.MinRatio) || c.MinRatio < 0 || c.MinRatio > 1:
		return fmt.Errorf("min_ratio: must be in [0, 1], got %v", c.MinRatio)
	case c.Settle < 0:
		return fmt.Errorf("settle: must be >= 0, got %v", c.Settle)
	case c.DecisionWait < 0:
		return fmt.Errorf("decision_wait: must be >= 0, got %v", c.DecisionWait)
	case c.RetireAfter < 0:
		return fmt.Errorf("retire_after: must be >= 0, got %v", c.RetireAfter)
	case c.MaxPendingTraces < 0:
		return fmt.Errorf("max_pending_traces: must be >= 0, got %d", c.MaxPendingTraces)
	case c.MaxPendingRecords < 0:
		return fmt.Errorf("max_pending_records: must be >= 0, got %d", c.MaxPendingRecords)
	case c.MaxOperations < 0:
		return fmt.Errorf("max_operations: must be >= 0, got %d", c.MaxOperations)
	case c.MaxTemplatesPerOperation < 0:
		return fmt.Errorf("max_templates_per_operation: must be >= 0, got %d", c.MaxTemplatesPerOperation)
	}
	return nil
}

func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.MinObservations <= 0 {
		c.MinObservations = d.MinObservations
	}
	if c.MinRatio <= 0 {
		c.MinRatio = d.MinRatio
	}
	if c.Settle <= 0 {
		c.Settle = d.Settle
	}
	if c.DecisionWait <= 0 {
		c.DecisionWait = d.DecisionWait
	}
	if c.RetireAfter <= 0 {
		c.RetireAfter = d.RetireAfter
	}
	if c.MaxPendingTraces <= 0 {
		c.MaxPendingTraces = d.MaxPendingTraces
	}
	if c.MaxPendingRecords <= 0 {
		c.MaxPendingRecords = d.MaxPendingRecords
	}
	if c.MaxOperations <= 0 {
		c.MaxOperations = d.MaxOperations
	}
	if c.MaxTemplatesPerOperation <= 0 {
		c.MaxTemplatesPerOperation = d.MaxTemplatesPerOperation
	}
	return c
}

// Sustained-absence filter: an exponentially weighted miss rate must reach
// trigger before misses are reported, so a lone odd call reports nothing
// while a template that stopped appearing reports from its 4th miss on
// (the held misses included).
const (
	// preJoinTraces bounds the traces kept while only one signal has
	// arrived (no span yet, or no log record yet).
	preJoinTraces = 4096
	// maxTraceRecords bounds the spans and log records kept per trace.
	maxTraceRecords = 8192

	missAlpha   = 0.2
	missTrigger = 0.5
	// learnCap halves learning counts past this many calls, so a template
	// that became regular later can still become expected.
	learnCap = 1000
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
	Time         int64
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

type spanRec struct {
	id, parent [8]byte
	svc        uint64
	entry      bool
	service    string
	name       string
	release    string
	env        string
	end        int64
	tmpls      []int32 // indexes into trace.logs, filled at evaluation
}

type logRec struct {
	span     [8]byte
	svc      uint64
	tmpl     uint64
	failure  bool
	template string
	owner    string
	journey  string
	weight   float64
	user     string
	tenant   string
}

type trace struct {
	id   [16]byte
	last int64 // newest event time of the trace
	// lastWall is the wall-clock arrival time of its last record.
	lastWall int64
	spans    []spanRec
	logs     []logRec
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
}

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
	free    []*trace
	ops     map[uint64]*operation
	stats   Stats
	out     []Miss // misses of the running Evaluate
	records int    // spans and log records held by pending traces
	calls   []call // scratch of evaluate
	first   map[[8]byte]int32
	entry   []int32
	path    []int32
	// sawSpans and sawLogs: a span, a log record has arrived (the other
	// signal is kept without the preJoinTraces bound from then on).
	sawSpans, sawLogs bool
	// clock is the wall clock in unix ns (replaced in tests).
	clock func() int64
	// event, when set, is the event-time now of settling (see SetEventClock).
	event func() (int64, bool)
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

func opKey(svc, name string) uint64 {
	var d xxhash.Digest
	d.Reset()
	_, _ = d.WriteString(svc)
	_, _ = d.Write([]byte{0})
	_, _ = d.WriteString(name)
	return d.Sum64()
}

func (d *Detector) traceOf(id [16]byte, t, wall int64) *trace {
	tr := d.pending[id]
	if tr == nil {
		if n := len(d.free); n > 0 {
			tr = d.free[n-1]
			d.free = d.free[:n-1]
		} else {
			tr = &trace{}
		}
		tr.id, tr.last = id, t
		d.pending[id] = tr
		d.queue = append(d.queue, tr)
	}
	if t > tr.last {
		tr.last = t
	}
	tr.lastWall = wall
	if t > d.now {
		d.now = t
	}
	return tr
}

// ObserveSpans records a batch of spans under one lock. Spans without trace
// or span id are ignored.
func (d *Detector) ObserveSpans(spans []Span) {
	wall := d.clock()
	d.mu.Lock()
	defer d.mu.Unlock()
	for i := range spans {
		s := &spans[i]
		if s.TraceID == ([16]byte{}) || s.SpanID == ([8]byte{}) {
			continue
		}
		if !d.sawLogs && len(d.pending) >= preJoinTraces && d.pending[s.TraceID] == nil {
			d.stats.SpansBeforeLogs++
			continue
		}
		d.sawSpans = true
		tr := d.traceOf(s.TraceID, s.End, wall)
		if len(tr.spans)+len(tr.logs) >= maxTraceRecords {
			d.stats.TraceRecordsDropped++
			continue
		}
		d.records++
		rec := spanRec{
			id: s.SpanID, parent: s.ParentID, svc: hash(s.Service), entry: s.Entry,
			service: s.Service, name: s.Name, release: s.Release, env: s.Environment, end: s.End,
		}
		if n := len(tr.spans); n < cap(tr.spans) { // a recycled slot: keep its template slice
			tr.spans = tr.spans[:n+1]
			rec.tmpls = tr.spans[n].tmpls[:0]
			tr.spans[n] = rec
		} else {
			tr.spans = append(tr.spans, rec)
		}
	}
}

// ObserveLogs records a batch of log records under one lock. Records
// without trace id, span id or template are ignored.
//
// Until the first span arrives, log records are kept for at most
// preJoinTraces traces (and spans likewise until the first log record): a
// logs-only or traces-only pipeline would otherwise fill the
// pending traces with records that can never be joined.
func (d *Detector) ObserveLogs(logs []Log) {
	wall := d.clock()
	d.mu.Lock()
	defer d.mu.Unlock()
	for i := range logs {
		l := &logs[i]
		if l.TraceID == ([16]byte{}) || l.SpanID == ([8]byte{}) || l.Template == "" {
			continue
		}
		if !d.sawSpans && len(d.pending) >= preJoinTraces && d.pending[l.TraceID] == nil {
			d.stats.LogsBeforeSpans++
			continue
		}
		d.sawLogs = true
		st := l.Statement
		if st == 0 {
			st = hash(StatementOf(l.Template))
		}
		tr := d.traceOf(l.TraceID, l.Time, wall)
		if len(tr.spans)+len(tr.logs) >= maxTraceRecords {
			d.stats.TraceRecordsDropped++
			continue
		}
		d.records++
		tr.logs = append(tr.logs, logRec{span: l.SpanID, svc: hash(l.Service), tmpl: st, failure: l.Failure, template: l.Template,
			owner: l.Owner, journey: l.Journey, weight: l.JourneyWeight, user: l.User, tenant: l.Tenant})
	}
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
	// One pass in arrival order: settled traces are judged, the others keep
	// their place, so one busy trace never holds back the rest.
	kept := d.queue[:0]
	for _, tr := range d.queue {
		if final || (now-tr.last >= settle && wall-tr.lastWall >= wait) {
			d.finish(tr)
			continue
		}
		kept = append(kept, tr)
	}
	clear(d.queue[len(kept):])
	d.queue = kept
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

// finish evaluates a trace that leaves the pending set and recycles it.
func (d *Detector) finish(tr *trace) {
	delete(d.pending, tr.id)
	d.records -= len(tr.spans) + len(tr.logs)
	d.evaluate(tr)
	d.recycle(tr)
}

func (d *Detector) recycle(tr *trace) {
	for i := range tr.spans { // drop the strings, keep the template slices
		tr.spans[i] = spanRec{tmpls: tr.spans[i].tmpls[:0]}
	}
	clear(tr.logs)
	tr.spans, tr.logs = tr.spans[:0], tr.logs[:0]
	if len(d.free) < 4096 {
		d.free = append(d.free, tr)
	}
}

// resolve fills d.first (span id -> index of its first copy) and d.entry
// (span index -> index of its entry span) for one trace, in O(spans).
func (d *Detector) resolve(spans []spanRec) {
	if d.first == nil {
		d.first = map[[8]byte]int32{}
	}
	clear(d.first)
	for i := range spans {
		if _, ok := d.first[spans[i].id]; !ok {
			d.first[spans[i].id] = int32(i)
		}
	}
	d.entry = d.entry[:0]
	for range spans {
		d.entry = append(d.entry, -1)
	}
	for i := range spans {
		d.entryOf(spans, i)
	}
}

// entryOf returns the index of span i's entry span: itself when it is a
// SERVER or CONSUMER span or has no parent of its service in the trace,
// else its parent's entry. Parent cycles end the walk.
func (d *Detector) entryOf(spans []spanRec, i int) int32 {
	path := d.path[:0]
	cur := int32(i)
	for steps := 0; ; steps++ {
		if e := d.entry[cur]; e >= 0 {
			cur = e
			break
		}
		s := &spans[cur]
		p, ok := d.first[s.parent]
		if s.entry || s.parent == ([8]byte{}) || !ok || spans[p].svc != s.svc || steps >= len(spans) {
			d.entry[cur] = cur
			break
		}
		path = append(path, cur)
		cur = p
	}
	for _, j := range path {
		d.entry[j] = cur
	}
	d.path = path
	return cur
}

func (d *Detector) evaluate(tr *trace) {
	d.stats.Traces++
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
	for k := range tr.logs {
		l := &tr.logs[k]
		i, ok := d.first[l.span]
		if !ok || tr.spans[i].svc != l.svc {
			d.stats.UnlinkedLogs++
			continue
		}
		e := d.entry[i]
		tr.spans[e].tmpls = append(tr.spans[e].tmpls, int32(k))
	}
	// Calls are the entry spans (a span sent twice counts once), each with
	// its operation key.
	calls := d.calls[:0]
	for i := range tr.spans {
		if s := &tr.spans[i]; d.entry[i] == int32(i) && d.first[s.id] == int32(i) {
			calls = append(calls, call{span: int32(i), key: opKey(s.service, s.name)})
		}
	}
	d.calls = calls
	// When most judged calls of a trace miss expected lines, the trace lost
	// its log records (a dropped batch, sampling, a collection gap), not its
	// behavior: it teaches and reports nothing.
	judged, missing := 0, 0
	for _, c := range calls {
		j, m := d.judge(tr, &tr.spans[c.span], d.ops[c.key])
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
			d.learn(tr, &tr.spans[c.span], c.key)
		}
	}
	for i := range tr.spans {
		tr.spans[i].tmpls = tr.spans[i].tmpls[:0]
	}
}

// judge reports whether a call has expectations and whether it silently
// misses one of them, without changing anything.
func (d *Detector) judge(tr *trace, s *spanRec, op *operation) (judged, missing bool) {
	if op == nil {
		return false, false
	}
	silent := op.silent(tr, s)
	for h, x := range op.Tmpls {
		if !x.Expected {
			continue
		}
		judged = true
		if silent && !has(tr, s, h) {
			return true, true
		}
	}
	return judged, false
}

func has(tr *trace, s *spanRec, h uint64) bool {
	for _, k := range s.tmpls {
		if tr.logs[k].tmpl == h {
			return true
		}
	}
	return false
}

// silent reports whether the call wrote only expected lines: a call that
// wrote a failure or a line not (yet) expected took another path and said
// so, and a missing line there is not silent.
func (op *operation) silent(tr *trace, s *spanRec) bool {
	for _, k := range s.tmpls {
		l := &tr.logs[k]
		if x := op.Tmpls[l.tmpl]; l.failure || x == nil || !x.Expected {
			return false
		}
	}
	return true
}

// enrich remembers the owner and journey of the operation's log records.
func (op *operation) enrich(l *logRec) {
	if l.owner != "" && l.owner != op.Owner {
		op.Owner = strings.Clone(l.owner)
	}
	if l.journey != "" && l.journey != op.Journey {
		op.Journey, op.JourneyWeight = strings.Clone(l.journey), l.weight
	}
}

// learn folds one call of an operation (its entry span and the templates
// logged under it) into the operation's expectations.
func (d *Detector) learn(tr *trace, s *spanRec, key uint64) {
	op := d.ops[key]
	if op == nil {
		if len(d.ops) >= d.cfg.MaxOperations {
			d.stats.OperationsFull++
			return
		}
		op = &operation{Service: strings.Clone(s.service), Name: strings.Clone(s.name), Tmpls: map[uint64]*expectation{}}
		d.ops[key] = op
	}
	var user, tenant string
	for _, k := range s.tmpls {
		l := &tr.logs[k]
		op.enrich(l)
		user, tenant = cmp.Or(user, l.user), cmp.Or(tenant, l.tenant)
	}
	silent := op.silent(tr, s)
	for h, x := range op.Tmpls {
		present := has(tr, s, h)
		if !x.Expected {
			x.Calls++
			if present {
				x.Hits++
			}
			if x.Calls >= float64(d.cfg.MinObservations) && x.Hits >= d.cfg.MinRatio*x.Calls {
				x.Expected, x.Ratio, x.MissRate, x.Held, x.LastHit = true, x.Hits/x.Calls, 0, 0, s.end
			} else if x.Calls > learnCap {
				x.Calls, x.Hits = x.Calls/2, x.Hits/2
			}
			continue
		}
		if present {
			x.LastHit = max(x.LastHit, s.end)
			x.MissRate *= 1 - missAlpha
			if x.MissRate < missTrigger {
				x.Held = 0
			}
			continue
		}
		if !silent {
			continue
		}
		if s.end-x.LastHit > int64(d.cfg.RetireAfter) {
			*x = expectation{Template: x.Template} // the new normal: learn again
			continue
		}
		x.MissRate = x.MissRate*(1-missAlpha) + missAlpha
		x.Held++
		if x.MissRate >= missTrigger {
			d.stats.Misses += x.Held
			d.out = append(d.out, Miss{
				Service: op.Service, Operation: op.Name, Template: x.Template, Count: x.Held,
				TraceID: tr.id, SpanID: s.id, Time: s.end, Expected: x.Ratio,
				Release: s.release, Environment: s.env, Owner: op.Owner, Journey: op.Journey, JourneyWeight: op.JourneyWeight,
				User: user, Tenant: tenant,
			})
			x.Held = 0
		}
	}
	// Templates seen for the first time start learning with this call.
	for _, k := range s.tmpls {
		l := &tr.logs[k]
		if _, ok := op.Tmpls[l.tmpl]; ok || l.failure {
			continue
		}
		if len(op.Tmpls) >= d.cfg.MaxTemplatesPerOperation {
			d.stats.TemplatesFull++
			continue
		}
		op.Tmpls[l.tmpl] = &expectation{Template: strings.Clone(l.template), Hits: 1, Calls: 1}
	}
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

// Expectation is one learned expectation, for tests and documentation.
type Expectation struct {
	Service, Operation, Template string
	Ratio                        float64
}

// Expectations returns the expected (operation, template) pairs, sorted.
func (d *Detector) Expectations() []Expectation {
	d.mu.Lock()
	defer d.mu.Unlock()
	var out []Expectation
	for _, op := range d.ops {
		for _, x := range op.Tmpls {
			if x.Expected {
				out = append(out, Expectation{op.Service, op.Name, x.Template, x.Ratio})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Service != b.Service {
			return a.Service < b.Service
		}
		if a.Operation != b.Operation {
			return a.Operation < b.Operation
		}
		return a.Template < b.Template
	})
	return out
}

// minPrefix is the shortest constant template prefix that identifies a
// statement; statementTokens is how many leading words identify it when the
// prefix is shorter.
const (
	minPrefix       = 12
	statementTokens = 6
)

// StatementOf returns the part of a template that identifies its log
// statement and survives the template generalizing later (or varying in
// its tail: "in warehouse FRA-<*>" vs "AMS-<*>"): the constant text before
// the first wildcard when it is long enough, else the first
// statementTokens words (wildcards included), else the whole template.
func StatementOf(template string) string {
	i := strings.Index(template, "<*>")
	if i >= minPrefix {
		return template[:i]
	}
	if i < 0 {
		return template
	}
	words := 0
	for j := 0; j < len(template); j++ {
		if template[j] == ' ' && (j == 0 || template[j-1] != ' ') {
			if words++; words == statementTokens {
				return template[:j]
			}
		}
	}
	return template
}

// ErrSnapshot reports an unreadable snapshot.
var ErrSnapshot = errors.New("absence: unreadable snapshot")
