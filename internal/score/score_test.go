package score

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

const hour = int64(time.Hour)

var now = int64(1_800_000_000) * 1e9

func base() Input {
	return Input{
		Kind: "error", Count: 100, Users: 10, Traces: 100, Services: 1, Operations: 1,
		Trend: flat(60, 2), Windows: 60, FirstSeen: now - 2*hour, LastSeen: now, Now: now,
	}
}

func flat(n int, v int64) []int64 {
	t := make([]int64, n)
	for i := range t {
		t[i] = v
	}
	return t
}

func TestEvaluateStates(t *testing.T) {
	cfg := Default()
	tests := []struct {
		name  string
		mod   func(*Input)
		state string
		more  bool // scores higher than the base input
	}{
		{"ongoing", func(*Input) {}, backlog.StateOngoing, false},
		{"new", func(in *Input) { in.FirstSeen = now - hour/2 }, backlog.StateNew, true},
		{"escalating", func(in *Input) { in.Trend = append(flat(59, 2), 40) }, backlog.StateEscalating, true},
		{"regressed", func(in *Input) { in.RegressedAt = now - hour }, backlog.StateRegressed, true},
		{"resolved", func(in *Input) { in.Resolved = true; in.LastSeen = now - 7*hour; in.Trend = flat(60, 0) }, backlog.StateResolved, false},
		{"muted", func(in *Input) { in.Muted = true }, backlog.StateMuted, false},
		{"critical journey", func(in *Input) { in.JourneyMean, in.JourneyMax = 5, 5 }, backlog.StateOngoing, true},
		{"boosted", func(in *Input) { in.Boost = 3 }, backlog.StateOngoing, true},
		{"blast radius", func(in *Input) { in.Services = 4 }, backlog.StateOngoing, true},
		{"new in release", func(in *Input) { in.NewInRelease = "v2" }, backlog.StateOngoing, true},
	}
	b := base()
	ref := cfg.Evaluate(&b)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := base()
			tt.mod(&in)
			r := cfg.Evaluate(&in)
			assert.Equal(t, tt.state, r.State)
			if tt.more {
				assert.Greater(t, r.Score, ref.Score)
			} else {
				assert.LessOrEqual(t, r.Score, ref.Score)
			}
			bd := r.Breakdown
			assert.InDelta(t, bd.Impact*bd.Frequency*bd.Recency*bd.BlastRadius*bd.Novelty*bd.Override/bd.FixEffort, r.Score, 1e-9)
			assert.NotEmpty(t, bd.Notes)
		})
	}
}

func TestChronicRanksBelowNewPain(t *testing.T) {
	cfg := Default()
	chronic := base()
	chronic.FirstSeen = now - 30*24*hour
	fresh := base()
	fresh.FirstSeen = now - hour/4
	fresh.Trend = append(flat(45, 0), flat(15, 8)...) // same events in 15 min
	rc, rf := cfg.Evaluate(&chronic), cfg.Evaluate(&fresh)
	assert.True(t, rc.Chronic)
	assert.Equal(t, 0.5, rc.Breakdown.Novelty)
	assert.Greater(t, rf.Score, rc.Score)
}

func TestResolvedDampened(t *testing.T) {
	cfg := Default()
	in := base()
	in.Resolved, in.RegressedAt, in.FirstSeen = true, now-hour, now-hour/2
	r := cfg.Evaluate(&in)
	assert.Equal(t, backlog.StateResolved, r.State)
	assert.Equal(t, 0.1, r.Breakdown.Novelty, "no new/regressed boost while resolved")
}

func TestRecencyUsesEventTime(t *testing.T) {
	cfg := Default()
	a := base()
	b := base()
	b.LastSeen = now - 6*hour // one half-life
	assert.InDelta(t, 0.5, cfg.Evaluate(&b).Breakdown.Recency/cfg.Evaluate(&a).Breakdown.Recency, 1e-9)
	// Shifting every time (a replay of yesterday) changes nothing.
	y := base()
	shift := -24 * hour
	y.FirstSeen += shift
	y.LastSeen += shift
	y.Now += shift
	assert.Equal(t, cfg.Evaluate(&a), cfg.Evaluate(&y))
}

