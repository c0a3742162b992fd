package mask

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// h133: the escaped webhook URLs (TestWebhookURLEscapedKeepsNoSecret) as
// the masker's one pass reads them: it finds the secret, so the template
// keeps none, and the one pass and the two agree; near misses (another
// host, a short last segment) are kept as before. (An escaped URL in a
// path, not a value, was a near miss kept here until h139 found it:
// TestEncodedWebhookInPathKeepsNoSecret.)
var h133EscapedWebhooks = []string{
	`{"webhook":"https:\/\/hooks.slack.com\/services\/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"}`,
	"subscribe callback=https%3A%2F%2Fhooks.slack.com%2Fservices%2F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&v=2",
	`{"cb":"HTTPS%3a%2f%2fhooks.slack.com%2ftriggers%2fT024BE7LD%2f1234567%2fc6NLK0gbbr8mAotRQ377ty8d"}`,
	`{"url":"https:\/\/discord.com\/api\/v10\/webhooks\/1229493618520359054\/OLpWnlVSc8wVWKopGmGVhHA2K3zeGuFC4zZsk5CmLA23oWa7nEn2KAyiWtrLWMKKTX6a"}`,
	`x=https%3A%2F%2Fcanary.discordapp.com%2Fapi%2Fwebhooks%2F1229493618520359054%2FOLpWnlVSc8wVWKopGmGVhHA2K3zeGuFC4zZsk5CmLA23oWa7nEn2KAyiWtrLWMKKTX6a`,
}

var h133NearMisses = []string{
	`{"webhook":"https:\/\/hooks.example.com\/services\/T024BE7LD\/B08QKFM3N7Z\/c6NLK0gbbr8mAotRQ377ty8d"}`,
	"callback=https%3A%2F%2Fhooks.slack.com%2Fservices%2FT024BE7LD%2FB08QKFM3N7Z%2Fshort&v=2",
	`u=https%3A%2F%2Fdiscord.com%2Fapi%2Fwebhooks%2Fabc%2FOLpWnlVSc8wVWKopGmGVhHA2K3zeGuFC4zZsk5CmLA23oWa7nEn2KAyiWtrLWMKKTX6a`,
}

func TestEscapedWebhookOnePass(t *testing.T) {
	m, _ := New(nil, 0)
	for _, s := range h133EscapedWebhooks {
		assert.True(t, onePassFound(s), "one pass finds the secret in %q", s)
		assert.NotEqual(t, s, ReplaceSecrets(s, "[REDACTED]"), "redacted %q", s)
		assert.Equal(t, twoPass(s), m.String(s), "one pass and two agree on %q", s)
	}
	assertKeptAlike(t, m, h133NearMisses)
}

func FuzzEscapedWebhookOnePass(f *testing.F) {
	fuzzOnePassAgrees(f, append(append([]string{}, h133EscapedWebhooks...), h133NearMisses...), true)
}

// BenchmarkEscapedNearMissShapes: the escaped webhook URLs' near misses
// repeated to 4 and 64 KiB, as BenchmarkNearMissShapes does for the
// plain ones: each '=' or ':' looks at a few bytes and the path once, so
// the throughput at 64 KiB is the one at 4 KiB (linear).
func BenchmarkEscapedNearMissShapes(b *testing.B) {
	benchReplaceSecrets(b, []struct{ name, unit string }{
		{"json", `"https:\/\/hooks.slack.com\/services\/T0\/B0\/`},
		{"pct", "=https%3A%2F%2Fhooks.slack.com%2Fservices%2FT0%2FB0%2F"},
		{"pctdiscord", "=https%3A%2F%2Fdiscord.com%2Fapi%2Fv10%2Fwebhooks%2F1%2F"},
		{"pcthttp", "=https%3A"},
	})
}
