package rank

import (
	"fmt"
	"maps"
	"math"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
	"github.com/otelcol-backlog/otelcol-backlog/internal/overrides"
	"github.com/otelcol-backlog/otelcol-backlog/internal/score"
)

// Defaults of Builder bounds.
const (
	DefaultMaxItems     = 1000
	DefaultMaxWatchlist = 200
	maxTitleRunes       = 140
)

// Builder builds backlog documents from a store.
type Builder struct {
	Store *cluster.Store
	Score score.Config
	Group cluster.GroupOptions
	// Overrides returns the current human overrides (nil: none).
	Overrides func() *overrides.Set
	// MaxItems and MaxWatchlist bound the document (counted in Stats as
	// items_truncated / watchlist_truncated).
	MaxItems     int
	MaxWatchlist int
	// TrendBuckets is the number of trend buckets per item (0: the whole
	// ring of the store).
	TrendBuckets int
	// Now is the event-time now of ranking and resolution (unix ns; false:
	// no data yet). nil: the store's newest event time (Store.Now).
	Now func() (int64, bool)
	// Outcome, when set, returns the fix-outcome effect of a fingerprint at
	// event-time now (unix ns). h7: fix outcomes.
	Outcome func(fp string, now int64) score.Outcome
	// Redact, when set, is applied to every free-text field of the built
	// document (backlog.Document.Redact), so whatever renders it (files,
	// web page, API, trackers) gets redacted text.
	Redact func(string) string
}

// NewBuilder returns a builder with default scoring and grouping.
func NewBuilder(s *cluster.Store) *Builder {
	return &Builder{Store: s, Score: score.Default(), Group: cluster.DefaultGroupOptions()}
}

type ranked struct {
	in     score.Input
	lift   float64
	item   backlog.Item
	pinned bool
	muted  bool
	passes bool
}

// Keep returns the fingerprints the current overrides pin or boost: the
// clusters eviction must spare (the exporter's flush passes them to
// Store.Protect before building).
func (b *Builder) Keep() []string {
	var keep []string
	for _, r := range b.overrideSet().Rules() {
		if r.Action == overrides.ActionPin || r.Action == overrides.ActionBoost {
			keep = append(keep, r.Fingerprint)
		}
	}
	return keep
}

// overrideSet returns the current override set (never nil).
func (b *Builder) overrideSet() *overrides.Set {
	if b.Overrides != nil {
		if s := b.Overrides(); s != nil {
			return s
		}
	}
	return overrides.Empty
}

