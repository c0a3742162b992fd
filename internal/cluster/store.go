package cluster

import (
	"encoding/binary"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cespare/xxhash/v2"

	"github.com/otelcol-backlog/otelcol-backlog/internal/lineage"
)

// Stats counts every bound hit and the store's size.
type Stats struct {
	Events          int64 // events added
	LateEvents      int64 // events older than the trend ring (counted, no trend)
	Clusters        int64 // clusters held now
	ClustersCreated int64
	ClustersEvicted int64 // evicted at MaxClusters
	TraceEvictions  int64 // recent traces overwritten in the trace window
	SpansDropped    int64 // spans not linked because their trace slot was full
	LinksDropped    int64 // links not recorded at MaxLinks
	ReleasesDropped int64 // (service, release) pairs not recorded at MaxReleases
	TopKReplaced    int64 // top-K counter slots taken over (held clusters)
	BodiesTruncated int64 // kept exemplar bodies cut (held clusters)
}

type shard struct {
	mu      sync.Mutex
	m       map[string]*cluster
	limit   int
	maxTime int64
	events  int64
	late    int64
	created int64
	evicted int64
	hasTime bool
	_       [40]byte // keep hot shards on separate cache lines
}

// Store aggregates events into clusters. Add is safe for concurrent use and
// takes only the lock of the event's fingerprint shard (and of its trace
// shard for linking).
type Store struct {
	cfg Config
	// services are the services that sent records (ObserveService).
	services Services
	width    int64 // bucket width, ns
	shards   []shard
	traces   []traceShard
	rel      releases
	// protected fingerprints are never evicted (e.g. pinned by a human).
	protected atomic.Pointer[map[string]bool]
	// heads are the clusters that headed a family at the last Lineage
	// (lineage.Member.Held; recordHeads), kept in snapshots (linh): a set
	// of the few heads rather than a field of every cluster (one bool
	// there cost 128 bytes a cluster in BenchmarkClusterMemory).
	heads atomic.Pointer[map[string]bool]
	// foundersHeld: the next Lineage holds each family's founder
	// (holdFounders), set by the restore of a snapshot written before
	// h146 (snapshot.Heads).
	foundersHeld atomic.Bool
	// merges are the caller's automatic merges (SetMerges), source and
	// target, sorted.
	merges atomic.Pointer[[][2]string]
	// seq numbers clusters in creation order (see cluster.seq).
	seq atomic.Uint64
	// coverFrom is where the next Lineage's fold by coverage starts
	// (lineage.RootsFrom): kept in memory only, a restart starts with the
	// oldest member (progress holds between restarts, which no record
	// causes).
	coverFrom atomic.Pointer[lineage.Cursor]
	// claims numbers Claim calls that claimed something (see cluster.claim).
	claims atomic.Uint64
	// before is the event-time now before the events being added;
	// unobserved sums the jumps of that now (see SetNowBefore).
	clockMu    sync.Mutex
	before     atomic.Int64
	unobserved atomic.Int64
	// flow marks the trend buckets in which the store was fed (the
	// event-time now of a batch or a flush, see SetNowBefore): slot
	// bucket%Buckets holds bucket+1. Guarded by clockMu.
	flow []int64
	// snapSize is the last snapshot's size: the next one's buffer.
	snapSize atomic.Int64
	// famRoots are, per shard, the fingerprints of the clusters the last
	// Lineage set a family on (cluster.fam). Guarded by famMu.
	famMu    sync.Mutex
	famRoots [][]string
	// tick is the lineage's clock (Tick): the collector's minute that
	// began the current tick, plus one, or one more than the tick before
	// when that is later (after a step back; 0: no Tick yet). Strictly
	// increasing, so that no tick recurs, and persisted with each
	// cluster's last counted one, so that it means the same after a
	// restart. tickMinute is the latest reading's minute (guarded by
	// clockMu; tickSet: one was seen).
	tick       atomic.Uint64
	tickMinute int64
	tickSet    bool
}

