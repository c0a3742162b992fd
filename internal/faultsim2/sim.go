package faultsim2

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// pod is one replica process: service.instance.id is its name.
type pod struct {
	svc      *service
	name     string
	version  string
	node     string
	from, to int64 // lifetime in the window (a rolling release replaces pods)
	bad      bool  // runs the bad release
	// crashed: the process is dead in [downFrom, downTo); its endpoint is
	// unroutable in [downFrom+detect, downTo+ready).
	downFrom, downTo       int64
	unroutedFrom, unrouted int64
	slow                   float64 // CPU factor (cpu_saturation), 0 none
	newLine                string  // an INFO line a benign release added
	gc                     bool    // gc_pause
}

func (p *pod) alive(t int64) bool {
	return t >= p.from && t < p.to && !(p.downTo > 0 && t >= p.downFrom && t < p.downTo)
}

func (p *pod) routable(t int64) bool {
	return t >= p.from && t < p.to && !(p.unrouted > 0 && t >= p.unroutedFrom && t < p.unrouted)
}

// fault is the injected fault of a window.
type fault struct {
	kind    string
	at      int64
	svc     *service
	op      *op
	pod     *pod
	callee  *service // bad_config: the callee whose host no longer resolves
	factor  float64
	extra   time.Duration
	rate    float64
	errType string
	errMsg  string
	topic   *topic
	detail  string
}

type attr struct {
	k string
	v any // string, int, int64, float64, bool
}

type event struct {
	name  string
	t     int64
	attrs []attr
}

type spanRec struct {
	pod       *pod
	scope     string
	trace     [16]byte
	id        [8]byte
	parent    [8]byte
	name      string
	kind      int // 1 internal, 2 server, 3 client, 4 producer, 5 consumer
	start     int64
	end       int64
	attrs     []attr
	status    int // 0 unset, 1 ok, 2 error
	statusMsg string
	events    []event
}

type logRec struct {
	pod    *pod
	scope  string
	t      int64
	sev    int // plog severity number; 0: unparsed stdout line
	body   string
	attrs  []attr
	trace  [16]byte
	span   [8]byte
	traced bool
}

// world is one window being simulated.
type world struct {
	s     *system
	r     *rand.Rand
	start int64
	end   int64
	pods  map[*service][]*pod
	f     *fault
	spans []*spanRec
	logs  []*logRec
	stuck map[*topic]int // poison_message: the blocked partition (+1)
	// released counts the releases of each service up to now
	released map[*service]int
}

const (
	kInternal = 1
	kServer   = 2
	kClient   = 3
	kProducer = 4
	kConsumer = 5
)

func (w *world) newTrace() (t [16]byte) {
	for i := range t {
		t[i] = byte(w.r.UintN(256))
	}
	return
}

func (w *world) newSpan() (s [8]byte) {
	for i := range s {
		s[i] = byte(w.r.UintN(256))
	}
	if s == ([8]byte{}) {
		s[0] = 1
	}
	return
}

func (w *world) lognorm(median time.Duration, sigma float64) int64 {
	return int64(float64(median) * math.Exp(w.r.NormFloat64()*sigma))
}

// ctx is the state of one request as it flows (its trace).
type ctx struct {
	trace [16]byte
	id    string // business id in log lines
	user  string
}

// outcome of serving or calling.
type outcome struct {
	end     int64
	fail    bool
	status  int    // HTTP status (0: gRPC)
	code    int    // gRPC status code
	errType string // error.type
	errMsg  string
	wrong   bool // a malformed payload with a success status
	reset   bool // connection cut (crash)
}

func (w *world) podFor(sv *service, t int64) *pod {
	var live []*pod
	for _, p := range w.pods[sv] {
		if p.routable(t) {
			live = append(live, p)
		}
	}
	if len(live) == 0 {
		return nil
	}
	return live[w.r.IntN(len(live))]
}