func TestMinutesOfPain(t *testing.T) {
	cfg := Default()
	in := base()
	in.LatencyPainMs = 120000
	assert.InDelta(t, 100*0.5+2, cfg.Evaluate(&in).MinutesOfPain, 1e-9)
}

func TestGates(t *testing.T) {
	cfg := Default()
	cfg.Gates = Gates{MinEvents: 5, MinUsers: 2, MinWindows: 2, MinTraces: 3, ImpactMinUsers: 5, ImpactMinTenants: 1, ImpactMinMinutes: 100, CriticalJourneyWeight: 3, EscalationLift: 1.5}
	noImpact := func(in *Input) { in.Users, in.Traces = 2, 100 } // 50 minutes < 100
	tests := []struct {
		name   string
		mod    func(*Input)
		passes bool
		note   string
	}{
		{"passes", func(*Input) {}, true, "customer impact (10 users)"},
		{"few events", func(in *Input) { in.Count = 4 }, false, "not repeatable"},
		{"few users", func(in *Input) { in.Users = 1 }, false, "min_users"},
		{"one window, several traces", func(in *Input) { in.Windows = 1 }, true, "in 100 traces"},
		{"one window, one trace", func(in *Input) { in.Windows, in.Traces = 1, 1 }, false, "not repeatable"},
		{"repeatable, no evidence", noImpact, false, "no evidence"},
		{"minutes of pain", func(in *Input) { in.Users, in.Traces = 2, 300 }, true, "minutes of pain"},
		{"critical journey", func(in *Input) { noImpact(in); in.JourneyMax = 3 }, true, "critical journey"},
		{"critical journey, not repeatable", func(in *Input) { in.Count, in.JourneyMax = 1, 3 }, false, "not repeatable"},
		{"new in release", func(in *Input) { noImpact(in); in.NewInRelease = "v2" }, true, "new in release v2"},
		{"regressed", func(in *Input) { noImpact(in); in.RegressedAt = now - hour }, true, "regressed"},
		{"escalating", func(in *Input) { noImpact(in); in.Trend = append(flat(59, 1), 50) }, true, "escalating"},
		{"escalating against the baseline", func(in *Input) {
			noImpact(in)
			in.AllRecent, in.AllBefore = 1000, 100000 // 100 of 1000 recent events, 0 of 100000 before
			in.Trend = append(flat(55, 0), flat(5, 20)...)
		}, true, "escalating against the baseline"},
		{"pinned", func(in *Input) { in.Count, in.Pinned = 1, true }, true, "pinned"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := base()
			tt.mod(&in)
			r := cfg.Evaluate(&in)
			assert.Equal(t, tt.passes, r.Passes, r.GateNote)
			assert.Contains(t, r.GateNote, tt.note)
		})
	}
}

