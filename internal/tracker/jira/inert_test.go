package jira

import (
	"encoding/json"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/contract"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/markup/markuptest"
)

const traceBase = "https://tempo.example/trace/"

func settings() tracker.Settings {
	s := tracker.DefaultSettings()
	s.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	s.TraceURLTemplate = traceBase + "{{.TraceID}}"
	return s
}

// checkADFInert validates doc against the ADF schema and walks it: telemetry
// only in text nodes; the only marks code, strong, em and link, links
// only to the configured trace URL; no mention, reference or autolink in
// text outside code; the footer paragraph last.
func checkADFInert(t *testing.T, validate func(any) error, fp string, doc Node) {
	t.Helper()
	raw, _ := json.Marshal(doc)
	require.NoError(t, validate(doc), "%s", raw)
	var walk func(n Node, inCode bool)
	walk = func(n Node, inCode bool) {
		switch n.Type {
		case "doc", "paragraph", "heading", "bulletList", "orderedList", "listItem", "rule":
		case "codeBlock":
			inCode = true
		case "text":
			require.Empty(t, markuptest.ControlProblems(n.Text), "%s", raw)
			code := inCode
			for _, m := range n.Marks {
				switch m.Type {
				case "code":
					code = true
				case "strong", "em":
				case "link":
					href, _ := m.Attrs["href"].(string)
					require.True(t, strings.HasPrefix(href, traceBase), "link mark %q not from configuration in %s", href, raw)
				default:
					t.Fatalf("mark %q in %s", m.Type, raw)
				}
			}
			if !code {
				require.Empty(t, markuptest.TextProblems(n.Text), "%s", raw)
			}
		default:
			t.Fatalf("node type %q in %s", n.Type, raw)
		}
		for _, c := range n.Content {
			walk(c, inCode)
		}
	}
	walk(doc, false)
	last := doc.Content[len(doc.Content)-1]
	require.Equal(t, "paragraph", last.Type)
	require.Equal(t, "backlog fingerprint: ", last.Content[0].Text, "%s", raw)
	require.Equal(t, fp, last.Content[1].Text, "%s", raw)
}

var (
	noformatBlockRE = regexp.MustCompile(`(?s)\{noformat\}\n.*?\n\{noformat\}`)
	wikiLinkRE      = regexp.MustCompile(`^\[trace\|` + regexp.QuoteMeta(traceBase) + `[^\]|\s]*\]`)
	wikiHeadingRE   = regexp.MustCompile(`^h2\. [A-Z][a-z]+( [a-z]+)?$`)
	schemeRE        = regexp.MustCompile(`(?i)[a-z][a-z0-9+.-]*://`)
	lineBlockRE     = regexp.MustCompile(`(?i)^\s*(h[1-6]|bq)\.`)
)

// wikiProblems tokenizes Jira wiki markup outside {noformat} blocks (which
// Jira renders verbatim) and returns the live markup that configuration
// did not build: links and mentions ([..], [~user]), images (!..!),
// macros ({..} but the {{monospace}} delimiters), forced line breaks
// (\\), autolinks and block markers (h1. at a line start but the
// template's headings).
func wikiProblems(w string) []string {
	bad := markuptest.ControlProblems(w)
	w = noformatBlockRE.ReplaceAllString(w, "\x00")
	if strings.Contains(w, "{noformat}") {
		bad = append(bad, "unbalanced {noformat}")
	}
	for _, line := range strings.Split(w, "\n") {
		if lineBlockRE.MatchString(line) && !wikiHeadingRE.MatchString(line) {
			bad = append(bad, "block marker: "+line)
		}
	}
	// live is w with every backslash-escaped character masked.
	live := []byte(w)
	for i := 0; i < len(w); i++ {
		if w[i] == '\\' && i+1 < len(w) {
			if w[i+1] == '\\' {
				bad = append(bad, "forced line break at "+w[i:min(len(w), i+20)])
			}
			live[i+1] = 'x'
			i++
		}
	}
	var links [][2]int
	for i := 0; i < len(live); i++ {
		switch c := live[i]; c {
		case '[':
			m := wikiLinkRE.Find(live[i:])
			if m == nil {
				bad = append(bad, "link or mention: "+w[i:min(len(w), i+40)])
				continue
			}
			links = append(links, [2]int{i, i + len(m)})
			i += len(m) - 1
		case '!':
			bad = append(bad, "image or icon marker: "+w[i:min(len(w), i+40)])
		case '{', '}':
			if i+1 < len(live) && live[i+1] == c {
				i++
				continue
			}
			bad = append(bad, "macro brace: "+w[max(0, i-10):min(len(w), i+20)])
		}
	}
	for _, m := range schemeRE.FindAllIndex(live, -1) {
		inLink := false
		for _, l := range links {
			inLink = inLink || m[0] >= l[0] && m[1] <= l[1]
		}
		if !inLink {
			bad = append(bad, "autolink: "+w[m[0]:min(len(w), m[0]+40)])
		}
	}
	return bad
}

