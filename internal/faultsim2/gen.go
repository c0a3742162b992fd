package faultsim2

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/faultsim"
	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
)

// Source is the label's source field.
const Source = "faultsim2"

var epoch = time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)

// Generate simulates system number idx of seed: Options.Normals fault-free
// windows then Options.CasesPerSystem fault cases, each its own window
// 10 minutes apart on the system's day. Deterministic from (seed, idx).
func Generate(seed uint64, idx int, opt Options) []faultsim.Window {
	opt = opt.withDefaults()
	s := newSystem(rand.New(rand.NewPCG(seed, uint64(idx)*2+1)), idx, epoch)
	var out []faultsim.Window
	for k := 0; k < opt.Normals+opt.CasesPerSystem; k++ {
		out = append(out, genWindow(s, seed, idx, k, opt))
	}
	return out
}

// genWindow is window k of system s (its own random stream: a window does
// not depend on the others).
func genWindow(s *system, seed uint64, idx, k int, opt Options) faultsim.Window {
	r := rand.New(rand.NewPCG(seed^0x5eed, uint64(idx)<<16|uint64(k)))
	start := s.day.Add(9 * time.Hour).Add(time.Duration(k) * 10 * time.Minute)
	kind := ""
	if k >= opt.Normals {
		kind = FaultKinds[(idx*opt.CasesPerSystem+k-opt.Normals)%len(FaultKinds)]
	}
	prior, cur := releases(s, seed, idx, k)
	return window(s, r, start, opt, kind, k, prior, cur)
}

// release is a benign release of a service: a new version that logs one
// new INFO line and otherwise behaves the same.
type release struct {
	svc  *service
	off  float64 // when in its window it starts rolling out
	line string
}

// releases is the system's release schedule up to window k: those of
// earlier windows (their versions run from the start of window k) and the
// one rolling out during window k (nil none). About one window in three
// has one.
func releases(s *system, seed uint64, idx, k int) (prior []release, cur *release) {
	r := rand.New(rand.NewPCG(seed^0xbe11, uint64(idx)))
	for j := 0; j <= k; j++ {
		if r.Float64() >= 0.35 {
			continue
		}
		rel := release{svc: s.services[r.IntN(len(s.services))], off: r.Float64()}
		rel.line = benignLine(rel.svc, r)
		if j < k {
			prior = append(prior, rel)
		} else {
			cur = &rel
		}
	}
	return prior, cur
}

// versionOf is sv's version after n releases.
func versionOf(sv *service, n int) string {
	if n == 0 {
		return sv.version
	}
	return fmt.Sprintf("%s-r%d", sv.version, n+1)
}