// Customer impact is evidence of a problem to act on only when the
// failure is not background (its share of the traffic rose above its
// baseline, or it has none) and, for the minutes of pain, when its records
// are failures (error or worse) rather than warnings.
func TestGatesHoldBackgroundAndWarnings(t *testing.T) {
	cfg := Default()
	cfg.LiftWindow = 5 * time.Minute
	cfg.Gates.HoldBelowError = true             // off by default
	noUsers := func(in *Input) { in.Users = 0 } // 100 requests: 50 minutes of pain
	// background: 2 events a minute for an hour, recently a smaller share of
	// the traffic than before (lift 0.89).
	steady := func(in *Input) { noUsers(in); in.AllRecent, in.AllBefore = 5000, 40000 }
	tests := []struct {
		name   string
		mod    func(*Input)
		passes bool
		note   string
	}{
		{"impact, no baseline", noUsers, true, "minutes of pain"},
		{"impact, below its baseline share", steady, false, "background"},
		{"impact, above its baseline share", func(in *Input) {
			steady(in)
			in.Trend = append(flat(55, 1), flat(5, 12)...)
		}, true, "minutes of pain"},
		{"background but a critical journey", func(in *Input) { steady(in); in.JourneyMax = 3 }, true, "critical journey"},
		{"background but new in a release", func(in *Input) { steady(in); in.NewInRelease = "v2" }, true, "new in release"},
		{"background with users", func(in *Input) { steady(in); in.Users = 10 }, false, "background"},
		{"warnings: minutes are no evidence", func(in *Input) { noUsers(in); in.Severity = "WARN" }, false, "handled warnings"},
		{"warnings with users", func(in *Input) { in.Severity = "WARN" }, true, "10 users"},
		{"errors: minutes are evidence", func(in *Input) { noUsers(in); in.Severity = "ERROR" }, true, "minutes of pain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := base()
			tt.mod(&in)
			r := cfg.Evaluate(&in)
			assert.Equal(t, tt.passes, r.Passes, r.GateNote)
			assert.Contains(t, r.GateNote, tt.note)
		})
	}
	off := Default()
	off.Gates.HoldBackground, off.Gates.HoldBelowError = false, false
	for _, mod := range []func(*Input){steady, func(in *Input) { noUsers(in); in.Severity = "WARN" }} {
		in := base()
		mod(&in)
		r := off.Evaluate(&in)
		assert.True(t, r.Passes, "turned off: "+r.GateNote)
	}
}

func TestDebt(t *testing.T) {
	cfg := Default()
	in := base()
	in.Severity = "WARN"
	assert.True(t, cfg.Evaluate(&in).Debt, "a frequent warning is debt")
	in.Count = 10
	assert.False(t, cfg.Evaluate(&in).Debt, "an infrequent, young warning is not")
	in.Severity = "ERROR"
	in.Count = 1000
	assert.False(t, cfg.Evaluate(&in).Debt, "an error is never debt")
}

// A cluster that returns after a resolution ranks at least as high as it
// did when it was new with the same traffic: its earlier life is no
// "background share".
func TestRegressedRanksAtLeastAsNew(t *testing.T) {
	cfg := Default()
	bucket := int64(60)
	trend := func(pre, post []int64) []int64 { return append(append([]int64{}, pre...), post...) }
	// All clusters together: 100 events per minute for 2 hours.
	const all = 100 * 120
	newIn := Input{
		Kind: "error", Count: 50, Users: 5, Traces: 50, Services: 1, Operations: 1,
		Trend: trend(flat(110, 0), flat(10, 5)), BucketSeconds: bucket, Windows: 10,
		FirstSeen: now - 10*int64(time.Minute), LastSeen: now, Now: now,
		AllRecent: 500, AllBefore: all - 500, AllSinceFirst: 1000, AllBeforeFirst: all - 1000,
	}
	asNew := cfg.Evaluate(&newIn)
	// The same burst after a long life (5000 events before the trend
	// window), a resolution and a return.
	reg := newIn
	reg.Count, reg.Traces = 5050, 5050
	reg.Windows = 1000
	reg.FirstSeen = now - 48*hour
	reg.RegressedAt = now - 10*int64(time.Minute)
	reg.AllSinceFirst, reg.AllBeforeFirst = 0, 0 // first seen before the trend
	reg.SinceRegression, reg.AllSinceRegression, reg.AllBeforeRegression = 50, 1000, all-1000
	got := cfg.Evaluate(&reg)
	require.Equal(t, backlog.StateRegressed, got.State)
	for _, n := range got.Breakdown.Notes {
		assert.NotContains(t, n, "background", "a regressed cluster is not background")
	}
	assert.GreaterOrEqual(t, got.Score, asNew.Score, "regressed %v\nnew %v", got.Breakdown, asNew.Breakdown)
}

