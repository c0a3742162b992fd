// Package markuptest checks, in tests, that Markdown written by a renderer
// carries no live markup from telemetry. It does not reuse the escaping
// of package markup: the Markdown is parsed by goldmark with GitHub
// Flavored Markdown (tables, strikethrough, task lists and autolinks),
// rendered to HTML with raw HTML let through, and the HTML is parsed by
// golang.org/x/net/html; the checks walk that DOM the way GitHub's and
// GitLab's post-processing filters walk theirs (mentions, references and
// autolinks are found in text nodes outside code).
package markuptest

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"golang.org/x/net/html"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

// Allow lists the live markup a renderer builds from configuration.
type Allow struct {
	// LinkPrefixes are hrefs prefixes of allowed links (e.g. the
	// configured trace URL up to its first placeholder); a link with any
	// other href is a violation.
	LinkPrefixes []string
	// Comments are the HTML comments allowed (the hidden marker).
	Comments []string
	// Anchors allows <a id="..."> anchors without href (backlog.md).
	Anchors bool
	// Elements are extra HTML elements allowed (none by default).
	Elements []string
}

var gfm = goldmark.New(
	goldmark.WithExtensions(extension.GFM),
	goldmark.WithRendererOptions(gmhtml.WithUnsafe()),
)

// Elements Markdown itself produces.
var structural = map[string]bool{
	"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "code": true, "pre": true, "strong": true, "em": true,
	"hr": true, "br": true, "blockquote": true, "table": true, "thead": true, "tbody": true,
	"tr": true, "th": true, "td": true, "del": true,
	"html": true, "head": true, "body": true,
}

var (
	// A GitHub/GitLab user or team mention: "@" at the start or after a
	// character that is not a word character, then a name character.
	mentionRE = regexp.MustCompile(`(^|[^A-Za-z0-9_` + "`" + `])@[A-Za-z0-9_]`)
	// Issue, merge request, label, milestone, snippet, epic references.
	referenceRE = regexp.MustCompile(`(^|[^A-Za-z0-9_&])[#!~%$&^][A-Za-z0-9_]`)
	// GitHub's shorthand for an issue or pull request, "GH-26".
	ghRefRE = regexp.MustCompile(`(?i)(^|[^A-Za-z0-9_])gh-[0-9]`)
	// GitLab's named references: vulnerabilities, feature flags, iterations.
	namedRefRE = regexp.MustCompile(`(?i)\[(vulnerability|feature_flag):|\*iteration:`)
	// What GitHub, GitLab and Jira turn into links in text.
	autolinkRE = regexp.MustCompile(`(?i)([a-z][a-z0-9+.-]*://|www\.|mailto:[^\s@]*@[A-Za-z0-9])`)
	// What drives a terminal or the reading order rather than showing:
	// C0 controls but tab, newline and carriage return (ESC), DEL, C1
	// controls, bidi embeddings, overrides and isolates.
	controlRE = regexp.MustCompile(`[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x{80}-\x{9f}\x{202a}-\x{202e}\x{2066}-\x{2069}]`)
)

// ControlProblems returns the control characters in s (anywhere: code
// spans and fenced blocks show them to a terminal too).
func ControlProblems(s string) []string {
	if m := controlRE.FindStringIndex(s); m != nil {
		return []string{fmt.Sprintf("control character %q in %q", s[m[0]:m[1]], s[max(0, m[0]-20):min(len(s), m[1]+20)])}
	}
	return nil
}

// HTML renders md as GitHub would before its filters (for messages).
func HTML(md string) (string, error) {
	var b bytes.Buffer
	err := gfm.Convert([]byte(md), &b)
	return b.String(), err
}

// Check returns every live piece of markup in md that allow does not list:
// links, images, raw HTML elements and comments, and mentions, references
// and autolinks in text outside code.
func Check(md string, allow Allow) []string {
	out, err := HTML(md)
	if err != nil {
		return []string{"goldmark: " + err.Error()}
	}
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		return []string{"html: " + err.Error()}
	}
	bad := ControlProblems(md)
	seen := map[string]int{}
	extra := map[string]bool{}
	for _, e := range allow.Elements {
		extra[e] = true
	}
	var walk func(n *html.Node, inCode bool)
	walk = func(n *html.Node, inCode bool) {
		switch n.Type {
		case html.CommentNode:
			seen["<!--"+n.Data+"-->"]++
			if !slices.Contains(allow.Comments, "<!--"+n.Data+"-->") {
				bad = append(bad, fmt.Sprintf("HTML comment %q", n.Data))
			}
		case html.ElementNode:
			switch {
			case n.Data == "a":
				href, id := attr(n, "href"), attr(n, "id")
				switch {
				case href == "" && id != "" && allow.Anchors && len(n.Attr) == 1:
				case href != "" && hasPrefix(href, allow.LinkPrefixes) && len(n.Attr) == 1:
				default:
					bad = append(bad, fmt.Sprintf("link %s", render(n)))
				}
			case structural[n.Data] || extra[n.Data]:
				if len(n.Attr) > 0 && n.Data != "th" && n.Data != "td" && n.Data != "code" {
					bad = append(bad, fmt.Sprintf("attribute on <%s>: %s", n.Data, render(n)))
				}
			default:
				bad = append(bad, fmt.Sprintf("HTML element %s", render(n)))
			}
			if n.Data == "code" || n.Data == "pre" {
				inCode = true
			}
		}
		if n.Type == html.ElementNode && !inCode && isBlock(n.Data) {
			bad = append(bad, TextProblems(textOf(n))...)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inCode)
		}
	}
	walk(doc, false)
	for _, c := range allow.Comments {
		if seen[c] != 1 {
			bad = append(bad, fmt.Sprintf("comment %s appears %d times as a comment (want 1)", c, seen[c]))
		}
	}
	return bad
}

