package logtemplate

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Session 20's review (h110): forged records through the merges of h102
// (value runs, rejoin) and h104 (weighed tails), examples of our own.

// rejoinRuns, rejoinSpans and rejoinTail forward a template with a run,
// enclosed words or a tail to the slot's template once that matched as
// many records itself as it carried. They counted the records it took
// from other templates (h110 finding, MEDIUM, as h106's on
// absorbFirstWords): forged records as many as one established run's
// folded it (the guard's standard), and its records then lifted the slot's
// template over the next, heavier one, and so on at each doubling. 16
// forged records fold a run of 15 records at its 16th, not one of 31 at
// its 32nd; 15 fold neither.
func TestRejoinCountsOnlyOwnRecords(t *testing.T) {
	for _, c := range []struct {
		name   string
		record func(run string) string
		forged func(i int) string
		a, b   string
	}{
		{"run between keys",
			func(r string) string { return "store: upload rejected reason=" + r + " size=42 bucket=photos" },
			func(i int) string {
				return "store: upload rejected reason=x" + strconv.Itoa(i) + " size=42 bucket=photos"
			}, "disk quota exceeded", "certificate has expired"},
		{"words in an enclosure",
			func(r string) string { return "store upload rejected [" + r + "] for tenant acme" },
			func(i int) string { return "store upload rejected [" + strconv.Itoa(4711+i) + "] for tenant acme" },
			"volume quota", "certificate has expired"},
		{"tail after a key",
			func(r string) string { return "store{id=3}: upload rejected size=42 reason=" + r },
			func(i int) string { return "store{id=3}: upload rejected size=42 reason=x " + strconv.Itoa(i) },
			"disk quota exceeded", "certificate has expired"},
	} {
		for _, forged := range []int{15, 16} {
			m := newMiner(t, nil)
			var a, b, keys string
			for range 15 {
				a = m.Process(c.record(c.a)).Template
			}
			for range 31 {
				b = m.Process(c.record(c.b)).Template
			}
			for i := range forged {
				keys = m.Process(c.forged(i)).Template
			}
			assert.NotEqual(t, a, b, c.name)
			assert.NotEqual(t, a, keys, c.name)
			gotA := m.Process(c.record(c.a)).Template
			if forged == 16 {
				assert.Equal(t, keys, gotA, "%s: the run of 15 records folds at its 16th, the forger matched its records", c.name)
			} else {
				assert.Equal(t, a, gotA, c.name)
			}
			assert.Equal(t, b, m.Process(c.record(c.b)).Template,
				"%s: %d forged records fold a run of 31 records through the records taken from another", c.name, forged)
		}
	}
}

// The tail rule's and the value runs' guards (repeatedTails,
// weighedTails, lighter templates only) hold for forged tails of other
// lengths than the established ones (TestTailAfterKeyedValueRepeatedForgedTails,
// TestValueRunsBetweenKeysForgedRecords), but tails of the same number of
// words are one group, where words seen at the tail's positions make them
// slots (slots, not the tail rule), and that rule weighed no record: three
// one-off forged records folded two established reasons of
// 12 and 24 records, after a key at the end and between keys alike (h110
// finding, MEDIUM). slots now takes at once only the templates of one
// record or those EnumerationValues-2 others match within a factor of
// three (weighedTails' standard); the others wait (h112).
func TestSameLengthForgedTailsFoldEstablishedReasons(t *testing.T) {
	for _, record := range []func(string) string{
		func(r string) string { return "store: upload rejected reason=" + r + " size=42 bucket=photos" },
		func(r string) string { return "store{id=3}: upload rejected size=42 reason=" + r },
	} {
		m := newMiner(t, nil)
		var a, b string
		for range 12 {
			a = m.Process(record("disk quota exceeded")).Template
		}
		for range 24 {
			b = m.Process(record("certificate has expired")).Template
		}
		for _, f := range []string{"alpha beta gamma", "delta epsilon zeta", "eta theta iota"} {
			m.Process(record(f))
		}
		assert.Equal(t, a, m.Process(record("disk quota exceeded")).Template)
		assert.Equal(t, b, m.Process(record("certificate has expired")).Template)
	}
}