func TestValidate(t *testing.T) {
	tests := []struct {
		mod  func(*Config)
		want string
	}{
		{func(*Config) {}, ""},
		{func(c *Config) { c.UserWeight = -1 }, "user_weight"},
		{func(c *Config) { c.NoveltyNew = 0 }, "novelty_new"},
		{func(c *Config) { c.EWMAAlpha = 2 }, "ewma_alpha"},
		{func(c *Config) { c.RecencyHalfLife = 0 }, "recency_half_life"},
		{func(c *Config) { c.FixEffort["latency"] = 0 }, "fix_effort.latency"},
		{func(c *Config) { c.Gates.MinEvents = -1 }, "gates.min_events"},
		{func(c *Config) { c.Gates.ImpactMinMinutes = -1 }, "gates.impact_min_minutes"},
		{func(c *Config) { c.Gates.EscalationLift = math.Inf(1) }, "gates.escalation_lift"},
		{func(c *Config) { c.Gates.DebtMinEvents = -1 }, "gates.debt_min_events"},
		{func(c *Config) { c.Gates.ConcurrentWindow = -time.Second }, "gates.concurrent_window"},
		{func(c *Config) { c.BlastMax = 0.5 }, "blast_max"},
		{func(c *Config) { c.SlowdownWeight = -1 }, "slowdown_weight"},
		{func(c *Config) { c.SlowdownRef = 0 }, "slowdown_reference"},
		{func(c *Config) { c.SlowdownMax = 0.5 }, "slowdown_max"},
		{func(c *Config) { c.SlowdownWeight = 0 }, ""},
	}
	for _, tt := range tests {
		c := Default()
		tt.mod(&c)
		err := c.Validate()
		if tt.want == "" {
			require.NoError(t, err)
			continue
		}
		require.Error(t, err)
		assert.Contains(t, err.Error(), tt.want)
	}
}

func TestLiftAgainstBaseline(t *testing.T) {
	cfg := Default()
	// A background cluster: 10% of the events before the window and within it.
	bg := base()
	bg.Count, bg.Trend = 100, append(flat(55, 0), flat(5, 2)...)
	bg.AllRecent, bg.AllBefore = 100, 900
	// A cluster that appeared within the window, after 900 baseline events.
	fresh := base()
	fresh.Count, fresh.Trend, fresh.FirstSeen = 10, append(flat(55, 0), flat(5, 2)...), now-4*int64(time.Minute)
	fresh.AllRecent, fresh.AllBefore = 100, 900
	fresh.AllSinceFirst, fresh.AllBeforeFirst = 100, 900
	rb, rf := cfg.Evaluate(&bg), cfg.Evaluate(&fresh)
	assert.Equal(t, 1.0, rb.Lift, "same share as before: no novelty")
	assert.Greater(t, rf.Lift, 2.0)
	assert.LessOrEqual(t, rf.Lift, cfg.LiftMax)
	assert.Contains(t, strings.Join(rf.Breakdown.Notes, ";"), "not in the baseline")
	// A cluster that lost its share is dampened, not below LiftFloor.
	quiet := bg
	quiet.Trend = append(flat(59, 0), 1)
	rq := cfg.Evaluate(&quiet)
	assert.Less(t, rq.Lift, 1.0)
	assert.GreaterOrEqual(t, rq.Lift, cfg.LiftFloor)
	// No baseline yet: no judgement.
	cold := fresh
	cold.AllBefore, cold.AllBeforeFirst = 10, 10
	assert.Equal(t, 1.0, cfg.Evaluate(&cold).Lift)
}

func TestSeverityAndSymptom(t *testing.T) {
	cfg := Default()
	errIn, warnIn := base(), base()
	errIn.Severity, warnIn.Severity = "ERROR", "WARNING"
	assert.Greater(t, cfg.Evaluate(&errIn).Score, cfg.Evaluate(&warnIn).Score)
	assert.Equal(t, "fatal", SeverityLevel("CRITICAL"))
	assert.Equal(t, "", SeverityLevel(""))

	cause, echo := base(), base()
	echo.ExplainedBy = echo.Count
	r := cfg.Evaluate(&echo)
	assert.InDelta(t, cfg.SymptomFactor*cfg.Evaluate(&cause).Score, r.Score, 1e-9)
	assert.Contains(t, strings.Join(r.Breakdown.Notes, ";"), "symptom")

	assert.Equal(t, 1.0, cfg.Corroboration(1))
	assert.InDelta(t, 1.25, cfg.Corroboration(2), 1e-9)
	assert.Equal(t, cfg.CorroborationMax, cfg.Corroboration(100))
}

