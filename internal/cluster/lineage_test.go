package cluster

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/otelcol-backlog/otelcol-backlog/internal/lineage"
	"github.com/otelcol-backlog/otelcol-backlog/internal/redact"
	"github.com/stretchr/testify/require"
)

// Snapshots and folds read the trusted templates outside the shard lock
// while records keep changing them: run with -race.
func TestLineageConcurrentReaders(t *testing.T) {
	s := New(Config{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 4000; i++ {
			tpl := fmt.Sprintf("step %d of <*>", i/6%7) // a new template every two records of each id
			s.Add(&Event{Fingerprint: fmt.Sprint("fp", i%3), Kind: KindLog, Service: "svc", Template: tpl, Time: t0 + int64(i)})
		}
	}()
	for i := 0; i < 50; i++ {
		_, err := s.Snapshot()
		require.NoError(t, err)
		s.Lineage()
	}
	wg.Wait()
	require.NotEmpty(t, s.Lineage(), "clusters trusting one template fold")
}

// A failure that names another service of the system is about that
// service: "no instances available for <*>" over two callees stays two
// items, while a word that only looks like a name (a host) does not keep
// a family apart.
func TestLineageKeepsNamedServicesApart(t *testing.T) {
	s := New(Config{})
	for _, svc := range []string{"cart", "billing"} { // services of the system
		s.Add(&Event{Fingerprint: "ok-" + svc, Kind: KindLog, Service: svc, Severity: "INFO", Template: "started", Time: t0})
		s.ObserveService(svc)
	}
	add := func(fp, body string) {
		for i := 0; i < 2; i++ {
			s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "web", Severity: "ERROR",
				Template: "no instances available for <*>", Body: body, Time: t0 + int64(i)})
		}
	}
	add("to-cart", "no instances available for cart")
	add("to-billing", "no instances available for billing")
	add("host-a", "no instances available for node-a.example")
	add("host-b", "no instances available for node-b.example")
	got := s.Lineage()
	require.NotContains(t, got, "to-cart")
	require.NotContains(t, got, "to-billing", "two callees, two failures")
	require.Len(t, got, 1, "the two hosts fold: %v", got)
}

// Scaled out, each gateway's miner writes its own template for one
// fingerprint ("link <*> Reachable" from one, "link <*> <*>" from another
// that has generalized), and their batches interleave at the backlog
// collector. The shown template (and so the item's and ticket's title)
// stays the first record's: were it the one trusted last, every sync
// would rewrite the ticket as the batches alternate.
func TestLineageShownTemplateStableAcrossGateways(t *testing.T) {
	s := New(Config{})
	at := t0
	shown := func() string {
		for _, v := range s.Views(at, nil) {
			return v.Template
		}
		return ""
	}
	var seen []string
	for round := 0; round < 3; round++ {
		for _, tpl := range []string{"link <*> Reachable", "link <*> <*>"} { // gateway 1's batch, then gateway 2's
			for i := 0; i < 3; i++ {
				at++
				s.Add(&Event{Fingerprint: "fp", Kind: KindLog, Service: "net", Severity: "ERROR", Template: tpl, Time: at})
			}
			if cur := shown(); len(seen) == 0 || seen[len(seen)-1] != cur {
				seen = append(seen, cur)
			}
		}
	}
	require.Equal(t, []string{"link <*> Reachable"}, seen, "the first record's template, whatever the gateways' miners write later")
}

// held reports whether s holds a cluster for fp.
func held(s *Store, fp string) bool {
	sh := &s.shards[hashString(fp)%uint64(len(s.shards))]
	sh.mu.Lock()
	defer sh.mu.Unlock()
	return sh.m[fp] != nil
}

// inShard returns a fingerprint with prefix that lands in shard i of s.
func inShard(s *Store, prefix string, i int) string {
	for n := 0; ; n++ {
		if fp := fmt.Sprint(prefix, n); hashString(fp)%uint64(len(s.shards)) == uint64(i) {
			return fp
		}
	}
}

// A family is one item, keyed by its root: eviction values the root as
// the whole family, also when the family lives on in another shard (its
// figures at the last Lineage, a flush), so a quiet root is not evicted
// while its family is busy elsewhere.
func TestEvictionValuesAFamilyRootAcrossShards(t *testing.T) {
	s := New(Config{Shards: 2, MaxClusters: 8}) // 4 per shard
	root, member := inShard(s, "reach", 0), inShard(s, "unreach", 1)
	add := func(fp, tpl string, at int64, n int) {
		for i := 0; i < n; i++ {
			s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "net", Severity: "ERROR", Template: tpl, Time: at + int64(i)*min1})
		}
	}
	add(root, "link <*>", t0, 3)
	add(member, "link <*>", t0+min1, 3)
	add(member, "link <*>", t0+300*min1, 30) // five hours later, the other value
	require.Equal(t, map[string]string{member: root}, s.Lineage())
	for k := 0; k < 4; k++ { // fill the root's shard with busier clusters, then one more
		add(inShard(s, fmt.Sprint("disk", k, "-"), 0), fmt.Sprint("disk ", k, " full"), t0+300*min1, 2)
	}
	require.True(t, held(s, root), "the family's root outlasts clusters of two records")
	require.Equal(t, int64(1), s.Stats().ClustersEvicted)
}

