package cluster

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const min1 = int64(time.Minute)

var t0 = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC).UnixNano()

func ev(fp string, t int64) *Event {
	return &Event{Fingerprint: fp, Kind: "error", Template: "boom <*>", Service: "checkout", Operation: "POST /pay", Time: t}
}

func TestAddAggregates(t *testing.T) {
	s := New(Config{Buckets: 10})
	for i := 0; i < 30; i++ {
		e := ev("a", t0+int64(i)*min1/3) // 3 per minute, minutes 0..9
		e.User = fmt.Sprintf("u%d", i%7)
		e.Tenant = fmt.Sprintf("t%d", i%2)
		e.TraceID[0] = byte(i + 1)
		e.Severity = "ERROR"
		e.LatencyExcessMs = 10
		e.LatencyBaselineMs = 2
		e.JourneyWeight = 2
		e.Journey = "checkout"
		e.Release = "v1"
		s.Add(e)
	}
	s.Add(&Event{Time: t0}) // no fingerprint: ignored
	now, ok := s.Now()
	require.True(t, ok)
	vs := s.Views(now, nil)
	require.Len(t, vs, 1)
	v := vs[0]
	assert.Equal(t, int64(30), v.Count)
	assert.Equal(t, []int64{3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, v.Trend)
	assert.Equal(t, uint64(7), v.Users)
	assert.Equal(t, uint64(2), v.Tenants)
	assert.Equal(t, uint64(30), v.Traces)
	assert.Equal(t, map[string]int64{"checkout": 30}, v.Services)
	assert.Equal(t, "checkout", v.Journey)
	assert.Equal(t, 300.0, v.LatencyPainMs)
	assert.Equal(t, 60.0, v.LatencyBaselineMs)
	assert.Equal(t, 2.0, v.JourneyMean)
	assert.Equal(t, int64(10), v.Windows)
	assert.Len(t, v.Exemplars, 5)
	assert.Equal(t, t0, v.FirstSeen)
	assert.Equal(t, int64(30), s.Stats().Events)
}

func TestTopKBounded(t *testing.T) {
	var k topK
	var replaced int64
	for i := 0; i < 100; i++ {
		k.add(&Config{}, "heavy", 3, &replaced)
		k.add(&Config{}, fmt.Sprint("x", i), 3, &replaced)
	}
	assert.Equal(t, int64(98), replaced)
	assert.Len(t, k, 3)
	assert.Equal(t, "heavy", k.top())
	assert.Equal(t, int64(100), k.asMap()["heavy"])
}

func TestLateEventsCountedNotTrended(t *testing.T) {
	s := New(Config{Buckets: 5})
	s.Add(ev("a", t0+100*min1))
	s.Add(ev("a", t0)) // 100 minutes older than the ring
	assert.Equal(t, int64(1), s.Stats().LateEvents)
	v := s.Views(t0+100*min1, nil)[0]
	assert.Equal(t, int64(2), v.Count)
	assert.Equal(t, []int64{0, 0, 0, 0, 1}, v.Trend)
}

func TestExemplarsDeterministicAndTruncated(t *testing.T) {
	run := func() []Exemplar {
		s := New(Config{ExemplarBodyMax: 4})
		for i := 0; i < 1000; i++ {
			e := ev("a", t0+int64(i))
			e.Body = fmt.Sprintf("body-%d", i)
			s.Add(e)
		}
		return s.Views(t0+1000, nil)[0].Exemplars
	}
	a, b := run(), run()
	assert.Equal(t, a, b)
	require.Len(t, a, 5)
	for _, e := range a {
		assert.Equal(t, "body", e.Body)
	}
	assert.Greater(t, a[4].Time, t0+5, "reservoir replaced early samples")
}

func TestEvictionAtMaxClusters(t *testing.T) {
	s := New(Config{Shards: 1, MaxClusters: 4})
	for i := 0; i < 10; i++ {
		s.Add(ev("big", t0))
	}
	for i := 0; i < 10; i++ {
		s.Add(ev(fmt.Sprint("small", i), t0))
	}
	st := s.Stats()
	assert.Equal(t, int64(4), st.Clusters)
	assert.Equal(t, int64(7), st.ClustersEvicted)
	_, ok := s.shards[0].m["big"]
	assert.True(t, ok, "highest-value cluster survives")

	p := New(Config{Shards: 1, MaxClusters: 2})
	p.Protect([]string{"pinned"})
	p.Add(ev("pinned", t0))
	for i := 0; i < 20; i++ {
		for j := 0; j < 3; j++ {
			p.Add(ev(fmt.Sprint("busy", i), t0))
		}
	}
	_, ok = p.shards[0].m["pinned"]
	assert.True(t, ok, "protected cluster survives")
}

func TestNewInRelease(t *testing.T) {
	s := New(Config{})
	add := func(fp, rel string, at int64) {
		e := ev(fp, at)
		e.Release = rel
		s.Add(e)
	}
	add("old", "v1", t0)
	add("old", "v2", t0+min1) // v2 appears
	add("fresh", "v2", t0+2*min1)
	add("late", "v2", t0+int64(48*time.Hour)) // outside the window
	add("base", "v1", t0+3*min1)
	got := map[string]string{}
	for _, v := range s.Views(t0+int64(48*time.Hour), nil) {
		got[v.Fingerprint] = v.NewInRelease
	}
	assert.Equal(t, map[string]string{"old": "", "fresh": "v2", "late": "", "base": ""}, got)
	assert.Equal(t, map[string][]string{"checkout": {"v1", "v2"}}, s.Releases())
}

func TestResolveAndRegress(t *testing.T) {
	s := New(Config{QuietPeriod: time.Hour})
	s.Add(ev("manual", t0))
	s.Add(ev("quiet", t0))
	require.True(t, s.MarkResolved("manual"))
	assert.False(t, s.MarkResolved("unknown"))

	vs := s.Views(t0+int64(2*time.Hour), nil)
	assert.True(t, vs[0].Resolved && vs[0].ResolvedByHuman, "manual")
	assert.True(t, vs[1].Resolved && !vs[1].ResolvedByHuman, "quiet")

	s.Add(ev("manual", t0-1)) // late event from before the fix: no regression
	s.Add(ev("quiet", t0+int64(3*time.Hour)))
	vs = s.Views(t0+int64(3*time.Hour), nil)
	assert.True(t, vs[0].Resolved)
	assert.Zero(t, vs[0].RegressedAt)
	assert.False(t, vs[1].Resolved)
	assert.Equal(t, t0+int64(3*time.Hour), vs[1].RegressedAt)
}

func span(fp string, trace byte, id, parent byte, at int64) *Event {
	e := ev(fp, at)
	e.TraceID[0] = trace
	e.SpanID[0] = id
	e.ParentSpanID[0] = parent
	return e
}

func TestGroupRootCause(t *testing.T) {
	tests := []struct {
		name    string
		events  []*Event
		head    string
		anchor  string
		members []string
		reasons []string
	}{
		{
			name: "chain picks deepest failing span",
			events: []*Event{
				span("gateway", 1, 1, 0, t0), span("checkout", 1, 2, 1, t0), span("payments", 1, 3, 2, t0),
				span("payments", 2, 3, 2, t0), span("gateway", 2, 1, 0, t0), span("checkout", 2, 2, 1, t0),
			},
			head: "payments", anchor: "gateway", members: []string{"checkout", "gateway", "payments"}, reasons: []string{"cause", "trace"},
		},
		{
			// checkout explains ten gateway failures and is explained by
			// two payments failures: counting links in minus out made the
			// busy middle of the chain the head; the deepest failing
			// service is.
			name: "deepest of the chain, not the busiest middle",
			events: func() []*Event {
				var es []*Event
				for tr := byte(1); tr <= 10; tr++ {
					es = append(es, span("gateway", tr, 1, 0, t0+int64(tr)), span("checkout", tr, 2, 1, t0+int64(tr)))
					if tr <= 2 {
						es = append(es, span("payments", tr, 3, 2, t0+int64(tr)))
					}
				}
				return es
			}(),
			head: "payments", anchor: "gateway", members: []string{"checkout", "gateway", "payments"}, reasons: []string{"cause"},
		},
		{
			// A cluster created later joins the problem but never takes
			// its id, whatever (earlier) time its record claims: a late or
			// replayed record must not re-key a ticketed problem.
			name:   "a later cluster with an earlier event time is no anchor",
			events: []*Event{span("existing", 1, 1, 0, t0+100), span("newcomer", 1, 2, 1, t0)},
			head:   "newcomer", anchor: "existing", members: []string{"existing", "newcomer"}, reasons: []string{"cause"},
		},
		{
			name:   "log in the same span is linked, span stays head",
			events: []*Event{span("db-error", 1, 5, 4, t0+1), {Fingerprint: "log-line", Kind: "log", Time: t0, TraceID: [16]byte{1}, SpanID: [8]byte{5}}, span("api", 1, 4, 0, t0+2)},
			head:   "db-error", anchor: "db-error", members: []string{"api", "db-error", "log-line"}, reasons: []string{"cause", "trace"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(Config{})
			for _, e := range tt.events {
				s.Add(e)
			}
			ps := Group(s.Views(t0, nil), s.Links(), DefaultGroupOptions())
			require.Len(t, ps, 1)
			assert.Equal(t, tt.head, ps[0].Head)
			assert.Equal(t, tt.anchor, ps[0].Anchor)
			assert.Equal(t, ProblemID(tt.anchor), ps[0].ID)
			assert.Equal(t, RoleHead, ps[0].Role(tt.head))
			assert.Equal(t, tt.members, ps[0].Members)
			assert.Equal(t, tt.reasons, ps[0].Reasons)
		})
	}
}

func TestGroupReleaseAndDependency(t *testing.T) {
	views := []View{
		{Fingerprint: "a", Service: "s", NewInRelease: "v2", FirstSeen: 2},
		{Fingerprint: "b", Service: "s", NewInRelease: "v2", FirstSeen: 1},
		{Fingerprint: "c", Kind: "error", Dependency: "postgres", FirstSeen: 5},
		{Fingerprint: "d", Kind: "retry", Dependency: "postgres", FirstSeen: 3},
		{Fingerprint: "e", Kind: "log", Dependency: "postgres"},
	}
	opt := DefaultGroupOptions()
	opt.ByRelease = true // off by default: see DefaultGroupOptions
	ps := Group(views, nil, opt)
	heads := map[string][]string{}
	for _, p := range ps {
		heads[p.Head] = append(p.Members, p.Reasons...)
	}
	assert.Equal(t, map[string][]string{
		"b": {"a", "b", "release"},
		"d": {"c", "d", "dependency"},
		"e": {"e"},
	}, heads)
}

// Failing log clusters of several callers that name one service of the
// system in more than half of their records are one problem, linked by that dependency; a cluster
// that names it in only half its records, names two services, names an
// unknown one or its own, or only warns, is not linked, and neither is a
// failing span cluster calling that service (a span's dependency is keyed
// apart).
func TestGroupNamedDependency(t *testing.T) {
	errs := map[string]int64{"ERROR": 4}
	named := func(fp, svc string, n int64, sev map[string]int64) View {
		return View{Fingerprint: fp, Kind: KindLog, Service: svc, Services: map[string]int64{svc: 4}, Count: 4, Severity: sev,
			Template: "No instances available for <*>", Named: map[string]int64{nameKey("payments"): n}}
	}
	twice := named("two", "ship", 4, errs)
	twice.Named[nameKey("cart")] = 4
	views := []View{
		{Fingerprint: "call", Kind: "error", Service: "checkout", Count: 4, Dependency: "payments", Dependencies: map[string]int64{"payments": 4}},
		named("a", "checkout", 3, errs),
		named("b", "cart", 4, errs),
		named("c", "orders", 2, errs),
		named("e", "mail", 4, map[string]int64{"WARN": 4}),
		named("own", "payments", 4, errs),
		twice,
		{Fingerprint: "unknown", Kind: KindLog, Service: "search", Count: 4, Severity: errs, Named: map[string]int64{nameKey("billing"): 4}},
	}
	ps := Group(views, nil, DefaultGroupOptions())
	got := map[string][]string{}
	for _, p := range ps {
		got[p.Head] = append(p.Members, p.Reasons...)
	}
	assert.Equal(t, map[string][]string{
		"a":    {"a", "b", "dependency"},
		"call": {"call"}, "c": {"c"}, "e": {"e"}, "own": {"own"}, "two": {"two"}, "unknown": {"unknown"},
	}, got)
	// The services that sent records count as known beside the views'.
	opt := DefaultGroupOptions()
	opt.KnownService = func(key string) (string, bool) { return "billing", key == nameKey("billing") }
	views = append(views, View{Fingerprint: "unknown2", Kind: KindLog, Service: "mail", Count: 2, Severity: errs, Named: map[string]int64{nameKey("billing"): 2}})
	got = map[string][]string{}
	for _, p := range Group(views, nil, opt) {
		got[p.Head] = append(p.Members, p.Reasons...)
	}
	assert.Equal(t, []string{"unknown", "unknown2", "dependency"}, got["unknown"])
}

// A named log that a cause explains in some of its requests is not
// linked by name (it would bridge its cause's problem and the callee's
// callers) but shared: a member of its cause's problem and of the
// callers' problem, its events split by the evidence of each (records
// naming the callee, cause links). So a caller linked by name keeps its
// problem when a trace later explains some or all of its requests
// (problems only gain members), and no problem bridges the two.
func TestGroupNamedLogExplainedLaterIsShared(t *testing.T) {
	errs := map[string]int64{"ERROR": 4}
	named := func(fp, svc string) View {
		return View{Fingerprint: fp, Kind: KindLog, Service: svc, Services: map[string]int64{svc: 4}, Count: 4, Severity: errs,
			Template: "No instances available for <*>", Named: map[string]int64{nameKey("payments"): 4}}
	}
	views := []View{
		named("a", "checkout"), named("b", "cart"),
		{Fingerprint: "db", Kind: "error", Service: "inventory", Services: map[string]int64{"inventory": 4}, Count: 4},
		{Fingerprint: "payments-own", Kind: KindLog, Service: "payments", Services: map[string]int64{"payments": 1}, Count: 1, Severity: errs},
	}
	group := func(links []Link) map[string]Problem {
		out := map[string]Problem{}
		for _, p := range Group(views, links, DefaultGroupOptions()) {
			out[p.Head] = p
		}
		return out
	}
	before := group(nil)
	require.Contains(t, before, "a")
	assert.Equal(t, []string{"a", "b"}, before["a"].Members)

	for _, n := range []int64{1, 4, 12} { // a cause link per request, or several per request
		after := group([]Link{{A: "a", B: "db", Kind: LinkCause, Count: n}})
		require.Contains(t, after, "b", "the callers' problem, now headed by its whole member")
		assert.Equal(t, []string{"a", "b"}, after["b"].Members, "a stays in the callers' problem (%d links)", n)
		assert.InDelta(t, 4/float64(4+n), after["b"].Shares["a"], 1e-9)
		pb := after["b"]
		assert.Contains(t, pb.MemberReasons("a"), ReasonDependency)
		require.Contains(t, after, "db")
		assert.Equal(t, []string{"a", "db"}, after["db"].Members, "and is its cause's symptom")
		assert.InDelta(t, float64(n)/float64(4+n), after["db"].Shares["a"], 1e-9)
		for _, p := range after {
			assert.LessOrEqual(t, len(p.Members), 2, "no problem bridges the cause and the callers: %v", p.Members)
		}
	}
}

func TestNameShape(t *testing.T) {
	for w, want := range map[string][2]bool{
		"payments": {true, false}, "ts-seat-service": {true, true}, "cart.api": {true, true}, "snake_case": {true, true}, "v1": {true, false},
		"ord-1234": {}, "10.0.0.7": {}, "v1.2": {}, "-x": {}, "x-": {}, "a..b": {},
	} {
		shaped, joined := nameShape(w)
		assert.Equal(t, want, [2]bool{shaped, joined}, w)
	}
}

func TestServicesByKey(t *testing.T) {
	var s Services
	known := func(n string) bool { _, ok := s.ByKey(nameKey(n)); return ok }
	assert.False(t, known("payments"))
	for _, n := range []string{"payments", "cart", ""} {
		s.Observe(n)
	}
	name, ok := s.ByKey(nameKey("payments"))
	assert.True(t, ok)
	assert.Equal(t, "payments", name)
	assert.False(t, known(""))
	// Bounded, first come: names beyond the bound are not learnt, and the
	// system's own stay.
	for i := 0; i < 2*maxKnownServices; i++ {
		s.Observe(fmt.Sprint("svc-", i))
	}
	assert.Equal(t, maxKnownServices, s.len())
	assert.True(t, known("payments"))
	assert.False(t, known(fmt.Sprint("svc-", maxKnownServices+10)))
	// withNameKey gives nameKey without allocating it.
	withNameKey("payments", func(k string) { assert.Equal(t, nameKey("payments"), k) })
}

// A failing log cluster counts the names its records give: words that
// join parts with '-', '_' or '.' whatever is known, plain words of
// services that sent records; warnings count none, and neither do words
// not shaped like names. At most maxNameCandidates per record, each once.
func TestStoreCountsNamedCandidates(t *testing.T) {
	s := New(Config{Buckets: 3})
	s.ObserveService("payments")
	for i, body := range []string{
		"No instances available for payments",
		"No instances available for payments; payments down",
		"dial tcp ts-seat-service:8080: connect: connection refused",
		"order ord-1234 for 10.0.0.7 failed in v1.2",
		"billing down",
	} {
		e := ev("fp", t0+int64(i))
		e.Kind, e.Severity, e.Body = KindLog, "ERROR", body
		s.Add(e)
		w := ev("warn", t0+int64(i))
		w.Kind, w.Severity, w.Body = KindLog, "WARN", body
		s.Add(w)
	}
	byFP := map[string]View{}
	for _, v := range s.Views(t0+5, nil) {
		byFP[v.Fingerprint] = v
	}
	want := map[string]int64{nameKey("payments"): 2, nameKey("ts-seat-service"): 1}
	got := map[string]int64{}
	for k, n := range byFP["fp"].Named {
		if _, ok := want[k]; ok {
			got[k] = n
		}
	}
	assert.Equal(t, want, got, "names kept by key, never as words")
	assert.NotContains(t, byFP["fp"].Named, nameKey("billing"))
	assert.Empty(t, byFP["warn"].Named)

	s = New(Config{Buckets: 3, TopK: 16})
	e := ev("fp", t0)
	e.Kind, e.Severity, e.Body = KindLog, "ERROR", "a-a b-b c-c d-d e-e f-f g-g h-h i-i j-j a-a"
	s.Add(e)
	named := s.Views(t0, nil)[0].Named
	assert.Len(t, named, maxNameCandidates)
	assert.NotContains(t, named, nameKey("i-i"), "at most 8 per record")
}

func TestViewsMerge(t *testing.T) {
	s := New(Config{Buckets: 3})
	for i := 0; i < 3; i++ {
		e := ev("src", t0)
		e.User = fmt.Sprint("u", i)
		s.Add(e)
	}
	e := ev("dst", t0+min1)
	e.User = "u0"
	s.Add(e)
	vs := s.Views(t0+min1, func(fp string) string {
		if fp == "src" {
			return "dst"
		}
		return ""
	})
	require.Len(t, vs, 1)
	v := vs[0]
	assert.Equal(t, "dst", v.Fingerprint)
	assert.Equal(t, int64(4), v.Count)
	assert.Equal(t, uint64(3), v.Users)
	assert.Equal(t, []int64{0, 3, 1}, v.Trend)
	assert.Equal(t, []string{"src"}, v.MergedFrom)
	assert.Equal(t, t0, v.FirstSeen)
}

// The baseline is summed only over events that carry an excess, so that
// excess / baseline is the slowdown of those events; merges add both.
func TestLatencyBaselineSummedWithExcess(t *testing.T) {
	s := New(Config{Buckets: 3})
	for i, ex := range []float64{100, 0, 300} {
		e := ev("slow", t0+int64(i))
		e.LatencyExcessMs, e.LatencyBaselineMs = ex, 10
		s.Add(e)
	}
	e := ev("slow2", t0)
	e.LatencyExcessMs, e.LatencyBaselineMs = 50, 5
	s.Add(e)
	vs := s.Views(t0+min1, nil)
	require.Len(t, vs, 2)
	assert.Equal(t, 400.0, vs[0].LatencyPainMs)
	assert.Equal(t, 20.0, vs[0].LatencyBaselineMs)
	merged := s.Views(t0+min1, func(fp string) string {
		if fp == "slow2" {
			return "slow"
		}
		return ""
	})
	require.Len(t, merged, 1)
	assert.Equal(t, 450.0, merged[0].LatencyPainMs)
	assert.Equal(t, 25.0, merged[0].LatencyBaselineMs)

	// A snapshot without the baseline (older versions) restores it as 0.
	r := New(Config{})
	require.NoError(t, r.restoreJSON([]byte(`{"clusters":[{"fp":"old","n":2,"first":1,"last":2,"lat":40}]}`)))
	v := r.Views(2, nil)
	require.Len(t, v, 1)
	assert.Equal(t, 40.0, v[0].LatencyPainMs)
	assert.Equal(t, 0.0, v[0].LatencyBaselineMs)
	// And a round trip keeps it.
	data, err := s.Snapshot()
	require.NoError(t, err)
	r2 := New(Config{})
	require.NoError(t, r2.Restore(data))
	assert.Equal(t, 20.0, r2.Views(t0+min1, nil)[0].LatencyBaselineMs)
}

func TestSnapshotRoundTrip(t *testing.T) {
	s := New(Config{})
	for i := 0; i < 200; i++ {
		e := span(fmt.Sprint("fp", i%7), byte(i%5+1), byte(i%7+1), byte(i%7), t0+int64(i)*min1/10)
		e.User = fmt.Sprint("u", i%13)
		e.Release = []string{"v1", "v2"}[i/100]
		e.Body = "x"
		e.BusinessHours = int8(i%3 - 1)
		s.Add(e)
	}
	s.MarkResolved("fp3")
	data, err := s.Snapshot()
	require.NoError(t, err)

	r := New(Config{})
	require.NoError(t, r.Restore(data))
	now, _ := s.Now()
	rnow, _ := r.Now()
	assert.Equal(t, now, rnow)
	assert.Equal(t, s.Views(now, nil), r.Views(now, nil))
	var bizIn, bizKnown int64
	for _, v := range r.Views(now, nil) {
		bizIn, bizKnown = bizIn+v.BusinessHoursEvents, bizKnown+v.BusinessHoursKnown
	}
	assert.Equal(t, [2]int64{66, 133}, [2]int64{bizIn, bizKnown}, "business-hours counts survive a restart")
	assert.Equal(t, s.Links(), r.Links())
	assert.Equal(t, s.Releases(), r.Releases())

	// Both continue identically (RNG state restored).
	for _, st := range []*Store{s, r} {
		for i := 0; i < 50; i++ {
			e := ev("fp1", now+int64(i))
			e.Body = fmt.Sprint(i)
			st.Add(e)
		}
	}
	assert.True(t, reflect.DeepEqual(s.Views(now+50, nil), r.Views(now+50, nil)))
	t.Logf("snapshot of 7 clusters: %d bytes", len(data))
}

func TestRestoreRejectsCorruption(t *testing.T) {
	s := New(Config{})
	s.Add(ev("a", t0))
	good, err := s.Snapshot()
	require.NoError(t, err)
	bad := map[string][]byte{
		"empty":     nil,
		"magic":     []byte("XXXX\x01"),
		"version":   append([]byte("OBLS\x09"), good[5:]...),
		"truncated": good[:len(good)/2],
		"flipped":   append(append([]byte{}, good[:len(good)-6]...), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff),
	}
	for name, data := range bad {
		t.Run(name, func(t *testing.T) {
			r := New(Config{})
			r.Add(ev("keep", t0))
			assert.ErrorIs(t, r.Restore(data), ErrSnapshot)
			assert.Equal(t, int64(1), r.Stats().Clusters, "store unchanged")
		})
	}
	for name, js := range map[string]string{
		"neg count":  `{"clusters":[{"fp":"a","n":-1}]}`,
		"no fp":      `{"clusters":[{"n":1}]}`,
		"dup":        `{"clusters":[{"fp":"a"},{"fp":"a"}]}`,
		"bad hll":    `{"clusters":[{"fp":"a","users":"AAAA"}]}`,
		"bad link":   `{"links":[{"A":"a","B":"b","Kind":"x","Count":1}]}`,
		"first>last": `{"clusters":[{"fp":"a","first":2,"last":1}]}`,
		"neg base":   `{"clusters":[{"fp":"a","latbase":-1}]}`,
		// a claim becomes a problem id: a ticket key, a label, a path
		"bad claim":    `{"clusters":[{"fp":"a","claim":"p0123456789abcdef/../x <b>","claimord":1}]}`,
		"claim no ord": `{"clusters":[{"fp":"a","claim":"p0123456789abcdef"}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			assert.ErrorIs(t, New(Config{}).restoreJSON([]byte(js)), ErrSnapshot)
		})
	}
}

func FuzzRestore(f *testing.F) {
	s := New(Config{})
	for i := 0; i < 20; i++ {
		e := span(fmt.Sprint("fp", i%3), byte(i%4+1), byte(i%3+1), byte(i%3), t0+int64(i))
		e.User = fmt.Sprint(i)
		s.Add(e)
	}
	good, _ := s.Snapshot()
	f.Add(good)
	f.Add([]byte("OBLS\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := New(Config{Shards: 2, TraceWindow: 64, MaxSnapshotBytes: 1 << 20})
		if r.Restore(data) == nil {
			now, _ := r.Now()
			r.Views(now, nil)
			_, _ = r.Snapshot()
		}
		// The inner JSON layer too, which the gzip layer shields from mutation.
		r2 := New(Config{Shards: 2, TraceWindow: 64})
		if r2.restoreJSON(data) == nil {
			now, _ := r2.Now()
			r2.Views(now, nil)
			r2.Add(ev("fp0", now))
		}
	})
}

func TestConcurrentAddViewsSnapshot(t *testing.T) {
	s := New(Config{Shards: 4, MaxClusters: 50})
	done := make(chan struct{})
	for w := 0; w < 4; w++ {
		go func(w int) {
			defer func() { done <- struct{}{} }()
			for i := 0; i < 2000; i++ {
				e := span(fmt.Sprint("fp", (i*w)%80), byte(i%9+1), byte(i%5+1), byte(i%5), t0+int64(i)*1e9)
				e.User = fmt.Sprint(i % 17)
				e.Release = fmt.Sprint("v", i/700)
				s.Add(e)
			}
		}(w)
	}
	for i := 0; i < 20; i++ {
		now, _ := s.Now()
		s.Views(now, func(fp string) string { return "fp1" })
		_, err := s.Snapshot()
		require.NoError(t, err)
		s.MarkResolved("fp2")
	}
	for w := 0; w < 4; w++ {
		<-done
	}
	st := s.Stats()
	assert.Equal(t, int64(8000), st.Events)
	assert.LessOrEqual(t, st.Clusters, int64(52))
	assert.Equal(t, st.ClustersCreated-st.ClustersEvicted, st.Clusters)
}

func TestConfig(t *testing.T) {
	assert.NoError(t, Config{}.Validate())
	assert.NoError(t, DefaultConfig().Validate())
	for _, tt := range []struct {
		cfg  Config
		want string
	}{
		{Config{Shards: -1}, "shards"},
		{Config{HLLPrecision: 30}, "hll_precision"},
		{Config{Buckets: -1}, "buckets"},
		{Config{QuietPeriod: -time.Second}, "quiet_period"},
	} {
		err := tt.cfg.Validate()
		require.Error(t, err)
		assert.Contains(t, err.Error(), tt.want)
		New(tt.cfg).Add(ev("a", t0)) // invalid values fall back to defaults, no panic
	}
}

func TestLogsOfTwoServicesInATraceLinkByTime(t *testing.T) {
	s := New(Config{})
	tr := [16]byte{7}
	// The caller logs its failure after the callee's; arrival order differs.
	s.Add(&Event{Fingerprint: "caller", Kind: "log", Service: "front", TraceID: tr, SpanID: [8]byte{1}, Time: 200})
	s.Add(&Event{Fingerprint: "callee", Kind: "log", Service: "back", TraceID: tr, SpanID: [8]byte{2}, Time: 100})
	// Same service: no causal order is assumed.
	s.Add(&Event{Fingerprint: "callee2", Kind: "log", Service: "back", TraceID: tr, SpanID: [8]byte{3}, Time: 150})
	var cause []Link
	for _, l := range s.Links() {
		if l.Kind == LinkCause {
			cause = append(cause, l)
		}
	}
	require.Len(t, cause, 2)
	assert.Equal(t, Link{A: "caller", B: "callee", Kind: LinkCause, Count: 1}, cause[0])
	assert.Equal(t, Link{A: "caller", B: "callee2", Kind: LinkCause, Count: 1}, cause[1])
}

// TestSanitizeImpossibleTimes: a cluster dated 2200 (state of a version
// that trusted every timestamp) is clamped, the clusters resolved against
// that clock are opened again and judged anew, a manual resolution stays.
func TestSanitizeImpossibleTimes(t *testing.T) {
	s := New(Config{})
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC).UnixNano()
	y2200 := time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano()
	s.Add(ev("a", now-int64(time.Minute)))
	s.Add(ev("b", now-int64(time.Minute)))
	s.Add(ev("old", now-int64(48*time.Hour)))
	s.Add(ev("future", y2200))
	s.Add(&Event{Fingerprint: "a", Time: -1, Release: "1.0", Service: "svc"})
	s.Views(y2200, nil) // resolves all but "future"
	require.True(t, s.MarkResolved("b"))
	assert.Zero(t, New(Config{}).Sanitize(0, now), "an empty store has nothing to repair")

	lo, hi := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano(), now+int64(5*time.Minute)
	assert.Equal(t, 2, s.Sanitize(lo, hi), "future and a (time -1)")
	assert.Zero(t, s.Sanitize(lo, hi), "idempotent")
	latest, ok := s.Now()
	require.True(t, ok)
	assert.Equal(t, hi, latest)
	byFP := map[string]View{}
	for _, v := range s.Views(now, nil) {
		byFP[v.Fingerprint] = v
		assert.GreaterOrEqual(t, v.FirstSeen, lo, v.Fingerprint)
		assert.LessOrEqual(t, v.LastSeen, hi, v.Fingerprint)
	}
	assert.False(t, byFP["a"].Resolved, "a minute quiet: open again")
	assert.True(t, byFP["b"].Resolved && byFP["b"].ResolvedByHuman, "a person's resolution stays")
	assert.True(t, byFP["old"].Resolved, "two days quiet: resolved again")
	assert.False(t, byFP["future"].Resolved)
}

// TestViewsAreReadOnly: Views is a function of its now. Looking at a quiet
// cluster from a later now does not resolve it for an earlier one, nor
// change what Snapshot persists; a return after the quiet period regresses
// it whether or not anyone looked in between.
func TestViewsAreReadOnly(t *testing.T) {
	s := New(Config{QuietPeriod: time.Hour})
	s.Add(ev("quiet", t0))
	before, err := s.Snapshot()
	require.NoError(t, err)

	later := s.Views(t0+int64(2*time.Hour), nil)[0]
	assert.True(t, later.Resolved, "quiet for the quiet period: resolved")
	assert.Equal(t, t0, later.ResolvedAt)
	assert.False(t, later.ResolvedByHuman)
	earlier := s.Views(t0+int64(30*time.Minute), nil)[0]
	assert.False(t, earlier.Resolved, "not yet quiet at this now, whatever an earlier call saw")
	after, err := s.Snapshot()
	require.NoError(t, err)
	assert.Equal(t, before, after, "Views changed the store")

	unseen := New(Config{QuietPeriod: time.Hour}) // nobody calls Views
	unseen.Add(ev("quiet", t0))
	unseen.Add(ev("quiet", t0+int64(3*time.Hour)))
	v := unseen.Views(t0+int64(3*time.Hour), nil)[0]
	assert.False(t, v.Resolved)
	assert.Equal(t, t0+int64(3*time.Hour), v.RegressedAt, "back after the quiet period: regressed")
}

// TestRegressionNeedsAnObservedQuietPeriod: quietness counts in observed
// time. A cluster that returns after its quiet period is regressed when the
// store's now moved through that period in small steps (a live stream,
// quiet or not), not when it jumped over a data gap (a replay resuming
// hours later, a collector that was down), even if the cluster comes back
// only in a later batch.
func TestRegressionNeedsAnObservedQuietPeriod(t *testing.T) {
	const h = int64(time.Hour)
	for _, tc := range []struct {
		name      string
		steps     []int64 // the nows before batches and at flushes, from t0
		regressed bool
	}{
		{"observed quiet (live stream, a flush every 30 minutes)", []int64{1 * h / 2, 1 * h, 3 * h / 2, 2 * h, 5 * h / 2, 3 * h, 7 * h / 2, 4 * h, 9 * h / 2, 5 * h, 11 * h / 2, 6 * h, 13 * h / 2, 7 * h}, true},
		{"data gap, cluster back in the same batch", []int64{1 * h / 2, 8 * h}, false},
		{"data gap, cluster back in a later batch", []int64{1 * h / 2, 7 * h, 15 * h / 2, 8 * h}, false},
		{"no clock: the gap between events alone decides", nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := New(Config{QuietPeriod: 6 * time.Hour})
			s.SetNowBefore(t0)
			s.Add(ev("a", t0))
			s.Add(ev("other", t0))
			for _, st := range tc.steps {
				s.SetNowBefore(t0 + st)
			}
			if tc.steps == nil {
				s = New(Config{QuietPeriod: 6 * time.Hour})
				s.Add(ev("a", t0))
			}
			at := t0 + 8*h + 1
			s.Add(ev("a", at))
			var v View
			for _, x := range s.Views(at, nil) {
				if x.Fingerprint == "a" {
					v = x
				}
			}
			assert.Equal(t, tc.regressed, v.RegressedAt == at, "regressed at %d", v.RegressedAt)
			if !tc.regressed {
				// and a view does not show the quiet "other" resolved
				// across the gap either, unless watched long enough
				for _, x := range s.Views(at, nil) {
					if x.Fingerprint == "other" {
						assert.False(t, x.Resolved, "other resolved across an unobserved gap")
					}
				}
			}
		})
	}
}

// A slow callee explains its caller's slowness and timeout, not its
// caller's other errors; explained members never head, among the others
// the strongest does.
func TestGroupLatencyCauses(t *testing.T) {
	slow := View{Fingerprint: "slow-db", Kind: KindLatency, FirstSeen: 2}
	tests := []struct {
		name   string
		caller View
		head   string
	}{
		{"error is not explained by a slow callee", View{Fingerprint: "api-400", Kind: "error", ErrorType: "HTTP 400", FirstSeen: 1}, "api-400"},
		{"timeout is explained by a slow callee", View{Fingerprint: "api-deadline", Kind: "error", ErrorType: "DEADLINE_EXCEEDED", FirstSeen: 1}, "slow-db"},
		{"slowness is explained by a slow callee", View{Fingerprint: "api-slow", Kind: KindLatency, FirstSeen: 1}, "slow-db"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			views := []View{tt.caller, slow}
			links := []Link{{A: tt.caller.Fingerprint, B: "slow-db", Kind: LinkCause, Count: 5}}
			opt := DefaultGroupOptions()
			// The caller is the stronger: it heads unless it is explained.
			opt.Strength = func(fp string) float64 {
				if fp == tt.caller.Fingerprint {
					return 10
				}
				return 1
			}
			ps := Group(views, links, opt)
			require.Len(t, ps, 1)
			assert.Equal(t, tt.head, ps[0].Head)
		})
	}
}

// A generic symptom explained by two unrelated causes (a server's "500"
// over a gateway error in some requests and over a pool error in others)
// bridges nothing: the two causes stay two problems, and each holds the
// symptom with the share of its events it explains. And a few requests
// shared with a busy cluster are coincidence: no problem.
func TestGroupSymptomDoesNotBridgeCauses(t *testing.T) {
	views := []View{
		{Fingerprint: "server-500", Kind: "error", Traces: 100, FirstSeen: 1},
		{Fingerprint: "gateway-error", Kind: "error", Traces: 60, FirstSeen: 2},
		{Fingerprint: "pool-error", Kind: "error", Traces: 40, FirstSeen: 3},
		{Fingerprint: "busy-log", Kind: "log", Traces: 200, FirstSeen: 4},
		{Fingerprint: "rare-log", Kind: "log", Traces: 50, FirstSeen: 5},
		{Fingerprint: "span-error", Kind: "error", Traces: 48, FirstSeen: 6},
	}
	links := []Link{
		{A: "server-500", B: "gateway-error", Kind: LinkCause, Count: 60},
		{A: "server-500", B: "pool-error", Kind: LinkCause, Count: 40},
		{A: "busy-log", B: "rare-log", Kind: LinkTrace, Count: 3},    // Jaccard 3/247
		{A: "rare-log", B: "span-error", Kind: LinkTrace, Count: 45}, // Jaccard 45/53: one failure, two signals
	}
	opt := DefaultGroupOptions()
	opt.ByDependency, opt.ByRelease = false, false
	ps := Group(views, links, opt)
	got, shares := map[string][]string{}, map[string]map[string]float64{}
	for _, p := range ps {
		got[p.Head] = p.Members
		shares[p.Head] = p.Shares
		if p.Shares != nil {
			assert.Equal(t, RoleSymptom, p.Role("server-500"), "problem %s", p.Head)
			assert.NotEqual(t, "server-500", p.Anchor, "a shared symptom anchors no problem")
		}
	}
	assert.Equal(t, map[string][]string{
		"gateway-error": {"gateway-error", "server-500"},
		"pool-error":    {"pool-error", "server-500"},
		"busy-log":      {"busy-log"},
		"rare-log":      {"rare-log", "span-error"},
	}, got)
	assert.InDelta(t, 0.6, shares["gateway-error"]["server-500"], 1e-9)
	assert.InDelta(t, 0.4, shares["pool-error"]["server-500"], 1e-9)
	assert.Nil(t, shares["rare-log"])
}

// A symptom's share follows the error chain: the frontend's 502 is
// explained by checkout's 502 only, which is explained by two root causes
// in payment; each root's problem holds the whole chain above it, with
// the share of events the root explains, and the problems keep their ids
// (their anchors are their own members) whichever cluster came first.
// Two causes of one problem (linked otherwise) keep the symptom whole.
func TestGroupSharedSymptomChain(t *testing.T) {
	views := []View{
		{Fingerprint: "frontend-502", Kind: "error", Traces: 100, Count: 100, Seq: 1},
		{Fingerprint: "checkout-502", Kind: "error", Traces: 100, Count: 100, Seq: 2},
		{Fingerprint: "gateway-error", Kind: "error", Traces: 10, Count: 10, Seq: 3},
		{Fingerprint: "fraud-error", Kind: "error", Traces: 90, Count: 90, Seq: 4},
		{Fingerprint: "fraud-log", Kind: "log", Traces: 90, Count: 90, Seq: 5},
	}
	links := []Link{
		{A: "frontend-502", B: "checkout-502", Kind: LinkCause, Count: 100},
		{A: "checkout-502", B: "gateway-error", Kind: LinkCause, Count: 10},
		{A: "checkout-502", B: "fraud-error", Kind: LinkCause, Count: 90},
		{A: "fraud-error", B: "fraud-log", Kind: LinkTrace, Count: 90},
		// Most of the chain's requests are the fraud error's: sharing
		// traces does not pull the shared symptoms into its problem.
		{A: "checkout-502", B: "fraud-log", Kind: LinkTrace, Count: 90},
		{A: "frontend-502", B: "fraud-error", Kind: LinkTrace, Count: 90},
	}
	opt := DefaultGroupOptions()
	ps := Group(views, links, opt)
	require.Len(t, ps, 2)
	byHead := map[string]Problem{}
	for _, p := range ps {
		byHead[p.Head] = p
	}
	g, f := byHead["gateway-error"], byHead["fraud-error"]
	assert.Equal(t, []string{"checkout-502", "frontend-502", "gateway-error"}, g.Members)
	assert.Equal(t, []string{"checkout-502", "fraud-error", "fraud-log", "frontend-502"}, f.Members)
	assert.Equal(t, ProblemID("gateway-error"), g.ID)
	assert.Equal(t, ProblemID("fraud-error"), f.ID)
	for _, fp := range []string{"frontend-502", "checkout-502"} {
		assert.InDelta(t, 0.1, g.Shares[fp], 1e-9, fp)
		assert.InDelta(t, 0.9, f.Shares[fp], 1e-9, fp)
		assert.Equal(t, RoleSymptom, g.Role(fp), fp)
		assert.Equal(t, RoleSymptom, f.Role(fp), fp)
	}
	assert.Equal(t, RoleRelated, f.Role("fraud-log"))

	// The two causes in one problem (one dependency): one problem, the
	// symptoms whole.
	views[2].Dependency, views[3].Dependency = "gateway", "gateway"
	ps = Group(views, links, opt)
	require.Len(t, ps, 1)
	assert.Len(t, ps[0].Members, 5)
	assert.Nil(t, ps[0].Shares)
}

// A problem's head is its most specific member of the root service: a
// generic failed call ("500: /orders failed", no message) at the bottom of
// the chain gives the head to the error log of its service that says what
// failed; the chain above stays its symptoms.
func TestGroupHeadIsTheSpecificMember(t *testing.T) {
	views := []View{
		{Fingerprint: "checkout-500", Kind: "error", Service: "checkout", Template: "/orders failed", ErrorType: "500",
			Operations: map[string]int64{"/orders": 30}, Traces: 30, Count: 30, Seq: 1},
		{Fingerprint: "frontend-500", Kind: "error", Service: "frontend", Template: "POST to checkout failed", ErrorType: "500",
			Operations: map[string]int64{"POST": 30}, Dependencies: map[string]int64{"checkout": 30}, Traces: 30, Count: 30, Seq: 2},
		{Fingerprint: "tax-log", Kind: KindLog, Service: "checkout", Template: "tax service unavailable for order <*>",
			Severity: map[string]int64{"ERROR": 30}, Traces: 30, Count: 30, Seq: 3},
		{Fingerprint: "debug-log", Kind: KindLog, Service: "checkout", Template: "tax lookup for order <*>",
			Severity: map[string]int64{"DEBUG": 30}, Traces: 30, Count: 30, Seq: 4},
	}
	// The logs share the frontend's requests (a same-service trace link
	// with the generic span would make the error log its cause:
	// TestGroupGenericSpanOverTwoErrors).
	links := []Link{
		{A: "frontend-500", B: "checkout-500", Kind: LinkCause, Count: 30},
		{A: "frontend-500", B: "tax-log", Kind: LinkTrace, Count: 30},
		{A: "debug-log", B: "frontend-500", Kind: LinkTrace, Count: 30},
	}
	opt := DefaultGroupOptions()
	// The generic span is the strongest: the rule does not depend on it.
	opt.Strength = func(fp string) float64 {
		if fp == "checkout-500" {
			return 10
		}
		return 1
	}
	ps := Group(views, links, opt)
	require.Len(t, ps, 1)
	p := ps[0]
	assert.Equal(t, "tax-log", p.Head)
	assert.Equal(t, ProblemID("checkout-500"), p.ID, "the id follows the anchor, not the head")
	assert.Equal(t, RoleSymptom, p.Role("frontend-500"))
	assert.Equal(t, RoleRelated, p.Role("checkout-500"))

	// A span with a message of its own is specific: it stays the head.
	views[0].Template = "tax service unavailable for order <*>"
	ps = Group(views, links, opt)
	require.Len(t, ps, 1)
	assert.Equal(t, "checkout-500", ps[0].Head)
}

// A failed span names the failure below it that explains it (the
// processor's fingerprint.cause.id): a cause link even when spans between
// them did not fail, and one link, not two, when the cause is its direct
// child that the parent/child walk links as well.
func TestCauseNamedByTheEvent(t *testing.T) {
	s := New(Config{})
	tr := [16]byte{9}
	// front -> (mid, not failing) -> back: no parent/child pair.
	s.Add(&Event{Fingerprint: "front-500", Kind: "error", Service: "front", TraceID: tr, SpanID: [8]byte{1}, Time: 100, Cause: "back-err"})
	s.Add(&Event{Fingerprint: "back-err", Kind: "error", Service: "back", TraceID: tr, SpanID: [8]byte{3}, ParentSpanID: [8]byte{2}, Time: 90})
	// A direct child, seen by both the walk and the named cause.
	tr2 := [16]byte{10}
	s.Add(&Event{Fingerprint: "front-500", Kind: "error", Service: "front", TraceID: tr2, SpanID: [8]byte{1}, Time: 200, Cause: "back-err"})
	s.Add(&Event{Fingerprint: "back-err", Kind: "error", Service: "back", TraceID: tr2, SpanID: [8]byte{2}, ParentSpanID: [8]byte{1}, Time: 190})
	var cause []Link
	for _, l := range s.Links() {
		if l.Kind == LinkCause {
			cause = append(cause, l)
		}
	}
	require.Len(t, cause, 1)
	assert.Equal(t, Link{A: "front-500", B: "back-err", Kind: LinkCause, Count: 2}, cause[0])
	// Its own fingerprint as cause is no link.
	s2 := New(Config{})
	s2.Add(&Event{Fingerprint: "x", Kind: "error", TraceID: tr, SpanID: [8]byte{1}, Time: 1, Cause: "x"})
	assert.Empty(t, s2.Links())
}

// TestRestoreMidStreamSameAsLive: a store snapshotted and restored in the
// middle of a stream ends with the same views and links as one that ran
// through: the time nobody watched (a gap in the event-time now, counted
// by SetNowBefore) and the cause links the events name themselves, kept
// apart from the walk's, survive the restore.
func TestRestoreMidStreamSameAsLive(t *testing.T) {
	feed1 := func(s *Store) {
		for i := 0; i < 10; i++ {
			at := t0 + int64(i)*min1
			s.SetNowBefore(at)
			// a's failure names its cause c itself, three times...
			a := span("a", byte(i+1), 1, 0, at)
			if i < 3 {
				a.Cause = "c"
			}
			s.Add(a)
			// ...and the walk sees c under a once.
			if i == 0 {
				s.Add(span("c", byte(i+1), 2, 1, at))
			}
			s.Add(ev("b", at))
		}
	}
	later := t0 + 7*time.Hour.Nanoseconds() // the stream resumes hours later
	feed2 := func(s *Store) {
		for i := 0; i < 2; i++ {
			at := later + int64(i)*min1
			s.SetNowBefore(at)
			s.Add(span("a", byte(100+i), 1, 0, at))
			s.Add(span("c", byte(100+i), 2, 1, at)) // the walk's a -> c
			s.Add(ev("b", at))
		}
	}
	live := New(Config{})
	feed1(live)
	feed2(live)

	first := New(Config{})
	feed1(first)
	data, err := first.Snapshot()
	require.NoError(t, err)
	restored := New(Config{})
	require.NoError(t, restored.Restore(data))
	feed2(restored)

	now := later + 3*min1
	lv, rv := live.Views(now, nil), restored.Views(now, nil)
	require.NotEmpty(t, lv)
	assert.Equal(t, lv, rv)
	assert.Equal(t, live.Links(), restored.Links())
	for _, v := range lv {
		assert.False(t, v.Resolved, "%s: the hours nobody watched are no quiet period", v.Fingerprint)
	}
}

// TestRestoreSnapshotWithoutLinkPartsOrClock: a snapshot of an older
// version (no link_parts, causes, before, unobserved nor unobs) still
// restores: its merged links count as walk links, and the store's
// unobserved time starts at zero.
func TestRestoreSnapshotWithoutLinkPartsOrClock(t *testing.T) {
	old := `{"bucket_seconds":60,"clusters":[` +
		`{"fp":"a","seq":1,"kind":"error","n":4,"first":` + fmt.Sprint(t0) + `,"last":` + fmt.Sprint(t0+min1) + `,"lb":0,"win":2,"topk":[[],[],[],[],[],[],[],[]],"jsum":0,"jmax":0,"rng":7},` +
		`{"fp":"c","seq":2,"kind":"error","n":1,"first":` + fmt.Sprint(t0) + `,"last":` + fmt.Sprint(t0) + `,"lb":0,"win":1,"topk":[[],[],[],[],[],[],[],[]],"jsum":0,"jmax":0,"rng":9}],` +
		`"links":[{"A":"a","B":"c","Kind":"cause","Count":3}]}`
	var buf bytes.Buffer
	buf.WriteString(snapshotMagic)
	buf.WriteByte(1)
	zw := gzip.NewWriter(&buf)
	_, err := zw.Write([]byte(old))
	require.NoError(t, err)
	require.NoError(t, zw.Close())

	s := New(Config{})
	require.NoError(t, s.Restore(buf.Bytes()))
	assert.Equal(t, []Link{{A: "a", B: "c", Kind: LinkCause, Count: 3}}, s.Links())
	assert.Zero(t, s.unobserved.Load())
	require.Len(t, s.Views(t0+2*min1, nil), 2)
	// Written again, it is in the current form and restores the same.
	data, err := s.Snapshot()
	require.NoError(t, err)
	r := New(Config{})
	require.NoError(t, r.Restore(data))
	assert.Equal(t, s.Links(), r.Links())
	assert.Equal(t, s.Views(t0+2*min1, nil), r.Views(t0+2*min1, nil))
}

// A generic failed span ("500: /orders failed": the HTTP instrumentation
// overwrote its status message) that no failing callee explains is
// explained by its service's records that say what failed: one such span
// over a tax lookup's error log in some requests and a recovered panic's
// log in others is their shared symptom, and the two errors stay two
// problems, however many requests they share with it.
func TestGroupGenericSpanOverTwoErrors(t *testing.T) {
	views := []View{
		{Fingerprint: "orders-500", Kind: "error", Service: "checkout", Template: "/orders failed", ErrorType: "500",
			Operations: map[string]int64{"/orders": 24}, Traces: 24, Count: 24, Seq: 1},
		{Fingerprint: "tax-log", Kind: KindLog, Service: "checkout", Template: "tax service unavailable for order <*>",
			Severity: map[string]int64{"ERROR": 12}, Traces: 12, Count: 12, Seq: 2},
		{Fingerprint: "panic-log", Kind: KindLog, Service: "checkout", Template: "panic recovered in POST <*>: assignment to entry in nil map",
			ErrorType: "runtime.plainError", Traces: 12, Count: 12, Seq: 3},
		{Fingerprint: "frontend-500", Kind: "error", Service: "frontend", Template: "POST to checkout failed", ErrorType: "500",
			Operations: map[string]int64{"POST": 24}, Dependencies: map[string]int64{"checkout": 24}, Traces: 24, Count: 24, Seq: 4},
	}
	links := []Link{
		{A: "frontend-500", B: "orders-500", Kind: LinkCause, Count: 24},
		// Jaccard 12/24 each: by shared traces alone, one problem.
		{A: "orders-500", B: "panic-log", Kind: LinkTrace, Count: 12},
		{A: "orders-500", B: "tax-log", Kind: LinkTrace, Count: 12},
		// The caller's symptom shares half its requests with each root
		// cause (Jaccard 0.5): its chain, not a bridge.
		{A: "frontend-500", B: "panic-log", Kind: LinkTrace, Count: 12},
		{A: "frontend-500", B: "tax-log", Kind: LinkTrace, Count: 12},
	}
	ps := Group(views, links, DefaultGroupOptions())
	require.Len(t, ps, 2)
	heads := map[string]Problem{}
	for _, p := range ps {
		heads[p.Head] = p
	}
	for _, h := range []string{"tax-log", "panic-log"} {
		p, ok := heads[h]
		require.True(t, ok, "a problem headed by %s: %v", h, heads)
		assert.Contains(t, p.Members, "orders-500")
		assert.Contains(t, p.Members, "frontend-500")
		assert.Equal(t, RoleSymptom, p.Role("orders-500"))
	}
	assert.InDelta(t, 1, heads["tax-log"].Shares["orders-500"]+heads["panic-log"].Shares["orders-500"], 1e-9)
}

// An event delivered twice (an exporter's retry) links nothing again,
// whatever was recorded in its trace between the two deliveries: a
// duplicated caller span must not double its links, or shared requests
// (a Jaccard of links over traces) would join clusters that share few.
func TestDuplicateEventLinksOnce(t *testing.T) {
	s := New(Config{})
	tr := [16]byte{7}
	a := &Event{Fingerprint: "frontend-500", Kind: "error", Service: "frontend", TraceID: tr, SpanID: [8]byte{1}, Time: 10}
	b := &Event{Fingerprint: "panic-log", Kind: KindLog, Service: "checkout", TraceID: tr, SpanID: [8]byte{3}, Time: 11}
	s.Add(b)
	s.Add(a)
	s.Add(a) // the retry
	links := s.Links()
	require.Len(t, links, 1)
	assert.Equal(t, int64(1), links[0].Count)
}

// A problem's id is its first ticket-worthy part's (the members' claims):
// a ticketed problem merging with an older background problem never
// ticket-worthy keeps its id, though the background's anchor is older; a
// split gives the part holding the oldest claimed member the id and each
// other part its own earlier claim back, else its oldest member's id;
// two claimed problems merging keep the earliest claim.
func TestProblemIDFollowsFirstClaim(t *testing.T) {
	bg := View{Fingerprint: "background", Kind: "error", Traces: 10, Count: 50, Seq: 1}
	root := View{Fingerprint: "root-absence", Kind: "error", Traces: 10, Count: 10, Seq: 5}
	sym := View{Fingerprint: "root-symptom", Kind: "error", Traces: 10, Count: 10, Seq: 6}
	linked := []Link{
		{A: "root-symptom", B: "root-absence", Kind: LinkCause, Count: 10},
		{A: "background", B: "root-absence", Kind: LinkTrace, Count: 10},
	}
	apart := linked[:1]
	opt := DefaultGroupOptions()
	byMember := func(ps []Problem) map[string]Problem {
		out := map[string]Problem{}
		for _, p := range ps {
			for _, m := range p.Members {
				out[m] = p
			}
		}
		return out
	}

	// Unclaimed: the oldest member anchors (the former rule).
	ps := Group([]View{bg, root, sym}, linked, opt)
	require.Len(t, ps, 1)
	assert.Equal(t, ProblemID("background"), ps[0].ID)

	// The root's problem was ticket-worthy on its own first.
	id := ProblemID("root-absence")
	root.Claim, root.ClaimOrd = id, 1
	sym.Claim, sym.ClaimOrd = id, 1
	ps = Group([]View{bg, root, sym}, linked, opt)
	require.Len(t, ps, 1)
	assert.Equal(t, id, ps[0].ID, "the ticketed problem keeps its id when it joins an older unticketed one")
	assert.Equal(t, "root-absence", ps[0].Anchor)

	// The background was ticket-worthy later (it carries the merged id's
	// claim then): split apart, each part has its own id again.
	bg.Claim, bg.ClaimOrd = ProblemID("background"), 2
	ps = Group([]View{bg, root, sym}, linked, opt)
	require.Len(t, ps, 1)
	assert.Equal(t, id, ps[0].ID, "the earliest claim wins a merge")
	m := byMember(Group([]View{bg, root, sym}, apart, opt))
	assert.Equal(t, id, m["root-absence"].ID)
	assert.Equal(t, ProblemID("background"), m["background"].ID)

	// The background joined the ticketed problem later (it claimed the
	// merged id after the root): split off, the part holding the members
	// that claimed the id first keeps it, though the background is older.
	bg.Claim, bg.ClaimOrd = id, 3
	m = byMember(Group([]View{bg, root, sym}, apart, opt))
	assert.Equal(t, id, m["root-absence"].ID, "the part that claimed the id first keeps it")
	assert.Equal(t, ProblemID("background"), m["background"].ID, "a split part takes a new id")
	// Both parts hold members that claimed the id together: the part
	// with the oldest of them (the anchor) keeps it.
	m = byMember(Group([]View{bg, root, sym}, nil, opt))
	assert.Equal(t, id, m["root-absence"].ID)
	assert.NotEqual(t, id, m["root-symptom"].ID)
	assert.Equal(t, ProblemID("root-symptom"), m["root-symptom"].ID)
	// Without the anchor (evicted), the other member that claimed the
	// id first keeps it.
	m = byMember(Group([]View{bg, sym}, nil, opt))
	assert.Equal(t, id, m["root-symptom"].ID)
	assert.Equal(t, ProblemID("background"), m["background"].ID)
}

// A claim is recorded once per member (Store.Claim), survives a snapshot
// and restore, and numbers later claims after the restored ones.
func TestClaimPersists(t *testing.T) {
	s := New(Config{})
	for _, fp := range []string{"a", "b", "c"} {
		s.Add(&Event{Fingerprint: fp, Kind: "error", Time: 100})
	}
	assert.Equal(t, 2, s.Claim("p1", []string{"a", "b", "gone"}))
	assert.Equal(t, 0, s.Claim("p2", []string{"a"}), "a member keeps its first claim")
	data, err := s.Snapshot()
	require.NoError(t, err)
	r := New(Config{})
	require.NoError(t, r.Restore(data))
	assert.Equal(t, 1, r.Claim("p3", []string{"b", "c"}))
	claims := map[string]View{}
	for _, v := range r.Views(100, nil) {
		claims[v.Fingerprint] = v
	}
	assert.Equal(t, "p1", claims["a"].Claim)
	assert.Equal(t, "p1", claims["b"].Claim)
	assert.Equal(t, "p3", claims["c"].Claim)
	assert.Less(t, claims["a"].ClaimOrd, claims["c"].ClaimOrd)
	assert.Equal(t, claims["a"].ClaimOrd, claims["b"].ClaimOrd)
}

// Flowed marks the buckets in which the store was fed, aligned with the
// trends (oldest first, ending at now's bucket), in a ring of the trend's
// length.
func TestFlowed(t *testing.T) {
	s := New(Config{BucketSeconds: 60, Buckets: 4})
	const m = int64(time.Minute)
	base := 100 * m
	s.SetNowBefore(base + 10)      // bucket 100
	s.SetNowBefore(base + 2*m + 5) // bucket 102
	assert.Equal(t, []bool{true, false, true}, s.Flowed(base+2*m+30, 3))
	assert.Equal(t, []bool{false, true, false, true}, s.Flowed(base+2*m, 4)[0:4])
	s.SetNowBefore(base + 5*m) // bucket 105 takes bucket 101's slot of the 4
	assert.Equal(t, []bool{false, true, false, false, true}, s.Flowed(base+5*m, 6)[1:])
}

// The marks survive a restart: a failure beginning right after one was
// seen to begin if data flowed before it (the unseen-onset hold).
func TestFlowedSurvivesRestore(t *testing.T) {
	s := New(Config{BucketSeconds: 60, Buckets: 4})
	const m = int64(time.Minute)
	base := 100 * m
	s.SetNowBefore(base + 10)
	s.SetNowBefore(base + 2*m + 5)
	snap, err := s.Snapshot()
	require.NoError(t, err)
	r := New(Config{BucketSeconds: 60, Buckets: 4})
	require.NoError(t, r.Restore(snap))
	assert.Equal(t, s.Flowed(base+2*m+30, 4), r.Flowed(base+2*m+30, 4))
	assert.Equal(t, []bool{false, true, false, true}, r.Flowed(base+2*m, 4))
	other := New(Config{BucketSeconds: 30, Buckets: 4})
	require.NoError(t, other.Restore(snap))
	assert.Equal(t, []bool{false, false, false, false}, other.Flowed(base+2*m, 4), "another bucket width keeps no marks")
}
