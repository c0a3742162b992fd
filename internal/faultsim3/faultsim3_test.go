package faultsim3

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/faultsim"
	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
)

var small = Options{CasesPerSystem: 2, Window: 30 * time.Second}

func writeAll(t *testing.T, dir string, seed uint64, systems int, opt Options) {
	t.Helper()
	for i := 0; i < systems; i++ {
		require.NoError(t, faultsim.WriteDir(filepath.Join(dir, "sys", string(rune('a'+i))), Generate(seed, i, opt)))
	}
}

func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	require.NoError(t, filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[rel] = b
		return err
	}))
	return out
}

// The same seed writes the same bytes; another seed writes other bytes.
func TestDeterministic(t *testing.T) {
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	writeAll(t, a, 7, 3, small)
	writeAll(t, b, 7, 3, small)
	writeAll(t, c, 8, 3, small)
	ta, tb, tc := readTree(t, a), readTree(t, b), readTree(t, c)
	require.NotEmpty(t, ta)
	require.Equal(t, len(ta), len(tb))
	for name, x := range ta {
		require.True(t, bytes.Equal(x, tb[name]), "%s differs between two runs of seed 7", name)
	}
	same := 0
	for name, x := range ta {
		if strings.HasSuffix(name, ".gz") && bytes.Equal(x, tc[name]) {
			same++
		}
	}
	require.Zero(t, same, "seeds 7 and 8 wrote identical telemetry files")
}

// Labels validate, fault windows name a service that writes telemetry in
// the window, and every kind is drawn across a few systems.
func TestLabels(t *testing.T) {
	dir := t.TempDir()
	seen := map[string]bool{}
	for i := 0; i < 20; i++ {
		ws := Generate(1, i, Options{CasesPerSystem: 5, Window: 30 * time.Second})
		if i < 3 { // one system of each application through the files
			require.NoError(t, faultsim.WriteDir(dir, ws))
		}
		normals := 0
		for _, w := range ws {
			require.NoError(t, w.Label.Validate())
			require.Equal(t, "faultsim3", w.Label.Source)
			require.Equal(t, w.Label.Stats.Spans > 0, true, w.Label.ID)
			if w.Label.Kind == otlpjson.KindNormal {
				normals++
				require.Empty(t, w.Label.RootCauseService)
				continue
			}
			seen[w.Label.FaultType] = true
			require.Contains(t, FaultKinds, w.Label.FaultType)
			require.True(t, !w.Label.InjectTime.Before(w.Label.DataStart) && w.Label.InjectTime.Before(w.Label.DataEnd), w.Label.ID)
			svcs := map[string]bool{}
			for _, td := range w.Traces {
				eachSpan(td, func(svc string, _ ptrace.ResourceSpans, _ ptrace.Span) { svcs[svc] = true })
			}
			require.True(t, svcs[w.Label.RootCauseService], "%s: root cause %s wrote no span", w.Label.ID, w.Label.RootCauseService)
		}
		require.Equal(t, 2, normals)
		// the directory's labels read back through otlpjson
		for _, w := range ws {
			if i < 3 {
				_, err := otlpjson.ReadLabel(otlpjson.LabelPath(dir, w.Label.ID))
				require.NoError(t, err)
			}
		}
	}
	cases, err := otlpjson.ReadCasesFile(filepath.Join(dir, "cases.jsonl"))
	require.NoError(t, err)
	require.NotEmpty(t, cases)
	require.Len(t, seen, len(FaultKinds), "kinds drawn in 20 systems x 5 cases: %v", seen)
}

func eachSpan(td ptrace.Traces, fn func(svc string, rs ptrace.ResourceSpans, sp ptrace.Span)) {
	for i := 0; i < td.ResourceSpans().Len(); i++ {
		rs := td.ResourceSpans().At(i)
		v, _ := rs.Resource().Attributes().Get("service.name")
		for j := 0; j < rs.ScopeSpans().Len(); j++ {
			ss := rs.ScopeSpans().At(j).Spans()
			for k := 0; k < ss.Len(); k++ {
				fn(v.Str(), rs, ss.At(k))
			}
		}
	}
}

func eachLog(ld plog.Logs, fn func(svc string, rl plog.ResourceLogs, lr plog.LogRecord)) {
	for i := 0; i < ld.ResourceLogs().Len(); i++ {
		rl := ld.ResourceLogs().At(i)
		v, _ := rl.Resource().Attributes().Get("service.name")
		for j := 0; j < rl.ScopeLogs().Len(); j++ {
			ls := rl.ScopeLogs().At(j).LogRecords()
			for k := 0; k < ls.Len(); k++ {
				fn(v.Str(), rl, ls.At(k))
			}
		}
	}
}

