package markup

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/markup/markuptest"
)

func TestInlineCode(t *testing.T) {
	assert.Equal(t, "`a`", InlineCode("a"))
	assert.Equal(t, "``a`b``", InlineCode("a`b"))
	assert.Equal(t, "```` ```x` ````", InlineCode("```x`"))
	assert.Equal(t, "`a b`", InlineCode("a\n b"))
	assert.Equal(t, "` `", InlineCode(""))
}

func TestFence(t *testing.T) {
	assert.Equal(t, "```\na\nb\n```", Fence("a\r\nb\n"))
	assert.Equal(t, "`````\nx\n````\n`````", Fence("x\n````"))
}

func TestText(t *testing.T) {
	assert.Equal(t, `\[x\]\(y\) &lt;b&gt; &amp; &#96;c&#96; \*e\* a\_b`, Text("[x](y) <b> & `c` *e* a_b"))
	assert.Equal(t, `\# h`, Text("# h"))
	assert.Equal(t, `12\. x`, Text("12. x"))
	assert.Equal(t, `\- x`, Text("- x"))
	assert.Equal(t, "cc @\u2060octocat", Text("cc @octocat"))
	assert.Equal(t, "a b", Text("a\n\n b"))
}

func TestBreak(t *testing.T) {
	assert.Equal(t, "@\u2060a @ b https:\u2060//x WWW\u2060.y #\u20601", Break("@a @ b https://x WWW.y #1"))
	assert.Equal(t, Break("@a www.x"), Break(Break("@a www.x")), "idempotent")
	assert.Equal(t, "\x80@\u2060a", Break("\x80@a"), "invalid UTF-8 kept")
}

// h103 finding (MEDIUM): GitHub turns "GH-26" into a reference to issue
// #26 (its documented shorthand, as "#26"), which links and adds a
// "mentioned this" event to that issue's timeline; Break left it, so any
// log line or service name with "GH-<number>" referenced an issue of the
// tracker's repository from the ticket. The markuptest alphabet held
// "GH-1", but no check looked for it.
func TestBreakGitHubIssueShorthand(t *testing.T) {
	for _, s := range []string{"fixed in GH-26", "GH-26", "(gh-7)", "see Gh-1234."} {
		for _, got := range []string{Break(s), Text(s), Plain(s)} {
			assert.Empty(t, markuptest.TextProblems(got), "%q -> %q", s, got)
		}
	}
	// not a reference: a word that ends in gh, GH- without a number
	for _, s := range []string{"high-5", "sigh-1", "GH-x", "ZGH-12"} {
		assert.Equal(t, s, Break(s))
	}
	assert.Equal(t, Break("GH-26"), Break(Break("GH-26")), "idempotent")
}

func TestSafeURL(t *testing.T) {
	for _, bad := range []string{"javascript:alert(2)", "data:text/html,x", "/relative", "https://", "mailto:a@b.example", "//evil.example/x"} {
		_, ok := SafeURL(bad)
		assert.False(t, ok, bad)
	}
	u, ok := SafeURL("https://t.example/trace/a b(c)<d>[e]|f\"'`")
	assert.True(t, ok)
	assert.Equal(t, "https://t.example/trace/a%20b%28c%29%3Cd%3E%5Be%5D%7Cf%22%27%60", u)
	assert.False(t, strings.ContainsAny(u, "()<>[]| "))
	assert.Equal(t, "a%20b%2Fc%3F%26", QueryValue("a b/c?&"))
}

// h103 finding (LOW; closed by h105, DropControls in OneLine and Fence):
// telemetry's control characters passed every placement: an ANSI escape sequence (ESC, "\x1b]0;title\x07" sets a
// terminal's title, "\x1b[8m" hides what follows) reaches backlog.md and
// a ticket's body as it was logged, and a bidi override (U+202E) or
// isolate (U+2066-U+2069) reorders how a title or a line reads on the
// tracker ("Trojan Source": "payment \u202edeliaf" shows as "payment
// failed"). OneLine folded whitespace only.
func TestPlacementsDropControlCharacters(t *testing.T) {
	for _, s := range []string{"ok \x1b]0;pwned\x07 \x1b[8mhidden", "payment \u202edeliaf", "a \u2066b\u2069 c", "c1 \u009b31m"} {
		for name, got := range map[string]string{"Text": Text(s), "Plain": Plain(s), "InlineCode": InlineCode(s), "Fence": Fence(s)} {
			assert.False(t, strings.ContainsAny(got, "\x1b\x07\u009b\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), "%s(%q) = %q", name, s, got)
		}
	}
}

// h103 finding (LOW): GitLab's references beyond sigil and number were
// left live: "[vulnerability:12]", "[feature_flag:12]" and
// "*iteration:12" become links to the project's vulnerability, feature
// flag and iteration (GitLab's reference filters read the rendered text,
// where the escaped brackets and asterisk are plain characters again).
func TestGitLabNamedReferences(t *testing.T) {
	for _, ref := range []string{"[vulnerability:12]", "[feature_flag:12]", "*iteration:12"} {
		s := "see " + ref + " now"
		assert.NotContains(t, Plain(s), ref)
		h, err := markuptest.HTML(Text(s))
		assert.NoError(t, err)
		assert.NotContains(t, h, ref, "Text(%q) renders %q", s, h)
		assert.Equal(t, Break(s), Break(Break(s)), "idempotent")
	}
}

// h106 finding (MEDIUM): DropControls dropped a control and kept invalid
// UTF-8 byte for byte, so the bytes either side of a dropped control
// joined into the character it was meant to remove: "\xe2" ESC
// "\x80\xae" became U+202E (a title that reads reversed), "\xc2" ESC
// "\x9b" U+009B (CSI), and "\xe2" U+202E "\x80\xae" U+202E again. A raw
// 0x9B byte (CSI to a terminal reading 8-bit controls) was kept too.
func TestDropControlsRejoinedBytes(t *testing.T) {
	for _, s := range []string{
		"pay \xe2\x1b\x80\xaement deliaf",
		"pay \xe2\u202e\x80\xaement deliaf",
		"pay \xe2\xe2\x81\xa6\x81\xa6ment",
		"c1 \xc2\x1b\x9b31m red",
		"c1 \xc2\x00\x9b31m red",
		"c1 \xc2\u0085\x9b31m red",
		"raw \x9b31m red \x9d0;title\x07",
	} {
		for name, got := range map[string]string{"Text": Text(s), "Plain": Plain(s), "InlineCode": InlineCode(s), "Fence": Fence(s), "OneLine": OneLine(s)} {
			assert.False(t, strings.ContainsAny(got, "\x1b\x07\u009b\u009d\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), "%s(%q) = %q", name, s, got)
			assert.NotContains(t, got, "\x9b", "%s(%q): a raw 8-bit CSI byte", name, s)
			assert.NotContains(t, got, "\x9d", "%s(%q): a raw 8-bit OSC byte", name, s)
		}
	}
}
