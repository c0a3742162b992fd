package jira

import (
	"encoding/json"
	"html"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/markup"
)

// The sink renders Markdown; Jira Cloud v3 wants Atlassian Document Format
// and Server/DC v2 wants wiki markup. The Markdown is parsed by goldmark
// (CommonMark), so backslash escapes, character references and code span
// delimiters mean what they mean on GitHub: telemetry that package markup
// placed as text stays text. Converted: headings, lists, fenced and
// indented code, rules, paragraphs, pipe tables (GFM; the digest's), and
// inline code, bold, italics and links. Links become ADF link marks or wiki links only with an http(s)
// URL (the renderer builds them from trace_url_template alone); any other
// link, an image or raw HTML becomes its text. HTML blocks (the hidden
// marker) are dropped: Jira shows them as text; the marker label and the
// visible footer line remain.

var md = goldmark.New(goldmark.WithExtensions(extension.Table))

type block struct {
	kind    string // heading, para, bullet, ordered, code, rule, table
	level   int
	inl     []span
	items   [][]block
	text    string
	ordered bool
	// rows of a table: cells' inlines; the first row is the header.
	rows [][][]span
}

type span struct {
	text       string
	code       bool
	strong, em bool
	href       string
}

func blocks(src string) []block {
	source := []byte(src)
	doc := md.Parser().Parse(text.NewReader(source))
	return blockList(doc, source)
}

func blockList(parent ast.Node, src []byte) []block {
	var out []block
	for n := parent.FirstChild(); n != nil; n = n.NextSibling() {
		switch x := n.(type) {
		case *ast.Heading:
			out = append(out, block{kind: "heading", level: x.Level, inl: inlines(x, src, span{})})
		case *ast.Paragraph, *ast.TextBlock:
			if inl := inlines(x, src, span{}); len(inl) > 0 {
				out = append(out, block{kind: "para", inl: inl})
			}
		case *ast.List:
			b := block{kind: "bullet", ordered: x.IsOrdered()}
			if b.ordered {
				b.kind = "ordered"
			}
			for it := x.FirstChild(); it != nil; it = it.NextSibling() {
				b.items = append(b.items, blockList(it, src))
			}
			out = append(out, b)
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			var sb strings.Builder
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				sb.Write(seg.Value(src))
			}
			out = append(out, block{kind: "code", text: strings.TrimRight(sb.String(), "\n")})
		case *ast.ThematicBreak:
			out = append(out, block{kind: "rule"})
		case *ast.Blockquote:
			out = append(out, blockList(x, src)...)
		case *ast.HTMLBlock:
			// dropped (the hidden marker comment)
		case *east.Table:
			b := block{kind: "table"}
			for r := x.FirstChild(); r != nil; r = r.NextSibling() {
				var row [][]span
				for c := r.FirstChild(); c != nil; c = c.NextSibling() {
					row = append(row, inlines(c, src, span{}))
				}
				b.rows = append(b.rows, row)
			}
			out = append(out, b)
		default:
			out = append(out, blockList(n, src)...)
		}
	}
	return out
}

// inlines flattens n's inline children into spans carrying their marks.
func inlines(n ast.Node, src []byte, mark span) []span {
	var out []span
	add := func(s span) {
		if s.text == "" {
			return
		}
		if k := len(out) - 1; k >= 0 && out[k].code == s.code && out[k].strong == s.strong && out[k].em == s.em && out[k].href == s.href {
			out[k].text += s.text
			return
		}
		out = append(out, s)
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch x := c.(type) {
		case *ast.Text:
			s := mark
			s.text = decode(x.Segment.Value(src))
			if x.SoftLineBreak() || x.HardLineBreak() {
				s.text += " "
			}
			add(s)
		case *ast.String:
			s := mark
			s.text = string(x.Value)
			add(s)
		case *ast.CodeSpan:
			var sb strings.Builder
			for t := x.FirstChild(); t != nil; t = t.NextSibling() {
				if tx, ok := t.(*ast.Text); ok {
					sb.Write(tx.Segment.Value(src))
				}
			}
			s := mark
			s.text, s.code, s.strong, s.em = sb.String(), true, false, false
			add(s)
		case *ast.Emphasis:
			m := mark
			if x.Level >= 2 {
				m.strong = true
			} else {
				m.em = true
			}
			for _, s := range inlines(x, src, m) {
				add(s)
			}
		case *ast.Link:
			m := mark
			if u, ok := markup.SafeURL(string(x.Destination)); ok {
				m.href = u
			}
			for _, s := range inlines(x, src, m) {
				add(s)
			}
		case *ast.AutoLink:
			s := mark
			s.text = string(x.URL(src))
			if u, ok := markup.SafeURL(s.text); ok && x.AutoLinkType == ast.AutoLinkURL {
				s.href = u
			}
			add(s)
		case *ast.RawHTML:
			var sb strings.Builder
			for i := 0; i < x.Segments.Len(); i++ {
				seg := x.Segments.At(i)
				sb.Write(seg.Value(src))
			}
			s := mark
			s.text = sb.String()
			add(s)
		default: // images: their alt text
			for _, s := range inlines(c, src, mark) {
				add(s)
			}
		}
	}
	if k := len(out) - 1; k >= 0 {
		out[k].text = strings.TrimRight(out[k].text, " ")
		if out[k].text == "" {
			out = out[:k]
		}
	}
	return out
}

