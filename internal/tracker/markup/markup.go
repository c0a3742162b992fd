// Package markup places untrusted text (anything that came from telemetry:
// log bodies, templates, service names, attribute values) into Markdown so
// that it stays text: no mention, reference, link, autolink, image, HTML,
// emphasis or block structure can come out of it, whatever it holds. Each
// function is a placement (plain text, code span, fenced block, URL); the
// renderers call one per telemetry value and never concatenate raw
// telemetry into markup.
//
// Mentions, references and autolinks are not Markdown syntax: GitHub and
// GitLab find them in the rendered text. They are broken with a word
// joiner (U+2060, invisible, not whitespace) after the sigil ("@", "#",
// "!", "~", "%", "$", "&", "^"), after the colon of "://", inside "www.",
// after the dash of "GH-26" and the opener of GitLab's named references
// ("[vulnerability:12]"), so no tracker's pattern matches while the text
// reads the same. Control characters that would drive a terminal or
// reorder the text (ANSI escapes, bidi overrides) are dropped.
package markup

import (
	"net/url"
	"strings"
	"unicode/utf8"
)

// WordJoiner is the invisible character that breaks mentions, references
// and autolinks.
const WordJoiner = "\u2060"

const wj = '\u2060'

// isSigil reports characters that start a mention or reference on GitHub
// (@user, @org/team, #12), GitLab (@user, #12, !12, ~label, %milestone,
// $snippet, &epic, ^alert) or Jira.
func isSigil(r rune) bool {
	switch r {
	case '@', '#', '!', '~', '%', '$', '&', '^':
		return true
	}
	return false
}

// Break inserts a word joiner after every mention or reference sigil that
// is followed by something, after the colon of "://", between "www" and
// "." (any case), after the dash of GitHub's "GH-<number>" and after the
// opener of GitLab's "[vulnerability:", "[feature_flag:" and
// "*iteration:". Idempotent.
func Break(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, size := 0, 0; i < len(s); i += size {
		var r rune
		r, size = utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size]) // invalid UTF-8 is kept byte for byte
		rest := s[i+size:]
		if rest == "" || strings.HasPrefix(rest, WordJoiner) {
			continue
		}
		switch {
		case isSigil(r):
			if c, _ := utf8.DecodeRuneInString(rest); c != ' ' && c != '\t' && c != '\n' {
				b.WriteRune(wj)
			}
		case r == ':' && strings.HasPrefix(rest, "//"):
			b.WriteRune(wj)
		case (r == 'w' || r == 'W') && i >= 2 && strings.EqualFold(s[i-2:i+1], "www") && rest[0] == '.':
			b.WriteRune(wj)
		case r == '-' && i >= 2 && strings.EqualFold(s[i-2:i], "gh") && (i == 2 || !wordByte(s[i-3])) && '0' <= rest[0] && rest[0] <= '9':
			b.WriteRune(wj) // GitHub's "GH-26", a reference to issue #26
		case r == '[' && (prefixFold(rest, "vulnerability:") || prefixFold(rest, "feature_flag:")) || r == '*' && prefixFold(rest, "iteration:"):
			b.WriteRune(wj) // GitLab's named references
		}
	}
	return b.String()
}

// prefixFold reports whether s starts with p, in any case.
func prefixFold(s, p string) bool { return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) }

// wordByte reports an ASCII letter, digit or '_'.
func wordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// OneLine folds every run of whitespace (newlines included) into one space
// and trims the ends; control characters are dropped (DropControls).
func OneLine(s string) string { return strings.Join(strings.Fields(DropControls(s)), " ") }

// DropControls removes from s what acts on a terminal or on the reading
// order instead of showing as text, so that no log line can drive a
// terminal that shows backlog.md or make a title read otherwise than it
// is: the C0 controls but tab, newline and carriage return (ESC starts
// the ANSI and OSC escape sequences), DEL, the C1 controls U+0080-U+009F
// (CSI among them) and the bidi embeddings, overrides and isolates
// U+202A-U+202E and U+2066-U+2069 ("Trojan Source"). Vertical tab, form
// feed and NEL become a space (whitespace stays whitespace). A byte of
// invalid UTF-8 becomes U+FFFD: kept, the bytes either side of a dropped
// control would join into the character dropped ("\xe2" ESC "\x80\xae"
// is U+202E without the ESC), and a raw 0x9B is CSI to a terminal
// reading 8-bit controls (h106). Every placement calls it (OneLine,
// Fence), and the backlog exporter on every free-text field of its
// document (the web page and its API insert text where a browser obeys a
// bidi override); s itself is returned when it holds none of these.
func DropControls(s string) string {
	var b []byte
	last := 0
	for i := 0; i < len(s); {
		n, act := control(s, i)
		if act == keep {
			i += n
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s)+2)
		}
		b = append(b, s[last:i]...)
		switch act {
		case toSpace:
			b = append(b, ' ')
		case toReplacement:
			b = utf8.AppendRune(b, utf8.RuneError)
		}
		i += n
		last = i
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