// An automatic merge (SetMerges, the exporter's similar.auto_merge) is
// one item too: its target is valued as the merged problem, with the
// lineage off as well, and not protected: once the merge ends, or its
// source is pinned (its own item), the quiet target is the first to go.
// The store's bound holds throughout (each run evicts one cluster).
func TestEvictionValuesAnAutoMergeAsOneItem(t *testing.T) {
	for _, c := range []struct {
		name    string
		lineage int
		merges  map[string]string
		protect bool
		kept    bool
	}{
		{"merged", 0, map[string]string{"unreach": "reach"}, false, true},
		{"merged, lineage off", -1, map[string]string{"unreach": "reach"}, false, true},
		{"no merge", -1, nil, false, false},
		{"source pinned", -1, map[string]string{"unreach": "reach"}, true, false},
		{"target gone", -1, map[string]string{"unreach": "gone"}, false, false},
	} {
		s := New(Config{Shards: 2, MaxClusters: 8, Lineage: c.lineage}) // 4 per shard
		target, source := inShard(s, "reach", 0), inShard(s, "unreach", 1)
		merges := map[string]string{}
		for src, tgt := range c.merges {
			merges[map[string]string{"unreach": source}[src]] = map[string]string{"reach": target, "gone": "gone"}[tgt]
		}
		add := func(fp, tpl string, at int64, n int) {
			for i := 0; i < n; i++ {
				s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "net", Severity: "ERROR", Template: tpl, Time: at + int64(i)*min1})
			}
		}
		add(target, "link to <*> reachable", t0, 3)             // two templates: no lineage between them
		add(source, "link to <*> unreachable", t0+300*min1, 30) // five hours later, the merged problem
		s.SetMerges(map[string]string{source: target})
		s.SetMerges(merges) // replaces
		if c.protect {
			s.Protect([]string{source})
		}
		require.Empty(t, s.Lineage(), c.name)
		for k := 0; k < 4; k++ { // fill the target's shard with busier clusters, then one more
			add(inShard(s, fmt.Sprint("disk", k, "-"), 0), fmt.Sprint("disk ", k, " full"), t0+300*min1, 2)
		}
		require.Equal(t, c.kept, held(s, target), c.name)
		require.Equal(t, int64(1), s.Stats().ClustersEvicted, c.name)
	}
	s := New(Config{Shards: 1, MaxClusters: 2})
	s.Add(&Event{Fingerprint: "a", Kind: KindLog, Service: "net", Severity: "ERROR", Template: "a <*>", Time: t0})
	s.Add(&Event{Fingerprint: "b", Kind: KindLog, Service: "net", Severity: "ERROR", Template: "b <*>", Time: t0 + 300*min1})
	s.Add(&Event{Fingerprint: "b", Kind: KindLog, Service: "net", Severity: "ERROR", Template: "b <*>", Time: t0 + 300*min1})
	s.SetMerges(map[string]string{"b": "a"})
	s.Lineage()
	s.SetMerges(nil) // the merge ended (the suggestion no longer holds)
	s.Lineage()
	s.Add(&Event{Fingerprint: "c", Kind: KindLog, Service: "net", Severity: "ERROR", Template: "c <*>", Time: t0 + 300*min1})
	require.False(t, held(s, "a"), "an ended merge values nothing")
}

// A flood of families (the same template under ever new ids, folded at
// every flush) keeps the store within max_clusters, and its clusters do
// not outlast a busier cluster of another problem: only a family's root
// is valued as its family (its records, as one id's would be), a member
// keeps its own value, so joining a family protects nothing.
func TestEvictionFloodOfFamiliesKeepsTheBound(t *testing.T) {
	s := New(Config{Shards: 1, MaxClusters: 20})
	for i := 0; i < 10; i++ {
		s.Add(&Event{Fingerprint: "real", Kind: KindLog, Service: "db", Severity: "ERROR", Template: "disk full", Time: t0 + int64(i)*min1})
	}
	for i := 0; i < 2000; i++ {
		for k := 0; k < 2; k++ {
			s.Add(&Event{Fingerprint: fmt.Sprint("spam-", i), Kind: KindLog, Service: "web", Severity: "ERROR", Template: "spam <*>", Time: t0 + 10*min1 + int64(i)})
		}
		if i%10 == 9 {
			require.NotEmpty(t, s.Lineage(), "the flood is one family")
		}
		require.LessOrEqual(t, s.Stats().Clusters, int64(20))
	}
	require.True(t, held(s, "real"), "ten records outweigh any flood member's two")
	require.Equal(t, int64(2001-20), s.Stats().ClustersEvicted)
}