// Build ranks every cluster at the event-time now (Builder.Now); generatedAt
// is the (injected) wall-clock time of the flush. It only reads the store.
func (b *Builder) Build(generatedAt time.Time) backlog.Document {
	doc := backlog.Document{GeneratedAt: generatedAt.UTC(), Items: []backlog.Item{}}
	st := b.Store.Stats()
	doc.Stats = map[string]int64{
		"events": st.Events, "late_events": st.LateEvents, "clusters": st.Clusters,
		"clusters_created": st.ClustersCreated, "clusters_evicted": st.ClustersEvicted,
		"trace_evictions": st.TraceEvictions, "spans_dropped": st.SpansDropped,
		"links_dropped": st.LinksDropped, "releases_dropped": st.ReleasesDropped,
		"topk_replaced": st.TopKReplaced, "bodies_truncated": st.BodiesTruncated,
	}
	clock := b.Now
	if clock == nil {
		clock = b.Store.Now
	}
	now, ok := clock()
	if !ok {
		return doc
	}
	doc.EventTime = time.Unix(0, now).UTC()
	set := b.overrideSet()
	views := b.Store.Views(now, set.MergeTarget)
	links := b.Store.Links()
	for i := range links { // links of merged clusters count for their target
		if t := set.MergeTarget(links[i].A); t != "" {
			links[i].A = t
		}
		if t := set.MergeTarget(links[i].B); t != "" {
			links[i].B = t
		}
	}
	problems := cluster.Group(views, links, b.Group)
	probOf := make(map[string]*cluster.Problem, len(views))
	for i := range problems {
		for _, m := range problems[i].Members {
			probOf[m] = &problems[i]
		}
	}

	// The baseline of the lift: every cluster's events within the score's
	// lift window and before it.
	var tot totals
	for i := range views {
		v := &views[i]
		r := b.Score.Recent(v.Trend, v.BucketSeconds)
		tot.recent += r
		tot.before += max(v.Count-r, 0)
		tot.all += v.Count
		if len(tot.trend) < len(v.Trend) {
			tot.trend = append(tot.trend, make([]int64, len(v.Trend)-len(tot.trend))...)
		}
		for j, n := range v.Trend { // every view's trend ends at now
			tot.trend[len(tot.trend)-len(v.Trend)+j] += n
		}
	}
	tot.explainedBy, tot.explains = map[string]int64{}, map[string]int64{}
	for _, l := range links {
		if l.Kind == cluster.LinkCause && l.A != l.B {
			tot.explainedBy[l.A] += l.Count
			tot.explains[l.B] += l.Count
		}
	}
	all := make([]ranked, 0, len(views))
	for i := range views {
		all = append(all, b.item(&views[i], now, set, probOf[views[i].Fingerprint], tot))
	}
	b.pool(all)
	b.corroborate(all)
	sort.SliceStable(all, func(i, j int) bool { return less(&all[i], &all[j]) })

	maxItems, maxWatch := b.MaxItems, b.MaxWatchlist
	if maxItems <= 0 {
		maxItems = DefaultMaxItems
	}
	if maxWatch <= 0 {
		maxWatch = DefaultMaxWatchlist
	}
	scoreOf := map[string]float64{}
	titleOf := map[string]string{}
	for i := range all {
		r := &all[i]
		scoreOf[r.item.Fingerprint] = r.item.Score
		titleOf[r.item.Fingerprint] = r.item.Title
		switch {
		case !r.passes:
			if len(doc.Watchlist) >= maxWatch {
				doc.Stats["watchlist_truncated"]++
				continue
			}
			doc.Watchlist = append(doc.Watchlist, r.item)
		case len(doc.Items) >= maxItems:
			doc.Stats["items_truncated"]++
		default:
			r.item.Rank = len(doc.Items) + 1
			doc.Items = append(doc.Items, r.item)
		}
	}
	for _, p := range problems {
		bp := backlog.Problem{ID: p.ID, Head: p.Head, Members: p.Members, Reasons: p.Reasons, Title: titleOf[p.Head]}
		if bp.Reasons == nil {
			bp.Reasons = []string{}
		}
		for _, m := range p.Members {
			bp.Score = math.Max(bp.Score, scoreOf[m])
		}
		doc.Problems = append(doc.Problems, bp)
	}
	sort.SliceStable(doc.Problems, func(i, j int) bool {
		if doc.Problems[i].Score != doc.Problems[j].Score {
			return doc.Problems[i].Score > doc.Problems[j].Score
		}
		return doc.Problems[i].ID < doc.Problems[j].ID
	})
	if b.Redact != nil {
		doc.Redact(b.Redact)
	}
	return doc
}

// less orders pinned items first, muted items last, then by score, then by
// fingerprint (deterministic).
func less(a, b *ranked) bool {
	if a.pinned != b.pinned {
		return a.pinned
	}
	if a.muted != b.muted {
		return b.muted
	}
	if a.item.Score != b.item.Score {
		return a.item.Score > b.item.Score
	}
	return a.item.Fingerprint < b.item.Fingerprint
}

// totals counts every cluster's events within the lift window and before.
// explainedBy and explains sum the cause links into and out of each
// fingerprint.
type totals struct {
	recent, before, all   int64
	trend                 []int64 // every cluster's events per bucket
	explainedBy, explains map[string]int64
}

