package faultsim

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
)

func mathExp(x float64) float64 { return math.Exp(x) }

const requestsPerBatch = 40

// Generate returns the windows of system i: two fault-free windows, then
// opt.CasesPerSystem fault cases, all of the same simulated day.
// The result depends only on (seed, i, opt).
func Generate(seed uint64, i int, opt Options) []Window {
	opt = opt.withDefaults()
	s := newSystem(seed, i, opt)
	r := rand.New(rand.NewPCG(seed^0x5eed, uint64(i)))
	var out []Window
	day := s.day.Format("2006-01-02")
	for n := 0; n < 2; n++ {
		start := s.day.Add(8*time.Hour + time.Duration(n)*(opt.Window+time.Minute))
		lb := Label{Source: "faultsim", System: s.info()}
		lb.ID = fmt.Sprintf("%s_%s_%s_normal", day, start.Format("1504"), s.name)
		lb.Kind = otlpjson.KindNormal
		lb.Day = day
		lb.DataStart, lb.DataEnd, lb.WindowEnd = start, start.Add(opt.Window), start.Add(opt.Window)
		out = append(out, s.window(rand.New(rand.NewPCG(r.Uint64(), r.Uint64())), lb, start, opt, nil))
	}
	kinds := FaultKinds
	for c := 0; c < opt.CasesPerSystem; c++ {
		start := s.day.Add(9*time.Hour + time.Duration(c)*(opt.Window+2*time.Minute))
		at := start.Add(opt.Window * 2 / 5)
		// cycle through the kinds across systems so every kind is covered
		var f *fault
		var kind string
		for k := 0; k < len(kinds) && f == nil; k++ {
			kind = kinds[(i*opt.CasesPerSystem+c+k)%len(kinds)]
			f = s.pickFault(r, kind, at)
		}
		if f == nil {
			continue
		}
		lb := Label{Source: "faultsim", System: s.info(), Detail: f.detail()}
		lb.ID = fmt.Sprintf("%s_%s_%s_%s_%s", day, start.Format("1504"), s.name, f.svc.name, kind)
		lb.Kind = otlpjson.KindFault
		lb.Day = day
		lb.RootCauseService = f.svc.name
		lb.FaultType = kind
		lb.FaultClass = faultClass(kind)
		lb.InjectTime = at
		lb.DataStart, lb.DataEnd, lb.WindowEnd = start, start.Add(opt.Window), start.Add(opt.Window)
		if f.op != nil {
			lb.RootCauseOperation = f.op.name
		}
		if f.dep != nil {
			lb.RootCauseDependency = f.dep.system + "://" + f.dep.host
		}
		out = append(out, s.window(rand.New(rand.NewPCG(r.Uint64(), r.Uint64())), lb, start, opt, f))
	}
	return out
}

func (s *system) window(r *rand.Rand, lb Label, start time.Time, opt Options, f *fault) Window {
	if opt.Only != "" && opt.Only != lb.ID {
		return Window{Label: lb}
	}
	return s.simulate(r, lb, start, opt.Window, f)
}

// Labels returns the labels of system i's windows (as Generate, without
// simulating the traffic).
func Labels(seed uint64, i int, opt Options) []Label {
	opt.Only = "\x00none"
	var out []Label
	for _, w := range Generate(seed, i, opt) {
		out = append(out, w.Label)
	}
	return out
}

func (f *fault) detail() string {
	switch f.kind {
	case Exception, ErrorReturn, PartialFailure, BadRelease:
		s := fmt.Sprintf("%s fails in %.0f%% of calls with %s: %s", f.op.name, 100*f.rate, f.errType, f.errMsg)
		if f.kind == BadRelease {
			s = fmt.Sprintf("release %s of %s; ", f.version, f.svc.name) + s
		}
		return s
	case Latency:
		return fmt.Sprintf("self time of %s x%.1f", f.op.name, f.factor)
	case NetworkDelay:
		return fmt.Sprintf("+%s each way on every connection of %s", f.extra, f.svc.name)
	case CPUSaturation:
		return fmt.Sprintf("every operation of %s x%.1f slower, widely spread", f.svc.name, f.factor)
	case RetryStorm:
		return fmt.Sprintf("%s overloaded: %.0f%% of calls answer unavailable, callers retry up to 3 times", f.op.name, 100*f.rate)
	case DependencyDown:
		return fmt.Sprintf("%s %s (owned by %s) refuses connections", f.dep.system, f.dep.host, f.svc.name)
	case SilentFailure:
		return fmt.Sprintf("%s stops writing %q in %.0f%% of calls", f.op.name, f.op.lines[f.line], 100*f.rate)
	case CascadingTimeout:
		return fmt.Sprintf("every operation of %s +%s: its callers time out", f.svc.name, f.extra)
	}
	return f.kind
}

