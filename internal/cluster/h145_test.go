package cluster

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// h144: a family's item stays with the member that headed it (h146: the
// head the store held at its last Lineage, lineage.Member.Held). A value
// seen once before the family's head trusted the template joined the family young (too few records to head it); when its
// records later carried the template twice in a row, it trusted the
// template too and, older by creation, took the family's item: every
// member's target changed (the fifteenth set's GStreamer state changes,
// Pppd's option sets: linked drift 12.5 % and 10.35 %, all of it this).

// paymentFamily: "early" logs once (young), then "head" trusts the slot
// and, with "b" and "c", is its family for twenty minutes.
func paymentFamily(t *testing.T, early string) (*Store, func(fp string, n int)) {
	const tpl = "payment <*> for order <*>"
	wall := t0 / min1 * min1
	s := New(Config{})
	add := func(fp string, n int) {
		for range n {
			wall += min1
			s.Tick(wall)
			s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "payments", Severity: "ERROR", Template: tpl, Time: t0})
		}
	}
	add(early, 1)
	add("head", 2)
	for range 20 {
		add("head", 1)
		add("b", 1)
		add("c", 1)
	}
	got := s.Lineage()
	require.Equal(t, map[string]string{early: "head", "b": "head", "c": "head"}, got)
	return s, add
}

// A real value that logs again later joins; the item stays the head's.
func TestLineageYoungValueTrustingLaterTakesNoFamilyItem(t *testing.T) {
	s, add := paymentFamily(t, "early")
	add("early", 2)
	got := s.Lineage()
	require.Equal(t, map[string]string{"early": "head", "b": "head", "c": "head"}, got,
		"a value that trusted the slot after the head stays a member")
}

// Hostile: one forged record sent before the family began, then two more
// long after: the forger's cluster, the oldest, took the established
// family's item (and with a tracker its ticket: the head's closed as a
// duplicate of the forger's) with three records.
func TestLineageForgedEarlyRecordTakesNoEstablishedFamily(t *testing.T) {
	s, add := paymentFamily(t, "forged")
	add("forged", 2)
	got := s.Lineage()
	require.Equal(t, "head", got["b"], "%v", got)
	require.Equal(t, "head", got["forged"], "%v", got)
	require.NotContains(t, got, "head", "%v", got)
}

// h145: whatever rule closes the two findings above must not freeze the
// family's head: a value seen young before the family began that then
// logs in enough minutes (its ticks, which a sender cannot compress)
// heads the family. It passes on main (any older member that trusts
// heads), with h145's ticks rule and h146's (lineage.HeadShare: the
// oldest with a third of the heaviest's minutes); h144's first-trust rule
// fails it. Once it holds, the founder takes the family back only when
// the value falls below a sixth of its minutes (lineage.HeldShare).
func TestLineageYoungValueHeavierThanHeadTakesFamily(t *testing.T) {
	s, add := paymentFamily(t, "early")
	add("early", 6) // 7 minutes against the head's 22
	got := s.Lineage()
	require.Equal(t, map[string]string{"early": "head", "b": "head", "c": "head"}, got,
		"7 minutes of 22: the head keeps the family")
	add("early", 1) // 8 of 22
	got = s.Lineage()
	require.Equal(t, map[string]string{"head": "early", "b": "early", "c": "early"}, got,
		"a value that carried the template in a third of the heaviest's minutes, and older, heads it")
	add("head", 26) // 8 of 48: a sixth
	got = s.Lineage()
	require.Equal(t, "early", got["head"], "%v", got)
	add("head", 1) // 8 of 49
	got = s.Lineage()
	require.Equal(t, "head", got["early"], "%v", got)
}
