package logtemplate

import "testing"

// h131 finding (review of h127's d90a13d, LOW: a template moved, never a
// fingerprint): a dotted name of two parts with a digit in it ("db2.prod",
// "Api2.Back") is no plain word, no qualified name (three parts or more)
// and no configured object's name (no '.' there, lower case), so when one
// forged record makes it a variable ("web3.front") its records stay the
// slot's own, and the slot takes a word template of as many records
// there at once, as a configured name's did before h127 (fails without
// the skip: the established "route via OPEN …" becomes "route via <*> …").
// Counting such a name as a word (two dotted parts, a digit) was tried:
// evalparse on the fifteen seen sets printed the same, and one template
// of held-out 10's cold CyrusImap kept "badlogin: unknown […]" apart
// from the hosts' slot, which "frontend1.internal" had made (a host is
// an instance, as a numbered name is): left open, as h127 left those.
func TestDottedNameWithDigitForgedRecordFoldsEstablishedWord(t *testing.T) {
	t.Skip("h131 finding: a two-part dotted name with a digit made a variable by one forged record lends its records to the slot")
	for _, c := range []struct{ est, forged string }{
		{"db2.prod", "web3.front"},
		{"Api2.Back", "Web3.Front"},
	} {
		forgedRecordFolds(t, c.est, c.forged)
	}
}
