package cluster

import (
	"cmp"
	"encoding/hex"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/axiomhq/hyperloglog"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

// Exemplar is one sampled occurrence.
type Exemplar struct {
	Time    int64 // unix ns
	Body    string
	TraceID string // hex, empty when unset
	SpanID  string
	Service string
	// member is the fingerprint of the cluster a folded view's exemplar
	// came from ("" for the view's own); memberCount its records
	// (familyExemplars).
	member      string
	memberCount int64
}

// View is a read-only copy of one cluster, taken at an event-time now.
type View struct {
	Fingerprint string
	Kind        string
	Template    string
	ErrorType   string
	// Frames are the top in-app stack frames, innermost first (nil when
	// unknown).
	Frames    []string
	Count     int64
	FirstSeen int64 // unix ns, event time
	// Seq is the cluster's creation order in the store (0: restored from
	// a snapshot that had none, older than any numbered one).
	Seq uint64
	// Claim is the id of the problem the cluster was first a whole member
	// of while that problem was ticket-worthy ("" when never: Store.Claim);
	// ClaimOrd orders claims, earliest first.
	Claim    string
	ClaimOrd uint64
	LastSeen int64
	// Trend holds counts per BucketSeconds, oldest first, ending at the
	// bucket containing now.
	Trend         []int64
	BucketSeconds int64
	// Windows is the number of distinct buckets that saw events (lifetime).
	Windows                int64
	Users, Tenants, Traces uint64
	Services, Operations   map[string]int64
	Dependencies, Journeys map[string]int64
	// Named counts the names a failing log cluster's records give in
	// their variable parts (the candidates for the callee they name), by
	// nameKey.
	Named                  map[string]int64
	Releases, Environments map[string]int64
	Severity, Owners       map[string]int64
	Service, Owner         string // dominant
	Dependency, Journey    string // dominant
	LatencyPainMs          float64
	LatencyBaselineMs      float64 // summed baselines of the events with a latency excess
	JourneyMean            float64 // count-weighted mean journey weight (>= 1)
	JourneyMax             float64
	// BusinessHoursEvents and BusinessHoursKnown count the events in
	// business hours and those whose business hours were known.
	BusinessHoursEvents, BusinessHoursKnown int64
	Exemplars                               []Exemplar
	NewInRelease                            string
	Resolved                                bool
	ResolvedByHuman                         bool
	ResolvedAt                              int64
	RegressedAt                             int64 // 0 when it never regressed
	// MergedFrom lists fingerprints folded into this view.
	MergedFrom []string
}

// Views returns a view of every cluster at event-time now (see Now). It
// only reads: a cluster quiet for Config.QuietPeriod at now is shown
// resolved (at its last event) without being changed, so Views at any now
// gives the same answer whoever looked before. mergeInto, when not
// nil, maps a fingerprint to the fingerprint it is folded into ("" for
// none): the source's counts, trend, sketches, counters and exemplars are
// added to the target and the source is not returned. Views are sorted by
// fingerprint.
func (s *Store) Views(now int64, mergeInto func(fp string) string) []View {
	type sk struct{ u, t, tr *hyperloglog.Sketch }
	var (
		out      []View
		sketches = map[string]sk{}
		targets  = map[string]string{}
	)
	quiet, unobserved := int64(s.cfg.QuietPeriod), s.unobserved.Load()
	if n := s.size(); n > 0 {
		out = make([]View, 0, n)
	}
	vc := newViewCache()
	for i := range s.shards {
		sh := &s.shards[i]
		sh.mu.Lock()
		for _, c := range sh.m {
			v := c.view(now, s.width, quiet, unobserved, vc)
			if mergeInto != nil {
				if t := mergeInto(c.fp); t != "" && t != c.fp {
					targets[c.fp] = t
					sketches[c.fp] = sk{c.users.Clone(), c.tenants.Clone(), c.traces.Clone()}
				}
			}
			out = append(out, v)
		}
		sh.mu.Unlock()
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Fingerprint < out[j].Fingerprint })
	if len(targets) == 0 {
		return out
	}
	for _, t := range targets { // clone the targets' sketches too
		if _, ok := sketches[t]; ok {
			continue
		}
		sh := &s.shards[hashString(t)%uint64(len(s.shards))]
		sh.mu.Lock()
		if c := sh.m[t]; c != nil {
			sketches[t] = sk{c.users.Clone(), c.tenants.Clone(), c.traces.Clone()}
		}
		sh.mu.Unlock()
	}
	idx := make(map[string]int, len(out))
	for i := range out {
		idx[out[i].Fingerprint] = i
	}
	drop := map[string]bool{}
	for i := range out {
		src := &out[i]
		t, ok := targets[src.Fingerprint]
		if !ok {
			continue
		}
		j, ok := idx[t]
		if _, held := sketches[t]; !ok || !held {
			continue // target not held: keep the source as is
		}
		dst := &out[j]
		dst.fold(src)
		a, b := sketches[dst.Fingerprint], sketches[src.Fingerprint]
		_ = a.u.Merge(b.u)
		_ = a.t.Merge(b.t)
		_ = a.tr.Merge(b.tr)
		drop[src.Fingerprint] = true
	}
	res := out[:0]
	for i := range out {
		v := out[i]
		if drop[v.Fingerprint] {
			continue
		}
		if len(v.MergedFrom) > 0 {
			k := sketches[v.Fingerprint]
			v.Users, v.Tenants, v.Traces = k.u.Estimate(), k.t.Estimate(), k.tr.Estimate()
			sort.Strings(v.MergedFrom)
			for _, m := range v.counters() {
				*m = boundCounter(*m, s.cfg.TopK)
			}
			// once all are folded (per fold: quadratic in a family's size)
			v.Service, v.Owner = backlog.Dominant(maps.All(v.Services)), backlog.Dominant(maps.All(v.Owners))
			v.Dependency, v.Journey = backlog.Dominant(maps.All(v.Dependencies)), backlog.Dominant(maps.All(v.Journeys))
			// by time once all are folded (per fold, a family of k
			// members sorted and copied k times: quadratic)
			slices.SortStableFunc(v.Exemplars, func(a, b Exemplar) int { return cmp.Compare(a.Time, b.Time) })
			v.Exemplars = familyExemplars(v.Exemplars, s.cfg.Exemplars)
		}
		res = append(res, v)
	}
	return res
}