// Telemetry read back from disk follows the semantic conventions the
// package claims: every span kind carries its attributes, failures carry
// error.type, no deprecated names, resources name the replica.
func TestConventions(t *testing.T) {
	dir := t.TempDir()
	var ids []string
	for i := 0; i < 3; i++ { // one system of each application
		ws := Generate(2, i, Options{CasesPerSystem: 2, Window: time.Minute})
		require.NoError(t, faultsim.WriteDir(dir, ws))
		for _, w := range ws {
			ids = append(ids, w.Label.ID)
		}
	}
	deprecated := []string{"http.method", "http.status_code", "http.url", "http.target", "db.system", "db.operation", "net.peer.name", "net.peer.port", "messaging.destination", "db.name"}
	kinds := map[ptrace.SpanKind]int{}
	systems := map[string]bool{}
	exceptions, linked, sdkLogs, stdoutLogs, envoy := 0, 0, 0, 0, 0
	for _, id := range ids {
		require.NoError(t, otlpjson.ReadTracesFile(otlpjson.TracesPath(dir, id), func(td ptrace.Traces) error {
			eachSpan(td, func(svc string, rs ptrace.ResourceSpans, sp ptrace.Span) {
				if rs.ScopeSpans().At(0).Scope().Name() == "envoy" {
					// the proxy's tracer writes its own tags (http.method,
					// http.status_code, upstream_cluster, response_flags)
					_, ok := sp.Attributes().Get("response_flags")
					require.True(t, ok)
					envoy++
					return
				}
				ra := rs.Resource().Attributes()
				for _, k := range []string{"service.name", "service.version", "service.instance.id", "k8s.pod.name", "telemetry.sdk.language"} {
					_, ok := ra.Get(k)
					require.True(t, ok, "%s: resource without %s", id, k)
				}
				a := sp.Attributes()
				has := func(k string) bool { _, ok := a.Get(k); return ok }
				for _, k := range deprecated {
					require.False(t, has(k), "%s: span %q has deprecated %s", id, sp.Name(), k)
				}
				kinds[sp.Kind()]++
				require.False(t, sp.TraceID().IsEmpty())
				require.False(t, sp.SpanID().IsEmpty())
				require.True(t, sp.EndTimestamp() >= sp.StartTimestamp(), "%s: span %q ends before it starts", id, sp.Name())
				switch sp.Kind() {
				case ptrace.SpanKindServer:
					if has("rpc.system") {
						require.True(t, has("rpc.service") && has("rpc.method") && has("rpc.grpc.status_code"), "%s: gRPC server span %q", id, sp.Name())
						s, _ := a.Get("rpc.service")
						m, _ := a.Get("rpc.method")
						require.Equal(t, s.Str()+"/"+m.Str(), sp.Name())
					} else {
						require.True(t, has("http.request.method") && has("http.route") && has("url.path") && has("http.response.status_code"), "%s: HTTP server span %q", id, sp.Name())
						m, _ := a.Get("http.request.method")
						r, _ := a.Get("http.route")
						require.Equal(t, m.Str()+" "+r.Str(), sp.Name())
						require.NotContains(t, func() string { p, _ := a.Get("url.path"); return p.Str() }(), "{", "url.path is concrete")
					}
				case ptrace.SpanKindClient:
					require.True(t, has("server.address"), "%s: client span %q without server.address", id, sp.Name())
					require.True(t, has("rpc.system") || has("http.request.method") || has("db.system.name"), "%s: client span %q", id, sp.Name())
					if has("db.system.name") {
						require.True(t, has("db.operation.name"), "%s: %q", id, sp.Name())
						sys, _ := a.Get("db.system.name")
						systems[sys.Str()] = true
					}
				case ptrace.SpanKindProducer, ptrace.SpanKindConsumer:
					require.True(t, has("messaging.system") && has("messaging.destination.name") && has("messaging.operation.type"), "%s: %q", id, sp.Name())
					if sp.Kind() == ptrace.SpanKindConsumer {
						require.True(t, has("messaging.consumer.group.name"))
						if sp.Links().Len() > 0 {
							linked++
							require.True(t, sp.ParentSpanID().IsEmpty(), "a linked consumer span starts a trace")
						}
					}
				default:
					t.Fatalf("%s: span %q of kind %v", id, sp.Name(), sp.Kind())
				}
				if sp.Status().Code() == ptrace.StatusCodeError {
					require.True(t, has("error.type"), "%s: failed span %q without error.type", id, sp.Name())
				}
				for e := 0; e < sp.Events().Len(); e++ {
					ev := sp.Events().At(e)
					require.Equal(t, "exception", ev.Name())
					_, ok := ev.Attributes().Get("exception.type")
					require.True(t, ok)
					exceptions++
				}
			})
			return nil
		}))
		require.NoError(t, otlpjson.ReadLogsFile(otlpjson.LogsPath(dir, id), func(ld plog.Logs) error {
			eachLog(ld, func(svc string, rl plog.ResourceLogs, lr plog.LogRecord) {
				require.NotEmpty(t, lr.Body().Str())
				_, sdk := rl.Resource().Attributes().Get("telemetry.sdk.language")
				if sdk {
					sdkLogs++
					require.NotEqual(t, plog.SeverityNumberUnspecified, lr.SeverityNumber(), "%s: SDK log without severity", id)
				} else {
					// a line from stdout: the collector knows nothing but the body
					stdoutLogs++
					require.Equal(t, plog.SeverityNumberUnspecified, lr.SeverityNumber())
					require.True(t, lr.TraceID().IsEmpty())
				}
			})
			return nil
		}))
	}
	for _, k := range []ptrace.SpanKind{ptrace.SpanKindServer, ptrace.SpanKindClient, ptrace.SpanKindProducer, ptrace.SpanKindConsumer} {
		require.NotZero(t, kinds[k], "no span of kind %v", k)
	}
	require.NotZero(t, exceptions)
	require.NotZero(t, sdkLogs)
	require.NotZero(t, stdoutLogs)
	require.GreaterOrEqual(t, len(systems), 3, "database systems: %v", systems)
	require.NotZero(t, linked, "no consumer span linked to its producer")
	require.NotZero(t, envoy, "no span of the proxy")
}

