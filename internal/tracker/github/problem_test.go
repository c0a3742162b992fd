package github

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker"
)

// problem is a problem item: the head's item with the problem's id and
// members.
func problem(id string, rank int, fps ...string) backlog.Item {
	it := item(fps[0], rank)
	it.Problem = backlog.ProblemRef{ID: id, Head: fps[0], IsHead: true}
	for i, fp := range fps {
		role := "symptom"
		if i == 0 {
			role = "head"
		}
		it.Members = append(it.Members, backlog.Member{Fingerprint: fp, Title: "member " + fp, Kind: "error", Role: role,
			Reasons: []string{"trace"}, Count: 10, Frames: []string{"com.shop.Pay.charge(Pay.java:42)"}})
	}
	return it
}

// One ticket per problem, keyed by its id, its members listed with their
// fingerprints and frames; a merge closes the absorbed ticket as a
// duplicate linking the survivor; a split opens a ticket linking back;
// lost state or a restart creates no duplicate.
func TestProblemTickets(t *testing.T) {
	e := newEnv(t, nil)
	const p1, p2, p3 = "p1111111111111111", "p2222222222222222", "p3333333333333333"

	res := e.MustSync(problem(p1, 1, fpA, fpB), problem(p2, 2, fpC))
	assert.Equal(t, 2, res.Created)
	by := e.OnePerCluster(p1, p2)
	body := by[p1].Body
	assert.Contains(t, body, "## Members")
	assert.Contains(t, body, "`"+fpA+"`")
	assert.Contains(t, body, "`"+fpB+"`")
	assert.Contains(t, body, "`com.shop.Pay.charge(Pay.java:42)`", "top frames shown as code")
	assert.Contains(t, body, "backlog fingerprint: `"+p1+"`")

	// Merge: p1 absorbs p2 (p2 left the document).
	res = e.MustSync(problem(p1, 1, fpA, fpB, fpC))
	assert.Equal(t, 0, res.Created)
	assert.Equal(t, 1, res.Merged)
	by = e.OnePerCluster(p1, p2)
	assert.Equal(t, "open", by[p1].State)
	assert.Equal(t, "closed", by[p2].State)
	require.NotEmpty(t, by[p2].Comments)
	assert.Contains(t, by[p2].Comments[len(by[p2].Comments)-1], "Duplicate of [")
	assert.Contains(t, by[p2].Comments[len(by[p2].Comments)-1], "/issues/1)")
	// Synced again: nothing more happens.
	res = e.MustSync(problem(p1, 1, fpA, fpB, fpC))
	assert.Zero(t, res.Created+res.Merged+res.Closed)

	// Split: fpB leaves p1 for a new problem p3.
	res = e.MustSync(problem(p1, 1, fpA, fpC), problem(p3, 2, fpB))
	assert.Equal(t, 1, res.Created)
	by = e.OnePerCluster(p1, p2, p3)
	assert.Equal(t, "open", by[p1].State)
	assert.Contains(t, by[p3].Body, "## Origin")
	assert.Contains(t, by[p3].Body, "`"+fpB+"` was ticketed under problem `"+p1+"`")

	// Feedback applies to the problem's members.
	e.g.CloseIssue(by[p3].Number, "not_planned")
	res = e.MustSync(problem(p1, 1, fpA, fpC), problem(p3, 2, fpB))
	require.Len(t, res.Feedback, 1)
	assert.Equal(t, tracker.FeedbackMuted, res.Feedback[0].Kind)
	assert.Equal(t, p3, res.Feedback[0].Fingerprint)
	assert.Equal(t, []string{fpB}, res.Feedback[0].Members)

	// Lost state (kill -9 before the store was written, a wiped volume)
	// and a restart: found by the problem markers, no duplicate.
	e.LoseState()
	res = e.MustSync(problem(p1, 1, fpA, fpC), problem(p3, 2, fpB))
	assert.Zero(t, res.Created)
	e.Restart()
	e.MustSync(problem(p1, 1, fpA, fpC), problem(p3, 2, fpB))
	e.OnePerCluster(p1, p2, p3)
}

