package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// h122's note (closed by h127 for configured objects' names): a name
// of a configured object with a digit in it ("api2_back", "http2-in":
// configName) is no plain word, so when one message made it a variable
// ("web3_front", which the rules join with it) its records stayed the
// slot's own, and the slot took a word template of as many records there
// at once (absorbWords), as a qualified name's did before h122. Such a
// name made a variable by one message resets the own records as a plain
// word does.
func TestConfigNameForgedRecordFoldsEstablishedWord(t *testing.T) {
	for _, c := range []struct{ est, forged string }{
		{"api2_back", "web3_front"},
		{"http2-in", "grpc7-out"},
	} {
		forgedRecordFolds(t, c.est, c.forged)
	}
}

// Open (h122's note, LOW): a numbered name ("eth0", "CPU0", "v2":
// numberedName) made a variable by one message still lends its records
// to the slot. Resetting them too closed it, at a cost on the seen sets
// (held-out 9, FRR: its interfaces' slot weighed only its records since,
// linked id GA 0.492 -> 0.419, All 0.719 -> 0.713): a numbered name is
// an instance, and the slot its values make is evidence of one event.
func TestNumberedNameForgedRecordFoldsEstablishedWord(t *testing.T) {
	t.Skip("h122's note, open: one forged numbered name lends the records of the one it generalizes to the slot")
	for _, c := range []struct{ est, forged string }{
		{"eth0", "eth1"},
		{"CPU0", "CPU7"},
		{"v2", "v3"},
	} {
		forgedRecordFolds(t, c.est, c.forged)
	}
}

// forgedRecordFolds: 50 records of est and 50 of a word at one position,
// then one forged record there; the word keeps its template.
func forgedRecordFolds(t *testing.T, est, forged string) {
	t.Helper()
	m := newMiner(t, nil)
	const word = "route via OPEN for tenant done"
	var before string
	for range 50 {
		m.Process("route via " + est + " for tenant done")
		before = m.Process(word).Template
	}
	m.Process("route via " + forged + " for tenant done")
	assert.Equal(t, before, m.Process(word).Template, "%s, then one %s: %v", est, forged, m.Templates())
}
