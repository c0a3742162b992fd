package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// h103 finding (MEDIUM): the tail rule after a separator (':' or ',')
// has no forged-record guard; h96 guarded only the tail after a key
// (repeatedTails, weighedTails). Three forged one-off records, each a
// made-up cause after the same prefix, fold two established causes of
// ten records each into "...: <*>".
func TestTailAfterSeparatorForgedTails(t *testing.T) {
	for _, sep := range []string{":", ","} {
		m := newMiner(t, nil)
		var established []string
		for _, tail := range []string{"disk quota exceeded", "certificate has expired"} {
			var tpl string
			for range 10 {
				tpl = m.Process("store 3 upload rejected for tenant" + sep + " " + tail).Template
			}
			established = append(established, tpl)
		}
		require.NotEqual(t, established[0], established[1])
		for _, f := range []string{"alpha beta", "gamma delta epsilon", "eta theta iota kappa"} {
			m.Process("store 3 upload rejected for tenant" + sep + " " + f)
		}
		assert.Equal(t, established[0], m.Process("store 3 upload rejected for tenant"+sep+" disk quota exceeded").Template, "%q: %v", sep, m.Templates())
		assert.Equal(t, established[1], m.Process("store 3 upload rejected for tenant"+sep+" certificate has expired").Template, "%q: %v", sep, m.Templates())
	}
}

// h103 finding (MEDIUM): the forged-record guards of the miner
// (weighedTails, absorbFirstWords, absorbCovered) weigh the records a
// template carried, but a template's count dies with it: a group holds
// MaxGroupSize templates and evicts its least recently used one, so a
// forger who writes MaxGroupSize messages of the group's first token and
// length (words that join nothing) evicts the established templates, and
// they come back with one record each. Five forged records then fold the
// two established reasons of TestTailAfterKeyedValueRepeatedForgedTails
// (ten records each, and three more after the flood).
func TestFloodedGroupForgetsEstablishedCounts(t *testing.T) {
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
	word := func(n int) string { // letters only, distinct per n
		b := []byte{'q'}
		for ; n > 0; n /= 26 {
			b = append(b, byte('a'+n%26))
		}
		return string(b) + "z"
	}
	for i := range DefaultConfig().MaxGroupSize {
		msg := "store{id=3}:"
		for k := range 6 {
			msg += " " + word(i*6+k+1)
		}
		m.Process(msg)
	}
	require.Equal(t, uint64(2), m.Stats().Evicted, "the flood evicts the two established templates")
	for _, tail := range []string{"disk quota exceeded", "certificate has expired"} {
		for range 3 { // the events go on logging
			m.Process(prefix + tail)
		}
	}
	for _, f := range []string{"alpha beta", "alpha beta", "gamma delta epsilon", "gamma delta epsilon", "eta theta iota kappa"} {
		m.Process(prefix + f)
	}
	assert.Equal(t, established[0], m.Process(prefix+"disk quota exceeded").Template)
	assert.Equal(t, established[1], m.Process(prefix+"certificate has expired").Template)
}

// h103 finding (LOW, accuracy; the safe direction): weighedTails keeps a
// tail only when EnumerationValues-2 others carried at least a third of
// its records, so the causes a program writes at skewed rates (one
// common, a few rare: "connection reset by peer" 40 times a round,
// "broken pipe" 12, "operation timed out" 4, the rest 2) never all fold:
// the common ones are left out when the tail template is made, and a
// template left out is never weighed again (its messages find it first),
// however many rounds follow. Even "connection refused", as frequent as
// the rare causes folded, stays apart.
func TestTailAfterKeyedValueSkewedCausesStayApart(t *testing.T) {
	t.Skip("h103 finding: causes at skewed rates after a key never share the tail template")
	m := newMiner(t, nil)
	causes := []struct {
		s string
		n int
	}{{"connection reset by peer", 40}, {"broken pipe", 12}, {"operation timed out", 4}, {"no route to host", 2}, {"connection refused", 2}, {"host is unreachable", 2}, {"network is down", 2}, {"too many open files", 2}}
	for range 3 {
		for _, c := range causes {
			for range c.n {
				m.Process("fetch{peer=7}: request failed attempt=3 error=" + c.s)
			}
		}
	}
	want := m.Process("fetch{peer=7}: request failed attempt=3 error=" + causes[len(causes)-1].s).Template
	assert.Equal(t, "fetch{peer=<*>}: request failed attempt=<*> error=<*> <*>", want)
	for _, c := range causes {
		assert.Equal(t, want, m.Process("fetch{peer=7}: request failed attempt=3 error="+c.s).Template, c.s)
	}
}
