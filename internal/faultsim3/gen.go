// Package faultsim3 is a third fault simulator, written apart from
// internal/faultsim and internal/faultsim2 and from the ranking, to measure
// root-cause ranking on systems and faults neither of them models.
//
// Its systems follow public demo and benchmark applications (the
// OpenTelemetry Demo, Sock Shop, DeathStarBench hotel reservation: apps.go)
// with each service's language and that language's logging habits (Go
// zap/slog/zerolog, Java/Kotlin logback with stack traces, Node pino, Python
// logging, .NET ILogger, Rust tracing, Ruby Logger, C++ and nginx), logs
// either through the OpenTelemetry SDK bridge (severity, trace context,
// exception attributes) or as stdout lines a filelog receiver collects
// (only the body). Spans follow the current semantic conventions
// (http.request.method, http.route, url.path, http.response.status_code,
// rpc.system/rpc.service/rpc.method/rpc.grpc.status_code, db.system.name,
// db.operation.name, db.collection.name, messaging.system,
// messaging.destination.name, messaging.operation.type, server.address,
// error.type, exception events) with client/server/producer/consumer kinds;
// Kafka and RabbitMQ consumers run in the producer's trace or in a new
// trace linked to it. Faults come from chaos tooling's catalogues and the
// OpenTelemetry Demo's feature flags (fault.go). Noise: chronic errors and
// not-found answers, warnings, health checks, a canary release with a
// benign change, client retries and timeouts.
//
// Generate(seed, i, opt) is deterministic: the same seed and system index
// give the same windows, byte for byte once written by faultsim.WriteDir.
package faultsim3 // import "github.com/otelcol-backlog/otelcol-backlog/internal/faultsim3"

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/faultsim"
	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
)

// Options shape what Generate produces. The zero value is the default.
type Options struct {
	// CasesPerSystem is the number of fault cases per system (default 5).
	CasesPerSystem int
	// Normals is the number of fault-free windows per system (default 2).
	Normals int
	// Window is each window's length (default 3m); faults start 40-55 %
	// into it.
	Window time.Duration
	// Kinds, when set, replaces FaultKinds as the kinds cases cycle
	// through (tests).
	Kinds []string
}

func (o Options) withDefaults() Options {
	if o.CasesPerSystem <= 0 {
		o.CasesPerSystem = 5
	}
	if o.Normals <= 0 {
		o.Normals = 2
	}
	if o.Window <= 0 {
		o.Window = 3 * time.Minute
	}
	if len(o.Kinds) == 0 {
		o.Kinds = FaultKinds
	}
	return o
}

var epoch = time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)

// Generate simulates system idx of seed: its fault-free windows, then its
// fault cases.
func Generate(seed uint64, idx int, opt Options) []faultsim.Window {
	opt = opt.withDefaults()
	s := buildSystem(seed, idx)
	day := fmt.Sprintf("sim3-%d-%02d", seed, idx)
	base := epoch.Add(time.Duration(idx) * 24 * time.Hour)
	kinds := caseKinds(seed, idx, opt)
	var out []faultsim.Window
	n := opt.Normals + opt.CasesPerSystem
	for k := 0; k < n; k++ {
		rng := rand.New(rand.NewPCG(seed^0x5eed, uint64(idx)<<20|uint64(k)))
		start := base.Add(time.Duration(k) * (opt.Window + 2*time.Minute))
		end := start.Add(opt.Window)
		lab := faultsim.Label{Source: "faultsim3"}
		lab.Day = day
		lab.DataStart, lab.DataEnd, lab.WindowEnd = start, end, end
		var f *fault
		if k < opt.Normals {
			lab.Kind = otlpjson.KindNormal
			lab.ID = fmt.Sprintf("sim3-s%d-%02d-normal-%d", seed, idx, k)
		} else {
			c := k - opt.Normals
			at := start.Add(time.Duration(float64(opt.Window) * (0.40 + 0.15*rng.Float64())))
			kind := kinds[c]
			if kind == "" {
				continue
			}
			t := eligible(s, kind)
			f = newFault(rng, s, kind, t[rng.IntN(len(t))], at.UnixNano(), end.UnixNano())
			lab.Kind = otlpjson.KindFault
			lab.ID = fmt.Sprintf("sim3-s%d-%02d-%d-%s", seed, idx, c, f.kind)
			lab.RootCauseService = f.svc.name
			lab.FaultType = f.kind
			lab.FaultClass = faultClass(f.kind)
			lab.InjectTime = at
			lab.Detail = f.detail
			if f.op != nil {
				lab.RootCauseOperation = f.op.spanName()
			}
			if f.kind == CacheFailure {
				lab.RootCauseDependency = f.svc.cache.host
			}
			if f.kind == IOLatency {
				lab.RootCauseDependency = f.svc.db.host
			}
		}
		w := simulate(rng, s, f, start.UnixNano(), end.UnixNano())
		lab.Stats.Spans, lab.Stats.LogRecords = w.spans, w.logs
		lab.System = s.info()
		out = append(out, faultsim.Window{Label: lab, Traces: w.traces(), Logs: w.logsOut()})
	}
	return out
}

