package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// keyedIntents is a miner that learned four events of keyed fields in one
// enclosure (three times each), the events and their templates.
func keyedIntents(t *testing.T) (*Miner, []string, map[string]string) {
	m := newMiner(t, nil)
	legit := []string{
		"Intent delivered (act=VIEW cmp=com.app/.Main) to pid 100",
		"Intent delivered (act=SEND cmp=com.mail/.Compose) to pid 102",
		"Intent delivered (act=MAIN cat=LAUNCHER cmp=com.app/.Main) to pid 101",
		"Intent delivered (act=MAIN cat=HOME cmp=com.launcher/.Home) to pid 103",
	}
	before := map[string]string{}
	for k := 0; k < 3; k++ {
		for _, s := range legit {
			before[s] = m.Process(s).Template
		}
	}
	return m, legit, before
}

// h84 finding (d109d27, absorbSpans): a span template made from free text
// in an enclosure took the older templates at that enclosure whatever
// they hold there, records of keyed fields included, which span itself
// never folds (freeText: "a record of its own, with its own kinds"). Two
// records of free text from a sender in the same sentence folded every
// older keyed event there into its template (examples of our own, an
// Android-like intent line).
func TestAbsorbSpansFoldsKeyedRecords(t *testing.T) {
	m, legit, before := keyedIntents(t)
	assert.NotEqual(t, before[legit[0]], before[legit[2]], "%v", m.Templates())
	m.Process("Intent delivered (hello there world) to pid 1")
	forged := m.Process("Intent delivered (nothing to see here) to pid 2").Template
	for _, s := range legit {
		assert.Equal(t, before[s], m.Process(s).Template, "%q after two records of free text: %v", s, m.Templates())
	}
	assert.NotEqual(t, forged, m.Process(legit[0]).Template)
}

// h84 finding (absorbSpans, as called for a new template and a
// generalized one since bf9c155): one record whose enclosure masks to one
// variable ("(42)") makes a template with "(<*>)" there, which took the
// older templates at that enclosure, keyed records included.
func TestOneEnclosedValueFoldsKeyedRecords(t *testing.T) {
	m, legit, before := keyedIntents(t)
	forged := m.Process("Intent delivered (42) to pid 7").Template
	for _, s := range legit {
		assert.Equal(t, before[s], m.Process(s).Template, "%q after one record: %v", s, m.Templates())
	}
	assert.NotEqual(t, forged, m.Process(legit[0]).Template)
}

// h84 finding (70b7226, samePadding in generalizeToken): two runs of one
// padding character of different lengths generalize the position to a
// bare variable, which then takes any word there: two records ruled to
// two widths fold the distinct events that differ by that word, the
// older ones (absorbed) and the later ones (examples of our own).
func TestPaddingRunsMakeAnyWordSlot(t *testing.T) {
	m := newMiner(t, nil)
	ok := m.Process("job finished with status OK").Template
	failed := m.Process("job finished with status FAILED").Template
	assert.NotEqual(t, ok, failed)
	m.Process("job finished with status ****")
	m.Process("job finished with status ********")
	assert.Equal(t, ok, m.Process("job finished with status OK").Template, "%v", m.Templates())
	assert.Equal(t, failed, m.Process("job finished with status FAILED").Template, "%v", m.Templates())
	assert.NotEqual(t, m.Process("job finished with status OK").Template, m.Process("job finished with status FAILED").Template, "%v", m.Templates())
}

// h84 finding (span, the enclosure's slot matched since bf9c155): once a
// template holds "(<*>)" at an enclosure, made by one record whose
// enclosure masks to one variable or by two of free text, every later
// message with any tokens there joined it, records of keyed fields
// included, which span never makes a slot of (freeText): the first
// records of each keyed kind after a sender's came into its template.
func TestSpanSlotTakesLaterKeyedRecords(t *testing.T) {
	for _, first := range [][]string{
		{"Intent delivered (42) to pid 1"},
		{"Intent delivered (hello there world) to pid 1", "Intent delivered (nothing to see here) to pid 2"},
	} {
		m := newMiner(t, nil)
		var forged string
		for _, s := range first {
			forged = m.Process(s).Template
		}
		for _, s := range []string{
			"Intent delivered (act=VIEW cmp=com.app/.Main) to pid 100",
			"Intent delivered (act=MAIN cat=LAUNCHER cmp=com.app/.Main) to pid 101",
		} {
			assert.NotEqual(t, forged, m.Process(s).Template, "%q after %q: %v", s, first, m.Templates())
		}
	}
}

// What TestPaddingRunsMakeAnyWordSlot's fix keeps: two runs of one
// padding character of different lengths are still one value, written as
// a variable, and the slot they make takes further runs of that character
// of any length, also after a snapshot's round trip; a word or a run of
// another character there is another event (examples of our own).
func TestPaddingSlotTakesRunsOnly(t *testing.T) {
	m := newMiner(t, nil)
	m.Process("job finished with status ****")
	slot := m.Process("job finished with status ********").Template
	assert.Equal(t, "job finished with status <*>", slot)
	b, err := m.MarshalBinary()
	require.NoError(t, err)
	r := newMiner(t, nil)
	require.NoError(t, r.UnmarshalBinary(b))
	for _, m := range []*Miner{m, r} {
		assert.Equal(t, slot, m.Process("job finished with status ****************").Template, "%v", m.Templates())
		for _, s := range []string{"========", "OK", "FAILED"} {
			assert.NotEqual(t, slot, m.Process("job finished with status "+s).Template, "%q: %v", s, m.Templates())
		}
		assert.Equal(t, slot, m.Process("job finished with status *****").Template, "%v", m.Templates())
	}
}
