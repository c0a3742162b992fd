package render

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/markup/markuptest"
)

// checkMarkdownInert parses backlog.md with goldmark (GFM) and fails on
// any live markup but the table's links to item anchors and the anchors.
func checkMarkdownInert(t *testing.T, doc *backlog.Document) {
	t.Helper()
	md := string(Markdown(doc))
	if bad := markuptest.Check(md, markuptest.Allow{LinkPrefixes: []string{"#"}, Anchors: true}); len(bad) > 0 {
		html, _ := markuptest.HTML(md)
		t.Fatalf("live markup in backlog.md:\n%s\n--- markdown:\n%s\n--- html:\n%s", strings.Join(bad, "\n"), md, html)
	}
	// Every item keeps its section: the heading count is the item count.
	html, err := markuptest.HTML(md)
	require.NoError(t, err)
	require.Equal(t, len(doc.Items), strings.Count(html, "<h3>"), "one heading per item:\n%s", html)
}

func hostileDoc(f func() string, items int) *backlog.Document {
	doc := &backlog.Document{}
	for i := range items {
		it := markuptest.Item(f)
		it.Rank = i + 1
		it.Fingerprint = f() // the fingerprint attribute is telemetry too
		it.Override = &backlog.OverrideRef{Action: "boost", Reason: f()}
		doc.Items = append(doc.Items, it)
	}
	w := markuptest.Item(f)
	doc.Watchlist = []backlog.Item{w}
	doc.Problems = []backlog.Problem{{ID: f(), Head: f(), Title: f(), Members: []string{f(), f()}, Reasons: []string{f()}}}
	return doc
}

// The reproduction of issue #9 point 1: backlog.md wrote titles, services
// and releases as raw HTML and Markdown.
func TestMarkdownReproductionInert(t *testing.T) {
	i := 0
	vals := []string{
		"<img src=x onerror=alert(1)>", "pay ![t](https://evil.example/t.png) [login](https://evil.example/phish) @some-org/security-team",
		"x | y </td><script>alert(1)</script>", "```\n@octocat <b>x</b>", "v1 ` [x](https://evil.example) `", "www.evil.example",
	}
	doc := hostileDoc(func() string { i++; return vals[i%len(vals)] }, 3)
	checkMarkdownInert(t, doc)
}

func TestMarkdownInertProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 3))
	n := 200
	if testing.Short() {
		n = 30
	}
	for range n {
		checkMarkdownInert(t, hostileDoc(markuptest.Random(rng), 3))
	}
}

func FuzzMarkdownInert(f *testing.F) {
	f.Add("<img src=x onerror=alert(1)>", []byte{1, 2, 3})
	f.Add("a | b ``` @x", []byte("\x05\x06\x07\x08"))
	f.Fuzz(func(t *testing.T, title string, data []byte) {
		doc := hostileDoc(markuptest.FromBytes(data), 1) // one item: the fuzz loop stays fast
		doc.Items[0].Title, doc.Watchlist[0].Title = title, title
		checkMarkdownInert(t, doc)
	})
}