// serve runs operation o on pod p from t; parent is the caller's span.
func (w *world) serve(o *op, p *pod, parent [8]byte, t int64, c *ctx, kind int, extra []attr) outcome {
	sv := o.svc
	sp := &spanRec{pod: p, scope: scopeOf(sv, "server"), trace: c.trace, id: w.newSpan(), parent: parent, name: o.name, kind: kind, start: t}
	w.spans = append(w.spans, sp)
	self := w.lognorm(o.self, 0.4)
	if p.slow > 0 {
		self = int64(float64(self) * p.slow * (0.7 + 0.6*w.r.Float64()))
	}
	cur := t + self/3
	f := w.f
	if p.gc && t >= f.at {
		// stop-the-world pauses of f.extra every ~6 s, phase from the fault
		period := int64(6 * time.Second)
		ph := (t - f.at) % period
		if ph < int64(f.extra) {
			cur += int64(f.extra) - ph
		}
	}
	if o.info != "" && (kind == kConsumer || w.r.Float64() < 0.7) {
		w.log(p, c, sp, t+self/4, 9, fill(o.info, c.id, self/1e6), nil)
	}
	if p.newLine != "" && w.r.Float64() < 0.5 {
		// a benign release logs something its predecessor did not
		w.log(p, c, sp, t+self/4, 9, fill(p.newLine, c.id, self/1e6), nil)
	}
	res := outcome{status: 200}
	if sv.grpc {
		res.status = 0
	}
	fail := func(status int, code int, et, msg string) {
		res.fail = true
		res.status, res.code, res.errType, res.errMsg = status, code, et, msg
		if sv.grpc {
			res.status = 0
		}
	}
	var conns int64 // pool wait per request (SlowDatabase, PoolLeak)
	for _, st := range o.steps {
		if res.fail || w.r.Float64() >= st.prob {
			continue
		}
		switch st.kind {
		case stepCall:
			sub := w.call(o, p, sp, st, cur, c)
			cur = sub.end
			switch {
			case sub.fail && (sub.status == 404 || sub.code == 5):
				fail(404, 5, "", sub.errMsg)
				w.log(p, c, sp, cur, 13, sub.errMsg, nil)
			case sub.wrong:
				et, msg := decodeError(sv, st.target)
				fail(500, 13, et, msg)
				w.logError(p, c, sp, cur, et, msg, true)
			case sub.fail && st.optional:
				w.log(p, c, sp, cur, 13, fallbackLine(sv, st.target, sub), nil)
			case sub.fail:
				status, code := 500, 13
				if sub.code == 4 || sub.status == 504 || strings.Contains(strings.ToLower(sub.errType), "timeout") {
					if sv.edge {
						status = 504
					}
					code = 4
				} else if sv.edge {
					status = 502
				}
				if sub.code == 14 {
					code = 14
				}
				msg := propagateLine(sv, st.target, sub)
				fail(status, code, sub.errType, msg)
				w.logError(p, c, sp, cur, sub.errType, msg, sv.lang == langJava)
			}
		case stepCache:
			d := w.lognorm(sv.cache.lat, 0.3)
			w.spans = append(w.spans, &spanRec{pod: p, scope: scopeOf(sv, "redis"), trace: c.trace, id: w.newSpan(), parent: sp.id,
				name: st.dbOp, kind: kClient, start: cur, end: cur + d, attrs: dbAttrs(sv, sv.cache, st.dbOp, "", "")})
			cur += d
		case stepDB:
			db := sv.db
			wait := int64(0)
			if f.svc == sv && t >= f.at && (f.kind == SlowDatabase || f.kind == PoolLeak) {
				var pfail float64
				if f.kind == SlowDatabase {
					// Little's law: connections busy = query rate x query time
					busy := w.s.rate * 0.6 * 2 * f.factor * float64(db.lat) / 1e9
					pfail = math.Max(0, 1-float64(sv.pool)/math.Max(busy, 1))
					wait = w.lognorm(time.Duration(float64(db.lat)*f.factor), 0.5)
				} else {
					drained := math.Min(1, float64(t-f.at)/float64(60*time.Second))
					pfail = drained * drained
				}
				if conns == 0 && w.r.Float64() < pfail {
					cur += int64(sv.poolWait)
					et, msg := poolError(sv)
					fail(500, 14, et, msg)
					w.logError(p, c, sp, cur, et, msg, true)
					continue
				}
				conns++
			}
			d := w.lognorm(db.lat, 0.5)
			if f.kind == SlowDatabase && f.svc == sv && t >= f.at {
				d = int64(float64(d) * f.factor)
			}
			cur += wait
			q, coll := query(db, st)
			ds := &spanRec{pod: p, scope: scopeOf(sv, "db"), trace: c.trace, id: w.newSpan(), parent: sp.id,
				name: dbSpanName(sv, db, st), kind: kClient, start: cur, end: cur + d, attrs: dbAttrs(sv, db, st.dbOp, coll, q)}
			w.spans = append(w.spans, ds)
			if d > int64(time.Second) && sv.lang != langGo && w.r.Float64() < 0.5 {
				w.log(p, c, sp, cur+d, 13, slowQueryLine(sv, d), nil)
			}
			// a deadlock now and then, retried by the service
			if db.system == "mysql" && w.r.Float64() < 0.002 {
				ds.status, ds.statusMsg = 2, "Deadlock found when trying to get lock; try restarting transaction"
				ds.attrs = append(ds.attrs, attr{"error.type", "1213"})
				w.log(p, c, sp, cur+d, 13, "Deadlock found when trying to get lock; try restarting transaction (retrying, attempt 1)", nil)
				cur += d
				d = w.lognorm(db.lat, 0.5)
				w.spans = append(w.spans, &spanRec{pod: p, scope: ds.scope, trace: c.trace, id: w.newSpan(), parent: sp.id, name: ds.name, kind: kClient, start: cur, end: cur + d, attrs: ds.attrs[:len(ds.attrs)-1]})
			}
			cur += d
		case stepPublish:
			w.publish(o, p, sp, st.topic, cur, c)
			cur += w.lognorm(800*time.Microsecond, 0.4)
		}
	}
	// third-party API (rate limited now and then, retried)
	if w.s.ext != nil && w.s.ext.caller == o && !res.fail {
		cur = w.external(p, sp, cur, c)
	}
	// the operation's own faults
	if !res.fail && t >= f.at && f.op == o {
		switch f.kind {
		case CodeException:
			if w.r.Float64() < f.rate {
				fail(500, 13, f.errType, f.errMsg)
				sp.events = append(sp.events, excEvent(cur, f.errType, f.errMsg, stack(sv, o, f.errType)))
				w.logError(p, c, sp, cur, f.errType, f.errMsg, true)
			}
		case ErrorReturn:
			if w.r.Float64() < f.rate {
				res.wrong = true
			}
		}
	}
	if !res.fail && p.bad && f.op == o && w.r.Float64() < f.rate {
		fail(500, 13, f.errType, f.errMsg)
		sp.events = append(sp.events, excEvent(cur, f.errType, f.errMsg, stack(sv, o, f.errType)))
		w.logError(p, c, sp, cur, f.errType, f.errMsg, true)
	}
	if !res.fail && o.chronic > 0 && w.r.Float64() < o.chronic {
		fail(500, 13, o.chronicT, o.chronicM)
		sp.events = append(sp.events, excEvent(cur, o.chronicT, o.chronicM, stack(sv, o, o.chronicT)))
		w.logError(p, c, sp, cur, o.chronicT, o.chronicM, true)
	}
	if !res.fail && o.notFound > 0 && w.r.Float64() < o.notFound {
		// a lookup that misses: a client error, chronic
		fail(404, 5, "", camel(singular(o.noun))+" not found: "+c.id)
		res.fail = true
		w.log(p, c, sp, cur, 13, res.errMsg, nil)
	}
	cur += self * 2 / 3
	sp.end = cur
	res.end = cur
	sp.attrs = serverAttrs(sv, o, p, res, extra)
	if res.fail && (res.status >= 500 || (sv.grpc && res.code != 5)) {
		sp.status = 2
		if !sv.grpc || res.code != 0 {
			sp.statusMsg = res.errMsg
		}
		if sv.grpc && res.code != 0 {
			sp.attrs = append(sp.attrs, attr{"error.type", grpcCodeName(res.code)})
		} else {
			sp.attrs = append(sp.attrs, attr{"error.type", fmt.Sprint(res.status)})
		}
	}
	return res
}