// caseKinds are the fault kinds of system idx's cases: each case takes,
// among the kinds its system can have, the one drawn least often so far
// over systems 0..idx (ties: the kind after the previous case's in the
// cycle), so that kinds stay balanced across a run whatever the mix of
// applications. "" where the system can have none.
func caseKinds(seed uint64, idx int, opt Options) []string {
	count := map[string]int{}
	last := int(seed) % len(opt.Kinds)
	var out []string
	for i := 0; i <= idx; i++ {
		s := buildSystem(seed, i)
		ok := map[string]bool{}
		for _, k := range opt.Kinds {
			ok[k] = len(eligible(s, k)) > 0
		}
		out = out[:0]
		for c := 0; c < opt.CasesPerSystem; c++ {
			best := -1
			for j := 1; j <= len(opt.Kinds); j++ {
				k := (last + j) % len(opt.Kinds)
				if ok[opt.Kinds[k]] && (best < 0 || count[opt.Kinds[k]] < count[opt.Kinds[best]]) {
					best = k
				}
			}
			if best < 0 {
				out = append(out, "")
				continue
			}
			last = best
			count[opt.Kinds[best]]++
			out = append(out, opt.Kinds[best])
		}
	}
	return out
}

func (s *system) info() faultsim.SystemInfo {
	si := faultsim.SystemInfo{Name: s.name, Services: len(s.svcs), RatePerS: int(math.Round(s.rate))}
	for _, v := range s.svcs {
		if v.grpc {
			si.GRPC++
		}
		if v.db != nil {
			si.Databases++
		}
		if v.cache != nil {
			si.Caches++
		}
	}
	si.Queues = len(s.topics)
	return si
}

// inst is one replica (pod) of a service.
type inst struct {
	svc     *svc
	id      string
	pod     string
	ip      string
	version string
	start   int64 // serving from
	end     int64 // killed at (math.MaxInt64: alive)
	canary  bool
	leakAt  int64 // memory leak grows from here
}

type run struct {
	rng   *rand.Rand
	s     *system
	f     *fault
	start int64
	end   int64
	insts map[*svc][]*inst
	busy  map[*op]int64 // a consumer's next free time
	out   *builder
	// per-request values for log templates
	vals map[string]string
}

const endpointLag = int64(4 * time.Second) // a dead pod stays in the endpoints this long

func simulate(rng *rand.Rand, s *system, f *fault, start, end int64) *builder {
	r := &run{rng: rng, s: s, f: f, start: start, end: end, insts: map[*svc][]*inst{}, busy: map[*op]int64{}, out: newBuilder(s)}
	for _, v := range s.svcs {
		for i := 0; i < v.replicas; i++ {
			r.newInst(v, v.version, start-int64(time.Hour), false)
		}
	}
	// a canary release: benign in fault-free windows and most cases, the
	// fault itself in bad_canary
	if f != nil && f.kind == BadCanary {
		c := r.newInst(f.svc, bump(f.svc.version), f.at, true)
		r.startupLogs(c)
	} else if rng.Float64() < 0.35 {
		v := s.svcs[rng.IntN(len(s.svcs))]
		at := start + int64(float64(end-start)*(0.2+0.6*rng.Float64()))
		c := r.newInst(v, bump(v.version), at, true)
		r.startupLogs(c)
	}
	switch {
	case f != nil && f.kind == PodKill:
		// PodChaos pod-kill, mode all: every replica at once; each is
		// rescheduled and restarts on its own
		for _, in := range append([]*inst(nil), r.insts[f.svc]...) {
			if in.start <= f.at {
				r.kill(in, f.at, int64(15+rng.IntN(30))*int64(time.Second))
			}
		}
	case f != nil && f.kind == MemoryLeak:
		// every replica leaks; one reaches its memory limit first and
		// is OOM-killed
		victims := r.insts[f.svc]
		for _, in := range victims {
			in.leakAt = f.at
		}
		victim := victims[rng.IntN(len(victims))]
		r.kill(victim, f.at+int64(40+rng.IntN(40))*int64(time.Second), int64(15+rng.IntN(30))*int64(time.Second))
	}
	// health checks every 10 s per replica
	for _, v := range s.svcs {
		if len(v.ops) == 0 || v.ops[0].topic != nil || v.lang.infra() {
			continue
		}
		for t := start + int64(rng.IntN(10000))*int64(time.Millisecond); t < end; t += int64(10 * time.Second) {
			for _, in := range r.insts[v] {
				if t >= in.start && t < in.end {
					r.health(in, t)
				}
			}
		}
	}
	// traffic: a Poisson stream of requests at the entry
	var total float64
	for _, w := range s.weights {
		total += w
	}
	for t := start + r.expGap(); t < end; t += r.expGap() {
		x := rng.Float64() * total
		k := 0
		for ; k < len(s.weights)-1 && x >= s.weights[k]; k++ {
			x -= s.weights[k]
		}
		r.request(s.entries[k], t)
	}
	return r.out
}

func (r *run) expGap() int64 {
	return int64(r.rng.ExpFloat64() / r.s.rate * 1e9)
}

func bump(v string) string {
	var a, b, c int
	fmt.Sscanf(v, "%d.%d.%d", &a, &b, &c)
	return fmt.Sprintf("%d.%d.%d", a, b+1, 0)
}

func (r *run) newInst(v *svc, version string, start int64, canary bool) *inst {
	in := &inst{svc: v, version: version, start: start, end: math.MaxInt64, canary: canary, leakAt: math.MaxInt64}
	in.id = uuid(r.rng)
	in.pod = fmt.Sprintf("%s-%s-%s", v.name, v.podHash, randLower(r.rng, 5))
	in.ip = fmt.Sprintf("10.%d.%d.%d", 1+r.rng.IntN(3), r.rng.IntN(256), 2+r.rng.IntN(250))
	r.insts[v] = append(r.insts[v], in)
	return in
}

// kill ends in at `at`; a replacement starts after `down`.
func (r *run) kill(in *inst, at, down int64) {
	in.end = at
	n := r.newInst(in.svc, in.version, at+down, in.canary)
	n.leakAt = in.leakAt
	if n.leakAt != math.MaxInt64 {
		n.leakAt = n.start
	}
	if n.start < r.end {
		r.startupLogs(n)
	}
}