func window(s *system, r *rand.Rand, start time.Time, opt Options, kind string, k int, prior []release, cur *release) faultsim.Window {
	w := &world{s: s, r: r, start: start.UnixNano(), end: start.Add(opt.Window).UnixNano(), pods: map[*service][]*pod{}, stuck: map[*topic]int{}, released: map[*service]int{}}
	line := map[*service]string{}
	for _, rel := range prior {
		w.released[rel.svc]++
		line[rel.svc] = rel.line
	}
	for _, sv := range s.services {
		rs := hexs(r, 10)
		for i := 0; i < sv.replicas; i++ {
			w.pods[sv] = append(w.pods[sv], &pod{svc: sv, name: sv.name + "-" + rs + "-" + alnum(r, 5), version: versionOf(sv, w.released[sv]), newLine: line[sv],
				node: fmt.Sprintf("node-%d", 1+r.IntN(6)), from: w.start - int64(time.Hour), to: w.end + int64(time.Hour)})
		}
	}
	at := w.start + int64(float64(w.end-w.start)*(0.35+0.15*r.Float64()))
	w.f = &fault{kind: kind, at: at}
	if kind == "" {
		w.f.at = w.end + 1
	}
	label := faultsim.Label{Case: otlpjson.Case{Kind: otlpjson.KindNormal, Day: s.day.Format("2006-01-02")}, Source: Source}
	// the benign release rolling out in this window
	if cur != nil {
		w.released[cur.svc]++
		for _, p := range rollout(w, cur.svc, versionOf(cur.svc, w.released[cur.svc]), w.start+int64(cur.off*float64(w.end-w.start)), false) {
			p.newLine = cur.line
		}
	}
	if kind != "" {
		inject(w, kind)
		f := w.f
		label.Kind = otlpjson.KindFault
		label.RootCauseService = f.svc.name
		if f.pod != nil {
			label.RootCausePod = f.pod.name
		}
		label.FaultType = f.kind // the kind injected (CPU saturation when kind does not apply)
		label.FaultClass = faultClass(f.kind)
		label.InjectTime = time.Unix(0, f.at).UTC()
		label.DataStart = start
		label.DataEnd = time.Unix(0, w.end).UTC()
		if f.op != nil {
			label.RootCauseOperation = f.op.name
		}
		label.Detail = f.detail
		label.ID = fmt.Sprintf("%s_%s_%02d_%s_%s", s.day.Format("2006-01-02"), start.Format("1504"), k, f.svc.name, f.kind)
	} else {
		label.ID = fmt.Sprintf("%s_%s_%02d_normal", s.day.Format("2006-01-02"), start.Format("1504"), k)
		label.DataStart = start
	}
	label.WindowEnd = time.Unix(0, w.end).UTC()
	grpc, dbs, caches := 0, 0, 0
	for _, sv := range s.services {
		if sv.grpc {
			grpc++
		}
		if sv.db != nil {
			dbs++
		}
		if sv.cache != nil {
			caches++
		}
	}
	label.System = faultsim.SystemInfo{Name: s.name, Services: len(s.services), GRPC: grpc, Queues: len(s.topics), Databases: dbs, Caches: caches, RatePerS: int(s.rate * opt.Rate)}
	if s.ext != nil {
		label.System.Externals = 1
	}
	w.traffic(opt.Rate)
	w.probes()
	w.job()
	w.startupLogs()
	w.drop()
	w.sortRecords()
	win := faultsim.Window{Label: label}
	win.Traces = emitTraces(w)
	win.Logs = emitLogs(w)
	win.Label.Stats.Spans = len(w.spans)
	win.Label.Stats.LogRecords = len(w.logs)
	return win
}

// rollout replaces the pods of sv one by one from t (20-40 s apart) by
// pods of version v; only the first when canary.
func rollout(w *world, sv *service, v string, t int64, canary bool) []*pod {
	rs := hexs(w.r, 10)
	var old []*pod
	for _, p := range w.pods[sv] {
		if p.from <= t && p.to > t {
			old = append(old, p)
		}
	}
	var fresh []*pod
	for i, p := range old {
		if canary && i > 0 {
			break
		}
		np := &pod{svc: sv, name: sv.name + "-" + rs + "-" + alnum(w.r, 5), version: v, node: fmt.Sprintf("node-%d", 1+w.r.IntN(6)), from: t, to: p.to}
		if canary {
			np.to = w.end + int64(time.Hour)
		} else {
			p.to = t
		}
		w.pods[sv] = append(w.pods[sv], np)
		fresh = append(fresh, np)
		t += int64(time.Duration(20+w.r.IntN(20)) * time.Second)
	}
	return fresh
}