// call is a client call from op caller on pod p to st.target, with the
// caller's timeout and retries.
func (w *world) call(caller *op, p *pod, parent *spanRec, st step, t int64, c *ctx) outcome {
	sv := caller.svc
	tg := st.target
	f := w.f
	var res outcome
	for attempt := 0; attempt <= st.retries; attempt++ {
		cs := &spanRec{pod: p, scope: scopeOf(sv, "client"), trace: c.trace, id: w.newSpan(), parent: parent.id, kind: kClient, start: t}
		w.spans = append(w.spans, cs)
		res = outcome{}
		host := tg.svc.name + tg.svc.hosts
		net := w.lognorm(600*time.Microsecond, 0.3)
		active := t >= f.at
		var tp *pod
		switch {
		case active && f.kind == BadConfig && f.svc == sv && f.callee == tg.svc:
			host = f.errMsg
			res = outcome{fail: true, end: t + w.lognorm(4*time.Millisecond, 0.5), errType: dnsErrType(sv), errMsg: dnsErr(sv, host), code: 14}
		case active && f.kind == CertExpiry && f.svc == tg.svc:
			res = outcome{fail: true, end: t + w.lognorm(6*time.Millisecond, 0.3), errType: tlsErrType(sv), errMsg: tlsErr(sv, host, f.at), code: 14}
		default:
			tp = w.podFor(tg.svc, t)
			if tp == nil {
				res = outcome{fail: true, end: t + 1e6, errType: "503", status: 503, code: 14, errMsg: "no healthy upstream"}
				break
			}
			if !tp.alive(t) {
				res = outcome{fail: true, end: t + w.lognorm(time.Millisecond, 0.3), errType: refusedType(sv), errMsg: refused(sv, host, tg.svc.port), code: 14}
				break
			}
			d1 := net
			if active && f.svc == tg.svc {
				switch f.kind {
				case NetworkDelay:
					d1 += w.lognorm(f.extra, 0.2)
				case PacketLoss:
					if w.r.Float64() < f.rate {
						d1 += int64(200*time.Millisecond) << w.r.IntN(3)
					}
				}
			}
			if active && f.kind == PacketLoss && f.svc == tg.svc && w.r.Float64() < f.rate/4 {
				res = outcome{fail: true, end: t + d1 + w.lognorm(50*time.Millisecond, 0.5), errType: resetType(sv), errMsg: resetErr(sv, host), code: 14, reset: true}
				break
			}
			var extra []attr
			sub := w.serve(tg, tp, cs.id, t+d1, c, kServer, extra)
			d2 := w.lognorm(600*time.Microsecond, 0.3)
			if active && f.svc == tg.svc && f.kind == NetworkDelay {
				d2 += w.lognorm(f.extra, 0.2)
			}
			res = sub
			res.end = sub.end + d2
			if sub.fail {
				// what the client library sees: a status, not the callee's exception
				res.errType, res.errMsg = statusErr(sv, tg, host, sub, c.id)
			}
			if tp.downTo > 0 && tp.downFrom > t+d1 && tp.downFrom < sub.end {
				// the replica died with the request in flight
				res = outcome{fail: true, end: tp.downFrom + d2, errType: resetType(sv), errMsg: resetErr(sv, host), code: 14, reset: true}
			}
		}
		if res.end-t > int64(sv.timeout) {
			res = outcome{fail: true, end: t + int64(sv.timeout), errType: timeoutType(sv), errMsg: timeoutErr(sv, tg, host, c.id), code: 4}
		}
		cs.end = res.end
		cs.name, cs.attrs = clientSpan(sv, tg, host, res, attempt)
		if res.fail && !(res.status == 404 || res.code == 5) {
			cs.status = 2
			if res.status >= 500 && res.errType == "" {
				res.errType = fmt.Sprint(res.status)
			}
		} else if res.fail {
			cs.status = 2 // 4xx on a client span is an error (semconv)
		}
		if res.fail && (res.status == 404 || res.code == 5) {
			return res // not retryable, the caller handles it
		}
		if !res.fail || res.wrong {
			return res
		}
		retryable := res.code == 4 || res.code == 14 || res.status == 503 || res.status == 502 || res.status == 504
		if !retryable || attempt == st.retries {
			return res
		}
		w.log(p, c, parent, res.end, 13, retryLine(sv, tg, res, attempt+1), nil)
		t = res.end + int64(50*time.Millisecond)<<attempt + w.r.Int64N(int64(20*time.Millisecond))
	}
	return res
}

