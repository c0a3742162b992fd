package lineage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// h146: a family's head is the member that held it (Member.Held) or, when
// none did, the oldest; another member takes it only with more than twice
// its weight (ticks; records for a caller without a clock) and at least
// MinHeadWeight.
func TestRootsHeldHeadTakenOnlyByTwiceItsWeight(t *testing.T) {
	tpl := trusted("payment <*> for order <*>")
	member := func(fp string, first, ticks int64, held bool) Member {
		return Member{Fingerprint: fp, Scope: "svc", Templates: tpl, Origin: tpl[0], Records: ticks, Ticks: ticks, First: first, Held: held}
	}
	ms := []Member{member("old", 1, 3, false), member("head", 2, 22, true), member("b", 3, 20, false)}
	require.Equal(t, map[string]string{"old": "head", "b": "head"}, Targets(ms), "the held head, not the oldest")
	ms[0].Ticks = 21
	require.Equal(t, map[string]string{"old": "head", "b": "head"}, Targets(ms), "an older member with less weight")
	ms[0].Ticks = 22
	require.Equal(t, map[string]string{"head": "old", "b": "old"}, Targets(ms), "an older member with as much weight takes it")
	ms[0].Ticks = 3
	ms[2].Ticks = 44
	require.Equal(t, map[string]string{"old": "head", "b": "head"}, Targets(ms), "a newer member with twice the weight does not")
	ms[2].Ticks = 45
	require.Equal(t, map[string]string{"old": "b", "head": "b"}, Targets(ms), "more than twice takes it")
	ms[0].Ticks = 45
	require.Equal(t, map[string]string{"b": "old", "head": "old"}, Targets(ms), "of two that take it, the heaviest, then the oldest")

	// none held: the oldest, unless outweighed
	ms = []Member{member("old", 1, 11, false), member("head", 2, 22, false), member("b", 3, 20, false)}
	require.Equal(t, map[string]string{"head": "old", "b": "old"}, Targets(ms))
	ms[0].Ticks = 10
	require.Equal(t, map[string]string{"old": "head", "b": "head"}, Targets(ms), "the heaviest takes it")

	// a light family: MinHeadWeight
	ms = []Member{member("old", 1, 1, false), member("b", 2, 7, false)}
	require.Equal(t, map[string]string{"b": "old"}, Targets(ms), "7 ticks take nothing")
	ms[1].Ticks = MinHeadWeight
	require.Equal(t, map[string]string{"old": "b"}, Targets(ms))

	// two held heads in one family (two families the miner joined): the
	// oldest of them, unless outweighed; a member that only joins never heads
	ms = []Member{member("x", 4, 20, false), member("h1", 2, 10, true), member("h2", 3, 12, true),
		{Fingerprint: "j", Scope: "svc", Joins: tpl[0], Records: 1, Ticks: 1000, First: 0}}
	require.Equal(t, map[string]string{"x": "h1", "h2": "h1", "j": "h1"}, Targets(ms))

	// without a clock: records
	ms = []Member{member("old", 1, 0, false), member("b", 2, 0, true)}
	ms[0].Records, ms[1].Records = 100, 40
	require.Equal(t, map[string]string{"b": "old"}, Targets(ms))
}
