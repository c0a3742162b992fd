package mask

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// h140's finding (open until h142): a quoted key whose name ends in
// punctuation inside its quotes ({"apiToken=":"…"}, a key cut at base64
// padding) kept its value in the redacted text and the template: the '='
// inside the quotes was taken for the key's separator and the quote after
// it (`":"`) for its value, and at the ':' after the closing quote the key
// was no run of key bytes. The key is judged by its words now, whatever
// punctuation ends (or begins) it inside its quotes (keyBefore,
// inQuotedKey).

const h142Secret = "s3cr3tV4lu3Xy9Qw"

func TestQuotedKeyEndingInPunctuationKeepsNoSecret(t *testing.T) {
	m := uncached()
	for _, line := range []string{
		`{"apiToken=":"` + h142Secret + `"}`,
		`{"apiToken==":"` + h142Secret + `"}`,
		`{"password=": "` + h142Secret + `", "user": "alice"}`,
		`{"secret:":"` + h142Secret + `"}`,
		`{"client_secret.":"` + h142Secret + `"}`,
		`{"token ":"` + h142Secret + `"}`,
		`{"x-api-key=" : "` + h142Secret + `"}`,
		`{"$password":"` + h142Secret + `"}`,
		`{'apiToken=':'` + h142Secret + `'}`,
		`{"apiToken="=>"` + h142Secret + `"}`,
		`msg="{\"apiToken=\":\"` + h142Secret + `\"}"`,
		`{&quot;apiToken=&quot;:&quot;` + h142Secret + `&quot;}`,
		`level=info body={"auth":{"accessToken=":"` + h142Secret + `"}} status=401`,
	} {
		assertSecretGone(t, m, line, h142Secret)
	}
}

// Near misses: a quoted key ending in punctuation whose words name no
// credential keeps its value.
func TestQuotedPlainKeyEndingInPunctuationKeepsValue(t *testing.T) {
	m := uncached()
	for _, line := range []string{
		`{"name=":"alice"}`,
		`{"page==":"banana"}`,
		`{"filter:":"status"}`,
		`{"sort.":"ascending"}`,
		`{"tokenType=":"refresh"}`,
		`{"password_length=":"12"}`,
		`{"page=":"2","size=":"50"}`,
	} {
		assert.Equal(t, line, ReplaceSecrets(line, "[REDACTED]"), "%q", line)
		assert.Equal(t, m.String(line), twoPass(line), "%q", line)
	}
	for _, c := range []struct{ line, kept string }{
		{`{"name=":"alice"}`, "alice"},
		{`{"filter:":"status"}`, "status"},
		{`{"tokenType=":"refresh"}`, "refresh"},
	} {
		assert.Contains(t, m.String(c.line), c.kept, "%q", c.line)
	}
}