// pick chooses the replica a request at t goes to: any replica in the
// endpoints (serving, or killed less than endpointLag ago); nil when none.
func (r *run) pick(v *svc, t int64) *inst {
	var c []*inst
	for _, in := range r.insts[v] {
		if t >= in.start && t < satAdd(in.end, endpointLag) {
			c = append(c, in)
		}
	}
	if len(c) == 0 {
		return nil
	}
	return c[r.rng.IntN(len(c))]
}

func satAdd(a, b int64) int64 {
	if a > math.MaxInt64-b {
		return math.MaxInt64
	}
	return a + b
}

// work is how long in takes for self at t: a log-normal spread around the
// median, times the CPU and memory faults.
func (r *run) work(in *inst, self time.Duration, t int64) int64 {
	d := float64(self) * math.Exp(0.35*r.rng.NormFloat64())
	f := r.f
	if f != nil && f.svc == in.svc && f.active(t) {
		switch f.kind {
		case CPUStress:
			d *= f.factor * (0.7 + 0.6*r.rng.Float64())
		case MemoryLeak:
			if t >= in.leakAt {
				d *= 1 + f.factor*float64(t-in.leakAt)/1e9
			}
		}
	}
	return int64(d)
}

// net is the one-way network time between a and b at t.
func (r *run) net(a, b *svc, t int64) int64 {
	d := int64(200+r.rng.IntN(600)) * int64(time.Microsecond)
	f := r.f
	if f != nil && f.active(t) && (f.svc == a || f.svc == b) {
		switch f.kind {
		case NetworkDelay:
			d += int64(float64(f.delay) * (0.9 + 0.2*r.rng.Float64()))
		case NetworkLoss:
			if r.rng.Float64() < f.rate {
				d += int64(200*time.Millisecond) << r.rng.IntN(3) // TCP retransmission timeouts
			}
		}
	}
	return d
}

// outFailure is a failure on the caller's side before its request leaves:
// the faults of the caller's own pod (DNS, clock, partition).
func (r *run) outFailure(from *svc, host string, port int, t int64, tls bool) (failure, int64, bool) {
	f := r.f
	if f == nil || f.svc != from || !f.active(t) {
		return failure{}, 0, false
	}
	switch f.kind {
	case DNSError:
		if r.rng.Float64() < f.rate {
			return failure{cause: causeDNS, host: host, port: port}, int64(2+r.rng.IntN(8)) * int64(time.Millisecond), true
		}
	case TimeSkew:
		if tls && r.rng.Float64() < f.rate {
			return failure{cause: causeTLS, host: host, port: port}, int64(3+r.rng.IntN(5)) * int64(time.Millisecond), true
		}
	case NetworkPartition:
		return failure{cause: causeTimeout, host: host, port: port}, -1, true
	}
	return failure{}, 0, false
}

// result of serving a request.
type result struct {
	ok     bool
	end    int64 // when the response leaves the server
	status int   // HTTP status
	grpc   int
	fail   failure
	hang   bool // no answer ever: the caller times out
}

func (r *run) request(o *op, t int64) {
	tr := r.traceID()
	r.vals = map[string]string{
		"id":    r.s.keys[r.rng.IntN(len(r.s.keys))],
		"user":  r.s.users[r.rng.IntN(len(r.s.users))],
		"order": uuid(r.rng),
		"n":     fmt.Sprint(1 + r.rng.IntN(100)),
	}
	r.serve(tr, o, nil, t, pcommon.SpanID{})
}

