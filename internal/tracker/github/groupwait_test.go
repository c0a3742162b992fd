package github

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker"
)

// group_wait: a problem opens its ticket only once it has been in the
// ranked items under the same key for the wait; a problem merged into
// another within the wait never opens one; leaving the document restarts
// the wait; a restart keeps it; a ticketed problem is updated at once.
func TestGroupWait(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.GroupWait = 30 * time.Second })
	const p1, p2 = "p1111111111111111", "p2222222222222222"

	res := e.MustSync(problem(p1, 1, fpA), problem(p2, 2, fpB))
	assert.Equal(t, 0, res.Created)
	assert.Equal(t, 2, res.Waiting)
	assert.Equal(t, int64(2), e.Sink.Stats().Waiting)
	assert.Equal(t, 0, e.Writes())
	assert.Empty(t, e.g.Issues())

	// 20 s later p2's symptom joined p1 (p2 left): p2 never opens a ticket.
	e.Clock.Advance(20 * time.Second)
	res = e.MustSync(problem(p1, 1, fpA, fpB))
	assert.Equal(t, 0, res.Created)
	assert.Equal(t, 1, res.Waiting)

	// A restart (same store) keeps p1's 20 s; the first sync after it
	// counts no time (the process cannot know how long it was down).
	e.Restart()
	res = e.MustSync(problem(p1, 1, fpA, fpB))
	assert.Equal(t, 0, res.Created)
	e.Clock.Advance(10 * time.Second)
	res = e.MustSync(problem(p1, 1, fpA, fpB))
	assert.Equal(t, 1, res.Created, "30 s in the ranked items: opened")
	assert.Equal(t, 0, res.Waiting)
	assert.Equal(t, int64(0), e.Sink.Stats().Waiting)
	e.OnePerCluster(p1)

	// p2 comes back: its wait starts again from zero.
	e.Clock.Advance(time.Second)
	res = e.MustSync(problem(p1, 1, fpA), problem(p2, 2, fpB))
	assert.Equal(t, 0, res.Created)
	assert.Equal(t, 1, res.Waiting)
	assert.Equal(t, 1, res.Updated, "p1's ticket follows its new membership without waiting")
	e.Clock.Advance(29 * time.Second)
	res = e.MustSync(problem(p1, 1, fpA), problem(p2, 2, fpB))
	assert.Equal(t, 0, res.Created, "29 s")
	e.Clock.Advance(time.Second)
	res = e.MustSync(problem(p1, 1, fpA), problem(p2, 2, fpB))
	assert.Equal(t, 1, res.Created, "30 s")
	e.OnePerCluster(p1, p2)
}

// A clock that goes back counts no time; a record's timestamp never
// enters the wait (only the syncs' wall clock does).
func TestGroupWaitClockBack(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.GroupWait = 30 * time.Second })
	const p1 = "p1111111111111111"
	e.MustSync(problem(p1, 1, fpA))
	e.Clock.Advance(-time.Hour)
	res := e.MustSync(problem(p1, 1, fpA))
	assert.Equal(t, 0, res.Created)
	it := problem(p1, 1, fpA)
	it.FirstSeen, it.LastSeen = it.FirstSeen.Add(-24*time.Hour), it.LastSeen.Add(time.Hour)
	e.Clock.Advance(29 * time.Second)
	res = e.MustSync(it)
	assert.Equal(t, 0, res.Created)
	e.Clock.Advance(time.Second)
	res = e.MustSync(it)
	assert.Equal(t, 1, res.Created)
}

func TestGroupWaitValidate(t *testing.T) {
	c := DefaultConfig()
	c.Owner, c.Repo, c.Token = "o", "r", "t"
	assert.Equal(t, 30*time.Second, c.GroupWait)
	c.GroupWait = -time.Second
	err := c.Validate()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "group_wait")
	assert.Equal(t, 30*time.Second, tracker.DefaultSettings().GroupWait)
}
