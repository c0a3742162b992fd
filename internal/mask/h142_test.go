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

// h142Lines: quoted keys that name a credential, ended (or begun) by
// punctuation inside their quotes, in each quoting the key rule reads.
var h142Lines = []string{
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
}

func TestQuotedKeyEndingInPunctuationKeepsNoSecret(t *testing.T) {
	m := uncached()
	for _, line := range h142Lines {
		assertSecretGone(t, m, line, h142Secret)
	}
}

// Near misses: a quoted key ending in punctuation whose words name no
// credential keeps its value.
var h142NearMisses = []string{
	`{"name=":"alice"}`,
	`{"page==":"banana"}`,
	`{"filter:":"status"}`,
	`{"sort.":"ascending"}`,
	`{"tokenType=":"refresh"}`,
	`{"password_length=":"12"}`,
	`{"page=":"2","size=":"50"}`,
}

func TestQuotedPlainKeyEndingInPunctuationKeepsValue(t *testing.T) {
	m := uncached()
	for _, line := range h142NearMisses {
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

// LOW, no secret (found by the one pass's fuzz seeded with the shapes
// above within seconds, the same on main before h142; closed by h143): a
// credential key's value after an unterminated escaped quote that begins
// with punctuation (`="\"Token=\"!0`) was masked from the punctuation on
// by the two passes and after it by the one pass ("!<*>"), and after
// "&Token=" the one pass kept a value of punctuation only: the one pass
// scanned `\"Token=\"` as a quoted string of its own (nestedQuote), where
// the two passes read the escaped quote after the key as its value's
// (keyedValue). It now asks the key there (keyAtClose) and takes the two
// passes' path.
func TestEscapedQuotedValuePunctuationOnePass(t *testing.T) {
	for _, s := range []string{"=\"\\\"Token=\\\"!0", "\"\\\"&Token=\\\"!", `x="\"Token=\"!abc123XYZ"`, `msg="\"apiToken: \"#` + h142Secret + `"`, `msg="\"password==\"` + h142Secret + `"`} {
		assert.Equal(t, twoPass(s), uncached().String(s), "%q", s)
		assert.True(t, maskSecrets(s, false) == s || onePassFound(s), "%q: maskSecrets replaces a credential the one pass did not find", s)
	}
}

// The shapes above through the one pass: it finds every credential the
// two passes replace, and masks as they do (a test of the seeds too:
// FuzzQuotedKeyPunctuationOnePass runs them as a fuzz target's).
func TestQuotedKeyPunctuationOnePass(t *testing.T) {
	m, _ := New(nil, 0)
	for _, s := range append(append([]string{}, h142Lines...), h142NearMisses...) {
		assert.Equal(t, twoPass(s), m.String(s), "%q", s)
		if maskSecrets(s, false) != s {
			assert.True(t, onePassFound(s), "%q: maskSecrets replaces a credential the one pass did not find", s)
		}
	}
}

func FuzzQuotedKeyPunctuationOnePass(f *testing.F) {
	fuzzOnePassAgrees(f, append(append([]string{}, h142Lines...), h142NearMisses...), true)
}

// BenchmarkQuotedKeyPunctuationHostile: runs of quoted keys ending in
// punctuation, a credential key's and a plain one's, and runs of
// punctuation after a quoted key's '=' (each '=' or ':' reads at most
// maxKeyPunct bytes of punctuation either way), repeated to 4 and 64 KiB:
// ns per byte alike at both sizes is linear work.
func BenchmarkQuotedKeyPunctuationHostile(b *testing.B) {
	benchReplaceSecrets(b, []struct{ name, unit string }{
		{"secretKeyEq", `{"apiToken=":"v",`},
		{"plainKeyEq", `{"name=":"v",`},
		{"eqRun", `"token=`},
		{"punctRun", `"token=:=:=:=:=:=:`},
	})
}
