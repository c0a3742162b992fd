package lineage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// h146: a family's head is the oldest member that trusts a template and
// has at least 1/HeadShare (a third) of the weight (ticks; records for a
// caller without a clock) of its heaviest such member; the member that
// held the head (Member.Held) keeps it while it has 1/HeldShare (a sixth)
// and no older member has a third.
func TestRootsHeadByWeightHeldWithinTheBand(t *testing.T) {
	tpl := trusted("payment <*> for order <*>")
	member := func(fp string, first, ticks int64, held bool) Member {
		return Member{Fingerprint: fp, Scope: "svc", Templates: tpl, Origin: tpl[0], Records: ticks, Ticks: ticks, First: first, Held: held}
	}
	// an old member with a few ticks heads nothing, held or not
	ms := []Member{member("old", 1, 3, false), member("head", 2, 22, true), member("b", 3, 20, false)}
	require.Equal(t, map[string]string{"old": "head", "b": "head"}, Targets(ms), "3 of 22")
	ms[1].Held = false
	require.Equal(t, map[string]string{"old": "head", "b": "head"}, Targets(ms), "the oldest with a third of the heaviest's ticks")
	ms[0].Ticks = 7
	require.Equal(t, map[string]string{"old": "head", "b": "head"}, Targets(ms), "7 of 22")
	ms[0].Ticks = 8
	require.Equal(t, map[string]string{"head": "old", "b": "old"}, Targets(ms), "a third: the oldest heads")

	// the held head keeps the family while it has a sixth, unless an
	// older member has a third
	ms = []Member{member("old", 1, 3, false), member("head", 2, 22, true), member("big", 3, 132, false)}
	require.Equal(t, map[string]string{"old": "head", "big": "head"}, Targets(ms), "22 of 132: held")
	ms[2].Ticks = 133
	require.Equal(t, map[string]string{"old": "big", "head": "big"}, Targets(ms), "below a sixth")
	ms[1].Held, ms[2].Ticks = false, 132
	require.Equal(t, map[string]string{"old": "big", "head": "big"}, Targets(ms), "not held: the oldest with a third")
	ms[1].Held, ms[0].Ticks = true, 44
	require.Equal(t, map[string]string{"head": "old", "big": "old"}, Targets(ms), "an older member with a third takes it")

	// two held heads in one family (two families the miner joined): the
	// oldest that keeps a sixth; a member that only joins never heads
	ms = []Member{member("x", 4, 55, false), member("h1", 2, 9, true), member("h2", 3, 12, true),
		{Fingerprint: "j", Scope: "svc", Joins: tpl[0], Records: 1, Ticks: 1000, First: 0}}
	require.Equal(t, map[string]string{"x": "h2", "h1": "h2", "j": "h2"}, Targets(ms), "h1: 9 of 55")
	ms[1].Ticks = 10 // 60 of 55
	require.Equal(t, map[string]string{"x": "h1", "h2": "h1", "j": "h1"}, Targets(ms))

	// without a clock: records
	ms = []Member{member("old", 1, 0, false), member("b", 2, 0, true)}
	ms[0].Records, ms[1].Records = 100, 40
	require.Equal(t, map[string]string{"b": "old"}, Targets(ms))
	ms[0].Records = 9
	require.Equal(t, map[string]string{"old": "b"}, Targets(ms), "9 of 40, held")
}
