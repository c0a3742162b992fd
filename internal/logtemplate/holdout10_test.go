package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A template with a variable at the first position (the masking found a
// value there: "Sync7") takes the older templates of its length that differ
// from it only by a word there, as it takes each of their later messages
// (firstSlot): they were made before the slot was known (examples of our
// own, an imaginary backup daemon's event hook).
func TestFirstSlotTakesOlderWordTemplates(t *testing.T) {
	m := newMiner(t, nil)
	lines := []string{
		`JobQueued hook fired for backup set /srv/a`,
		`JobAborted hook fired for backup set /srv/b`,
		`Progress60 hook fired for backup set /srv/c`,
		`JobDone hook fired for backup set /srv/d`,
		`JobQueued hook fired for backup set /srv/e`,
		`JobAborted hook fired for backup set /srv/f`,
	}
	var last []string
	for _, s := range lines {
		last = append(last, m.Process(s).Template)
	}
	for i, tpl := range last[2:] {
		assert.Equal(t, `<*> hook fired for backup set <*>`, tpl, "line %d: %v", i+2, m.Templates())
	}
}