// With a baseline, a surge of a known cluster and a never-seen cluster are
// both judged by the lift; the flat "new" factor applies only without one.
func TestNewFactorOnlyWithoutBaseline(t *testing.T) {
	cfg := Default()
	fresh := base()
	fresh.Count, fresh.Trend, fresh.FirstSeen = 10, append(flat(55, 0), flat(5, 2)...), now-4*int64(time.Minute)
	fresh.AllRecent, fresh.AllBefore = 100, 900
	fresh.AllSinceFirst, fresh.AllBeforeFirst = 100, 900
	r := cfg.Evaluate(&fresh)
	notes := strings.Join(r.Breakdown.Notes, ";")
	assert.NotContains(t, notes, "new x")
	assert.Contains(t, notes, "not in the baseline")
	assert.Equal(t, "new", r.State, "the state is still new")
	cold := fresh
	cold.AllBefore, cold.AllBeforeFirst = 10, 10
	rc := cfg.Evaluate(&cold)
	assert.Contains(t, strings.Join(rc.Breakdown.Notes, ";"), "new x1.5")
	assert.InDelta(t, cfg.NoveltyNew, rc.Breakdown.Novelty, 1e-9)
}

// The frequency counts affected requests like the impact: many events in
// few traces (a loop of slow queries) weigh as those requests.
func TestFrequencyPerRequest(t *testing.T) {
	cfg := Default()
	loop, spread := base(), base()
	loop.Count, spread.Count = 20, 20
	loop.Traces, spread.Traces = 2, 20
	rl, rs := cfg.Evaluate(&loop), cfg.Evaluate(&spread)
	assert.Less(t, rl.Breakdown.Frequency, rs.Breakdown.Frequency)
	assert.Contains(t, strings.Join(rl.Breakdown.Notes, ";"), "counted per request (2 traces)")
	noTrace := base()
	noTrace.Count, noTrace.Traces = 20, 0
	assert.Equal(t, rs.Breakdown.Frequency, cfg.Evaluate(&noTrace).Breakdown.Frequency, "without traces, events count")
}

// A latency's impact grows with its slowdown over the baseline beyond
// slowdown_reference, bounded by slowdown_max; without a baseline, or at or
// below the reference, it weighs 1.
func TestSlowdown(t *testing.T) {
	cfg := Default()
	f, r := cfg.Slowdown(2000, 1) // 2 s over a 1 ms p50, summed
	assert.InDelta(t, 2000.0, r, 1e-9)
	assert.InDelta(t, 1+cfg.SlowdownWeight*math.Log(2000/cfg.SlowdownRef), f, 1e-9)
	f, r = cfg.Slowdown(200, 1000) // 0.2 s more on a 1 s call
	assert.Equal(t, 1.0, f, "below the reference: no penalty")
	assert.InDelta(t, 0.2, r, 1e-9)
	f, r = cfg.Slowdown(100, 0)
	assert.Equal(t, 1.0, f)
	assert.Equal(t, 0.0, r, "unknown baseline")
	f, _ = cfg.Slowdown(1e12, 1)
	assert.Equal(t, cfg.SlowdownMax, f, "bounded")
	off := cfg
	off.SlowdownWeight = 0
	f, r = off.Slowdown(2000, 1)
	assert.Equal(t, 1.0, f)
	assert.InDelta(t, 2000.0, r, 1e-9)

	stall, mild, unknown := base(), base(), base()
	for _, in := range []*Input{&stall, &mild, &unknown} {
		in.Kind, in.LatencyPainMs = "latency", 20000
	}
	stall.LatencyBaselineMs = 20   // slowdown 1000
	mild.LatencyBaselineMs = 20000 // slowdown 1
	rs, rm, ru := cfg.Evaluate(&stall), cfg.Evaluate(&mild), cfg.Evaluate(&unknown)
	assert.Greater(t, rs.Score, rm.Score)
	assert.InDelta(t, ru.Score, rm.Score, 1e-9)
	assert.InDelta(t, 1+cfg.SlowdownWeight*math.Log(1000/cfg.SlowdownRef), rs.Breakdown.Impact/rm.Breakdown.Impact, 1e-9)
	assert.Contains(t, strings.Join(rs.Breakdown.Notes, ";"), "slowdown 1e+03x its baseline x")
	assert.Contains(t, strings.Join(rm.Breakdown.Notes, ";"), "slowdown 1x its baseline")
	assert.NotContains(t, strings.Join(ru.Breakdown.Notes, ";"), "slowdown")
}

