package faultsim

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
)

// small keeps the tests fast: short windows, small graphs, every kind in
// each system.
var small = Options{CasesPerSystem: len(FaultKinds), Window: 2 * time.Minute, MinServices: 5, MaxServices: 12}

func marshal(t *testing.T, ws []Window) []byte {
	t.Helper()
	var b bytes.Buffer
	var tm ptrace.JSONMarshaler
	var lm plog.JSONMarshaler
	for _, w := range ws {
		b.WriteString(w.Label.ID)
		for _, td := range w.Traces {
			x, err := tm.MarshalTraces(td)
			require.NoError(t, err)
			b.Write(x)
		}
		for _, ld := range w.Logs {
			x, err := lm.MarshalLogs(ld)
			require.NoError(t, err)
			b.Write(x)
		}
	}
	return b.Bytes()
}

func TestDeterministicBySeed(t *testing.T) {
	opt := small
	opt.CasesPerSystem = 2
	a := marshal(t, Generate(7, 3, opt))
	b := marshal(t, Generate(7, 3, opt))
	require.True(t, bytes.Equal(a, b), "same seed and system, different telemetry")
	c := marshal(t, Generate(8, 3, opt))
	require.False(t, bytes.Equal(a, c), "another seed gave the same telemetry")
	// Only simulates one window, identical to the full run's.
	full := Generate(7, 3, opt)
	one := opt
	one.Only = full[3].Label.ID
	got := Generate(7, 3, one)
	require.Len(t, got, len(full))
	require.Empty(t, got[0].Traces)
	require.Equal(t, marshal(t, full[3:4]), marshal(t, got[3:4]))
	labels := Labels(7, 3, opt)
	for k, l := range labels {
		require.Equal(t, full[k].Label.ID, l.ID)
		require.Equal(t, full[k].Label.RootCauseService, l.RootCauseService)
	}
}

func TestGraphSizes(t *testing.T) {
	opt := Options{}.withDefaults()
	sizes := map[int]bool{}
	var grpc, traceOnly, queues int
	for i := 0; i < 200; i++ {
		s := newSystem(1, i, opt)
		n := len(s.services)
		require.GreaterOrEqual(t, n, 5)
		require.LessOrEqual(t, n, 40)
		sizes[n] = true
		names := map[string]bool{}
		for _, sv := range s.services {
			require.False(t, names[sv.name], "duplicate service %s in system %d", sv.name, i)
			names[sv.name] = true
			require.NotEmpty(t, sv.ops)
			if sv.proto == protoGRPC {
				grpc++
			}
			// calls go to deeper tiers only: the graph is a DAG
			for _, op := range sv.ops {
				for _, c := range op.calls {
					if c.kind == callService && sv.tier > 0 {
						require.Greater(t, c.target.svc.tier, sv.tier)
					}
				}
			}
		}
		if s.traceOnly {
			traceOnly++
		}
		queues += s.info().Queues
	}
	require.GreaterOrEqual(t, len(sizes), 25, "graph sizes hardly vary")
	require.True(t, sizes[5] || sizes[6], "no small graph")
	require.True(t, sizes[40] || sizes[39], "no large graph")
	require.Positive(t, grpc)
	require.Positive(t, queues)
	require.Greater(t, traceOnly, 20)
	require.Less(t, traceOnly, 120)
}

type spanRec struct {
	svc, version string
	sp           ptrace.Span
}

func spansOf(w Window) []spanRec {
	var out []spanRec
	for _, td := range w.Traces {
		for i := 0; i < td.ResourceSpans().Len(); i++ {
			rs := td.ResourceSpans().At(i)
			svc, _ := rs.Resource().Attributes().Get("service.name")
			ver, _ := rs.Resource().Attributes().Get("service.version")
			for j := 0; j < rs.ScopeSpans().Len(); j++ {
				ss := rs.ScopeSpans().At(j).Spans()
				for k := 0; k < ss.Len(); k++ {
					out = append(out, spanRec{svc.Str(), ver.Str(), ss.At(k)})
				}
			}
		}
	}
	return out
}

type logRec struct {
	svc string
	lr  plog.LogRecord
}

