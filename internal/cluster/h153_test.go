package cluster

import (
	"bytes"
	"fmt"
	"time"

	"testing"

	"github.com/stretchr/testify/require"
)

// h153: adversarial review of h146's head rule (lineage.HeadShare,
// HeldShare).

// Hostile: the minutes a cluster logged under one template count for
// every family a bridge later joins it to. A forger's cluster logs one
// record a minute under a template of its own choosing in the scope
// (service, kind, severity) long before the target family exists; once
// the family is established, a fresh cluster sends two records under the
// family's template and two under the forger's (four records): young in
// both groups, it joins them, and the forger's cluster, the oldest with
// minutes spent before the family began, heads the joined family (its
// item, and with a tracker the family's ticket closed as a duplicate).
//
// Open (LOW, h153; the same before h146, the oldest member headed then):
// the bridge's fingerprint carries two templates with different constant
// words, which the fingerprint processor does not write for one masked
// text (its templates of one fingerprint generalize the same tokens), so
// it takes a sender that writes fingerprint.id and log.record.template
// past the processor.
func TestLineageStandingForgerBridgedTakesNoEstablishedFamily(t *testing.T) {
	t.Skip("finding (h153, open, LOW): a young bridge of two templates joins an established family to an older cluster's, which heads it with minutes it spent before the family began (docs/security.md)")
	wall := t0 / min1 * min1
	add := tickedAdder(&wall, "payment <*> for order <*>")
	own := tickedAdder(&wall, "refund <*> queued by <*>")
	s := New(Config{})
	own(s, "standing", 2)
	own(s, "standing2", 2)
	for range 100 {
		own(s, "standing", 1)
	}
	s.Lineage()
	add(s, "head", 2)
	for range 20 {
		add(s, "head", 1)
		add(s, "b", 1)
		add(s, "c", 1)
		s.Lineage()
	}
	got := s.Lineage()
	require.Equal(t, "head", got["b"], "%v", got)
	require.Equal(t, "head", got["c"], "%v", got)
	add(s, "bridge", 2)
	s.Lineage()
	own(s, "bridge", 2)
	got = s.Lineage()
	require.NotContains(t, got, "head", "the family's item stays: %v", got)
	require.Equal(t, "head", got["b"], "%v", got)
}

// A restart keeps the held heads (linh), but the restore's own Lineage
// runs before the services of the system are known again (they are not
// persisted: ObserveService), so two families that one template over two
// named callees keeps apart are one family there: the other family's
// held head, folded into the older family's, loses its mark, and at the
// first flush that knows the services again its family chooses by the
// fresh rule: a head held within the band (a sixth to a third of the
// heaviest's minutes) moves, and with a tracker its ticket is closed as a
// duplicate, by a restart alone.
func TestLineageRestartBeforeServicesKeepsHeldHeads(t *testing.T) {
	const tpl = "no instances available for <*> in <*>"
	wall := t0 / min1 * min1
	s := New(Config{})
	observe := func(s *Store) {
		for _, svc := range []string{"cart", "billing"} {
			s.ObserveService(svc)
		}
	}
	for _, svc := range []string{"cart", "billing"} { // services of the system
		s.Add(&Event{Fingerprint: "ok-" + svc, Kind: KindLog, Service: svc, Severity: "INFO", Template: "started", Time: t0})
	}
	observe(s)
	add := func(s *Store, fp, callee string, n int) {
		for range n {
			wall += min1
			s.Tick(wall)
			s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "web", Severity: "ERROR",
				Template: tpl, Body: "no instances available for " + callee + " in " + fp, Time: t0})
		}
	}
	// billing's family first (the older), then cart's: its head "cartone"
	// holds it with 22 of "carttwo"'s 70 minutes (held within the band)
	add(s, "billone", "billing", 40)
	add(s, "billtwo", "billing", 40)
	add(s, "cartone", "cart", 22)
	add(s, "carttwo", "cart", 2)
	require.Equal(t, map[string]string{"billtwo": "billone", "carttwo": "cartone"}, s.Lineage())
	add(s, "carttwo", "cart", 68)
	want := map[string]string{"billtwo": "billone", "carttwo": "cartone"}
	require.Equal(t, want, s.Lineage(), "22 of 70: held")

	r := restarted(t, s, Config{})
	observe(r) // the first flush's records name the services again
	require.Equal(t, want, r.Lineage(), "a restart moves no held head")
}

// A snapshot written before h146 holds no heads (linh): the restore holds
// each family's founder, the member it folded into then, so an upgrade
// moves no item whose founder keeps a sixth of the heaviest's minutes
// (choosing afresh, every family whose founder has less than a third
// would move, its ticket closed as a duplicate); one below a sixth moves
// as a held head would.
func TestLineageSnapshotBeforeHeadsKeepsFounders(t *testing.T) {
	wall := t0 / min1 * min1
	pay := tickedAdder(&wall, "payment <*> for order <*>")
	ref := tickedAdder(&wall, "refund <*> for order <*>")
	s := New(Config{})
	pay(s, "pay", 12)
	pay(s, "payb", 12)
	ref(s, "ref", 10)
	ref(s, "refb", 12)
	pay(s, "payb", 48) // 12 of 60: a sixth
	ref(s, "refb", 58) // 10 of 70: less
	v, err := s.snapshotValue()
	require.NoError(t, err)
	for i := range v.Clusters {
		v.Clusters[i].Head = false // as written before h146
	}
	v.Heads = false
	var raw bytes.Buffer
	require.NoError(t, encodeSnapshot(&raw, &v))
	r := New(Config{})
	require.NoError(t, r.restoreJSON(raw.Bytes()))
	want := map[string]string{"payb": "pay", "ref": "refb"}
	require.Equal(t, want, r.Lineage(), "the founder held: kept with a sixth, lost below")
	pay(r, "payb", 12) // 12 of 72: a sixth
	require.Equal(t, want, r.Lineage(), "held after the restore too")
	pay(r, "payb", 1) // 12 of 73
	require.Equal(t, map[string]string{"pay": "payb", "ref": "refb"}, r.Lineage())
}

