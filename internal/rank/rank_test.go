package rank

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
	"github.com/otelcol-backlog/otelcol-backlog/internal/overrides"
	"github.com/otelcol-backlog/otelcol-backlog/internal/rank/ranktest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/render"
)

var (
	t0       = ranktest.T0
	scenario = ranktest.Scenario
	rules    = ranktest.Rules
)

const minute = int64(time.Minute)

func TestBuild(t *testing.T) {
	b := NewBuilder(scenario(0))
	set := rules(t)
	b.Overrides = func() *overrides.Set { return set }
	gen := time.Date(2026, 11, 25, 13, 0, 0, 0, time.UTC)
	doc := b.Build(gen)

	assert.Equal(t, gen, doc.GeneratedAt)
	var order []string
	for i, it := range doc.Items {
		assert.Equal(t, i+1, it.Rank)
		order = append(order, it.Fingerprint+":"+it.State)
	}
	// gateway's failures are all explained by checkout's (its child span):
	// the symptom ranks below the deepest cause, payments.
	assert.Equal(t, []string{"checkout:new", "payments:new", "gateway:new", "noise:ongoing", "muted:muted"}, order)
	require.Len(t, doc.Watchlist, 1)
	assert.Equal(t, "rare", doc.Watchlist[0].Fingerprint)
	assert.Contains(t, doc.Watchlist[0].Gate, "min_events")

	co := doc.Items[0]
	assert.Equal(t, "[checkout-service] java.lang.IllegalStateException: Payment <*> failed", co.Title)
	assert.Equal(t, int64(45), co.Count, "dup merged in")
	assert.Equal(t, []string{"dup"}, co.MergedFrom)
	assert.Equal(t, uint64(15), co.Affected.Users)
	assert.Equal(t, "team-payments", co.Owner)
	assert.Equal(t, "payments", co.Problem.Head, "deepest failing span is the root cause")
	assert.False(t, co.Problem.IsHead)
	assert.Len(t, co.Trend, 60)
	assert.NotEmpty(t, co.Exemplars)
	assert.Contains(t, strings.Join(co.ScoreBreakdown.Notes, ";"), "checkout journey x")

	noise := doc.Items[3]
	assert.Equal(t, "noise", noise.Fingerprint)
	assert.Equal(t, 0.5, noise.ScoreBreakdown.Novelty, "chronic dampening")
	assert.Equal(t, &backlog.OverrideRef{Action: "mute", Reason: "known-flake"}, doc.Items[4].Override)

	var linked *backlog.Problem
	for i := range doc.Problems {
		if doc.Problems[i].Head == "payments" {
			linked = &doc.Problems[i]
		}
	}
	require.NotNil(t, linked)
	assert.Equal(t, []string{"checkout", "gateway", "payments"}, linked.Members)
	assert.Equal(t, []string{"trace"}, linked.Reasons)
	assert.Equal(t, cluster.ProblemID("payments"), linked.ID)
	assert.Equal(t, doc.Problems[0].ID, linked.ID, "problems ranked by their best member")
}

func TestReplayRanksLikeLive(t *testing.T) {
	live := NewBuilder(scenario(0)).Build(time.Unix(0, 0))
	replay := NewBuilder(scenario(-24 * int64(time.Hour))).Build(time.Unix(0, 0))
	require.Equal(t, len(live.Items), len(replay.Items))
	for i := range live.Items {
		assert.Equal(t, live.Items[i].Fingerprint, replay.Items[i].Fingerprint)
		assert.Equal(t, live.Items[i].Score, replay.Items[i].Score)
		assert.Equal(t, live.Items[i].ScoreBreakdown, replay.Items[i].ScoreBreakdown)
	}
}

func TestBuildEmpty(t *testing.T) {
	doc := NewBuilder(cluster.New(cluster.Config{})).Build(time.Unix(0, 0))
	assert.Empty(t, doc.Items)
	js, err := render.JSON(&doc)
	require.NoError(t, err)
	assert.Contains(t, string(js), `"items": []`)
}