// candidates are the services a fault kind can hit.
func candidates(w *world, kind string) []*service {
	var out []*service
	for _, sv := range w.s.services {
		ok := true
		called := !sv.edge // every other service is reached through calls
		switch kind {
		case GCPause:
			ok = sv.jvm || sv.lang == langNode
		case NetworkDelay, PacketLoss, CertExpiry:
			ok = called
		case ErrorReturn:
			ok = called
		case SlowDatabase, PoolLeak:
			ok = sv.db != nil
		case BadConfig:
			ok = slices.ContainsFunc(sv.ops, func(o *op) bool {
				return slices.ContainsFunc(o.steps, func(s step) bool { return s.kind == stepCall })
			})
		case PoisonMessage:
			ok = slices.ContainsFunc(w.s.topics, func(t *topic) bool { return t.consumer.svc == sv })
		}
		if ok {
			out = append(out, sv)
		}
	}
	// nil when the kind does not apply to this system (no consumer, no
	// JVM): inject then falls back to CPU saturation, and the label says so
	return out
}

func inject(w *world, kind string) {
	r := w.r
	f := w.f
	cands := candidates(w, kind)
	if cands == nil {
		kind = CPUSaturation
		f.kind = kind
		cands = w.s.services
	}
	sv := cands[r.IntN(len(cands))]
	f.svc = sv
	var pods []*pod
	for _, p := range w.pods[sv] {
		if p.alive(f.at) {
			pods = append(pods, p)
		}
	}
	userOp := func() *op {
		var ops []*op
		for _, o := range sv.ops {
			if o.topic == nil && (len(o.callers) > 0 || sv.edge) {
				ops = append(ops, o)
			}
		}
		return ops[r.IntN(len(ops))]
	}
	switch kind {
	case CPUSaturation:
		f.factor = 3 + r.Float64()*6
		all := r.IntN(2) == 0
		for i, p := range pods {
			if all || i == 0 {
				p.slow = f.factor
			}
		}
		if !all {
			f.pod = pods[0]
		}
		f.detail = fmt.Sprintf("CPU saturation on %s: own time x%.1f", map[bool]string{true: "every replica", false: "one replica"}[all], f.factor)
		// slow from f.at only: split each pod into before/after by time in serve
		for _, p := range pods {
			if p.slow > 0 {
				np := *p
				p.to = f.at
				np.from = f.at
				w.pods[sv] = append(w.pods[sv], &np)
				p.slow = 0
			}
		}
		// the pods after f.at keep the same name: one process, slower
	case GCPause:
		f.pod = pods[r.IntN(len(pods))]
		f.pod.gc = true
		f.extra = time.Duration(500+r.IntN(2500)) * time.Millisecond
		f.detail = fmt.Sprintf("stop-the-world pauses of %v every 6 s on %s", f.extra, f.pod.name)
		if r.Float64() < 0.6 {
			// some services log their own pause detector
			for t := f.at; t < w.end; t += int64(6 * time.Second) {
				w.log(f.pod, nil, nil, t+int64(f.extra), 13, fmt.Sprintf("JVM pause detected: %dms (GC overhead high, heap %d%% used)", f.extra.Milliseconds(), 92+r.IntN(7)), nil)
			}
		}
	case NetworkDelay:
		f.extra = time.Duration(100+r.IntN(900)) * time.Millisecond
		f.detail = fmt.Sprintf("netem delay %v each way on every replica's interface", f.extra)
	case PacketLoss:
		f.rate = 0.1 + r.Float64()*0.3
		f.detail = fmt.Sprintf("netem loss: %.0f%% of calls retransmit, some reset", 100*f.rate)
	case InstanceCrash:
		f.pod = pods[r.IntN(len(pods))]
		f.pod.downFrom = f.at
		f.pod.downTo = f.at + int64(time.Duration(20+r.IntN(50))*time.Second)
		f.pod.unroutedFrom = f.at + int64(time.Duration(3+r.IntN(10))*time.Second)
		f.pod.unrouted = f.pod.downTo + int64(time.Duration(5+r.IntN(10))*time.Second)
		f.detail = fmt.Sprintf("%s OOM-killed, restarted after %ds", f.pod.name, (f.pod.downTo-f.at)/1e9)
	case CodeException:
		f.op = userOp()
		f.rate = 0.2 + r.Float64()*0.8
		f.errType, f.errMsg = codeError(sv, f.op)
		f.detail = fmt.Sprintf("%s throws %s on %.0f%% of calls", f.op.name, f.errType, 100*f.rate)
	case ErrorReturn:
		var ops []*op
		for _, o := range sv.ops {
			if len(o.callers) > 0 {
				ops = append(ops, o)
			}
		}
		if len(ops) == 0 {
			ops = []*op{userOp()}
		}
		f.op = ops[r.IntN(len(ops))]
		f.rate = 0.3 + r.Float64()*0.7
		f.detail = fmt.Sprintf("%s returns a malformed payload with success on %.0f%% of calls", f.op.name, 100*f.rate)
	case SlowDatabase:
		f.factor = 10 + r.Float64()*40
		f.detail = fmt.Sprintf("%s (%s) queries x%.0f slower", sv.db.host, sv.db.system, f.factor)
	case PoolLeak:
		f.detail = fmt.Sprintf("connection leak drains the pool of %d in about a minute", sv.pool)
	case BadRelease:
		f.op = userOp()
		f.rate = 0.4 + r.Float64()*0.6
		canary := r.IntN(3) == 0
		f.errType, f.errMsg = releaseError(sv, f.op, r)
		v := versionOf(sv, w.released[sv]+1)
		for _, p := range rollout(w, sv, v, f.at, canary) {
			p.bad = true
		}
		f.detail = fmt.Sprintf("release %s (canary %v) fails %s: %s", v, canary, f.op.name, f.errMsg)
	case BadConfig:
		var callees []*service
		for _, o := range sv.ops {
			for _, s := range o.steps {
				if s.kind == stepCall && !slices.Contains(callees, s.target.svc) {
					callees = append(callees, s.target.svc)
				}
			}
		}
		f.callee = callees[r.IntN(len(callees))]
		f.errMsg = f.callee.name + pick(r, []string{"-v2", ".internal", "s", "-prod"}) + f.callee.hosts
		for _, p := range pods {
			w.log(p, nil, nil, f.at-int64(time.Second), 9, configLine(sv), nil)
		}
		f.detail = fmt.Sprintf("config push: client for %s points at %s (does not resolve)", f.callee.name, f.errMsg)
	case CertExpiry:
		f.detail = "serving certificate expired"
	case PoisonMessage:
		for _, t := range w.s.topics {
			if t.consumer.svc == sv {
				f.topic = t
			}
		}
		f.op = f.topic.consumer
		f.detail = fmt.Sprintf("a record on %s cannot be deserialized and is retried forever, blocking its partition", f.topic.name)
	}
}