// flat is a span with what the visibility checks compare.
type flat struct {
	svc, version, inst, name, errType, msg string
	kind                                   ptrace.SpanKind
	start, end                             int64
	err                                    bool
	peer, db                               string
	exc                                    []string
	trace, id, parent                      string
	link                                   string
}

func flatten(w faultsim.Window) []flat {
	var out []flat
	for _, td := range w.Traces {
		eachSpan(td, func(svc string, rs ptrace.ResourceSpans, sp ptrace.Span) {
			ra := rs.Resource().Attributes()
			f := flat{svc: svc, name: sp.Name(), kind: sp.Kind(), start: int64(sp.StartTimestamp()), end: int64(sp.EndTimestamp()),
				err: sp.Status().Code() == ptrace.StatusCodeError, msg: sp.Status().Message(),
				trace: sp.TraceID().String(), id: sp.SpanID().String(), parent: sp.ParentSpanID().String()}
			if v, ok := ra.Get("service.version"); ok {
				f.version = v.Str()
			}
			if v, ok := ra.Get("service.instance.id"); ok {
				f.inst = v.Str()
			}
			if v, ok := sp.Attributes().Get("error.type"); ok {
				f.errType = v.Str()
			}
			if v, ok := sp.Attributes().Get("server.address"); ok {
				f.peer = v.Str()
			}
			if v, ok := sp.Attributes().Get("db.system.name"); ok {
				f.db = v.Str()
			}
			for e := 0; e < sp.Events().Len(); e++ {
				v, _ := sp.Events().At(e).Attributes().Get("exception.type")
				f.exc = append(f.exc, v.Str())
			}
			if sp.Links().Len() > 0 {
				f.link = sp.Links().At(0).SpanID().String()
			}
			out = append(out, f)
		})
	}
	return out
}

type split struct{ before, after []flat }

// around splits the spans matching keep by whether they start before the
// fault (real time; skewed spans are matched by the caller).
func around(spans []flat, at int64, keep func(flat) bool) split {
	var s split
	for _, x := range spans {
		if !keep(x) {
			continue
		}
		if x.start < at {
			s.before = append(s.before, x)
		} else {
			s.after = append(s.after, x)
		}
	}
	return s
}

func errRate(xs []flat) float64 {
	if len(xs) == 0 {
		return 0
	}
	n := 0
	for _, x := range xs {
		if x.err {
			n++
		}
	}
	return float64(n) / float64(len(xs))
}

