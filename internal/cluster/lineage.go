package cluster

import (
	"math"
	"slices"
	"strings"

	"github.com/otelcol-backlog/otelcol-backlog/internal/lineage"
	"github.com/otelcol-backlog/otelcol-backlog/internal/unionfind"
)

// Lineage returns, for every cluster folded into another by the templates
// their records agreed on (internal/lineage), the fingerprint it folds into
// (nil when none). The scope of a link is the cluster's kind, error type,
// frames and top service (what its fingerprint holds besides the
// template) and the known service its bodies name most (countNames,
// namedService): "no instances available for <*>" over two callees is two
// failures. A family folds into its head (lineage.Member.Held: the
// cluster that headed it at the previous call, kept in heads; else the
// one this store created first, seq, as a problem's anchor: a record's
// event time is its sender's, so a newcomer backdating its records never
// becomes the family's item), which another member takes only by its
// weight (lineage.HeadShare).
//
// It also records each family on its root for eviction (family): the
// caller folds a family into one item, so eviction values the root as
// that item until the next call; an automatic merge (SetMerges) joins
// its source's family to its target's. A protected (pinned or boosted)
// fingerprint is its own item and no family's member.
func (s *Store) Lineage() map[string]string {
	merges := s.merges.Load()
	if s.cfg.Lineage < 0 && merges == nil {
		s.recordFamilies(nil, nil) // the last merges' families end
		return nil
	}
	shards, n := s.shards, 0
	if s.cfg.Lineage >= 0 {
		n = s.size() // one allocation each (appends would copy ~4 times as much)
	} else {
		shards = nil // the merges' families alone
	}
	ms := make([]lineage.Member, 0, n)
	held := make([]heldMember, 0, n) // ms[i]'s cluster as it was read
	var b strings.Builder
	var protected, heads map[string]bool
	if p := s.protected.Load(); p != nil {
		protected = *p
	}
	if h := s.heads.Load(); h != nil {
		heads = *h
	}
	for i := range shards {
		sh := &shards[i]
		sh.mu.Lock()
		for _, c := range sh.m {
			joins := lineage.JoinsOf(&c.lin, int(min(c.count, 1<<30)), s.cfg.Lineage)
			if len(c.lin.Trusted) == 0 && joins == 0 {
				continue
			}
			b.Reset()
			for _, f := range [...]string{c.kind, c.errorType, c.frames, c.services.top(), s.namedService(c)} {
				b.WriteString(f)
				b.WriteByte(0)
			}
			ms = append(ms, lineage.Member{Fingerprint: c.fp, Scope: b.String(), Templates: c.lin.Trusted, Joins: joins, Records: c.count, Origin: c.lin.Origin, OriginAt: c.originAt(), LatestAt: int64(c.linLatest), Since: c.lin.Since, Ticks: int64(c.lin.Ticks), SinceTicks: c.lin.SinceTicks, Text: c.lin.Text(), First: int64(c.seq), Held: heads[c.fp]}) // never written in place
			held = append(held, heldMember{c: c, shard: int32(i), count: c.count, last: c.last, journeyMax: c.journeyMax, regressions: c.regressions, protected: protected[c.fp]})
		}
		sh.mu.Unlock()
	}
	var from lineage.Cursor
	if c := s.coverFrom.Load(); c != nil {
		from = *c
	}
	root, next := lineage.RootsFrom(ms, from)
	if s.foundersHeld.Swap(false) && holdFounders(ms, root) {
		root, next = lineage.RootsFrom(ms, from)
	}
	s.coverFrom.Store(&next)
	s.recordHeads(ms, root)
	targets := lineage.TargetsOf(ms, root)
	if merges != nil {
		held, root = s.withMerges(*merges, held, root, protected)
	}
	s.recordFamilies(held, root)
	return targets
}