func TestBusinessHoursFactor(t *testing.T) {
	cfg := Default()
	f, share := cfg.BusinessHours(30, 40)
	assert.Equal(t, 1.0, f, "neutral by default")
	assert.InDelta(t, 0.75, share, 1e-9)

	cfg.BusinessHoursWeight = 2
	f, _ = cfg.BusinessHours(30, 40)
	assert.InDelta(t, 1.75, f, 1e-9)
	f, _ = cfg.BusinessHours(0, 0)
	assert.Equal(t, 1.0, f, "unknown business hours weigh 1")

	in := Input{Kind: "error", Count: 40, Trend: []int64{40}, FirstSeen: 0, LastSeen: 0, Now: 0, Severity: "error"}
	base := cfg.Evaluate(&in)
	in.BusinessHoursEvents, in.BusinessHoursKnown = 40, 40
	r := cfg.Evaluate(&in)
	assert.InDelta(t, 2*base.Breakdown.Impact, r.Breakdown.Impact, 1e-9)
	assert.Contains(t, r.Breakdown.Notes, "100% of events in business hours x2")

	cfg.BusinessHoursWeight = 0
	assert.ErrorContains(t, cfg.Validate(), "business_hours_weight")
}

func TestOutcomeFactors(t *testing.T) {
	cfg := Default()
	in := Input{Kind: "error", Count: 40, Trend: []int64{40}, Severity: "error", Windows: 2, Users: 3}
	base := cfg.Evaluate(&in)
	require.True(t, base.Passes, base.GateNote)
	in.Outcome = Outcome{FixFailed: 2, Notes: []string{"fix failed x2"}}
	r := cfg.Evaluate(&in)
	assert.InDelta(t, 2*base.Score, r.Score, 1e-9)
	assert.Equal(t, 2.0, r.Breakdown.FixFailed)
	assert.Contains(t, r.Breakdown.Notes, "fix failed x2")

	in.Outcome = Outcome{Dismissed: 0.5, Watch: true}
	r = cfg.Evaluate(&in)
	assert.InDelta(t, 0.5*base.Score, r.Score, 1e-9)
	assert.Equal(t, 0.5, r.Breakdown.Dismissed)
	assert.False(t, r.Passes)
	assert.Equal(t, "held: dismissed by people, watched, not ticketed", r.GateNote)
	in.Pinned = true
	assert.True(t, cfg.Evaluate(&in).Passes, "a pin wins")
	assert.Zero(t, base.Breakdown.FixFailed, "absent when it does not apply")
}

