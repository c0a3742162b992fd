package mask

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// h117 finding (LOW, fixed): h113's quantityValue kept any number under a
// Length, Len, Size or Count credential key, however long, so a private
// key written as "0x" and 64 hex digits, or a numeric key of 35 digits,
// stayed in the redacted text (the exemplar bodies of every output) when
// a program logged it under a misnamed key. A count is a 64-bit number:
// at most 20 decimal digits, or 16 after "0x".
func TestQuantityKeyLongNumberIsSecret(t *testing.T) {
	m := uncached()
	for _, c := range []struct{ in, secret string }{
		{"wallet init private_key_len=0x4c0883a69102937d6231471b5dbb6204fe512961708279f8e4a1c6b2d3a9f0e1 ok", "4c0883a69102937d6231471b5dbb6204fe512961708279f8e4a1c6b2d3a9f0e1"},
		{`{"tokenCount":"98234719283749182374918237491823749"}`, "98234719283749182374918237491823749"},
		{"<secret_size>0x4c0883a69102937d6231</secret_size>", "4c0883a69102937d6231"},
	} {
		assertSecretGone(t, m, c.in, c.secret)
	}
	for _, in := range []string{"secret_size=18446744073709551615", "token_count=0xFFFFFFFFFFFFFFFF", "password_length=1,000,000,000bytes"} {
		assert.Equal(t, in, ReplaceSecrets(in, "[REDACTED]"))
	}
}