func codeError(sv *service, o *op) (string, string) {
	switch sv.lang {
	case langJava:
		return "java.lang.NullPointerException", "Cannot invoke \"" + sv.pkg + ".model." + className(sv) + ".getId()\" because \"" + singular(sv.noun) + "\" is null"
	case langGo:
		return "runtime.Error", "runtime error: invalid memory address or nil pointer dereference"
	case langNode:
		return "TypeError", "Cannot read properties of null (reading 'id')"
	}
	return "AttributeError", "'NoneType' object has no attribute 'id'"
}

func releaseError(sv *service, o *op, r *rand.Rand) (string, string) {
	if sv.db != nil && r.IntN(2) == 0 {
		switch sv.db.system {
		case "postgresql":
			return "org.postgresql.util.PSQLException", "ERROR: column \"" + singular(sv.noun) + "_tier\" does not exist"
		case "mysql":
			return "java.sql.SQLSyntaxErrorException", "Unknown column '" + singular(sv.noun) + "_tier' in 'field list'"
		}
	}
	switch sv.lang {
	case langJava:
		return "java.lang.IllegalStateException", "Required property '" + sv.logger + ".limits.max-items' is not set"
	case langGo:
		return "*errors.errorString", "config: missing required key " + sv.logger + ".max_items"
	case langNode:
		return "Error", "Missing required environment variable " + sv.logger + "_MAX_ITEMS"
	}
	return "KeyError", "'MAX_ITEMS'"
}