// callsPerRequest estimates how often each operation runs per request.
func (s *system) callsPerRequest(r *rand.Rand) map[*operation]float64 {
	m := map[*operation]float64{}
	const n = 400
	var walk func(op *operation, d int)
	walk = func(op *operation, d int) {
		m[op]++
		if d > 12 {
			return
		}
		for _, c := range op.calls {
			if r.Float64() >= c.prob {
				continue
			}
			switch c.kind {
			case callService:
				walk(c.target, d+1)
			case callPublish:
				walk(c.dep.consumer, d+1)
			}
		}
	}
	for k := 0; k < n; k++ {
		walk(s.pickEntry(r), 0)
	}
	for k := range m {
		m[k] /= n
	}
	return m
}

// pickFault chooses a target for kind and the fault's parameters, or nil
// when the system has no fitting target.
func (s *system) pickFault(r *rand.Rand, kind string, at time.Time) *fault {
	cpr := s.callsPerRequest(r)
	// at least ~40 calls of the target after injection
	minShare := 40 / (s.rate * 140)
	var ops []*operation
	for _, sv := range s.services {
		for _, op := range sv.ops {
			if cpr[op] >= minShare {
				ops = append(ops, op)
			}
		}
	}
	pick := func(ok func(*operation) bool) *operation {
		var c []*operation
		for _, op := range ops {
			if ok(op) {
				c = append(c, op)
			}
		}
		if len(c) == 0 {
			return nil
		}
		return c[r.IntN(len(c))]
	}
	hasCaller := func(op *operation) bool { return op.svc.tier > 0 }
	f := &fault{kind: kind, at: at.UnixNano()}
	var op *operation
	switch kind {
	case Exception:
		op = pick(func(*operation) bool { return true })
		if op != nil {
			f.errType, f.errMsg = exceptionFor(r, op)
			f.rate = 0.6 + 0.4*r.Float64()
		}
	case ErrorReturn:
		op = pick(func(*operation) bool { return true })
		if op != nil {
			f.errType = "500"
			if op.svc.proto == protoGRPC {
				f.errType = "INTERNAL"
			}
			f.errMsg = []string{"%s state is inconsistent: version conflict", "insufficient %s quota", "%s not found in upstream response", "could not reserve %s"}[r.IntN(4)]
			f.errMsg = strings.ReplaceAll(f.errMsg, "%s", op.noun)
			f.rate = 0.6 + 0.4*r.Float64()
		}
	case PartialFailure:
		op = pick(func(*operation) bool { return true })
		if op != nil {
			f.errType = "500"
			if op.svc.proto == protoGRPC {
				f.errType = "UNAVAILABLE"
			}
			f.errMsg = fmt.Sprintf("partition %d of %s store is read-only", r.IntN(16), op.noun)
			f.rate = 0.1 + 0.2*r.Float64()
		}
	case BadRelease:
		op = pick(func(o *operation) bool { return o.consumer == nil })
		if op != nil {
			f.errType, f.errMsg = nilError(op.svc.lang)
			f.rate = 0.2 + 0.5*r.Float64()
			var a, b, c int
			fmt.Sscanf(op.svc.version, "%d.%d.%d", &a, &b, &c)
			f.version = fmt.Sprintf("%d.%d.0", a, b+1)
		}
	case Latency:
		op = pick(func(*operation) bool { return true })
		if op != nil {
			f.factor = 5 + 25*r.Float64()
			f.extra = time.Duration(50+r.IntN(400)) * time.Millisecond
		}
	case NetworkDelay:
		op = pick(hasCaller)
		if op != nil {
			f.extra = time.Duration(100+r.IntN(300)) * time.Millisecond
			op, f.svc = nil, op.svc
		}
	case CPUSaturation:
		op = pick(func(*operation) bool { return true })
		if op != nil {
			f.factor = 3 + 5*r.Float64()
			op, f.svc = nil, op.svc
		}
	case RetryStorm:
		op = pick(func(o *operation) bool { return hasCaller(o) && o.consumer == nil })
		if op != nil {
			f.rate = 0.3 + 0.4*r.Float64()
			f.factor = 2 + 3*r.Float64()
			f.errType = "503"
			if op.svc.proto == protoGRPC {
				f.errType = "UNAVAILABLE"
			}
			f.errMsg = "server overloaded, request rejected"
		}
	case DependencyDown:
		op = pick(func(o *operation) bool {
			for _, c := range o.calls {
				if c.kind == callDB || c.kind == callCache || c.kind == callExternal {
					return true
				}
			}
			return false
		})
		if op != nil {
			var cands []*dependency
			for _, c := range op.calls {
				if c.kind == callDB || c.kind == callCache || c.kind == callExternal {
					cands = append(cands, c.dep)
				}
			}
			f.dep = cands[r.IntN(len(cands))]
			f.errType, f.errMsg = connError(op.svc.lang, f.dep)
			f.rate = 1
			op, f.svc = nil, op.svc
		}
	case SilentFailure:
		if s.traceOnly {
			return nil
		}
		op = pick(func(o *operation) bool { return len(o.lines) >= 2 })
		if op != nil {
			f.line = 1 + r.IntN(len(op.lines)-1)
			f.rate = 0.8 + 0.2*r.Float64()
		}
	case CascadingTimeout:
		// a slow leaf: a called service that calls no other service
		op = pick(func(o *operation) bool {
			if !hasCaller(o) || o.consumer != nil {
				return false
			}
			for _, p := range o.svc.ops {
				for _, c := range p.calls {
					if c.kind == callService {
						return false
					}
				}
			}
			return true
		})
		if op != nil {
			f.extra = time.Duration(3+r.IntN(5)) * time.Second
			op, f.svc = nil, op.svc
		}
	}
	if op == nil && f.svc == nil {
		return nil
	}
	if op != nil {
		f.op, f.svc = op, op.svc
	}
	return f
}

