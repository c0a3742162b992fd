// The join: spans and log records gathered per trace, each record
// attributed to its call (the entry span of its service).

package absence

// traceOf returns the pending trace of id (created when new) and notes a
// record of it at event time t, wall-clock time wall. last, when not nil,
// is the trace of the batch's previous record: a batch holds the records
// of a trace together, so most records skip the lookup in the pending
// map (a fifth of the join's time at 20,000 pending traces).
func (d *Detector) traceOf(last *trace, id [16]byte, t, wall int64) *trace {
	tr := last
	if tr == nil || tr.id != id {
		tr = d.pending[id]
	}
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
	var last *trace // nothing is judged or recycled under this lock hold
	for i := range spans {
		s := &spans[i]
		if s.TraceID == ([16]byte{}) || s.SpanID == ([8]byte{}) {
			continue
		}
		slow := s.SlowMs > 0 // always kept: its verdict is owed (TakeLatency)
		if !slow && !d.sawLogs && len(d.pending) >= preJoinTraces && d.pending[s.TraceID] == nil {
			d.stats.SpansBeforeLogs++
			continue
		}
		d.sawSpans = true
		tr := d.traceOf(last, s.TraceID, s.End, wall)
		last = tr
		if !slow && len(tr.spans)+len(tr.logs) >= maxTraceRecords {
			d.stats.TraceRecordsDropped++
			continue
		}
		d.records++
		tr.spans = append(tr.spans, spanRec{
			id: s.SpanID, parent: s.ParentID, svc: hash(s.Service), entry: s.Entry,
			service: tr.put(s.Service), name: tr.put(s.Name), release: tr.put(s.Release), env: tr.put(s.Environment),
			end: s.End, failed: s.Error, start: s.Start, slowMs: s.SlowMs, candidate: s.Candidate,
		})
		if slow {
			tr.slow++
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
	var last *trace // nothing is judged or recycled under this lock hold
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
		tr := d.traceOf(last, l.TraceID, l.Time, wall)
		last = tr
		if len(tr.spans)+len(tr.logs) >= maxTraceRecords {
			d.stats.TraceRecordsDropped++
			continue
		}
		d.records++
		tr.templates = append(tr.templates, l.Template)
		tr.logs = append(tr.logs, logRec{span: l.SpanID, svc: hash(l.Service), tmpl: st, failure: l.Failure,
			owner: tr.put(l.Owner), journey: tr.put(l.Journey), weight: l.JourneyWeight, user: tr.put(l.User), tenant: tr.put(l.Tenant), bh: l.BusinessHours})
	}
}

// finish evaluates a trace that leaves the pending set and recycles it.
func (d *Detector) finish(tr *trace) {
	delete(d.pending, tr.id)
	d.records -= len(tr.spans) + len(tr.logs)
	d.evaluate(tr)
	d.recycle(tr)
}

// maxFreeText is the largest arena a recycled trace keeps.
const maxFreeText = 64 << 10

func (d *Detector) recycle(tr *trace) {
	clear(tr.templates) // drop the batches' strings
	tr.spans, tr.logs, tr.text, tr.templates = tr.spans[:0], tr.logs[:0], tr.text[:0], tr.templates[:0]
	if cap(tr.text) > maxFreeText {
		tr.text = nil
	}
	tr.slow = 0
	if len(d.free) < 4096 {
		d.free = append(d.free, tr)
	}
}

// linearSpans is the largest trace whose span ids resolve by a linear
// scan (no map to fill and clear): most traces are a handful of spans.
const linearSpans = 16

// resolve prepares firstOf (span id -> index of its first copy) and fills
// d.entry (span index -> index of its entry span) for one trace, in
// O(spans) (a map beyond linearSpans).
func (d *Detector) resolve(spans []spanRec) {
	d.linear = len(spans) <= linearSpans
	if !d.linear {
		if d.first == nil {
			d.first = map[[8]byte]int32{}
		}
		clear(d.first)
		for i := range spans {
			if _, ok := d.first[spans[i].id]; !ok {
				d.first[spans[i].id] = int32(i)
			}
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

// firstOf returns the index of the first span with id id (resolve).
func (d *Detector) firstOf(spans []spanRec, id [8]byte) (int32, bool) {
	if d.linear {
		for i := range spans {
			if spans[i].id == id {
				return int32(i), true
			}
		}
		return 0, false
	}
	i, ok := d.first[id]
	return i, ok
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
		p, ok := d.firstOf(spans, s.parent)
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