// benignLine is what a benign release starts logging (a new feature flag,
// a new cache warm-up message).
func benignLine(sv *service, r *rand.Rand) string {
	flag := pick(r, []string{"new-checkout-flow", "async-refresh", "v2-pricing", "compact-payload"})
	switch sv.lang {
	case langJava:
		return "Feature flag '" + flag + "' evaluated to true for request {id}"
	case langGo:
		return "feature " + flag + " enabled"
	case langNode:
		return "flag " + flag + " on"
	}
	return "Feature " + flag + " active for {id}"
}

func configLine(sv *service) string {
	switch sv.lang {
	case langJava:
		return "Refreshing keys: [downstream.endpoints]"
	case langGo:
		return "config reloaded"
	case langNode:
		return "configuration updated from config server"
	}
	return "Reloaded settings from /etc/config"
}

// startupLogs: a crashed replica logs its start-up when it comes back;
// every pod started by a release logs it too.
func (w *world) startupLogs() {
	for _, sv := range w.s.services {
		for _, p := range w.pods[sv] {
			var at []int64
			if p.downTo > 0 {
				at = append(at, p.downTo)
			}
			if p.from > w.start && p.from < w.end && !(w.f.kind == CPUSaturation && p.from == w.f.at) {
				at = append(at, p.from)
			}
			for _, t := range at {
				msg := map[lang]string{
					langJava:   fmt.Sprintf("Started %sApplication in %.3f seconds (process running for %.3f)", className(sv), 6+w.r.Float64()*10, 8+w.r.Float64()*10),
					langGo:     fmt.Sprintf("listening on :%d", sv.port),
					langNode:   fmt.Sprintf("Server listening on port %d", sv.port),
					langPython: fmt.Sprintf("Booting worker with pid: %d", 7+w.r.IntN(20)),
				}[sv.lang]
				w.log(p, nil, nil, t+int64(time.Second), 9, msg, nil)
			}
		}
	}
}

// drop removes what a crashed process never exported: spans that ended
// while it was down (or were in flight when it died).
func (w *world) drop() {
	out := w.spans[:0]
	for _, s := range w.spans {
		p := s.pod
		if p.downTo > 0 && s.end >= p.downFrom && s.start < p.downTo {
			continue
		}
		out = append(out, s)
	}
	w.spans = out
	lo := w.logs[:0]
	for _, l := range w.logs {
		if l.t >= w.start && l.t < w.end {
			lo = append(lo, l)
		}
	}
	w.logs = lo
}

func setAttrs(m pcommon.Map, as []attr) {
	for _, a := range as {
		switch v := a.v.(type) {
		case string:
			m.PutStr(a.k, v)
		case int:
			m.PutInt(a.k, int64(v))
		case int64:
			m.PutInt(a.k, v)
		case float64:
			m.PutDouble(a.k, v)
		case bool:
			m.PutBool(a.k, v)
		}
	}
}

func setResource(res pcommon.Resource, p *pod) {
	m := res.Attributes()
	sv := p.svc
	m.PutStr("service.name", sv.name)
	m.PutStr("service.version", p.version)
	m.PutStr("service.instance.id", p.name)
	m.PutStr("telemetry.sdk.name", "opentelemetry")
	m.PutStr("telemetry.sdk.language", sv.lang.sdk())
	m.PutStr("k8s.pod.name", p.name)
	m.PutStr("k8s.node.name", p.node)
	m.PutStr("deployment.environment.name", "production")
}

const batch = 5 * time.Second

