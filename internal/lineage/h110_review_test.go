package lineage

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// h110 finding (MEDIUM: tickets churn, never a wrong fold): the flush
// budget's cursor (h108) searches each young member within a bounded
// number of flushes, but a member folded by coverage at one flush is not
// searched at the next while a flood of another service's young members
// spends the budget, so its fold comes and goes: its family splits, and
// the tracker sinks close its ticket as a duplicate at one sync and
// reopen it (unmerge) at the next, for as long as the flood stays young:
// 1,536 forged young members (three flushes' budget) make the fold of a
// legitimate member come at one flush in three. Before the cursor, such a
// flood lost the fold at every flush (stable).
// A fold found once should stand while the member and the covering
// template are unchanged.
func TestRootsCoverageFoldFlapsUnderFlood(t *testing.T) {
	t.Skip("h110 finding (MEDIUM): under a flood the cursor makes a fold by coverage come and go between flushes (ticket closed as a duplicate, reopened, again)")
	const tpl = "Connector <*> started"
	flood := forgedCoverage(3*maxCoverBudget/(maxCoverTries*maxCoverSteps), maxCoverTries)
	for i := range flood {
		flood[i].Scope = "forger"
	}
	legit := []Member{
		coveredMember("kafka", 1<<40, tickedRun{tpl, 3, 1, 1}),
		coveredMember("amqp", 1<<40+1, tickedRun{"Connector amqp started", 1, 1, 1}),
	}
	ms := append(slices.Clone(flood), legit...)
	var from Cursor
	var folds []bool
	for range 8 {
		rand.Shuffle(len(ms), func(a, b int) { ms[a], ms[b] = ms[b], ms[a] })
		root, next := RootsFrom(ms, from)
		from = next
		got := TargetsOf(ms, root)
		require.Contains(t, []string{"", "kafka"}, got["amqp"])
		folds = append(folds, got["amqp"] == "kafka")
	}
	first := slices.Index(folds, true)
	require.GreaterOrEqual(t, first, 0, "folded at some flush")
	for f := first + 1; f < len(folds); f++ {
		assert.True(t, folds[f], "flush %d: the fold found at flush %d is gone (%v)", f, first, folds)
	}
}