func exceptionFor(r *rand.Rand, op *operation) (string, string) {
	switch op.svc.lang {
	case langJava:
		return []string{"java.lang.IllegalStateException", "java.lang.ArithmeticException", "java.lang.IndexOutOfBoundsException", "java.lang.NumberFormatException"}[r.IntN(4)],
			[]string{"No " + op.noun + " available for the requested date", "/ by zero", "Index 3 out of bounds for length 3", "For input string: \"N/A\""}[r.IntN(4)]
	case langGo:
		return "runtime.Error", []string{"runtime error: index out of range [3] with length 3", "runtime error: integer divide by zero"}[r.IntN(2)]
	}
	return []string{"KeyError", "TypeError", "ZeroDivisionError"}[r.IntN(3)],
		[]string{"'" + op.noun + "_id'", "unsupported operand type(s) for +: 'int' and 'NoneType'", "division by zero"}[r.IntN(3)]
}

func nilError(l language) (string, string) {
	switch l {
	case langJava:
		return "java.lang.NullPointerException", "Cannot invoke \"String.length()\" because \"code\" is null"
	case langGo:
		return "runtime.Error", "runtime error: invalid memory address or nil pointer dereference"
	}
	return "AttributeError", "'NoneType' object has no attribute 'get'"
}

func connError(l language, d *dependency) (string, string) {
	addr := fmt.Sprintf("%s:%d", d.host, d.port)
	switch l {
	case langJava:
		switch d.system {
		case "postgresql":
			return "org.postgresql.util.PSQLException", "Connection to " + addr + " refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."
		case "mysql":
			return "com.mysql.cj.jdbc.exceptions.CommunicationsException", "Communications link failure"
		case "mongodb":
			return "com.mongodb.MongoTimeoutException", "Timed out after 30000 ms while waiting to connect"
		case "redis":
			return "io.lettuce.core.RedisConnectionException", "Unable to connect to " + addr
		}
		return "java.net.ConnectException", "Connection refused"
	case langGo:
		return "*net.OpError", "dial tcp " + addr + ": connect: connection refused"
	}
	return "ConnectionRefusedError", "[Errno 111] Connection refused"
}

// ---------------------------------------------------------------------
// Traffic

type emitter struct {
	s     *system
	r     *rand.Rand
	f     *fault
	out   *Window
	td    ptrace.Traces
	ld    plog.Logs
	spans map[string]ptrace.SpanSlice
	logs  map[string]plog.LogRecordSlice
}

type outcome struct {
	end     int64
	fail    bool
	status  int // HTTP status
	code    int // gRPC status code
	errType string
	timeout bool
}

func (s *system) simulate(r *rand.Rand, lb Label, start time.Time, dur time.Duration, f *fault) Window {
	w := Window{Label: lb}
	e := &emitter{s: s, r: r, f: f, out: &w}
	e.reset()
	t := start.UnixNano()
	end := start.Add(dur).UnixNano()
	n := 0
	for {
		t += int64(r.ExpFloat64() / s.rate * float64(time.Second))
		if t >= end {
			break
		}
		tid := e.traceID()
		e.serve(s.pickEntry(r), tid, pcommon.NewSpanIDEmpty(), t, 0, 0, ptrace.SpanKindServer)
		n++
		if n%requestsPerBatch == 0 {
			e.flush()
		}
	}
	e.flush()
	for _, td := range w.Traces {
		w.Label.Stats.Spans += td.SpanCount()
	}
	for _, ld := range w.Logs {
		w.Label.Stats.LogRecords += ld.LogRecordCount()
	}
	return w
}

