package rank

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
	"github.com/otelcol-backlog/otelcol-backlog/internal/fingerprint"
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
	// ByProblem ranks problems (Items and Watchlist hold one item per
	// problem, with Members); false ranks clusters, each on its own, as
	// before (the problem index and stats are built either way).
	ByProblem bool
	// Outcome, when set, returns the fix-outcome effect of a fingerprint at
	// event-time now (unix ns). h7: fix outcomes.
	Outcome func(fp string, now int64) score.Outcome
	// Redact, when set, is applied to every free-text field of the built
	// document (backlog.Document.Redact), so whatever renders it (files,
	// web page, API, trackers) gets redacted text.
	Redact func(string) string
}

// NewBuilder returns a builder with default scoring and grouping, ranking
// problems.
func NewBuilder(s *cluster.Store) *Builder {
	return &Builder{Store: s, Score: score.Default(), Group: cluster.DefaultGroupOptions(), ByProblem: true}
}

type ranked struct {
	frames []string // the cluster's top stack frames
	in     score.Input
	lift   float64
	item   backlog.Item
	pinned bool
	muted  bool
	passes bool
	// weak: passes on the escalation against the baseline alone
	// (score.Result.Weak).
	weak bool
	// early: held only because that escalation was seen in too few
	// buckets or is not significant yet (score.Result.Early); still
	// novel (pool, corroborate).
	early bool
}

// Keep returns the fingerprints the current overrides pin or boost, and
// the targets of their merge_into rules: the
// clusters eviction must spare (the exporter's flush passes them to
// Store.Protect before building).
func (b *Builder) Keep() []string {
	var keep []string
	for _, r := range b.overrideSet().Rules() {
		if r.Action == overrides.ActionPin || r.Action == overrides.ActionBoost {
			keep = append(keep, r.Fingerprint)
		}
		if r.Action == overrides.ActionMerge && r.Into != "" {
			// the item a person folded others into: evicting it would
			// split what was folded (a lineage family whose root a
			// person merged into it among them)
			keep = append(keep, r.Into)
		}
	}
	return keep
}

// mergeFunc maps a fingerprint to the one it is folded into at last ("" for
// none): a person's merge_into first, else the lineage of templates
// (Store.Lineage, never for a fingerprint a person pinned or boosted:
// keptApart), followed until neither moves it. A person's target may be
// folded by the lineage, and a lineage target merged by a person: Views
// folds one level, so the final target is returned (a source folded into a
// dropped target would lose its records). A chain back to fp keeps fp apart.
func mergeFunc(set *overrides.Set, lin map[string]string) func(string) string {
	if len(lin) == 0 {
		return set.MergeTarget
	}
	return func(fp string) string {
		cur := fp
		// person merges are final and lineage targets are roots, so a
		// chain alternates between the two; the bound only stops cycles
		// that do not pass through fp
		for range 8 {
			next := set.MergeTarget(cur)
			if next == "" && !keptApart(set, cur) {
				next = lin[cur]
			}
			if next == "" {
				break
			}
			if next == fp {
				return ""
			}
			cur = next
		}
		if cur == fp {
			return ""
		}
		return cur
	}
}

