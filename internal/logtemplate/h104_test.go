package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A cause written first has a head start in records when the tail
// template is made ("disk quota exceeded" six times before the others
// came): weighedTails leaves it out, and it is weighed again as the
// template's own records grow, not left apart for ever; it joins once
// the other causes carried as many records as it.
func TestTailLeftOutIsWeighedAgain(t *testing.T) {
	m := newMiner(t, nil)
	const prefix = "store 3 upload rejected for tenant: "
	var first string
	for range 6 {
		first = m.Process(prefix + "disk quota exceeded").Template
	}
	others := []string{"certificate has expired", "bucket is read only", "object too large", "checksum mismatch", "region unavailable now"}
	var tail string
	for _, o := range others {
		tail = m.Process(prefix + o).Template
	}
	require.Equal(t, "store <*> upload rejected for tenant: <*>", tail)
	assert.Equal(t, first, m.Process(prefix+"disk quota exceeded").Template, "left out: 7 records against the template's own 5")
	for _, o := range others[:3] {
		m.Process(prefix + o)
	}
	assert.Equal(t, tail, m.Process(prefix+"disk quota exceeded").Template, "weighed again: the template's own 8 records against 7")
}
