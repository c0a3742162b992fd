// Package score ranks clusters with an explainable formula:
//
//	score = impact * frequency * recency * blast_radius * novelty * override / fix_effort
//
// and classifies their state (new, ongoing, escalating, regressed, resolved,
// muted). Every factor is returned in a backlog.Breakdown with notes. All
// times are event times passed in by the caller.
package score

import (
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

// Config holds the weights. Zero values are invalid; start from Default.
type Config struct {
	// Impact = journey weight * (1 + ln(1 + affected)), where affected =
	// UserWeight*users + TenantWeight*tenants + PainWeight*minutes of pain.
	UserWeight   float64 `mapstructure:"user_weight"`
	TenantWeight float64 `mapstructure:"tenant_weight"`
	PainWeight   float64 `mapstructure:"pain_weight"`
	// MinutesPerRequest is the customer minutes one affected request costs;
	// latency excess counts directly.
	MinutesPerRequest float64 `mapstructure:"minutes_per_request"`
	// PerceptibleLatency: a request that was only slow (no failure) costs
	// MinutesPerRequest in full when its latency excess reaches this, and
	// in proportion below it (the mean excess per affected request over
	// PerceptibleLatency): 100 ms is where a response stops feeling
	// instantaneous (Card, Moran and Newell; Nielsen's response-time
	// limits), so a call 3 ms slower than usual is not a lost customer
	// half-minute. 0 counts every slow request in full.
	PerceptibleLatency time.Duration `mapstructure:"perceptible_latency"`
	// RecencyHalfLife halves the score per period since last seen.
	RecencyHalfLife time.Duration `mapstructure:"recency_half_life"`
	// BlastRadius = 1 + BlastPerService*(services-1) +
	// BlastPerOperation*(operations-1), capped at BlastMax.
	BlastPerService   float64 `mapstructure:"blast_per_service"`
	BlastPerOperation float64 `mapstructure:"blast_per_operation"`
	BlastMax          float64 `mapstructure:"blast_max"`
	// Novelty factors (multiplied together when several apply).
	NoveltyNew          float64 `mapstructure:"novelty_new"`
	NoveltyNewInRelease float64 `mapstructure:"novelty_new_in_release"`
	NoveltyRegressed    float64 `mapstructure:"novelty_regressed"`
	NoveltyEscalating   float64 `mapstructure:"novelty_escalating"`
	// ChronicFactor dampens clusters older than ChronicAfter that are active
	// in at least half their trend buckets (steady background noise).
	ChronicFactor float64 `mapstructure:"chronic_factor"`
	// ResolvedFactor dampens resolved clusters (by a human or quiet).
	ResolvedFactor float64       `mapstructure:"resolved_factor"`
	ChronicAfter   time.Duration `mapstructure:"chronic_after"`
	// NewWindow: a cluster first seen within it is "new".
	NewWindow time.Duration `mapstructure:"new_window"`
	// RegressionHold keeps the regressed state this long after the return.
	RegressionHold time.Duration `mapstructure:"regression_hold"`
	// Escalating: the last trend bucket is >= EscalationRatio times the EWMA
	// (EWMAAlpha) of the earlier buckets and >= EscalationMinCount.
	EscalationRatio    float64 `mapstructure:"escalation_ratio"`
	EscalationMinCount int64   `mapstructure:"escalation_min_count"`
	EWMAAlpha          float64 `mapstructure:"ewma_alpha"`
	// Baseline novelty ("lift"): a cluster's share of the events of the
	// last LiftWindow is compared with its share of the events before it
	// (every cluster's events count; the store's history is the baseline).
	// A cluster that holds the same share as before is background (known,
	// chronic) and is dampened down to LiftFloor; a cluster far above its
	// former share (new or surging) is boosted by up to LiftMax. Nothing is
	// judged before LiftMinBaseline events were seen before the window.
	LiftWindow      time.Duration `mapstructure:"lift_window"`
	LiftMinBaseline int64         `mapstructure:"lift_min_baseline"`
	LiftMax         float64       `mapstructure:"lift_max"`
	LiftFloor       float64       `mapstructure:"lift_floor"`
	// SymptomFactor dampens a cluster whose occurrences are explained by
	// another cluster of the same traces (a failing callee under a failing
	// call, an earlier error of another service): down to this factor when
	// every occurrence is explained, so the cause ranks above its echoes.
	SymptomFactor float64 `mapstructure:"symptom_factor"`
	// Corroboration: several novel clusters (lift >= CorroborationLift) of
	// one service corroborate each other (a service-level change or
	// failure shows as several new fingerprints at once, a stray error as
	// one): each novel cluster of a service with k of them is multiplied by
	// min(1 + CorroborationPerCluster*(k-1), CorroborationMax).
	CorroborationLift       float64 `mapstructure:"corroboration_lift"`
	CorroborationPerCluster float64 `mapstructure:"corroboration_per_cluster"`
	CorroborationMax        float64 `mapstructure:"corroboration_max"`
	// PoolKinds: the novel fingerprints of one service and one of these
	// kinds are also scored as one (their events, traces and pain summed),
	// and the strongest of them takes that score when it is higher.
	// Latency fingerprints are per operation and dependency, while a
	// resource fault of a service slows all of them at once.
	PoolKinds []string `mapstructure:"pool_kinds"`
	// SeverityWeight multiplies the impact by the dominant severity of a
	// cluster's log records (keys: debug, info, warn, error, fatal; a
	// cluster without severity, such as a latency, weighs 1): a warning is
	// a weaker signal of customer pain than an error.
	SeverityWeight map[string]float64 `mapstructure:"severity_weight"`
	// Slowdown: the impact of a cluster with a latency excess is
	// multiplied by min(1 + SlowdownWeight*ln(r/SlowdownRef), SlowdownMax)
	// when its slowdown r = excess / baseline (both summed over its
	// events, the baseline being the p50 the processor compared with)
	// exceeds SlowdownRef: 2 s of excess on a 2 ms call (r = 1000) is a
	// stronger symptom than 2 s on a 1 s call (r = 2). Every
	// flagged span is already far above its p50 (its threshold is a
	// multiple of the p99), so only a slowdown beyond SlowdownRef counts,
	// and a smaller one weighs 1 (a CPU-starved service slows many calls
	// by less). 0 disables; a cluster without a known baseline weighs 1.
	SlowdownWeight float64 `mapstructure:"slowdown_weight"`
	SlowdownRef    float64 `mapstructure:"slowdown_reference"`
	SlowdownMax    float64 `mapstructure:"slowdown_max"`
	// BusinessHoursWeight weighs the pain felt during business hours: the
	// impact is multiplied by 1 + (BusinessHoursWeight-1)*share, where
	// share is the fraction of the cluster's events with a known
	// fingerprint.business_hours that fell in business hours. 1 (the
	// default) is neutral; 2 doubles the impact of a cluster that hurts
	// only during the working day; below 1 favours off-hours pain (e.g. a
	// consumer product whose peak is the evening).
	BusinessHoursWeight float64 `mapstructure:"business_hours_weight"`
	// FixEffort per fingerprint kind (default 1 for kinds not listed).
	FixEffort map[string]float64 `mapstructure:"fix_effort"`
	Gates     Gates              `mapstructure:"gates"`
}

// Gates decide whether a problem (or a cluster) is ticket-worthy, a
// backlog item, or stays on the watchlist. It passes when pinned, or when
// it is repeatable AND shows at least one piece of evidence:
//
//   - repeatable: at least MinEvents events and MinUsers users, seen in at
//     least MinWindows trend buckets (minutes) or in at least MinTraces
//     traces;
//   - evidence: customer impact (at least ImpactMinUsers users, or
//     ImpactMinTenants tenants, or ImpactMinMinutes customer minutes of
//     pain), a critical journey (journey weight >= CriticalJourneyWeight),
//     new in a release, regressed, or escalating.
//
// A zero Impact* threshold is always met: it turns the evidence
// requirement off.
type Gates struct {
	MinEvents             int64   `mapstructure:"min_events"`
	MinUsers              uint64  `mapstructure:"min_users"`
	MinWindows            int64   `mapstructure:"min_windows"`
	MinTraces             uint64  `mapstructure:"min_traces"`
	ImpactMinUsers        uint64  `mapstructure:"impact_min_users"`
	ImpactMinTenants      uint64  `mapstructure:"impact_min_tenants"`
	ImpactMinMinutes      float64 `mapstructure:"impact_min_minutes"`
	CriticalJourneyWeight float64 `mapstructure:"critical_journey_weight"`
	// EscalationLift: a cluster whose baseline-novelty factor (the lift,
	// see LiftWindow) reached it is escalating against the baseline of
	// all traffic (a failure absent or rare before, now frequent), which
	// counts as evidence like escalating against its own trend, when its
	// events also depart from what the baseline allows at 95 % (see
	// departs): the lift is a smoothed ratio, and a handful of events of a
	// failure the baseline never showed can be chance. 0 disables.
	EscalationLift float64 `mapstructure:"escalation_lift"`
	// DebtMinEvents: a problem whose dominant severity is below error
	// (debug, info, warn) is labelled debt when it is chronic or has at
	// least this many events (0 disables the count rule).
	DebtMinEvents int64 `mapstructure:"debt_min_events"`
	// HoldBackground holds a problem whose only evidence is customer
	// impact while it is background: with a baseline and not departing
	// from it (its events within the 95 % Poisson bound the baseline
	// allows, see departs). It was failing at that rate before; it stays
	// on the watchlist until it rises, regresses, escalates or touches a
	// critical journey or a release.
	HoldBackground bool `mapstructure:"hold_background"`
	// HoldBelowError: the minutes of pain of a problem whose dominant
	// severity is below error (debug, info, warn) are not evidence of
	// customer impact. Its records say the service handled the case (a
	// warning, not a failed request); the minutes are only its request
	// count. Users, tenants and every other evidence still count. Off by
	// default: a warning can be how a service reports pain it did not
	// fail on ("slow lookup: took 900 ms"); docs/evaluation.md measures it.
	HoldBelowError bool `mapstructure:"hold_below_error"`
	// HoldUnseenOnset: without a baseline (fewer than LiftMinBaseline
	// events before), customer impact is no evidence for a problem
	// failing since the data began or since a gap in it (Input.OnsetUnseen):
	// nothing shows it is not chronic, so it waits until it rises against
	// its own trend, regresses, or a baseline shows it departs (critical
	// journeys and releases still pass it). A collector started during an
	// incident then tickets it only once it grows or regresses, which is
	// why it is off by default; docs/evaluation.md measures it.
	HoldUnseenOnset bool `mapstructure:"hold_unseen_onset"`
	// ConcurrentWindow: a problem whose only evidence is the escalation
	// against the baseline (a failure new or rising in share, but no
	// customer impact above the floors, critical journey, release,
	// regression or escalation against its own trend) whose episode began
	// within this long after that of a higher-ranked ticket-worthy problem
	// is held on the watchlist as concurrent with it: the smaller failures
	// that appear in the minutes of an incident are mostly its symptoms
	// even where no trace links them (retries, fallbacks, queued work). It
	// passes on its own once it shows other evidence. Only an episode
	// whose onset was seen anchors (internal/rank, holdConcurrent). 0
	// disables.
	ConcurrentWindow time.Duration `mapstructure:"concurrent_window"`
	// EscalationMinWindows: the escalation against the baseline is
	// evidence only for a cluster seen in at least this many trend
	// buckets. Repeatable in several traces of one bucket (a burst of one
	// minute) is enough for a failure with customer impact, but an
	// escalation is a change over time: a failure new in the last minute
	// shows whether it goes on in the next (as the escalation against its
	// own trend needs buckets of its own). 0 or 1 disables (the default:
	// it also holds root causes caught in their first minute; see
	// docs/evaluation.md).
	EscalationMinWindows int64 `mapstructure:"escalation_min_windows"`
}

// BelowError reports a known severity below error (debug, info, warn).
func BelowError(sev string) bool {
	switch SeverityLevel(sev) {
	case "debug", "info", "warn":
		return true
	}
	return false
}

// Default returns the default weights.
func Default() Config {
	return Config{
		UserWeight:              1,
		TenantWeight:            5,
		PainWeight:              1,
		MinutesPerRequest:       0.5,
		PerceptibleLatency:      100 * time.Millisecond,
		RecencyHalfLife:         6 * time.Hour,
		BlastPerService:         0.5,
		BlastPerOperation:       0.1,
		BlastMax:                5,
		NoveltyNew:              1.5,
		NoveltyNewInRelease:     1.5,
		NoveltyRegressed:        2,
		NoveltyEscalating:       2,
		ChronicFactor:           0.5,
		ResolvedFactor:          0.1,
		ChronicAfter:            24 * time.Hour,
		NewWindow:               time.Hour,
		RegressionHold:          24 * time.Hour,
		EscalationRatio:         3,
		EscalationMinCount:      10,
		EWMAAlpha:               0.3,
		LiftWindow:              5 * time.Minute,
		LiftMinBaseline:         50,
		LiftMax:                 4,
		LiftFloor:               0.2,
		SymptomFactor:           0.4,
		CorroborationLift:       1.5,
		CorroborationPerCluster: 0.25,
		CorroborationMax:        2,
		PoolKinds:               []string{"latency"},
		SeverityWeight:          map[string]float64{"debug": 0.25, "info": 0.25, "warn": 0.5, "error": 1, "fatal": 1.5},
		SlowdownWeight:          0.3,
		SlowdownRef:             200,
		SlowdownMax:             2,
		BusinessHoursWeight:     1,
		FixEffort:               map[string]float64{"error": 1, "latency": 1.5, "retry": 1, "log": 1, "absence": 1},
		Gates: Gates{MinEvents: 3, MinUsers: 0, MinWindows: 2, MinTraces: 2, ImpactMinUsers: 1, ImpactMinTenants: 1,
			ImpactMinMinutes: 5, CriticalJourneyWeight: 3, EscalationLift: 1.5, DebtMinEvents: 100,
			HoldBackground: true, HoldUnseenOnset: true, ConcurrentWindow: 5 * time.Minute},
	}
}

// Validate returns an error naming the first invalid field.
func (c *Config) Validate() error {
	pos := []struct {
		name string
		v    float64
	}{
		{"user_weight", c.UserWeight}, {"tenant_weight", c.TenantWeight}, {"pain_weight", c.PainWeight},
		{"minutes_per_request", c.MinutesPerRequest}, {"blast_per_service", c.BlastPerService},
		{"blast_per_operation", c.BlastPerOperation},
	}
	for _, p := range pos {
		if p.v < 0 || math.IsNaN(p.v) || math.IsInf(p.v, 0) {
			return fmt.Errorf("%s: must be a finite number >= 0, got %v", p.name, p.v)
		}
	}
	factors := []struct {
		name string
		v    float64
	}{
		{"blast_max", c.BlastMax}, {"novelty_new", c.NoveltyNew}, {"novelty_new_in_release", c.NoveltyNewInRelease},
		{"novelty_regressed", c.NoveltyRegressed}, {"novelty_escalating", c.NoveltyEscalating},
		{"chronic_factor", c.ChronicFactor}, {"resolved_factor", c.ResolvedFactor}, {"escalation_ratio", c.EscalationRatio},
		{"lift_max", c.LiftMax}, {"lift_floor", c.LiftFloor}, {"symptom_factor", c.SymptomFactor},
		{"business_hours_weight", c.BusinessHoursWeight},
	}
	for _, p := range factors {
		if !(p.v > 0) || math.IsInf(p.v, 0) {
			return fmt.Errorf("%s: must be > 0, got %v", p.name, p.v)
		}
	}
	if c.LiftMax < 1 {
		return fmt.Errorf("lift_max: must be >= 1, got %v", c.LiftMax)
	}
	if c.CorroborationPerCluster < 0 || c.CorroborationMax < 1 || c.CorroborationLift < 1 {
		return fmt.Errorf("corroboration_per_cluster, corroboration_max, corroboration_lift: must be >= 0, >= 1, >= 1, got %v, %v, %v",
			c.CorroborationPerCluster, c.CorroborationMax, c.CorroborationLift)
	}
	if c.PerceptibleLatency < 0 {
		return fmt.Errorf("perceptible_latency: must be >= 0, got %s", c.PerceptibleLatency)
	}
	if c.SlowdownWeight < 0 || math.IsNaN(c.SlowdownWeight) || math.IsInf(c.SlowdownWeight, 0) {
		return fmt.Errorf("slowdown_weight: must be a finite number >= 0, got %v", c.SlowdownWeight)
	}
	if !(c.SlowdownRef > 0) || math.IsInf(c.SlowdownRef, 0) {
		return fmt.Errorf("slowdown_reference: must be a finite number > 0, got %v", c.SlowdownRef)
	}
	if !(c.SlowdownMax >= 1) || math.IsInf(c.SlowdownMax, 0) {
		return fmt.Errorf("slowdown_max: must be a finite number >= 1, got %v", c.SlowdownMax)
	}
	if c.SymptomFactor > 1 {
		return fmt.Errorf("symptom_factor: must be <= 1, got %v", c.SymptomFactor)
	}
	if c.LiftFloor > 1 {
		return fmt.Errorf("lift_floor: must be <= 1, got %v", c.LiftFloor)
	}
	if c.LiftMinBaseline < 0 {
		return fmt.Errorf("lift_min_baseline: must be >= 0, got %d", c.LiftMinBaseline)
	}
	if c.BlastMax < 1 {
		return fmt.Errorf("blast_max: must be >= 1, got %v", c.BlastMax)
	}
	if !(c.EWMAAlpha > 0 && c.EWMAAlpha <= 1) {
		return fmt.Errorf("ewma_alpha: must be in (0, 1], got %v", c.EWMAAlpha)
	}
	durs := []struct {
		name string
		v    time.Duration
	}{
		{"recency_half_life", c.RecencyHalfLife}, {"chronic_after", c.ChronicAfter},
		{"new_window", c.NewWindow}, {"regression_hold", c.RegressionHold}, {"lift_window", c.LiftWindow},
	}
	for _, d := range durs {
		if d.v <= 0 {
			return fmt.Errorf("%s: must be > 0, got %s", d.name, d.v)
		}
	}
	if c.EscalationMinCount < 0 {
		return fmt.Errorf("escalation_min_count: must be >= 0, got %d", c.EscalationMinCount)
	}
	for k, v := range c.SeverityWeight {
		if !(v > 0) || math.IsInf(v, 0) {
			return fmt.Errorf("severity_weight.%s: must be > 0, got %v", k, v)
		}
	}
	kinds := make([]string, 0, len(c.FixEffort))
	for k := range c.FixEffort {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		if v := c.FixEffort[k]; !(v > 0) || math.IsInf(v, 0) {
			return fmt.Errorf("fix_effort.%s: must be > 0, got %v", k, v)
		}
	}
	g := c.Gates
	switch {
	case g.MinEvents < 0:
		return fmt.Errorf("gates.min_events: must be >= 0, got %d", g.MinEvents)
	case g.MinWindows < 0:
		return fmt.Errorf("gates.min_windows: must be >= 0, got %d", g.MinWindows)
	case g.ImpactMinMinutes < 0 || math.IsNaN(g.ImpactMinMinutes) || math.IsInf(g.ImpactMinMinutes, 0):
		return fmt.Errorf("gates.impact_min_minutes: must be a finite number >= 0, got %v", g.ImpactMinMinutes)
	case g.EscalationLift < 0 || math.IsNaN(g.EscalationLift) || math.IsInf(g.EscalationLift, 0):
		return fmt.Errorf("gates.escalation_lift: must be a finite number >= 0, got %v", g.EscalationLift)
	case g.DebtMinEvents < 0:
		return fmt.Errorf("gates.debt_min_events: must be >= 0, got %d", g.DebtMinEvents)
	case g.ConcurrentWindow < 0:
		return fmt.Errorf("gates.concurrent_window: must be >= 0, got %s", g.ConcurrentWindow)
	case g.EscalationMinWindows < 0:
		return fmt.Errorf("gates.escalation_min_windows: must be >= 0, got %d", g.EscalationMinWindows)
	case !(g.CriticalJourneyWeight > 0):
		return fmt.Errorf("gates.critical_journey_weight: must be > 0, got %v", g.CriticalJourneyWeight)
	}
	return nil
}

// Input is what the scorer needs to know about one cluster.
type Input struct {
	Kind                   string
	Count                  int64
	Users, Tenants, Traces uint64
	LatencyPainMs          float64
	// SlowOnly reports that every event is a slow request that did not
	// fail (a latency cluster, or a problem of latency clusters only):
	// its requests cost minutes in proportion to their excess (see
	// PerceptibleLatency).
	SlowOnly bool
	// Handled reports a log cluster whose dominant severity is below
	// error (debug, info, warn): its records say the service handled the
	// case, so its requests cost no minutes (its latency excess, if any,
	// still counts).
	Handled bool
	// RequestCost, when RequestCostSet, is the minutes one affected
	// request costs (see RequestMinutes).
	RequestCost    float64
	RequestCostSet bool
	// LatencyBaselineMs sums the baselines of the events whose excess is
	// in LatencyPainMs (0: unknown); see SlowdownWeight.
	LatencyBaselineMs float64
	// JourneyMean is the count-weighted mean journey weight (0 means 1);
	// JourneyMax the highest seen; Journey the dominant journey name.
	JourneyMean, JourneyMax float64
	Journey                 string
	Services, Operations    int
	Trend                   []int64 // oldest first, last = bucket of Now
	BucketSeconds           int64   // width of a trend bucket (0 means 60)
	Windows                 int64
	FirstSeen, LastSeen     int64 // unix ns
	Now                     int64 // event-time now (newest event seen)
	NewInRelease            string
	Resolved                bool
	RegressedAt             int64
	// AllRecent and AllBefore count the events of every cluster within the
	// last LiftWindow (see RecentBuckets) and before it; zero disables the
	// baseline novelty.
	AllRecent, AllBefore int64
	// AllSinceFirst and AllBeforeFirst count the events of every cluster
	// since the bucket of this cluster's first event and before it (zero
	// when unknown, e.g. first seen before the trend window): a cluster
	// that appeared after a baseline was seen is judged against it for as
	// long as it lasts, not only within LiftWindow.
	AllSinceFirst, AllBeforeFirst int64
	// SinceRegression counts this cluster's events since the bucket of
	// RegressedAt; AllSinceRegression and AllBeforeRegression every
	// cluster's events since that bucket and before it (zero when
	// unknown). A regressed cluster is judged like one that just appeared,
	// on its events since the return, so its earlier life does not make it
	// background.
	SinceRegression, AllSinceRegression, AllBeforeRegression int64
	// OnsetUnseen reports that the cluster's latest episode began in the
	// first bucket of the data or after a gap in it (the bucket before saw
	// no cluster's events): it may have been failing long before (see
	// Gates.HoldUnseenOnset).
	OnsetUnseen bool
	// Severity is the dominant severity of the cluster's records, any
	// text (e.g. "WARN", "Error", "SEVERE"); see SeverityWeight.
	Severity string
	// ExplainedBy counts the occurrences of this cluster explained by
	// another cluster (cause links in); Explains those it explains (cause
	// links out).
	ExplainedBy, Explains int64
	// BusinessHoursEvents counts the events in business hours among the
	// BusinessHoursKnown events whose business hours were known.
	BusinessHoursEvents, BusinessHoursKnown int64
	// Outcome is the effect of fix outcomes (internal/outcome); the zero
	// value has none.
	Outcome Outcome
	// Override: Boost multiplies the score (0 means 1); Muted sets the
	// muted state; Pinned passes the gates.
	Boost         float64
	Muted, Pinned bool
}

// Result is the evaluation of one cluster.
type Result struct {
	Score         float64
	Breakdown     backlog.Breakdown
	State         string
	MinutesOfPain float64
	// Chronic is set when the chronic dampening applied.
	Chronic bool
	// Lift is the baseline-novelty factor that applied (1: none).
	Lift float64
	// Passes reports whether the cluster passes the gates (backlog item
	// rather than watchlist); GateNote says why.
	Passes   bool
	GateNote string
	// Weak reports a pass on the escalation against the baseline alone
	// (no customer impact, journey, release, regression or escalation
	// against its own trend); see Gates.ConcurrentWindow.
	Weak bool
	// Early reports a cluster novel against the baseline (lift at least
	// EscalationLift) but held for that alone: in fewer buckets than
	// EscalationMinWindows, or new since the baseline with no more events
	// than a baseline without it allows at 95 % (not significant). It is
	// novel all the same (internal/rank pools and corroborates it).
	Early bool
	// Debt reports a debt candidate (see Gates.DebtMinEvents).
	Debt bool
}

// RequestMinutes is the customer minutes one affected request of in costs
// (see Input.SlowOnly and Input.Handled): MinutesPerRequest for a failed
// one, in proportion to the mean excess over PerceptibleLatency (at most
// 1) for one that was only slow, none for one whose records say the
// service handled the case. Input.RequestCostSet overrides it (a
// problem's members' mean).
func (c *Config) RequestMinutes(in *Input) float64 {
	switch {
	case in.RequestCostSet:
		return in.RequestCost
	case in.Handled:
		return 0
	case !in.SlowOnly || c.PerceptibleLatency <= 0:
		return c.MinutesPerRequest
	}
	return c.MinutesPerRequest * math.Min(1, c.meanExcess(in)/(float64(c.PerceptibleLatency)/float64(time.Millisecond)))
}

// meanExcess is the latency excess per affected request of in, in ms.
func (c *Config) meanExcess(in *Input) float64 {
	requests := float64(in.Traces)
	if requests == 0 {
		requests = float64(in.Count)
	}
	if requests == 0 {
		return 0
	}
	return in.LatencyPainMs / requests
}

// Evaluate scores and classifies one cluster.
func (c *Config) Evaluate(in *Input) Result {
	var r Result
	b := &r.Breakdown

	requests := float64(in.Traces)
	if requests == 0 {
		requests = float64(in.Count)
	}
	r.MinutesOfPain = requests*c.RequestMinutes(in) + in.LatencyPainMs/60000
	jw := in.JourneyMean
	if jw <= 0 {
		jw = 1
	}
	affected := c.UserWeight*float64(in.Users) + c.TenantWeight*float64(in.Tenants) + c.PainWeight*r.MinutesOfPain
	b.Impact = jw * (1 + math.Log1p(affected))
	if sev := SeverityLevel(in.Severity); sev != "" {
		if w, ok := c.SeverityWeight[sev]; ok && w > 0 && w != 1 {
			b.Impact *= w
			b.Notes = append(b.Notes, fmt.Sprintf("severity %s x%.3g", sev, w))
		}
	}
	if f, r := c.Slowdown(in.LatencyPainMs, in.LatencyBaselineMs); f != 1 {
		b.Impact *= f
		b.Notes = append(b.Notes, fmt.Sprintf("slowdown %.3gx its baseline x%.3g", r, f))
	} else if r > 0 {
		b.Notes = append(b.Notes, fmt.Sprintf("slowdown %.3gx its baseline", r))
	}
	if f, share := c.BusinessHours(in.BusinessHoursEvents, in.BusinessHoursKnown); f != 1 {
		b.Impact *= f
		b.Notes = append(b.Notes, fmt.Sprintf("%.0f%% of events in business hours x%.3g", 100*share, f))
	}
	b.Notes = append(b.Notes, fmt.Sprintf("impact: %d users, %d tenants, %.1f customer minutes", in.Users, in.Tenants, r.MinutesOfPain))
	if jw != 1 {
		name := in.Journey
		if name == "" {
			name = "journey"
		}
		b.Notes = append(b.Notes, fmt.Sprintf("%s journey x%.3g", name, jw))
	}

	// Frequency: events per hour over the trend window.
	var recent int64
	for _, n := range in.Trend {
		recent += n
	}
	bs := in.BucketSeconds
	if bs <= 0 {
		bs = 60
	}
	hours := math.Max(float64(int64(len(in.Trend))*bs)/3600, 1.0/60)
	if life := float64(in.Now-in.FirstSeen) / float64(time.Hour); life > 0 && life < hours {
		hours = math.Max(life, 1.0/60)
	}
	perHour := float64(recent) / hours
	// Like the impact, the frequency counts affected requests: ten slow
	// queries of one request's loop are one slow request, not ten.
	perRequest := ""
	if in.Traces > 0 && in.Traces < uint64(in.Count) {
		perHour *= float64(in.Traces) / float64(in.Count)
		perRequest = fmt.Sprintf(", counted per request (%d traces)", in.Traces)
	}
	b.Frequency = 1 + math.Log1p(perHour)
	b.Notes = append(b.Notes, fmt.Sprintf("frequency: %.0f events/h recently, %d total%s", perHour, in.Count, perRequest))

	age := float64(in.Now-in.LastSeen) / float64(c.RecencyHalfLife)
	if age < 0 {
		age = 0
	}
	b.Recency = math.Max(math.Exp2(-age), 1e-6)

	b.BlastRadius = 1
	if in.Services > 1 {
		b.BlastRadius += c.BlastPerService * float64(in.Services-1)
	}
	if in.Operations > 1 {
		b.BlastRadius += c.BlastPerOperation * float64(in.Operations-1)
	}
	b.BlastRadius = math.Min(b.BlastRadius, c.BlastMax)
	if in.Services > 1 {
		b.Notes = append(b.Notes, fmt.Sprintf("blast radius: %d services, %d operations", in.Services, in.Operations))
	}

	// State and novelty.
	escalating := c.escalating(in.Trend)
	regressed := !in.Resolved && in.RegressedAt != 0 && in.Now-in.RegressedAt < int64(c.RegressionHold)
	isNew := !in.Resolved && in.Now-in.FirstSeen < int64(c.NewWindow)
	escalating = escalating && !in.Resolved
	b.Novelty = 1
	switch {
	case in.Muted:
		r.State = backlog.StateMuted
	case in.Resolved:
		r.State = backlog.StateResolved
	case regressed:
		r.State = backlog.StateRegressed
	case escalating:
		r.State = backlog.StateEscalating
	case isNew:
		r.State = backlog.StateNew
	default:
		r.State = backlog.StateOngoing
	}
	if regressed {
		b.Novelty *= c.NoveltyRegressed
		b.Notes = append(b.Notes, fmt.Sprintf("regressed after resolution x%.3g", c.NoveltyRegressed))
	}
	if escalating {
		b.Novelty *= c.NoveltyEscalating
		b.Notes = append(b.Notes, fmt.Sprintf("escalating vs own baseline x%.3g", c.NoveltyEscalating))
	}
	// With a baseline, the lift below measures novelty against it; the
	// flat "new" factor would count the same evidence twice and favour a
	// small never-seen cluster over a large surge of a known one.
	if isNew && !c.baselined(in) {
		b.Novelty *= c.NoveltyNew
		b.Notes = append(b.Notes, fmt.Sprintf("new x%.3g", c.NoveltyNew))
	}
	if in.NewInRelease != "" {
		b.Novelty *= c.NoveltyNewInRelease
		b.Notes = append(b.Notes, fmt.Sprintf("new in release %s x%.3g", in.NewInRelease, c.NoveltyNewInRelease))
	}
	if in.Resolved {
		b.Novelty *= c.ResolvedFactor
		b.Notes = append(b.Notes, fmt.Sprintf("resolved x%.3g", c.ResolvedFactor))
	}
	r.Lift = 1
	if f, note := c.lift(in, regressed); f != 1 {
		r.Lift = f
		b.Novelty *= f
		b.Notes = append(b.Notes, note)
	}
	// Net of the links it explains: a cluster explained in some traces but
	// explaining more in others is nearer the cause (discounting the
	// whole chain by the links in alone cost the Nezha "return" case its
	// rank 1). Along a chain, the problem's head is its deepest member
	// (cluster.Group).
	if net := in.ExplainedBy - in.Explains; net > 0 && in.Count > 0 && c.SymptomFactor < 1 {
		frac := math.Min(1, float64(net)/float64(in.Count))
		f := 1 - (1-c.SymptomFactor)*frac
		b.Novelty *= f
		b.Notes = append(b.Notes, fmt.Sprintf("symptom: %.0f%% explained by other clusters of its traces x%.3g", 100*frac, f))
	}
	if !in.Resolved && !escalating && !regressed && !isNew && in.Now-in.FirstSeen >= int64(c.ChronicAfter) && steady(in.Trend) {
		r.Chronic = true
		b.Novelty *= c.ChronicFactor
		b.Notes = append(b.Notes, fmt.Sprintf("chronic background noise x%.3g", c.ChronicFactor))
	}

	b.Override = 1
	if in.Boost > 0 && in.Boost != 1 {
		b.Override = in.Boost
		b.Notes = append(b.Notes, fmt.Sprintf("boosted x%.3g", in.Boost))
	}
	b.FixEffort = 1
	if v, ok := c.FixEffort[in.Kind]; ok {
		b.FixEffort = v
	}
	r.Score = b.Impact * b.Frequency * b.Recency * b.BlastRadius * b.Novelty * b.Override / b.FixEffort
	if o := in.Outcome; o.FixFailed > 1 || (o.Dismissed > 0 && o.Dismissed < 1) { // h7: fix outcomes
		if o.FixFailed > 1 {
			b.FixFailed = o.FixFailed
			r.Score *= o.FixFailed
		}
		if o.Dismissed > 0 && o.Dismissed < 1 {
			b.Dismissed = o.Dismissed
			r.Score *= o.Dismissed
		}
		b.Notes = append(b.Notes, o.Notes...)
	}

	departs, held := c.departs(in)
	r.Passes, r.GateNote, r.Weak = c.gate(in, r.MinutesOfPain, regressed, escalating, r.Lift, c.baselined(in), departs, held, &r.Early)
	if in.Outcome.Watch && !in.Pinned { // h7: fix outcomes
		r.Passes, r.GateNote, r.Early = false, "held: dismissed by people, watched, not ticketed", false
	}
	if sev := SeverityLevel(in.Severity); (sev == "debug" || sev == "info" || sev == "warn") &&
		(r.Chronic || (c.Gates.DebtMinEvents > 0 && in.Count >= c.Gates.DebtMinEvents)) {
		r.Debt = true
	}
	return r
}

// gate applies Gates: repeatability AND one piece of evidence. The note
// says which gate passed or why it held.
//
// background: the failure has a baseline (the traffic before it) and does
// not depart from it (departs: its events are within what the baseline
// allows at 95 %). Its customer impact is then not evidence of a
// problem to act on now: it was already there at the same rate, so it is
// chronic background (watchlist, debt label), not an incident. Any other
// evidence (critical journey, release, regression, escalation) still
// passes it.
//
// early is set when the escalation against the baseline was held for
// EscalationMinWindows alone, or because a cluster new since the baseline
// does not depart from it: the lift is a smoothed ratio, and on a handful
// of events only the Poisson bound tells a rise from chance.
func (c *Config) gate(in *Input, pain float64, regressed, escalating bool, lift float64, baselined, departs, held bool, early *bool) (bool, string, bool) {
	g := c.Gates
	if in.Pinned {
		return true, "pinned", false
	}
	var rep string
	switch {
	case in.Count < g.MinEvents:
		return false, fmt.Sprintf("held: not repeatable, %d events < min_events %d", in.Count, g.MinEvents), false
	case in.Users < g.MinUsers:
		return false, fmt.Sprintf("held: %d users < min_users %d", in.Users, g.MinUsers), false
	case in.Windows >= g.MinWindows:
		rep = fmt.Sprintf("repeatable (%d events in %d windows)", in.Count, in.Windows)
	case g.MinTraces > 0 && in.Traces >= g.MinTraces:
		rep = fmt.Sprintf("repeatable (%d events in %d traces)", in.Count, in.Traces)
	default:
		return false, fmt.Sprintf("held: not repeatable, seen in %d windows < min_windows %d and %d traces < min_traces %d",
			in.Windows, g.MinWindows, in.Traces, g.MinTraces), false
	}
	var ev string
	// Background: impact is no evidence (see HoldBackground). Without a
	// baseline, a failure seen since the data began (or since a gap in it)
	// may be chronic as well: nothing shows it is not.
	background := g.HoldBackground && baselined && !departs
	unjudged := g.HoldUnseenOnset && !baselined && in.OnsetUnseen
	background = background || unjudged
	weak := false
	switch {
	case !background && in.Users >= g.ImpactMinUsers:
		ev = fmt.Sprintf("customer impact (%d users)", in.Users)
	case !background && in.Tenants >= g.ImpactMinTenants:
		ev = fmt.Sprintf("customer impact (%d tenants)", in.Tenants)
	case !background && pain >= g.ImpactMinMinutes && !(g.HoldBelowError && BelowError(in.Severity)):
		ev = fmt.Sprintf("customer impact (%.1f minutes of pain)", pain)
	case in.JourneyMax >= g.CriticalJourneyWeight:
		ev = fmt.Sprintf("critical journey (weight %.3g)", in.JourneyMax)
	case in.NewInRelease != "":
		ev = "new in release " + in.NewInRelease
	case regressed:
		ev = "regressed"
	case in.Handled && (escalating || (g.EscalationLift > 0 && lift >= g.EscalationLift)):
		return false, fmt.Sprintf("held: %s, rising, but its records (severity %s) say the service handled the case: no customer minutes, so a monitored anomaly; no users, tenants, critical journey, release or regression",
			rep, SeverityLevel(in.Severity)), false
	case escalating:
		ev = "escalating"
	case g.EscalationLift > 0 && lift >= g.EscalationLift && departs && in.Windows >= g.EscalationMinWindows:
		ev, weak = fmt.Sprintf("escalating against the baseline (lift x%.3g)", lift), true
	case g.EscalationLift > 0 && lift >= g.EscalationLift && departs:
		*early = true
		return false, fmt.Sprintf("held: %s, escalating against the baseline (lift x%.3g) but seen in %d windows < escalation_min_windows %d: an escalation needs minutes, and no customer impact above the floors, critical journey, release or regression",
			rep, lift, in.Windows, g.EscalationMinWindows), false
	case g.EscalationLift > 0 && lift >= g.EscalationLift && !held:
		// New since the baseline, but too few events to tell from what
		// the baseline allows for a failure it never showed (the lift is
		// a smoothed ratio; on a handful of events only the Poisson bound
		// tells a rise from chance). Still novel evidence of its service
		// (pooled, corroborating).
		*early = true
		k, allowed, _, _ := c.departure(in)
		return false, fmt.Sprintf("held: %s, new since the baseline (lift x%.3g) but not significant: %d events within the %.1f a baseline without it allows at 95%%, and no customer impact above the floors, critical journey, release or regression",
			rep, lift, k, allowed), false
	case unjudged:
		return false, fmt.Sprintf("held: %s but failing since the data began (or since a gap in it) with no baseline yet: it may be chronic, so its customer impact is not evidence, and no critical journey, release, regression or escalation against its own trend",
			rep), false
	case background:
		return false, fmt.Sprintf("held: %s but background (its events are within what its baseline allows, lift x%.3g): its customer impact is not evidence, and no critical journey, release, regression or escalation",
			rep, lift), false
	case g.HoldBelowError && BelowError(in.Severity) && pain >= g.ImpactMinMinutes:
		return false, fmt.Sprintf("held: %s but no evidence (severity %s: its %.1f minutes of pain are handled warnings, not failed requests; %d users, %d tenants; no critical journey, release, regression or escalation)",
			rep, SeverityLevel(in.Severity), pain, in.Users, in.Tenants), false
	default:
		return false, fmt.Sprintf("held: %s but no evidence (%d users, %d tenants, %.1f minutes of pain < impact_min_minutes %.3g; no critical journey, release, regression or escalation)",
			rep, in.Users, in.Tenants, pain, g.ImpactMinMinutes), false
	}
	return true, "passed: " + rep + " and " + ev, weak
}

// departureZ is the one-sided normal quantile (95 %) of the Poisson upper
// bound a baseline allows (see departs).
const departureZ = 1.645

// poissonUpper approximates the one-sided 95 % upper confidence bound of a
// Poisson mean from an observed count n: (sqrt(n+1) + z/2)^2, which is
// 3.3 for n = 0 (the exact bound is 3.0, the "rule of three"), 5.0 for
// n = 1 and 17.1 for n = 10 (exact 4.7 and 17.0).
func poissonUpper(n int64) float64 {
	r := math.Sqrt(float64(max(n, 0))+1) + departureZ/2
	return r * r
}

// departs reports whether a baselined cluster departs from its baseline:
// its events since it appeared (a cluster the baseline did not hold) or
// within the recent part of the lift window exceed the most the baseline
// allows at 95 % confidence: the upper Poisson bound of its own count
// before (0 when it was not seen), scaled by every cluster's events then
// and now. A short baseline allows much (one not seen in 100 events may
// have had up to 3 % of them), a long one little; a cluster back after a
// resolution is judged on its events since the return. A cluster without a
// baseline (fewer than LiftMinBaseline events before) departs: nothing to
// compare with; so does one quiet in the recent part (its past impact is
// judged as it was).
//
// held reports a cluster the baseline held (seen before the recent part of
// the lift window): its rise, not its appearance, is what departs.
func (c *Config) departs(in *Input) (departs, held bool) {
	k, allowed, held, judged := c.departure(in)
	return !judged || float64(k) > allowed, held
}

// departure returns what departs compares: the events judged, the most
// the baseline allows for them at 95 %, whether the baseline held the
// cluster, and whether anything is judged at all.
func (c *Config) departure(in *Input) (k int64, allowed float64, held, judged bool) {
	minBase := max(c.LiftMinBaseline, 1)
	bound := func(before, allSince, allBefore int64) float64 {
		return poissonUpper(before) * float64(allSince) / float64(allBefore)
	}
	switch {
	case !in.Resolved && in.RegressedAt != 0 && in.Now-in.RegressedAt < int64(c.RegressionHold) &&
		in.AllSinceRegression > 0 && in.AllBeforeRegression >= minBase:
		return in.SinceRegression, bound(0, in.AllSinceRegression, in.AllBeforeRegression), false, true
	case in.AllSinceFirst > 0 && in.AllBeforeFirst >= minBase && in.Count > 0:
		return in.Count, bound(0, in.AllSinceFirst, in.AllBeforeFirst), false, true
	case in.AllRecent > 0 && in.AllBefore >= minBase:
		recent := c.Recent(in.Trend, in.BucketSeconds)
		if recent <= 0 {
			return 0, 0, false, false // quiet now: nothing to judge (as the lift)
		}
		before := max(in.Count-recent, 0)
		return recent, bound(before, in.AllRecent, in.AllBefore), before > 0, true
	}
	return 0, 0, false, false
}

// escalating compares the last bucket with an EWMA of the earlier ones.
func (c *Config) escalating(trend []int64) bool {
	if len(trend) < 2 {
		return false
	}
	last := trend[len(trend)-1]
	if last < c.EscalationMinCount {
		return false
	}
	ewma, started, seen := 0.0, false, 0
	for _, n := range trend[:len(trend)-1] {
		if !started {
			if n == 0 {
				continue // before the cluster existed
			}
			ewma, started, seen = float64(n), true, 1
			continue
		}
		ewma = c.EWMAAlpha*float64(n) + (1-c.EWMAAlpha)*ewma
		seen++
	}
	if seen < 2 {
		// No own baseline, or only the bucket it appeared in (a partial
		// bucket, e.g. the first minute of data): that is "new", not
		// escalating.
		return false
	}
	return float64(last) >= c.EscalationRatio*math.Max(ewma, 1)
}

// steady reports whether at least half the trend buckets saw events.
func steady(trend []int64) bool {
	if len(trend) == 0 {
		return false
	}
	active := 0
	for _, n := range trend {
		if n > 0 {
			active++
		}
	}
	return active*2 >= len(trend)
}

// RecentBuckets is the number of trend buckets of width bucketSeconds
// (0 means 60) that cover LiftWindow.
func (c *Config) RecentBuckets(bucketSeconds int64) int {
	if bucketSeconds <= 0 {
		bucketSeconds = 60
	}
	w := int64(c.LiftWindow / time.Second)
	return int(max(1, (w+bucketSeconds-1)/bucketSeconds))
}

// Recent sums the last RecentBuckets buckets of a trend.
func (c *Config) Recent(trend []int64, bucketSeconds int64) int64 {
	k := min(c.RecentBuckets(bucketSeconds), len(trend))
	var n int64
	for _, v := range trend[len(trend)-k:] {
		n += v
	}
	return n
}

// baselined reports whether the lift judges the cluster against a baseline
// (enough events seen before its window or before it appeared).
func (c *Config) baselined(in *Input) bool {
	minBase := max(c.LiftMinBaseline, 1)
	return (in.AllSinceFirst > 0 && in.AllBeforeFirst >= minBase && in.Count > 0) ||
		(in.AllRecent > 0 && in.AllBefore >= minBase)
}

// lift is the baseline-novelty factor: the cluster's share of the recent
// events over its (smoothed) share of the events before, mapped to
// [LiftFloor, LiftMax] as 1+ln(lift) above 1 and lift below 1.
func (c *Config) lift(in *Input, regressed bool) (float64, string) {
	if regressed {
		// Returned after a resolution: judged on the events since the
		// return, like a cluster that just appeared; never background.
		if in.AllSinceRegression > 0 && in.AllBeforeRegression >= max(c.LiftMinBaseline, 1) && in.SinceRegression > 0 {
			expected := float64(in.AllSinceRegression) / float64(in.AllBeforeRegression+1)
			l := (float64(in.SinceRegression) + 0.5) / (expected + 0.5)
			if f := math.Min(1+math.Log(max(l, 1)), c.LiftMax); f >= 1.05 {
				return f, fmt.Sprintf("returned above the baseline (%d events before the return) x%.3g", in.AllBeforeRegression, f)
			}
		}
		return 1, ""
	}
	if in.AllSinceFirst > 0 && in.AllBeforeFirst >= max(c.LiftMinBaseline, 1) && in.Count > 0 {
		// Appeared after the baseline: its share since then against the
		// highest share it could have had unseen before (1 event).
		expected := float64(in.AllSinceFirst) / float64(in.AllBeforeFirst+1)
		l := (float64(in.Count) + 0.5) / (expected + 0.5)
		if l >= 1 {
			if f := math.Min(1+math.Log(l), c.LiftMax); f >= 1.05 {
				return f, fmt.Sprintf("not in the baseline (%d events before it appeared) x%.3g", in.AllBeforeFirst, f)
			}
		}
		return 1, ""
	}
	if in.AllRecent <= 0 || in.AllBefore < max(c.LiftMinBaseline, 1) {
		return 1, ""
	}
	recent := c.Recent(in.Trend, in.BucketSeconds)
	if recent <= 0 {
		return 1, ""
	}
	before := max(in.Count-recent, 0)
	// Expected recent events at the former share; +1 smooths a cluster
	// never seen before (its former share is at most 1/AllBefore).
	expected := float64(in.AllRecent) * (float64(before) + 1) / float64(in.AllBefore+1)
	l := (float64(recent) + 0.5) / (expected + 0.5)
	switch {
	case l >= 1:
		f := math.Min(1+math.Log(l), c.LiftMax)
		if f < 1.05 {
			return 1, ""
		}
		if before == 0 {
			return f, fmt.Sprintf("not in the baseline (%d events before the last %s) x%.3g", in.AllBefore, c.LiftWindow, f)
		}
		return f, fmt.Sprintf("%.3gx its baseline share x%.3g", l, f)
	default:
		f := math.Max(l, c.LiftFloor)
		if f > 0.95 {
			return 1, ""
		}
		return f, fmt.Sprintf("background: %.2gx its baseline share x%.3g", l, f)
	}
}

// Slowdown is the impact factor of a latency excess over its baseline
// (both summed over the same events): 1 + SlowdownWeight*ln(ratio /
// SlowdownRef), at least 1 and at most SlowdownMax. It also returns the
// slowdown ratio, 0 when the excess or the baseline is unknown (the factor
// is then 1).
func (c *Config) Slowdown(excessMs, baselineMs float64) (factor, ratio float64) {
	if !(excessMs > 0) || !(baselineMs > 0) {
		return 1, 0
	}
	ratio = excessMs / baselineMs
	if !(c.SlowdownWeight > 0) || !(c.SlowdownRef > 0) || math.IsInf(ratio, 0) || ratio <= c.SlowdownRef {
		return 1, ratio
	}
	factor = math.Min(1+c.SlowdownWeight*math.Log(ratio/c.SlowdownRef), math.Max(c.SlowdownMax, 1))
	if factor < 1.01 {
		return 1, ratio
	}
	return factor, ratio
}

// Corroboration is the factor of a novel cluster whose service has k novel
// clusters (k >= 1).
func (c *Config) Corroboration(k int) float64 {
	if k <= 1 {
		return 1
	}
	return math.Min(1+c.CorroborationPerCluster*float64(k-1), math.Max(c.CorroborationMax, 1))
}

// BusinessHours is the impact factor of a cluster with inside of its known
// events in business hours: 1 + (BusinessHoursWeight-1)*inside/known, and
// the share; 1 when none is known or the weight is neutral (0 or 1).
func (c *Config) BusinessHours(inside, known int64) (factor, share float64) {
	if known <= 0 || inside < 0 {
		return 1, 0
	}
	share = math.Min(float64(inside)/float64(known), 1)
	w := c.BusinessHoursWeight
	if !(w > 0) || w == 1 || math.IsInf(w, 0) {
		return 1, share
	}
	return 1 + (w-1)*share, share
}

// Outcome is what fix outcomes do to a cluster's score (h7, issue #16):
// FixFailed (> 1) and Dismissed (< 1) multiply it (0 or 1: none) and show
// in the breakdown as fix_failed and dismissed; Watch keeps it on the
// watchlist unless pinned; Notes explain them.
type Outcome struct {
	FixFailed, Dismissed float64
	Watch                bool
	Notes                []string
}
