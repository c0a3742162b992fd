package logtemplate

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Security LOW (docs/security.md, Grouping that records can move; h107
// left it open): the known first values kept a word taken again over one
// taken once, so 1,024 forged words each taken twice (two records each,
// 2,736 records in all) forgot a program's worker name whose template
// carried five records, and its short messages stayed apart again. A
// word now weighs the records of the templates it was taken from, and
// the lightest goes first (the latest admitted of them): the forger
// needs more records per word than the program's word carried.
func TestKnownFirstValuesForgedWordsTakenTwiceLeaveHeavierWord(t *testing.T) {
	const rest = " Uploading artifacts for step 12 of the pipeline"
	m := newMiner(t, nil)
	for range 5 {
		m.Process("builder" + rest)
	}
	for i := range 8 { // the slot's template carries as many records: it takes "builder"
		m.Process(fmt.Sprintf("%x", 0xa1b2c3d4e5f0+i) + rest)
	}
	require.Contains(t, m.firstValues.uses, "builder", "%v", m.Templates())
	name := func(j int) string { // letters only: no number the masker takes
		b := []byte("q")
		for ; j > 0; j /= 26 {
			b = append(b, byte('a'+j%26))
		}
		return string(b)
	}
	for j := range MaxFirstValues/3 + 1 {
		for _, tail := range []string{"x", "w"} { // each word taken twice, under two texts of its own
			rest := " " + name(j) + tail + "a " + name(j) + tail + "b " + name(j) + tail + "c"
			for _, w := range []string{"alpha", "bravo", "charlie"} {
				m.Process(w + name(j) + rest)
			}
			m.Process("4711" + rest)
		}
	}
	assert.Equal(t, uint64(2), m.firstValues.uses["alpha"+name(0)].records, "the forged words were taken twice")
	assert.Len(t, m.firstValues.uses, MaxFirstValues)
	m.Process("builder Finished job 7")
	m.Process("a1b2c3d4e5f6 Finished job 8")
	assert.Equal(t, "<*> Finished job <*>", m.Process("builder Finished job 9").Template, "%v", m.Templates())
}