// serve runs o on a replica of its service for a request arriving at t
// from a span parent (zero: the request comes from outside).
func (r *run) serve(tr pcommon.TraceID, o *op, from *svc, t int64, parent pcommon.SpanID) result {
	v := o.svc
	f := r.f
	in := r.pick(v, t)
	ip, port := "10.96.0.1", v.port
	if in != nil {
		ip = in.ip
	}
	if in == nil || t >= in.end {
		return result{end: t + int64(time.Millisecond), fail: failure{cause: causeRefused, host: v.name, ip: ip, port: port}}
	}
	if f.active(t) && f.svc == v {
		switch f.kind {
		case NetworkPartition:
			// packets are dropped until the readiness probes have failed
			// three times (10 s apart); then the service has no ready
			// endpoint and kube-proxy rejects connections to it
			if t >= f.at+int64(30*time.Second) {
				return result{end: t + int64(time.Millisecond), fail: failure{cause: causeRefused, host: v.name, ip: "10.96.0.1", port: port}}
			}
			return result{hang: true, fail: failure{cause: causeTimeout, host: v.name, ip: ip, port: port}}
		case HTTPAbort:
			if r.rng.Float64() < f.rate {
				return result{end: t + int64(2*time.Millisecond), fail: failure{cause: causeReset, host: v.name, ip: ip, port: port}}
			}
		}
	}
	sid := r.spanID()
	begin := t
	self := r.work(in, o.self, t)
	t += self / 3
	res := result{ok: true, status: 200}
	var why failure
	var exc [2]string // exception type, message thrown here
	for i := 0; i < len(o.steps) && res.ok; i++ {
		st := o.steps[i]
		if st.prob < 1 && r.rng.Float64() >= st.prob {
			continue
		}
		switch st.kind {
		case stepCall:
			ok, end, fl := r.call(tr, in, o, st, t, sid)
			t = end
			if !ok {
				if st.optional {
					r.log(in, o, tr, sid, t, "warn", fmt.Sprintf("failed to get %s: %s", st.target.svc.name, r.errText(v, st.target.svc.grpc, fl)), "")
					continue
				}
				res.ok, why = false, fl
			}
		case stepDB, stepCache:
			d := v.db
			if st.kind == stepCache {
				d = v.cache
			}
			ok, end, fl, hit := r.dbCall(tr, in, st, d, t, sid)
			t = end
			if st.kind == stepCache && i+1 < len(o.steps) && o.steps[i+1].kind == stepDB {
				if !ok {
					r.log(in, o, tr, sid, t, "warn", fmt.Sprintf("cache %s unavailable, falling back to database: %s", d.host, fl.msg), "")
					continue
				}
				if hit {
					i++ // served from the cache
				}
				continue
			}
			if !ok {
				res.ok, why = false, fl
			}
		case stepPublish:
			ok, end, fl := r.publish(tr, in, st.topic, t, sid)
			t = end
			if !ok {
				res.ok, why = false, fl
			}
		}
	}
	// faults and noise raised in this operation's own code
	if res.ok {
		exc = r.ownFault(in, o, t)
		if exc[0] != "" {
			res.ok = false
			why = failure{cause: causeStatus, code: 500, grpc: 13, msg: exc[1], excType: exc[0]}
		} else {
			for _, c := range r.s.chronic {
				if c.op == o && r.rng.Float64() < c.rate {
					msg := render(c.message, r.vals)
					if c.status == 404 {
						res.status = 404
						res.grpc = 5
						why = failure{cause: causeStatus, code: 404, grpc: 5, msg: msg}
						break
					}
					res.ok = false
					exc = [2]string{errorTypeFor(v), msg}
					why = failure{cause: causeStatus, code: 500, grpc: 13, msg: msg, excType: exc[0]}
				}
			}
		}
	}
	t += self - self/3
	if !res.ok {
		res.status, res.grpc = 500, 13
		if why.cause == causeStatus && why.code == 503 || why.cause != causeStatus {
			res.status, res.grpc = 503, 14
		}
	}
	res.end = t
	if v.lang == langEnvoy {
		return r.envoy(tr, o, in, begin, parent, sid, res, why)
	}
	// the server span
	sp := r.out.span(in, r.skew(v, begin), r.skew(v, t), tr, sid, parent, o.spanName(), ptrace.SpanKindServer)
	r.serverAttrs(sp, o, in, res)
	msg := ""
	if !res.ok {
		msg = why.msg
		if !why.rendered && exc[0] == "" {
			// a call failed: as this service's client library reports it
			msg = r.errText(v, why.viaGRPC, why)
		}
		sp.Status().SetCode(ptrace.StatusCodeError)
		sp.Status().SetMessage(msg)
		et := exc[0]
		if fam := v.lang.family(); et == "" && fam != "go" && fam != "rust" && fam != "cpp" && fam != "nginx" {
			et = errorTypeFor(v)
			if why.rendered && why.excType != "" {
				et = why.excType
			}
		}
		if et != "" {
			ev := sp.Events().AppendEmpty()
			ev.SetName("exception")
			ev.SetTimestamp(pcommon.Timestamp(r.skew(v, t)))
			ev.Attributes().PutStr("exception.type", et)
			ev.Attributes().PutStr("exception.message", msg)
			if stk := stack(o, et, msg); stk != "" {
				ev.Attributes().PutStr("exception.stacktrace", stk)
			}
		}
		sp.Attributes().PutStr("error.type", errTypeAttr(v, et, res))
		trace := ""
		if et != "" {
			trace = stack(o, et, msg)
		}
		r.log(in, o, tr, sid, t, "error", fmt.Sprintf("%s failed: %s", o.name, msg), trace)
	} else if o.info != "" && (res.status < 400) {
		r.log(in, o, tr, sid, t, "info", render(o.info, r.vals), "")
	} else if res.status == 404 {
		r.log(in, o, tr, sid, t, "info", why.msg, "")
	}
	if in.canary && res.ok && !(f != nil && f.kind == BadCanary && f.svc == v) && r.rng.Float64() < 0.3 {
		// the benign change a release brings: a line nobody has seen
		// before, on a replica with a new version
		r.log(in, o, tr, sid, t, "info", fmt.Sprintf("feature %s enabled for this request (release %s)", canaryFeatures[len(v.name)%len(canaryFeatures)], in.version), "")
	}
	if o.public && v.lang == langNode {
		// an Express access log (morgan "dev"): one line per request
		r.log(in, o, tr, sid, t, "info", fmt.Sprintf("%s %s %d %.3f ms - %d", o.method, r.path(o), res.status, float64(t-begin)/1e6, 200+r.rng.IntN(4000)), "")
	}
	for _, w := range r.s.warns {
		if w.op == o && r.rng.Float64() < w.rate {
			vals := map[string]string{"ms": fmt.Sprint((t - begin) / 1e6), "n": fmt.Sprint(2 + r.rng.IntN(90))}
			r.log(in, o, tr, sid, t, "warn", render(w.msg, vals), "")
		}
	}
	if !res.ok {
		// the caller gets an answer: an error status with this message
		res.fail = failure{cause: causeStatus, code: res.status, grpc: res.grpc, msg: msg, host: v.name, ip: in.ip, port: v.port}
	}
	return res
}

// ownFault is the exception the fault makes o's own code throw on in at
// t (type, message), or none.
func (r *run) ownFault(in *inst, o *op, t int64) [2]string {
	f, v := r.f, in.svc
	switch {
	case f.active(t) && f.kind == JVMException && f.op == o && r.rng.Float64() < f.rate:
		return [2]string{f.exc, f.msg}
	case f.active(t) && f.kind == FeatureFlag && f.op == o && (f.key == "" || f.key == r.vals["id"]) && r.rng.Float64() < f.rate:
		return [2]string{errorTypeFor(v), f.msg}
	case in.canary && f != nil && f.kind == BadCanary && f.svc == v && r.rng.Float64() < f.rate:
		return canaryErrors[v.lang.family()]
	case f.active(t) && f.kind == TimeSkew && f.svc == v && v.entry && r.rng.Float64() < f.rate:
		// an entry service signs session tokens with its skewed clock
		return [2]string{"TokenExpiredError", "jwt expired"}
	}
	return [2]string{}
}