// viewCache shares, within one Views call, what many views hold alike.
// A cluster seen in one service, release, environment and severity (most
// clusters of a large store: the rare ones) has four one-key counters of
// ~250 B, and one seen in one trend bucket a trend of one count (480 B
// with the default 60 buckets): clusters with the same key and count, or
// the same bucket and count, get the same map or slice. Views never write
// them afterwards (fold copies before adding).
type viewCache struct {
	counters map[kv]map[string]int64
	trends   map[trendKey][]int64
}

// trendKey is a trend of n buckets that holds count in bucket at only
// (at -1: none).
type trendKey struct{ n, at, count int64 }

func newViewCache() *viewCache {
	return &viewCache{counters: map[kv]map[string]int64{}, trends: map[trendKey][]int64{}}
}

// counter is t as a map (nil when empty), shared when t holds one key.
func (vc *viewCache) counter(t topK) map[string]int64 {
	if len(t) != 1 || vc == nil {
		return t.asMap()
	}
	if m, ok := vc.counters[t[0]]; ok {
		return m
	}
	m := t.asMap()
	vc.counters[t[0]] = m
	return m
}

// trend is c's trend of n buckets ending at bucket nb, shared when at
// most one bucket holds a count.
func (vc *viewCache) trend(c *cluster, n, nb int64) []int64 {
	k := trendKey{n: n, at: -1}
	if vc != nil {
		for i := int64(0); i < n; i++ {
			b := nb - n + 1 + i
			if sl := c.ring[int(uint64(b)%uint64(n))]; sl.idx == b && sl.n != 0 {
				if k.at >= 0 {
					k.at = -2 // two buckets: its own trend
					break
				}
				k.at, k.count = i, sl.n
			}
		}
		if t, ok := vc.trends[k]; ok && k.at != -2 {
			return t
		}
	}
	t := make([]int64, n)
	for i := int64(0); i < n; i++ {
		b := nb - n + 1 + i
		if sl := c.ring[int(uint64(b)%uint64(n))]; sl.idx == b {
			t[i] = sl.n
		}
	}
	if vc != nil && k.at != -2 {
		vc.trends[k] = t
	}
	return t
}