// decode resolves backslash escapes and character references in Markdown
// text, as a Markdown renderer does.
func decode(b []byte) string {
	var sb strings.Builder
	start := 0
	for i := 0; i < len(b); i++ {
		if b[i] == '\\' && i+1 < len(b) && util.IsPunct(b[i+1]) {
			sb.WriteString(html.UnescapeString(string(b[start:i])))
			sb.WriteByte(b[i+1])
			i++
			start = i + 1
		}
	}
	sb.WriteString(html.UnescapeString(string(b[start:])))
	return sb.String()
}

// Node is an ADF node.
type Node struct {
	Type    string         `json:"type"`
	Version int            `json:"version,omitempty"`
	Attrs   map[string]any `json:"attrs,omitempty"`
	Content []Node         `json:"content,omitempty"`
	Text    string         `json:"text,omitempty"`
	Marks   []Mark         `json:"marks,omitempty"`
}

// MarshalJSON keeps "content" on container nodes even when empty (the
// schema requires it on doc, lists and list items).
func (n Node) MarshalJSON() ([]byte, error) {
	type plain Node
	if len(n.Content) > 0 || (n.Type != "doc" && n.Type != "bulletList" && n.Type != "orderedList" && n.Type != "listItem") {
		return json.Marshal(plain(n))
	}
	return json.Marshal(struct {
		plain
		Content []Node `json:"content"`
	}{plain(n), []Node{}})
}

// Mark is an ADF text mark.
type Mark struct {
	Type  string         `json:"type"`
	Attrs map[string]any `json:"attrs,omitempty"`
}

// ToADF converts Markdown to an ADF document. Text lands only in text
// nodes (and code blocks); marks are code, strong, em, and link with an
// http(s) href.
func ToADF(md string) Node {
	return Node{Type: "doc", Version: 1, Content: adfBlocks(blocks(md), false)}
}

func adfBlocks(bs []block, inList bool) []Node {
	out := []Node{}
	for _, b := range bs {
		switch b.kind {
		case "heading":
			if inList {
				out = append(out, Node{Type: "paragraph", Content: inlineADF(b.inl)})
			} else {
				out = append(out, Node{Type: "heading", Attrs: map[string]any{"level": b.level}, Content: inlineADF(b.inl)})
			}
		case "para":
			out = append(out, Node{Type: "paragraph", Content: inlineADF(b.inl)})
		case "bullet", "ordered":
			l := Node{Type: "bulletList"}
			if b.ordered {
				l.Type = "orderedList"
			}
			for _, it := range b.items {
				li := Node{Type: "listItem", Content: adfBlocks(it, true)}
				if len(li.Content) == 0 {
					li.Content = []Node{{Type: "paragraph"}}
				}
				l.Content = append(l.Content, li)
			}
			out = append(out, l)
		case "code":
			n := Node{Type: "codeBlock"}
			if b.text != "" {
				n.Content = []Node{{Type: "text", Text: b.text}}
			}
			out = append(out, n)
		case "rule":
			if !inList {
				out = append(out, Node{Type: "rule"})
			}
		case "table":
			t := Node{Type: "table"}
			for i, row := range b.rows {
				tr := Node{Type: "tableRow"}
				cell := "tableCell"
				if i == 0 {
					cell = "tableHeader"
				}
				for _, c := range row {
					p := Node{Type: "paragraph", Content: inlineADF(c)}
					tr.Content = append(tr.Content, Node{Type: cell, Content: []Node{p}})
				}
				t.Content = append(t.Content, tr)
			}
			out = append(out, t)
		}
	}
	return out
}