var canaryFeatures = []string{"price-rounding-v2", "async-cache-refresh", "batched-lookups", "new-serializer"}

func errorTypeFor(v *svc) string {
	switch v.lang.family() {
	case "jvm":
		return "java.lang.RuntimeException"
	case "node":
		return "Error"
	case "python":
		return "Exception"
	case "dotnet":
		return "System.Exception"
	case "ruby":
		return "StandardError"
	}
	return "*errors.errorString"
}

func errTypeAttr(v *svc, exc string, res result) string {
	if v.grpc {
		return grpcNames[res.grpc]
	}
	return fmt.Sprint(res.status)
}

// errText is f as v's language reports it.
func (r *run) errText(v *svc, grpc bool, f failure) string {
	_, m := clientError(v.lang.family(), grpc, f)
	return m
}

// call is a client call of step st from o on in, with its retries.
func (r *run) call(tr pcommon.TraceID, in *inst, o *op, st *step, t int64, parent pcommon.SpanID) (bool, int64, failure) {
	target := st.target
	var fl failure
	for attempt := 0; attempt <= st.retries; attempt++ {
		csid := r.spanID()
		begin := t
		var end int64
		ok := false
		if pre, d, bad := r.outFailure(in.svc, target.svc.name, target.svc.port, t, true); bad {
			fl = pre
			if d < 0 {
				d = int64(st.timeout)
			}
			end = t + d
		} else {
			d1 := r.net(in.svc, target.svc, t)
			res := r.serve(tr, target, in.svc, t+d1, csid)
			fl = res.fail
			if res.hang {
				end = t + int64(st.timeout)
			} else {
				end = res.end + r.net(target.svc, in.svc, res.end)
				ok = res.ok
				if res.status == 404 {
					ok = true // a not-found answer is not a failure of the call
				}
			}
			if end-begin > int64(st.timeout) {
				end = begin + int64(st.timeout)
				ok = false
				fl = failure{cause: causeTimeout, host: target.svc.name, ip: fl.ip, port: target.svc.port}
			}
		}
		fl.viaGRPC = target.svc.grpc
		r.clientSpan(in, tr, csid, parent, begin, end, target, ok, fl)
		t = end
		if ok {
			return true, t, fl
		}
		if attempt < st.retries {
			t += int64(50+r.rng.IntN(100)) * int64(time.Millisecond) // backoff
		}
	}
	return false, t, fl
}

func (r *run) clientSpan(in *inst, tr pcommon.TraceID, sid, parent pcommon.SpanID, begin, end int64, target *op, ok bool, fl failure) {
	v := in.svc
	if v.lang == langEnvoy {
		// Envoy's tracer: its own span names and tags, no semantic
		// conventions
		sp := r.out.span(in, begin, end, tr, sid, parent, "router "+target.svc.name+" egress", ptrace.SpanKindClient)
		a := sp.Attributes()
		a.PutStr("component", "proxy")
		a.PutStr("upstream_cluster", target.svc.name)
		a.PutStr("upstream_cluster.name", target.svc.name)
		a.PutStr("http.protocol", "HTTP/1.1")
		st, flags := envoyStatus(ok, fl)
		a.PutStr("http.status_code", fmt.Sprint(st))
		a.PutStr("response_flags", flags)
		if st >= 500 {
			a.PutStr("error", "true")
			sp.Status().SetCode(ptrace.StatusCodeError)
		}
		return
	}
	name := target.spanName()
	if !target.svc.grpc {
		name = target.method
	}
	sp := r.out.span(in, r.skew(v, begin), r.skew(v, end), tr, sid, parent, name, ptrace.SpanKindClient)
	a := sp.Attributes()
	a.PutStr("server.address", target.svc.name)
	a.PutInt("server.port", int64(target.svc.port))
	if target.svc.grpc {
		a.PutStr("rpc.system", "grpc")
		a.PutStr("rpc.service", target.rpcService())
		a.PutStr("rpc.method", target.name)
		code := 0
		if !ok {
			code = 14
			switch fl.cause {
			case causeTimeout:
				code = 4
			case causeStatus:
				code = fl.grpc
			}
		} else if fl.cause == causeStatus && fl.grpc == 5 {
			code = 5
		}
		a.PutInt("rpc.grpc.status_code", int64(code))
	} else {
		a.PutStr("http.request.method", target.method)
		a.PutStr("url.full", fmt.Sprintf("http://%s:%d%s", target.svc.name, target.svc.port, r.path(target)))
		if ok || fl.cause == causeStatus {
			st := 200
			if fl.cause == causeStatus {
				st = fl.code
			}
			a.PutInt("http.response.status_code", int64(st))
		}
	}
	if !ok {
		et, msg := clientError(v.lang.family(), target.svc.grpc, fl)
		a.PutStr("error.type", et)
		sp.Status().SetCode(ptrace.StatusCodeError)
		sp.Status().SetMessage(msg)
	}
}

// envoyStatus is the status and response flags Envoy reports for an
// upstream call's outcome.
func envoyStatus(ok bool, fl failure) (int, string) {
	switch {
	case ok:
		return 200, "-"
	case fl.cause == causeStatus:
		return fl.code, "-"
	case fl.cause == causeTimeout:
		return 504, "UT"
	case fl.cause == causeReset:
		return 503, "UC"
	}
	return 503, "UF"
}