// A held head folded into another family loses its mark (recordHeads),
// so when the two part again its family chooses afresh: a head held
// within the band moves, its ticket closed as a duplicate. A young bridge
// of two templates (as in
// TestLineageStandingForgerBridgedTakesNoEstablishedFamily) joins the
// families for a while; trusting more templates (lineage.MaxTrusted)
// it forgets one and they part.
//
// Open (LOW, h153): it takes a bridge the fingerprint processor does not
// write, or a fold that comes and goes.
func TestLineageHeldHeadKeepsItsMarkThroughAPassingMerge(t *testing.T) {
	t.Skip("finding (h153, open, LOW): a held head folded into another family for a while loses its mark; its family chooses afresh when they part (docs/security.md)")
	wall := t0 / min1 * min1
	refund := tickedAdder(&wall, "refund <*> queued by <*>")
	pay := tickedAdder(&wall, "payment <*> for order <*>")
	s := New(Config{})
	refund(s, "aone", 40)
	refund(s, "atwo", 2)
	pay(s, "bone", 22)
	pay(s, "btwo", 2)
	s.Lineage()
	pay(s, "btwo", 68) // 22 of 70: held
	want := map[string]string{"atwo": "aone", "btwo": "bone"}
	require.Equal(t, want, s.Lineage())
	pay(s, "bridge", 2)
	s.Lineage()
	refund(s, "bridge", 2)
	got := s.Lineage()
	require.Equal(t, "aone", got["bone"], "joined: %v", got)
	for _, tpl := range []string{"x <*> one", "x <*> two", "x <*> three"} {
		tickedAdder(&wall, tpl)(s, "bridge", 2)
		s.Lineage()
	}
	got = s.Lineage()
	require.Equal(t, "bone", got["btwo"], "parted: the held head keeps its family: %v", got)
}

// Only a snapshot written before h146 holds its founders: one written
// after its store chose heads holds those alone, and a family that formed
// since its last Lineage (no item shown yet) chooses by the rule.
func TestLineageSnapshotAfterHeadsHoldsNoFounders(t *testing.T) {
	wall := t0 / min1 * min1
	pay := tickedAdder(&wall, "payment <*> for order <*>")
	ref := tickedAdder(&wall, "refund <*> for order <*>")
	s := New(Config{})
	pay(s, "pay", 12)
	require.Empty(t, s.Lineage(), "no family: no head")
	ref(s, "ref", 10)
	ref(s, "refb", 40) // 10 of 40: a sixth, not a third
	r := restarted(t, s, Config{})
	require.Equal(t, map[string]string{"ref": "refb"}, r.Lineage())
}

// Eviction of a family's heaviest member lowers the third an older
// member needs (lineage.HeadShare), and an older member takes a held
// head's family with a third: a stale member (its records long ago, so
// of little eviction value), evicted by a flood of new clusters or by
// ordinary pressure, moves the family's item to an older member that had
// less than a third of it, its ticket closed as a duplicate. Before h146
// a member's eviction never moved its family's head.
//
// Open (LOW, h153): it takes the heaviest member gone stale and an older
// member within the band of the rest; the held head keeps its share
// (the heaviest falls, its share grows).
func TestLineageEvictedHeaviestMovesNoHead(t *testing.T) {
	t.Skip("finding (h153, open, LOW): evicting a family's stale heaviest member lets an older member with a third of the rest take the held head's family (docs/security.md)")
	const tpl = "payment <*> for order <*>"
	wall := t0 / min1 * min1
	s := New(Config{Shards: 1, MaxClusters: 8})
	add := func(fp string, n int, at int64) {
		for range n {
			wall += min1
			s.Tick(wall)
			s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "payments", Severity: "ERROR", Template: tpl, Time: at})
		}
	}
	add("old", 2, t0)
	add("head", 30, t0)
	require.Equal(t, map[string]string{"old": "head"}, s.Lineage())
	add("heavy", 150, t0)
	add("old", 8, t0)
	want := map[string]string{"old": "head", "heavy": "head"}
	require.Equal(t, want, s.Lineage(), "old 10 of 150, head 30 of 150: held")
	later := t0 + 1000*int64(time.Hour)
	add("old", 1, later)
	add("head", 1, later)
	require.Equal(t, want, s.Lineage())
	for i := range 8 {
		s.Add(&Event{Fingerprint: fmt.Sprint("flood", i), Kind: KindLog, Service: "other", Severity: "ERROR", Template: "x", Time: later})
	}
	require.False(t, held(s, "heavy"), "the stale heavy member is evicted")
	got := s.Lineage()
	require.Equal(t, "head", got["old"], "the held head keeps its family: %v", got)
}
