package mask

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// h117's note (LOW, closed by h127): under a credential key whose last
// word is Length, Len, Size or Count, h113's quantityValue kept a number
// followed by any letters, taking them for its unit, and any one word, so
// a password of digits then letters ("2024summer") or of letters only
// ("hunter") stayed in the redacted text. Such a key names a number: its
// value is a number, bare or with a unit of what a credential's length,
// size or count is counted in (bytes and their multiples, characters,
// digits, words, items, ...), or a word a program prints where the number
// is missing or unbounded ("unlimited", "none", "default"); anything else
// is the credential under a misnamed key.
func TestQuantityKeyValueIsNumberWithUnit(t *testing.T) {
	m := uncached()
	for _, c := range []struct{ in, secret string }{
		{"user=bob password_length=2024summer ok", "2024summer"},
		{"PASSWORD_LEN: 1qazxsw", "1qazxsw"},
		{`{"secretSize":"12monkeys"}`, "12monkeys"},
		{"token_count=7dwarfs", "7dwarfs"},
		{"password_length=hunter retry", "hunter"},
		{"<password_len>letmein</password_len>", "letmein"},
		{"policy password-min-length=twelve", "twelve"},
	} {
		assertSecretGone(t, m, c.in, c.secret)
	}
	// numbers, numbers with a unit, and the words for none or no bound
	// stay; so do keys that name no credential
	for _, in := range []string{
		"password_length=12", "secret_size=1.5MiB", "secret_size=64KB", "private_key_size=2048bits",
		"token_size=4kib", "password_length=1,000,000,000bytes", "password_len=16chars",
		"token_count=3x", "token_count=512tokens", "PASSWORD_LENGTH=8Characters",
		"password_length=unlimited", "token_count: none", "secret_size=default", "password_len=NULL",
		"max_len=64", "buffer_size=1.5MiB", "retry_count=3", "queue_size=full", "batch_size=2024summer",
	} {
		assert.Equal(t, in, ReplaceSecrets(in, "[REDACTED]"), "%q", in)
		assert.Equal(t, m.String(in), twoPass(in), "%q", in)
	}
}

// h103's finding left by h105 (closed by h127), and the published token
// formats checked against the scanner's list: a Slack incoming webhook's
// URL and a Discord webhook's carry their secret in the path, a PyPI API
// token starts "pypi-" and a SendGrid API key "SG."; each is found in its
// provider's documented shape (secrets.go cites them), and a near miss of
// each is left. Google's "AIza", Stripe's "sk_live_"/"rk_live_", npm's
// "npm_" and Azure's AccountKey were known already.
func TestPublishedTokenShapes(t *testing.T) {
	m := uncached()
	for _, c := range []struct{ line, secret string }{
		{"alert sent to https://hooks.slack.com/services/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 status=200", "c6NLK0gbbr8mAotRQ377ty8d"},
		{`{"webhook":"https://hooks.slack.com/services/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"}`, "c6NLK0gbbr8mAotRQ377ty8d"},
		{"POST https://discord.com/api/webhooks/1229493618520359054/OLpWnlVSc8wVWKopGmGVhHA2K3zeGuFC4zZsk5CmLA23oWa7nEn2KAyiWtrLWMKKTX6a 429", "OLpWnlVSc8wVWKopGmGVhHA2K3zeGuFC4zZsk5CmLA23oWa7nEn2KAyiWtrLWMKKTX6a"},
		{"url=https://canary.discordapp.com/api/v10/webhooks/1229493618520359054/OLpWnlVSc8wVWKopGmGVhHA2K3zeGuFC4zZsk5CmLA23oWa7nEn2KAyiWtrLWMKKTX6a?wait=true", "OLpWnlVSc8wVWKopGmGVhHA2K3zeGuFC4zZsk5CmLA23oWa7nEn2KAyiWtrLWMKKTX6a"},
		{"twine upload -u __token__ -p pypi-AgEIcHlwaS5vcmcthEFCfauPREfQGHdgBdjWId9OW7DGH77xEKva4nOzI1IzQBZr63rbV3z5s1gmGAyQVkfx29KdSL0MlH-BQrkVar5Am9855RvwhvhXzt9BSG4flhYV-xUm0IP failed", "pypi-AgEIcHlwaS5vcmcthEFCfauPREfQGHdgBdjWId9OW7DGH77xEKva4nOzI1IzQBZr63rbV3z5s1gmGAyQVkfx29KdSL0MlH-BQrkVar5Am9855RvwhvhXzt9BSG4flhYV-xUm0IP"},
		{"sendgrid send failed with key 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: 401", "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"},
		// known before h127
		{"maps key AIzaGECM_2Cpa6hsfQt_EfnmArNrDGlRjM9V1ll rejected", "AIzaGECM_2Cpa6hsfQt_EfnmArNrDGlRjM9V1ll"},
		{"stripe sk_live_Vj08zuc5TjHwla5PQXW8QJyq and rk_live_Vj08zuc5TjHwla5PQXW8QJyq", "Vj08zuc5TjHwla5PQXW8QJyq"},
		{"npm publish with npm_PQazaAGd34d1seF9oY29DTUbbeDbDFIe8ska", "npm_PQazaAGd34d1seF9oY29DTUbbeDbDFIe8ska"},
	} {
		assertSecretGone(t, m, c.line, c.secret)
	}
	for _, l := range []string{
		"alert sent to https://hooks.slack.com/services/T024BE7LD/B08QKFM3N7Z status=404",
		"see https://api.slack.com/messaging/webhooks and https://hooks.slack.com/services/",
		"relay https://hooks.example.com/services/T024BE7LD/B08QKFM3N7Z/c6NLK0gbbr8mAotRQ377ty8d",
		"webhook https://discord.com/api/webhooks/1229493618520359054 deleted",
		"GET https://discord.com/api/channels/1229493618520359054/OLpWnlVSc8wVWKopGmGVhHA2K3zeGuFC4zZsk5CmLA23oWa7nEn2KAyiWtrLWMKKTX6a",
		"pypi-upload failed for pypi-AgEIcHlwaS5vcmcTOOSHORT",
		"SG.orders.created published; SG.M4NbxjiHkSnUVcdUIxwIRj rejected",
		// a Twilio API key's SID is its name (the basic-auth user), not
		// its secret, which has no published shape
		"twilio key SKb51d8669d7a163833b6c32480f7f2a69 created",
	} {
		assert.Empty(t, FindSecrets(nil, l), "%q", l)
		assert.Equal(t, m.String(l), twoPass(l), "%q", l)
	}
}
