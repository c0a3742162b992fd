package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// eventWords returns a message of group "store{id=3}:" and six words that
// share nothing with those of another n: no rule joins two of them.
func eventWords(n int) string {
	msg := "store{id=3}:"
	for k := range 6 {
		b := []byte{'q'}
		for v := n*6 + k + 1; v > 0; v /= 26 {
			b = append(b, byte('a'+v%26))
		}
		msg += " " + string(b) + "z"
	}
	return msg
}

// A program with more events of one length and first token than a group
// holds (200 events, each written with its own frequency, in random
// order): the group keeps the templates that recur rather than the last
// ones made. Plain LRU found the template of 45% of the messages (the
// others made their template again, counting from one), this group 51%.
func TestLargeGroupKeepsRecurringTemplates(t *testing.T) {
	m := newMiner(t, nil)
	const events = 200
	x := uint64(12345) // a fixed sequence (PCG's LCG step)
	found, n := 0, 0
	for i := range 40 * events {
		x = x*6364136223846793005 + 1442695040888963407
		u := float64(x>>11) / float64(1<<53)
		r := m.Process(eventWords(int(events * u * u)))
		if i >= 20*events {
			n++
			if !r.New {
				found++
			}
		}
	}
	assert.Greater(t, float64(found)/float64(n), 0.49)
}

// The events a program logs change: the templates of events it no longer
// writes leave a full group before those of the events it writes now,
// however many records they carried (an age, not records alone).
func TestGroupAgesOutIdleTemplates(t *testing.T) {
	m := newMiner(t, nil)
	size := DefaultConfig().MaxGroupSize
	for e := range size {
		for range 10 {
			m.Process(eventWords(e))
		}
	}
	for e := size; e < 2*size; e++ {
		for range 3 {
			m.Process(eventWords(e))
		}
	}
	for e := size; e < 2*size; e++ {
		assert.False(t, m.Process(eventWords(e)).New, "event %d", e)
	}
}

// A cause written first has a head start in records when the tail
// template is made ("disk quota exceeded" six times before the others
// came): weighedTails leaves it out, and it is weighed again as the
// template's own records grow, not left apart for ever; it joins once
// the other causes carried as many records as it.
func TestTailLeftOutIsWeighedAgain(t *testing.T) {
	m := newMiner(t, nil)
	const prefix = "store 3 upload rejected for tenant: "
	var first string
	for range 6 {
		first = m.Process(prefix + "disk quota exceeded").Template
	}
	others := []string{"certificate has expired", "bucket is read only", "object too large", "checksum mismatch", "region unavailable now"}
	var tail string
	for _, o := range others {
		tail = m.Process(prefix + o).Template
	}
	require.Equal(t, "store <*> upload rejected for tenant: <*>", tail)
	assert.Equal(t, first, m.Process(prefix+"disk quota exceeded").Template, "left out: 7 records against the template's own 5")
	for _, o := range others[:3] {
		m.Process(prefix + o)
	}
	assert.Equal(t, tail, m.Process(prefix+"disk quota exceeded").Template, "weighed again: the template's own 8 records against 7")
}