func inlineADF(spans []span) []Node {
	var out []Node
	for _, sp := range spans {
		if sp.text == "" {
			continue
		}
		n := Node{Type: "text", Text: sp.text}
		switch {
		case sp.code:
			n.Marks = append(n.Marks, Mark{Type: "code"})
		default:
			if sp.strong {
				n.Marks = append(n.Marks, Mark{Type: "strong"})
			}
			if sp.em {
				n.Marks = append(n.Marks, Mark{Type: "em"})
			}
		}
		if sp.href != "" {
			n.Marks = append(n.Marks, Mark{Type: "link", Attrs: map[string]any{"href": sp.href}})
		}
		out = append(out, n)
	}
	return out
}

// ToWiki converts Markdown to Jira wiki markup. Text, code and link text
// are escaped (wikiText); code blocks become {noformat} blocks, which Jira
// renders verbatim.
func ToWiki(md string) string {
	var b strings.Builder
	for i, bl := range blocks(md) {
		if i > 0 {
			b.WriteString("\n\n")
		}
		switch bl.kind {
		case "heading":
			b.WriteString("h" + string(rune('0'+bl.level)) + ". " + inlineWiki(bl.inl))
		case "para":
			b.WriteString(lineStart(inlineWiki(bl.inl)))
		case "bullet", "ordered":
			wikiList(&b, bl, 1)
		case "code":
			b.WriteString(noformat(bl.text))
		case "rule":
			b.WriteString("----")
		case "table":
			for r, row := range bl.rows {
				if r > 0 {
					b.WriteString("\n")
				}
				sep := "|"
				if r == 0 {
					sep = "||"
				}
				for _, c := range row {
					cell := inlineWiki(c)
					if cell == "" {
						cell = " "
					}
					b.WriteString(sep + cell)
				}
				b.WriteString(sep)
			}
		}
	}
	return b.String()
}

func wikiList(b *strings.Builder, l block, depth int) {
	mark := "*"
	if l.ordered {
		mark = "#"
	}
	mark = strings.Repeat(mark, depth)
	for j, it := range l.items {
		if j > 0 {
			b.WriteString("\n")
		}
		b.WriteString(mark + " ")
		sep := ""
		for _, sub := range it {
			switch sub.kind {
			case "para", "heading":
				b.WriteString(sep + inlineWiki(sub.inl))
				sep = " "
			case "bullet", "ordered":
				b.WriteString("\n")
				wikiList(b, sub, depth+1)
			case "code":
				b.WriteString("\n" + noformat(sub.text))
			}
		}
	}
}

var noformatRE = regexp.MustCompile(`(?i)\{(noformat|code)`)

// codeMacroRE matches a code span's text that "{{" + text + "}}" would
// turn into a block macro ("{noformat}", "{code:java}") inside the braces.
var codeMacroRE = regexp.MustCompile(`(?i)^(noformat|code)(:|$)`)

// noformat wraps s in a {noformat} block; a "{noformat" inside s is
// broken so it cannot end the block.
func noformat(s string) string {
	return "{noformat}\n" + noformatRE.ReplaceAllString(s, "{ $1") + "\n{noformat}"
}

var blockStartRE = regexp.MustCompile(`(?i)^(h[1-6]|bq)\.`)

// lineStart keeps a paragraph from opening a wiki block ("h1. ", "bq. ").
func lineStart(s string) string {
	if blockStartRE.MatchString(s) {
		return markup.WordJoiner + s
	}
	return s
}

func inlineWiki(spans []span) string {
	var b strings.Builder
	for _, sp := range spans {
		t := wikiText(sp.text)
		if t == "" {
			continue
		}
		switch {
		case sp.code:
			// "{{noformat}}" holds "{noformat}": a word joiner after
			// "{{" keeps a code span from opening or closing a block
			// (the rule noformat applies inside blocks).
			if codeMacroRE.MatchString(t) {
				t = markup.WordJoiner + t
			}
			t = "{{" + t + "}}"
		default:
			if sp.em {
				t = "_" + t + "_"
			}
			if sp.strong {
				t = "*" + t + "*"
			}
		}
		if sp.href != "" {
			t = "[" + t + "|" + sp.href + "]"
		}
		b.WriteString(t)
	}
	return b.String()
}

// wikiText escapes s for Jira wiki markup: every character that opens
// markup ([ ] { } ! | ~ * _ ^ + - ? # @ and so links [..|..], mentions
// [~user], images !..!, macros {..}, effects *bold* and the rest) is
// backslash-escaped; a backslash is followed by a word joiner (so "\\" is
// no line break and "\x" escapes nothing); mentions, references and
// autolinks are broken (markup.Break); newlines are folded.
func wikiText(s string) string {
	s = markup.Break(strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' }), " "))
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\':
			b.WriteString("\\" + markup.WordJoiner)
		case '[', ']', '{', '}', '!', '|', '~', '*', '_', '^', '+', '-', '?', '#', '@':
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