// TickMinute is the lineage's unit of time (Tick).
const TickMinute = int64(time.Minute)

// Tick tells the store the collector's wall clock (unix ns) at a flush:
// when its minute is later than the last call's, the records from now on
// fall in a new tick, and the lineage counts in how many ticks each
// cluster had records (lineage.Trust.Ticks), time a sender cannot
// compress into a burst. A minute, not a flush, so that a short
// flush_interval does not shorten what a forger must spend; a longer one
// makes each flush a tick. Only the wall clock may drive it, never an
// event time a record carries. The clock can step (NTP, a VM resumed): a
// step ahead is one tick, however far, and a step back adds none, the
// minutes counting on from the reading it stepped back to (one reading
// far ahead does not stop the clock until the real one catches up), each
// a tick after the last: a minute that recurs on the wall clock is a new
// tick, never the one it was before the step.
// The tick is persisted (Snapshot), so a restart within a minute counts
// it once. Without calls, the lineage weighs records alone.
func (s *Store) Tick(wall int64) {
	m := wall / TickMinute
	s.clockMu.Lock()
	defer s.clockMu.Unlock()
	switch {
	case s.tickSet && m == s.tickMinute:
	case s.tickSet && m < s.tickMinute: // stepped back: no tick
		s.tickMinute = m
	default:
		s.tickMinute, s.tickSet = m, true
		s.tick.Store(max(uint64(m)+1, s.tick.Load()+1))
	}
}

// SetNowBefore tells the store the event-time now (the watermark) before
// each batch and at each flush. Quietness is counted in observed time: a
// jump of that now by more than a sixth of the quiet period between two
// calls (a replay resuming hours later, a collector that was down and
// restored an old clock) is time nobody watched, and does not count
// towards a cluster's quiet period, neither in Views nor when the cluster
// comes back (regressed). A live stream that goes quiet moves the now a
// flush interval at a time, so its silence counts. Without calls, the
// event times alone decide.
func (s *Store) SetNowBefore(now int64) {
	s.clockMu.Lock()
	defer s.clockMu.Unlock()
	prev := s.before.Load()
	if now <= prev {
		return
	}
	if prev != 0 && now-prev > int64(s.cfg.QuietPeriod)/6 {
		s.unobserved.Add(now - prev)
	}
	s.before.Store(now)
	if s.width > 0 && now >= 0 && len(s.flow) > 0 {
		b := now / s.width
		s.flow[b%int64(len(s.flow))] = b + 1
	}
}

// Protect replaces the set of fingerprints that eviction skips (pinned or
// boosted clusters). nil or empty clears it.
func (s *Store) Protect(fps []string) {
	m := make(map[string]bool, len(fps))
	for _, fp := range fps {
		m[fp] = true
	}
	s.protected.Store(&m)
}