// Families are found again from a snapshot (the trust and the creation
// order are persisted): a restored store values a family's root as its
// family before its first flush.
func TestEvictionFamilyAfterRestore(t *testing.T) {
	cfg := Config{Shards: 1, MaxClusters: 2}
	s := New(cfg)
	add := func(s *Store, fp string, at int64, n int) {
		for i := 0; i < n; i++ {
			s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "net", Severity: "ERROR", Template: "link <*>", Time: at + int64(i)*min1})
		}
	}
	add(s, "reach", t0, 3)
	add(s, "unreach", t0+min1, 3)
	snap, err := s.Snapshot()
	require.NoError(t, err)
	r := New(cfg)
	require.NoError(t, r.Restore(snap))
	add(r, "unreach", t0+300*min1, 20) // the family goes on under the other value
	r.Add(&Event{Fingerprint: "disk", Kind: KindLog, Service: "db", Severity: "ERROR", Template: "disk full", Time: t0 + 300*min1})
	require.True(t, held(r, "reach"), "the family's root keys its item")
	require.False(t, held(r, "unreach"))
}

// Eviction reads the families Lineage records while folds run and
// records keep coming (run with -race); the bound holds throughout.
func TestEvictionConcurrentWithLineage(t *testing.T) {
	s := New(Config{Shards: 4, MaxClusters: 64})
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3000; i++ {
				fp := fmt.Sprint("g", g, "-", i%40) // 80 ids over 64 clusters
				s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "svc", Template: fmt.Sprint("step ", i%40%7, " of <*>"), Time: t0 + int64(i)})
			}
		}()
	}
	for i := 0; i < 50; i++ {
		s.Lineage()
	}
	wg.Wait()
	require.LessOrEqual(t, s.Stats().Clusters, int64(64))
	require.Positive(t, s.Stats().ClustersEvicted)
	require.NotEmpty(t, s.Lineage(), "seven families")
}

// Two problems that were items of their own ("payment declined", "payment
// crashed") do not fold through a template a few forged words made the
// miner write, before or after a restart (what each was before the
// template is persisted with its trust); they fold once the template's
// other values carry as much traffic as the crash had before it.
func TestLineageEstablishedProblemsAfterRestore(t *testing.T) {
	const tpl = "payment <*> for order <*>"
	add := addPayments
	s := twoPaymentProblems()
	add(s, "forged", tpl, 1)
	add(s, "declined", tpl, 2)
	add(s, "crashed", tpl, 2)
	require.Equal(t, map[string]string{"forged": "declined"}, s.Lineage())
	r := restarted(t, s, Config{})
	require.Equal(t, map[string]string{"forged": "declined"}, r.Lineage(), "the same after a restore")
	add(r, "crashed", tpl, 30) // its own traffic since is no evidence
	require.NotContains(t, r.Lineage(), "crashed")
	add(r, "user-a", tpl, 20)
	require.NotContains(t, r.Lineage(), "crashed", "one other value is a pair")
	add(r, "user-b", tpl, 20)
	require.Equal(t, "declined", r.Lineage()["crashed"], "a slot of many values")
}

// The forged-word guard weighs a problem's records before the common
// template against the records its other values carried since, and
// records are what a sender has most of: two forged values sent in one
// burst, with as many records as the crash had over twenty minutes, would
// fold the crash into "declined" (2N+1 forged records for a problem of N).
// It also weighs the time each side spanned in minutes of the collector's
// wall clock (Store.Tick at each flush), which a burst cannot compress,
// nor flushes a second apart, nor the records' timestamps (the forged ones
// claim a minute each): the crash folds only once one other value has
// carried traffic in as many minutes as the crash had, before or after a
// restart.
func TestLineageForgedBurstOutweighsEstablishedProblem(t *testing.T) {
	const tpl = "payment <*> for order <*>"
	wall := t0 / min1 * min1 // the collector's clock, on a minute
	// add sends n records under each of fps, dated a minute apart from at,
	// with a flush every (0: none) before each
	add := func(s *Store, tpl string, n int, at, every int64, fps ...string) {
		for i := 0; i < n; i++ {
			if every > 0 {
				wall += every
				s.Tick(wall)
			}
			for _, fp := range fps {
				s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "payments", Severity: "ERROR", Template: tpl, Time: at + int64(i)*min1})
			}
		}
	}
	s := New(Config{})
	add(s, "payment declined for order <*>", 20, t0, min1, "declined")
	add(s, "payment crashed for order <*>", 20, t0, min1, "crashed")
	wall += min1
	s.Tick(wall)
	burst := t0 + 21*min1
	add(s, tpl, 20, burst, 1e9, "forged-a") // twenty flushes, one minute
	add(s, tpl, 20, burst, 0, "forged-b")
	add(s, tpl, 1, burst, 0, "forged-c")
	add(s, tpl, 2, burst+min1, min1, "declined", "crashed")
	require.NotContains(t, s.Lineage(), "crashed", "41 records in one minute are not twenty minutes of a crash")
	r := restarted(t, s, Config{})
	require.NotContains(t, r.Lineage(), "crashed", "the same after a restore")
	add(r, tpl, 18, burst+3*min1, min1, "forged-a") // 19 minutes: one short of the crash's 20 before the template
	require.NotContains(t, r.Lineage(), "crashed")
	add(r, tpl, 1, burst+21*min1, min1, "forged-a")
	require.Equal(t, "declined", r.Lineage()["crashed"], "one other value carried traffic in as many minutes as the crash had")
}

