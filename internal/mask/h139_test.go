package mask

import (
	"strings"
	"testing"
)

// h131's finding (LOW, open until h139): a webhook URL's secret was found
// only after a literal "://" (or "=" / ":" with "https:\/\/" or
// "https%3A%2F%2F" right after it), so the same URL written without its
// scheme, percent-encoded in a path, encoded twice, or after a URL
// password kept its secret in the redacted text and the template. h139
// looks for the webhook at its host (a word start, or after a
// percent-encoded '/' or '@'), each '/' of the path in any of its
// spellings (webhookAt, sepLen).

const (
	h139Slack   = "c6NLK0gbbr8mAotRQ377ty8d"
	h139Discord = "OLpWnlVSc8wVWKopGmGVhHA2K3zeGuFC4zZsk5CmLA23oWa7nEn2KAyiWtrLWMKKTX6a"
)

func TestWebhookWithoutSchemeKeepsNoSecret(t *testing.T) {
	m := uncached()
	for _, c := range []struct{ line, secret string }{
		{"notify via hooks.slack.com/services/T024BE7LD/B08QKFM3N7Z/" + h139Slack + " failed: 403", h139Slack},
		{`{"webhook":"hooks.slack.com/services/T024BE7LD/B08QKFM3N7Z/` + h139Slack + `"}`, h139Slack},
		{"POST discord.com/api/webhooks/1229493618520359054/" + h139Discord + " 429", h139Discord},
		{"target=ptb.discordapp.com/api/v10/webhooks/1229493618520359054/" + h139Discord, h139Discord},
		{"relay HOOKS.SLACK.COM/services/T024BE7LD/B08QKFM3N7Z/" + h139Slack, h139Slack},
	} {
		assertSecretGone(t, m, c.line, c.secret)
	}
}

func TestEncodedWebhookInPathKeepsNoSecret(t *testing.T) {
	m := uncached()
	for _, c := range []struct{ line, secret string }{
		{"GET /r/https%3A%2F%2Fhooks.slack.com%2Fservices%2FT024BE7LD%2FB08QKFM3N7Z%2F" + h139Slack + " 302", h139Slack},
		{"GET /redirect/hooks.slack.com%2Fservices%2FT024BE7LD%2FB08QKFM3N7Z%2F" + h139Slack + " HTTP/1.1", h139Slack},
		{"proxy /fetch/https%3a%2f%2fdiscord.com%2fapi%2fwebhooks%2f1229493618520359054%2f" + h139Discord + " 502", h139Discord},
		// a URL's mixed spellings, a literal host and encoded slashes
		{"curl https://hooks.slack.com%2Fservices/T024BE7LD%2FB08QKFM3N7Z/" + h139Slack, h139Slack},
	} {
		assertSecretGone(t, m, c.line, c.secret)
	}
}

func TestWebhookEncodedTwiceKeepsNoSecret(t *testing.T) {
	m := uncached()
	for _, c := range []struct{ line, secret string }{
		{"redirect_uri=https%253A%252F%252Fhooks.slack.com%252Fservices%252FT024BE7LD%252FB08QKFM3N7Z%252F" + h139Slack + "&x=1", h139Slack},
		{"GET /r/https%253A%252F%252Fdiscord.com%252Fapi%252Fwebhooks%252F1229493618520359054%252F" + h139Discord + " 302", h139Discord},
		// three times, and JSON-escaped twice (a JSON text in a JSON string)
		{"u=hooks.slack.com%25252Fservices%25252FT024BE7LD%25252FB08QKFM3N7Z%25252F" + h139Slack, h139Slack},
		{`{"msg":"{\"url\":\"https:\\\/\\\/hooks.slack.com\\\/services\\\/T024BE7LD\\\/B08QKFM3N7Z\\\/` + h139Slack + `\"}"}`, h139Slack},
	} {
		assertSecretGone(t, m, c.line, c.secret)
	}
}

func TestWebhookAfterURLPasswordKeepsNoSecret(t *testing.T) {
	m := uncached()
	for _, c := range []struct{ line, secret string }{
		{"POST https://relay:Pr0xyPass@hooks.slack.com/services/T024BE7LD/B08QKFM3N7Z/" + h139Slack + " 200", h139Slack},
		{"POST https://relay:Pr0xyPass@hooks.slack.com/services/T024BE7LD/B08QKFM3N7Z/" + h139Slack + " 200", "Pr0xyPass"},
		{"dial https://u:p4ss@discord.com/api/webhooks/1229493618520359054/" + h139Discord, h139Discord},
		{"cb=https%3A%2F%2Frelay%3APr0xyPass%40hooks.slack.com%2Fservices%2FT024BE7LD%2FB08QKFM3N7Z%2F" + h139Slack, h139Slack},
	} {
		assertSecretGone(t, m, c.line, c.secret)
	}
}