func (w *world) publish(o *op, p *pod, parent *spanRec, tp *topic, t int64, c *ctx) {
	sv := o.svc
	ps := &spanRec{pod: p, scope: scopeOf(sv, tp.system), trace: c.trace, id: w.newSpan(), parent: parent.id, kind: kProducer, start: t, end: t + w.lognorm(700*time.Microsecond, 0.4)}
	part := w.r.IntN(tp.partitions)
	if sv.oldConv {
		ps.name = tp.name + " send"
	} else {
		ps.name = "send " + tp.name
	}
	ps.attrs = []attr{{"messaging.system", tp.system}, {"messaging.destination.name", tp.name}, {"messaging.operation.type", "send"}, {"server.address", tp.system + "-broker"}}
	if tp.system == "kafka" {
		ps.attrs = append(ps.attrs, attr{"messaging.destination.partition.id", fmt.Sprint(part)})
	}
	w.spans = append(w.spans, ps)
	co := tp.consumer
	at := ps.end + w.lognorm(15*time.Millisecond, 0.8)
	f := w.f
	if f.kind == PoisonMessage && f.topic == tp {
		if w.stuck[tp] == 0 && at >= f.at {
			w.stuck[tp] = part + 1
			w.poison(co, tp, part, ps, at, c)
			return
		}
		if w.stuck[tp] == part+1 {
			return // behind the poison record: never consumed in the window
		}
	}
	cp := w.podFor(co.svc, at)
	if cp == nil || !cp.alive(at) {
		return
	}
	w.serve(co, cp, ps.id, at, c, kConsumer, []attr{{"messaging.destination.partition.id", fmt.Sprint(part)}})
}