// What DropControls does with a character.
const (
	keep = iota
	drop
	toSpace
	toReplacement
)

// control returns the length in bytes of the character at s[i] (a byte
// of invalid UTF-8 alone) and what DropControls does with it.
func control(s string, i int) (n, act int) {
	switch c := s[i]; {
	case c < 0x20:
		if c == '\t' || c == '\n' || c == '\r' {
			return 1, keep
		}
		if c == '\v' || c == '\f' {
			return 1, toSpace
		}
		return 1, drop
	case c < 0x7f:
		return 1, keep
	case c == 0x7f:
		return 1, drop
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && n == 1:
		return 1, toReplacement
	case r == 0x85: // NEL
		return n, toSpace
	case 0x80 <= r && r <= 0x9f, 0x202a <= r && r <= 0x202e, 0x2066 <= r && r <= 0x2069:
		return n, drop
	}
	return n, keep
}

// Plain is s for a plain-text field such as an issue title: one line, with
// mentions, references and autolinks broken. Trackers show titles as text
// (GitHub renders code spans in titles, which are inert).
func Plain(s string) string { return Break(OneLine(s)) }

// Text places s as inert inline Markdown text (GFM, GitLab Flavored
// Markdown, CommonMark): one line; Markdown punctuation backslash-escaped;
// "<", ">", "&", quotes and backticks as character references (so the
// result is also inert inside HTML, code spans and fenced blocks of a
// custom template, where it shows the references literally); a leading
// block marker ("#", "-", "+", "=", "1.") escaped; mentions, references and
// autolinks broken (see Break).
func Text(s string) string {
	s = Break(OneLine(s))
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '*', '_', '~', '[', ']', '(', ')', '!', '|', '{', '}', '#':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&quot;")
		case '\'':
			b.WriteString("&#39;")
		case '`':
			b.WriteString("&#96;")
		case '-', '+', '=':
			if i == 0 {
				b.WriteByte('\\')
			}
			b.WriteByte(c)
		case '.':
			// "12." at the start opens an ordered list (")" is always escaped).
			if i > 0 && strings.Trim(s[:i], "0123456789") == "" {
				b.WriteByte('\\')
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// longestRun is the length of the longest run of c in s.
func longestRun(s string, c byte) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

// InlineCode places s as a code span: one line, delimited by a backtick
// run longer than any inside it, padded with a space where the content
// starts or ends with a backtick. Code spans are inert on every tracker
// (no mention, reference, link or HTML inside); the text is kept
// verbatim, so it can be copied.
func InlineCode(s string) string {
	s = OneLine(s)
	if s == "" {
		return "` `"
	}
	fence := strings.Repeat("`", longestRun(s, '`')+1)
	if s[0] == '`' || s[len(s)-1] == '`' {
		s = " " + s + " "
	}
	return fence + s + fence
}

// Fence places s as a fenced code block (ending without a newline): the
// fence is a backtick run at least 3 long and longer than any run inside
// s, so no line of s can close it; line endings are normalised to "\n",
// control characters dropped (DropControls).
func Fence(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(DropControls(s), "\r\n", "\n"), "\r", "\n")
	s = strings.TrimRight(s, "\n")
	fence := strings.Repeat("`", max(3, longestRun(s, '`')+1))
	return fence + "\n" + s + "\n" + fence
}

// SafeURL returns raw as an absolute http or https URL with every byte
// that means something in Markdown, Jira wiki markup or HTML
// percent-encoded ("(", ")", "<", ">", "[", "]", "|", quotes, backslash,
// backtick, spaces, controls, non-ASCII); ok is false for any other scheme
// (javascript:, data:, ...), a relative URL or one without a host.
func SafeURL(raw string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Opaque != "" {
		return "", false
	}
	s := strings.TrimSpace(raw)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > ' ' && c < 0x7f && !strings.ContainsRune("()<>[]|\"'\\`{}^", rune(c)) {
			b.WriteByte(c)
			continue
		}
		b.WriteString("%" + strings.ToUpper(hex2(c)))
	}
	return b.String(), true
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}

// QueryValue escapes a telemetry value for a URL built from a
// configuration template (path segment or query value): everything but
// unreserved characters is percent-encoded.
func QueryValue(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}
