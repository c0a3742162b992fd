package cluster

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/otelcol-backlog/otelcol-backlog/internal/redact"
)

// h133 (h131's finding, closed): every bounded text passes boundedText,
// so a template cut at MaxText makes no card of a word either, and a
// text under its bound is redacted once, as before.
func TestCutTemplateShowsNoCardTheRedactorTakes(t *testing.T) {
	const card = "4111111111111111"
	s := New(Config{Redact: redact.Default().Kept})
	e := ev("a", t0)
	e.Template = strings.Repeat("-", MaxText-len(card)) + card + "x and more"
	s.Add(e)
	assert.NotContains(t, plainSnapshot(t, s), card)

	cfg := &Config{Redact: redact.Default().Kept}
	assert.Equal(t, "id "+card+"x", boundedText(cfg, "id "+card+"x", MaxKey), "under the bound: as the redactor leaves it")
	assert.Equal(t, "------"+redact.Mask, boundedText(cfg, "------"+card+"x", 22), "cut: redacted again")
}