func renderJira(t *testing.T, it backlog.Item, deployment string, limit int) string {
	t.Helper()
	b := &Backend{cfg: Config{Deployment: deployment}}
	_, body, err := tracker.Render(settings(), it, limit, b.BodyLen)
	require.NoError(t, err)
	require.LessOrEqual(t, b.BodyLen(body), limit)
	return body
}

// The reproductions of issue #9 point 1 for Jira: the service name made an
// image, a link and a user mention on Server and a link mark on Cloud; a
// javascript: link became an href.
func TestJiraReproductionsInert(t *testing.T) {
	validate := markupValidator(t)
	svc := "pay ![t](https://evil.example/t.png) [login](https://evil.example/phish) @some-org/security-team !https://evil.example/w.png! [~admin] {color:red}x{color}"
	it := markuptest.Item(func() string { return "" })
	it.Service, it.Owner, it.Title = svc, svc, "Payment failed, cc @octocat [docs](javascript:alert(2))"
	it.Releases = map[string]int64{svc: 1, "v1 ` [x](https://evil.example) `": 2}
	it.Exemplars[0].Body, it.Exemplars[0].TraceID = svc, "abc"

	md := renderJira(t, it, Cloud, BodyLimit)
	checkADFInert(t, validate, it.Fingerprint, ToADF(md))
	wiki := ToWiki(renderJira(t, it, Server, BodyLimit))
	assert.Empty(t, wikiProblems(wiki), "%s", wiki)
	assert.Contains(t, wiki, "[trace|"+traceBase+"abc]", "the configured link stays a link")

	// Markdown from a custom template: links other than http(s) are text.
	doc := ToADF("[docs](javascript:alert(2)) [x](data:text/html,1) <a href=\"https://e.example\">y</a> ![i](https://e.example/i.png)")
	raw, _ := json.Marshal(doc)
	assert.NotContains(t, string(raw), `"link"`)
	assert.NotContains(t, ToWiki("[docs](javascript:alert(2))"), "|javascript")
}

func markupValidator(t *testing.T) func(any) error { return contract.ADF(t) }

// Property: hostile items render to schema-valid ADF with no mark but the
// configured links, and to wiki markup with no live token, at any limit.
func TestJiraInertProperty(t *testing.T) {
	validate := markupValidator(t)
	rng := rand.New(rand.NewPCG(9, 2))
	n := 150
	if testing.Short() {
		n = 30
	}
	for range n {
		it := markuptest.Item(markuptest.Random(rng))
		limit := BodyLimit
		if rng.IntN(2) == 0 {
			limit = 1500 + rng.IntN(4000)
		}
		checkADFInert(t, validate, it.Fingerprint, ToADF(renderJira(t, it, Cloud, limit)))
		wiki := ToWiki(renderJira(t, it, Server, limit))
		require.Empty(t, wikiProblems(wiki), "%s", wiki)
	}
}

// FuzzJiraInert runs what the property test checks but the schema (20 ms
// a document): the node and mark walk of the ADF and the wiki tokenizer.
func FuzzJiraInert(f *testing.F) {
	f.Add("pay ![t](https://evil.example/t.png) [login](https://evil.example/phish) @some-org/security-team !https://evil.example/w.png! [~admin]", []byte{3, 4, 5, 6})
	f.Add("{noformat}\\\\[~a]", []byte("\x10\x11\x12"))
	noSchema := func(any) error { return nil }
	f.Fuzz(func(t *testing.T, service string, data []byte) {
		it := markuptest.Item(markuptest.FromBytes(data))
		it.Service, it.Exemplars[0].Service = service, service
		_, md, err := tracker.Render(settings(), it, BodyLimit, utf8.RuneCountInString)
		if err != nil {
			t.Fatal(err)
		}
		checkADFInert(t, noSchema, it.Fingerprint, ToADF(md))
		if bad := wikiProblems(ToWiki(md)); len(bad) > 0 {
			t.Fatalf("%v\n%s", bad, ToWiki(md))
		}
	})
}

// The wiki checker is real: each kind of live markup is caught, escaped
// markup is not.
func TestWikiProblemsCatches(t *testing.T) {
	for _, bad := range []string{"[~admin]", "[login|https://evil.example]", "!https://e.example/w.png!", "{color:red}x{color}",
		"a\\\\b", "see https://evil.example", "h1. x", "{noformat}\nx", "[trace|https://evil.example/x]"} {
		assert.NotEmpty(t, wikiProblems(bad), bad)
	}
	for _, ok := range []string{"\\[\\~admin\\]", "\\!x\\!", "{{code}}", "https:\u2060//x", "{noformat}\n[~a] !x! {y}\n{noformat}", "[trace|" + traceBase + "abc]", "h2. Problem"} {
		assert.Empty(t, wikiProblems(ok), ok)
	}
}
