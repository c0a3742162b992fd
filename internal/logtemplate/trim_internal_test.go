package logtemplate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// trimPunctEnd is strings.TrimRight with the punctEnd cutset.
func TestTrimPunctEnd(t *testing.T) {
	for _, s := range []string{"", ",", "a", "a,", "a,;:)]}", "sda1),", "(x)", "a]b]", "<*>:", "é)", "}}}", "a.b"} {
		assert.Equal(t, strings.TrimRight(s, punctEnd), trimPunctEnd(s), "%q", s)
	}
}

// hasWild is strings.Contains with the wildcard.
func TestHasWild(t *testing.T) {
	for _, s := range []string{"", "*", "<*>", "a<*>", "<*>b", "**<*>", "*<*>", "<*", "*>", "<**>", "a*b<*>c", "<*><*>", "x*y", "<*x>", "*<*", "<<*>>"} {
		assert.Equal(t, strings.Contains(s, "<*>"), hasWild(s), "%q", s)
	}
}
