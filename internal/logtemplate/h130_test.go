package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// h130's review of h125's crossed-words change (f29f01f, 3605524): the
// change only narrows the rule (both corners must hold the message's
// words); what follows is older.

// Three established events at three corners of a rectangle of words
// ("payment declined/approved", "customer notified/charged", 50 records
// each) and one forged record at the fourth corner: crossed makes both
// positions slots of the corner template "declined ... charged", counted
// an enumeration, so that template keeps its 50 records as its own and
// lends them: one more forged record ("payment refunded ... notified")
// then folds the two other established events (50 each, no more than the
// lent weight) into "payment <*> ... customer <*>". Two forged records
// fold 100 established ones; without the fourth corner nothing folds
// (h130, MEDIUM; h135: the crossed template weighs its records since the
// crossing, its corner's records being its two words').
func TestCrossedForgedFourthCornerLendsTheCornersRecords(t *testing.T) {
	m := newMiner(t, nil)
	for range 50 {
		m.Process("order 7 payment declined by bank, customer notified by mail")
		m.Process("order 7 payment approved by bank, customer notified by mail")
		m.Process("order 7 payment declined by bank, customer charged by mail")
	}
	m.Process("order 7 payment approved by bank, customer charged by mail")  // forged: the fourth corner
	m.Process("order 7 payment refunded by bank, customer notified by mail") // forged
	declined := m.Process("order 7 payment declined by bank, customer notified by mail").Template
	approved := m.Process("order 7 payment approved by bank, customer notified by mail").Template
	assert.Contains(t, declined, "declined", "%v", m.Templates())
	assert.Contains(t, approved, "approved", "%v", m.Templates())
}