// A snapshot written before the forged-word guard (no lino, lins) keeps
// what it had trusted as trusted before any record (Since 0: folds made
// then stay), its first kept template as the origin, and the guard for
// every template trusted after the restore: the restored count is what
// the cluster was before it.
func TestLineageOlderSnapshotWithoutSince(t *testing.T) {
	const tpl = "payment <*> for order <*>"
	add := addPayments
	s := twoPaymentProblems()
	snap, err := s.snapshotValue()
	require.NoError(t, err)
	for i := range snap.Clusters {
		require.NotEmpty(t, snap.Clusters[i].Lineage)
		snap.Clusters[i].Origin, snap.Clusters[i].Since = 0, nil
	}
	var raw bytes.Buffer
	require.NoError(t, encodeSnapshot(&raw, &snap))
	require.NotContains(t, raw.String(), `"lins"`)
	r := New(Config{})
	require.NoError(t, r.restoreJSON(raw.Bytes()))
	add(r, "forged", tpl, 1)
	add(r, "declined", tpl, 2)
	add(r, "crashed", tpl, 2)
	require.Equal(t, map[string]string{"forged": "declined"}, r.Lineage(), "the crash's 20 records before the template still count")
}

// A snapshot written before the lineage counted minutes (no lint, linst)
// restores its clusters with no ticks: the guard weighs records as before
// that (a burst right after the restore folds, as it did then), and counts
// the minutes from the restore on.
func TestLineageOlderSnapshotWithoutTicks(t *testing.T) {
	const tpl = "payment <*> for order <*>"
	wall := t0 // the collector's clock
	tick := func(s *Store) {
		wall += min1
		s.Tick(wall)
	}
	s := twoTickedProblems(tick)
	snap, err := s.snapshotValue()
	require.NoError(t, err)
	for i := range snap.Clusters {
		require.Equal(t, int64(20), snap.Clusters[i].Ticks)
		snap.Clusters[i].Ticks, snap.Clusters[i].SinceTicks = 0, nil
	}
	var raw bytes.Buffer
	require.NoError(t, encodeSnapshot(&raw, &snap))
	require.NotContains(t, raw.String(), `"lint"`)
	burst := func(r *Store) {
		tick(r)
		for _, fp := range []string{"forged-a", "forged-b"} {
			addPayments(r, fp, tpl, 25) // 26 records besides the largest: more than the crash's 23
		}
		addPayments(r, "forged-c", tpl, 1)
		addPayments(r, "declined", tpl, 2)
		addPayments(r, "crashed", tpl, 2)
	}
	r := New(Config{})
	require.NoError(t, r.restoreJSON(raw.Bytes()))
	burst(r)
	require.Equal(t, "declined", r.Lineage()["crashed"], "the minutes before the restore are unknown: records alone, as before")
	r = New(Config{})
	require.NoError(t, r.restoreJSON(raw.Bytes()))
	for i := 0; i < 3; i++ { // three minutes of the crash after the restore
		tick(r)
		addPayments(r, "crashed", "payment crashed for order <*>", 1)
	}
	burst(r)
	require.NotContains(t, r.Lineage(), "crashed", "the crash's minutes since the restore count")
}

// addPayments adds n failing records of the payments service under fp,
// each carrying tpl, one minute apart from t0.
func addPayments(s *Store, fp, tpl string, n int) {
	for i := 0; i < n; i++ {
		s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "payments", Severity: "ERROR", Template: tpl, Time: t0 + int64(i)*min1})
	}
}

// twoPaymentProblems is a store holding two established problems of the
// payments service, 20 records each under its own template.
func twoPaymentProblems() *Store {
	s := New(Config{})
	addPayments(s, "declined", "payment declined for order <*>", 20)
	addPayments(s, "crashed", "payment crashed for order <*>", 20)
	return s
}