func (b *Builder) item(v *cluster.View, now int64, set *overrides.Set, p *cluster.Problem, tot totals) ranked {
	rule, hasRule := set.Lookup(v.Fingerprint)
	in := score.Input{
		Kind: v.Kind, Count: v.Count, Users: v.Users, Tenants: v.Tenants, Traces: v.Traces,
		LatencyPainMs: v.LatencyPainMs, LatencyBaselineMs: v.LatencyBaselineMs, JourneyMean: v.JourneyMean, JourneyMax: v.JourneyMax, Journey: v.Journey,
		Services: len(v.Services), Operations: len(v.Operations), Trend: v.Trend, BucketSeconds: v.BucketSeconds,
		Windows: v.Windows, FirstSeen: v.FirstSeen, LastSeen: v.LastSeen, Now: now,
		NewInRelease: v.NewInRelease, Resolved: v.Resolved, RegressedAt: v.RegressedAt,
		AllRecent: tot.recent, AllBefore: tot.before,
		ExplainedBy: tot.explainedBy[v.Fingerprint], Explains: tot.explains[v.Fingerprint],
		BusinessHoursEvents: v.BusinessHoursEvents, BusinessHoursKnown: v.BusinessHoursKnown, // h7: business hours
	}
	in.AllSinceFirst, in.AllBeforeFirst = tot.sinceFirst(v, now)
	if b.Outcome != nil { // h7: fix outcomes
		in.Outcome = b.Outcome(v.Fingerprint, now)
	}
	in.Severity = backlog.Dominant(maps.All(v.Severity))
	var ref *backlog.OverrideRef
	if hasRule {
		switch rule.Action {
		case overrides.ActionPin:
			in.Pinned = true
		case overrides.ActionBoost:
			in.Boost = rule.Factor
		case overrides.ActionMute:
			in.Muted = true
		}
		ref = &backlog.OverrideRef{Action: rule.Action, Reason: rule.Reason}
	}
	res := b.Score.Evaluate(&in)
	if hasRule {
		res.Breakdown.Notes = append(res.Breakdown.Notes, fmt.Sprintf("override %s (%s)", rule.Action, rule.Reason))
	}
	for _, m := range v.MergedFrom {
		res.Breakdown.Notes = append(res.Breakdown.Notes, "merged from "+m)
	}

	it := backlog.Item{
		Fingerprint:        v.Fingerprint,
		Title:              Title(v.Service, v.ErrorType, v.Template),
		Kind:               v.Kind,
		Template:           v.Template,
		Score:              res.Score,
		ScoreBreakdown:     res.Breakdown,
		State:              res.State,
		NewInRelease:       v.NewInRelease,
		Service:            v.Service,
		Services:           nonNil(v.Services),
		Operations:         v.Operations,
		Dependencies:       v.Dependencies,
		Owner:              v.Owner,
		Journeys:           v.Journeys,
		Releases:           nonNil(v.Releases),
		Environments:       v.Environments,
		Severity:           v.Severity,
		ErrorType:          v.ErrorType,
		Count:              v.Count,
		Affected:           backlog.Affected{Users: v.Users, Tenants: v.Tenants, Traces: v.Traces},
		FirstSeen:          time.Unix(0, v.FirstSeen).UTC(),
		LastSeen:           time.Unix(0, v.LastSeen).UTC(),
		Trend:              v.Trend,
		TrendBucketSeconds: v.BucketSeconds,
		MinutesOfPain:      res.MinutesOfPain,
		LatencyPainMs:      v.LatencyPainMs,
		Gate:               res.GateNote,
		MergedFrom:         v.MergedFrom,
		Exemplars:          make([]backlog.Exemplar, 0, len(v.Exemplars)),
		Override:           ref,
	}
	if n := b.TrendBuckets; n > 0 && n < len(it.Trend) {
		it.Trend = it.Trend[len(it.Trend)-n:]
	}
	if p != nil {
		it.Problem = backlog.ProblemRef{ID: p.ID, Head: p.Head, IsHead: p.Head == v.Fingerprint}
	}
	for _, e := range v.Exemplars {
		it.Exemplars = append(it.Exemplars, backlog.Exemplar{
			Time: time.Unix(0, e.Time).UTC(), Body: e.Body, TraceID: e.TraceID, SpanID: e.SpanID, Service: e.Service,
		})
	}
	return ranked{in: in, item: it, pinned: in.Pinned, muted: in.Muted, passes: res.Passes, lift: res.Lift}
}

func nonNil(m map[string]int64) map[string]int64 {
	if m == nil {
		return map[string]int64{}
	}
	return m
}

// Title renders "[service] ErrorType: template", skipping the error type
// when the template already starts with it, cut to a readable length.
func Title(service, errType, template string) string {
	var sb strings.Builder
	if service != "" {
		sb.WriteString("[" + service + "] ")
	}
	t := strings.Join(strings.Fields(template), " ")
	if errType != "" && !strings.HasPrefix(t, errType) {
		sb.WriteString(errType)
		if t != "" {
			sb.WriteString(": ")
		}
	}
	sb.WriteString(t)
	s := sb.String()
	if utf8.RuneCountInString(s) > maxTitleRunes {
		r := []rune(s)
		s = string(r[:maxTitleRunes-1]) + "…"
	}
	return s
}

// sinceFirst counts every cluster's events since the trend bucket of v's
// first event and before it; zeros when that bucket is outside the trend.
func (t *totals) sinceFirst(v *cluster.View, now int64) (since, before int64) {
	bs := v.BucketSeconds
	if bs <= 0 || len(t.trend) == 0 {
		return 0, 0
	}
	w := bs * int64(time.Second)
	back := now/w - v.FirstSeen/w // buckets between first seen and now
	if back < 0 || back >= int64(len(t.trend)) {
		return 0, 0
	}
	for _, n := range t.trend[len(t.trend)-1-int(back):] {
		since += n
	}
	return since, max(t.all-since, 0)
}