// SetMerges replaces the merges the caller makes without a person
// (source fingerprint -> target; the exporter's similar.auto_merge): the
// next Lineage records each source, with its lineage family, in its
// target's family, so that eviction values the merged problem as the one
// item it is, and its target, which keys the item, goes last (family).
// Not Protect: a merge derived from what records say must not make a
// cluster unevictable, nor take the store past max_clusters. nil or empty
// clears them.
func (s *Store) SetMerges(m map[string]string) {
	if len(m) == 0 {
		s.merges.Store(nil)
		return
	}
	pairs := make([][2]string, 0, len(m))
	for src, tgt := range m {
		if src != tgt {
			pairs = append(pairs, [2]string{src, tgt})
		}
	}
	slices.SortFunc(pairs, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	s.merges.Store(&pairs)
}

// New returns an empty store. cfg is completed with defaults; call
// cfg.Validate first to reject bad values.
func New(cfg Config) *Store {
	cfg = cfg.withDefaults()
	s := &Store{
		cfg:    cfg,
		width:  cfg.BucketSeconds * 1e9,
		shards: make([]shard, cfg.Shards),
		traces: make([]traceShard, cfg.Shards),
	}
	per := (cfg.MaxClusters + cfg.Shards - 1) / cfg.Shards
	for i := range s.shards {
		s.shards[i].m = make(map[string]*cluster)
		s.shards[i].limit = per
	}
	slots := (cfg.TraceWindow + cfg.Shards - 1) / cfg.Shards
	links := (cfg.MaxLinks + cfg.Shards - 1) / cfg.Shards
	for i := range s.traces {
		s.traces[i].init(slots, links)
	}
	s.rel.init(cfg.MaxReleases, func(v string) string { return keyText(&s.cfg, v) })
	s.flow = make([]int64, max(cfg.Buckets, 1))
	return s
}

// Flowed reports, for each of the n trend buckets ending at now's bucket
// (oldest first, as View.Trend), whether the store was fed in it: the
// event-time now of a batch or a flush fell in it (SetNowBefore), so data
// was flowing, failing or not. Failures are data too, but only the
// caller's trends know where they fell; a bucket older than the ring
// reads false. The marks are kept in snapshots (with the same bucket width).
func (s *Store) Flowed(now int64, n int) []bool {
	out := make([]bool, n)
	if s.width <= 0 {
		return out
	}
	s.clockMu.Lock()
	defer s.clockMu.Unlock()
	cur := now / s.width
	for k := range out {
		b := cur - int64(n-1-k)
		if b < 0 {
			continue
		}
		out[k] = s.flow[b%int64(len(s.flow))] == b+1
	}
	return out
}

// Config returns the effective configuration.
func (s *Store) Config() Config { return s.cfg }

func hashString(v string) uint64 { return xxhash.Sum64String(v) }

func hashTrace(t *[16]byte) uint64 {
	a := binary.LittleEndian.Uint64(t[:8])
	b := binary.LittleEndian.Uint64(t[8:])
	x := (a ^ b*0x9e3779b97f4a7c15)
	x ^= x >> 31
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 29
	return x
}

// Add folds one event into its cluster. Events without a fingerprint are
// ignored. It allocates nothing once the cluster exists (new top-K keys,
// kept exemplars and sparse HyperLogLog growth excepted).
func (s *Store) Add(ev *Event) {
	if ev.Fingerprint == "" {
		return
	}
	h := hashString(ev.Fingerprint)
	sh := &s.shards[h%uint64(len(s.shards))]
	sh.mu.Lock()
	c := sh.m[ev.Fingerprint]
	if c == nil {
		c = s.create(sh, ev, h)
	} else if ev.Release != "" && ev.Release != c.lastRelease {
		s.rel.observe(ev.Service, ev.Release, ev.Time)
		c.lastRelease = c.releases.kept(&s.cfg, ev.Release) // no reference to ev kept
	}
	if c.add(ev, &s.cfg, s.width, s.before.Load(), s.unobserved.Load(), s.tick.Load(), &s.seq) {
		sh.late++
	}
	if ev.Kind == KindLog && ev.Body != "" && failing(ev) {
		s.countNames(c, ev.Body)
	}
	sh.events++
	if !sh.hasTime || ev.Time > sh.maxTime {
		sh.maxTime, sh.hasTime = ev.Time, true
	}
	fp := c.fp
	sh.mu.Unlock()

	if ev.TraceID != ([16]byte{}) && ev.SpanID != ([8]byte{}) {
		h := hashTrace(&ev.TraceID)
		s.traces[h%uint64(len(s.traces))].add(ev, h, fp)
	}
}

// create makes the cluster for ev, evicting the lowest-value cluster of a
// full shard. Called with sh.mu held.
func (s *Store) create(sh *shard, ev *Event, h uint64) *cluster {
	if len(sh.m) >= sh.limit {
		s.evict(sh) // may find nothing evictable: the shard then grows by one
	}
	c := newCluster(ev, h, &s.cfg)
	c.seq = s.seq.Add(1)
	if ev.Release != "" {
		first, baseline := s.rel.observe(ev.Service, ev.Release, ev.Time)
		c.lastRelease = strings.Clone(keyText(&s.cfg, ev.Release))
		if !baseline && ev.Time-first <= int64(s.cfg.NewReleaseWindow) {
			c.newInRelease = c.lastRelease
		}
	}
	sh.m[c.fp] = c
	sh.created++
	return c
}

// evict removes the lowest-value cluster among a sample of the shard (Go map
// iteration order is random, so the sample is too). A family's root (the
// cluster its lineage folds into, Store.Lineage) is valued as its whole
// family, at least its own value, so its members go first and the root,
// which keys the family's item, last; on a tie, a cluster heading no
// family goes first.
func (s *Store) evict(sh *shard) {
	const sample = 16
	var victim *cluster
	best := 0.0
	i := 0
	var protected map[string]bool
	if p := s.protected.Load(); p != nil {
		protected = *p
	}
	for _, c := range sh.m {
		if protected[c.fp] {
			continue
		}
		var v float64
		if c.fam != nil {
			v = c.fam.value(sh, c, sh.maxTime)
		} else {
			v = c.value(sh.maxTime)
		}
		if victim == nil || v < best || (v == best && rootLast(c, victim)) {
			victim, best = c, v
		}
		if i++; i >= sample {
			break
		}
	}
	if victim != nil {
		delete(sh.m, victim.fp)
		victim.fam = nil
		sh.evicted++
	}
}

// rootLast reports whether c goes before victim, of equal value: a cluster
// heading no family before a family's root, then by fingerprint.
func rootLast(c, victim *cluster) bool {
	if (c.fam == nil) != (victim.fam == nil) {
		return c.fam == nil
	}
	return c.fp < victim.fp
}

// Now returns the newest event time seen (unix ns) and false when the store
// is empty. It is the "now" of event-time ranking.
func (s *Store) Now() (int64, bool) {
	var now int64
	ok := false
	for i := range s.shards {
		sh := &s.shards[i]
		sh.mu.Lock()
		if sh.hasTime && (!ok || sh.maxTime > now) {
			now, ok = sh.maxTime, true
		}
		sh.mu.Unlock()
	}
	return now, ok
}

// MarkResolved marks a cluster resolved by a human or a tracker: its next
// event newer than its last seen event makes it regressed. It reports whether
// the fingerprint is known.
func (s *Store) MarkResolved(fp string) bool {
	sh := &s.shards[hashString(fp)%uint64(len(s.shards))]
	sh.mu.Lock()
	defer sh.mu.Unlock()
	c := sh.m[fp]
	if c == nil {
		return false
	}
	c.resolved, c.manual, c.resolvedAt = true, true, c.last
	return true
}

// Claim records that problem id is ticket-worthy with the whole members
// fps (the exporter calls it after each build, problems in rank order): a
// member with no claim yet takes id, numbered after every earlier claim.
// A member keeps its first claim for its life in the store (persisted),
// so Group gives a merged problem the id of its first ticket-worthy part
// and a split part its own earlier id back. No record sets a claim: only
// a problem passing the gates does (telemetry that passes them first
// decides which id its problem keeps, nothing more). It returns how many members it
// claimed.
func (s *Store) Claim(id string, fps []string) int {
	if id == "" {
		return 0
	}
	var ord uint64
	n := 0
	for _, fp := range fps {
		sh := &s.shards[hashString(fp)%uint64(len(s.shards))]
		sh.mu.Lock()
		if c := sh.m[fp]; c != nil && c.claim == "" {
			if ord == 0 {
				ord = s.claims.Add(1)
			}
			c.claim, c.claimOrd = id, ord
			n++
		}
		sh.mu.Unlock()
	}
	return n
}

// size returns the number of clusters held now (the capacity to give a
// slice of all of them: Views, Snapshot; a shard may change between its
// count and its walk, and append covers the difference).
func (s *Store) size() int {
	n := 0
	for i := range s.shards {
		sh := &s.shards[i]
		sh.mu.Lock()
		n += len(sh.m)
		sh.mu.Unlock()
	}
	return n
}

// Stats returns the counters.
func (s *Store) Stats() Stats {
	var st Stats
	for i := range s.shards {
		sh := &s.shards[i]
		sh.mu.Lock()
		st.Events += sh.events
		st.LateEvents += sh.late
		st.Clusters += int64(len(sh.m))
		st.ClustersCreated += sh.created
		st.ClustersEvicted += sh.evicted
		for _, c := range sh.m {
			st.TopKReplaced += c.replaced
			st.BodiesTruncated += c.truncated
		}
		sh.mu.Unlock()
	}
	for i := range s.traces {
		t := &s.traces[i]
		t.mu.Lock()
		st.TraceEvictions += t.evictions
		st.SpansDropped += t.dropped
		st.LinksDropped += t.linksDropped
		t.mu.Unlock()
	}
	st.ReleasesDropped = s.rel.dropped.Load()
	return st
}

// releases remembers, per service, the first event time of each release and
// which release was the service's baseline (the first one seen). Reads are
// lock-free (copy-on-write map); a new pair takes the lock.
type releases struct {
	mu      sync.Mutex
	m       atomic.Pointer[map[string]map[string]relInfo]
	n       int
	limit   int
	dropped atomic.Int64
	// keep makes a service or release the map keeps (keyText): a pair
	// received as kept is found without it (nearly every one)
	keep func(string) string
}

type relInfo struct {
	First    int64 `json:"first"`
	Baseline bool  `json:"baseline,omitempty"`
}

func (r *releases) init(limit int, keep func(string) string) {
	m := map[string]map[string]relInfo{}
	r.m.Store(&m)
	r.limit = limit
	r.keep = keep
}

// observe records (service, release) at event time t and returns the
// release's first event time and whether it is the service's baseline.
// The pair is kept as r.keep makes it.
func (r *releases) observe(service, release string, t int64) (first int64, baseline bool) {
	if info, ok := (*r.m.Load())[service][release]; ok && (t >= info.First || info.Baseline) {
		return info.First, info.Baseline
	}
	if r.keep != nil {
		service, release = r.keep(service), r.keep(release)
		if info, ok := (*r.m.Load())[service][release]; ok && (t >= info.First || info.Baseline) {
			return info.First, info.Baseline
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	old := *r.m.Load()
	info, ok := old[service][release]
	if ok && t >= info.First {
		return info.First, info.Baseline
	}
	if !ok && r.n >= r.limit {
		r.dropped.Add(1)
		return t, true
	}
	m := make(map[string]map[string]relInfo, len(old)+1)
	for k, v := range old {
		m[k] = v
	}
	svc := make(map[string]relInfo, len(old[service])+1)
	for k, v := range old[service] {
		svc[k] = v
	}
	if ok {
		info.First = t // an earlier (late) event moves the first time back
	} else {
		info = relInfo{First: t, Baseline: len(svc) == 0}
		r.n++
	}
	svc[cloneString(release)] = info
	m[cloneString(service)] = svc
	r.m.Store(&m)
	return info.First, info.Baseline
}

func (r *releases) snapshot() map[string]map[string]relInfo { return *r.m.Load() }

func (r *releases) restore(m map[string]map[string]relInfo) {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, v := range m {
		n += len(v)
	}
	r.n = n
	r.m.Store(&m)
}

// Releases returns, per service, the known releases sorted by first event
// time (the first is the baseline).
func (s *Store) Releases() map[string][]string {
	out := map[string][]string{}
	for svc, rs := range s.rel.snapshot() {
		names := make([]string, 0, len(rs))
		for r := range rs {
			names = append(names, r)
		}
		sort.Slice(names, func(i, j int) bool {
			a, b := rs[names[i]], rs[names[j]]
			if a.Baseline != b.Baseline {
				return a.Baseline
			}
			if a.First != b.First {
				return a.First < b.First
			}
			return names[i] < names[j]
		})
		out[svc] = names
	}
	return out
}
