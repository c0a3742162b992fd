package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCollapsedRuns(t *testing.T) {
	tests := []struct {
		toks, ws []string
		want     []string
	}{
		// one run: as collapsed
		{[]string{"x", "a:", "b", "c", "y"}, []string{"x", "a:", "<*>", "y"}, []string{"x", "a:", "<*>", "y"}},
		// two runs, each up to the token ws has next
		{[]string{"is", "struct", "{},", "not", "map[string]interface", "{}"}, []string{"is", "<*>,", "not", "<*>"}, []string{"is", "<*>,", "not", "<*>"}},
		{[]string{"a:", "b", "c.", "d:", "e", "f."}, []string{"a:", "<*>.", "d:", "<*>."}, []string{"a:", "<*>.", "d:", "<*>."}},
		// a run must end as its token does around "<*>"
		{[]string{"a:", "b", "c", "d:", "e", "f."}, []string{"a:", "<*>.", "d:", "<*>."}, nil},
		// the next token of ws must be there
		{[]string{"a:", "b", "c", "e", "f"}, []string{"a:", "<*>", "d:", "<*>"}, nil},
		// a token of ws without "<*>" that differs
		{[]string{"a", "b", "c"}, []string{"a", "x"}, nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, collapsedRuns(tt.toks, tt.ws), "%v %v", tt.toks, tt.ws)
	}
}

// A new template takes word slots that collapsed two runs of tokens from
// its first message on, so the family's first message is not apart.
func TestFirstSightTwoCollapsedRuns(t *testing.T) {
	m, err := New(DefaultConfig())
	require.NoError(t, err)
	first := m.Process("decode: interface {} is struct {}, not map[string]interface {}")
	second := m.Process("decode: interface {} is string, not int")
	assert.Equal(t, "decode: interface {} is <*>, not <*>", first.Template)
	assert.Equal(t, first.Template, second.Template)
}