// emitTraces groups spans by 5 s of end time (an SDK batch processor's
// export) and then by pod and scope.
func emitTraces(w *world) []ptrace.Traces {
	var out []ptrace.Traces
	for i := 0; i < len(w.spans); {
		lim := w.spans[i].end/int64(batch)*int64(batch) + int64(batch)
		j := i
		for j < len(w.spans) && w.spans[j].end < lim {
			j++
		}
		td := ptrace.NewTraces()
		type key struct {
			p     *pod
			scope string
		}
		ss := map[key]ptrace.SpanSlice{}
		rss := map[*pod]ptrace.ResourceSpans{}
		for _, s := range w.spans[i:j] {
			rs, ok := rss[s.pod]
			if !ok {
				rs = td.ResourceSpans().AppendEmpty()
				setResource(rs.Resource(), s.pod)
				rss[s.pod] = rs
			}
			k := key{s.pod, s.scope}
			sl, ok := ss[k]
			if !ok {
				sc := rs.ScopeSpans().AppendEmpty()
				sc.Scope().SetName(s.scope)
				sl = sc.Spans()
				ss[k] = sl
			}
			sp := sl.AppendEmpty()
			sp.SetTraceID(s.trace)
			sp.SetSpanID(s.id)
			if s.parent != ([8]byte{}) {
				sp.SetParentSpanID(s.parent)
			}
			sp.SetName(s.name)
			sp.SetKind(ptrace.SpanKind(s.kind))
			sp.SetStartTimestamp(pcommon.Timestamp(s.start))
			sp.SetEndTimestamp(pcommon.Timestamp(s.end))
			setAttrs(sp.Attributes(), s.attrs)
			switch s.status {
			case 1:
				sp.Status().SetCode(ptrace.StatusCodeOk)
			case 2:
				sp.Status().SetCode(ptrace.StatusCodeError)
				sp.Status().SetMessage(s.statusMsg)
			}
			for _, e := range s.events {
				ev := sp.Events().AppendEmpty()
				ev.SetName(e.name)
				ev.SetTimestamp(pcommon.Timestamp(e.t))
				setAttrs(ev.Attributes(), e.attrs)
			}
		}
		out = append(out, td)
		i = j
	}
	return out
}

func emitLogs(w *world) []plog.Logs {
	var out []plog.Logs
	for i := 0; i < len(w.logs); {
		lim := w.logs[i].t/int64(batch)*int64(batch) + int64(batch)
		j := i
		for j < len(w.logs) && w.logs[j].t < lim {
			j++
		}
		ld := plog.NewLogs()
		type key struct {
			p     *pod
			scope string
		}
		ls := map[key]plog.LogRecordSlice{}
		rls := map[*pod]plog.ResourceLogs{}
		for _, l := range w.logs[i:j] {
			rl, ok := rls[l.pod]
			if !ok {
				rl = ld.ResourceLogs().AppendEmpty()
				setResource(rl.Resource(), l.pod)
				rls[l.pod] = rl
			}
			k := key{l.pod, l.scope}
			sl, ok := ls[k]
			if !ok {
				sc := rl.ScopeLogs().AppendEmpty()
				if l.sev != 0 {
					sc.Scope().SetName(l.scope)
				}
				sl = sc.LogRecords()
				ls[k] = sl
			}
			lr := sl.AppendEmpty()
			lr.SetTimestamp(pcommon.Timestamp(l.t))
			lr.SetObservedTimestamp(pcommon.Timestamp(l.t + int64(w.r.IntN(900))*1e6))
			if l.sev != 0 {
				lr.SetSeverityNumber(plog.SeverityNumber(l.sev))
				lr.SetSeverityText(sevText[l.sev])
			} else {
				lr.SetTimestamp(0) // a filelog receiver without a time parser
				lr.Attributes().PutStr("log.iostream", "stdout")
				lr.Attributes().PutStr("log.file.path", "/var/log/pods/"+l.pod.name+"/app/0.log")
			}
			lr.Body().SetStr(l.body)
			setAttrs(lr.Attributes(), l.attrs)
			if l.traced {
				lr.SetTraceID(l.trace)
				lr.SetSpanID(l.span)
			}
		}
		out = append(out, ld)
		i = j
	}
	return out
}
