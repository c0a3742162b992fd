package rank

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
	"github.com/otelcol-backlog/otelcol-backlog/internal/overrides"
)

// Log fingerprints the processor split over a word slot ("link Reachable",
// "link Unreachable": stateless ids) whose records came to carry one miner
// template are one item: the oldest, with the others merged into it. One
// record of an older cluster never folds it (a young cluster of at most
// two records joins the family its latest record names, never heads it),
// nor does a template shared across services.
func TestLineageFoldsOneFamily(t *testing.T) {
	add := func(s *cluster.Store, fp, svc, tpl string, at int64, n int) {
		for i := 0; i < n; i++ {
			s.Add(&cluster.Event{Fingerprint: fp, Kind: "log", Template: tpl, Service: svc, Severity: "ERROR", Time: at + int64(i)*minute})
		}
	}
	build := func(cfg cluster.Config) (backlog.Document, *cluster.Store) {
		s := cluster.New(cfg)
		add(s, "reach", "net", "link <*> Reachable", t0, 3)   // before the miner generalized
		add(s, "reach", "net", "link <*>", t0+10*minute, 5)   // after
		add(s, "unreach", "net", "link <*>", t0+20*minute, 4) // the same family, another id
		add(s, "other", "db", "link <*>", t0+21*minute, 4)    // another service
		add(s, "young", "net", "link <*>", t0-minute, 1)      // one record, the oldest: it joins, never heads
		add(s, "forged", "net", "link <*>", t0+22*minute, 1)  // one record
		add(s, "forged", "net", "disk <*> full", t0+23*minute, 3)
		return NewBuilder(s).Build(time.Unix(0, t0)), s
	}
	items := func(doc backlog.Document) map[string]backlog.Item {
		m := map[string]backlog.Item{}
		for _, it := range doc.Clusters {
			m[it.Fingerprint] = it
		}
		return m
	}

	doc, s := build(cluster.Config{})
	got := items(doc)
	require.Contains(t, got, "reach")
	assert.NotContains(t, got, "unreach", "folded into the oldest of its family")
	assert.Equal(t, []string{"unreach", "young"}, got["reach"].MergedFrom)
	assert.Equal(t, int64(13), got["reach"].Count)
	assert.Equal(t, "link <*> Reachable", got["reach"].Template, "the first record's template (the more specific): the miner's latest may be all variables")
	assert.Contains(t, got, "other", "another service is another family")
	assert.Contains(t, got, "forged", "a cluster of four records, one of them carrying the family's template, folds nothing")

	// The trust is persisted with the clusters: a restored store folds the
	// same without another record.
	snap, err := s.Snapshot()
	require.NoError(t, err)
	r := cluster.New(cluster.Config{})
	require.NoError(t, r.Restore(snap))
	again := items(NewBuilder(r).Build(time.Unix(0, t0)))
	assert.NotContains(t, again, "unreach")
	assert.Equal(t, []string{"unreach", "young"}, again["reach"].MergedFrom)

	off, _ := build(cluster.Config{Lineage: -1})
	assert.Contains(t, items(off), "unreach", "off: every fingerprint its own item")
}

// The target of a fold is the cluster this store created first (seq, as a
// problem's anchor), not the one whose records claim the oldest event time:
// a record's timestamp is the sender's (any time after 2000 passes the
// exporter's clock check), so a newcomer backdating two records must not
// become the family's item and turn the real cluster (and its ticket) into
// its duplicate.
func TestLineageTargetIgnoresBackdatedNewcomer(t *testing.T) {
	s := cluster.New(cluster.Config{})
	ev := func(fp string, at int64) *cluster.Event {
		return &cluster.Event{Fingerprint: fp, Kind: "log", Template: "charge failed for provider <*>", Service: "payments", Severity: "ERROR", Time: at}
	}
	for i := int64(0); i < 3; i++ {
		s.Add(ev("stripe", t0+i*minute))
	}
	yearAgo := t0 - 365*24*60*minute
	for i := int64(0); i < 2; i++ { // arrives later, dated a year earlier
		s.Add(ev("forged", yearAgo+i*minute))
	}
	doc := NewBuilder(s).Build(time.Unix(0, t0+10*minute))
	var fps []string
	for _, it := range doc.Clusters {
		fps = append(fps, it.Fingerprint)
		if it.Fingerprint == "stripe" {
			assert.Equal(t, []string{"forged"}, it.MergedFrom)
		}
	}
	assert.Equal(t, []string{"stripe"}, fps, "the cluster created first stays the item")
}

// A person's merge_into whose target the lineage folds further is a chain
// the overrides alone never make (overrides.WithMerges refuses them): the
// person's source must end in the family's item, its records counted once,
// whatever the fingerprints' order.
func TestLineageFoldsAPersonsMergeTarget(t *testing.T) {
	for _, names := range [][3]string{{"a-reach", "b-unreach", "x-person"}, {"x-reach", "b-unreach", "a-person"}} {
		reach, unreach, person := names[0], names[1], names[2]
		s := cluster.New(cluster.Config{})
		add := func(fp, tpl string, n int) {
			for i := 0; i < n; i++ {
				s.Add(&cluster.Event{Fingerprint: fp, Kind: "log", Template: tpl, Service: "net", Severity: "ERROR", Time: t0 + int64(i)*minute})
			}
		}
		add(reach, "link <*>", 3)
		add(unreach, "link <*>", 4)
		add(person, "peer gone", 5)
		set := overrides.Empty.WithMerges(map[string]string{person: unreach})
		b := NewBuilder(s)
		b.Overrides = func() *overrides.Set { return set }
		doc := b.Build(time.Unix(0, t0+10*minute))
		var fps []string
		var total int64
		for _, it := range doc.Clusters {
			fps = append(fps, it.Fingerprint)
			total += it.Count
		}
		assert.Equal(t, []string{reach}, fps, names)
		assert.Equal(t, int64(12), total, "%v: every record counted once", names)
	}
}