func (e *emitter) reset() {
	e.td, e.ld = ptrace.NewTraces(), plog.NewLogs()
	e.spans, e.logs = map[string]ptrace.SpanSlice{}, map[string]plog.LogRecordSlice{}
}

func (e *emitter) flush() {
	if e.td.SpanCount() > 0 {
		e.out.Traces = append(e.out.Traces, e.td)
	}
	if e.ld.LogRecordCount() > 0 {
		e.out.Logs = append(e.out.Logs, e.ld)
	}
	e.reset()
}

func (e *emitter) traceID() pcommon.TraceID {
	var id pcommon.TraceID
	for k := range id {
		id[k] = byte(e.r.Uint32())
	}
	return id
}

func (e *emitter) spanID() pcommon.SpanID {
	var id pcommon.SpanID
	for k := range id {
		id[k] = byte(e.r.Uint32())
	}
	if id.IsEmpty() {
		id[0] = 1
	}
	return id
}

func (e *emitter) active(t int64) bool { return e.f != nil && t >= e.f.at }

func (e *emitter) version(sv *service, t int64) string {
	if e.active(t) && e.f.kind == BadRelease && e.f.svc == sv {
		return e.f.version
	}
	return sv.version
}

func setResource(res pcommon.Resource, sv *service, version string) {
	a := res.Attributes()
	a.PutStr("service.name", sv.name)
	a.PutStr("service.version", version)
	a.PutStr("service.instance.id", sv.inst)
	a.PutStr("telemetry.sdk.language", []string{"java", "go", "python"}[sv.lang])
}

func (e *emitter) newSpan(sv *service, t int64) ptrace.Span {
	v := e.version(sv, t)
	key := sv.name + "\x00" + v
	ss, ok := e.spans[key]
	if !ok {
		rs := e.td.ResourceSpans().AppendEmpty()
		setResource(rs.Resource(), sv, v)
		sc := rs.ScopeSpans().AppendEmpty()
		sc.Scope().SetName("io.opentelemetry." + []string{"java", "go", "python"}[sv.lang])
		ss = sc.Spans()
		e.spans[key] = ss
	}
	return ss.AppendEmpty()
}

// log writes a log record (not in trace-only systems).
func (e *emitter) log(site int, sv *service, op *operation, tid pcommon.TraceID, sid pcommon.SpanID, t int64, sev plog.SeverityNumber, body string, exc [3]string) {
	if e.s.traceOnly {
		return
	}
	v := e.version(sv, t)
	key := sv.name + "\x00" + v
	ls, ok := e.logs[key]
	if !ok {
		rl := e.ld.ResourceLogs().AppendEmpty()
		setResource(rl.Resource(), sv, v)
		sc := rl.ScopeLogs().AppendEmpty()
		sc.Scope().SetName(op.function[:max(0, strings.LastIndexByte(op.function, '.'))])
		ls = sc.LogRecords()
		e.logs[key] = ls
	}
	lr := ls.AppendEmpty()
	lr.SetTimestamp(pcommon.Timestamp(t))
	lr.SetObservedTimestamp(pcommon.Timestamp(t + int64(time.Millisecond)))
	lr.SetSeverityNumber(sev)
	lr.SetSeverityText(map[plog.SeverityNumber]string{plog.SeverityNumberInfo: "INFO", plog.SeverityNumberWarn: "WARN", plog.SeverityNumberError: "ERROR"}[sev])
	lr.SetTraceID(tid)
	lr.SetSpanID(sid)
	if exc[0] != "" && e.s.stackBody {
		body += "\n" + exc[2]
	}
	lr.Body().SetStr(body)
	if e.s.codeAttrs {
		lr.Attributes().PutStr("code.function.name", op.function)
		lr.Attributes().PutStr("code.file.path", op.file)
		lr.Attributes().PutInt("code.line.number", int64(site+len(op.name)%17))
	}
	if exc[0] != "" && !e.s.stackBody {
		lr.Attributes().PutStr("exception.type", exc[0])
		lr.Attributes().PutStr("exception.message", exc[1])
		lr.Attributes().PutStr("exception.stacktrace", exc[2])
	}
}