// A problem held on the watchlist this flush (below the gates) has not
// left the document: when one of its members moves to a ticketed problem,
// that is a split, and its ticket is not closed as a duplicate.
func TestWatchlistProblemIsNotAbsorbed(t *testing.T) {
	e := newEnv(t, nil)
	const p1, p2 = "p1111111111111111", "p2222222222222222"
	e.MustSync(problem(p1, 1, fpA), problem(p2, 2, fpB, fpC))
	e.OnePerCluster(p1, p2)

	// fpC moves to p1 while p2 (fpB) is held on the watchlist.
	now := e.Clock.Now()
	held := problem(p2, 0, fpB)
	res, err := e.Sink.Sync(context.Background(), backlog.Document{GeneratedAt: now,
		Items: []backlog.Item{problem(p1, 1, fpA, fpC)}, Watchlist: []backlog.Item{held},
		Problems: []backlog.Problem{{ID: p1, Head: fpA}, {ID: p2, Head: fpB}}}, now)
	require.NoError(t, err)
	assert.Zero(t, res.Merged)
	by := e.OnePerCluster(p1, p2)
	assert.Equal(t, "open", by[p2].State, "a watched problem's ticket is not closed as a duplicate")

	// Gone from every list: absorbed, closed as a duplicate.
	res = e.MustSync(problem(p1, 1, fpA, fpB, fpC))
	assert.Equal(t, 1, res.Merged)
	assert.Equal(t, "closed", e.OnePerCluster(p1, p2)[p2].State)
}

// unit: cluster keeps one ticket per cluster passing the gates.
func TestClusterTicketsOption(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.Unit = tracker.UnitCluster })
	a, b, c := item(fpA, 1), item(fpB, 2), item(fpC, 0) // c below the gates
	doc := backlog.Document{Items: []backlog.Item{problem("p1111111111111111", 1, fpA, fpB)}, Clusters: []backlog.Item{a, b, c}}
	_, err := e.Sink.Sync(t.Context(), doc, e.Clock.Now())
	require.NoError(t, err)
	e.OnePerCluster(fpA, fpB)
}

// Debt candidates open tickets only where configured.
func TestDebtTickets(t *testing.T) {
	debt := problem("p1111111111111111", 1, fpA)
	debt.Labels = []string{backlog.LabelDebt}
	e := newEnv(t, nil)
	assert.Zero(t, e.MustSync(debt).Created)
	e = newEnv(t, func(c *Config) { c.OpenDebt = true })
	assert.Equal(t, 1, e.MustSync(debt).Created)
	assert.Contains(t, e.Only("p1111111111111111").Labels, backlog.LabelDebt)
}

// A symptom shared by two problems (explained by both their causes,
// backlog.Member.Share) is each ticket's evidence but neither's member:
// its index entry never makes one problem's ticket the other's
// duplicate when one problem leaves the document, nor an "Origin" line.
func TestSharedSymptomIsNoTicketLineage(t *testing.T) {
	e := newEnv(t, nil)
	const p1, p2 = "p1111111111111111", "p2222222222222222"
	shared := func(it backlog.Item, share float64) backlog.Item {
		it.Members[len(it.Members)-1].Share = share
		return it
	}
	// p2 first, p1 last: the shared member's last owner is p1.
	res := e.MustSync(shared(problem(p2, 1, fpB, fpC), 0.6), shared(problem(p1, 2, fpA, fpC), 0.4))
	assert.Equal(t, 2, res.Created)
	by := e.OnePerCluster(p1, p2)
	assert.Contains(t, by[p1].Body, "`"+fpC+"`", "the shared symptom is shown")
	assert.NotContains(t, by[p1].Body, "## Origin")
	assert.NotContains(t, by[p2].Body, "## Origin")

	// p1's cause is gone from the document: p2 absorbed nothing.
	res = e.MustSync(shared(problem(p2, 1, fpB, fpC), 1-1e-9))
	assert.Zero(t, res.Merged+res.Closed)
	by = e.OnePerCluster(p1, p2)
	assert.Equal(t, "open", by[p1].State)
	assert.Equal(t, "open", by[p2].State)
}

// A problem absorbed by a merge and back in the document (the merge
// undone: its members split off again under its id) has its own ticket
// open again, whatever the items' event times say: its "Duplicate of"
// close was ours, the survivor no longer holds its members, and no other
// ticket carries its marker. (Replayed or late telemetry has event times
// before the close, so a "seen after close" rule alone never reopens.)
func TestSplitBackReopensAbsorbedTicket(t *testing.T) {
	e := newEnv(t, nil)
	const p1, p2 = "p1111111111111111", "p2222222222222222"
	e.MustSync(problem(p1, 1, fpA, fpB), problem(p2, 2, fpC))
	e.Clock.Advance(time.Hour) // wall clock ahead of the items' last seen
	res := e.MustSync(problem(p1, 1, fpA, fpB, fpC))
	require.Equal(t, 1, res.Merged)
	by := e.OnePerCluster(p1, p2)
	require.Equal(t, "closed", by[p2].State)

	// Split back: fpC leaves p1 and is its own problem p2 again.
	res = e.MustSync(problem(p1, 1, fpA, fpB), problem(p2, 2, fpC))
	assert.Zero(t, res.Created, "the absorbed ticket is the problem's ticket: no new one")
	by = e.OnePerCluster(p1, p2)
	assert.Equal(t, "open", by[p2].State, "a problem back in the document has its ticket open")
	assert.Equal(t, "open", by[p1].State)
	// Stable: another sync writes nothing more.
	before := e.Writes()
	e.MustSync(problem(p1, 1, fpA, fpB), problem(p2, 2, fpC))
	assert.Equal(t, before, e.Writes())
}