// The lineage's clock is the collector's minute at a flush (Store.Tick):
// flushes within one minute are one tick, a clock going back adds none,
// and a record's own timestamp moves nothing.
func TestLineageTickIsTheCollectorsMinute(t *testing.T) {
	s := New(Config{})
	ticks := func() int64 { return ticksOf(s, "fp") }
	add := func(at int64) {
		s.Add(&Event{Fingerprint: "fp", Kind: KindLog, Service: "svc", Severity: "ERROR", Template: "disk <*> full", Time: at})
	}
	wall := t0 / min1 * min1
	for i := int64(0); i < 6; i++ { // six flushes ten seconds apart, records dated an hour apart
		s.Tick(wall + i*10e9)
		add(t0 + i*60*min1)
	}
	require.Equal(t, int64(1), ticks(), "one minute")
	s.Tick(wall - min1) // the clock went back
	add(t0)
	require.Equal(t, int64(1), ticks())
	s.Tick(wall + min1)
	add(t0)
	require.Equal(t, int64(2), ticks())
}

// h67 finding: Store.Tick counts a minute only when it is later than the
// latest it saw, and that latest is never lowered, so one reading of a
// wrong clock far ahead (a VM resumed before NTP corrects it, a clock set
// to a later year for a moment) stops the lineage's clock until the real
// clock reaches that minute: no cluster counts a minute more, legit slot
// values never outlast a problem's minutes, for as long as the wrong
// clock was ahead (a restart, which forgets the latest minute, ends it).
func TestLineageTickAfterClockSteppedBack(t *testing.T) {
	s := New(Config{})
	ticks := func() int64 { return ticksOf(s, "fp") }
	add := func() {
		s.Add(&Event{Fingerprint: "fp", Kind: KindLog, Service: "svc", Severity: "ERROR", Template: "disk <*> full", Time: t0})
	}
	wall := t0 / min1 * min1
	s.Tick(wall)
	add()
	s.Tick(wall + 365*24*60*min1) // one flush read a clock a year ahead
	add()
	for i := int64(1); i <= 10; i++ { // then ten minutes of the right clock
		s.Tick(wall + i*min1)
		add()
	}
	require.GreaterOrEqual(t, ticks(), int64(10), "ten minutes with records after the clock came back")
}

// A snapshot written before minutes were counted has no minutes (linst,
// lint absent). A crash that already carried the common template when the
// collector was upgraded (the miner had generalized; the records guard
// kept it apart) must weigh the minutes it logs after the restore: its
// records before the template (lins) stand for its minutes before it, and
// its minutes since count from the restore on. Before (h67) all its later
// minutes were "since" the template, and after an hour of its own traffic
// a burst in one minute folded it.
func TestLineageOlderSnapshotCommonTemplateCountsMinutes(t *testing.T) {
	const tpl = "payment <*> for order <*>"
	wall := t0 / min1 * min1
	tick := func(s *Store) {
		wall += min1
		s.Tick(wall)
	}
	s := twoTickedProblems(tick)
	tick(s) // the miner generalized: both carry the common template
	addPayments(s, "declined", tpl, 2)
	addPayments(s, "crashed", tpl, 2)
	require.Empty(t, s.Lineage())
	snap, err := s.snapshotValue()
	require.NoError(t, err)
	var raw bytes.Buffer
	require.NoError(t, encodeSnapshot(&raw, &snap))
	snap.Tick, snap.TickMinute = 0, 0 // as an older version wrote it
	for i := range snap.Clusters {
		snap.Clusters[i].Ticks, snap.Clusters[i].SinceTicks, snap.Clusters[i].LastTick = 0, nil, 0
	}
	var old bytes.Buffer
	require.NoError(t, encodeSnapshot(&old, &snap))
	hourThenBurst := func(r *Store) map[string]string {
		for i := 0; i < 60; i++ { // an hour of both problems since the restore
			tick(r)
			addPayments(r, "declined", tpl, 1)
			addPayments(r, "crashed", tpl, 1)
		}
		tick(r)
		addPayments(r, "forged-a", tpl, 41) // one minute: besides the largest, more than the crash's 20 records before the template
		addPayments(r, "forged-b", tpl, 41)
		addPayments(r, "forged-c", tpl, 1)
		return r.Lineage()
	}
	r := New(Config{})
	require.NoError(t, r.restoreJSON(raw.Bytes()))
	require.NotContains(t, hourThenBurst(r), "crashed", "control: restored from this version's snapshot, the burst does not fold the crash")
	r = New(Config{})
	require.NoError(t, r.restoreJSON(old.Bytes()))
	got := hourThenBurst(r)
	require.NotContains(t, got, "crashed", "an hour of minutes since the restore, and a one-minute burst folds the crash: %v", got)
}