// view is c at event-time now; quiet is the quiet period (ns), unobserved
// the store's unobserved time (Store.SetNowBefore); vc shares what views
// hold alike (nil: nothing shared).
func (c *cluster) view(now, width, quiet, unobserved int64, vc *viewCache) View {
	v := View{
		Fingerprint:   c.fp,
		Kind:          c.kind,
		Template:      c.template,
		ErrorType:     c.errorType,
		Frames:        splitFrames(c.frames),
		Count:         c.count,
		FirstSeen:     c.first,
		Seq:           c.seq,
		Claim:         c.claim,
		ClaimOrd:      c.claimOrd,
		LastSeen:      c.last,
		BucketSeconds: width / 1e9,
		Windows:       c.windows,
		Users:         c.users.Estimate(),
		Tenants:       c.tenants.Estimate(),
		Traces:        c.traces.Estimate(),
		Services:      vc.counter(c.services),
		Operations:    vc.counter(c.operations),
		Dependencies:  vc.counter(c.deps),
		Named:         vc.counter(c.named),
		Journeys:      vc.counter(c.journeys),
		Releases:      vc.counter(c.releases),
		Environments:  vc.counter(c.envs),
		Severity:      vc.counter(c.severity),
		Owners:        vc.counter(c.owners),
		Service:       c.services.top(),
		Owner:         c.owners.top(),
		Dependency:    c.deps.top(),
		Journey:       c.journeys.top(),
		LatencyPainMs: c.latencyMs,
		JourneyMax:    c.journeyMax,
		NewInRelease:  c.newInRelease,
		Resolved:      c.resolved,
		ResolvedAt:    c.resolvedAt,
		RegressedAt:   c.regressedAt,
	}
	v.ResolvedByHuman = c.resolved && c.manual
	if !c.resolved && c.quietFor(now, unobserved) >= quiet {
		v.Resolved, v.ResolvedAt = true, c.last
	}
	v.LatencyBaselineMs = c.baselineMs
	v.BusinessHoursEvents, v.BusinessHoursKnown = c.bizIn, c.bizKnown
	if c.count > 0 {
		v.JourneyMean = c.journeySum / float64(c.count)
	}
	v.Trend = vc.trend(c, int64(len(c.ring)), floorDiv(now, width))
	v.Exemplars = make([]Exemplar, len(c.exemplars))
	for i, e := range c.exemplars {
		v.Exemplars[i] = Exemplar{Time: e.Time, Body: e.Body, Service: e.Service}
		if e.TraceID != ([16]byte{}) {
			v.Exemplars[i].TraceID = hex.EncodeToString(e.TraceID[:])
		}
		if e.SpanID != ([8]byte{}) {
			v.Exemplars[i].SpanID = hex.EncodeToString(e.SpanID[:])
		}
	}
	sort.Slice(v.Exemplars, func(i, j int) bool { return v.Exemplars[i].Time < v.Exemplars[j].Time })
	return v
}

// counters returns v's per-key counters.
func (v *View) counters() [9]*map[string]int64 {
	return [...]*map[string]int64{&v.Services, &v.Operations, &v.Dependencies, &v.Journeys,
		&v.Releases, &v.Environments, &v.Severity, &v.Owners, &v.Named}
}

// boundCounter keeps the k largest counts of m (ties by key: the order of
// backlog.Top), as each cluster's own counters hold at most k keys (top_k):
// a folded family's item is bounded like any other, whatever the number
// of its members (a crowd of members, which a sender can write, would
// otherwise list every operation in tickets and count each in the blast
// radius). m is a map Views owns (fold copied it).
func boundCounter(m map[string]int64, k int) map[string]int64 {
	if k <= 0 || len(m) <= k {
		return m
	}
	out := make(map[string]int64, k)
	for _, c := range backlog.Top(m, k) {
		out[c.Key] = c.N
	}
	return out
}

