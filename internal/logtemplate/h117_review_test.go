package logtemplate

import (
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// h117 finding (MEDIUM, fixed): the templates the slot rule's weighing
// left out (h112) join once the slot template's records are as many as
// each carried (weighAgain), but those records were counted with the
// templates it took when it was made, established ones the factor of
// three let through among them: two forged words written six times and
// a third once (13 records) take a reason of 12 (the known open case:
// three forged words at a third of its records), and took through its 12
// records at once one of 24, which the guard's own standard (its records
// in forged ones, or two more forged words of 8) keeps apart. Those left
// now wait on the message's records and those of the one-record
// templates taken (11 forged records took neither before).
func TestSlotWeighAgainCountsTakenRecords(t *testing.T) {
	record := func(r string) string { return "store: upload rejected reason=" + r + " size=42 bucket=photos" }
	m := newMiner(t, nil)
	var b string
	for range 12 {
		m.Process(record("disk quota exceeded"))
	}
	for range 24 {
		b = m.Process(record("certificate has expired")).Template
	}
	for _, f := range []struct {
		words string
		n     int
	}{{"alpha beta gamma", 6}, {"delta epsilon zeta", 6}, {"eta theta iota", 1}} {
		for range f.n {
			m.Process(record(f.words))
		}
	}
	assert.Equal(t, b, m.Process(record("certificate has expired")).Template,
		"13 forged records fold a reason of 24 through the 12 records of the one they took")
}

// h117 finding (LOW, closed by h119; h111's bound): the global bound
// (max_templates) evicts one-off templates first, but a template written
// twice is one of the others, among which it evicted the lightest of the
// eight least recently used: whatever their records, so forged messages
// of distinct groups written twice each (two records per template)
// evicted the established templates idle longer than the flood, which
// then count from one again for the forged-record guards: 64 forged
// messages written twice evicted 57 of 64 established templates of 50
// records filling a bound of 64 (48 of them: 41). The others now leave by
// weight, records plus an age that rises by one at each eviction by
// weight (victim): 48 forged messages written twice (96 records) evict
// the one established template the first forged message's template
// needed (a new event gets in), then turn over among themselves; an
// established template of 50 records leaves only once about 50 were
// evicted since its last record (64 forged messages: 17 of 64).
func TestGlobalBoundTwiceWrittenFloodEvictsEstablished(t *testing.T) {
	const bound = 64
	m := newMiner(t, func(c *Config) { c.MaxTemplates = bound })
	for e := range bound {
		for range 50 {
			m.Process(groupWords(e))
		}
	}
	for f := range 48 {
		for range 2 {
			m.Process(groupWords(1000 + f))
		}
	}
	kept, live := 0, m.Templates()
	for e := range bound {
		if slices.Contains(live, groupWords(e)) {
			kept++
		}
	}
	assert.Equal(t, bound-1, kept, "established templates of 50 records kept after 96 forged records")
}

// h117 finding (MEDIUM, fixed): absorbSpans weighed the templates with
// words in the enclosure against the new template's count, which held
// the records of the templates it was made of (h110 fixed the weight
// before absorbSpans takes any, not before span took its five texts):
// four one-off forged texts made the enclosure a slot (five texts, the
// known rule) with an established text of 60 records among them, and
// through those records the template took one of 40 that differs by a
// word around the enclosure ("job main"), which no forged text matched.
// It now weighs its own records (own), as rejoinSpans does.
func TestEnclosedSlotWeighsOnlyItsOwnRecords(t *testing.T) {
	f := func(who, r string) string { return "job " + who + " upload rejected [" + r + "] for tenant acme" }
	m := newMiner(t, nil)
	for i := range 60 {
		m.Process(f(strconv.Itoa(10+i%10), "disk quota exceeded now"))
	}
	var other string
	for range 40 {
		other = m.Process(f("main", "certificate has expired")).Template
	}
	var slot string
	for _, w := range []string{"alpha beta", "gamma delta", "epsilon zeta", "eta theta"} {
		slot = m.Process(f("99", w)).Template
	}
	assert.Equal(t, "job <*> upload rejected [<*>] for tenant <*>", slot)
	assert.Equal(t, other, m.Process(f("main", "certificate has expired")).Template,
		"four one-off forged records fold a text of 40 records through the 60 of another")
}

// h117 finding (MEDIUM, closed by h119; h110's b420297, h104's weighAgain):
// learnRuns weighs the runs weighedTails left against the records of the
// runs it kept, fixed before it takes any, and the tail rule's template
// weighs those it left (weighAgain) against the records of the tails it
// was made of; but the kept ones may hold an established one the factor
// of three let through (the known open case), whose records then lend
// the template their weight: three forged runs or tails written four
// times and a fifth once (13 records) keep one of 12 and, through its
// records, take one of 24 (written three times each, neither). The slot
// rule had the same defect (TestSlotWeighAgainCountsTakenRecords, fixed
// there by counting only one-record templates, which these rules, whose
// tails must be written twice, cannot). The heaviest kept now counts as
// the next heaviest (topTwo.lent): 17 here, under 24.
func TestKeptEstablishedRunLendsItsRecords(t *testing.T) {
	for _, record := range []func(string) string{
		func(r string) string { return "store: upload rejected reason=" + r + " size=42 bucket=photos" },
		func(r string) string { return "store{id=3}: upload rejected size=42 reason=" + r },
	} {
		m := newMiner(t, nil)
		for range 12 {
			m.Process(record("disk quota exceeded"))
		}
		var b string
		for range 24 {
			b = m.Process(record("certificate has expired on host")).Template
		}
		for _, f := range []string{"alpha beta", "gamma delta epsilon zeta", "eta theta iota kappa lambda mu"} {
			for range 4 {
				m.Process(record(f))
			}
		}
		m.Process(record("nu xi omicron pi rho sigma tau upsilon"))
		assert.Equal(t, b, m.Process(record("certificate has expired on host")).Template,
			"%s: 13 forged records fold one of 24 through the 12 records of the one they kept", record(""))
	}
}