// The store's side of lineage's
// TestRootsForgedOlderHeadLendsTheProblemsTheirOwnMinutes: one record of
// a forged word sent before both problems existed makes its cluster the
// oldest; two more under the common template with the burst make it the
// template's head; the two problems, logging on under the common template
// as long as they had on their own, must not fold into it (h67: both
// items closed as duplicates of the forger's, which spent one minute).
func TestLineageForgedOldRecordHeadsTheTemplate(t *testing.T) {
	const tpl = "payment <*> for order <*>"
	run := func(oldRecord bool) map[string]string {
		wall := t0 / min1 * min1
		s := New(Config{})
		tick := func() {
			wall += min1
			s.Tick(wall)
		}
		tick()
		if oldRecord { // days before, for all it matters
			addPayments(s, "forged-old", "payment zzz for order <*>", 1)
		}
		for i := 0; i < 20; i++ {
			tick()
			addPayments(s, "declined", "payment declined for order <*>", 1)
			addPayments(s, "crashed", "payment crashed for order <*>", 1)
		}
		tick() // the burst: one minute
		addPayments(s, "forged-a", tpl, 21)
		addPayments(s, "forged-b", tpl, 21)
		addPayments(s, "forged-c", tpl, 1)
		if oldRecord {
			addPayments(s, "forged-old", tpl, 2)
		}
		for i := 0; i < 20; i++ { // the problems go on, under the common template
			tick()
			addPayments(s, "declined", tpl, 1)
			addPayments(s, "crashed", tpl, 1)
		}
		return s.Lineage()
	}
	require.NotContains(t, run(false), "crashed", "control: the burst alone folds neither")
	got := run(true)
	require.NotContains(t, got, "crashed", "%v", got)
	require.NotContains(t, got, "declined", "%v", got)
}

// h67 finding: the minute a cluster last counted and the store's latest
// minute were not persisted, and a store counts the records before its
// first Tick as a tick of their own: a collector restarted within one
// minute counted that minute up to three times for a cluster with records
// before the restart, before the restored store's first flush and after
// it (a collector restarted often counted more minutes than passed). Both
// are persisted now (the store's tick, each cluster's last): the restored
// store goes on in the minute it left. A snapshot without them (older)
// restores as before: the minute counts anew.
func TestLineageRestartWithinAMinuteCountsOneMinute(t *testing.T) {
	wall := t0 / min1 * min1
	add := func(s *Store) {
		s.Add(&Event{Fingerprint: "fp", Kind: KindLog, Service: "svc", Severity: "ERROR", Template: "disk <*> full", Time: t0})
	}
	s := New(Config{})
	s.Tick(wall)
	add(s)
	snap, err := s.snapshotValue()
	require.NoError(t, err)
	restart := func(snap snapshot) int64 {
		var raw bytes.Buffer
		require.NoError(t, encodeSnapshot(&raw, &snap))
		r := New(Config{})
		require.NoError(t, r.restoreJSON(raw.Bytes()))
		add(r)              // before the restored collector's first flush
		r.Tick(wall + 20e9) // its first flush, 20 s later: the same minute
		add(r)
		return ticksOf(r, "fp")
	}
	require.Equal(t, int64(1), restart(snap), "one minute")
	snap.Tick, snap.TickMinute = 0, 0 // as an older version wrote it
	snap.Clusters[0].LastTick = 0
	require.Equal(t, int64(3), restart(snap), "an older snapshot: the minute counts anew, before the first flush and at it (as before)")
}

// twoTickedProblems is a store where "declined" and "crashed" each logged
// a record a minute, under their own templates, for twenty minutes of the
// collector's clock (tick moves it).
func twoTickedProblems(tick func(*Store)) *Store {
	s := New(Config{})
	for i := 0; i < 20; i++ {
		tick(s)
		s.Add(&Event{Fingerprint: "declined", Kind: KindLog, Service: "payments", Severity: "ERROR", Template: "payment declined for order <*>", Time: t0 + int64(i)*min1})
		s.Add(&Event{Fingerprint: "crashed", Kind: KindLog, Service: "payments", Severity: "ERROR", Template: "payment crashed for order <*>", Time: t0 + int64(i)*min1})
	}
	return s
}

// ticksOf is the minutes cluster fp of s had records in.
func ticksOf(s *Store, fp string) int64 {
	sh := &s.shards[hashString(fp)%uint64(len(s.shards))]
	sh.mu.Lock()
	defer sh.mu.Unlock()
	return int64(sh.m[fp].lin.Ticks)
}