// corroborate multiplies the score of every novel item (lift at least
// CorroborationLift) by the score's corroboration factor of the number of
// novel items (passing the gates) of its dominant service.
func (b *Builder) corroborate(all []ranked) {
	novel := b.novel
	k := map[string]int{}
	for i := range all {
		if novel(&all[i]) {
			k[all[i].item.Service]++
		}
	}
	for i := range all {
		r := &all[i]
		if !novel(r) {
			continue
		}
		if f := b.Score.Corroboration(k[r.item.Service]); f != 1 {
			r.item.Score *= f
			r.item.ScoreBreakdown.Novelty *= f
			r.item.ScoreBreakdown.Notes = append(r.item.ScoreBreakdown.Notes,
				fmt.Sprintf("%d novel fingerprints of %s corroborate each other x%.3g", k[r.item.Service], r.item.Service, f))
		}
	}
}

// novel reports whether an item counts as new or surging evidence of its
// service: it passes the gates, is not muted and its lift reached
// CorroborationLift.
func (b *Builder) novel(r *ranked) bool {
	return r.passes && !r.muted && r.item.Service != "" && r.lift >= b.Score.CorroborationLift
}

// pool scores the novel fingerprints of one service and one pooled kind
// (score.Config.PoolKinds, latency by default) as one piece of evidence. A
// latency fingerprint is per operation and dependency, each with its own
// baseline, while a resource fault of a service (CPU starvation, a delayed
// link) slows all of them at once: each fragment alone is small, and ranks
// below one larger symptom elsewhere. The pooled input sums the fragments'
// events, traces, pain, trends and cause links; the fragment with the
// highest own score takes the pooled score when it is higher, the others
// keep theirs.
func (b *Builder) pool(all []ranked) {
	if len(b.Score.PoolKinds) == 0 {
		return
	}
	pooled := map[string]bool{}
	for _, k := range b.Score.PoolKinds {
		pooled[k] = true
	}
	type key struct{ svc, kind string }
	groups := map[key][]int{}
	var order []key
	for i := range all {
		r := &all[i]
		if !b.novel(r) || !pooled[r.item.Kind] {
			continue
		}
		k := key{r.item.Service, r.item.Kind}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	for _, k := range order {
		g := groups[k]
		if len(g) < 2 {
			continue
		}
		head := g[0]
		for _, i := range g[1:] {
			if less(&all[i], &all[head]) {
				head = i
			}
		}
		in := all[head].in
		in.Count, in.Users, in.Tenants, in.Traces, in.LatencyPainMs, in.LatencyBaselineMs = 0, 0, 0, 0, 0, 0
		in.ExplainedBy, in.Explains, in.Trend = 0, 0, nil
		in.BusinessHoursEvents, in.BusinessHoursKnown = 0, 0 // h7: business hours
		earliest := head
		for _, i := range g {
			m := &all[i].in
			in.Count += m.Count
			in.Users += m.Users
			in.Tenants += m.Tenants
			in.Traces += m.Traces
			in.LatencyPainMs += m.LatencyPainMs
			in.LatencyBaselineMs += m.LatencyBaselineMs
			in.ExplainedBy += m.ExplainedBy
			in.Explains += m.Explains
			in.BusinessHoursEvents += m.BusinessHoursEvents // h7: business hours
			in.BusinessHoursKnown += m.BusinessHoursKnown
			in.Windows = max(in.Windows, m.Windows)
			in.LastSeen = max(in.LastSeen, m.LastSeen)
			if m.FirstSeen < all[earliest].in.FirstSeen {
				earliest = i
			}
			in.Trend = addTrends(in.Trend, m.Trend)
		}
		e := &all[earliest].in
		in.FirstSeen, in.AllSinceFirst, in.AllBeforeFirst = e.FirstSeen, e.AllSinceFirst, e.AllBeforeFirst
		res := b.Score.Evaluate(&in)
		h := &all[head]
		if res.Score <= h.item.Score {
			continue
		}
		h.item.Score = res.Score
		notes := res.Breakdown.Notes
		res.Breakdown.Notes = append(notes[:len(notes):len(notes)],
			fmt.Sprintf("pools %d novel %s fingerprints of %s (%d events)", len(g), k.kind, k.svc, in.Count))
		h.item.ScoreBreakdown = res.Breakdown
		h.lift = res.Lift
	}
}

// addTrends sums two trends aligned at their ends (both end at now).
func addTrends(a, b []int64) []int64 {
	if len(b) > len(a) {
		a, b = b, a
	}
	out := append([]int64(nil), a...)
	for j, n := range b {
		out[len(out)-len(b)+j] += n
	}
	return out
}