// poison: the consumer fails to deserialize the record and retries it
// until the window ends (an error handler with unbounded retries).
func (w *world) poison(co *op, tp *topic, part int, ps *spanRec, at int64, c *ctx) {
	sv := co.svc
	cp := w.podFor(sv, at)
	if cp == nil {
		return
	}
	offset := 10000 + w.r.IntN(900000)
	et, msg := deserError(sv, tp, part, offset)
	back := int64(time.Second) * int64(1+w.r.IntN(5))
	for t := at; t < w.end; t += back + w.r.Int64N(int64(100*time.Millisecond)) {
		s := &spanRec{pod: cp, scope: scopeOf(sv, tp.system), trace: c.trace, id: w.newSpan(), parent: ps.id, name: co.name, kind: kConsumer, start: t, end: t + w.lognorm(2*time.Millisecond, 0.3)}
		s.attrs = []attr{{"messaging.system", tp.system}, {"messaging.destination.name", tp.name}, {"messaging.operation.type", "process"}, {"messaging.destination.partition.id", fmt.Sprint(part)}, {"error.type", et}}
		s.status, s.statusMsg = 2, msg
		s.events = append(s.events, excEvent(s.end, et, msg, stack(sv, co, et)))
		w.spans = append(w.spans, s)
		w.logError(cp, c, s, s.end, et, msg, true)
	}
}