// learnRuns took the runs weighedTails left that carried no more records
// than the new template, and absorbValueRuns those that carried no more
// than the keys' template, each compared with the template's count as it
// grew in the loop: the records of one established run it took lifted it
// over the next (h110 finding, MEDIUM). Four forged runs written three
// times and a fifth (13 records) fold a run of 12 records (the standard),
// not one of 24; 16 forged one-word values and a run fold one of 15, not
// one of 31.
func TestRunTemplateTakesRunsByItsOwnWeight(t *testing.T) {
	record := func(r string) string { return "store: upload rejected reason=" + r + " size=42 bucket=photos" }
	m := newMiner(t, nil)
	var a, b string
	for range 12 {
		a = m.Process(record("disk quota exceeded")).Template
	}
	for range 24 {
		b = m.Process(record("certificate has expired on host")).Template
	}
	for _, f := range []string{"alpha beta", "gamma delta epsilon zeta", "eta theta iota kappa lambda mu", "nu xi omicron pi rho sigma tau"} {
		for range 3 {
			m.Process(record(f))
		}
	}
	keys := m.Process(record("upsilon phi chi psi omega one two three")).Template
	assert.NotEqual(t, a, keys)
	assert.Equal(t, keys, m.Process(record("disk quota exceeded")).Template, "learnRuns: 13 forged records fold a run of 12")
	assert.Equal(t, b, m.Process(record("certificate has expired on host")).Template, "learnRuns: 13 forged records fold a run of 24 through the 12 of another")

	m = newMiner(t, nil)
	for range 15 {
		m.Process(record("disk quota exceeded"))
	}
	for range 31 {
		b = m.Process(record("certificate has expired on host")).Template
	}
	for i := range 16 {
		keys = m.Process(record("x" + strconv.Itoa(i))).Template
	}
	assert.Equal(t, keys, m.Process(record("alpha beta")).Template)
	assert.Equal(t, keys, m.Process(record("disk quota exceeded")).Template, "absorbValueRuns: 17 forged records fold a run of 15")
	assert.Equal(t, b, m.Process(record("certificate has expired on host")).Template, "absorbValueRuns: 17 forged records fold a run of 31 through the 15 of another")
}

// An enclosed sentence of MinSentence words or more where one other
// message of the shape has another (sentences) made the enclosure a slot
// at once, with no record weighed: one forged record "[certificate has
// expired now]" folded an established "[disk quota exceeded]" of 50
// records (h110 finding, MEDIUM: f065a12's "[4711]" through another
// rule). Under EnumerationValues texts, such a slot takes only the
// lightest templates (lightest, as short sentences since e2cb332); the
// others join once it caught up (rejoinSpans).
func TestEnclosedSentenceForgedRecordLeavesEstablishedSentence(t *testing.T) {
	for _, f := range []func(string) string{
		func(r string) string { return "store upload rejected [" + r + "] for tenant acme" },
		func(r string) string { return "store upload rejected (" + r + ") for tenant acme" },
	} {
		m := newMiner(t, nil)
		var a string
		for range 50 {
			a = m.Process(f("disk quota exceeded")).Template
		}
		m.Process(f("certificate has expired now"))
		assert.Equal(t, a, m.Process(f("disk quota exceeded")).Template)
	}
}

// absorbSpans took the templates with words in the enclosure that carried
// no more records than the new template, comparing each with its count as
// it grew in the loop, and those with variables alone there whatever
// their records: one forged "[4711]" took a legitimate "[<*> - <*>]" of
// 100 records and, through them, an established "[volume <*> exceeded
// today]" of 50 (h110 finding, MEDIUM). The weight is fixed before the
// loop.
func TestEnclosedVariableWeighsOnlyItsOwnRecords(t *testing.T) {
	f := func(r string) string { return "store upload rejected [" + r + "] for tenant acme" }
	m := newMiner(t, nil)
	for i := range 100 {
		m.Process(f("0x" + strconv.Itoa(1000+i) + " - " + strconv.Itoa(i) + "ms"))
	}
	var a string
	for range 50 {
		a = m.Process(f("volume quota exceeded today")).Template
	}
	forged := m.Process(f("4711")).Template
	assert.NotEqual(t, a, forged)
	assert.Equal(t, a, m.Process(f("volume quota exceeded today")).Template)
}