// withMerges adds the automatic merges to the lineage's families (held,
// root: Roots'): each pair's clusters not held yet are read, and a
// source's family joins its target's, under the target's root (the
// fingerprint that keys the merged item). A protected source is its own
// item; a cluster no longer stored merges nothing.
func (s *Store) withMerges(merges [][2]string, held []heldMember, root []int, protected map[string]bool) ([]heldMember, []int) {
	at := make(map[string]int, len(held)+2*len(merges))
	for i := range held {
		at[held[i].c.fp] = i
	}
	index := func(fp string) int {
		if i, ok := at[fp]; ok {
			return i
		}
		k := hashString(fp) % uint64(len(s.shards))
		sh := &s.shards[k]
		sh.mu.Lock()
		c := sh.m[fp]
		if c != nil {
			held = append(held, heldMember{c: c, shard: int32(k), count: c.count, last: c.last, journeyMax: c.journeyMax, regressions: c.regressions, protected: protected[fp]})
		}
		sh.mu.Unlock()
		if c == nil {
			at[fp] = -1
			return -1
		}
		root = append(root, len(root))
		at[fp] = len(held) - 1
		return len(held) - 1
	}
	pairs := make([][2]int, 0, len(merges))
	for _, m := range merges {
		if protected[m[0]] {
			continue
		}
		if a, b := index(m[0]), index(m[1]); a >= 0 && b >= 0 {
			pairs = append(pairs, [2]int{a, b})
		}
	}
	f := unionfind.New(len(held))
	target := func(ra, rb int) int { return rb }
	for i, r := range root {
		f.Union(i, r, target)
	}
	for _, p := range pairs {
		f.Union(p[0], p[1], target)
	}
	for i := range root {
		root[i] = f.Find(i)
	}
	return held, root
}

// recordHeads keeps the members that head a family (lineage.Member.Held,
// read at the next call): a member that heads one of more than one member
// now, and one alone that headed one before (a family a restart or the
// miner split for a while); a member folded into another, or no longer a
// member (evicted, or trusting nothing), is dropped.
func (s *Store) recordHeads(ms []lineage.Member, root []int) {
	heads := make(map[string]bool)
	for i, r := range root {
		if r != i {
			heads[ms[r].Fingerprint] = true
		} else if ms[i].Held {
			heads[ms[i].Fingerprint] = true
		}
	}
	s.heads.Store(&heads)
}

// holdFounders marks as held (lineage.Member.Held) the member each family
// of more than one member folded into before h146's head rule: its
// oldest member that trusts a template (creation order, then the
// fingerprint). A snapshot written before h146 holds no heads (linh), and
// choosing them afresh at the restore would move the item of every
// family whose founder logged in less than a third of its heaviest
// member's minutes, closing its ticket as a duplicate, by an upgrade
// alone; held, the founder keeps it while it has a sixth, as any held
// head (h153, TestLineageSnapshotBeforeHeadsKeepsFounders). It reports
// whether it marked any.
func holdFounders(ms []lineage.Member, root []int) bool {
	size := make(map[int]int)
	for _, r := range root {
		size[r]++
	}
	founder := make(map[int]int) // by root
	for i, r := range root {
		if size[r] < 2 || len(ms[i].Templates) == 0 {
			continue
		}
		if f, ok := founder[r]; !ok || ms[i].First < ms[f].First || (ms[i].First == ms[f].First && ms[i].Fingerprint < ms[f].Fingerprint) {
			founder[r] = i
		}
	}
	for _, f := range founder {
		ms[f].Held = true
	}
	return len(founder) > 0
}

// heldMember is a lineage member's cluster and its eviction figures as
// Lineage read them under its shard's lock.
type heldMember struct {
	c           *cluster
	count, last int64
	journeyMax  float64
	regressions int64
	shard       int32
	protected   bool
}

// maxLocalMembers bounds the members of a family that eviction reads live
// (in the root's shard, one map lookup each): the others count with their
// figures at the last Lineage.
const maxLocalMembers = 8