// A merge closes the absorbed issue with GitHub's "duplicate" reason and
// the merged label naming the survivor; the duplicate close is ours, so it
// mutes nothing. With the state lost after the merge (kill -9 before it
// was saved, a wiped volume), the issue found again by its marker still
// says it was closed by the merge: a split back reopens it (label
// removed, "Split again"), no new issue, no mute, no "resolved".
func TestDuplicateCloseRecoveredByLabel(t *testing.T) {
	e := newEnv(t, nil)
	const p1, p2 = "p1111111111111111", "p2222222222222222"
	e.MustSync(problem(p1, 1, fpA, fpB), problem(p2, 2, fpC))
	e.Clock.Advance(time.Hour) // wall clock ahead of the items' last seen
	res := e.MustSync(problem(p1, 1, fpA, fpB, fpC))
	require.Equal(t, 1, res.Merged)
	by := e.OnePerCluster(p1, p2)
	assert.Equal(t, "closed", by[p2].State)
	assert.Equal(t, "duplicate", by[p2].StateReason)
	assert.Contains(t, by[p2].Labels, "backlog-merged-into-"+p1)
	res = e.MustSync(problem(p1, 1, fpA, fpB, fpC))
	assert.Empty(t, res.Feedback, "our duplicate close is no person's won't do")

	e.LoseState()
	res = e.MustSync(problem(p1, 1, fpA, fpB), problem(p2, 2, fpC))
	assert.Zero(t, res.Created, "found by marker: no new issue")
	for _, f := range res.Feedback {
		assert.NotEqual(t, p2, f.Fingerprint, "no mute nor resolve from the merge's close: %+v", f)
	}
	by = e.OnePerCluster(p1, p2)
	assert.Equal(t, "open", by[p2].State, "the split back reopens the recovered duplicate")
	assert.NotContains(t, by[p2].Labels, "backlog-merged-into-"+p1)
	assert.Contains(t, by[p2].Labels, "fp:"+p2, "the marker label stays")
	assert.Contains(t, by[p2].Comments[len(by[p2].Comments)-1], "Split again")

	// A person closing it as a duplicate now mutes it, as before.
	e.g.CloseIssue(by[p2].Number, "duplicate")
	res = e.MustSync(problem(p1, 1, fpA, fpB), problem(p2, 2, fpC))
	require.Len(t, res.Feedback, 1)
	assert.Equal(t, tracker.FeedbackMuted, res.Feedback[0].Kind)
}

// A person reopens the issue the merge closed as a duplicate; the problem
// splits back (its issue is open: nothing to reopen) and is later merged
// again: its issue is closed as a duplicate again, not left open beside
// the survivor's (the first merge's record must not read as "already
// closed by a merge").
func TestRemergeAfterPersonReopenedDuplicate(t *testing.T) {
	e := newEnv(t, nil)
	const p1, p2 = "p1111111111111111", "p2222222222222222"
	e.MustSync(problem(p1, 1, fpA, fpB), problem(p2, 2, fpC))
	e.Clock.Advance(time.Hour)
	res := e.MustSync(problem(p1, 1, fpA, fpB, fpC))
	require.Equal(t, 1, res.Merged)
	by := e.OnePerCluster(p1, p2)
	require.Equal(t, "closed", by[p2].State)

	e.g.ReopenIssue(by[p2].Number)
	e.MustSync(problem(p1, 1, fpA, fpB), problem(p2, 2, fpC))
	by = e.OnePerCluster(p1, p2)
	require.Equal(t, "open", by[p2].State)

	e.Clock.Advance(time.Hour)
	res = e.MustSync(problem(p1, 1, fpA, fpB, fpC))
	assert.Equal(t, 1, res.Merged, "merged again")
	by = e.OnePerCluster(p1, p2)
	assert.Equal(t, "closed", by[p2].State, "the absorbed issue is closed as a duplicate again")
	assert.Equal(t, "duplicate", by[p2].StateReason)
}
