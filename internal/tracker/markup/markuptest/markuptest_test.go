package markuptest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The checker is real: each kind of live markup is caught.
func TestCheckCatches(t *testing.T) {
	marker := "<!-- m -->"
	allow := Allow{LinkPrefixes: []string{"https://ok.example/"}, Comments: []string{marker}}
	for _, bad := range []string{
		"cc @octocat\n\n" + marker, "cc @some-org/team\n\n" + marker, "see #12\n\n" + marker, "see GH-12\n\n" + marker, "see [vulnerability:12]\n\n" + marker,
		"[x](https://evil.example)\n\n" + marker, "![t](https://e.example/t.png)\n\n" + marker,
		"<img src=x onerror=alert(1)>\n\n" + marker, "www.evil.example\n\n" + marker, "https://evil.example\n\n" + marker,
		"user@example.com\n\n" + marker, "<b>x</b>\n\n" + marker, "- [ ] task\n\n" + marker,
		"```\nopen fence swallows the marker\n\n" + marker, "",
		"ok \x1b[8mhidden\n\n" + marker, "```\n\x1b]0;t\x07\n```\n\n" + marker, "payment \u202edeliaf\n\n" + marker, "c1 \u009b31m\n\n" + marker,
	} {
		assert.NotEmpty(t, Check(bad, allow), "%q", bad)
	}
	for _, ok := range []string{
		"`@octocat [x](https://evil.example)`\n\n" + marker, "[trace](https://ok.example/1)\n\n" + marker,
		"@\u2060octocat www\u2060.x https:\u2060//x\n\n" + marker, "```\n@octocat <img>\n```\n\n" + marker,
	} {
		assert.Empty(t, Check(ok, allow), "%q", ok)
	}
}
