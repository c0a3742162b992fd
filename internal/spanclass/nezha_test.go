package spanclass

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
)

const nezhaDir = "../../../shared/data/nezha-trainticket"

func skipWithoutNezha(tb testing.TB) {
	tb.Helper()
	if _, err := os.Stat(filepath.Join(nezhaDir, "cases.jsonl")); err != nil {
		tb.Skip("shared Nezha data absent (../shared/data/nezha-trainticket); skipping")
	}
}

// fromPdata fills Spans the way the processor does (test-only copy).
func fromPdata(td ptrace.Traces) []Span {
	var out []Span
	rss := td.ResourceSpans()
	for i := range rss.Len() {
		rs := rss.At(i)
		svc, _ := rs.Resource().Attributes().Get(attrs.ServiceName)
		sss := rs.ScopeSpans()
		for j := range sss.Len() {
			spans := sss.At(j).Spans()
			for k := range spans.Len() {
				sp := spans.At(k)
				s := Span{
					TraceID: sp.TraceID(), SpanID: sp.SpanID(), ParentSpanID: sp.ParentSpanID(),
					Service: svc.Str(), Name: sp.Name(), Kind: int(sp.Kind()),
					Start: int64(sp.StartTimestamp()), End: int64(sp.EndTimestamp()),
					StatusError: sp.Status().Code() == ptrace.StatusCodeError, StatusMessage: sp.Status().Message(),
				}
				a := sp.Attributes()
				if v, ok := a.Get(attrs.HTTPRoute); ok {
					s.Route = v.Str()
				}
				for _, key := range []string{attrs.ServerAddress, attrs.PeerService, attrs.DBSystemName, attrs.RPCService, attrs.MessagingDestination} {
					if v, ok := a.Get(key); ok && v.Str() != "" {
						s.Dependency = v.Str()
						break
					}
				}
				_, s.DB = a.Get(attrs.DBSystemName)
				if _, old := a.Get(attrs.DBSystemOld); old {
					s.DB = true
				}
				if v, ok := a.Get(attrs.HTTPResendCount); ok {
					s.ResendCount = int(v.Int())
				}
				out = append(out, s)
			}
		}
	}
	return out
}

// loadCase returns a case's spans in batches of whole traces, ordered by
// trace start, of about batchSpans spans each (as after a group-by-trace
// and batch processor).
func loadCase(tb testing.TB, id string, batchSpans int) [][]Span {
	tb.Helper()
	var all []Span
	require.NoError(tb, otlpjson.ReadTracesFile(otlpjson.TracesPath(nezhaDir, id), func(td ptrace.Traces) error {
		all = append(all, fromPdata(td)...)
		return nil
	}))
	first := map[[16]byte]int64{}
	for _, s := range all {
		if t, ok := first[s.TraceID]; !ok || s.Start < t {
			first[s.TraceID] = s.Start
		}
	}
	slices.SortStableFunc(all, func(a, b Span) int {
		if c := cmp.Compare(first[a.TraceID], first[b.TraceID]); c != 0 {
			return c
		}
		return strings.Compare(string(a.TraceID[:]), string(b.TraceID[:]))
	})
	var batches [][]Span
	for lo := 0; lo < len(all); {
		hi := min(lo+batchSpans, len(all))
		for hi < len(all) && all[hi].TraceID == all[hi-1].TraceID {
			hi++
		}
		batches = append(batches, all[lo:hi])
		lo = hi
	}
	return batches
}

type tally struct {
	excess map[string]float64
	count  map[string]int
	prop   int
	sat    map[string]int // saturation findings per service
}

func replay(c *Classifier, batches [][]Span, from int64) tally {
	t := tally{excess: map[string]float64{}, count: map[string]int{}, sat: map[string]int{}}
	for _, b := range batches {
		out := make([]Class, len(b))
		c.Classify(b, out)
		for i, cl := range out {
			if cl.Kind != attrs.KindLatency || b[i].Start < from {
				continue
			}
			if cl.Propagated {
				t.prop++
				continue
			}
			if cl.Saturation {
				t.sat[cl.Service]++
			}
			t.excess[cl.Service] += cl.ExcessMs
			t.count[cl.Service]++
		}
	}
	return t
}

