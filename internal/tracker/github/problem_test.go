package github

import (
	"testing"

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