func (e *emitter) fill(line string) string {
	if !strings.Contains(line, "%d") {
		return line
	}
	return fmt.Sprintf(line, 1000+e.r.IntN(90000))
}

func jitter(r *rand.Rand, d time.Duration, sigma float64) int64 {
	return int64(lognormal(r, d, sigma))
}

// serve runs op (a SERVER or CONSUMER span) starting at t and returns when
// and how it ended.
func (e *emitter) serve(op *operation, tid pcommon.TraceID, parent pcommon.SpanID, t int64, depth, attempt int, kind ptrace.SpanKind) outcome {
	r, sv := e.r, op.svc
	sid := e.spanID()
	start := t
	active := e.active(t)
	f := e.f
	self := float64(jitter(r, op.self, 0.35))
	if active && f.svc == sv {
		switch f.kind {
		case Latency:
			if f.op == op {
				self = self*f.factor + float64(jitter(r, f.extra, 0.3))
			}
		case CPUSaturation:
			self *= f.factor * math.Exp(r.NormFloat64()*0.6)
		case CascadingTimeout:
			self += float64(jitter(r, f.extra, 0.2))
		case RetryStorm:
			if f.op == op {
				self *= f.factor
			}
		}
	}
	t += int64(self / 4)
	if len(op.lines) > 0 {
		e.log(107, sv, op, tid, sid, t, plog.SeverityNumberInfo, e.fill(op.lines[0]), [3]string{})
	}
	if active && f.kind == BadRelease && f.svc == sv && op == sv.ops[0] {
		e.log(114, sv, op, tid, sid, t, plog.SeverityNumberInfo, "Feature flag fast-path enabled for "+op.noun, [3]string{})
	}
	var res outcome
	fail := func(status, code int, errType string) {
		res.fail, res.status, res.code, res.errType = true, status, code, errType
	}
	var exc [3]string
	// early failures: the handler returns an error before calling anything
	switch {
	case op.chronic != nil && r.Float64() < op.chronic.rate:
		c := op.chronic
		if c.stack {
			exc = [3]string{c.errType, c.msg, stack(sv, op, c.errType, c.msg)}
		}
		sev := plog.SeverityNumberError
		if c.status < 500 {
			sev = plog.SeverityNumberWarn
		}
		e.log(121, sv, op, tid, sid, t, sev, fmt.Sprintf("Request failed: %s", c.msg), exc)
		fail(c.status, map[int]int{400: 3, 500: 13}[c.status], c.errType)
	case active && f.op == op && f.kind == ErrorReturn && r.Float64() < f.rate,
		active && f.op == op && f.kind == PartialFailure && r.Float64() < f.rate:
		e.log(128, sv, op, tid, sid, t, plog.SeverityNumberError, fmt.Sprintf("Failed to process %s %d: %s", op.noun, 1000+r.IntN(90000), f.errMsg), [3]string{})
		if f.kind == PartialFailure && sv.proto == protoGRPC {
			fail(503, 14, "UNAVAILABLE")
		} else {
			fail(500, 13, f.errType)
		}
	case active && f.op == op && f.kind == RetryStorm && r.Float64() < f.rate:
		e.log(135, sv, op, tid, sid, t, plog.SeverityNumberWarn, "Rejecting request: too many concurrent requests (limit 200)", [3]string{})
		fail(503, 14, f.errType)
	}
	silent := active && f.kind == SilentFailure && f.op == op && r.Float64() < f.rate
	// calls
	if !res.fail {
		for ci, c := range op.calls {
			if r.Float64() >= c.prob {
				continue
			}
			if c.line != "" {
				e.log(300+2*ci, sv, op, tid, sid, t, plog.SeverityNumberInfo, c.line, [3]string{})
			}
			var o outcome
			switch c.kind {
			case callService:
				o = e.callService(op, c, tid, sid, t, depth)
			case callPublish:
				o = e.publish(op, c, tid, sid, t, depth)
			default:
				o = e.callDep(op, c, tid, sid, t)
			}
			t = o.end + int64(jitter(r, 100*time.Microsecond, 0.5))
			if !o.fail {
				continue
			}
			var target string
			if c.kind == callService {
				target = c.target.svc.name
			} else {
				target = c.dep.targetName()
			}
			if c.optional {
				e.log(149, sv, op, tid, sid, t, plog.SeverityNumberWarn, fmt.Sprintf("%s unavailable (%s), using fallback", target, o.errType), [3]string{})
				continue
			}
			if c.kind != callService {
				// the dependency's error surfaces as an exception here
				exc = [3]string{o.errType, depMessage(f, c), stack(sv, op, o.errType, depMessage(f, c))}
				e.log(156, sv, op, tid, sid, t, plog.SeverityNumberError, fmt.Sprintf("Error handling %s: %s", op.name, depMessage(f, c)), exc)
				fail(500, 13, o.errType)
				break
			}
			msg := fmt.Sprintf("Call to %s failed: %s", target, o.errType)
			if o.timeout {
				msg = fmt.Sprintf("Timeout after %d ms calling %s", c.timeout.Milliseconds(), target)
				e.log(163, sv, op, tid, sid, t, plog.SeverityNumberError, msg, [3]string{})
				fail(504, 4, o.errType)
			} else {
				e.log(170, sv, op, tid, sid, t, plog.SeverityNumberError, msg, [3]string{})
				fail(500, 13, o.errType)
			}
			break
		}
	}
	t += int64(self * 3 / 4)
	// late failures: the handler throws after doing its work
	if !res.fail && active && f.op == op {
		switch {
		case f.kind == Exception && r.Float64() < f.rate,
			f.kind == BadRelease && r.Float64() < f.rate:
			exc = [3]string{f.errType, f.errMsg, stack(sv, op, f.errType, f.errMsg)}
			e.log(177, sv, op, tid, sid, t, plog.SeverityNumberError, fmt.Sprintf("Unhandled exception processing %s", op.name), exc)
			fail(500, 2, f.errType)
		}
	}
	if !res.fail {
		for k, l := range op.lines[min(1, len(op.lines)):] {
			if silent && k+1 == f.line {
				continue
			}
			e.log(400+3*k, sv, op, tid, sid, t-int64(len(op.lines)-k)*int64(50*time.Microsecond), plog.SeverityNumberInfo, e.fill(l), [3]string{})
		}
		if op.warn != "" && r.Float64() < op.warnRate {
			e.log(191, sv, op, tid, sid, t, plog.SeverityNumberWarn, e.fill(op.warn), [3]string{})
		}
	}
	res.end = t
	sp := e.newSpan(sv, start)
	sp.SetTraceID(tid)
	sp.SetSpanID(sid)
	if !parent.IsEmpty() {
		sp.SetParentSpanID(parent)
	}
	sp.SetName(op.name)
	sp.SetKind(kind)
	sp.SetStartTimestamp(pcommon.Timestamp(start))
	sp.SetEndTimestamp(pcommon.Timestamp(t))
	a := sp.Attributes()
	switch {
	case op.consumer != nil:
		a.PutStr("messaging.system", op.consumer.system)
		a.PutStr("messaging.operation.type", "process")
		a.PutStr("messaging.destination.name", op.consumer.name)
		a.PutStr("messaging.consumer.group.name", sv.name)
	case sv.proto == protoGRPC:
		a.PutStr("rpc.system", "grpc")
		a.PutStr("rpc.service", op.rpcSvc)
		a.PutStr("rpc.method", op.rpcMeth)
		a.PutInt("rpc.grpc.status_code", int64(res.code))
	default:
		a.PutStr("http.request.method", op.method)
		a.PutStr("http.route", op.route)
		a.PutStr("url.path", strings.ReplaceAll(op.route, "{id}", fmt.Sprint(1000+r.IntN(90000))))
		a.PutStr("url.scheme", "http")
		status := 200
		if res.fail {
			status = res.status
		}
		a.PutInt("http.response.status_code", int64(status))
	}
	if res.fail {
		serverError := res.status >= 500 || (sv.proto == protoGRPC && res.code != 3)
		if serverError {
			a.PutStr("error.type", res.errType)
			if !e.s.traceOnly {
				sp.Status().SetCode(ptrace.StatusCodeError)
				sp.Status().SetMessage(res.errType)
			}
		}
		if exc[0] != "" && !e.s.traceOnly {
			ev := sp.Events().AppendEmpty()
			ev.SetName("exception")
			ev.SetTimestamp(pcommon.Timestamp(t))
			ev.Attributes().PutStr("exception.type", exc[0])
			ev.Attributes().PutStr("exception.message", exc[1])
			ev.Attributes().PutStr("exception.stacktrace", exc[2])
		}
	}
	return res
}