// The background gate asks whether a cluster departs from its baseline at
// 95 % confidence, not whether its share is merely above it: a steady
// cluster whose share wobbles up by a few events is still background, and
// a known cluster's small rise is no escalation against the baseline. A
// cluster the baseline never held passes on its appearance when that is
// more than chance: more events than the baseline allows for a cluster it
// never showed.
func TestGatesDepartureFromBaseline(t *testing.T) {
	cfg := Default()
	noUsers := func(in *Input) { in.Users = 0 } // 100 requests: 50 minutes of pain
	tests := []struct {
		name   string
		mod    func(*Input)
		passes bool
		weak   bool
		note   string
	}{
		// 10 of 1000 recent events against 90 of 10000 before: lift 1.09
		// (above 1.05, so the share "rose"), but within the 107 the 90
		// allow at 95 % (10.7 recently).
		{"impact, a wobble above its baseline share", func(in *Input) {
			noUsers(in)
			in.AllRecent, in.AllBefore = 1000, 10000
		}, false, false, "background"},
		{"impact, far above its baseline share", func(in *Input) {
			noUsers(in)
			in.AllRecent, in.AllBefore = 1000, 10000
			in.Trend = append(flat(55, 1), flat(5, 12)...)
		}, true, false, "minutes of pain"},
		// Seen once before, 4 times recently, at an even traffic: lift
		// 1.59 >= escalation_lift 1.5, but 1 seen allows up to 5.
		{"known, a small rise is no escalation", func(in *Input) {
			noUsers(in)
			in.Count, in.Traces, in.Windows = 5, 5, 5
			in.Trend = append(append(flat(54, 0), 1), 1, 1, 1, 1, 0)
			in.AllRecent, in.AllBefore = 100, 100
		}, false, false, "background"},
		{"known, a large rise escalates", func(in *Input) {
			noUsers(in)
			in.Count, in.Traces, in.Windows = 9, 9, 5
			in.Trend = append(append(flat(54, 0), 1), 2, 2, 2, 2, 0)
			in.AllRecent, in.AllBefore = 100, 100
		}, true, true, "escalating against the baseline"},
		// Never seen in a short baseline (100 events), 8 since in 200:
		// more than the 6.6 a baseline without it allows at 95 %, so its
		// appearance is evidence (weak: see ConcurrentWindow).
		{"new after a short baseline", func(in *Input) {
			noUsers(in)
			in.Count, in.Traces, in.Windows = 8, 8, 2
			in.FirstSeen, in.Trend = now-2*int64(time.Minute), append(flat(58, 0), 3, 5)
			in.AllSinceFirst, in.AllBeforeFirst = 200, 100
		}, true, true, "escalating against the baseline"},
		// The same with 5 events: lift x2.1 (a smoothed ratio), but a
		// cluster 100 events never showed may have had up to 3 % of them,
		// 6.6 of the 200 since: chance, not yet a departure.
		{"new after a short baseline, too few to tell", func(in *Input) {
			noUsers(in)
			in.Count, in.Traces, in.Windows = 5, 5, 2
			in.FirstSeen, in.Trend = now-2*int64(time.Minute), append(flat(58, 0), 2, 3)
			in.AllSinceFirst, in.AllBeforeFirst = 200, 100
		}, false, false, "not significant: 5 events within the 6.6"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := base()
			tt.mod(&in)
			r := cfg.Evaluate(&in)
			assert.Equal(t, tt.passes, r.Passes, r.GateNote)
			assert.Equal(t, tt.weak, r.Weak, r.GateNote)
			assert.Contains(t, r.GateNote, tt.note)
		})
	}
}

func TestPoissonUpper(t *testing.T) {
	// Exact one-sided 95 % bounds: 3.00, 4.74, 17.0, 118.
	for n, want := range map[int64]float64{0: 3.0, 1: 4.74, 10: 17.0, 100: 118} {
		assert.InEpsilon(t, want, poissonUpper(n), 0.11, "n=%d", n)
	}
}

// A cluster's own baseline needs more than the bucket it appeared in: the
// first minute of data is usually partial, and its count is no EWMA.
func TestEscalatingNeedsAnOwnBaseline(t *testing.T) {
	cfg := Default()
	in := base()
	in.Trend = append(flat(58, 0), 2, 44) // appeared in a partial bucket
	assert.NotEqual(t, backlog.StateEscalating, cfg.Evaluate(&in).State)
	in.Trend = append(flat(57, 0), 2, 2, 44)
	assert.Equal(t, backlog.StateEscalating, cfg.Evaluate(&in).State)
}