func TestTitle(t *testing.T) {
	tests := []struct{ svc, typ, tpl, want string }{
		{"checkout-service", "java.lang.IllegalStateException", "Payment <*> failed", "[checkout-service] java.lang.IllegalStateException: Payment <*> failed"},
		{"api", "KeyError", "KeyError: 'id'", "[api] KeyError: 'id'"},
		{"", "", "multi\n  line", "multi line"},
		{"s", "", strings.Repeat("x", 300), "[s] " + strings.Repeat("x", 135) + "…"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Title(tt.svc, tt.typ, tt.tpl))
	}
}

func BenchmarkBuild(b *testing.B) {
	s := cluster.New(cluster.Config{})
	for c := 0; c < 2000; c++ {
		for i := 0; i < 20; i++ {
			e := cluster.Event{Fingerprint: fmt.Sprintf("%016x", c), Kind: "error", Template: "x <*>", Service: fmt.Sprint("svc", c%20),
				User: fmt.Sprint(i), Time: t0 + int64(i)*minute, TraceID: [16]byte{byte(i), byte(c), byte(c >> 8)}, SpanID: [8]byte{byte(c%3 + 1)}}
			s.Add(&e)
		}
	}
	bl := NewBuilder(s)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc := bl.Build(time.Unix(0, 0))
		_ = render.Markdown(&doc)
	}
}

func TestBuildOverridesAndStates(t *testing.T) {
	s := cluster.New(cluster.Config{QuietPeriod: time.Hour})
	add := func(fp string, n int, at int64) {
		for i := 0; i < n; i++ {
			s.Add(&cluster.Event{Fingerprint: fp, Kind: "error", Template: fp, Service: "svc", Time: at + int64(i)})
		}
	}
	add("big", 500, t0)
	add("small", 3, t0)
	add("boosted", 20, t0)
	add("back", 50, t0)
	require.True(t, s.MarkResolved("back"))
	add("back", 50, t0+30*minute) // returns after the fix
	add("gone", 10, t0-3*int64(time.Hour))

	set, err := overrides.Parse([]byte(`rules:
  - {fingerprint: small, action: pin, reason: ceo-asked}
  - {fingerprint: boosted, action: boost, factor: 1000, reason: sla}
`))
	require.NoError(t, err)
	b := NewBuilder(s)
	b.Overrides = func() *overrides.Set { return set }
	doc := b.Build(time.Unix(0, 0))
	var order []string
	for _, it := range doc.Items {
		order = append(order, it.Fingerprint+":"+it.State)
	}
	assert.Equal(t, []string{"small:new", "boosted:new", "back:regressed", "big:new", "gone:resolved"}, order)
	assert.Equal(t, "pinned", doc.Items[0].Gate)
	assert.Equal(t, 1000.0, doc.Items[1].ScoreBreakdown.Override)

	b.MaxItems = 2
	doc = b.Build(time.Unix(0, 0))
	assert.Len(t, doc.Items, 2)
	assert.Equal(t, int64(3), doc.Stats["items_truncated"])
}

func TestBuildEscalatingAndRelease(t *testing.T) {
	s := cluster.New(cluster.Config{})
	add := func(fp, rel string, at int64) {
		s.Add(&cluster.Event{Fingerprint: fp, Kind: "error", Template: fp, Service: "api", Release: rel, Time: at})
	}
	start := t0 - 2*int64(time.Hour)
	for m := int64(0); m < 120; m++ { // steady 2/min for two hours on v1
		add("steady", "v1", start+m*minute)
		add("steady", "v1", start+m*minute+1)
	}
	for i := int64(0); i < 40; i++ { // then a spike in the last minute, on v2
		add("steady", "v2", t0+i)
	}
	add("fresh-a", "v2", t0+100) // first seen right after v2 appeared
	add("fresh-b", "v2", t0+200)
	for i := int64(0); i < 3; i++ {
		add("fresh-a", "v2", t0+300+i)
		add("fresh-b", "v2", t0+300+i)
	}
	doc := NewBuilder(s).Build(time.Unix(0, 0))
	byFP := map[string]backlog.Item{}
	for _, it := range doc.Items {
		byFP[it.Fingerprint] = it
	}
	assert.Equal(t, backlog.StateEscalating, byFP["steady"].State)
	assert.Equal(t, "", byFP["steady"].NewInRelease)
	assert.Equal(t, "v2", byFP["fresh-a"].NewInRelease)
	assert.Equal(t, "v2", byFP["fresh-b"].NewInRelease)
	assert.Equal(t, "fresh-a", byFP["fresh-b"].Problem.Head, "grouped by release, earliest first seen heads")
	assert.True(t, byFP["fresh-a"].Problem.IsHead)
}