// Other vendors' webhook URLs that carry their secret in the path (the
// shapes webhookAt cites): Microsoft Teams' Office 365 connectors, in
// their current host and the older outlook.office.com, Mattermost's and
// Rocket.Chat's /hooks/ paths on a self-hosted server; literal and
// encoded alike.
func TestVendorWebhookPathsKeepNoSecret(t *testing.T) {
	m := uncached()
	const teamsID, teamsSig = "31bb486803e14bf6b89acb035572c16e", "V2OwS6KfiRNOOd0ahX7O6IPN2EvfX3dwaZTiYBZ-W4ACs1"
	const teamsPath = "/webhookb2/5d4473ea-7133-4905-a812-09c8678b4bf6@ce86aad0-0f1d-4b27-917f-22ab75cd99dd/IncomingWebhook/" + teamsID + "/68d52588-ee8a-4a46-8ee6-052d9a2ff0c9/" + teamsSig
	const mm, rcID, rcToken = "u2x8rkfugj8zbqby9pw3huqnyc", "8eGdRzc9r4YYNyvge", "2XYQcX9NBwJBKfQnphpebPcnXZcPEi32Nt4NKJfrnbhsbRfX"
	for _, c := range []struct{ line, secret string }{
		{"teams notify failed: POST https://acme.webhook.office.com" + teamsPath + " 400", teamsID},
		{"teams notify failed: POST https://acme.webhook.office.com" + teamsPath + " 400", teamsSig},
		{`{"url":"https://outlook.office.com/webhook/5d4473ea-7133-4905-a812-09c8678b4bf6@ce86aad0-0f1d-4b27-917f-22ab75cd99dd/IncomingWebhook/` + teamsID + `/68d52588-ee8a-4a46-8ee6-052d9a2ff0c9"}`, teamsID},
		{"cb=https%3A%2F%2Facme.webhook.office.com" + strings.ReplaceAll(strings.ReplaceAll(teamsPath, "/", "%2F"), "@", "%40"), teamsID},
		{"POST /hooks/" + mm + " HTTP/1.1 200", mm},
		{"mattermost webhook https://chat.example.com/hooks/" + mm + " returned 500", mm},
		{"rocket.chat: POST https://rocket.example.com/hooks/" + rcID + "/" + rcToken + " 403", rcToken},
		{"r=https%3A%2F%2Frocket.example.com%2Fhooks%2F" + rcID + "%2F" + rcToken, rcToken},
	} {
		assertSecretGone(t, m, c.line, c.secret)
	}
}

// Secret-bearing URL shapes the scanner took before h139, checked against
// their vendors' documentation: Google Chat's webhook (its token= and
// key= parameters), presigned S3 and GCS URLs (X-Amz-Signature,
// X-Goog-Signature), an Azure SAS URL (sig) and a Power Automate
// workflow trigger, Teams' replacement for connectors (sig). Regression
// guards: each names a rule that took it already.
func TestSignedURLShapesKeepNoSecret(t *testing.T) {
	m := uncached()
	for _, c := range []struct{ line, secret string }{
		{"POST https://chat.googleapis.com/v1/spaces/AAAAkM/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=O7bnyri_WEXKcyFk7aB2mGtd3GQ%3D 200", "O7bnyri_WEXKcyFk7aB2mGtd3GQ"},
		{"GET https://bucket.s3.amazonaws.com/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261207%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261207T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024 403", "fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024"},
		{"GET https://storage.googleapis.com/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=8a1b2c3d4e5f60718293a4b5c6d7e8f9 403", "8a1b2c3d4e5f60718293a4b5c6d7e8f9"},
		{"PUT https://acct.blob.core.windows.net/c/b?sv=2022-11-02&ss=b&srt=o&sp=rw&se=2026-12-08T00:00:00Z&sig=Zx9yQw3eRt5uIo7pAsDfGhJkL%2B0%3D 403", "Zx9yQw3eRt5uIo7pAsDfGhJkL"},
		{"POST https://prod-12.westus.logic.azure.com:443/workflows/0f1e2d3c/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=Qw3eRt5uIo7pAsDfGhJkLzXcVbNm1234567890abcd 202", "Qw3eRt5uIo7pAsDfGhJkLzXcVbNm1234567890abcd"},
	} {
		assertSecretGone(t, m, c.line, c.secret)
	}
}