func quantile(xs []flat, q float64) int64 {
	if len(xs) == 0 {
		return 0
	}
	d := make([]int64, len(xs))
	for i, x := range xs {
		d[i] = x.end - x.start
	}
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return d[int(q*float64(len(d)-1))]
}

// faultWindow generates one case of kind on the first system (of a few)
// that can have it.
func faultWindow(t *testing.T, kind string) (faultsim.Window, *system) {
	t.Helper()
	for i := 0; i < 6; i++ {
		s := buildSystem(1, i)
		if len(eligible(s, kind)) == 0 {
			continue
		}
		ws := Generate(1, i, Options{CasesPerSystem: 1, Window: 3 * time.Minute, Kinds: []string{kind}})
		w := ws[len(ws)-1]
		require.Equal(t, kind, w.Label.FaultType)
		return w, s
	}
	t.Fatalf("no system can have %s", kind)
	return faultsim.Window{}, nil
}

// Each fault kind shows in the telemetry it should affect, after the
// injection and not before.
func TestFaultsVisible(t *testing.T) {
	for _, kind := range FaultKinds {
		t.Run(kind, func(t *testing.T) {
			w, s := faultWindow(t, kind)
			root := w.Label.RootCauseService
			at := w.Label.InjectTime.UnixNano()
			spans := flatten(w)
			target := s.byName[root]
			toRoot := around(spans, at, func(x flat) bool { return x.kind == ptrace.SpanKindClient && x.peer == root })
			rootServer := around(spans, at, func(x flat) bool {
				return x.svc == root && (x.kind == ptrace.SpanKindServer || x.kind == ptrace.SpanKindConsumer) && !strings.Contains(x.name, "health")
			})
			rootClient := around(spans, at, func(x flat) bool {
				return x.svc == root && (x.kind == ptrace.SpanKindClient || x.kind == ptrace.SpanKindProducer)
			})
			t.Logf("%s: %s; calls to root %d/%d err %.2f/%.2f p50 %v/%v; root server p50 %v/%v err %.2f/%.2f", w.Label.ID, w.Label.Detail,
				len(toRoot.before), len(toRoot.after), errRate(toRoot.before), errRate(toRoot.after),
				time.Duration(quantile(toRoot.before, .5)), time.Duration(quantile(toRoot.after, .5)),
				time.Duration(quantile(rootServer.before, .5)), time.Duration(quantile(rootServer.after, .5)),
				errRate(rootServer.before), errRate(rootServer.after))
			switch kind {
			case PodKill:
				require.Greater(t, errRate(toRoot.after), errRate(toRoot.before)+0.05, "callers see refused connections")
				refused := 0
				for _, x := range toRoot.after {
					if x.err && strings.Contains(strings.ToLower(x.msg), "refused") {
						refused++
					}
				}
				require.NotZero(t, refused)
				insts := map[string]bool{}
				for _, x := range rootServer.after {
					insts[x.inst] = true
				}
				for _, x := range rootServer.before {
					require.False(t, insts[x.inst] && x.start > at+int64(time.Minute), "a killed replica served after its death")
				}
			case NetworkDelay:
				require.Greater(t, quantile(toRoot.after, .5), quantile(toRoot.before, .5)+int64(100*time.Millisecond))
			case NetworkLoss:
				require.Greater(t, quantile(toRoot.after, .9), quantile(toRoot.before, .9)+int64(150*time.Millisecond))
			case NetworkPartition:
				require.Greater(t, errRate(toRoot.after), 0.9)
				require.Empty(t, rootServer.after, "a partitioned service serves nothing")
			case CPUStress:
				require.Greater(t, quantile(rootServer.after, .5), 2*quantile(rootServer.before, .5))
			case MemoryLeak:
				late := around(rootServer.after, at+int64(30*time.Second), func(flat) bool { return true }).after
				require.Greater(t, quantile(late, .5), 2*quantile(rootServer.before, .5))
				n := map[string]bool{}
				for _, x := range spans {
					if x.svc == root {
						n[x.inst] = true
					}
				}
				require.Greater(t, len(n), target.replicas, "an OOM-killed replica was replaced")
			case IOLatency:
				dbs := around(spans, at, func(x flat) bool { return x.svc == root && x.peer == target.db.host })
				require.Greater(t, quantile(dbs.after, .5), quantile(dbs.before, .5)+int64(40*time.Millisecond))
			case DNSError:
				require.Greater(t, errRate(rootClient.after), 0.5)
				require.Zero(t, errRate(rootClient.before) > 0.05)
				found := false
				for _, x := range rootClient.after {
					m := strings.ToLower(x.msg)
					found = found || strings.Contains(m, "no such host") || strings.Contains(m, "enotfound") || strings.Contains(m, "not known") || strings.Contains(m, "resolve")
				}
				require.True(t, found, "DNS failures name the lookup")
			case HTTPAbort:
				require.Greater(t, errRate(toRoot.after), errRate(toRoot.before)+0.2)
			case JVMException:
				n := 0
				for _, x := range rootServer.after {
					if slices.Contains(x.exc, jvmExceptionsOf(w)) {
						n++
					}
				}
				require.NotZero(t, n)
				for _, x := range rootServer.before {
					require.False(t, slices.Contains(x.exc, jvmExceptionsOf(w)))
				}
			case FeatureFlag:
				n := 0
				for _, x := range rootServer.after {
					if x.err && strings.Contains(x.msg, "Feature Flag") {
						n++
					}
				}
				require.NotZero(t, n)
				require.Zero(t, errRate(rootServer.before) > 0.05)
			case TimeSkew:
				// the root's spans are off from their parents by minutes
				byID := map[string]flat{}
				for _, x := range spans {
					byID[x.id] = x
				}
				off := 0
				for _, x := range spans {
					p, ok := byID[x.parent]
					if ok && x.svc == root && p.svc != root {
						d := x.start - p.start
						if d < 0 {
							d = -d
						}
						if d > int64(time.Minute) {
							off++
						}
					}
				}
				require.NotZero(t, off+len(rootClient.after), "no span of the skewed service")
				skewedErr := 0
				for _, x := range spans {
					if x.svc == root && x.err && x.start >= at-int64(30*time.Minute) {
						skewedErr++
					}
				}
				require.NotZero(t, skewedErr, "the skewed clock breaks TLS handshakes or tokens")
				shifted := 0
				for _, x := range spans {
					if x.svc == root && (x.start >= w.Label.DataEnd.UnixNano() || x.start < w.Label.DataStart.UnixNano()) {
						shifted++
					}
				}
				require.NotZero(t, shifted, "timestamps outside the window")
			case ConsumerLag:
				prod := map[string]flat{}
				for _, x := range spans {
					if x.kind == ptrace.SpanKindProducer {
						prod[x.id] = x
					}
				}
				var lagBefore, lagAfter int64
				for _, x := range rootServer.before {
					if p, ok := prod[x.parent+x.link]; ok {
						lagBefore = max(lagBefore, x.start-p.end)
					}
				}
				for _, x := range spans {
					if x.svc == root && x.kind == ptrace.SpanKindConsumer && x.start >= at {
						pid := x.parent
						if x.link != "" {
							pid = x.link
						}
						if p, ok := prod[pid]; ok {
							lagAfter = max(lagAfter, x.start-p.end)
						}
					}
				}
				require.Less(t, lagBefore, int64(time.Second))
				require.Greater(t, lagAfter, int64(10*time.Second))
			case CacheFailure:
				cache := around(spans, at, func(x flat) bool { return x.svc == root && x.peer == target.cache.host })
				require.Greater(t, errRate(cache.after), 0.9)
				require.Zero(t, errRate(cache.before))
			case BadCanary:
				versions := map[string]bool{}
				for _, x := range rootServer.before {
					versions[x.version] = true
				}
				newErr := 0
				for _, x := range rootServer.after {
					if x.err && !versions[x.version] {
						newErr++
					}
				}
				require.NotZero(t, newErr, "the new version fails")
			default:
				t.Fatalf("no check for %s", kind)
			}
		})
	}
}

func jvmExceptionsOf(w faultsim.Window) string {
	for _, e := range jvmExceptions {
		if strings.Contains(w.Label.Detail, e) {
			return e
		}
	}
	return "?"
}

// Fault-free windows have no fault-shaped failures: the error rate of
// calls stays at the chronic noise.
func TestNormalsQuiet(t *testing.T) {
	for i := 0; i < 3; i++ {
		ws := Generate(3, i, Options{CasesPerSystem: 1, Window: 2 * time.Minute})
		for _, w := range ws[:2] {
			spans := flatten(w)
			cl := around(spans, 0, func(x flat) bool { return x.kind == ptrace.SpanKindClient })
			require.Less(t, errRate(cl.after), 0.03, w.Label.ID)
		}
	}
}