// envoy finishes a request through the proxy: its ingress span and its
// access log line (the default format), no application log.
func (r *run) envoy(tr pcommon.TraceID, o *op, in *inst, begin int64, parent, sid pcommon.SpanID, res result, why failure) result {
	st, flags := envoyStatus(res.ok, why)
	if res.ok {
		st = res.status
	}
	sp := r.out.span(in, begin, res.end, tr, sid, parent, "ingress", ptrace.SpanKindServer)
	a := sp.Attributes()
	reqID := uuid(r.rng)
	a.PutStr("component", "proxy")
	a.PutStr("node_id", in.pod)
	a.PutStr("guid:x-request-id", reqID)
	a.PutStr("http.url", fmt.Sprintf("http://%s:%d%s", in.svc.name, in.svc.port, r.path(o)))
	a.PutStr("http.method", o.method)
	a.PutStr("downstream_cluster", "-")
	a.PutStr("user_agent", "python-requests/2.32.3")
	a.PutStr("http.protocol", "HTTP/1.1")
	a.PutStr("http.status_code", fmt.Sprint(st))
	a.PutStr("response_flags", flags)
	if st >= 500 {
		a.PutStr("error", "true")
		sp.Status().SetCode(ptrace.StatusCodeError)
	}
	up := "-"
	if len(o.steps) > 0 {
		up = fmt.Sprintf("%s:%d", o.steps[0].target.svc.name, o.steps[0].target.svc.port)
	}
	ts := time.Unix(0, begin).UTC().Format("2006-01-02T15:04:05.000Z")
	r.log(in, o, tr, sid, res.end, "info", fmt.Sprintf("[%s] \"%s %s HTTP/1.1\" %d %s 0 %d %d %d \"-\" \"python-requests/2.32.3\" \"%s\" \"%s:%d\" \"%s\"",
		ts, o.method, r.path(o), st, flags, 200+r.rng.IntN(4000), (res.end-begin)/1e6, max(0, (res.end-begin)/1e6-1), reqID, in.svc.name, in.svc.port, up), "")
	if !res.ok {
		res.status = st
		res.fail = failure{cause: causeStatus, code: st, msg: httpText(st)}
	}
	return res
}

