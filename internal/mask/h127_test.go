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
		assert.NotContains(t, ReplaceSecrets(c.in, "[REDACTED]"), c.secret, "redacted %q", c.in)
		assert.NotContains(t, m.String(c.in), c.secret, "template of %q", c.in)
		assert.Equal(t, m.String(c.in), twoPass(c.in), "%q", c.in)
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