func (d *dependency) targetName() string {
	if d.kind == depExternal {
		return d.host
	}
	return d.system + " " + d.host
}

func depMessage(f *fault, c *call) string {
	if f != nil && f.dep == c.dep && f.kind == DependencyDown {
		return f.errMsg
	}
	return "operation on " + c.dep.targetName() + " failed"
}

func (e *emitter) netGap(a, b *service, t int64) int64 {
	g := jitter(e.r, 400*time.Microsecond, 0.5)
	if e.active(t) && e.f.kind == NetworkDelay && (e.f.svc == a || e.f.svc == b) {
		g += jitter(e.r, e.f.extra, 0.3)
	}
	return g
}

// callService is a synchronous HTTP or gRPC call, retried on "unavailable".
func (e *emitter) callService(caller *operation, c *call, tid pcommon.TraceID, parent pcommon.SpanID, t int64, depth int) outcome {
	tgt := c.target
	var o outcome
	for attempt := 0; ; attempt++ {
		cid := e.spanID()
		cs := t
		gap := e.netGap(caller.svc, tgt.svc, cs)
		so := e.serve(tgt, tid, cid, cs+gap, depth+1, attempt, ptrace.SpanKindServer)
		ce := so.end + e.netGap(caller.svc, tgt.svc, so.end)
		o = so
		o.timeout = false
		if ce-cs > int64(c.timeout) {
			ce = cs + int64(c.timeout)
			o = outcome{fail: true, timeout: true, code: 4, errType: timeoutType(caller.svc, tgt.svc)}
		}
		o.end = ce
		sp := e.newSpan(caller.svc, cs)
		sp.SetTraceID(tid)
		sp.SetSpanID(cid)
		sp.SetParentSpanID(parent)
		sp.SetName(tgt.name)
		sp.SetKind(ptrace.SpanKindClient)
		sp.SetStartTimestamp(pcommon.Timestamp(cs))
		sp.SetEndTimestamp(pcommon.Timestamp(ce))
		a := sp.Attributes()
		a.PutStr("server.address", tgt.svc.name)
		if tgt.svc.proto == protoGRPC {
			a.PutStr("rpc.system", "grpc")
			a.PutStr("rpc.service", tgt.rpcSvc)
			a.PutStr("rpc.method", tgt.rpcMeth)
			a.PutInt("server.port", 50051)
			if !o.timeout {
				a.PutInt("rpc.grpc.status_code", int64(o.code))
			} else {
				a.PutInt("rpc.grpc.status_code", 4)
			}
		} else {
			sp.SetName(tgt.method)
			a.PutStr("http.request.method", tgt.method)
			a.PutInt("server.port", 8080)
			a.PutStr("url.full", "http://"+tgt.svc.name+":8080"+strings.ReplaceAll(tgt.route, "{id}", fmt.Sprint(1000+e.r.IntN(90000))))
			if !o.timeout {
				st := 200
				if o.fail {
					st = o.status
				}
				a.PutInt("http.response.status_code", int64(st))
			}
			if attempt > 0 {
				a.PutInt("http.request.resend_count", int64(attempt))
			}
		}
		if o.fail {
			et := o.errType
			if !o.timeout && tgt.svc.proto != protoGRPC {
				et = fmt.Sprint(o.status)
			}
			a.PutStr("error.type", et)
			o.errType = et
			if !e.s.traceOnly {
				sp.Status().SetCode(ptrace.StatusCodeError)
			}
		}
		if o.fail && !o.timeout && (o.status == 503 || o.code == 14) && attempt < 3 {
			e.log(198, caller.svc, caller, tid, parent, ce, plog.SeverityNumberWarn, fmt.Sprintf("Retrying request to %s (attempt %d of 3): %s", tgt.svc.name, attempt+1, o.errType), [3]string{})
			t = ce + jitter(e.r, time.Duration(25<<attempt)*time.Millisecond, 0.3)
			continue
		}
		return o
	}
}

