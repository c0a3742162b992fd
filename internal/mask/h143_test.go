package mask

import (
	"strings"
	"testing"
)

// h143: h141's open webhook spellings (TestWebhookOtherSlashSpellings in
// h141_test.go, closed here) and their near misses.

// h143SlashNearMisses: the new spellings of '/' before another host's
// path, spellings of another byte ("\u002E", "&#46;", "&#x2E;"), a
// reference without its ';', and a run of separators before a path that
// is no webhook's: kept, and the one pass agrees.
var h143SlashNearMisses = []string{
	`url=https:\u002F\u002Fhooks.example.com\u002Fservices\u002FT024BE7LD\u002FB08QKFM3N7Z\u002F` + h139Slack,
	"url=https:&#x2F;&#x2F;hooks.example.com&#x2F;services&#x2F;T024BE7LD&#x2F;B08QKFM3N7Z&#x2F;" + h139Slack,
	"url=https:////hooks.example.com//services//T024BE7LD//B08QKFM3N7Z//" + h139Slack,
	`url=https:\u002F\u002Fhooks.slack.com\u002Eservices\u002FT024BE7LD\u002FB08QKFM3N7Z\u002F` + h139Slack,
	"url=https://hooks.slack.com&#46;services/T024BE7LD/B08QKFM3N7Z/" + h139Slack,
	"url=https://hooks.slack.com&#x2E;services/T024BE7LD/B08QKFM3N7Z/" + h139Slack,
	"url=https://hooks.slack.com&#x2Fservices&#x2FT024BE7LD&#x2FB08QKFM3N7Z&#x2F" + h139Slack,
	"url=https://hooks.slack.com&#x2F2;services/T024BE7LD/B08QKFM3N7Z/" + h139Slack,
	"url=https://hooks.slack.com//api//users.list",
	`path=C:\u002Fhooks\u002Fpre-commit`,
	"&#47;hooks&#47;pre-receive.sample",
}

func TestWebhookOtherSlashSpellingsNearMisses(t *testing.T) {
	m := uncached()
	assertKeptAlike(t, m, h143SlashNearMisses)
}

// The other webhooks in the new spellings (Discord's, Teams', Mattermost's
// after "hooks" that a reference to '/' precedes), and the spellings
// mixed in one URL and escaped again ("\\u002F", "%5Cu002F").
func TestWebhookOtherSlashSpellingsEveryVendor(t *testing.T) {
	m := uncached()
	const mattermost = "xi4nq1rjgpdd8e7njd3z5x9u7c"
	for _, c := range []struct{ line, secret string }{
		{`{"url":"https:\u002F\u002Fdiscord.com\u002Fapi\u002Fwebhooks\u002F1229493618520359054\u002F` + h139Discord + `"}`, h139Discord},
		{"url=https:&#47;&#47;discord.com&#47;api&#47;v10&#47;webhooks&#47;1229493618520359054&#47;" + h139Discord, h139Discord},
		{"POST https://discord.com//api//webhooks//1229493618520359054//" + h139Discord, h139Discord},
		{"url=https:&#x2F;&#x2F;chat.example.com&#x2F;hooks&#x2F;" + mattermost, mattermost},
		{`url=https:\u002F\u002Fchat.example.com\u002Fhooks\u002F` + mattermost, mattermost},
		{"url=https:&sol;&sol;hooks.slack.com&sol;services&sol;T024BE7LD&sol;B08QKFM3N7Z&sol;" + h139Slack, h139Slack},
		{`url=https:\u002F/hooks.slack.com&#x2F;services%2FT024BE7LD//B08QKFM3N7Z\/` + h139Slack, h139Slack},
		{`msg="url=https:\\u002F\\u002Fhooks.slack.com\\u002Fservices\\u002FT024BE7LD\\u002FB08QKFM3N7Z\\u002F` + h139Slack + `"`, h139Slack},
		{"GET /r/https%3A%5Cu002F%5Cu002Fhooks.slack.com" + strings.ReplaceAll(h141SlackPath, "/", "%5Cu002F"), h139Slack},
		{"url=https://hooks.slack.com&#x002F;services&#x002F;T024BE7LD&#047;B08QKFM3N7Z&#047;" + h139Slack, h139Slack},
	} {
		assertSecretGone(t, m, c.line, c.secret)
	}
}

func FuzzWebhookSlashSpellingsOnePass(f *testing.F) {
	seeds := append([]string{}, h143SlashNearMisses...)
	for _, sep := range []string{`\u002F`, "&#x2F;", "&#47;", "//"} {
		seeds = append(seeds, "url=https:"+sep+sep+"hooks.slack.com"+strings.ReplaceAll(h141SlackPath, "/", sep))
	}
	fuzzOnePassAgrees(f, seeds, true)
}

// h142's finding (LOW, closed by h143): a credential key followed by
// more than one '=' ("apiToken==\"…\"", unquoted logfmt as a shell or a
// query language writes a comparison; Go's "token := …") took the second
// '=' for its value and kept the quoted secret after it in the redacted
// text, and in the template too when the scan read it as a word
// (`password=="hunter2pw"`).
var h143EqualsLines = []string{
	`apiToken=="` + h142Secret + `"`,
	`apiToken==="` + h142Secret + `" user=alice`,
	`level=warn msg="auth failed" apiToken=="` + h142Secret + `" status=401`,
	`password=="hunter2pw"`,
	`apiToken=='` + h142Secret + `'`,
	`apiToken==` + h142Secret,
	`apiToken== "` + h142Secret + `"`,
	`token := "` + h142Secret + `"`,
	`if token == "` + h142Secret + `" {`,
	`{"apiToken"=="` + h142Secret + `"}`,
	`msg="apiToken==\"` + h142Secret + `\""`,
	`apiToken==&quot;` + h142Secret + `&quot;`,
}

func TestKeyWithEqualsRunKeepsNoSecret(t *testing.T) {
	m := uncached()
	for _, line := range h143EqualsLines {
		secret := h142Secret
		if strings.Contains(line, "hunter2pw") {
			secret = "hunter2pw"
		}
		assertSecretGone(t, m, line, secret)
	}
}

// Near misses: a plain key so written keeps its value; a run of '=' with
// no value after it is no secret.
func TestKeyWithEqualsRunNearMisses(t *testing.T) {
	m := uncached()
	assertKeptAlike(t, m, []string{`filter=="status"`, `name=="alice"`, `token==`, `token===`, `sig==abc`})
}
