package cluster

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

// h146: a family's head is the oldest member with a third of its
// heaviest member's minutes (lineage.HeadShare), and the head held at the
// previous Lineage keeps it down to a sixth (lineage.HeldShare; the store
// keeps the heads, the snapshot as linh): age alone takes no family.

// tickedAdder adds n records of fp under tpl to s, one a minute from
// *wall on (Store.Tick first), as the collector's flushes would.
func tickedAdder(wall *int64, tpl string) func(s *Store, fp string, n int) {
	return func(s *Store, fp string, n int) {
		for range n {
			*wall += min1
			s.Tick(*wall)
			s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "payments", Severity: "ERROR", Template: tpl, Time: t0})
		}
	}
}

// Hostile: a forger's five records under the guessable template, one
// before the family began and four spread over its life, one flush apart
// each (Lineage between: the exporter's flushes), never take an
// established family of sixty records; on main the forger's cluster, the
// oldest, headed it from its third record.
func TestLineageForgerSpreadOverTimeTakesNoEstablishedFamily(t *testing.T) {
	wall := t0 / min1 * min1
	add := tickedAdder(&wall, "payment <*> for order <*>")
	s := New(Config{})
	add(s, "forged", 1)
	add(s, "head", 2)
	s.Lineage()
	for range 20 {
		add(s, "head", 1)
		add(s, "b", 1)
		add(s, "c", 1)
		s.Lineage()
	}
	got := s.Lineage()
	require.Equal(t, map[string]string{"forged": "head", "b": "head", "c": "head"}, got)
	for range 4 {
		add(s, "forged", 1)
		for range 3 {
			add(s, "b", 1)
			s.Lineage()
		}
		got = s.Lineage()
		require.Equal(t, "head", got["forged"], "%v", got)
		require.Equal(t, "head", got["b"], "%v", got)
		require.NotContains(t, got, "head", "%v", got)
	}
	// in a burst too: records in one minute are one tick
	for range 40 {
		s.Add(&Event{Fingerprint: "forged", Kind: KindLog, Service: "payments", Severity: "ERROR", Template: "payment <*> for order <*>", Time: t0})
	}
	got = s.Lineage()
	require.Equal(t, "head", got["forged"], "%v", got)
}

// The held head survives a restart (linh). "b", newer than the head,
// logs in 70 minutes against the head's 22: under a third, the head would
// no longer head a new family, but it holds this one while it keeps a
// sixth, and a restored store must know it held it. A snapshot written
// before h146 (no linh) restores with each family's founder held (h153).
func TestLineageHeldHeadSurvivesRestart(t *testing.T) {
	const tpl = "payment <*> for order <*>"
	s, _ := paymentFamily(t, "early")
	wall := (t0/min1*min1 + 200*min1)
	add := tickedAdder(&wall, tpl)
	add(s, "b", 50)
	want := map[string]string{"early": "head", "b": "head", "c": "head"}
	require.Equal(t, want, s.Lineage(), "22 of 70: held")

	r := restarted(t, s, Config{})
	require.Equal(t, want, r.Lineage(), "restored: the head the store held")
	add(r, "b", 10) // 22 of 80
	require.Equal(t, want, r.Lineage(), "held across the restart")

	// the same snapshot as a store before h146 wrote it (no linh)
	v, err := s.snapshotValue()
	require.NoError(t, err)
	heads := 0
	for i := range v.Clusters {
		if v.Clusters[i].Head {
			heads++
			require.Equal(t, "head", v.Clusters[i].FP)
		}
		v.Clusters[i].Head = false
	}
	require.Equal(t, 1, heads, "the snapshot marks the head")
	require.True(t, v.Heads)
	v.Heads = false
	var raw bytes.Buffer
	require.NoError(t, encodeSnapshot(&raw, &v))
	require.NotContains(t, raw.String(), `"linh"`)
	old := New(Config{})
	require.NoError(t, old.restoreJSON(raw.Bytes()))
	require.Equal(t, want, old.Lineage(),
		"an older snapshot: its founder held (h153: holdFounders), 22 of 70")
}

// A head alone keeps its mark (a family the miner or a restart split for
// a while), so that when the family folds again the heads it held
// compete (lineage: the heavier heads), not only the oldest member; a
// member folded under another loses it.
func TestLineageHeadAloneKeepsItsMark(t *testing.T) {
	wall := t0 / min1 * min1
	add := tickedAdder(&wall, "payment <*> for order <*>")
	other := tickedAdder(&wall, "payment <*> for order <*> in <*>")
	s := New(Config{})
	add(s, "head", 3)
	add(s, "b", 3)
	require.Equal(t, map[string]string{"b": "head"}, s.Lineage())
	other(s, "c", 3)
	other(s, "d", 3)
	require.Equal(t, map[string]string{"b": "head", "d": "c"}, s.Lineage(), "two families, two held heads")
	require.True(t, headMark(s, "head"))
	require.True(t, headMark(s, "c"))
	require.False(t, headMark(s, "b"))
}

func headMark(s *Store, fp string) bool {
	h := s.heads.Load()
	return h != nil && (*h)[fp]
}