func timeoutType(caller, callee *service) string {
	if callee.proto == protoGRPC {
		return "DEADLINE_EXCEEDED"
	}
	switch caller.lang {
	case langJava:
		return "java.net.SocketTimeoutException"
	case langGo:
		return "context.deadlineExceededError"
	}
	return "requests.exceptions.ReadTimeout"
}

// callDep is a database, cache or external API call (CLIENT span only: the
// dependency has no telemetry of its own).
func (e *emitter) callDep(caller *operation, c *call, tid pcommon.TraceID, parent pcommon.SpanID, t int64) outcome {
	d := c.dep
	lat := jitter(e.r, d.latency, 0.5)
	if e.active(t) && e.f.kind == NetworkDelay && e.f.svc == caller.svc {
		lat += 2 * jitter(e.r, e.f.extra, 0.3)
	}
	if e.active(t) && e.f.kind == CPUSaturation && e.f.svc == caller.svc {
		lat = int64(float64(lat) * (1 + e.f.factor/2))
	}
	var o outcome
	down := e.active(t) && e.f.kind == DependencyDown && e.f.dep == d
	if down {
		lat = jitter(e.r, 2*time.Millisecond, 0.5)
		if d.kind == depExternal || d.system == "mongodb" {
			lat = int64(min(c.timeout, 2*time.Second))
		}
		o = outcome{fail: true, errType: e.f.errType}
	}
	sp := e.newSpan(caller.svc, t)
	sp.SetTraceID(tid)
	sp.SetSpanID(e.spanID())
	sp.SetParentSpanID(parent)
	sp.SetKind(ptrace.SpanKindClient)
	sp.SetStartTimestamp(pcommon.Timestamp(t))
	sp.SetEndTimestamp(pcommon.Timestamp(t + lat))
	a := sp.Attributes()
	switch d.kind {
	case depDB:
		sp.SetName(c.dbOp + " " + c.table)
		a.PutStr("db.system.name", d.system)
		a.PutStr("db.namespace", d.name)
		a.PutStr("db.operation.name", c.dbOp)
		a.PutStr("db.collection.name", c.table)
		if d.system != "mongodb" {
			a.PutStr("db.query.text", fmt.Sprintf("%s ... %s WHERE id = ?", c.dbOp, c.table))
		}
	case depCache:
		sp.SetName(c.dbOp)
		a.PutStr("db.system.name", "redis")
		a.PutStr("db.operation.name", c.dbOp)
		a.PutStr("db.namespace", d.name)
	case depExternal:
		sp.SetName(c.dbOp)
		a.PutStr("http.request.method", c.dbOp)
		a.PutStr("url.full", "https://"+d.host+"/v2/"+caller.noun)
		if !down {
			a.PutInt("http.response.status_code", 200)
		}
	}
	a.PutStr("server.address", d.host)
	a.PutInt("server.port", int64(d.port))
	if o.fail {
		a.PutStr("error.type", o.errType)
		if !e.s.traceOnly {
			sp.Status().SetCode(ptrace.StatusCodeError)
			sp.Status().SetMessage(e.f.errMsg)
		}
	}
	o.end = t + lat
	return o
}