// A family keeps its item while its members are held: evicting the root
// (max_clusters; the root is often the quiet one, the word value no longer
// written) must not re-key the family's item to a folded member, whose
// ticket the tracker closed as a duplicate and then reopens (unmerge)
// beside the root's still-open ticket. Eviction values the root as its
// whole family (cluster.Store.Lineage records it at each build), so a
// member goes first.
func TestLineageRootEvictionKeepsTheItem(t *testing.T) {
	s := cluster.New(cluster.Config{Shards: 1, MaxClusters: 2})
	add := func(fp string, at int64, n int) {
		for i := 0; i < n; i++ {
			s.Add(&cluster.Event{Fingerprint: fp, Kind: "log", Template: "link <*>", Service: "net", Severity: "ERROR", Time: at + int64(i)*minute})
		}
	}
	add("reach", t0, 3)
	add("unreach", t0+minute, 3)
	key := func(now int64) []string {
		var fps []string
		for _, it := range NewBuilder(s).Build(time.Unix(0, now)).Clusters {
			if it.Fingerprint != "disk" {
				fps = append(fps, it.Fingerprint)
			}
		}
		return fps
	}
	require.Equal(t, []string{"reach"}, key(t0+10*minute))
	add("unreach", t0+5*60*minute, 20) // the family goes on under the other value
	add("disk", t0+5*60*minute, 1)     // any new cluster: the store is full
	assert.Equal(t, []string{"reach"}, key(t0+6*60*minute), "the family's item keeps its key")
}

// A fingerprint a person pinned or boosted keeps its own item: the lineage
// does not fold it (as merge suggestions never merge a fingerprint with a
// rule of its own, overrides.WithMerges), else the pin silently leaves the
// backlog with it. A family member without a rule still folds into its
// oldest.
func TestLineageKeepsAPersonsPinnedFingerprint(t *testing.T) {
	for _, action := range []string{"pin", "boost\n    factor: 2"} {
		s := cluster.New(cluster.Config{})
		add := func(fp string, at int64, n int) {
			for i := 0; i < n; i++ {
				s.Add(&cluster.Event{Fingerprint: fp, Kind: "log", Template: "link <*>", Service: "net", Severity: "ERROR", Time: at + int64(i)*minute})
			}
		}
		add("reach", t0, 3)
		add("unreach", t0+minute, 3)
		add("flap", t0+2*minute, 3)
		set, err := overrides.Parse([]byte("rules:\n  - fingerprint: unreach\n    action: " + action + "\n    reason: oncall-watch\n"))
		require.NoError(t, err)
		b := NewBuilder(s)
		b.Overrides = func() *overrides.Set { return set }
		got := map[string][]string{}
		for _, it := range b.Build(time.Unix(0, t0+10*minute)).Clusters {
			got[it.Fingerprint] = it.MergedFrom
		}
		assert.Equal(t, map[string][]string{"reach": {"flap"}, "unreach": nil}, got, action)
	}
}

// A family's root merged by a person into another fingerprint makes that
// one the family's item; eviction values the lineage root as the family
// and the target alone, so a quiet target evicted split the family into
// its members' own items (the target not held, Views keeps each source as
// is), reopening the tickets closed as duplicates (h60). A person's
// merge_into target is protected like a pin (Builder.Keep), as
// TestLineageRootEvictionKeepsTheItem guards the root.
func TestLineagePersonsMergeTargetEvictedSplitsTheFamily(t *testing.T) {
	s := cluster.New(cluster.Config{Shards: 1, MaxClusters: 3})
	add := func(fp, tpl string, at int64, n int) {
		for i := 0; i < n; i++ {
			s.Add(&cluster.Event{Fingerprint: fp, Kind: "log", Template: tpl, Service: "net", Severity: "ERROR", Time: at + int64(i)*minute})
		}
	}
	add("x", "peer gone", t0, 1)
	add("reach", "link <*>", t0, 3)
	add("unreach", "link <*>", t0+minute, 3)
	set, err := overrides.Parse([]byte("rules:\n  - fingerprint: reach\n    action: merge_into\n    into: x\n    reason: same-outage\n"))
	require.NoError(t, err)
	b := NewBuilder(s)
	b.Overrides = func() *overrides.Set { return set }
	s.Protect(b.Keep()) // as the exporter's flush does
	items := func(now int64) map[string][]string {
		got := map[string][]string{}
		for _, it := range b.Build(time.Unix(0, now)).Clusters {
			if it.Fingerprint != "disk" {
				got[it.Fingerprint] = it.MergedFrom
			}
		}
		return got
	}
	require.Equal(t, map[string][]string{"x": {"reach", "unreach"}}, items(t0+10*minute))
	add("unreach", "link <*>", t0+5*60*minute, 20) // the family goes on under the other value
	add("disk", "disk full", t0+5*60*minute, 1)    // any new cluster: the store is full
	got := items(t0 + 6*60*minute)
	assert.Len(t, got, 1, "the family stays one item: %v", got)
	assert.NotContains(t, got, "unreach", "the member whose ticket was closed as a duplicate")
}