// TestEscalationNeedsMinutes: the escalation against the baseline is
// evidence only for a cluster seen in escalation_min_windows trend
// buckets; a burst of one bucket, repeatable in several traces, is held
// (Early: novel all the same) until it goes on, while customer impact
// still passes it in one bucket.
func TestEscalationNeedsMinutes(t *testing.T) {
	cfg := Default()
	cfg.Gates.EscalationMinWindows = 2
	burst := func(in *Input) { // never seen in 100 events, 5 of the 100 since, in 5 traces of its one minute
		in.Users, in.Count, in.Traces, in.Windows = 0, 5, 5, 1
		in.FirstSeen, in.Trend = now-30*int64(time.Second), append(flat(59, 0), 5)
		in.AllSinceFirst, in.AllBeforeFirst = 100, 100
	}
	in := base()
	burst(&in)
	r := cfg.Evaluate(&in)
	assert.False(t, r.Passes, r.GateNote)
	assert.True(t, r.Early, r.GateNote)
	assert.Contains(t, r.GateNote, "seen in 1 windows < escalation_min_windows 2")

	in = base()
	burst(&in)
	in.Windows, in.Trend = 2, append(flat(58, 0), 2, 3)
	r = cfg.Evaluate(&in)
	assert.True(t, r.Passes, r.GateNote)
	assert.True(t, r.Weak, r.GateNote)
	assert.False(t, r.Early, r.GateNote)
	assert.Contains(t, r.GateNote, "escalating against the baseline")

	in = base()
	burst(&in)
	in.Users = 3
	r = cfg.Evaluate(&in)
	assert.True(t, r.Passes, r.GateNote)
	assert.Contains(t, r.GateNote, "customer impact (3 users)")

	cfg.Gates.EscalationMinWindows = 0 // disabled
	in = base()
	burst(&in)
	r = cfg.Evaluate(&in)
	assert.True(t, r.Passes, r.GateNote)
	assert.True(t, r.Weak, r.GateNote)
}

// A new cluster held as not significant is still novel evidence of its
// service (Early: pooled and corroborating in internal/rank): several
// small new fingerprints of one service are together what none is alone.
func TestInsignificantNewIsStillNovel(t *testing.T) {
	cfg := Default()
	in := base()
	in.Users, in.Count, in.Traces, in.Windows = 0, 5, 5, 2
	in.FirstSeen, in.Trend = now-2*int64(time.Minute), append(flat(58, 0), 2, 3)
	in.AllSinceFirst, in.AllBeforeFirst = 200, 100
	r := cfg.Evaluate(&in)
	assert.False(t, r.Passes, r.GateNote)
	assert.True(t, r.Early, r.GateNote)
	assert.GreaterOrEqual(t, r.Lift, cfg.CorroborationLift, r.GateNote)
}

// A customer minute is lost by a request that failed (minutes_per_request),
// or was slowed (its excess, and minutes_per_request in proportion up to
// perceptible_latency); a request whose records only say the service
// handled the case (a warning) costs none.
func TestRequestMinutes(t *testing.T) {
	cfg := Default()
	slow := func(excessPerRequestMs float64) Input {
		in := base()
		in.Kind, in.SlowOnly, in.Users = "latency", true, 0
		in.LatencyPainMs = excessPerRequestMs * float64(in.Traces)
		return in
	}
	tests := []struct {
		name    string
		in      Input
		minutes float64
		passes  bool
	}{
		{"failed", func() Input { in := base(); in.Users = 0; return in }(), 50, true},
		{"slow by 2 ms: imperceptible", slow(2), 100*0.5*0.02 + 0.2/60, false},
		{"slow by 50 ms: half", slow(50), 100*0.5*0.5 + 5.0/60, true},
		{"slow by 300 ms: a whole request", slow(300), 100*0.5 + 30.0/60, true},
		{"handled warnings", func() Input { in := base(); in.Kind, in.Handled, in.Users = "log", true, 0; return in }(), 0, false},
		{"members' mean cost", func() Input { in := base(); in.Users, in.RequestCost, in.RequestCostSet = 0, 0.02, true; return in }(), 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := cfg.Evaluate(&tt.in)
			assert.InDelta(t, tt.minutes, r.MinutesOfPain, 1e-9)
			assert.Equal(t, tt.passes, r.Passes, r.GateNote)
		})
	}
	// 0 counts every slow request in full (the former rule).
	cfg.PerceptibleLatency = 0
	in := slow(2)
	assert.InDelta(t, 50+0.2/60, cfg.Evaluate(&in).MinutesOfPain, 1e-9)
	cfg.PerceptibleLatency = -time.Second
	assert.ErrorContains(t, cfg.Validate(), "perceptible_latency")
}
