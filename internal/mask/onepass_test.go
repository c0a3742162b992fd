package mask

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/otelcol-backlog/otelcol-backlog/internal/loghub"
	"github.com/stretchr/testify/assert"
)

// twoPass is the masker as it was before the one-pass scan: every
// credential replaced first, then the general scan.
func twoPass(msg string) string {
	msg = maskSecrets(msg, false)
	var b []byte
	if delimitedRecord(msg) { // as Append's second path: a CSV record field by field
		b, _ = scanFields(nil, msg, false)
	} else {
		b, _ = scan(nil, msg, false)
	}
	return string(collapseRuns(b, 0))
}

// onePassSamples are lines whose credentials sit where the one-pass scan
// must still see them: inside URLs, e-mails, quoted values, paths, bracket
// groups, after keys with blanks and quotes, in the middle of words.
var onePassSamples = []string{
	`msg="body {\"user\":\"bob\",\"password\":\"hunter2pw\"}"`,
	`Parameters: {"user"=>{"password"=>"hunter2pw"}} {:token=>"Zx9yQw3eRt5uIo7p"} password => x`,
	`msg="login password=\"hunter2pw\" x\"password\":\"unterminated`,
	`GET https://example.test/cb?access_token="abc def ghi" 200`,
	`GET https://example.test/cb?access_token=Zx9yQw3e 200`,
	`mail from ghp_abcdefghijklmnopqrstuvwxyz0123@example.test rejected`,
	`cfg k="a password=hunter b" next`,
	`cfg k="x" 'password' = 'hunter'`,
	`/api/v1/login?user=bob&password=hunter&next=/home ok`,
	`pair=[1,2] secret=[REDACTED] token: abc`,
	`db.password: s3cr3t-value and pwd=1234 and key=AKIAABCDEFGHIJKLMNOP`,
	`header Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig`,
	`Authorization: Basic dXNlcjpwYXNzd29yZA== from 10.0.0.1`,
	`conn postgres://app:Sup3rSecret@db.internal:5432/app failed`,
	`token abcdefghijklmnopqrstuvwx1234 used by x.sk-abcdefghijklmnopqrstuvwxyz123`,
	`spring.datasource.password=changeme at 2015-10-18 18:01:47,978`,
	`key=xoxb-1234567890-abcdefghij ok`,
	`a.b.TokenCache.get: miss`,
	`BadCredentialsException: Bad credentials`,
	`{"user":"bob","password":"hunter2","note":"ok"}`,
	`x npm_abcdefghijklmnopqrstuvwxyz0123456789 y`,
	`token: android.os.BinderProxy@2bd79ce`,
	`user=alice password= next`,
	"key -----BEGIN RSA PRIVATE KEY-----\nMIIEabc\n-----END RSA PRIVATE KEY----- done",
	"x=-----BEGIN PRIVATE KEY-----MIIEabc",
	`10.0.0.1 - - [04/Dec/2026:10:12:33 +0000] "GET /a?api_key=K3yV4lue HTTP/1.1" 200`,
	`init DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=Zm9vYmFy==;EndpointSuffix=core.windows.net`,
	`GET /c/b?sv=2021&sig=abcDEF123%3D&key=K3yV4lue&sortKey=name 403 https://h/c?sig=abcDEF123`,
	`fault <login><password>hunter2pw</password><token> Zx9yQw3eRt5uIo7p </token></login> <password>`,
	`dial postgres://app:wJalrXUt/K7MDENG@db:5432/app and http://host:8080/users/@me`,
	`payload={&quot;Authorization&quot;:&quot;Bearer Zx9yQw3eRt5uIo7p&quot;} {&#39;password&#39;: &#39;hunter2pw&#39;} value="Bearer Zx9yQw3eRt5uIo7p&#34;"`,
}

// TestOnePassEqualsTwoPass: the one-pass scan gives what the two passes
// give, on lines with and without credentials (the Loghub mix when
// ../shared is there, the planted-secrets corpus, the samples above).
func TestOnePassEqualsTwoPass(t *testing.T) {
	m, _ := New(nil, 0)
	lines := append([]string(nil), onePassSamples...)
	planted, _ := readPlanted(t, filepath.Join("..", "..", "testdata", "secrets"))
	lines = append(lines, planted...)
	if msgs, err := loghub.Mixed("../../../shared/data/loghub2k"); err != nil {
		t.Logf("SKIPPING the Loghub part: ../shared not readable (%v)", err)
	} else {
		lines = append(lines, msgs...)
	}
	for _, l := range lines {
		if got, want := m.String(l), twoPass(l); got != want {
			t.Errorf("%q:\none pass %q\ntwo pass %q", l, got, want)
		}
	}
}

func FuzzOnePass(f *testing.F) {
	fuzzOnePassAgrees(f, onePassSamples, false)
}

// fuzzOnePassAgrees fuzzes from seeds: the one pass masks as the two
// passes do, and, with found, finds every credential maskSecrets replaces.
func fuzzOnePassAgrees(f *testing.F, seeds []string, found bool) {
	for _, s := range seeds {
		f.Add(s)
	}
	m, _ := New(nil, 0)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > DefaultMaxBytes {
			return
		}
		if got, want := m.String(s), twoPass(s); got != want {
			t.Fatalf("%q: one pass %q, two pass %q", s, got, want)
		}
		if found && maskSecrets(s, false) != s && !onePassFound(s) {
			t.Fatalf("%q: maskSecrets replaces a credential the one pass did not find", s)
		}
	})
}

// benchReplaceSecrets measures ReplaceSecrets on each unit repeated to 4
// and 64 KiB: ns per byte alike at both sizes is linear work.
func benchReplaceSecrets(b *testing.B, units []struct{ name, unit string }) {
	for _, c := range units {
		for _, n := range []int{4 << 10, 64 << 10} {
			s := strings.Repeat(c.unit, n/len(c.unit)+1)[:n]
			b.Run(fmt.Sprintf("%s/%d", c.name, n), func(b *testing.B) {
				b.SetBytes(int64(n))
				for b.Loop() {
					_ = ReplaceSecrets(s, "[REDACTED]")
				}
			})
		}
	}
}

// assertKeptAlike asserts that each near miss keeps its text through
// ReplaceSecrets and that m's one pass masks it as the two passes do.
func assertKeptAlike(t *testing.T, m *Masker, lines []string) {
	t.Helper()
	for _, s := range lines {
		assert.Equal(t, s, ReplaceSecrets(s, "[REDACTED]"), "kept %q", s)
		assert.Equal(t, twoPass(s), m.String(s), "one pass and two agree on %q", s)
	}
}

// assertSecretGone: the redactor and the template of line (masker m)
// hold no secret, and the one pass masks line as the two passes do.
func assertSecretGone(t *testing.T, m *Masker, line, secret string) {
	t.Helper()
	assert.NotContains(t, ReplaceSecrets(line, "[REDACTED]"), secret, "redacted %q", line)
	assert.NotContains(t, m.String(line), secret, "template of %q", line)
	assert.Equal(t, m.String(line), twoPass(line), "%q", line)
}