// Fragmented latency fingerprints of one service (one per operation) are
// scored as one piece of evidence and rank above a single larger latency
// of another service; their log fingerprints are not pooled.
func TestPoolFragmentedLatency(t *testing.T) {
	build := func(pool []string) backlog.Document {
		s := cluster.New(cluster.Config{})
		for i := 0; i < 400; i++ { // baseline: steady noise for 400 minutes
			s.Add(&cluster.Event{Fingerprint: "noise", Kind: "log", Template: "tick", Service: "clock", Time: t0 + int64(i)*minute})
		}
		at := t0 + 400*minute
		for i := 0; i < 12; i++ { // one larger latency of "db-client"
			s.Add(&cluster.Event{Fingerprint: "big", Kind: "latency", Template: "slow SELECT", Service: "db-client",
				Operation: "query", Time: at + int64(i)*minute/4, LatencyExcessMs: 100})
		}
		for op := 0; op < 4; op++ { // four fragments of "food", 4 events each
			for i := 0; i < 4; i++ {
				s.Add(&cluster.Event{Fingerprint: fmt.Sprint("frag", op), Kind: "latency", Template: "slow GET",
					Service: "food", Operation: fmt.Sprint("op", op), Time: at + int64(i)*minute/2, LatencyExcessMs: 100, LatencyBaselineMs: 1})
			}
		}
		b := NewBuilder(s)
		b.Score.PoolKinds = pool
		return b.Build(time.Unix(0, t0))
	}
	without := build(nil)
	require.NotEmpty(t, without.Items)
	assert.Equal(t, "db-client", without.Items[0].Service)
	with := build([]string{"latency"})
	assert.Equal(t, "food", with.Items[0].Service)
	assert.Contains(t, strings.Join(with.Items[0].ScoreBreakdown.Notes, ";"), "pools 4 novel latency fingerprints of food (16 events)")
	assert.Contains(t, strings.Join(with.Items[0].ScoreBreakdown.Notes, ";"), "slowdown 100x its baseline;", "pooled excess over pooled baselines")
	assert.Equal(t, int64(4), with.Items[0].Count, "the item keeps its own count")
	assert.Equal(t, "db-client", with.Items[1].Service, "only the strongest fragment takes the pooled score")
}

// TestBuildIsReadOnly: Build neither resolves clusters nor changes which
// clusters eviction spares; the exporter's flush does that (see Keep).
func TestBuildIsReadOnly(t *testing.T) {
	s := cluster.New(cluster.Config{QuietPeriod: time.Hour, Shards: 1, MaxClusters: 2})
	s.Add(&cluster.Event{Fingerprint: "pinned", Kind: "error", Template: "x", Service: "api", Time: 0})
	s.Add(&cluster.Event{Fingerprint: "other", Kind: "error", Template: "y", Service: "api", Time: int64(3 * time.Hour)})
	set, err := overrides.Parse([]byte("rules:\n  - {fingerprint: pinned, action: pin, reason: r}\n"))
	require.NoError(t, err)
	b := NewBuilder(s)
	b.Overrides = func() *overrides.Set { return set }
	before, err := s.Snapshot()
	require.NoError(t, err)
	doc := b.Build(time.Unix(0, 0))
	require.NotEmpty(t, doc.Items)
	after, err := s.Snapshot()
	require.NoError(t, err)
	assert.Equal(t, before, after, "Build changed the store")
	assert.Equal(t, []string{"pinned"}, b.Keep())
	// Nothing protected "pinned": a busy newcomer may evict it.
	for i := 0; i < 3; i++ {
		s.Add(&cluster.Event{Fingerprint: "busy", Kind: "error", Template: "z", Service: "api", Time: int64(3 * time.Hour)})
	}
	ids := map[string]bool{}
	for _, v := range s.Views(int64(3*time.Hour), nil) {
		ids[v.Fingerprint] = true
	}
	assert.False(t, ids["pinned"], "Build protected the pinned cluster from eviction")
}