func (w *world) external(p *pod, parent *spanRec, t int64, c *ctx) int64 {
	sv := p.svc
	for attempt := 0; attempt < 3; attempt++ {
		d := w.lognorm(120*time.Millisecond, 0.4)
		limited := w.r.Float64() < 0.03
		cs := &spanRec{pod: p, scope: scopeOf(sv, "client"), trace: c.trace, id: w.newSpan(), parent: parent.id, kind: kClient, start: t, end: t + d}
		st := 200
		if limited {
			st = 429
		}
		cs.name, cs.attrs = extSpan(sv, w.s.ext.host, st, attempt)
		if limited {
			cs.status = 2
			cs.attrs = append(cs.attrs, attr{"error.type", "429"})
		}
		w.spans = append(w.spans, cs)
		t += d
		if !limited {
			break
		}
		w.log(p, c, parent, t, 13, fmt.Sprintf("Rate limited by %s (429), retrying in %dms", w.s.ext.host, 200<<attempt), nil)
		t += int64(200*time.Millisecond) << attempt
	}
	return t
}

func (w *world) log(p *pod, c *ctx, sp *spanRec, t int64, sev int, body string, attrs []attr) {
	sv := p.svc
	if sv.noLogs || !p.alive(t) {
		return
	}
	l := &logRec{pod: p, scope: loggerOf(sv), t: t, sev: sev, body: body, attrs: attrs}
	if sv.traceLog && c != nil && sp != nil {
		l.trace, l.span, l.traced = c.trace, sp.id, true
	}
	if !sv.traceLog {
		l.body = rawLine(sv, p, t, sev, body)
		l.sev = 0
		l.attrs = nil
	}
	w.logs = append(w.logs, l)
}

func (w *world) logError(p *pod, c *ctx, sp *spanRec, t int64, et, msg string, withStack bool) {
	var attrs []attr
	if et != "" && !isNumeric(et) {
		attrs = append(attrs, attr{"exception.type", et}, attr{"exception.message", msg})
		if withStack && p.svc.lang != langGo {
			attrs = append(attrs, attr{"exception.stacktrace", stack(p.svc, nil, et)})
		}
	}
	body := msg
	if p.svc.lang == langJava && len(attrs) > 0 {
		body = "Request processing failed: " + et + ": " + msg
		if w.r.IntN(2) == 0 {
			body = "Servlet.service() for servlet [dispatcherServlet] threw exception"
		}
	}
	w.log(p, c, sp, t, 17, body, attrs)
}

