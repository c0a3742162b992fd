package faultsim2

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/faultsim"
	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
)

var small = Options{CasesPerSystem: 3, Window: 90 * time.Second}

func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		out[strings.TrimPrefix(p, dir)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Same seed, same bytes; another seed, other bytes.
func TestDeterministic(t *testing.T) {
	write := func(seed uint64) map[string][]byte {
		dir := t.TempDir()
		if err := faultsim.WriteDir(dir, Generate(seed, 1, small)); err != nil {
			t.Fatal(err)
		}
		return readDir(t, dir)
	}
	a, b, c := write(7), write(7), write(8)
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("files: %d vs %d", len(a), len(b))
	}
	for k, v := range a {
		if !bytes.Equal(v, b[k]) {
			t.Fatalf("%s differs between two runs of the same seed", k)
		}
	}
	if bytes.Equal(a["/cases.jsonl"], c["/cases.jsonl"]) {
		t.Fatal("seeds 7 and 8 gave the same cases")
	}
}

// Labels validate, cases.jsonl reads back, each day has at least two
// fault-free windows ending before its cases, and the root-cause service
// appears in the window's telemetry.
func TestLabelsValid(t *testing.T) {
	dir := t.TempDir()
	var all []faultsim.Window
	for i := 0; i < 4; i++ {
		all = append(all, Generate(3, i, small)...)
	}
	if err := faultsim.WriteDir(dir, all); err != nil {
		t.Fatal(err)
	}
	cases, err := otlpjson.ReadCasesFile(filepath.Join(dir, "cases.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 4*(2+3) {
		t.Fatalf("%d cases", len(cases))
	}
	normals := map[string][]otlpjson.Case{}
	for _, c := range cases {
		if c.Kind == otlpjson.KindNormal {
			normals[c.Day] = append(normals[c.Day], c)
		}
	}
	for _, w := range all {
		c := w.Label.Case
		if err := c.Validate(); err != nil {
			t.Fatal(err)
		}
		if _, err := otlpjson.ReadLabel(otlpjson.LabelPath(dir, c.ID)); err != nil {
			t.Fatal(err)
		}
		if c.Kind == otlpjson.KindNormal {
			continue
		}
		if !slices.Contains(FaultKinds, c.FaultType) {
			t.Fatalf("%s: kind %q", c.ID, c.FaultType)
		}
		if len(normals[c.Day]) < 2 || normals[c.Day][0].WindowEnd.After(c.DataStart) {
			t.Fatalf("%s: fault-free windows of its day %v", c.ID, normals[c.Day])
		}
		if c.InjectTime.Before(c.DataStart) || !c.InjectTime.Before(c.DataEnd) {
			t.Fatalf("%s: inject %v outside [%v, %v)", c.ID, c.InjectTime, c.DataStart, c.DataEnd)
		}
		found := false
		for _, s := range flatten(w) {
			found = found || s.svc == c.RootCauseService
		}
		if !found {
			t.Fatalf("%s: root %s has no span", c.ID, c.RootCauseService)
		}
	}
}

type flat struct {
	svc, inst, version string
	sp                 ptrace.Span
	self               int64 // duration minus direct children
}

func get(m pcommon.Map, k string) string {
	v, ok := m.Get(k)
	if !ok {
		return ""
	}
	return v.AsString()
}

func flatten(w faultsim.Window) []*flat {
	var out []*flat
	byID := map[pcommon.SpanID]*flat{}
	for _, td := range w.Traces {
		for i := 0; i < td.ResourceSpans().Len(); i++ {
			rs := td.ResourceSpans().At(i)
			ra := rs.Resource().Attributes()
			for j := 0; j < rs.ScopeSpans().Len(); j++ {
				ss := rs.ScopeSpans().At(j).Spans()
				for k := 0; k < ss.Len(); k++ {
					sp := ss.At(k)
					f := &flat{svc: get(ra, "service.name"), inst: get(ra, "service.instance.id"), version: get(ra, "service.version"), sp: sp,
						self: int64(sp.EndTimestamp() - sp.StartTimestamp())}
					out = append(out, f)
					byID[sp.SpanID()] = f
				}
			}
		}
	}
	for _, f := range out {
		if p := byID[f.sp.ParentSpanID()]; p != nil {
			p.self -= int64(f.sp.EndTimestamp() - f.sp.StartTimestamp())
		}
	}
	return out
}

// The telemetry of a window, read back from disk, follows the semantic
// conventions the package claims, in both generations.
func TestSemanticConventions(t *testing.T) {
	dir := t.TempDir()
	ws := Generate(5, 2, small)
	if err := faultsim.WriteDir(dir, ws); err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, w := range ws {
		spans := map[pcommon.SpanID]bool{}
		traces := map[pcommon.TraceID]bool{}
		err := otlpjson.ReadTracesFile(otlpjson.TracesPath(dir, w.Label.ID), func(td ptrace.Traces) error {
			for i := 0; i < td.ResourceSpans().Len(); i++ {
				rs := td.ResourceSpans().At(i)
				ra := rs.Resource().Attributes()
				for _, k := range []string{"service.name", "service.version", "service.instance.id", "telemetry.sdk.language"} {
					if get(ra, k) == "" {
						t.Fatalf("resource without %s", k)
					}
				}
				for j := 0; j < rs.ScopeSpans().Len(); j++ {
					ss := rs.ScopeSpans().At(j).Spans()
					for k := 0; k < ss.Len(); k++ {
						sp := ss.At(k)
						spans[sp.SpanID()] = true
						traces[sp.TraceID()] = true
						a := sp.Attributes()
						has := func(keys ...string) bool {
							for _, k := range keys {
								if _, ok := a.Get(k); !ok {
									return false
								}
							}
							return true
						}
						kind := ""
						switch {
						case get(a, "rpc.system") == "grpc":
							kind = "rpc"
							if !has("rpc.service", "rpc.method", "rpc.grpc.status_code") || sp.Name() != get(a, "rpc.service")+"/"+get(a, "rpc.method") {
								t.Fatalf("grpc span %s: %v", sp.Name(), a.AsRaw())
							}
						case has("messaging.system"):
							kind = "messaging"
							if !has("messaging.destination.name", "messaging.operation.type") || !strings.Contains(sp.Name(), get(a, "messaging.destination.name")) {
								t.Fatalf("messaging span %s: %v", sp.Name(), a.AsRaw())
							}
						case has("db.system.name"):
							kind = "db"
							if !has("db.operation.name", "db.namespace", "server.address") || !strings.HasPrefix(sp.Name(), get(a, "db.operation.name")) {
								t.Fatalf("db span %s: %v", sp.Name(), a.AsRaw())
							}
						case has("db.system"):
							kind = "db-old"
							if !has("db.operation", "db.name", "net.peer.name") {
								t.Fatalf("db span %s: %v", sp.Name(), a.AsRaw())
							}
						case has("http.request.method"):
							kind = "http-" + sp.Kind().String()
							if sp.Kind() == ptrace.SpanKindServer && (!has("http.route", "url.path", "http.response.status_code") || sp.Name() != get(a, "http.request.method")+" "+get(a, "http.route")) {
								t.Fatalf("http server span %s: %v", sp.Name(), a.AsRaw())
							}
							if sp.Kind() == ptrace.SpanKindClient && (!has("url.full", "server.address") || sp.Name() != get(a, "http.request.method")) {
								t.Fatalf("http client span %s: %v", sp.Name(), a.AsRaw())
							}
						case has("http.method"):
							kind = "http-old"
							if !has("http.url") && !has("http.route") {
								t.Fatalf("old http span %s: %v", sp.Name(), a.AsRaw())
							}
						default:
							t.Fatalf("span %s follows no convention: %v", sp.Name(), a.AsRaw())
						}
						seen[kind]++
						if sp.Status().Code() == ptrace.StatusCodeError && !has("error.type") {
							t.Fatalf("error span %s without error.type: %v", sp.Name(), a.AsRaw())
						}
						if code, ok := a.Get("http.response.status_code"); ok && code.Int() >= 500 && sp.Status().Code() != ptrace.StatusCodeError {
							t.Fatalf("5xx span %s not an error", sp.Name())
						}
						for e := 0; e < sp.Events().Len(); e++ {
							ev := sp.Events().At(e)
							if ev.Name() != "exception" || get(ev.Attributes(), "exception.type") == "" || get(ev.Attributes(), "exception.message") == "" {
								t.Fatalf("event %s: %v", ev.Name(), ev.Attributes().AsRaw())
							}
							seen["exception"]++
						}
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		err = otlpjson.ReadLogsFile(otlpjson.LogsPath(dir, w.Label.ID), func(ld plog.Logs) error {
			for i := 0; i < ld.ResourceLogs().Len(); i++ {
				rl := ld.ResourceLogs().At(i)
				for j := 0; j < rl.ScopeLogs().Len(); j++ {
					lrs := rl.ScopeLogs().At(j).LogRecords()
					for k := 0; k < lrs.Len(); k++ {
						lr := lrs.At(k)
						switch {
						case !lr.TraceID().IsEmpty():
							seen["log-traced"]++
							if lr.SeverityNumber() == 0 || !traces[lr.TraceID()] {
								t.Fatalf("traced log %q: severity %v, trace in window %v", lr.Body().Str(), lr.SeverityNumber(), traces[lr.TraceID()])
							}
							if w.Label.Kind == otlpjson.KindNormal && !spans[lr.SpanID()] {
								t.Fatalf("log %q: span id not in the window", lr.Body().Str())
							}
						case lr.SeverityNumber() == 0:
							seen["log-raw"]++
							if lr.ObservedTimestamp() == 0 || get(lr.Attributes(), "log.iostream") == "" {
								t.Fatalf("raw log %q", lr.Body().Str())
							}
						default:
							seen["log-untraced"]++
						}
						if lr.SeverityNumber() >= plog.SeverityNumberError && get(lr.Attributes(), "exception.type") != "" && get(lr.Attributes(), "exception.message") == "" {
							t.Fatalf("error log without exception.message: %v", lr.Attributes().AsRaw())
						}
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, k := range []string{"http-Server", "http-Client", "log-traced"} {
		if seen[k] == 0 {
			t.Errorf("no %s record in seed 5 system 2: %v", k, seen)
		}
	}
	t.Logf("records by convention: %v", seen)
}

// windowOf finds a window of the given kind (systems 0..39 of seed 11).
func windowOf(t *testing.T, kind string) faultsim.Window {
	t.Helper()
	opt := Options{CasesPerSystem: len(FaultKinds), Window: 2 * time.Minute}.withDefaults()
	for idx := 0; idx < 40; idx++ {
		k := opt.Normals + slices.Index(FaultKinds, kind) // CasesPerSystem = len(FaultKinds): case k-Normals has kind k-Normals
		s := newSystem(rand.New(rand.NewPCG(11, uint64(idx)*2+1)), idx, epoch)
		w := genWindow(s, 11, idx, k, opt)
		if w.Label.FaultType == kind {
			return w
		}
	}
	t.Fatalf("no %s window", kind)
	return faultsim.Window{}
}

func median(xs []int64) int64 {
	if len(xs) == 0 {
		return 0
	}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	return xs[len(xs)/2]
}

// Each fault kind is visible in the telemetry it should affect, after the
// injection time and not before (not in the ranking's sense: in the
// spans' durations, statuses, versions and presence).
func TestFaultsVisible(t *testing.T) {
	for _, kind := range FaultKinds {
		t.Run(kind, func(t *testing.T) {
			w := windowOf(t, kind)
			l := w.Label
			at := pcommon.NewTimestampFromTime(l.InjectTime)
			root := l.RootCauseService
			spans := flatten(w)
			byID := map[pcommon.SpanID]*flat{}
			for _, f := range spans {
				byID[f.sp.SpanID()] = f
			}
			after := func(f *flat) bool { return f.sp.StartTimestamp() >= at }
			isServer := func(f *flat) bool {
				return f.svc == root && f.sp.Kind() == ptrace.SpanKindServer && !strings.Contains(f.sp.Name(), "ealth")
			}
			// count spans matching pred before and after injection
			count := func(pred func(*flat) bool) (b, a int) {
				for _, f := range spans {
					if pred(f) {
						if after(f) {
							a++
						} else {
							b++
						}
					}
				}
				return
			}
			durs := func(pred func(*flat) bool, self bool) (b, a []int64) {
				for _, f := range spans {
					if pred(f) {
						d := int64(f.sp.EndTimestamp() - f.sp.StartTimestamp())
						if self {
							d = f.self
						}
						if after(f) {
							a = append(a, d)
						} else {
							b = append(b, d)
						}
					}
				}
				return
			}
			isErr := func(f *flat) bool { return f.sp.Status().Code() == ptrace.StatusCodeError }
			// client spans whose server side is the root (a call to it)
			callToRoot := func(f *flat) bool {
				if f.sp.Kind() != ptrace.SpanKindClient || f.svc == root {
					return false
				}
				a := f.sp.Attributes()
				host := get(a, "server.address") + get(a, "net.peer.name")
				return strings.HasPrefix(host, root) && get(a, "db.system.name")+get(a, "db.system") == ""
			}
			switch kind {
			case CPUSaturation:
				onPod := func(f *flat) bool { return isServer(f) && (l.RootCausePod == "" || f.inst == l.RootCausePod) }
				b, a := durs(onPod, true)
				if median(a) < 2*median(b) {
					t.Fatalf("own time of %s: median %v before, %v after", root, time.Duration(median(b)), time.Duration(median(a)))
				}
			case GCPause:
				slow := func(f *flat) bool {
					return f.inst == l.RootCausePod && isServer(f) && f.self > int64(400*time.Millisecond)
				}
				b, a := count(slow)
				if a == 0 || b > 0 {
					t.Fatalf("requests of %s stalled > 400 ms: %d before, %d after", l.RootCausePod, b, a)
				}
			case NetworkDelay:
				cb, ca := durs(callToRoot, false)
				sb, sa := durs(isServer, false)
				if median(ca)-median(cb) < int64(150*time.Millisecond) || median(sa) > 2*median(sb)+int64(5*time.Millisecond) {
					t.Fatalf("calls to %s %v -> %v; its server spans %v -> %v", root, time.Duration(median(cb)), time.Duration(median(ca)), time.Duration(median(sb)), time.Duration(median(sa)))
				}
			case PacketLoss:
				slow := func(f *flat) bool {
					return callToRoot(f) && (isErr(f) || f.sp.EndTimestamp()-f.sp.StartTimestamp() > pcommon.Timestamp(200*time.Millisecond))
				}
				b, a := count(slow)
				if a < 3 || a < 3*b {
					t.Fatalf("slow or reset calls to %s: %d before, %d after", root, b, a)
				}
			case InstanceCrash:
				window := pcommon.Timestamp(3 * time.Second)
				var before, down int
				for _, f := range spans {
					if f.inst != l.RootCausePod {
						continue
					}
					s := f.sp.StartTimestamp()
					if s >= at-pcommon.Timestamp(20*time.Second) && s < at {
						before++
					}
					if s >= at+window && s < at+pcommon.Timestamp(20*time.Second) {
						down++
					}
				}
				_, errs := count(func(f *flat) bool { return callToRoot(f) && isErr(f) })
				if before == 0 || down > 0 || errs == 0 {
					t.Fatalf("%s: %d spans in the 20 s before, %d while down; %d failed calls to it", l.RootCausePod, before, down, errs)
				}
			case CodeException, BadRelease:
				withExc := func(f *flat) bool { return isServer(f) && isErr(f) && f.sp.Events().Len() > 0 }
				b, a := count(withExc)
				if a < 3 || a < 5*b { // chronic exceptions run before too
					t.Fatalf("%s server spans with exceptions: %d before, %d after", root, b, a)
				}
				if kind == BadRelease {
					vb := map[string]bool{}
					for _, f := range spans {
						if f.svc == root && !after(f) {
							vb[f.version] = true
						}
					}
					var oldV, newV int
					for _, f := range spans {
						if withExc(f) && after(f) {
							if vb[f.version] {
								oldV++
							} else {
								newV++
							}
						}
					}
					if newV < 3 || newV < 5*oldV {
						t.Fatalf("exceptions after the release: %d from the new version, %d from versions that ran before", newV, oldV)
					}
				}
			case ErrorReturn:
				// the root answers with success; the callers of its
				// operation fail
				rootErr := func(f *flat) bool { return isServer(f) && f.sp.Name() == l.RootCauseOperation && isErr(f) }
				callerErr := func(f *flat) bool {
					if f.svc == root || f.sp.Kind() != ptrace.SpanKindServer || !isErr(f) || f.sp.Events().Len() > 0 {
						return false
					}
					for _, g := range spans {
						if g.svc == root && g.sp.Name() == l.RootCauseOperation {
							if c := byID[g.sp.ParentSpanID()]; c != nil && c.sp.ParentSpanID() == f.sp.SpanID() {
								return true
							}
						}
					}
					return false
				}
				_, ra := count(rootErr)
				cb, ca := count(callerErr)
				if ra > 0 || ca < 3 || ca < 5*cb {
					t.Fatalf("root errors after %d; caller errors %d before, %d after", ra, cb, ca)
				}
			case SlowDatabase:
				db := func(f *flat) bool {
					return f.svc == root && get(f.sp.Attributes(), "db.system.name")+get(f.sp.Attributes(), "db.system") != "" && get(f.sp.Attributes(), "db.system.name")+get(f.sp.Attributes(), "db.system") != "redis"
				}
				b, a := durs(db, false)
				if median(a) < 5*median(b) {
					t.Fatalf("queries of %s: median %v before, %v after", root, time.Duration(median(b)), time.Duration(median(a)))
				}
			case PoolLeak:
				b, a := count(func(f *flat) bool { return isServer(f) && isErr(f) })
				if a < 5 || a < 5*b {
					t.Fatalf("failed requests of %s: %d before, %d after", root, b, a)
				}
			case BadConfig:
				b, a := count(func(f *flat) bool {
					return f.svc == root && f.sp.Kind() == ptrace.SpanKindClient && isErr(f) && get(f.sp.Attributes(), "db.system.name")+get(f.sp.Attributes(), "db.system") == ""
				})
				if a == 0 || a < 5*b {
					t.Fatalf("failed calls by %s: %d before, %d after", root, b, a)
				}
			case CertExpiry:
				b, a := count(func(f *flat) bool {
					return isServer(f) && f.sp.StartTimestamp() > at+pcommon.Timestamp(time.Second) || isServer(f) && !after(f)
				})
				_, errs := count(func(f *flat) bool { return callToRoot(f) && isErr(f) })
				if b == 0 || a > 0 || errs == 0 {
					t.Fatalf("requests served by %s: %d before, %d after; failed handshakes %d", root, b, a, errs)
				}
			case PoisonMessage:
				b, a := count(func(f *flat) bool { return f.svc == root && f.sp.Kind() == ptrace.SpanKindConsumer && isErr(f) })
				if a < 3 || b > 0 {
					t.Fatalf("failed consumer spans of %s: %d before, %d after", root, b, a)
				}
			default:
				t.Fatalf("kind %s untested", kind)
			}
		})
	}
}

// A release persists: when a service rolled out a new version in a window
// (two versions seen), the next window does not start on the version it
// replaced (unless that window's fault was the service's bad release,
// rolled back); and some release happens in the first systems.
func TestReleasesPersist(t *testing.T) {
	released := 0
	for idx := 0; idx < 4; idx++ {
		ws := Generate(3, idx, small)
		versions := func(w faultsim.Window, from, to time.Duration) map[string]map[string]bool {
			out := map[string]map[string]bool{}
			start := pcommon.NewTimestampFromTime(w.Label.DataStart)
			for _, f := range flatten(w) {
				s := f.sp.StartTimestamp()
				if s >= start+pcommon.Timestamp(from) && s < start+pcommon.Timestamp(to) {
					if out[f.svc] == nil {
						out[f.svc] = map[string]bool{}
					}
					out[f.svc][f.version] = true
				}
			}
			return out
		}
		for k := 0; k+1 < len(ws); k++ {
			all := versions(ws[k], 0, small.Window)
			first := versions(ws[k], 0, 10*time.Second)
			next := versions(ws[k+1], 0, small.Window)
			for svc, vs := range all {
				if len(vs) < 2 || len(first[svc]) != 1 || ws[k].Label.FaultType == BadRelease && ws[k].Label.RootCauseService == svc {
					continue
				}
				released++
				for old := range first[svc] {
					if next[svc][old] {
						t.Fatalf("system %d: %s rolled out %v in window %d, window %d runs %s again", idx, svc, vs, k, k+1, old)
					}
				}
			}
		}
	}
	if released == 0 {
		t.Fatal("no release in 4 systems")
	}
}

// Every service and every topic's consumer is reached by the traffic, and
// every operation with callers is called by a reached operation: a fault
// injected there can show (a producer nobody calls would make a poison
// message invisible).
func TestReachable(t *testing.T) {
	for idx := 0; idx < 200; idx++ {
		s := newSystem(rand.New(rand.NewPCG(uint64(idx), uint64(idx)*2+1)), idx, epoch)
		reach := s.reach()
		for _, sv := range s.services {
			if !slices.ContainsFunc(sv.ops, func(o *op) bool { return reach[o] }) {
				t.Fatalf("system %d: no operation of %s is reached", idx, sv.name)
			}
			for _, o := range sv.ops {
				if len(o.callers) > 0 && !reach[o] {
					t.Fatalf("system %d: %s has callers but is not reached", idx, o.name)
				}
			}
		}
		for _, tp := range s.topics {
			if !reach[tp.consumer] {
				t.Fatalf("system %d: the consumer of %s is not reached", idx, tp.name)
			}
		}
	}
}
