package cluster

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

// h130's review of h126's trust dates (linat, linlt).

// twoEstablishedPaymentProblems: "declined" and "crashed" each log their
// own word for twenty minutes, then both carry the common template, which
// no value first seen after carried: neither is young, so neither folds.
func twoEstablishedPaymentProblems(t *testing.T) (*Store, func(s *Store, fp, tpl string, n int)) {
	wall := t0 / min1 * min1
	add := func(s *Store, fp, tpl string, n int) {
		for range n {
			wall += min1
			s.Tick(wall)
			s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "payments", Severity: "ERROR", Template: tpl, Time: t0})
		}
	}
	s := New(Config{})
	add(s, "declined", "payment declined for order <*>", 20)
	add(s, "crashed", "payment crashed for order <*>", 20)
	add(s, "declined", "payment <*> for order <*>", 2)
	add(s, "crashed", "payment <*> for order <*>", 2)
	require.Empty(t, s.Lineage(), "two established problems")
	return s, add
}

// A snapshot's trust dates are the store's creation order: a date after
// the newest cluster the snapshot holds (linat in the future of the
// store's order) dated the crash's first trust after the common template
// was trusted, so after the restore the crash was a young value of it and
// folded into the decline at once: a snapshot steered a fold (h130,
// LOW: the snapshot is the collector's own file, but every other of its
// values is checked where it would steer). Dates past the newest restored
// cluster, and a latest trust before the cluster's own creation, are now
// unknown (never young on their account).
func TestLineageSnapshotDateAfterTheNewestClusterMakesNoProblemYoung(t *testing.T) {
	s, _ := twoEstablishedPaymentProblems(t)
	snap, err := s.snapshotValue()
	require.NoError(t, err)
	var newest uint64
	for i := range snap.Clusters {
		newest = max(newest, snap.Clusters[i].Seq)
	}
	for i := range snap.Clusters {
		if c := &snap.Clusters[i]; c.FP == "crashed" {
			require.NotZero(t, c.OriginAt)
			c.OriginAt = int64(newest) + 1 // trusted its first template after every cluster: impossible
		}
	}
	var raw bytes.Buffer
	require.NoError(t, encodeSnapshot(&raw, &snap))
	r := New(Config{})
	require.NoError(t, r.restoreJSON(raw.Bytes()))
	require.Empty(t, r.Lineage(), "a date no store wrote makes no established problem young")
}

// The same with the latest trust dated before the cluster that trusted
// it was created (linlt 1 on the second cluster): that dated the common
// template before the crash was first seen.
func TestLineageSnapshotLatestDateBeforeItsClusterMakesNoProblemYoung(t *testing.T) {
	s, _ := twoEstablishedPaymentProblems(t)
	snap, err := s.snapshotValue()
	require.NoError(t, err)
	for i := range snap.Clusters {
		if c := &snap.Clusters[i]; c.FP == "crashed" {
			require.EqualValues(t, 2, c.Seq)
			c.LatestAt = 1 // trusted before it was created: impossible
		}
	}
	var raw bytes.Buffer
	require.NoError(t, encodeSnapshot(&raw, &snap))
	r := New(Config{})
	require.NoError(t, r.restoreJSON(raw.Bytes()))
	require.Empty(t, r.Lineage(), "a date before its cluster makes no established problem young")
}

// Two forged records under the common template, sent before both problems
// existed (the miner wrote the slot from three forged words then, and has
// since forgotten it: a processor restarted without storage, a group's
// turnover, another replica), date the template's trust before both. Each
// problem then logs its own word for twenty minutes, an item and a ticket
// of its own, until a burst in one minute makes the miner write the slot
// again and their records carry it. Since h126 both are "first seen after
// the slot was trusted", young values, and fold at once into the forged
// cluster (the oldest, which heads the template): both tickets closed as
// duplicates of the forger's item, with neither the records nor the
// minutes the forged-word guard asks of an established problem (h130,
// MEDIUM, open: h126's first-seen-after rule trusts the store's memory of
// a trust where one miner's is meant; TestLineageForgedOldRecordHeadsTheTemplate
// is this case with the forged word the forger's own, which stays apart).
func TestLineageForgedEarlyTrustMakesEstablishedProblemsYoung(t *testing.T) {
	const tpl = "payment <*> for order <*>"
	wall := t0 / min1 * min1
	s := New(Config{})
	tick := func() {
		wall += min1
		s.Tick(wall)
	}
	tick()
	addPayments(s, "forged-old", tpl, 2) // days before, for all it matters
	for range 20 {
		tick()
		addPayments(s, "declined", "payment declined for order <*>", 1)
		addPayments(s, "crashed", "payment crashed for order <*>", 1)
	}
	require.Empty(t, s.Lineage(), "two problems of their own")
	tick() // the burst: one minute, the miner writes the slot again
	addPayments(s, "forged-a", tpl, 21)
	for range 2 { // the problems go on, under the common template
		tick()
		addPayments(s, "declined", tpl, 1)
		addPayments(s, "crashed", tpl, 1)
	}
	got := s.Lineage()
	require.NotContains(t, got, "crashed", "%v", got)
	require.NotContains(t, got, "declined", "%v", got)
}