// fold adds src into v (for merge overrides).
func (v *View) fold(src *View) {
	v.Count += src.Count
	if src.FirstSeen < v.FirstSeen {
		v.FirstSeen = src.FirstSeen
	}
	if src.LastSeen > v.LastSeen {
		v.LastSeen = src.LastSeen
		v.Resolved = v.Resolved && src.Resolved
	}
	// v's trend and maps may be shared (viewCache): copied at its first
	// fold only, later folds add in place (a copy per fold made a family
	// of k members copy k growing maps: quadratic)
	owned := len(v.MergedFrom) > 0
	if !owned {
		v.Trend = slices.Clone(v.Trend)
	}
	for i := range v.Trend {
		if i < len(src.Trend) {
			v.Trend[i] += src.Trend[i]
		}
	}
	v.Windows = max(v.Windows, src.Windows)
	srcs := src.counters()
	for i, dst := range v.counters() {
		from := *srcs[i]
		if !owned && len(*dst) > 0 {
			m := make(map[string]int64, len(*dst)+len(from))
			for k, n := range *dst {
				m[k] = n
			}
			*dst = m
		}
		if len(from) == 0 {
			continue
		}
		if *dst == nil {
			*dst = make(map[string]int64, len(from))
		}
		for k, n := range from {
			(*dst)[k] += n
		}
	}
	total := v.Count
	if total > 0 {
		v.JourneyMean = (v.JourneyMean*float64(v.Count-src.Count) + src.JourneyMean*float64(src.Count)) / float64(total)
	}
	v.JourneyMax = max(v.JourneyMax, src.JourneyMax)
	v.LatencyPainMs += src.LatencyPainMs
	v.LatencyBaselineMs += src.LatencyBaselineMs
	v.BusinessHoursEvents += src.BusinessHoursEvents
	v.BusinessHoursKnown += src.BusinessHoursKnown
	v.RegressedAt = max(v.RegressedAt, src.RegressedAt)
	for _, e := range src.Exemplars { // copies: the source's own never written
		if e.member == "" {
			e.member, e.memberCount = src.Fingerprint, src.Count
		}
		v.Exemplars = append(v.Exemplars, e)
	}
	if src.Claim != "" && (v.Claim == "" || src.ClaimOrd < v.ClaimOrd) {
		v.Claim, v.ClaimOrd = src.Claim, src.ClaimOrd
	}
	v.MergedFrom = append(v.MergedFrom, src.Fingerprint)
	v.MergedFrom = append(v.MergedFrom, src.MergedFrom...)
}

// familyExemplars keeps n of a folded view's exemplars (es, by time):
// the newest of each member first, the view's own cluster first, then the
// members with more records (a family's item shows each variant it holds,
// the busiest first; a crowd of one-record members, which a sender can
// write, comes last), then the newest of the rest; by time.
func familyExemplars(es []Exemplar, n int) []Exemplar {
	if len(es) <= n {
		return es
	}
	type member struct {
		fp    string
		count int64
		own   bool
	}
	newest := map[string]int{} // member -> index of its newest exemplar
	var ms []member
	for i, e := range es {
		if _, ok := newest[e.member]; !ok {
			ms = append(ms, member{e.member, e.memberCount, e.member == ""})
		}
		newest[e.member] = i
	}
	slices.SortFunc(ms, func(a, b member) int {
		switch {
		case a.own != b.own:
			if a.own {
				return -1
			}
			return 1
		case a.count != b.count:
			if a.count > b.count {
				return -1
			}
			return 1
		case es[newest[a.fp]].Time != es[newest[b.fp]].Time: // then the latest seen
			if es[newest[a.fp]].Time > es[newest[b.fp]].Time {
				return -1
			}
			return 1
		}
		return strings.Compare(a.fp, b.fp)
	})
	keep := make([]bool, len(es))
	k := 0
	for _, m := range ms {
		if k == n {
			break
		}
		keep[newest[m.fp]] = true
		k++
	}
	for i := len(es) - 1; i >= 0 && k < n; i-- {
		if !keep[i] {
			keep[i] = true
			k++
		}
	}
	out := make([]Exemplar, 0, n)
	for i, e := range es {
		if keep[i] {
			out = append(out, e)
		}
	}
	return out
}

// splitFrames splits the kept frames text into frames.
func splitFrames(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