// Near misses stay as they are: a webhook host without a secret in its
// path, another host, a short last segment, a path whose "hooks" is
// followed by no id of the documented shape, encoded slashes around no
// webhook, and a run of '%25' (the hostile encoding).
var h139NearMisses = []string{
	"see hooks.slack.com/services/ for the setup",
	"relay hooks.slack.com%2Fservices%2FT024BE7LD%2FB08QKFM3N7Z status=404",
	"cb=https%3A%2F%2Fhooks.example.com%2Fservices%2FT024BE7LD%2FB08QKFM3N7Z%2F" + h139Slack,
	"u=https%253A%252F%252Fhooks.slack.com%252Fservices%252FT0%252FB0%252Fshort",
	"GET /r/discord.com%2Fapi%2Fwebhooks%2Fabc%2F" + h139Discord,
	"POST /hooks/pre-commit 200", "POST /hooks/abcdefghijklmnopqrstuvwxyz 200", "GET /api/v1/repos/o/r/hooks/12345 200",
	"POST /git/hooks/u2x8rkfugj8zbqby9pw3huqnycX 200", "webhook.office.com/webhookb2/ is the Teams host",
	"GET /search?q=a%2Fb%40c%2Fhooks%2Fd 200", strings.Repeat("%25", 40), "%2F%2F%2Fhooks%2F%40%25252F",
	"discord.com and discordapp.com are Discord's hosts", "outlook.office.com/owa/ mailbox",
}

func TestEncodedWebhookNearMisses(t *testing.T) {
	m := uncached()
	assertKeptAlike(t, m, h139NearMisses)
}

// The shapes above as seeds of the one pass's fuzz (the one pass finds
// every credential the two passes replace, and masks as they do).
func FuzzEncodedWebhookOnePass(f *testing.F) {
	seeds := append([]string{}, h139NearMisses...)
	seeds = append(seeds,
		"GET /r/https%3A%2F%2Fhooks.slack.com%2Fservices%2FT024BE7LD%2FB08QKFM3N7Z%2F"+h139Slack,
		"redirect_uri=https%253A%252F%252Fhooks.slack.com%252Fservices%252FT024BE7LD%252FB08QKFM3N7Z%252F"+h139Slack+"&x=1",
		"POST https://relay:Pr0xyPass@hooks.slack.com/services/T024BE7LD/B08QKFM3N7Z/"+h139Slack,
		"POST /hooks/u2x8rkfugj8zbqby9pw3huqnyc HTTP/1.1",
		"POST https://acme.webhook.office.com/webhookb2/5d4473ea@ce86aad0/IncomingWebhook/31bb486803e14bf6b89acb035572c16e/68d52588",
		"x %"+strings.Repeat("25", 200)+"2Fhooks.slack.com/services/T/B/"+h139Slack,
	)
	fuzzOnePassAgrees(f, seeds, true)
}

// BenchmarkEncodedWebhookHostile: the encoded shapes' near misses and
// hostile runs ("%25%25…", one '%' and "2525…", "%2F" before a host that
// is no webhook's) repeated to 4 and 64 KiB: each '%' reads its own run
// of "25" once, each host its path once, so ns per byte is alike at both
// sizes (linear work). h143 added the spellings "\u002F" and "&#47;" and
// runs of separators.
func BenchmarkEncodedWebhookHostile(b *testing.B) {
	benchReplaceSecrets(b, []struct{ name, unit string }{
		{"pct25", "%25"},
		{"pct2525", "%" + strings.Repeat("25", 64)},
		{"pcthost", "%2Fhooks.slack.com%2Fservices%2FT0%2FB0%2F"},
		{"twice", "%252Fhooks.slack.com%252Fservices%252F"},
		{"hooks", "/hooks/"},
		{"teams", "x.webhook.office.com/webhookb2/0a@0b/IncomingWebhook/"},
		{"discord", "discord.com%2Fapi%2Fv1%2Fwebhooks%2F1%2F"},
		// h143: the other spellings of '/' (sepLen), repeated and
		// before a host, and a run of separators after one
		{"u002F", `\u002F`},
		{"ref47", "&#47;"},
		{"refx2F", "&#x2F;"},
		{"u002Fhost", `\u002Fhooks.slack.com\u002Fservices\u002FT0\u002FB0\u002F`},
		{"ref47host", "&#47;hooks.slack.com&#47;services&#47;T0&#47;B0&#47;"},
		{"doubledhost", "hooks.slack.com//services//T0//B0//"},
	})
	// one host and 64 KiB of separators: one run, read once
	for _, sep := range []string{"/", `\u002F`, "&#47;"} {
		s := "hooks.slack.com" + strings.Repeat(sep, (64<<10)/len(sep))
		b.Run("seprun"+sep, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				_ = ReplaceSecrets(s, "[REDACTED]")
			}
		})
	}
	// one '%' and 64 KiB of "25": one run, read once
	s := "%" + strings.Repeat("25", 32<<10) + "2Fhooks.slack.com"
	b.Run("pct-long", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		for b.Loop() {
			_ = ReplaceSecrets(s, "[REDACTED]")
		}
	})
}