func (t tally) top(n int) []string {
	var svcs []string
	for s := range t.excess {
		svcs = append(svcs, s)
	}
	sort.Slice(svcs, func(i, j int) bool { return t.excess[svcs[i]] > t.excess[svcs[j]] })
	return svcs[:min(n, len(svcs))]
}

func (t tally) total() (n int) {
	for _, c := range t.count {
		n += c
	}
	return n
}

// TestNezhaLatencyAttribution warms a classifier on the fault-free window of
// the same day, replays each latency-fault case, and reports the services
// with the most attributed (non-propagated) excess after the injection.
func TestNezhaLatencyAttribution(t *testing.T) {
	skipWithoutNezha(t)
	cases, err := otlpjson.ReadCasesFile(filepath.Join(nezhaDir, "cases.jsonl"))
	require.NoError(t, err)
	normal := map[string]string{}
	for _, c := range cases {
		if c.Kind == otlpjson.KindNormal {
			normal[c.Day] = c.ID
		}
	}
	hits, top3, total := 0, 0, 0
	for _, cs := range cases {
		if cs.FaultType != "network_delay" && cs.FaultType != "cpu_contention" {
			continue
		}
		total++
		c := newC(t, Config{})
		replay(c, loadCase(t, normal[cs.Day], 200), 0)
		res := replay(c, loadCase(t, cs.ID, 200), cs.InjectTime.UnixNano())
		top := res.top(3)
		var line []string
		for _, s := range top {
			line = append(line, fmt.Sprintf("%s=%.0fms/%d", strings.TrimPrefix(s, "ts-"), res.excess[s], res.count[s]))
		}
		mark := " "
		if len(top) > 0 && top[0] == cs.RootCauseService {
			hits++
			mark = "*"
		}
		if slices.Contains(top, cs.RootCauseService) {
			top3++
		}
		t.Logf("%s %-48s root=%-22s causes=%d propagated=%d top3: %s", mark, cs.ID, cs.RootCauseService, res.total(), res.prop, strings.Join(line, " "))
	}
	t.Logf("root cause ranked first in %d/%d latency cases, in top 3 in %d/%d", hits, total, top3, total)
	// A regression guard, not a tuned score: attribution must at least put
	// the labelled service in the top 3 for half of the latency cases.
	require.GreaterOrEqual(t, 2*top3, total, "root cause in top 3 for fewer than half of the latency cases")
}

// TestNezhaNormalFalsePositives warms on one fault-free window and counts
// latency causes found in the other. The two windows are different days:
// a service whose every handler really runs slower on the other day
// (ts-train-service's self time is about twice its median of 2023-01-30 on
// 2023-01-29) is one saturation finding, a service-wide shift and not a
// spray of per-span causes, so it is bounded apart: at most one saturated
// service, and the per-span causes below 1% of the spans.
func TestNezhaNormalFalsePositives(t *testing.T) {
	skipWithoutNezha(t)
	a, b := "2023-01-29_0850_normal", "2023-01-30_1139_normal"
	for _, pair := range [][2]string{{a, b}, {b, a}} {
		c := newC(t, Config{})
		replay(c, loadCase(t, pair[0], 200), 0)
		batches := loadCase(t, pair[1], 200)
		spans := 0
		for _, bt := range batches {
			spans += len(bt)
		}
		res := replay(c, batches, 0)
		sat := 0
		for _, n := range res.sat {
			sat += n
		}
		t.Logf("warm %s, replay %s: %d latency causes (%d propagated, %d saturation %v) in %d spans; top: %v",
			pair[0], pair[1], res.total(), res.prop, sat, res.sat, spans, res.top(3))
		require.Less(t, float64(res.total()-sat), 0.01*float64(spans), "false latency causes on a fault-free window")
		require.LessOrEqual(t, len(res.sat), 1, "saturated services on a fault-free window")
	}
}