// family is what eviction knows of a family root's other members since
// the last Store.Lineage. A family is one item (the caller folds it), so
// its root is valued as one cluster holding all its records: counts
// summed, the latest last seen, the highest journey weight and
// regressions. Members in the root's shard are read live under its lock
// (local, by fingerprint: an evicted member no longer counts); the others,
// whose shards are not locked, count with their figures at that Lineage
// (summed into the fields). Only the root is valued so: a member keeps its
// own value, so a cluster joining a busy family (a young cluster needs
// one record for that) gains nothing, and evicting a member only takes
// its records from the item, never its key.
type family struct {
	local       []string
	count       int64
	last        int64
	journeyMax  float64
	regressions int64
}

// value is root's eviction value as its family's at now. Called with the
// root's shard lock held.
func (f *family) value(sh *shard, root *cluster, now int64) float64 {
	count, last := root.count+f.count, max(root.last, f.last)
	jmax, reg := max(root.journeyMax, f.journeyMax), max(root.regressions, f.regressions)
	for _, fp := range f.local {
		if m := sh.m[fp]; m != nil && m != root {
			count += m.count
			last = max(last, m.last)
			jmax = max(jmax, m.journeyMax)
			reg = max(reg, m.regressions)
		}
	}
	return evictionValue(count, jmax, reg, last, now)
}

// recordFamilies sets the family of every root (held[i] folds into
// held[root[i]], lineage.Roots) and clears the previous call's roots that
// head no family now, one shard lock at a time.
func (s *Store) recordFamilies(held []heldMember, root []int) {
	fam := make([]int32, len(held)) // a root's family number + 1
	var rootOf []int                // family -> its root's index in held
	for i, r := range root {
		if r != i && fam[r] == 0 {
			rootOf = append(rootOf, r)
			fam[r] = int32(len(rootOf))
		}
	}
	fams := make([]family, len(rootOf))
	for k := range fams {
		fams[k].last = math.MinInt64
	}
	for i, r := range root {
		if r == i || held[i].protected {
			continue
		}
		f, m := &fams[fam[r]-1], &held[i]
		if m.shard == held[r].shard && len(f.local) < maxLocalMembers {
			f.local = append(f.local, m.c.fp)
		} else {
			f.count += m.count
			f.last = max(f.last, m.last)
			f.journeyMax = max(f.journeyMax, m.journeyMax)
			f.regressions = max(f.regressions, m.regressions)
		}
	}
	// families by their root's shard (a counting sort)
	start := make([]int, len(s.shards)+1)
	for _, r := range rootOf {
		start[held[r].shard+1]++
	}
	for i := range s.shards {
		start[i+1] += start[i]
	}
	order := make([]int, len(fams))
	next := slices.Clone(start[:len(s.shards)])
	for k, r := range rootOf {
		order[next[held[r].shard]] = k
		next[held[r].shard]++
	}

	s.famMu.Lock()
	defer s.famMu.Unlock()
	if s.famRoots == nil {
		s.famRoots = make([][]string, len(s.shards))
	}
	for i := range s.shards {
		ks := order[start[i]:start[i+1]]
		if len(s.famRoots[i]) == 0 && len(ks) == 0 {
			continue
		}
		sh := &s.shards[i]
		sh.mu.Lock()
		for _, fp := range s.famRoots[i] {
			if c := sh.m[fp]; c != nil {
				c.fam = nil
			}
		}
		s.famRoots[i] = s.famRoots[i][:0]
		for _, k := range ks {
			if c := held[rootOf[k]].c; sh.m[c.fp] == c { // not evicted since Lineage read it
				c.fam = &fams[k]
				s.famRoots[i] = append(s.famRoots[i], c.fp)
			}
		}
		sh.mu.Unlock()
	}
}

// namedService is the service that sent records which c's bodies name
// most (the highest count, ties: the smallest name; "" for none): a
// failure naming another service of the system is about that service.
// Words that only look like names (hosts, classes) do not count.
func (s *Store) namedService(c *cluster) string {
	best, bestN := "", int64(0)
	for _, e := range c.named {
		name, ok := s.services.ByKey(e.key)
		if !ok {
			continue
		}
		if e.n > bestN || e.n == bestN && name < best {
			best, bestN = name, e.n
		}
	}
	return best
}
