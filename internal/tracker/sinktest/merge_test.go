package sinktest_test

// Problem merges on every tracker that keeps issues: the absorbed issue
// is closed as a duplicate carrying the merged label, and after lost state
// a split back reopens it (found by its marker, recognised by the label)
// instead of reading the close as a person's, with every request
// conforming to the published API descriptions.

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
)

func problemItem(id string, rank int, fps ...string) backlog.Item {
	it := fake.Item(fps[0], rank, t0)
	it.Problem = backlog.ProblemRef{ID: id, Head: fps[0], IsHead: true}
	for _, fp := range fps {
		it.Members = append(it.Members, backlog.Member{Fingerprint: fp, Title: "member " + fp, Kind: "error", Count: 10})
	}
	return it
}

func TestMergedDuplicateRecoveredAfterLostState(t *testing.T) {
	const (
		p1, p2     = "p1111111111111111", "p2222222222222222"
		fa, fb, fc = "a1b2c3d4e5f60718", "0f1e2d3c4b5a6978", "77aa88bb99cc00dd"
		merged     = "backlog-merged-into-" + p1
	)
	for _, tr := range postTrackers() {
		t.Run(tr.name, func(t *testing.T) {
			e := tr.start(t)
			e.MustSync(problemItem(p1, 1, fa, fb), problemItem(p2, 2, fc))
			open := e.Only(p2).State
			e.Clock.Advance(time.Hour) // wall clock ahead of the items' last seen
			res := e.MustSync(problemItem(p1, 1, fa, fb, fc))
			require.Equal(t, 1, res.Merged)
			closed := e.Only(p2)
			assert.NotEqual(t, open, closed.State)
			assert.Contains(t, closed.Labels, merged)

			e.LoseState()
			res = e.MustSync(problemItem(p1, 1, fa, fb), problemItem(p2, 2, fc))
			assert.Zero(t, res.Created, "found by marker: no new issue")
			assert.Empty(t, res.Feedback, "the merge's close is neither a mute nor a resolve")
			back := e.Only(p2)
			assert.NotEqual(t, closed.State, back.State, "the split back reopens the recovered duplicate")
			assert.NotContains(t, back.Labels, merged)
			require.NotEmpty(t, back.Comments)
			assert.Contains(t, back.Comments[len(back.Comments)-1], "Split again")
			e.Only(p1)
		})
	}
}
