package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// h120's review of session 21's miner rules (hostile input, examples of
// our own).

// One forged record with a dash where an established template keeps a
// word ("-", the absent field that joins any word: joinable's dashOnly)
// generalizes that template there (what a template shows: one record may
// change it, docs/security.md), and its records, all of its word, then
// weighed as the slot's: generalize took the other templates with a word
// there at once (the position the message generalized was exempt from
// its guard, 19772ef), and absorbWords (2030099) took them as lighter
// than the slot's own records. The other established word keeps its
// template.
func TestGeneralizeDashForgedRecordFoldsEstablishedWords(t *testing.T) {
	opened := "door front is now OPEN after the last check"
	closed := "door front is now CLOSED after the last check"
	m := newMiner(t, nil)
	var before string
	for range 50 {
		m.Process(opened)
		before = m.Process(closed).Template
	}
	require.Equal(t, closed, before, "%v", m.Templates())
	m.Process("door front is now - after the last check")
	assert.Equal(t, before, m.Process(closed).Template, "%v", m.Templates())
}

// The same through firstSlot: a template with a variable first takes a
// message whose other tokens agree (a variable on either side) and
// generalizes where the message has a variable; one forged record with a
// number where the established templates keep their word made it a slot
// that took the other word there.
func TestFirstSlotForgedVariableFoldsEstablishedWords(t *testing.T) {
	opened := "4711 finished the job and it was accepted"
	closed := "4712 finished the job and it was rejected"
	m := newMiner(t, nil)
	var before [2]string
	for range 50 {
		before = [2]string{m.Process(opened).Template, m.Process(closed).Template}
	}
	require.NotEqual(t, before[0], before[1], "%v", m.Templates())
	m.Process("worker finished the job and it was 4713")
	assert.Equal(t, before[1], m.Process(closed).Template, "%v", m.Templates())
}

// A message whose word joins the template's as two names of code
// (camelPrefix: "ValueError", "KeyError"; also configName's and
// qualifiedName's) generalizes it there with a plain word, which
// generalize took for an enumeration's (its positions took the word
// templates there unguarded): one forged record took an established word
// template twice as heavy as the one it generalized. Only the callers
// that counted an enumeration (enumerated, crossed, firstSlot's words)
// take so now.
func TestCodeNameForgedRecordFoldsEstablishedWord(t *testing.T) {
	m := newMiner(t, nil)
	const word = "route via OPEN for tenant done"
	var before string
	for range 50 {
		m.Process("route via ValueError for tenant done")
		m.Process(word)
		before = m.Process(word).Template
	}
	m.Process("route via KeyError for tenant done")
	assert.Equal(t, before, m.Process(word).Template, "%v", m.Templates())
}

// A name the rules join as a value (a qualified name, "Shop.Orders.Api")
// is no plain word, so a template it kept kept its records as the slot's
// own when one message generalized it there ("A.B.C"), and took a word
// template of as many records there (absorbWords: its own now one more;
// h120's finding, LOW). A qualified name made a variable so resets the
// own records as a plain word does (h122); every constant so cost
// accuracy (5410825's message).
func TestQualifiedNameForgedRecordFoldsEstablishedWord(t *testing.T) {
	m := newMiner(t, nil)
	const word = "route via OPEN for tenant done"
	var before string
	for range 50 {
		m.Process("route via Shop.Orders.Api for tenant done")
		before = m.Process(word).Template
	}
	m.Process("route via A.B.C for tenant done")
	assert.Equal(t, before, m.Process(word).Template, "%v", m.Templates())
}
