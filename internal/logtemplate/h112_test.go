package logtemplate

import (
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The templates the slot rule's weighing left out
// (TestSameLengthForgedTailsFoldEstablishedReasons) join its template once
// its own records are as many as each carried (weighAgain): a reason
// written 12 times joins at the slot template's 12th record, the one of 24
// once it matched 24 more itself (not counting the 12 it took).
func TestSlotLeftOutJoinsWhenOwnRecordsCatchUp(t *testing.T) {
	record := func(r string) string { return "store: upload rejected reason=" + r + " size=42 bucket=photos" }
	m := newMiner(t, nil)
	var a, b string
	for range 12 {
		a = m.Process(record("disk quota exceeded")).Template
	}
	for range 24 {
		b = m.Process(record("certificate has expired")).Template
	}
	var slot string
	for _, f := range []string{"alpha beta gamma", "delta epsilon zeta", "eta theta iota"} {
		slot = m.Process(record(f)).Template
	}
	assert.NotEqual(t, a, slot)
	next := 0
	reason := func() string {
		next++
		return "word" + strconv.Itoa(next) + " written once"
	}
	has := func(tpl string) bool { return slices.Contains(m.Templates(), tpl) }
	for range 8 { // the slot template's own records 4 to 11
		assert.Equal(t, slot, m.Process(record(reason())).Template)
	}
	assert.True(t, has(a), "11 own records take no template of 12")
	m.Process(record(reason()))
	assert.False(t, has(a), "12 own records take the template of 12")
	assert.Equal(t, slot, m.Process(record("disk quota exceeded")).Template)
	for range 10 { // 24 own records less one, with "disk quota exceeded" just now
		m.Process(record(reason()))
	}
	assert.True(t, has(b), "the 12 records taken lend nothing")
	m.Process(record(reason()))
	assert.False(t, has(b))
	assert.Equal(t, slot, m.Process(record("certificate has expired")).Template)
}