func logsOf(w Window) []logRec {
	var out []logRec
	for _, ld := range w.Logs {
		for i := 0; i < ld.ResourceLogs().Len(); i++ {
			rl := ld.ResourceLogs().At(i)
			svc, _ := rl.Resource().Attributes().Get("service.name")
			for j := 0; j < rl.ScopeLogs().Len(); j++ {
				lrs := rl.ScopeLogs().At(j).LogRecords()
				for k := 0; k < lrs.Len(); k++ {
					out = append(out, logRec{svc.Str(), lrs.At(k)})
				}
			}
		}
	}
	return out
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

func isError(sp ptrace.Span) bool {
	_, ok := sp.Attributes().Get("error.type")
	return ok
}

// before/after: a measure of the root cause's telemetry before and after
// the injection time.
type split struct{ before, after float64 }

func TestLabelsAndFaultEffects(t *testing.T) {
	seen := map[string]int{}
	ids := map[string]bool{}
	for i := 0; i < 6; i++ {
		for _, w := range Generate(3, i, small) {
			l := w.Label
			require.NoError(t, l.Validate())
			require.False(t, ids[l.ID], "duplicate id %s", l.ID)
			ids[l.ID] = true
			require.Equal(t, l.Stats.Spans, func() int {
				n := 0
				for _, td := range w.Traces {
					n += td.SpanCount()
				}
				return n
			}())
			require.Positive(t, l.Stats.Spans)
			if l.System.TraceOnly {
				require.Empty(t, w.Logs, "trace-only system wrote logs")
			} else {
				require.NotEmpty(t, w.Logs)
			}
			if l.Kind == otlpjson.KindNormal {
				require.Empty(t, l.RootCauseService)
				continue
			}
			require.True(t, !l.InjectTime.Before(l.DataStart) && l.InjectTime.Before(l.DataEnd), "inject time outside the window")
			spans := spansOf(w)
			present := false
			for _, s := range spans {
				if s.svc == l.RootCauseService {
					present = true
					break
				}
			}
			require.True(t, present, "%s: root cause %s has no spans", l.ID, l.RootCauseService)
			at := uint64(l.InjectTime.UnixNano())
			m := measure(l, spans, logsOf(w), at)
			require.Greater(t, m.after, m.before, "%s (%s): %s", l.ID, l.Detail, kindMeasure[l.FaultType])
			seen[l.FaultType]++
		}
	}
	for _, k := range FaultKinds {
		require.Positive(t, seen[k], "kind %s never generated", k)
	}
}

var kindMeasure = map[string]string{
	Exception:        "exception events or exception logs of the root cause should appear",
	ErrorReturn:      "the error share of the root operation should rise",
	PartialFailure:   "the error share of the root operation should rise (but stay partial)",
	BadRelease:       "a new service.version with errors should appear",
	Latency:          "the root operation's median duration should grow",
	NetworkDelay:     "the gap between client and server spans into the service should grow",
	CPUSaturation:    "the service's median duration over all operations should grow",
	RetryStorm:       "resent client calls to the service should appear",
	DependencyDown:   "failing client spans to the dependency should appear",
	SilentFailure:    "the root operation's log lines per call should drop",
	CascadingTimeout: "callers' client spans to the service should time out",
}

func measure(l Label, spans []spanRec, logs []logRec, at uint64) split {
	var m split
	add := func(after bool, v float64) {
		if after {
			m.after += v
		} else {
			m.before += v
		}
	}
	root := l.RootCauseService
	server := map[[8]byte]spanRec{}
	for _, s := range spans {
		if s.sp.Kind() == ptrace.SpanKindServer || s.sp.Kind() == ptrace.SpanKindConsumer {
			server[s.sp.ParentSpanID()] = s
		}
	}
	// self time: a span's duration minus its direct children's
	childTime := map[[8]byte]float64{}
	for _, s := range spans {
		if s.sp.Kind() == ptrace.SpanKindClient || s.sp.Kind() == ptrace.SpanKindProducer {
			childTime[s.sp.ParentSpanID()] += float64(s.sp.EndTimestamp() - s.sp.StartTimestamp())
		}
	}
	type agg struct{ n, e float64 }
	var bef, aft agg
	var durB, durA []float64
	for _, s := range spans {
		after := uint64(s.sp.StartTimestamp()) >= at
		dur := float64(s.sp.EndTimestamp()-s.sp.StartTimestamp()) - childTime[s.sp.SpanID()]
		isRootOp := s.svc == root && s.sp.Name() == l.RootCauseOperation && s.sp.Kind() != ptrace.SpanKindClient
		switch l.FaultType {
		case Exception:
			if s.svc == root && s.sp.Events().Len() > 0 {
				add(after, 1)
			}
			if isRootOp && isError(s.sp) {
				add(after, 0.001) // trace-only systems: errors without events
			}
		case ErrorReturn, PartialFailure:
			if isRootOp {
				a := &bef
				if after {
					a = &aft
				}
				a.n++
				if isError(s.sp) {
					a.e++
				}
			}
		case BadRelease:
			if s.svc == root && after && s.version != "" && isError(s.sp) && strings.HasSuffix(s.version, ".0") {
				add(true, 1)
			}
		case Latency:
			if isRootOp {
				if after {
					durA = append(durA, dur)
				} else {
					durB = append(durB, dur)
				}
			}
		case CPUSaturation:
			if s.svc == root && (s.sp.Kind() == ptrace.SpanKindServer || s.sp.Kind() == ptrace.SpanKindConsumer) {
				if after {
					durA = append(durA, dur)
				} else {
					durB = append(durB, dur)
				}
			}
		case NetworkDelay:
			if s.sp.Kind() == ptrace.SpanKindClient {
				if srv, ok := server[s.sp.SpanID()]; ok && srv.svc == root {
					gap := float64(srv.sp.StartTimestamp() - s.sp.StartTimestamp())
					if after {
						durA = append(durA, gap)
					} else {
						durB = append(durB, gap)
					}
				}
			}
		case RetryStorm:
			if s.sp.Kind() == ptrace.SpanKindClient {
				if srv, ok := server[s.sp.SpanID()]; ok && srv.svc == root {
					if v, ok := s.sp.Attributes().Get("http.request.resend_count"); ok && v.Int() > 0 {
						add(after, 1)
					} else if code, ok := s.sp.Attributes().Get("rpc.grpc.status_code"); ok && code.Int() == 14 {
						add(after, 1)
					}
				}
			}
		case DependencyDown:
			if s.svc == root && s.sp.Kind() == ptrace.SpanKindClient && isError(s.sp) {
				if addr, ok := s.sp.Attributes().Get("server.address"); ok && strings.HasSuffix(l.RootCauseDependency, "://"+addr.Str()) {
					add(after, 1)
				}
			}
		case CascadingTimeout:
			if s.sp.Kind() == ptrace.SpanKindClient && isError(s.sp) {
				if srv, ok := server[s.sp.SpanID()]; ok && srv.svc == root && srv.sp.EndTimestamp() > s.sp.EndTimestamp() {
					add(after, 1) // the client gave up before the server answered
				}
			}
		}
	}
	switch l.FaultType {
	case ErrorReturn, PartialFailure:
		if bef.n > 0 {
			m.before = bef.e / bef.n
		}
		if aft.n > 0 {
			m.after = aft.e / aft.n
		}
		// margins: the injected share is 60-100 % (error_return) and
		// 10-30 % (partial_failure) of the calls after injection
		if l.FaultType == ErrorReturn {
			m.before += 0.3
		} else {
			m.before += 0.05
		}
		if l.FaultType == PartialFailure && m.after > 0.6 {
			m.after = -1 // not partial
		}
	case Latency, NetworkDelay:
		m.before, m.after = 3*median(durB), median(durA)
	case CPUSaturation:
		m.before, m.after = 2*median(durB), median(durA)
	case SilentFailure:
		// log lines per call of the root operation
		calls := map[[8]byte]bool{}
		var callsB, callsA float64
		for _, s := range spans {
			if s.svc == root && s.sp.Name() == l.RootCauseOperation && (s.sp.Kind() == ptrace.SpanKindServer || s.sp.Kind() == ptrace.SpanKindConsumer) {
				calls[s.sp.SpanID()] = uint64(s.sp.StartTimestamp()) >= at
				if calls[s.sp.SpanID()] {
					callsA++
				} else {
					callsB++
				}
			}
		}
		var linesB, linesA float64
		for _, r := range logs {
			if after, ok := calls[r.lr.SpanID()]; ok && r.svc == root {
				if after {
					linesA++
				} else {
					linesB++
				}
			}
		}
		// fewer lines per call after: report the drop as "after > before"
		m.before, m.after = linesA/max(callsA, 1), linesB/max(callsB, 1)
	}
	return m
}

func TestWriteDirReadsBack(t *testing.T) {
	opt := small
	opt.CasesPerSystem = 2
	ws := Generate(5, 0, opt)
	dir := t.TempDir()
	require.NoError(t, WriteDir(dir, ws))
	cases, err := otlpjson.ReadCasesFile(filepath.Join(dir, "cases.jsonl"))
	require.NoError(t, err)
	require.Len(t, cases, len(ws))
	require.Equal(t, otlpjson.KindNormal, cases[0].Kind)
	for k, w := range ws {
		c := cases[k]
		require.Equal(t, w.Label.ID, c.ID)
		l, err := otlpjson.ReadLabel(otlpjson.LabelPath(dir, c.ID))
		require.NoError(t, err)
		require.Equal(t, c.RootCauseService, l.RootCauseService)
		n := 0
		require.NoError(t, otlpjson.ReadTracesFile(otlpjson.TracesPath(dir, c.ID), func(td ptrace.Traces) error {
			n += td.SpanCount()
			return nil
		}))
		require.Equal(t, w.Label.Stats.Spans, n)
		if w.Label.System.TraceOnly {
			fi, err := os.Stat(otlpjson.LogsPath(dir, c.ID))
			require.NoError(t, err)
			require.Less(t, fi.Size(), int64(100))
		}
	}
}