// A connector that logged once before the miner made its name a slot
// carries the early template for ever; the store passes each cluster's
// template text, so the lineage folds it into the family of the template
// that covers it (lineage.Covers). A restore keeps the fold (the snapshot
// keeps the text, lintx).
func TestLineageFoldsAnEarlyTemplateByCoverage(t *testing.T) {
	s := New(Config{})
	add := func(s *Store, fp, tpl string, n int) {
		for i := 0; i < n; i++ {
			s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "connect", Severity: "ERROR", Template: tpl, Time: t0 + int64(i)})
		}
	}
	add(s, "mqtt", "Connector mqtt started", 1)
	add(s, "kafka", "Connector <*> started", 3)
	add(s, "redis", "Connector <*> started", 3)
	require.Equal(t, map[string]string{"mqtt": "kafka", "redis": "kafka"}, s.Lineage())
	r := restarted(t, s, Config{})
	require.Equal(t, map[string]string{"mqtt": "kafka", "redis": "kafka"}, r.Lineage(), "the text kept by the snapshot")
	add(r, "kafka", "Connector <*> started", 1)
	add(r, "mqtt", "Connector mqtt started", 1)
	require.Equal(t, map[string]string{"mqtt": "kafka", "redis": "kafka"}, r.Lineage())
}

// h95 finding (MEDIUM, 85cf980; fixed: the snapshot keeps the text,
// lintx): a value that trusted its early template for a few minutes folds,
// as an established value, into the family whose template covers it
// (Trust.Text), but the text was not persisted: after a restart the fold
// was gone until both the value and a member trusting the
// covering template log again, so a quiet value's item, and its ticket
// (the tracker's unmerge reopens a duplicate whose problem is back under
// its own id), splits off at every restart and folds back later.
func TestLineageCoverageFoldSurvivesRestart(t *testing.T) {
	s := New(Config{})
	minute := int64(0)
	add := func(s *Store, fp, tpl string, n int) {
		for range n {
			minute++
			s.Tick(minute * TickMinute)
			s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "connect", Severity: "ERROR", Template: tpl, Time: t0 + minute})
		}
	}
	add(s, "mqtt", "Connector mqtt started", 3) // three minutes before the miner generalized
	for _, fp := range []string{"kafka", "redis", "amqp"} {
		add(s, fp, "Connector <*> started", 4)
	}
	before := s.Lineage()
	require.Equal(t, "mqtt", before["kafka"], "folded by coverage: %v", before)
	r := restarted(t, s, Config{})
	require.Equal(t, before, r.Lineage(), "the families a restart finds")
}

// h103 finding (MEDIUM; closed by h105): the lineage text a snapshot
// keeps (lintx) is redacted, and a text the redaction changed no longer
// hashes to the trusted template, so the restore drops it. The default
// redactor changed every template that holds a credential key's variable
// (password=<*> became password=[REDACTED]), and the fold by coverage of
// TestLineageCoverageFoldSurvivesRestart came back as another family
// after every restart (every member's target changed: tickets unmerged
// and merged again). The wildcard is no secret (the masker put it where
// the secret was), so the redactor leaves it (mask.ReplaceSecrets).
func TestLineageCoverageFoldSurvivesRestartWithRedaction(t *testing.T) {
	cfg := Config{Redact: redact.Default().String}
	s, before := coverageFold(t, cfg, "Connector mqtt started password=<*>", "Connector <*> started password=<*>")
	snap, err := s.Snapshot()
	require.NoError(t, err)
	r := New(cfg)
	require.NoError(t, r.Restore(snap))
	require.Equal(t, before, r.Lineage(), "the families a restart finds")
}

// A redact_patterns entry that matches a template's constant (an
// internal host or product name the miner kept) changes the lineage text,
// and the snapshot keeps it redacted, as it keeps every text: the stored
// state holds nothing the patterns match. Redacted, it is not the
// template (constants redacted alike are equal there: a fold by it could
// join problems the template keeps apart), so the restore drops it and
// the fold by coverage waits until the value and a member of its family
// log again (security.md, Grouping: the safe direction, and only for a
// template that keeps a constant a pattern matches).
func TestLineageCoverageFoldRedactPatternsSplitsUntilLogged(t *testing.T) {
	cfg := Config{Redact: func(s string) string { return strings.ReplaceAll(s, "acme-mqtt", "[REDACTED]") }}
	s, before := coverageFold(t, cfg, "Connector acme-mqtt started", "Connector <*> started")
	v, err := s.snapshotValue()
	require.NoError(t, err)
	for _, c := range v.Clusters {
		require.NotContains(t, c.LinText, "acme-mqtt", "the stored lineage text is redacted")
	}
	snap, err := s.Snapshot()
	require.NoError(t, err)
	r := New(cfg)
	require.NoError(t, r.Restore(snap))
	require.NotEqual(t, before, r.Lineage(), "documented: split after the restart")
	minute := int64(100)
	for _, e := range []struct{ fp, tpl string }{{"mqtt", "Connector acme-mqtt started"}, {"kafka", "Connector <*> started"}} {
		minute++
		r.Tick(minute * TickMinute)
		r.Add(&Event{Fingerprint: e.fp, Kind: KindLog, Service: "connect", Severity: "ERROR", Template: e.tpl, Time: t0 + minute})
	}
	require.Equal(t, before, r.Lineage(), "folded again once the value and a member logged")
}

