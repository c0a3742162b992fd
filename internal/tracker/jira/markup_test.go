package jira

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/contract"
)

const sample = "## Problem\nline one\nline two with `code {x}` and **bold** and [trace](https://j.example/t/1) and _note_ snake_case_name\n\n- item `a|b`\n- item two\n\n```\nraw <*> text\n```\n\n```\n```\n\n---\n<!-- backlog:fingerprint=abc -->\nbacklog fingerprint: `abc`"

func TestToADF(t *testing.T) {
	validate := contract.ADF(t)
	doc := ToADF(sample)
	require.NoError(t, validate(doc))
	raw, _ := json.Marshal(doc)
	s := string(raw)
	for _, want := range []string{`"type":"heading","attrs":{"level":2}`, `"marks":[{"type":"code"}]`, `"marks":[{"type":"strong"}]`, `{"type":"link","attrs":{"href":"https://j.example/t/1"}}`, `"type":"bulletList"`, `"type":"codeBlock"`, `"type":"rule"`, `snake_case_name`} {
		assert.Contains(t, s, want)
	}
	assert.NotContains(t, s, "<!--")
	require.NoError(t, validate(ToADF("")))
}

// The schema check is real: a broken document fails.
func TestADFSchemaRejects(t *testing.T) {
	validate := contract.ADF(t)
	bad := Node{Type: "doc", Version: 1, Content: []Node{{Type: "paragraph", Content: []Node{{Type: "text", Text: ""}}}}}
	assert.Error(t, validate(bad))
	assert.Error(t, validate(map[string]any{"type": "doc", "version": 1, "content": []any{map[string]any{"type": "blink"}}}))
}

func TestToWiki(t *testing.T) {
	got := ToWiki(sample)
	for _, want := range []string{"h2. Problem", "line one line two", "{{code \\{x\\}}}", "*bold*", "[trace|https://j.example/t/1]", "_note_", "* item {{a\\|b}}", "{noformat}\nraw <*> text\n{noformat}", "----", "backlog fingerprint: {{abc}}"} {
		assert.Contains(t, got, want)
	}
	assert.NotContains(t, got, "<!--")
	assert.False(t, strings.Contains(got, "```"))
}

func FuzzToADF(f *testing.F) {
	f.Add(sample)
	f.Add("`a` **b** _c_ [d](e)")
	f.Fuzz(func(t *testing.T, md string) {
		doc := ToADF(md)
		var walk func(Node)
		walk = func(n Node) {
			if n.Type == "text" && n.Text == "" {
				t.Fatalf("empty text node from %q", md)
			}
			for _, c := range n.Content {
				walk(c)
			}
		}
		walk(doc)
		_ = ToWiki(md)
	})
}

// TestTables: a pipe table (the digest's top problems) is a table in both
// formats; a cell's telemetry text stays text.
func TestTables(t *testing.T) {
	src := "| # | Title |\n|--:|-------|\n| 1 | boom \\| *x* [l](javascript:alert(1)) |\n| 2 | |\n"
	adf, err := json.Marshal(ToADF(src))
	require.NoError(t, err)
	assert.Contains(t, string(adf), `"type":"table"`)
	assert.Contains(t, string(adf), `{"type":"tableHeader","content":[{"type":"paragraph","content":[{"type":"text","text":"Title"}]}]}`)
	assert.NotContains(t, string(adf), "javascript:")
	assert.NoError(t, contract.ADF(t)(ToADF(src)))
	assert.Equal(t, "||\\#||Title||\n|1|boom \\| _x_ l|\n|2| |", ToWiki(src))
}
