package mask

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// h110 finding (LOW): attributeWord takes a credential key whose last word
// is Length, Len, Size or Count for a number about the credential
// (password_length=12), whatever its value: a secret written under such a
// key (a misnamed field, a value that is no number) stays in the template
// and the redacted outputs. Those four name a quantity; a value that is no
// number (no digit first) should be the credential it is under the
// key's other words. Name, Type and Kind take words and stay.
func TestCredentialAttributeKeyWithSecretValue(t *testing.T) {
	t.Skip("h110 finding (LOW): password_length=hunter2 keeps its value: a Length/Len/Size/Count key is no credential whatever its value")
	m := uncached()
	for _, c := range []struct{ in, secret string }{
		{"login failed user=bob password_length=hunter2 pid=3", "hunter2"},
		{"PASSWORD_LENGTH=Tr0ub4dor&3 retry", "Tr0ub4dor"},
		{"client_secret_count: s3cr3tV4lue", "s3cr3tV4lue"},
		{`{"tokenSize":"ghx_abcdEFGH1234ijkl"}`, "ghx_abcdEFGH1234ijkl"},
	} {
		assert.NotContains(t, m.String(c.in), c.secret, "template of %q", c.in)
		assert.NotContains(t, ReplaceSecrets(c.in, "[REDACTED]"), c.secret, "redacted %q", c.in)
	}
	// the attributes stay as h109 left them
	for _, in := range []string{"password_length=12", "token_type=Bearer", "SharedAccessKeyName=send", "secret_size=4096"} {
		assert.Equal(t, in, ReplaceSecrets(in, "[REDACTED]"))
	}
}