// coverageFold builds TestLineageCoverageFoldSurvivesRestart's fold: mqtt
// trusted its early template for three minutes before the miner
// generalized, three others trust the common one since.
func coverageFold(t *testing.T, cfg Config, early, common string) (*Store, map[string]string) {
	s := New(cfg)
	minute := int64(0)
	add := func(fp, tpl string, n int) {
		for range n {
			minute++
			s.Tick(minute * TickMinute)
			s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "connect", Severity: "ERROR", Template: tpl, Time: t0 + minute})
		}
	}
	add("mqtt", early, 3)
	for _, fp := range []string{"kafka", "redis", "amqp"} {
		add(fp, common, 4)
	}
	before := s.Lineage()
	require.Equal(t, "mqtt", before["kafka"], "folded by coverage: %v", before)
	return s, before
}

// Processor replicas generalize at different times (h126): "kafka" is
// first seen after the store's clusters trusted "Connector <*> started",
// but its records came from a replica that still wrote its own word, for
// ten minutes, before they carried the common template. One miner would
// have written it so from the start: it folds as a young value, and the
// fold holds across a restart (linat). "amqp", seen before the template
// was trusted, stays an established value (the forged-word guard). The
// same when the template's first cluster is an established value: "mqtt"
// logged its own word, then the common template (linlt dates it).
func TestLineageValueFirstSeenAfterTheSlotFoldsAcrossRestart(t *testing.T) {
	for _, tc := range []struct {
		name  string
		young bool // a young value ("redis") trusted the template first
	}{{"young value first", true}, {"established value first", false}} {
		t.Run(tc.name, func(t *testing.T) {
			s := New(Config{})
			minute := int64(0)
			add := func(fp, tpl string, n int) {
				for range n {
					minute++
					s.Tick(minute * TickMinute)
					s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "connect", Severity: "ERROR", Template: tpl, Time: t0 + minute})
				}
			}
			add("mqtt", "Connector mqtt started", 10)
			add("amqp", "Connector amqp started", 10)
			if tc.young {
				add("redis", "Connector <*> started", 3)
			}
			add("mqtt", "Connector <*> started", 10)
			add("amqp", "Connector <*> started", 10)
			add("kafka", "Connector kafka started", 10)
			add("kafka", "Connector <*> started", 10)
			before := s.Lineage()
			require.Equal(t, "mqtt", before["kafka"], "first seen after the template was trusted: %v", before)
			require.NotContains(t, before, "amqp", "seen before: established, %v", before)
			r := restarted(t, s, Config{})
			require.Equal(t, before, r.Lineage(), "the families a restart finds")
		})
	}
}

// The dates of a cluster's trust are never earlier than the trust: an
// order past their bounds is unknown, never wrapped to an early one
// (which would date a template before the clusters created since).
func TestLineageTrustDatesUnknownPastTheirBounds(t *testing.T) {
	trusted := func(c *cluster, tpl string) {
		c.lin.Observe(tpl, lineage.DefaultNeed)
		require.True(t, c.lin.Observe(tpl, lineage.DefaultNeed))
	}
	c := &cluster{seq: 5}
	trusted(c, "user <*> logged in")
	c.trustedAt(1<<32 + 7)
	require.Zero(t, c.linLatest)
	require.Zero(t, c.originAt())
	c = &cluster{seq: 5}
	trusted(c, "user <*> logged in")
	c.trustedAt(7)
	require.EqualValues(t, 7, c.linLatest)
	require.EqualValues(t, 7, c.originAt())
	trusted(c, "user <*> logged out")
	c.trustedAt(9)
	require.EqualValues(t, 9, c.linLatest)
	require.EqualValues(t, 7, c.originAt(), "the first template's date stays")
	r := &cluster{seq: 5, lin: c.lin}
	r.restoreDates(c.originAt(), c.linLatest)
	require.EqualValues(t, 7, r.originAt())
	r = &cluster{seq: 5, lin: c.lin}
	r.restoreDates(3, -1) // before the cluster: not its trust
	require.Zero(t, r.originAt())
	require.Zero(t, r.linLatest)
}

// restarted is a store restored, with cfg, from s's snapshot: what a
// collector's restart finds.
func restarted(t *testing.T, s *Store, cfg Config) *Store {
	t.Helper()
	snap, err := s.Snapshot()
	require.NoError(t, err)
	r := New(cfg)
	require.NoError(t, r.Restore(snap))
	return r
}
