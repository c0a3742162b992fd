package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// h103 finding (MEDIUM): the tail rule after a separator (':' or ',')
// has no forged-record guard; h96 guarded only the tail after a key
// (repeatedTails, weighedTails). Three forged one-off records, each a
// made-up cause after the same prefix, fold two established causes of
// ten records each into "...: <*>".
func TestTailAfterSeparatorForgedTails(t *testing.T) {
	t.Skip("h103 finding: the separator tail rule folds established tails on three forged one-off records")
	for _, sep := range []string{":", ","} {
		m := newMiner(t, nil)
		var established []string
		for _, tail := range []string{"disk quota exceeded", "certificate has expired"} {
			var tpl string
			for range 10 {
				tpl = m.Process("store 3 upload rejected for tenant" + sep + " " + tail).Template
			}
			established = append(established, tpl)
		}
		require.NotEqual(t, established[0], established[1])
		for _, f := range []string{"alpha beta", "gamma delta epsilon", "eta theta iota kappa"} {
			m.Process("store 3 upload rejected for tenant" + sep + " " + f)
		}
		assert.Equal(t, established[0], m.Process("store 3 upload rejected for tenant"+sep+" disk quota exceeded").Template, "%q: %v", sep, m.Templates())
		assert.Equal(t, established[1], m.Process("store 3 upload rejected for tenant"+sep+" certificate has expired").Template, "%q: %v", sep, m.Templates())
	}
}
