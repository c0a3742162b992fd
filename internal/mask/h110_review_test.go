package mask

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// h110 finding (LOW, closed by h113): attributeWord took a credential key
// whose last word is Length, Len, Size or Count for a number about the
// credential (password_length=12), whatever its value: a secret written
// under such a key (a misnamed field) stayed in the template and the
// redacted outputs. Those four name a number; a value that is none
// (quantityValue: no number with a unit, no word for no number; h127)
// is the credential. Name, Type and Kind take words and stay no credential keys.
func TestCredentialAttributeKeyWithSecretValue(t *testing.T) {
	m := uncached()
	for _, c := range []struct{ in, secret string }{
		{"login failed user=bob password_length=hunter2 pid=3", "hunter2"},
		{"PASSWORD_LENGTH=Tr0ub4dor&3 retry", "Tr0ub4dor"},
		{"client_secret_count: s3cr3tV4lue", "s3cr3tV4lue"},
		{`{"tokenSize":"ghx_abcdEFGH1234ijkl"}`, "ghx_abcdEFGH1234ijkl"},
		{`<password_length>pa55-word</password_length>`, "pa55-word"},
		{`password_len=12abc34 ok`, "12abc34"},
	} {
		assert.NotContains(t, m.String(c.in), c.secret, "template of %q", c.in)
		assert.NotContains(t, ReplaceSecrets(c.in, "[REDACTED]"), c.secret, "redacted %q", c.in)
		assert.Equal(t, m.String(c.in), twoPass(c.in), "%q", c.in)
	}
	// the attributes stay as h109 left them
	for _, in := range []string{"password_length=12", "token_type=Bearer", "SharedAccessKeyName=send", "secret_size=4096",
		"secret_size=1.5MiB", "token_count: -1", "private_key_size=0x1F", "password_length=unlimited", `<secret_size>4096</secret_size>`, `{"tokenSize": "16"}`} {
		assert.Equal(t, in, ReplaceSecrets(in, "[REDACTED]"))
		assert.Equal(t, m.String(in), twoPass(in), "%q", in)
	}
}
