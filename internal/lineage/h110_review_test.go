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

// A fold held from an earlier flush's whole search lapses when no member
// of the scope trusts the covering template any more: the budget cut
// before the member is reached, and its held cover names a template that
// is no key of this flush (a wrong fold, or a fold into another key, if
// it were taken).
func TestRootsHeldCoverLapsesWithItsTemplate(t *testing.T) {
	const tpl = "Connector <*> started"
	flood := forgedCoverage(3*maxCoverBudget/(maxCoverTries*maxCoverSteps), maxCoverTries)
	for i := range flood {
		flood[i].Scope = "forger"
	}
	amqp := coveredMember("amqp", 1<<40+1, tickedRun{"Connector amqp started", 1, 1, 1})
	ms := append(slices.Clone(flood), coveredMember("kafka", 1<<40, tickedRun{tpl, 3, 1, 1}), amqp)
	var from Cursor
	held := false
	for range 8 {
		root, next := RootsFrom(ms, from)
		from = next
		if TargetsOf(ms, root)["amqp"] == "kafka" {
			held = true
			break
		}
	}
	require.True(t, held, "folded at some flush")
	// kafka now trusts another template; the flood still spends the budget
	other := append(slices.Clone(flood), coveredMember("kafka", 1<<40, tickedRun{"Worker <*> stopped", 3, 1, 1}), amqp)
	for f := range 4 {
		root, next := RootsFrom(other, from)
		from = next
		assert.Empty(t, TargetsOf(other, root)["amqp"], "flush %d: amqp folded by a template nobody trusts", f)
	}
}
