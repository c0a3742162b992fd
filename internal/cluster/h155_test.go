package cluster

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// h155: a held head's mark (lineage.Member.HeldMark) keeps the heaviest
// its family had while it headed it, so evicting the heaviest member
// moves no head (TestLineageEvictedHeaviestMovesNoHead), while an older
// member that genuinely logs a third of the mark still takes it, and the
// mark survives a restart (linhm).

// evictedFamily builds TestLineageEvictedHeaviestMovesNoHead's family:
// "old" (11 minutes), the held head "head" (31) and "heavy" (150),
// evicted by a flood; add logs n minutes of fp's records.
func evictedFamily(t *testing.T) (s *Store, add func(s *Store, fp string, n int)) {
	const tpl = "payment <*> for order <*>"
	wall := t0 / min1 * min1
	s = New(Config{Shards: 1, MaxClusters: 8})
	at := t0
	add = func(s *Store, fp string, n int) {
		for range n {
			wall += min1
			s.Tick(wall)
			s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "payments", Severity: "ERROR", Template: tpl, Time: at})
		}
	}
	add(s, "old", 2)
	add(s, "head", 30)
	require.Equal(t, map[string]string{"old": "head"}, s.Lineage())
	add(s, "heavy", 150)
	add(s, "old", 8)
	require.Equal(t, map[string]string{"old": "head", "heavy": "head"}, s.Lineage())
	at = t0 + 1000*int64(time.Hour)
	add(s, "old", 1)
	add(s, "head", 1)
	s.Lineage()
	for i := range 8 {
		s.Add(&Event{Fingerprint: fmt.Sprint("flood", i), Kind: KindLog, Service: "other", Severity: "ERROR", Template: "x", Time: at})
	}
	require.False(t, held(s, "heavy"), "the stale heavy member is evicted")
	require.Equal(t, "head", s.Lineage()["old"], "held")
	return s, add
}

// The older member takes the held head's family once it logs a third of
// the evicted heaviest's minutes (50 of 150), not before (49), and not
// with a third of the members present alone (11 of 31 already).
func TestLineageEvictedHeaviestOlderTakesWithAThirdOfTheMark(t *testing.T) {
	s, add := evictedFamily(t)
	add(s, "old", 38) // 49 of 150
	require.Equal(t, map[string]string{"old": "head"}, s.Lineage())
	add(s, "old", 1) // 50 of 150
	require.Equal(t, map[string]string{"head": "old"}, s.Lineage(), "a third of the mark: the oldest heads")
}

// The mark is persisted with the head (linhm): a restart after the
// eviction moves no head either, and the takeover needs the same third.
func TestLineageHeadMarkSurvivesARestart(t *testing.T) {
	s, add := evictedFamily(t)
	r := restarted(t, s, Config{Shards: 1, MaxClusters: 8})
	require.Equal(t, map[string]string{"old": "head"}, r.Lineage(), "the mark restored")
	add(r, "old", 38)
	require.Equal(t, map[string]string{"old": "head"}, r.Lineage())
	add(r, "old", 1)
	require.Equal(t, map[string]string{"head": "old"}, r.Lineage())
}

// A held head below a sixth of its mark loses it as below a sixth of the
// heaviest present: the family chooses afresh among the members present
// (the mark never leaves a family without a head).
func TestLineageHeadBelowASixthOfItsMarkChoosesAfresh(t *testing.T) {
	s, add := evictedFamily(t)
	add(s, "young", 186) // joins by the template, heaviest now
	got := s.Lineage()
	require.Equal(t, "head", got["young"], "31 of 186: held: %v", got)
	add(s, "young", 1) // 31 of 187: below a sixth
	got = s.Lineage()
	require.Equal(t, "young", got["head"], "%v", got)
	require.Equal(t, "young", got["old"], "%v", got)
}

// A held head that slept in another family (Dormant) through a passing
// merge (TestLineageHeldHeadKeepsItsMarkThroughAPassingMerge) keeps its
// family when they part while it has a sixth of its mark, and yields to
// the heavier member as any held head below it: 22 of 132 held, 22 of
// 133 not.
func TestLineagePartedHeadYieldsBelowASixth(t *testing.T) {
	wall := t0 / min1 * min1
	refund := tickedAdder(&wall, "refund <*> queued by <*>")
	pay := tickedAdder(&wall, "payment <*> for order <*>")
	s := New(Config{})
	refund(s, "aone", 40)
	refund(s, "atwo", 2)
	pay(s, "bone", 22)
	pay(s, "btwo", 2)
	s.Lineage()
	pay(s, "btwo", 68)
	require.Equal(t, map[string]string{"atwo": "aone", "btwo": "bone"}, s.Lineage())
	pay(s, "bridge", 2)
	s.Lineage()
	refund(s, "bridge", 2)
	require.Equal(t, "aone", s.Lineage()["bone"], "joined")
	require.True(t, headMark(s, "bone"), "asleep in aone's family")
	for _, tpl := range []string{"x <*> one", "x <*> two", "x <*> three"} {
		tickedAdder(&wall, tpl)(s, "bridge", 2)
		s.Lineage()
	}
	require.Equal(t, "bone", s.Lineage()["btwo"], "parted: held")
	pay(s, "btwo", 62) // 22 of 132
	require.Equal(t, "bone", s.Lineage()["btwo"], "a sixth: held")
	pay(s, "btwo", 1) // 22 of 133
	got := s.Lineage()
	require.Equal(t, "btwo", got["bone"], "below a sixth: the heavier takes it: %v", got)
	require.False(t, headMark(s, "bone"))
}
