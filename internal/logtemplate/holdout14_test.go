package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Failure classes the fourteenth held-out set (testdata/logholdout14)
// showed (session 22, h125), each with examples of our own written from
// the convention, not copied from the set.

// Words that cross a slot are no rectangle of words: a deployment tool
// writes each resource's address first ("svc.web[1]:", "store_v2.assets:") and
// then its event ("Build complete", "Upload complete"). Every event comes
// with many addresses, so the addresses and the events cross, but only
// the addresses are values; the crossed-words rule took the corner whose
// address is a variable ("<*>[<*>]:", a slot already) for a word and
// made the events one template. Values filled in independently, words at
// both positions, still cross (TestProcess's e1000e lines).
func TestCrossedNeedsWordsAtBothPositions(t *testing.T) {
	m := newMiner(t, nil)
	m.Process("svc.web[1]: Build complete after 3s [ref=main]")
	build := m.Process(`app.pool.main["a1"]: Build complete after 4s [ref=main]`).Template
	assert.Equal(t, "<*>[<*>]: Build complete after <*> [ref=<*>]", build, "%v", m.Templates())
	m.Process("store_v2.assets: Upload complete after 5s [ref=tag-f811dae151dd74c2]")
	m.Process("store_v2.assets: Build complete after 6s [ref=main]")
	upload := m.Process("svc.web[2]: Upload complete after 7s [ref=tag-28b077be472be06f]").Template
	assert.NotEqual(t, build, upload, "%v", m.Templates())
	assert.Contains(t, upload, "Upload complete", "%v", m.Templates())
}
