package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// groupWords returns a message of six words that share nothing with
// those of another n, the first one too: each n is a group of its own.
func groupWords(n int) string {
	msg := ""
	for k := range 6 {
		b := []byte{'q'}
		for v := n*6 + k + 1; v > 0; v /= 26 {
			b = append(b, byte('a'+v%26))
		}
		if k > 0 {
			msg += " "
		}
		msg += string(b) + "z"
	}
	return msg
}

// As many one-off messages of distinct groups as the miner holds
// templates (max_templates) leave the established templates and their
// counts: least recently used eviction made them count from one again,
// and five forged records then folded the two established reasons
// (TestFloodedGroupForgetsEstablishedCounts, across groups).
func TestFloodAcrossGroupsKeepsEstablishedCounts(t *testing.T) {
	m := newMiner(t, nil)
	const prefix = "store{id=3}: upload rejected size=42 reason="
	var established []string
	for _, tail := range []string{"disk quota exceeded", "certificate has expired"} {
		var tpl string
		for range 10 {
			tpl = m.Process(prefix + tail).Template
		}
		established = append(established, tpl)
	}
	for i := range DefaultConfig().MaxTemplates {
		m.Process(groupWords(i))
	}
	require.Equal(t, uint64(2), m.Stats().Evicted)
	for _, tail := range []string{"disk quota exceeded", "certificate has expired"} {
		r := m.Process(prefix + tail)
		require.False(t, r.New, "%s: evicted by the flood", tail)
		for range 2 { // the events go on logging
			m.Process(prefix + tail)
		}
	}
	for _, f := range []string{"alpha beta", "alpha beta", "gamma delta epsilon", "gamma delta epsilon", "eta theta iota kappa"} {
		m.Process(prefix + f)
	}
	assert.Equal(t, established[0], m.Process(prefix+"disk quota exceeded").Template)
	assert.Equal(t, established[1], m.Process(prefix+"certificate has expired").Template)
}

// The events a program logs change (a deploy): the templates of the
// new events, written a few times each in random order, find their
// templates again once seen, however many records the old events'
// templates carried that fill the miner (196 of 200). One-off templates
// first with no quarter kept for them evicted each new template at the
// next one made (4 of 200); the lightest of all the others rather than
// of the eight least recently used kept the old events (17 of 200), and
// keeps them no more with the age that rises at each eviction (h119:
// 196).
func TestGlobalBoundTakesNewEvents(t *testing.T) {
	const n = 256
	m := newMiner(t, func(c *Config) { c.MaxTemplates = n })
	for e := range n {
		for range 10 {
			m.Process(groupWords(e))
		}
	}
	const events = 200
	x := uint64(12345) // a fixed sequence (PCG's LCG step)
	for range 4 * events {
		x = x*6364136223846793005 + 1442695040888963407
		m.Process(groupWords(n + int(x>>33)%events))
	}
	found := 0
	for e := n; e < n+events; e++ {
		if !m.Process(groupWords(e)).New {
			found++
		}
	}
	t.Logf("found %d of %d", found, events)
	assert.Greater(t, found, events*9/10, "of %d new events", events)
}

// A stream of more distinct events than the miner holds (1000 events of
// their own group each, written with skewed frequencies in random
// order, 256 templates): the share of messages that find their template
// is higher than least recently used eviction's (0.518; 0.584 with the
// lightest of eight least recently used, 0.598 by records and age, h119).
func TestGlobalBoundKeepsRecurringTemplates(t *testing.T) {
	m := newMiner(t, func(c *Config) { c.MaxTemplates = 256 })
	const events = 1000
	x := uint64(12345)
	found, n := 0, 0
	for i := range 40 * events {
		x = x*6364136223846793005 + 1442695040888963407
		u := float64(x>>11) / float64(1<<53)
		r := m.Process(groupWords(int(events * u * u * u)))
		if i >= 20*events {
			n++
			if !r.New {
				found++
			}
		}
	}
	t.Logf("found %.3f", float64(found)/float64(n))
	assert.Greater(t, float64(found)/float64(n), 0.55)
}