func isNumeric(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func fill(tmpl, id string, ms int64) string {
	s := strings.ReplaceAll(tmpl, "{id}", id)
	return strings.ReplaceAll(s, "{ms}", fmt.Sprint(ms))
}

// request simulates one user request arriving at t.
func (w *world) request(t int64) {
	s := w.s
	var tot float64
	for _, x := range s.entryW {
		tot += x
	}
	x := w.r.Float64() * tot
	k := 0
	for k = range s.entryW {
		if x -= s.entryW[k]; x < 0 {
			break
		}
	}
	o := s.entries[k]
	c := &ctx{trace: w.newTrace(), id: fmt.Sprint(100000 + w.r.IntN(900000)), user: fmt.Sprintf("u%06d", w.r.IntN(50000))}
	p := w.podFor(o.svc, t)
	if p == nil || !p.alive(t) {
		return
	}
	if w.r.Float64() < 0.004 {
		// an expired or forged token: 401 at the edge, chronic
		sp := &spanRec{pod: p, scope: scopeOf(o.svc, "server"), trace: c.trace, id: w.newSpan(), name: o.name, kind: kServer, start: t, end: t + w.lognorm(2*time.Millisecond, 0.3)}
		sp.attrs = serverAttrs(o.svc, o, p, outcome{fail: true, status: 401}, nil)
		w.spans = append(w.spans, sp)
		w.log(p, c, sp, sp.end, 13, "JWT validation failed: token expired", nil)
		return
	}
	w.serve(o, p, [8]byte{}, t, c, kServer, nil)
}

// probes: the kubelet's readiness/liveness probes every 10 s per replica
// (traced only by services that do not filter them out).
func (w *world) probes() {
	for _, sv := range w.s.services {
		if !sv.probes {
			continue
		}
		for _, p := range w.pods[sv] {
			off := w.r.Int64N(int64(10 * time.Second))
			for t := w.start + off; t < w.end; t += int64(10 * time.Second) {
				if !p.alive(t) {
					continue
				}
				c := &ctx{trace: w.newTrace()}
				sp := &spanRec{pod: p, scope: scopeOf(sv, "server"), trace: c.trace, id: w.newSpan(), kind: kServer, start: t, end: t + w.lognorm(900*time.Microsecond, 0.3)}
				if sv.grpc {
					sp.name = "grpc.health.v1.Health/Check"
					sp.attrs = []attr{{"rpc.system", "grpc"}, {"rpc.service", "grpc.health.v1.Health"}, {"rpc.method", "Check"}, {"rpc.grpc.status_code", 0}}
				} else {
					route := map[lang]string{langJava: "/actuator/health", langGo: "/healthz", langNode: "/health", langPython: "/health"}[sv.lang]
					sp.name = "GET " + route
					sp.attrs = httpServerAttrs(sv, "GET", route, route, 200, "kube-probe/1.30")
				}
				w.spans = append(w.spans, sp)
			}
		}
	}
}

// job: a scheduled task in one service that fails now and then (a lock
// held by another replica), with no trace context: chronic noise.
func (w *world) job() {
	sv := w.s.job
	if sv == nil {
		return
	}
	for t := w.start + w.r.Int64N(int64(30*time.Second)); t < w.end; t += int64(30 * time.Second) {
		p := w.pods[sv][0]
		if !p.alive(t) {
			continue
		}
		if w.r.Float64() < 0.3 {
			w.log(p, nil, nil, t, 17, "Scheduled task reconcile"+camel(sv.noun)+" failed: could not acquire lock, held by "+w.pods[sv][len(w.pods[sv])-1].name, nil)
		} else {
			w.log(p, nil, nil, t, 9, "Scheduled task reconcile"+camel(sv.noun)+" completed", nil)
		}
	}
}

// traffic: a Poisson stream whose rate drifts over the window with a
// burst now and then.
func (w *world) traffic(scale float64) {
	phase := w.r.Float64() * 2 * math.Pi
	burstAt := w.start + w.r.Int64N(w.end-w.start)
	burstLen := int64(time.Duration(10+w.r.IntN(30)) * time.Second)
	t := w.start
	for {
		x := float64(t-w.start) / float64(w.end-w.start)
		rate := w.s.rate * scale * (1 + 0.25*math.Sin(phase+x*2*math.Pi))
		if t >= burstAt && t < burstAt+burstLen {
			rate *= 1.6
		}
		t += int64(w.r.ExpFloat64() / rate * 1e9)
		if t >= w.end {
			return
		}
		w.request(t)
	}
}

// sortRecords orders spans and logs by time (stable: same input, same
// output).
func (w *world) sortRecords() {
	slices.SortStableFunc(w.spans, func(a, b *spanRec) int { return cmp.Compare(a.end, b.end) })
	slices.SortStableFunc(w.logs, func(a, b *logRec) int { return cmp.Compare(a.t, b.t) })
}
