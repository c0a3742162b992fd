// Learning and judging: the lines each operation nearly always writes
// become expectations; a silent call without one is a miss.

package absence

import (
	"sort"
	"strings"
)

// judge reports whether a call has expectations and whether it silently
// misses one of them, without changing anything.
func (d *Detector) judge(tr *trace, i int32, op *operation) (judged, missing bool) {
	if op == nil {
		return false, false
	}
	silent := d.silent(op, tr, i)
	for h, x := range op.Tmpls {
		if !x.Expected {
			continue
		}
		judged = true
		if silent && !d.has(tr, i, h) {
			return true, true
		}
	}
	return judged, false
}

// has reports whether call i (an entry span) logged template h.
func (d *Detector) has(tr *trace, i int32, h uint64) bool {
	for k := d.tmplHead[i]; k >= 0; k = d.tmplNext[k] {
		if tr.logs[k].tmpl == h {
			return true
		}
	}
	return false
}

// silent reports whether the call wrote only expected lines and failed no
// span: a call that wrote a failure or a line not (yet) expected took
// another path and said so, a call with a span of status Error failed
// visibly, and a missing line there is not silent.
func (d *Detector) silent(op *operation, tr *trace, i int32) bool {
	if tr.spans[i].callFailed {
		return false
	}
	for k := d.tmplHead[i]; k >= 0; k = d.tmplNext[k] {
		l := &tr.logs[k]
		if x := op.Tmpls[l.tmpl]; l.failure || x == nil || !x.Expected {
			return false
		}
	}
	return true
}

// enrich remembers the owner and journey of the operation's log records.
func (op *operation) enrich(tr *trace, l *logRec) {
	if owner := tr.bytes(l.owner); len(owner) > 0 && string(owner) != op.Owner {
		op.Owner = string(owner)
	}
	if journey := tr.bytes(l.journey); len(journey) > 0 && string(journey) != op.Journey {
		op.Journey, op.JourneyWeight = string(journey), l.weight
	}
}

// learn folds one call of an operation (its entry span and the templates
// logged under it) into the operation's expectations.
func (d *Detector) learn(tr *trace, i int32, key uint64) {
	s := &tr.spans[i]
	op := d.ops[key]
	if op == nil {
		if len(d.ops) >= d.cfg.MaxOperations {
			d.stats.OperationsFull++
			return
		}
		op = &operation{Service: tr.str(s.service), Name: tr.str(s.name), Tmpls: map[uint64]*expectation{}}
		d.ops[key] = op
	}
	var user, tenant ref // the call's first ones
	var bh int8
	for k := d.tmplHead[i]; k >= 0; k = d.tmplNext[k] {
		l := &tr.logs[k]
		op.enrich(tr, l)
		if user.n == 0 {
			user = l.user
		}
		if tenant.n == 0 {
			tenant = l.tenant
		}
		if bh == 0 {
			bh = l.bh
		}
	}
	silent := d.silent(op, tr, i)
	// One silent call is one finding: when it misses several expected
	// lines, the miss of the first template (in text order, so the choice
	// is stable) is reported and the others are not counted again.
	var pick *expectation
	for h, x := range op.Tmpls {
		present := d.has(tr, i, h)
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
			x.seq++
			if x.MissRate < missTrigger {
				x.Held, x.held = 0, x.held[:0]
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
		x.seq++
		x.Held++
		if x.MissRate >= missTrigger {
			if pick == nil || x.Template < pick.Template {
				pick = x
			}
			continue
		}
		if len(x.held) < maxHeldCalls {
			x.held = append(x.held, heldCall{trace: tr.id, span: s.id, time: s.end,
				release: tr.str(s.release), env: tr.str(s.env), user: tr.str(user), tenant: tr.str(tenant), bh: bh, seq: x.seq})
			d.judged.mark(tr.id, true)
		}
	}
	if pick != nil {
		// Every held call is reported as itself (its trace and span), the
		// reporting call last; held calls a restart forgot stay a count on
		// the reporting call.
		d.stats.Misses += pick.Held
		miss := func(c heldCall, count int64) Miss {
			return Miss{
				Service: op.Service, Operation: op.Name, Template: pick.Template, Count: count,
				TraceID: c.trace, SpanID: c.span, Time: c.time, Expected: pick.Ratio,
				Release: c.release, Environment: c.env, Owner: op.Owner, Journey: op.Journey, JourneyWeight: op.JourneyWeight,
				User: c.user, Tenant: c.tenant, BusinessHours: c.bh,
			}
		}
		for _, c := range pick.held {
			d.out = append(d.out, miss(c, 1))
		}
		d.out = append(d.out, miss(heldCall{trace: tr.id, span: s.id, time: s.end, release: tr.str(s.release), env: tr.str(s.env), user: tr.str(user), tenant: tr.str(tenant), bh: bh},
			max(pick.Held-int64(len(pick.held)), 1)))
		for _, x := range op.Tmpls {
			if x.MissRate >= missTrigger {
				x.Held, x.held = 0, x.held[:0]
			}
		}
	}
	// Templates seen for the first time start learning with this call.
	for k := d.tmplHead[i]; k >= 0; k = d.tmplNext[k] {
		l := &tr.logs[k]
		if _, ok := op.Tmpls[l.tmpl]; ok || l.failure {
			continue
		}
		if len(op.Tmpls) >= d.cfg.MaxTemplatesPerOperation {
			d.stats.TemplatesFull++
			continue
		}
		op.Tmpls[l.tmpl] = &expectation{Template: strings.Clone(tr.templates[k]), Hits: 1, Calls: 1}
	}
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