// publish sends a message (PRODUCER span); the consumer processes it later
// in the same trace (CONSUMER span, child of the producer span).
func (e *emitter) publish(caller *operation, c *call, tid pcommon.TraceID, parent pcommon.SpanID, t int64, depth int) outcome {
	d := c.dep
	pid := e.spanID()
	lat := jitter(e.r, d.latency, 0.4)
	sp := e.newSpan(caller.svc, t)
	sp.SetTraceID(tid)
	sp.SetSpanID(pid)
	sp.SetParentSpanID(parent)
	sp.SetName("send " + d.name)
	sp.SetKind(ptrace.SpanKindProducer)
	sp.SetStartTimestamp(pcommon.Timestamp(t))
	sp.SetEndTimestamp(pcommon.Timestamp(t + lat))
	a := sp.Attributes()
	a.PutStr("messaging.system", d.system)
	a.PutStr("messaging.operation.type", "send")
	a.PutStr("messaging.destination.name", d.name)
	a.PutStr("server.address", d.host)
	lag := jitter(e.r, 15*time.Millisecond, 0.8)
	if depth < 12 {
		e.serve(d.consumer, tid, pid, t+lat+lag, depth+1, 0, ptrace.SpanKindConsumer)
	}
	return outcome{end: t + lat}
}

// stack is a stack trace in the style of the service's language.
func stack(sv *service, op *operation, errType, msg string) string {
	line := 40 + len(op.name)*3
	switch sv.lang {
	case langJava:
		fn := op.function
		cls := fn[:strings.LastIndexByte(fn, '.')]
		file := op.file[strings.LastIndexByte(op.file, '/')+1:]
		return fmt.Sprintf("%s: %s\n\tat %s(%s:%d)\n\tat %s.service(%s:%d)\n\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:897)\n\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:750)\n\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)",
			errType, msg, fn, file, line, cls, file, line+31)
	case langGo:
		return fmt.Sprintf("%s\n\ngoroutine %d [running]:\n%s(...)\n\t/app/%s:%d +0x1f5\nnet/http.HandlerFunc.ServeHTTP(...)\n\t/usr/local/go/src/net/http/server.go:2220 +0x29", msg, 40+line%60, op.function, op.file, line)
	}
	return fmt.Sprintf("Traceback (most recent call last):\n  File \"/app/%s\", line %d, in %s\n    result = handler(request)\n  File \"/usr/lib/python3/site-packages/django/core/handlers/base.py\", line 197, in _get_response\n    response = wrapped_callback(request, *callback_args, **callback_kwargs)\n%s: %s",
		op.file, line, op.function[strings.LastIndexByte(op.function, '.')+1:], errType, msg)
}
