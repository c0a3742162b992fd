package lineage

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// h155: a held head's mark (Member.HeldMark) and a sleeping head
// (Member.Dormant).

func h155Family(a, b, c Member) []Member {
	tpl := trusted("payment <*> for order <*>")
	ms := []Member{a, b, c}
	for i := range ms {
		ms[i].Scope, ms[i].Templates, ms[i].Origin = "svc", tpl, tpl[0]
		ms[i].Records = 2 * ms[i].Ticks
	}
	return ms
}

// A sleeper counts only in a family none of whose members is held: "a"
// holds the head but has less than a sixth of "c"'s minutes, so the
// family chooses afresh ("c"), though sleeping "b" has a sixth; with no
// held member "b" keeps it.
func TestRootsDormantCountsOnlyWithoutAHeldHead(t *testing.T) {
	ms := h155Family(
		Member{Fingerprint: "a", Ticks: 10, First: 1, Held: true},
		Member{Fingerprint: "b", Ticks: 20, First: 2, Dormant: true},
		Member{Fingerprint: "c", Ticks: 100, First: 3},
	)
	require.Equal(t, map[string]string{"a": "c", "b": "c"}, Targets(ms))
	ms[0].Held = false
	require.Equal(t, map[string]string{"a": "b", "c": "b"}, Targets(ms))
}

// The mark raises both shares: "a" (older, 40 minutes) takes the held
// "b" (30) only with a third of b's mark 150, not of the heaviest
// present (40); and "b" loses it below a sixth of the mark (HeadMarks
// carries the larger while b keeps it).
func TestRootsHeldMarkRaisesBothShares(t *testing.T) {
	ms := h155Family(
		Member{Fingerprint: "a", Ticks: 40, First: 1},
		Member{Fingerprint: "b", Ticks: 30, First: 2, Held: true, HeldMark: 150},
		Member{Fingerprint: "c", Ticks: 5, First: 3},
	)
	root := Roots(ms)
	require.Equal(t, []int{1, 1, 1}, root, "40 of 150: b keeps")
	require.Equal(t, int64(150), HeadMarks(ms, root)[1])
	ms[0].Ticks = 50
	require.Equal(t, []int{0, 0, 0}, Roots(ms), "50 of 150: a takes")
	ms[0].Ticks, ms[1].Ticks = 40, 24
	root = Roots(ms)
	require.Equal(t, []int{0, 0, 0}, root, "24 of 150: below a sixth, a heads by the members present")
	require.Equal(t, int64(40), HeadMarks(ms, root)[0])
}
