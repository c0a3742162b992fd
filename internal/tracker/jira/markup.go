package jira

import (
	"encoding/json"
	"regexp"
	"strings"
)

// The sink renders Markdown; Jira Cloud v3 wants Atlassian Document Format
// and Server/DC v2 wants wiki markup. These converters cover the Markdown
// the templates produce: headings, bullet lists, fenced code, rules,
// paragraphs, and inline code, bold, italics and links. HTML comments (the
// hidden marker) are dropped: Jira shows them as text; the marker label and
// the visible footer line remain.

type block struct {
	kind  string // heading, para, bullet, code, rule
	level int
	text  string
	items []string
}

func blocks(md string) []block {
	var out []block
	var para []string
	var list []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, block{kind: "para", text: strings.Join(para, " ")})
			para = nil
		}
		if len(list) > 0 {
			out = append(out, block{kind: "bullet", items: list})
			list = nil
		}
	}
	lines := strings.Split(md, "\n")
	for i := 0; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], " \r")
		trim := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trim, "```"):
			flush()
			var code []string
			for i++; i < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[i]), "```"); i++ {
				code = append(code, lines[i])
			}
			out = append(out, block{kind: "code", text: strings.Join(code, "\n")})
		case strings.HasPrefix(trim, "<!--") && strings.HasSuffix(trim, "-->"):
			// hidden marker: dropped
		case trim == "":
			flush()
		case trim == "---" || trim == "***":
			flush()
			out = append(out, block{kind: "rule"})
		case strings.HasPrefix(trim, "#"):
			level := len(trim) - len(strings.TrimLeft(trim, "#"))
			if level > 6 || !strings.HasPrefix(trim[level:], " ") {
				para = append(para, trim)
				continue
			}
			flush()
			out = append(out, block{kind: "heading", level: level, text: strings.TrimSpace(trim[level:])})
		case strings.HasPrefix(trim, "- ") || strings.HasPrefix(trim, "* "):
			if len(para) > 0 {
				out = append(out, block{kind: "para", text: strings.Join(para, " ")})
				para = nil
			}
			list = append(list, strings.TrimSpace(trim[2:]))
		default:
			if len(list) > 0 {
				flush()
			}
			para = append(para, trim)
		}
	}
	flush()
	return out
}

type span struct {
	kind string // text, code, strong, em, link
	text string
	href string
}

var inlineRE = regexp.MustCompile("`[^`]+`|\\*\\*[^*]+\\*\\*|\\[[^\\]]+\\]\\([^)\\s]+\\)|_[^_\\s][^_]*_")

func spans(s string) []span {
	var out []span
	last := 0
	for _, m := range inlineRE.FindAllStringIndex(s, -1) {
		tok := s[m[0]:m[1]]
		if tok[0] == '_' && (m[0] > 0 && isWord(s[m[0]-1]) || m[1] < len(s) && isWord(s[m[1]])) {
			continue
		}
		if m[0] > last {
			out = append(out, span{kind: "text", text: s[last:m[0]]})
		}
		switch tok[0] {
		case '`':
			out = append(out, span{kind: "code", text: tok[1 : len(tok)-1]})
		case '*':
			out = append(out, span{kind: "strong", text: tok[2 : len(tok)-2]})
		case '_':
			out = append(out, span{kind: "em", text: tok[1 : len(tok)-1]})
		case '[':
			mid := strings.Index(tok, "](")
			out = append(out, span{kind: "link", text: tok[1:mid], href: tok[mid+2 : len(tok)-1]})
		}
		last = m[1]
	}
	if last < len(s) {
		out = append(out, span{kind: "text", text: s[last:]})
	}
	return out
}

func isWord(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
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
	if len(n.Content) > 0 || (n.Type != "doc" && n.Type != "bulletList" && n.Type != "listItem") {
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

// ToADF converts Markdown to an ADF document.
func ToADF(md string) Node {
	doc := Node{Type: "doc", Version: 1, Content: []Node{}}
	for _, b := range blocks(md) {
		switch b.kind {
		case "heading":
			doc.Content = append(doc.Content, Node{Type: "heading", Attrs: map[string]any{"level": b.level}, Content: inlineADF(b.text)})
		case "para":
			doc.Content = append(doc.Content, Node{Type: "paragraph", Content: inlineADF(b.text)})
		case "bullet":
			l := Node{Type: "bulletList"}
			for _, it := range b.items {
				l.Content = append(l.Content, Node{Type: "listItem", Content: []Node{{Type: "paragraph", Content: inlineADF(it)}}})
			}
			doc.Content = append(doc.Content, l)
		case "code":
			n := Node{Type: "codeBlock"}
			if b.text != "" {
				n.Content = []Node{{Type: "text", Text: b.text}}
			}
			doc.Content = append(doc.Content, n)
		case "rule":
			doc.Content = append(doc.Content, Node{Type: "rule"})
		}
	}
	return doc
}

func inlineADF(s string) []Node {
	var out []Node
	for _, sp := range spans(s) {
		if sp.text == "" {
			continue
		}
		n := Node{Type: "text", Text: sp.text}
		switch sp.kind {
		case "code":
			n.Marks = []Mark{{Type: "code"}}
		case "strong":
			n.Marks = []Mark{{Type: "strong"}}
		case "em":
			n.Marks = []Mark{{Type: "em"}}
		case "link":
			n.Marks = []Mark{{Type: "link", Attrs: map[string]any{"href": sp.href}}}
		}
		out = append(out, n)
	}
	return out
}

var wikiEscaper = strings.NewReplacer("{", "\\{", "}", "\\}", "[", "\\[", "]", "\\]", "|", "\\|", "*", "\\*", "_", "\\_")

// ToWiki converts Markdown to Jira wiki markup.
func ToWiki(md string) string {
	var b strings.Builder
	for i, bl := range blocks(md) {
		if i > 0 {
			b.WriteString("\n\n")
		}
		switch bl.kind {
		case "heading":
			b.WriteString("h" + string(rune('0'+bl.level)) + ". " + inlineWiki(bl.text))
		case "para":
			b.WriteString(inlineWiki(bl.text))
		case "bullet":
			for j, it := range bl.items {
				if j > 0 {
					b.WriteString("\n")
				}
				b.WriteString("* " + inlineWiki(it))
			}
		case "code":
			b.WriteString("{noformat}\n" + strings.ReplaceAll(bl.text, "{noformat}", "{ noformat}") + "\n{noformat}")
		case "rule":
			b.WriteString("----")
		}
	}
	return b.String()
}

func inlineWiki(s string) string {
	var b strings.Builder
	for _, sp := range spans(s) {
		switch sp.kind {
		case "code":
			b.WriteString("{{" + wikiEscaper.Replace(sp.text) + "}}")
		case "strong":
			b.WriteString("*" + sp.text + "*")
		case "em":
			b.WriteString("_" + sp.text + "_")
		case "link":
			b.WriteString("[" + strings.ReplaceAll(sp.text, "|", "/") + "|" + sp.href + "]")
		default:
			b.WriteString(sp.text)
		}
	}
	return b.String()
}