// path is the concrete url.path of a request to o.
func (r *run) path(o *op) string {
	p := o.name
	for _, k := range []string{"{productId}", "{id}", "{customerId}", "{name}"} {
		val := r.vals["id"]
		if k == "{customerId}" {
			val = r.vals["user"]
		}
		if k == "{name}" {
			val = "telescope-" + r.vals["n"] + ".jpg"
		}
		for {
			i := indexOf(p, k)
			if i < 0 {
				break
			}
			p = p[:i] + val + p[i+len(k):]
		}
	}
	return p
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func (r *run) serverAttrs(sp ptrace.Span, o *op, in *inst, res result) {
	a := sp.Attributes()
	if o.topic != nil {
		return
	}
	if o.svc.grpc {
		a.PutStr("rpc.system", "grpc")
		a.PutStr("rpc.service", o.rpcService())
		a.PutStr("rpc.method", o.name)
		a.PutInt("rpc.grpc.status_code", int64(res.grpc))
		a.PutStr("server.address", o.svc.name)
		a.PutInt("server.port", int64(o.svc.port))
		return
	}
	a.PutStr("http.request.method", o.method)
	a.PutStr("http.route", o.name)
	a.PutStr("url.path", r.path(o))
	a.PutStr("url.scheme", "http")
	a.PutStr("server.address", o.svc.name)
	a.PutInt("server.port", int64(o.svc.port))
	a.PutStr("network.protocol.version", "1.1")
	a.PutInt("http.response.status_code", int64(res.status))
}

// dbCall is a database or cache query; hit reports a cache hit.
func (r *run) dbCall(tr pcommon.TraceID, in *inst, st *step, d *dep, t int64, parent pcommon.SpanID) (ok bool, end int64, fl failure, hit bool) {
	v := in.svc
	f := r.f
	sid := r.spanID()
	lat := int64(float64(d.lat) * math.Exp(0.4*r.rng.NormFloat64()))
	ok = true
	tls := d.system == "postgresql" || d.system == "mongodb"
	if pre, dd, bad := r.outFailure(v, d.host, d.port, t, tls); bad {
		ok, fl = false, pre
		if dd < 0 {
			dd = int64(5 * time.Second)
		}
		lat = dd
	} else if f.active(t) && f.svc == v && f.kind == CacheFailure && d == v.cache {
		ok, fl = false, failure{cause: causeRefused, host: d.host, ip: "10.96.3.17", port: d.port}
		lat = int64(time.Millisecond)
	} else {
		if f.active(t) && f.svc == v && f.kind == IOLatency && d == v.db {
			lat += int64(float64(f.delay) * (0.5 + r.rng.Float64()))
		}
		lat += 2 * r.net(v, nil, t)
	}
	if ok && st.kind == stepDB {
		for _, c := range r.s.chronic {
			if c.op.svc == v && c.status == 500 && c.op.steps != nil && r.rng.Float64() < c.rate/4 {
				ok, fl = false, failure{cause: causeDB, msg: render(c.message, map[string]string{"n": fmt.Sprint(r.rng.IntN(9000))})}
			}
		}
	}
	read := st.dbOp == "HGET" || st.dbOp == "get" || st.dbOp == "get_multi"
	hit = ok && read && r.rng.Float64() < 0.85
	end = t + lat
	name := st.dbOp + " " + st.coll
	if d.system == "redis" || d.system == "memcached" {
		name = st.dbOp
	}
	sp := r.out.span(in, r.skew(v, t), r.skew(v, end), tr, sid, parent, name, ptrace.SpanKindClient)
	a := sp.Attributes()
	a.PutStr("db.system.name", d.system)
	a.PutStr("db.operation.name", st.dbOp)
	if d.system != "redis" && d.system != "memcached" {
		a.PutStr("db.collection.name", st.coll)
		a.PutStr("db.namespace", d.name)
	} else if d.system == "redis" {
		a.PutStr("db.namespace", d.name)
	}
	a.PutStr("server.address", d.host)
	a.PutInt("server.port", int64(d.port))
	if !ok {
		et, msg := dbError(v.lang.family(), d, fl)
		a.PutStr("error.type", et)
		sp.Status().SetCode(ptrace.StatusCodeError)
		sp.Status().SetMessage(msg)
		fl.msg = msg
		fl.excType = et
		fl.rendered = true
		if fl.cause == causeDB {
			fl.cause, fl.code, fl.grpc = causeStatus, 500, 13
		}
	}
	return ok, end, fl, hit
}

// publish sends a message to tp and lets its consumers process it.
func (r *run) publish(tr pcommon.TraceID, in *inst, tp *topic, t int64, parent pcommon.SpanID) (bool, int64, failure) {
	v := in.svc
	sid := r.spanID()
	end := t + int64(500+r.rng.IntN(2500))*int64(time.Microsecond)
	port := map[string]int{"kafka": 9092, "rabbitmq": 5672}[tp.system]
	fl, d, bad := r.outFailure(v, tp.system, port, t, true)
	if bad {
		if d < 0 {
			d = int64(10 * time.Second) // the broker client's delivery timeout
		}
		end = t + d
	}
	sp := r.out.span(in, r.skew(v, t), r.skew(v, end), tr, sid, parent, "send "+tp.name, ptrace.SpanKindProducer)
	a := sp.Attributes()
	a.PutStr("messaging.system", tp.system)
	a.PutStr("messaging.destination.name", tp.name)
	a.PutStr("messaging.operation.type", "send")
	a.PutStr("messaging.operation.name", "send")
	a.PutStr("server.address", tp.system)
	a.PutInt("server.port", int64(port))
	if bad {
		et, msg := clientError(v.lang.family(), false, fl)
		a.PutStr("error.type", et)
		sp.Status().SetCode(ptrace.StatusCodeError)
		sp.Status().SetMessage(msg)
		fl.msg, fl.excType, fl.rendered = msg, et, true
		return false, end, fl
	}
	for _, c := range tp.consumers {
		r.consume(tr, sid, c, end)
	}
	return true, end, failure{}
}

// consume processes one message in c: messages queue up behind a busy
// consumer (one partition, one consumer), so a slow consumer lags.
func (r *run) consume(ptr pcommon.TraceID, psid pcommon.SpanID, c *op, sent int64) {
	v := c.svc
	at := sent + int64(2+r.rng.IntN(20))*int64(time.Millisecond)
	if b := r.busy[c]; b > at {
		at = b
	}
	if at >= r.end {
		r.busy[c] = at
		return
	}
	in := r.pick(v, at)
	if in == nil || at >= in.end {
		// no live consumer: the message waits in the topic until a
		// replica (re)starts and the group rebalances
		next := int64(math.MaxInt64)
		for _, x := range r.insts[v] {
			if x.start > at && x.start < next {
				next = x.start
			}
		}
		if next >= r.end {
			r.busy[c] = r.end
			return
		}
		at = next + int64(3*time.Second)
		if at >= r.end {
			r.busy[c] = r.end
			return
		}
		if in = r.pick(v, at); in == nil {
			return
		}
	}
	tr, parent := ptr, psid
	if c.topic.linked {
		tr, parent = r.traceID(), pcommon.SpanID{}
	}
	sid := r.spanID()
	self := r.work(in, c.self, at)
	f := r.f
	if f.active(at) && f.kind == ConsumerLag && f.svc == v {
		self = int64(float64(f.delay) * (0.7 + 0.6*r.rng.Float64()))
	}
	t := at + self
	ok := true
	var fl failure
	if exc := r.ownFault(in, c, at); exc[0] != "" {
		ok, fl = false, failure{msg: exc[1], excType: exc[0]}
	}
	for _, st := range c.steps {
		if !ok {
			break
		}
		if st.kind == stepDB {
			var e int64
			ok, e, fl, _ = r.dbCall(tr, in, st, v.db, t, sid)
			t = e
			if !ok {
				break
			}
		}
	}
	r.busy[c] = t
	sp := r.out.span(in, r.skew(v, at), r.skew(v, t), tr, sid, parent, c.spanName(), ptrace.SpanKindConsumer)
	a := sp.Attributes()
	a.PutStr("messaging.system", c.topic.system)
	a.PutStr("messaging.destination.name", c.topic.name)
	a.PutStr("messaging.operation.type", "process")
	a.PutStr("messaging.operation.name", "process")
	a.PutStr("messaging.consumer.group.name", v.name)
	if c.topic.linked {
		l := sp.Links().AppendEmpty()
		l.SetTraceID(ptr)
		l.SetSpanID(psid)
	}
	if !ok {
		sp.Status().SetCode(ptrace.StatusCodeError)
		sp.Status().SetMessage(fl.msg)
		sp.Attributes().PutStr("error.type", fl.excType)
		if v.lang.family() != "go" && fl.excType != "" {
			ev := sp.Events().AppendEmpty()
			ev.SetName("exception")
			ev.SetTimestamp(pcommon.Timestamp(r.skew(v, t)))
			ev.Attributes().PutStr("exception.type", fl.excType)
			ev.Attributes().PutStr("exception.message", fl.msg)
		}
		r.log(in, c, tr, sid, t, "error", "failed to process message: "+fl.msg, stack(c, fl.excType, fl.msg))
		return
	}
	if c.info != "" {
		r.log(in, c, tr, sid, t, "info", render(c.info, r.vals), "")
	}
	if lag := at - sent; lag > int64(5*time.Second) && r.rng.Float64() < 0.1 {
		r.log(in, c, tr, sid, t, "warn", fmt.Sprintf("consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, lag %d records", lag/int64(time.Second)), "")
	}
}

func (r *run) health(in *inst, t int64) {
	v := in.svc
	if r.f.active(t) && r.f.kind == NetworkPartition && r.f.svc == v {
		return // the probe fails, and nothing the pod exports gets out
	}
	d := r.work(in, 300*time.Microsecond, t)
	name := "GET /healthz"
	if v.grpc {
		name = "grpc.health.v1.Health/Check"
	}
	sp := r.out.span(in, r.skew(v, t), r.skew(v, t+d), r.traceID(), r.spanID(), pcommon.SpanID{}, name, ptrace.SpanKindServer)
	a := sp.Attributes()
	if v.grpc {
		a.PutStr("rpc.system", "grpc")
		a.PutStr("rpc.service", "grpc.health.v1.Health")
		a.PutStr("rpc.method", "Check")
		a.PutInt("rpc.grpc.status_code", 0)
	} else {
		a.PutStr("http.request.method", "GET")
		a.PutStr("http.route", "/healthz")
		a.PutStr("url.path", "/healthz")
		a.PutInt("http.response.status_code", 200)
	}
}

// startupLogs are the lines a replica writes when it starts.
func (r *run) startupLogs(in *inst) {
	v := in.svc
	var lines []string
	switch v.lang.family() {
	case "jvm":
		lines = []string{fmt.Sprintf("Starting %sApplication v%s using Java 21.0.5 with PID 1", titleWord(v.name), in.version), fmt.Sprintf("Started %sApplication in %d.%03d seconds (process running for %d.%d)", titleWord(v.name), 4+r.rng.IntN(6), r.rng.IntN(1000), 6+r.rng.IntN(5), r.rng.IntN(10))}
	case "node":
		lines = []string{fmt.Sprintf("%s listening on port %d", v.name, v.port)}
	case "dotnet":
		lines = []string{fmt.Sprintf("Now listening on: http://[::]:%d", v.port), "Application started. Press Ctrl+C to shut down."}
	case "python":
		lines = []string{fmt.Sprintf("%s server started, listening on port %d", v.name, v.port)}
	case "nginx":
		return
	default:
		lines = []string{fmt.Sprintf("%s service (version %s) listening on :%d", v.name, in.version, v.port)}
	}
	for k, l := range lines {
		r.log(in, nil, pcommon.TraceID{}, pcommon.SpanID{}, in.start+int64(k)*int64(200*time.Millisecond), "info", l, "")
	}
}

// skew shifts the timestamps v writes while its clock is off.
func (r *run) skew(v *svc, t int64) int64 {
	f := r.f
	if f != nil && f.kind == TimeSkew && f.svc == v && t >= f.at {
		return t + int64(f.skew)
	}
	return t
}

func (r *run) log(in *inst, o *op, tr pcommon.TraceID, sid pcommon.SpanID, t int64, level, msg, trace string) {
	v := in.svc
	if v.lang == langNginx || t >= r.end || t < r.start {
		return
	}
	if v.sdkLogs && r.f.active(t) && r.f.kind == NetworkPartition && r.f.svc == v {
		return // the SDK's exporter cannot reach the collector (stdout lines are read on the node)
	}
	t = r.skew(v, t)
	lr := r.out.logRecord(in)
	lr.SetTimestamp(pcommon.Timestamp(t))
	lr.SetObservedTimestamp(pcommon.Timestamp(t + int64(time.Millisecond)))
	if !v.sdkLogs {
		lr.Body().SetStr(stdoutLine(v, o, in.pod, t, level, msg, trace))
		lr.Attributes().PutStr("log.iostream", "stdout")
		return
	}
	lr.Body().SetStr(msg)
	switch level {
	case "info":
		lr.SetSeverityNumber(plog.SeverityNumberInfo)
		lr.SetSeverityText(map[bool]string{true: "Information", false: "INFO"}[v.lang == langDotnet])
	case "warn":
		lr.SetSeverityNumber(plog.SeverityNumberWarn)
		lr.SetSeverityText(map[bool]string{true: "Warning", false: "WARN"}[v.lang == langDotnet])
	default:
		lr.SetSeverityNumber(plog.SeverityNumberError)
		lr.SetSeverityText(map[bool]string{true: "Error", false: "ERROR"}[v.lang == langDotnet])
	}
	if !tr.IsEmpty() {
		lr.SetTraceID(tr)
		lr.SetSpanID(sid)
	}
	if o != nil && v.lang.jvm() {
		lr.Attributes().PutStr("code.namespace", o.logger)
	}
	if trace != "" {
		lr.Attributes().PutStr("exception.stacktrace", trace)
	}
}

func (r *run) traceID() pcommon.TraceID {
	var id pcommon.TraceID
	binary.BigEndian.PutUint64(id[:8], r.rng.Uint64())
	binary.BigEndian.PutUint64(id[8:], r.rng.Uint64()|1)
	return id
}

func (r *run) spanID() pcommon.SpanID {
	var id pcommon.SpanID
	binary.BigEndian.PutUint64(id[:], r.rng.Uint64()|1)
	return id
}