// keptApart reports whether a person's pin or boost keeps fp its own item:
// the lineage does not fold it (merge suggestions never merge a fingerprint
// with a rule of its own either: overrides.WithMerges). A mute does not:
// a ticket won't-fixed mutes the fingerprints folded into its item, and
// unfolding them would drop them from the ticket's members, lift the mute
// and fold them again at the next sync.
func keptApart(set *overrides.Set, fp string) bool {
	r, ok := set.Lookup(fp)
	return ok && (r.Action == overrides.ActionPin || r.Action == overrides.ActionBoost)
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
// is the (injected) wall-clock time of the flush. It only reads the store's
// data (Store.Lineage records the families that eviction values as one).
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
	mergeTarget := mergeFunc(set, b.Store.Lineage())
	views := b.Store.Views(now, mergeTarget)
	links := b.Store.Links()
	for i := range links { // links of merged clusters count for their target
		if t := mergeTarget(links[i].A); t != "" {
			links[i].A = t
		}
		if t := mergeTarget(links[i].B); t != "" {
			links[i].B = t
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
	tot.flowed = b.Store.Flowed(now, len(tot.trend))
	tot.explainedBy, tot.explains = map[string]int64{}, map[string]int64{}
	for _, l := range links {
		if l.Kind == cluster.LinkCause && l.A != l.B {
			tot.explainedBy[l.A] += l.Count
			tot.explains[l.B] += l.Count
		}
	}
	all := make([]ranked, 0, len(views))
	for i := range views {
		all = append(all, b.item(&views[i], now, set, tot))
	}
	b.pool(all)
	b.corroborate(all)
	// Problems: among members the error chain does not order, the
	// strongest (highest own score) heads.
	scores := make(map[string]float64, len(all))
	for i := range all {
		scores[all[i].item.Fingerprint] = all[i].item.Score
	}
	gopt := b.Group
	gopt.Strength = func(fp string) float64 { return scores[fp] }
	problems := cluster.Group(views, links, gopt)
	// A cluster's problem; a symptom shared by several problems refers to
	// the one whose causes explain most of its events.
	probOf := make(map[string]*cluster.Problem, len(views))
	for i := range problems {
		for _, m := range problems[i].Members {
			if q := probOf[m]; q == nil || shareIn(&problems[i], m) > shareIn(q, m) {
				probOf[m] = &problems[i]
			}
		}
	}
	for i := range all {
		if p := probOf[all[i].item.Fingerprint]; p != nil {
			all[i].item.Problem = backlog.ProblemRef{ID: p.ID, Head: p.Head, IsHead: p.Head == all[i].item.Fingerprint}
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return less(&all[i], &all[j]) })

	maxItems, maxWatch := b.MaxItems, b.MaxWatchlist
	if maxItems <= 0 {
		maxItems = DefaultMaxItems
	}
	if maxWatch <= 0 {
		maxWatch = DefaultMaxWatchlist
	}
	// Clusters, each on its own (the cluster view and per-cluster tickets).
	byFP := make(map[string]*ranked, len(all))
	for i := range all {
		byFP[all[i].item.Fingerprint] = &all[i]
	}
	// Problems, the ranked unit.
	// A shared symptom's sketches hold the other causes' requests too:
	// the union counts the problem's whole members (its causes' traces
	// include the symptom's share).
	groups := make([][]string, len(problems))
	for i := range problems {
		for _, m := range problems[i].Members {
			if shareIn(&problems[i], m) == 1 {
				groups[i] = append(groups[i], m)
			}
		}
	}
	unions := b.Store.UnionAffected(groups, mergeTarget)
	probs := make([]ranked, 0, len(problems))
	for i := range problems {
		probs = append(probs, b.problem(&problems[i], byFP, unions[i], &tot, now))
	}
	sort.SliceStable(probs, func(i, j int) bool { return less(&probs[i], &probs[j]) })
	b.holdConcurrent(probs, &tot, now)
	for i := range probs {
		r := &probs[i]
		switch {
		case !r.passes:
			doc.Stats["problems_watchlist"]++
			if len(doc.Watchlist) >= maxWatch {
				doc.Stats["watchlist_truncated"]++
				continue
			}
			doc.Watchlist = append(doc.Watchlist, r.item)
		case len(doc.Items) >= maxItems:
			doc.Stats["problems_ticket_worthy"]++
			doc.Stats["items_truncated"]++
		default:
			doc.Stats["problems_ticket_worthy"]++
			r.item.Rank = len(doc.Items) + 1
			doc.Items = append(doc.Items, r.item)
		}
		if slices.Contains(r.item.Labels, backlog.LabelDebt) {
			doc.Stats["problems_debt"]++
		}
		p := r.item.Problem
		bp := backlog.Problem{ID: p.ID, Head: p.Head, LikelyCause: r.item.LikelyCause, Title: r.item.Title, Score: r.item.Score, TicketWorthy: r.passes}
		for _, m := range r.item.Members {
			bp.Members = append(bp.Members, m.Fingerprint)
		}
		sort.Strings(bp.Members)
		for _, pr := range problems {
			if pr.ID == p.ID {
				bp.Reasons, bp.Anchor = pr.Reasons, pr.Anchor
				break
			}
		}
		if bp.Reasons == nil {
			bp.Reasons = []string{}
		}
		doc.Problems = append(doc.Problems, bp)
	}
	doc.Stats["problems"] = int64(len(problems))
	// The clusters' items once the problems are done with theirs (probs
	// unreachable): a flush holds one copy of 10,000 items at a time less.
	doc.Clusters = make([]backlog.Item, 0, len(all))
	nc := 0
	for i := range all {
		it := all[i].item
		if all[i].passes {
			nc++
			it.Rank = nc
		}
		doc.Clusters = append(doc.Clusters, it)
	}
	if !b.ByProblem {
		doc.Items, doc.Watchlist = []backlog.Item{}, nil
		for _, it := range doc.Clusters {
			switch {
			case it.Rank == 0:
				if len(doc.Watchlist) < maxWatch {
					doc.Watchlist = append(doc.Watchlist, it)
				}
			case len(doc.Items) < maxItems:
				doc.Items = append(doc.Items, it)
			}
		}
	}
	if b.Redact != nil {
		doc.Redact(b.Redact)
	}
	return doc
}

// holdConcurrent applies score.Gates.ConcurrentWindow to problems in rank
// order: a ticket-worthy problem that passes on the escalation against the
// baseline alone and whose episode began within the window after that of a
// higher-ranked ticket-worthy problem with stronger evidence (not weak
// itself) is held, its gate note naming that problem. Pinned problems are
// never held.
//
// The hold says "it began with that incident, so it is most likely its
// symptom": that needs the incident's beginning. An episode is a problem's
// latest run of active buckets (quiet for less than the window between
// them); its onset is seen when the bucket before it saw events of other
// clusters or data flowing (Store.Flowed): the data was flowing and the
// problem was not failing. An
// episode that began in the first bucket of the data, or after a gap in
// it, may have been failing long before: a weak problem appearing minutes
// later did not begin with it, so it anchors no hold.
func (b *Builder) holdConcurrent(probs []ranked, tot *totals, now int64) {
	w := int64(b.Score.Gates.ConcurrentWindow)
	if w <= 0 {
		return
	}
	// Each anchor's episode once (not once per weak problem below it).
	type onset struct {
		at   int64
		seen bool
	}
	anchors := make([]onset, len(probs))
	for j := range probs {
		if a := &probs[j]; a.passes && !a.weak && !a.muted {
			anchors[j].at, anchors[j].seen = tot.episode(&a.in, w, now)
		}
	}
	for i := range probs {
		r := &probs[i]
		if !r.passes || !r.weak || r.pinned || r.muted {
			continue
		}
		ro, _ := tot.episode(&r.in, w, now)
		for j := range probs[:i] {
			a := &probs[j]
			if !a.passes || a.weak || a.muted {
				continue
			}
			ao, seen := anchors[j].at, anchors[j].seen
			if !seen {
				continue
			}
			if d := ro - ao; d >= 0 && d <= w {
				r.passes = false
				r.item.Gate = fmt.Sprintf("held: concurrent with problem %s, which is ticketed: began %s after it and its only evidence is the escalation against the baseline (%s)",
					a.item.Problem.ID, time.Duration(d).Round(time.Second), r.item.Gate)
				break
			}
		}
	}
}

// episode returns the onset of a problem's latest episode: the later of
// its first seen and the start of the first bucket of its latest run of
// active trend buckets (runs are split by quiet stretches of at least gap);
// seen reports whether the bucket before the onset's saw events of any
// cluster or data flowing (Store.Flowed: a healthy minute is not a gap).
func (t *totals) episode(in *score.Input, gap, now int64) (onset int64, seen bool) {
	bs := in.BucketSeconds
	if bs <= 0 {
		bs = 60
	}
	w := bs * int64(time.Second)
	quiet := max(int((gap+w-1)/w), 1)
	onset = in.FirstSeen
	tr := in.Trend
	last, run := -1, 0
	for k := len(tr) - 1; k >= 0; k-- {
		if tr[k] > 0 {
			last, run = k, 0
			continue
		}
		if last >= 0 {
			if run++; run >= quiet {
				break
			}
		}
	}
	if last >= 0 {
		// bucket last of the trend ends at now's bucket
		at := (now/w - int64(len(tr)-1-last)) * w
		onset = max(onset, at)
	}
	back := now/w - onset/w + 1 // the bucket before the onset's
	if back < 0 || back >= int64(len(t.trend)) {
		return onset, false
	}
	k := len(t.trend) - 1 - int(back)
	return onset, t.trend[k] > 0 || (k < len(t.flowed) && t.flowed[k])
}

// reqCost is one member's affected requests and what one of them costs
// (score.Config.RequestMinutes).
type reqCost struct{ requests, minutes float64 }

// requestCost is the mean minutes one of a problem's union affected
// requests costs, each counted once at the highest cost of what happened to
// it: the members' requests are taken most costly first (a request that
// failed and also logged a warning is a failed request), as nested as the
// union allows. ok is false without members' requests.
func requestCost(costs []reqCost, union uint64) (float64, bool) {
	var total float64
	for _, c := range costs {
		total += c.requests
	}
	if total <= 0 {
		return 0, false
	}
	u := float64(union)
	if u <= 0 || u > total {
		u = total
	}
	slices.SortStableFunc(costs, func(a, b reqCost) int { return cmp.Compare(b.minutes, a.minutes) })
	var covered, minutes float64
	for _, c := range costs {
		add := math.Min(c.requests, u-covered)
		if add <= 0 {
			break
		}
		minutes += add * c.minutes
		covered += add
	}
	return minutes / u, true
}

// problem ranks one problem. Its score input is the head's, with every
// affected request, user and tenant counted once over the members (their
// sketches merged: UnionAffected), the largest member count and trend
// (events of one failure seen through several signals are not added), the
// latency pain summed and scaled by the traces' overlap (union / sum), the
// union of services and operations, the strongest journey, the earliest
// first seen, the latest last seen, any member's release, regression and
// pin, and no symptom discount (the problem is the whole chain). The score
// is the higher of that evaluation and the best member's own score.
func (b *Builder) problem(p *cluster.Problem, byFP map[string]*ranked, union [3]uint64, tot *totals, now int64) ranked {
	head := byFP[p.Head]
	in := head.in
	in.Users, in.Tenants, in.Traces = union[0], union[1], union[2]
	in.ExplainedBy, in.Explains = 0, 0
	in.Pinned, in.Muted, in.Resolved = false, true, true
	var sumTraces, sharedUsers, sharedTenants uint64
	var pain, base float64
	var costs []reqCost
	best := head
	svcs, ops := map[string]bool{}, map[string]bool{}
	members := make([]*ranked, 0, len(p.Members))
	for _, fp := range p.Members {
		m := byFP[fp]
		if m == nil {
			continue
		}
		members = append(members, m)
		mi := &m.in
		in.SlowOnly = in.SlowOnly && mi.SlowOnly
		in.Handled = in.Handled && mi.Handled // its rise is evidence if one member's requests cost minutes
		share := shareIn(p, fp)
		req := float64(mi.Traces)
		if req == 0 {
			req = float64(mi.Count)
		}
		costs = append(costs, reqCost{req * min(share, 1), b.Score.RequestMinutes(mi)})
		if s := share; s < 1 {
			// A symptom shared with other problems is evidence of this
			// problem's reach: the users and tenants its share says this
			// problem's causes explain, its journey, services and
			// operations. Its events are its causes' (they fail in the
			// same requests): the problem's events, traces and trend are
			// its whole members', and its lifecycle (first and last
			// seen, release, regression, resolution, pins) is the other
			// causes' too, so it says nothing of this problem's.
			sharedUsers = max(sharedUsers, uint64(shareOf(int64(mi.Users), s)))
			sharedTenants = max(sharedTenants, uint64(shareOf(int64(mi.Tenants), s)))
			in.JourneyMax = max(in.JourneyMax, mi.JourneyMax)
			if mi.JourneyMean > in.JourneyMean {
				in.JourneyMean, in.Journey = mi.JourneyMean, mi.Journey
			}
			pain += mi.LatencyPainMs * s
			base += mi.LatencyBaselineMs * s
			for s := range m.item.Services {
				svcs[s] = true
			}
			for o := range m.item.Operations {
				ops[o] = true
			}
			continue
		}
		in.Count = max(in.Count, mi.Count)
		in.Windows = max(in.Windows, mi.Windows)
		in.LastSeen = max(in.LastSeen, mi.LastSeen)
		if mi.FirstSeen < in.FirstSeen {
			in.FirstSeen, in.AllSinceFirst, in.AllBeforeFirst = mi.FirstSeen, mi.AllSinceFirst, mi.AllBeforeFirst
		}
		if mi.RegressedAt > in.RegressedAt {
			in.RegressedAt, in.SinceRegression, in.AllSinceRegression, in.AllBeforeRegression =
				mi.RegressedAt, mi.SinceRegression, mi.AllSinceRegression, mi.AllBeforeRegression
		}
		if in.NewInRelease == "" {
			in.NewInRelease = mi.NewInRelease
		}
		in.JourneyMax = max(in.JourneyMax, mi.JourneyMax)
		if mi.JourneyMean > in.JourneyMean {
			in.JourneyMean, in.Journey = mi.JourneyMean, mi.Journey
		}
		in.Trend = maxTrends(in.Trend, mi.Trend)
		sumTraces += mi.Traces
		pain += mi.LatencyPainMs
		base += mi.LatencyBaselineMs
		in.Pinned = in.Pinned || mi.Pinned
		in.Muted = in.Muted && mi.Muted
		in.Resolved = in.Resolved && mi.Resolved
		in.Boost = max(in.Boost, mi.Boost)
		for s := range m.item.Services {
			svcs[s] = true
		}
		for o := range m.item.Operations {
			ops[o] = true
		}
		if less(m, best) {
			best = m
		}
	}
	// A shared symptom's users (estimated by its share) count where the
	// problem's own members carry none (a payment service that knows no
	// user, under callers that do), at most one per affected trace.
	if in.Traces > 0 {
		sharedUsers, sharedTenants = min(sharedUsers, in.Traces), min(sharedTenants, in.Traces)
	}
	in.Users, in.Tenants = max(in.Users, sharedUsers), max(in.Tenants, sharedTenants)
	in.Services, in.Operations = max(len(svcs), 1), max(len(ops), 1)
	overlap := 1.0
	if sumTraces > 0 && in.Traces > 0 && in.Traces < sumTraces {
		overlap = float64(in.Traces) / float64(sumTraces)
	}
	in.LatencyPainMs, in.LatencyBaselineMs = pain*overlap, base*overlap
	in.RequestCost, in.RequestCostSet = requestCost(costs, in.Traces)
	_, seen := tot.episode(&in, int64(b.Score.LiftWindow), now)
	in.OnsetUnseen = !seen
	res := b.Score.Evaluate(&in)

	it := head.item
	it.Members = make([]backlog.Member, 0, len(members))
	sort.SliceStable(members, func(i, j int) bool {
		if (members[i] == head) != (members[j] == head) {
			return members[i] == head
		}
		return less(members[i], members[j])
	})
	for _, m := range members {
		fp := m.item.Fingerprint
		mb := backlog.Member{
			Fingerprint: fp, Title: m.item.Title, Kind: m.item.Kind, Service: m.item.Service,
			Role: p.Role(fp), Depth: p.Depth(fp), Reasons: nonNilS(p.MemberReasons(fp)),
			Count: m.item.Count, Affected: m.item.Affected, MinutesOfPain: m.item.MinutesOfPain,
			Score: m.item.Score, State: m.item.State, Gate: m.item.Gate, Frames: m.frames,
			MergedFrom: m.item.MergedFrom,
		}
		if s := shareIn(p, fp); s < 1 {
			// Its share of events, at most the problem's: each is a
			// failure of one of the problem's requests (the share is an
			// estimate from the cause links, which a busy trace window
			// may miss).
			mb.Share, mb.Count = s, min(shareOf(m.item.Count, s), in.Count)
		}
		it.Members = append(it.Members, mb)
		if m != head {
			it.Services = maxCounts(it.Services, m.item.Services)
			it.Operations = maxCounts(it.Operations, m.item.Operations)
			it.Dependencies = maxCounts(it.Dependencies, m.item.Dependencies)
			it.Journeys = maxCounts(it.Journeys, m.item.Journeys)
			it.Releases = maxCounts(it.Releases, m.item.Releases)
			it.Environments = maxCounts(it.Environments, m.item.Environments)
		}
	}
	it.Problem = backlog.ProblemRef{ID: p.ID, Head: p.Head, IsHead: true}
	it.LikelyCause = p.Cause
	it.Count, it.Affected = in.Count, backlog.Affected{Users: in.Users, Tenants: in.Tenants, Traces: in.Traces}
	it.FirstSeen, it.LastSeen = time.Unix(0, in.FirstSeen).UTC(), time.Unix(0, in.LastSeen).UTC()
	it.MinutesOfPain, it.State, it.Gate = res.MinutesOfPain, res.State, res.GateNote
	it.Score, it.ScoreBreakdown = res.Score, res.Breakdown
	if len(members) > 1 {
		it.ScoreBreakdown.Notes = append(slices.Clone(it.ScoreBreakdown.Notes), fmt.Sprintf(
			"problem of %d clusters: %d traces counted once (%d summed over members)", len(members), in.Traces, sumTraces))
		if it.Trend != nil && len(in.Trend) >= len(it.Trend) {
			it.Trend = in.Trend[len(in.Trend)-len(it.Trend):]
		}
	}
	if best.item.Score > it.Score {
		it.Score, it.ScoreBreakdown = best.item.Score, best.item.ScoreBreakdown
		it.ScoreBreakdown.Notes = append(slices.Clone(it.ScoreBreakdown.Notes),
			"problem scored by its strongest member "+best.item.Fingerprint)
	}
	if res.Debt {
		it.Labels = []string{backlog.LabelDebt}
	}
	passes, weak := res.Passes, res.Weak
	if !passes || weak {
		// A member passing alone passes the problem: joining a problem
		// never hides evidence (a member's stronger evidence counts).
		for _, m := range members {
			if m.passes && !m.muted && shareIn(p, m.item.Fingerprint) == 1 && (!passes || !m.weak) {
				passes, weak, it.Gate = true, m.weak, "passed by member "+m.item.Fingerprint+": "+m.item.Gate
				if !weak {
					break
				}
			}
		}
	}
	return ranked{in: in, item: it, pinned: in.Pinned, muted: in.Muted, passes: passes, weak: weak, lift: res.Lift}
}

// shareIn is the share of member fp's events that problem p's causes
// explain: 1 for a whole member, less for a symptom shared with other
// problems (cluster.Problem.Shares).
func shareIn(p *cluster.Problem, fp string) float64 {
	if s, ok := p.Shares[fp]; ok {
		return s
	}
	return 1
}

// shareOf is share s of n, rounded (at least 1 of a positive n).
func shareOf(n int64, s float64) int64 {
	if n <= 0 {
		return 0
	}
	return max(int64(math.Round(float64(n)*s)), 1)
}

func nonNilS(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// maxCounts merges counters by the larger count per key (a union: the same
// events seen in two members are not added).
func maxCounts(a, b map[string]int64) map[string]int64 {
	if len(b) == 0 {
		return a
	}
	out := make(map[string]int64, len(a)+len(b))
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = max(out[k], v)
	}
	return out
}

// maxTrends takes the larger count per bucket of two trends aligned at
// their ends.
func maxTrends(a, b []int64) []int64 {
	if len(b) > len(a) {
		a, b = b, a
	}
	if len(a) == 0 {
		return nil
	}
	// a itself when no bucket of b is larger (trends are never written
	// once built: a problem of one cluster shares its trend).
	var out []int64
	for j, n := range b {
		k := len(a) - len(b) + j
		if n > a[k] {
			if out == nil {
				out = slices.Clone(a)
			}
			out[k] = n
		}
	}
	if out == nil {
		return a
	}
	return out
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
	flowed                []bool  // data flowed in the bucket (Store.Flowed), aligned with trend
	explainedBy, explains map[string]int64
}

func (b *Builder) item(v *cluster.View, now int64, set *overrides.Set, tot totals) ranked {
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
	// A saturated service (every operation slower: its capacity is used
	// up) makes every request queue behind the others, however small one
	// call's excess: its requests count in full, as failures do.
	in.SlowOnly = v.Kind == attrs.KindLatency && v.Template != fingerprint.SaturationTemplate
	in.AllSinceFirst, in.AllBeforeFirst = tot.sinceFirst(v, now)
	_, seen := tot.episode(&in, int64(b.Score.LiftWindow), now)
	in.OnsetUnseen = !seen
	if v.RegressedAt != 0 {
		in.AllSinceRegression, in.AllBeforeRegression = tot.since(v.RegressedAt, v.BucketSeconds, now)
		in.SinceRegression = sinceBucket(v.Trend, v.BucketSeconds, v.RegressedAt, now)
	}
	if b.Outcome != nil { // h7: fix outcomes
		in.Outcome = b.Outcome(v.Fingerprint, now)
	}
	in.Severity = backlog.Dominant(maps.All(v.Severity))
	in.Handled = v.Kind == attrs.KindLog && score.BelowError(in.Severity)
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
	for _, e := range v.Exemplars {
		it.Exemplars = append(it.Exemplars, backlog.Exemplar{
			Time: time.Unix(0, e.Time).UTC(), Body: e.Body, TraceID: e.TraceID, SpanID: e.SpanID, Service: e.Service,
		})
	}
	return ranked{in: in, item: it, pinned: in.Pinned, muted: in.Muted, passes: res.Passes, weak: res.Weak, early: res.Early, lift: res.Lift, frames: v.Frames}
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
	return t.since(v.FirstSeen, v.BucketSeconds, now)
}

// sinceBucket sums a trend (ending at now) since the bucket of at; 0 when
// that bucket is outside the trend.
func sinceBucket(trend []int64, bs, at, now int64) int64 {
	if bs <= 0 {
		return 0
	}
	w := bs * int64(time.Second)
	back := now/w - at/w
	if back < 0 || back >= int64(len(trend)) {
		return 0
	}
	var n int64
	for _, x := range trend[len(trend)-1-int(back):] {
		n += x
	}
	return n
}

// since counts every cluster's events since the trend bucket of at and
// before it; zeros when that bucket is outside the trend.
func (t *totals) since(at, bs, now int64) (since, before int64) {
	if bs <= 0 || len(t.trend) == 0 {
		return 0, 0
	}
	w := bs * int64(time.Second)
	back := now/w - at/w // buckets between at and now
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
	return (r.passes || r.early) && !r.muted && r.item.Service != "" && r.lift >= b.Score.CorroborationLift
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
		// Fragments need not pass the gates alone: pooled, they are one
		// piece of evidence, gated as one.
		if r.muted || r.item.Service == "" || r.lift < b.Score.CorroborationLift || !pooled[r.item.Kind] {
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
		in.FirstSeen, in.AllSinceFirst, in.AllBeforeFirst, in.OnsetUnseen = e.FirstSeen, e.AllSinceFirst, e.AllBeforeFirst, e.OnsetUnseen
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
		if !h.passes && res.Passes {
			h.passes, h.weak, h.item.Gate = true, res.Weak, res.GateNote+" (pooled)"
		}
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
