package logtemplate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Failure classes the eleventh held-out set (testdata/logholdout11) showed
// (session 19, h93), each with examples of our own written from the
// convention, not copied from the set.

// A field written unquoted with Display (Rust's tracing, "error=connection
// reset by peer") runs to the end of the line: the words after the last
// key are its value's, a free-text tail like the one after a separator,
// learned once EnumerationValues tails share the prefix, each written
// more than once but the last (TestTailAfterKeyedValueForgedRecords).
func TestTailAfterKeyedValue(t *testing.T) {
	m := newMiner(t, nil)
	causes := []string{"connection reset by peer", "operation timed out", "no route to host", "broken pipe", "tls handshake eof"}
	seen := map[string]bool{}
	for i, c := range causes[:EnumerationValues-1] {
		for range 2 { // each tail written again (the forged-record guard)
			seen[m.Process("worker{id=7}: upstream call failed attempt=3 error="+c).Template] = true
		}
		assert.Len(t, seen, i+1, "apart before %d tails", EnumerationValues)
	}
	r := m.Process("worker{id=9}: upstream call failed attempt=4 error=" + causes[EnumerationValues-1])
	assert.Equal(t, "worker{id=<*>}: upstream call failed attempt=<*> error=<*> <*>", r.Template)
	for _, c := range causes {
		assert.Equal(t, r.Template, m.Process("worker{id=2}: upstream call failed attempt=1 error="+c).Template)
	}
	assert.Equal(t, r.Template, m.Process("worker{id=2}: upstream call failed attempt=1 error=dns lookup of backend failed").Template)
}

// Forged records: two established events whose text after the key is
// their own, then one, two or three records of other tails after the same
// key: fewer than EnumerationValues tails fold nothing, so the
// established templates keep their words.
func TestTailAfterKeyedValueForgedRecords(t *testing.T) {
	for forged := 1; forged <= 3; forged++ {
		m := newMiner(t, nil)
		var established []string
		for _, tail := range []string{"disk quota exceeded", "certificate has expired"} {
			var tpl string
			for i := 0; i < 10; i++ {
				tpl = m.Process("store{id=3}: upload rejected size=42 reason=" + tail).Template
			}
			established = append(established, tpl)
		}
		for i := 0; i < forged; i++ {
			m.Process("store{id=3}: upload rejected size=42 reason=forged text number " + string(rune('a'+i)))
		}
		assert.Equal(t, established[0], m.Process("store{id=3}: upload rejected size=42 reason=disk quota exceeded").Template, "%d forged", forged)
		assert.Equal(t, established[1], m.Process("store{id=3}: upload rejected size=42 reason=certificate has expired").Template, "%d forged", forged)
		assert.NotEqual(t, established[0], established[1])
	}
}

// A message that opens with a quoted name ('%s': in C, a device's or
// sensor's name as the user wrote it) holds a value there whatever its
// words: a name of several words joins the template where one-word names
// made the position a variable, as a quoted value does after the first
// word (span), instead of keying groups of its own.
func TestQuotedNameFirstIsOneValue(t *testing.T) {
	m := newMiner(t, nil)
	one := m.Process("'kitchen': brightness set to 40 percent")
	assert.Equal(t, "'<*>': brightness set to <*> percent", one.Template)
	assert.Equal(t, one.Template, m.Process("'Living Room': brightness set to 55 percent").Template)
	assert.Equal(t, one.Template, m.Process("'Upstairs Hall Lamp': brightness set to 10 percent").Template)
	// another event after a quoted name stays its own
	assert.NotEqual(t, one.Template, m.Process("'Living Room': color set to 55 percent").Template)
}

// A new template's word slots must align with its tokens: a quoted
// request line listed as one token ("request: \"GET <*>\",") and a value
// of two tokens the word slots collapse elsewhere ("(input `/etc/x' )")
// left as many tokens as the slots had, and the slots were written one
// position off over the rest of the record.
func TestWordSlotsAlignAfterLists(t *testing.T) {
	m := newMiner(t, nil)
	r := m.Process("denied (input: `/etc/shadow' ) [rule \"/etc/r.conf\"] [pos \"7\"], peer: 10.1.2.3, vhost: _, request: \"POST /login HTTP/1.1\", host: \"h.example\"")
	assert.Contains(t, r.Template, `[rule "<*>"] [pos "<*>"], peer: <*>, vhost: `)
	assert.True(t, strings.HasPrefix(r.Template, "denied (input: <*>) [rule "), r.Template)
}

// h95 finding (MEDIUM, cdde39b): the tail rule's forged-record guard after
// a key counted a tail once it carried two records, so a forger who wrote
// each of two one-off tails twice, then a third (five records), folded two
// established reasons (ten records each) into "reason=<*> <*>". The tail
// template takes only tails EnumerationValues-2 others match within a
// factor of three in records (weighedTails).
func TestTailAfterKeyedValueRepeatedForgedTails(t *testing.T) {
	m := newMiner(t, nil)
	var established []string
	for _, tail := range []string{"disk quota exceeded", "certificate has expired"} {
		var tpl string
		for range 10 {
			tpl = m.Process("store{id=3}: upload rejected size=42 reason=" + tail).Template
		}
		established = append(established, tpl)
	}
	require.NotEqual(t, established[0], established[1])
	for _, f := range []string{"alpha beta", "alpha beta", "gamma delta epsilon", "gamma delta epsilon", "eta theta iota kappa"} {
		m.Process("store{id=3}: upload rejected size=42 reason=" + f)
	}
	assert.Equal(t, established[0], m.Process("store{id=3}: upload rejected size=42 reason=disk quota exceeded").Template, "%v", m.Templates())
	assert.Equal(t, established[1], m.Process("store{id=3}: upload rejected size=42 reason=certificate has expired").Template, "%v", m.Templates())
}