// TextProblems returns the mentions, references and autolinks GitHub,
// GitLab or Jira would find in txt, shown as plain text (a title, or the
// text of a rendered block).
func TextProblems(txt string) []string {
	bad := ControlProblems(txt)
	for _, re := range []*regexp.Regexp{mentionRE, referenceRE, ghRefRE, namedRefRE, autolinkRE} {
		if m := re.FindString(txt); m != "" {
			bad = append(bad, fmt.Sprintf("%q in text %q", m, txt))
		}
	}
	return bad
}

func isBlock(tag string) bool {
	switch tag {
	case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "blockquote":
		return true
	}
	return false
}

// textOf concatenates the text of n outside code, as one string per
// block; code and nested blocks are replaced by a space (filters do not
// join text across them).
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && (c.Data == "code" || c.Data == "pre" || isBlock(c.Data) || c.Data == "ul" || c.Data == "ol"):
				b.WriteString(" ")
			case c.Type == html.ElementNode:
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if p != "" && strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func render(n *html.Node) string {
	var b bytes.Buffer
	_ = html.Render(&b, n)
	s := b.String()
	if len(s) > 200 {
		s = s[:200] + "..."
	}
	return s
}

// Alphabet is rich in the characters and words that make markup in
// Markdown, GitHub/GitLab references, Jira wiki markup and HTML, and in
// the control characters that drive a terminal or reorder text.
var Alphabet = []string{
	"@", "!", "[", "]", "(", ")", "<", ">", "&", "`", "``", "```", "*", "_", "~", "|", "{", "}", "#", ":", "/", ".",
	"\n", "\n\n", " ", "    ", "\t", "\\", "-", "+", "=", "^", "?", "%", "$", "'", "\"", "1", "a", "Z", "é", "\u2060",
	"https://", "http://", "www.", "javascript:", "mailto:", "ftp://", "evil.example", "octocat", "some-org/team",
	"[~admin]", "!x.png!", "{noformat}", "{code}", "{{", "}}", "<!--", "-->", "<img src=x onerror=alert(1)>",
	"<script>", "&lt;", "&#96;", "1. ", "- ", "# ", "> ", "---", "===", "[x](https://evil.example)", "![t](https://e.example/t.png)",
	"h1. ", "bq. ", "----", "[a|https://evil.example]", "<https://evil.example>", "user@example.com", "#12", "GH-1", "[vulnerability:", "*iteration:",
	"\x1b[8m", "\x1b]0;t\x07", "\u009b31m", "\u0085", "\x00", "\x7f", "\v", "\u202e", "\u2066", "\u2069", "\u200f",
}

// Hostile builds a string from the alphabet, driven by data (fuzz or
// random bytes): each byte picks one entry.
func Hostile(data []byte) string {
	var b strings.Builder
	for _, c := range data {
		b.WriteString(Alphabet[int(c)%len(Alphabet)])
	}
	return b.String()
}

// Item is a backlog item whose every telemetry field is f() (a fixed
// fingerprint, problem and trend; three exemplars with hostile trace and
// span ids, one with a real trace id).
func Item(f func() string) backlog.Item {
	t0 := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	it := backlog.Item{
		Fingerprint: "a1b2c3d4e5f60718", Kind: "log", State: backlog.StateNew, Count: 3, Rank: 2,
		Title: f(), Template: f(), Service: f(), LikelyCause: f(), Owner: f(), NewInRelease: f(), ErrorType: f(), Gate: f(),
		Releases:       map[string]int64{f(): 3, f(): 1},
		Dependencies:   map[string]int64{f(): 2},
		Journeys:       map[string]int64{f(): 2},
		Services:       map[string]int64{f(): 2},
		Operations:     map[string]int64{f(): 2},
		Environments:   map[string]int64{f(): 2},
		ScoreBreakdown: backlog.Breakdown{Notes: []string{f(), f()}},
		Problem:        backlog.ProblemRef{ID: "p-1", Head: "b1b2c3d4e5f60718"},
		Trend:          []int64{1, 2, 3},
		FirstSeen:      t0, LastSeen: t0,
	}
	for range 3 {
		it.Exemplars = append(it.Exemplars, backlog.Exemplar{Time: t0, Body: f(), Service: f(), TraceID: f(), SpanID: f()})
	}
	it.Exemplars = append(it.Exemplars, backlog.Exemplar{Time: t0, Body: f(), Service: f(), TraceID: "4bf92f3577b34da6a3ce929d0e0e4736"})
	return it
}

// Random returns a generator of hostile strings of up to 24 alphabet
// entries.
func Random(rng *rand.Rand) func() string {
	return func() string {
		b := make([]byte, rng.IntN(24))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		return Hostile(b)
	}
}

// FromBytes returns a generator that consumes data (fuzz input): each
// string takes a length byte and that many alphabet picks.
func FromBytes(data []byte) func() string {
	i := 0
	return func() string {
		if i >= len(data) {
			return ""
		}
		n := min(int(data[i]%16), len(data)-i-1)
		s := Hostile(data[i+1 : i+1+n])
		i += n + 1
		return s
	}
}
