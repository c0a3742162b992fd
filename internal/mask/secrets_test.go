package mask

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMaskSecrets: every credential kind becomes "<*>" in the template, the
// key or scheme in front of it stays.
func TestMaskSecrets(t *testing.T) {
	tests := []struct {
		name, in, secret, want string
	}{
		{"aws key with digit", "using AKIAIOSFODNN7EXAMPLE for upload", "AKIAIOSFODNN7EXAMPLE", "using <*> for upload"},
		{"aws key letters only", "credentials AKIAABCDEFGHIJKLMNOP rejected", "AKIAABCDEFGHIJKLMNOP", "credentials <*> rejected"},
		{"aws session key", "sts ASIAY34FZKBOKMUTVV7A expired", "ASIAY34FZKBOKMUTVV7A", "sts <*> expired"},
		{"google", "maps key AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY denied", "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY", "maps key <*> denied"},
		{"github classic", "push with 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 failed", "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", "push with <*> failed"},
		{"github app", "installation ghs_abcdefghijklmnopqrstuvwxyzABCDEF0123 expired", "ghs_abcdefghijklmnopqrstuvwxyzABCDEF0123", "installation <*> expired"},
		{"github fine grained", "pat github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ revoked", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", "pat <*> revoked"},
		{"gitlab", "clone failed for glpat-xYzAbCdEfGhIjKlMnOpQ", "glpat-xYzAbCdEfGhIjKlMnOpQ", "clone failed for <*>"},
		{"slack", "posting with xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy", "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy", "posting with <*>"},
		{"stripe", "charge via sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "charge via <*>"},
		{"jwt", "session eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSJ9.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c invalid", "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "session <*> invalid"},
		{"bearer", "Authorization: Bearer abcdefghijklmnopqrstuvwxyzABCDEF", "abcdefghijklmnopqrstuvwxyzABCDEF", "Authorization: Bearer <*>"},
		{"basic", "header Authorization: Basic dXNlcjpjb3JyZWN0aG9yc2U= rejected", "dXNlcjpjb3JyZWN0aG9yc2U=", "header Authorization: Basic <*> rejected"},
		{"authorization raw", "authorization=Zm9vYmFyYmF6cXV4 denied", "Zm9vYmFyYmF6cXV4", "authorization=<*> denied"},
		{"url password", "connecting to postgres://app:correcthorsebatterystaple@db:5432/orders", "correcthorsebatterystaple", "connecting to <*>"},
		{"password equals", "login password=correcthorsebatterystaple failed", "correcthorsebatterystaple", "login password=<*> failed"},
		{"password colon", "retrying with password: correcthorsebatterystaple now", "correcthorsebatterystaple", "retrying with password: <*> now"},
		{"db password key", "config DB_PASSWORD=Tr0ub4dor&3 loaded", "Tr0ub4dor&3", "config DB_PASSWORD=<*> loaded"},
		{"json secret", `{"user":"bob","client_secret":"s3cr3t value here","ok":true}`, "s3cr3t value here", `{"user":"bob","client_secret":"<*>","ok":<*>}`},
		{"api key header", "X-Api-Key: 9f86d081884c7d659a2feaa0", "9f86d081884c7d659a2feaa0", "X-Api-Key: <*>"},
		{"token query", "GET /cb?code=1&access_token=opensesame&x=1", "opensesame", "GET <*>"},
		{"struct dump", "User(name=alice, passwd=hunter2)", "hunter2", "User(name=alice, passwd=<*>)"},
		{"quoted spaces", "set passphrase='open the pod bay doors' ok", "open the pod bay doors", "set passphrase='<*>' ok"},
		{"password with at", "login password=hunter@2024 failed", "hunter@2024", "login password=<*> failed"},
		{"private key", "loaded -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END RSA PRIVATE KEY----- from vault", "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo", "loaded -----BEGIN RSA PRIVATE KEY----- <*> -----END RSA PRIVATE KEY----- from vault"},
		{"private key cut", "key -----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAABG5vbmU", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmU", "key -----BEGIN OPENSSH PRIVATE KEY----- <*>"},
	}
	m, err := New(nil, 0)
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := m.String(tt.in)
			assert.NotContains(t, got, tt.secret)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestMaskSecretsKeepsWords: scheme words and key names in ordinary text are
// not credentials.
func TestMaskSecretsKeepsWords(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for _, in := range []string{
		"basic authentication failed for user alice",
		"bearer token expired, requesting a new one",
		"invalid token received from upstream",
		"open /etc/passwd: permission denied",
		"Token::parse failed at offset",
		"Secrets are rotated every day",
		"credentials loaded from the environment",
		"BEGIN TRANSACTION failed",
		"-----BEGIN CERTIFICATE----- is fine",
		"Bad activity token: android.os.BinderProxy@2bd79ce",
		"org.springframework.security.authentication.BadCredentialsException: Bad credentials",
		"InvalidTokenError: token expired",
	} {
		assert.Equal(t, m.String(in), mustNoSecret(t, in), in)
	}
}

// mustNoSecret is in with the general maskers only: FindSecrets finds
// nothing in it.
func mustNoSecret(t *testing.T, in string) string {
	t.Helper()
	if sp := FindSecrets(nil, in); len(sp) > 0 {
		t.Errorf("%q: found %q", in, in[sp[0].Start:sp[0].End])
	}
	var b []byte
	b, _ = scan(b, in, false)
	return string(collapseRuns(b, 0))
}

// TestReplaceSecretsIdempotent: replacing again changes nothing, and text
// without a secret is returned as it is.
func TestReplaceSecretsIdempotent(t *testing.T) {
	in := "password=hunter2 url https://u:pw12345@h/x Bearer abcdefghijklmnopqrstuvwxyzABCDEF key AKIAABCDEFGHIJKLMNOP"
	once := ReplaceSecrets(in, "[REDACTED]")
	assert.Equal(t, "password=[REDACTED] url https://u:[REDACTED]@h/x Bearer [REDACTED] key [REDACTED]", once)
	assert.Equal(t, once, ReplaceSecrets(once, "[REDACTED]"))
	plain := "nothing to see here: 42 items"
	assert.Equal(t, plain, ReplaceSecrets(plain, "[REDACTED]"))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ReplaceSecrets(plain, Wildcard) }))
}

// TestMaskSecretsCut: a message cut at the scan limit inside a secret keeps
// no head of it.
func TestMaskSecretsCut(t *testing.T) {
	m, err := New(nil, 30)
	require.NoError(t, err)
	got := m.String("upload with key AKIAIOSFODNN7EXAMPLE to bucket logs")
	assert.NotContains(t, got, "AKIAIOSF")
	assert.Equal(t, "upload with key <*>", got)
	assert.Equal(t, "upload with key <*>", m.String("upload with key AKIAIOSFODNN7EXAMPLE"), "cut in the key")
}

// TestPlantedCorpus masks every line of testdata/secrets/planted.txt (the
// corpus the end-to-end test sends through the collector): no planted
// secret is left in a template.
func TestPlantedCorpus(t *testing.T) {
	lines, secrets := readPlanted(t, filepath.Join("..", "..", "testdata", "secrets"))
	m, err := New(nil, 0)
	require.NoError(t, err)
	for _, l := range lines {
		got := m.String(l)
		for _, s := range secrets {
			assert.NotContains(t, got, s, "line %q", l)
		}
		assert.Contains(t, got, Wildcard, l)
	}
}

// readPlanted reads planted.txt (one log line per line) and secrets.txt
// (one planted secret per line) from dir; '#' starts a comment line.
func readPlanted(t testing.TB, dir string) (lines, secrets []string) {
	t.Helper()
	read := func(name string) []string {
		f, err := os.Open(filepath.Join(dir, name))
		require.NoError(t, err)
		defer f.Close()
		var out []string
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			l := sc.Text()
			if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
				continue
			}
			out = append(out, strings.ReplaceAll(l, `\n`, "\n"))
		}
		require.NoError(t, sc.Err())
		return out
	}
	lines, secrets = read("planted.txt"), read("secrets.txt")
	require.NotEmpty(t, lines)
	require.NotEmpty(t, secrets)
	return lines, secrets
}

func BenchmarkMaskNoSecret(b *testing.B) {
	m, _ := New(nil, 0)
	in := "2015-10-18 18:01:47,978 INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: Created MRAppMaster for application appattempt_1445144423722_0020_000001 user=alice status: ok"
	var buf []byte
	b.ReportAllocs()
	for b.Loop() {
		buf, _ = m.Append(buf[:0], in)
	}
}

func BenchmarkFindSecrets(b *testing.B) {
	in := "2015-10-18 18:01:47,978 INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: Created MRAppMaster for application appattempt_1445144423722_0020_000001 user=alice status: ok"
	var sp []SecretSpan
	b.ReportAllocs()
	for b.Loop() {
		sp = FindSecrets(sp[:0], in)
	}
}

// TestSecretsUnterminatedQuoteAtEnd: a key naming a credential followed by
// an opening quote and nothing else (found by FuzzString in
// internal/redact: it indexed past the end) is left as it is.
func TestSecretsUnterminatedQuoteAtEnd(t *testing.T) {
	m, err := New(nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`token:"`, `token: '`, `password="`, `api_key='`, `secret=  "`} {
		if got := ReplaceSecrets(s, "[REDACTED]"); got != s {
			t.Errorf("ReplaceSecrets(%q) = %q", s, got)
		}
		m.Append(nil, s)
	}
}

// h95 finding (HIGH): the credentials after an authentication scheme
// ended only at whitespace or a delimiter, so a header written inside a
// quoted string (an escaped quote or newline after it: a JSON message
// holding a curl command or a request dump) or closed by '>' or '`' was
// no credential, and its letters-only token reached the template.
func TestSchemeCredentialBeforeEscapedQuote(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	const token = "abcdefghijklmnopqrstuvwxyzABCDEF"
	for _, l := range []string{
		`msg="req \"Bearer ` + token + `\" done"`,
		`{"message":"curl -H \"Authorization: Bearer ` + token + `\""}`,
		`{"message":"headers: Authorization: Basic ` + token + `\r\nHost: x"}`,
		`{"message":"x \"outgoing request headers: Authorization: Bearer ` + token + `\" y"}`,
		"use header <Authorization: Bearer " + token + "> to call",
		"set `Authorization: Bearer " + token + "` first",
	} {
		assert.NotEmpty(t, FindSecrets(nil, l), "%q", l)
		assert.NotContains(t, m.String(l), token, "%q", l)
	}
	// a backslash that escapes nothing still glues the token to more
	assert.Empty(t, FindSecrets(nil, `Bearer `+token+`\ more`))
}

// h95 finding (LOW): the password of a URI without '//' (RFC 3261's
// sip:user:password@host, which eb6b212 masks as one value in a template)
// was no credential to the scanner, which knew scheme://user:password@
// only, so what else redacts by FindSecrets (internal/redact: tickets,
// files, the page) kept it. The span is the password alone, as a URL's.
func TestOpaqueURIPasswordIsSecret(t *testing.T) {
	for _, tt := range []struct{ in, password string }{
		{"INVITE sip:alice:S3cr3tPassw0rd@example.com SIP/2.0", "S3cr3tPassw0rd"},
		{"From: <sips:bob:S3cr3tPassw0rd@10.0.0.1>;tag=1", "S3cr3tPassw0rd"},
		{"REGISTER SIP:alice:hunterpass@example.com", "hunterpass"},
		{"uri=sip:alice:hunterpass@example.com;transport=tcp next", "hunterpass"},
		{`To: "Bob" <sip:bob:hunterpass@example.com:5061;transport=tls>;tag=9`, "hunterpass"},
		{"call (sip:alice:hunterpass@example.com) failed", "hunterpass"},
		{"a sip:alice:p@ss@example.com b", "p@ss"},
		{"sip:alice:hunterpass@example.com", "hunterpass"},
	} {
		sp := FindSecrets(nil, tt.in)
		if assert.Len(t, sp, 1, "%q", tt.in) {
			assert.Equal(t, tt.password, tt.in[sp[0].Start:sp[0].End], "%q", tt.in)
		}
		want := strings.Replace(tt.in, tt.password, "[REDACTED]", 1)
		assert.Equal(t, want, ReplaceSecrets(tt.in, "[REDACTED]"), "%q", tt.in)
		assert.Equal(t, want, ReplaceSecrets(want, "[REDACTED]"), "idempotent: %q", tt.in)
	}
	// no password: the user information has none, or its ':' is the
	// host's port, or the scheme is part of a word, or it takes none
	for _, l := range []string{
		"INVITE sip:alice@example.com SIP/2.0",
		"contact sip:alice@10.0.0.1:5060 registered",
		"contact sip:alice@10.0.0.1:5060;transport=tcp registered",
		"To: <sip:+15551234@gw;user=phone>;tag=2",
		"From: <sips:bob@10.0.0.1:5061>;tag=1",
		"gossip: peer 10.0.0.1:7946 joined",
		"gossip:alice:x@example.com",
		"at 12:30:45 sip: 10.0.0.1:5060 up",
		"sip::x@example.com",
		"sip:alice:@example.com",
		"Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK776asdhds",
		"dial tel:+12015550123 now",
		"mail mailto:alice@example.com now",
		"sip:alice@example.com, sip:bob@example.org:5060",
	} {
		mustNoSecret(t, l)
	}
}

// TestOpaqueURIPasswordTemplate: the masker writes a sip: URI with a
// password as the same one value as without (the whole URI is the
// wildcard, not "<*>@host" cut at the wildcard's '<'), in one pass as in
// two, and the password is in no template. Fails (5 assertions) when
// maskSecrets replaces the password only (without sipURIAround).
func TestOpaqueURIPasswordTemplate(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for _, tt := range []struct{ with, without string }{
		{"INVITE sip:alice:S3cr3tPassw0rd@example.com SIP/2.0", "INVITE sip:alice@example.com SIP/2.0"},
		{"From: <sips:bob:S3cr3tPassw0rd@10.0.0.1>;tag=1", "From: <sips:bob@10.0.0.1>;tag=1"},
		{"uri=sip:alice:hunterpass@example.com;transport=tcp next", "uri=sip:alice@example.com;transport=tcp next"},
		{`To: "Bob" <sip:bob:hunterpass@example.com:5061;transport=tls>;tag=9`, `To: "Bob" <sip:bob@example.com:5061;transport=tls>;tag=9`},
		{"call (sip:alice:hunterpass@example.com) failed", "call (sip:alice@example.com) failed"},
	} {
		got := m.String(tt.with)
		assert.Equal(t, m.String(tt.without), got, "%q", tt.with)
		assert.Equal(t, twoPass(tt.with), got, "%q", tt.with)
		assert.NotContains(t, got, "hunterpass", "%q", tt.with)
		assert.NotContains(t, got, "S3cr3t", "%q", tt.with)
	}
}

// h103 finding (HIGH): a credential key and its value written inside a
// quoted string, with escaped quotes (a JSON request body logged in a
// JSON or logfmt message: msg="body {\"password\":\"hunter\"}", or
// logfmt's password=\"…\" nested in a string), was no credential: the
// key's quote is escaped, so no key was found before the ':', and an
// escaped quote opening the value was the value (one backslash). The
// password reached the template and every output the redactor guards.
func TestCredentialKeyInEscapedJSON(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	const pw = "hunter2pw"
	for _, l := range []string{
		`msg="login body {\"user\":\"bob\",\"password\":\"` + pw + `\"}"`,
		`{"level":"info","msg":"req body {\"password\": \"` + pw + `\"}"}`,
		`{"msg":"sending {\"api_key\":\"` + pw + `\"} upstream"}`,
		`msg="login password=\"` + pw + `\" failed"`,
		`msg="body {\'secret\':\'` + pw + `\'}"`,
		`msg="login password=` + pw + `\" failed"`,
	} {
		var got []string
		for _, sp := range FindSecrets(nil, l) {
			got = append(got, l[sp.Start:sp.End])
		}
		assert.Contains(t, got, pw, "%q", l)
		assert.NotContains(t, m.String(l), pw, "%q", l)
	}
	// the escaped quotes are not part of the span; an escaped key that
	// names no credential stays
	assert.Empty(t, FindSecrets(nil, `msg="body {\"user\":\"bob\"}"`))
}

// h103 finding (LOW; closed by h105): a credential in a payload logged
// HTML- or XML-escaped (&quot; for the quotes: a SOAP or HTML form dump,
// a JSON body escaped by a template engine) was no credential: the
// scheme's credentials ended at whitespace, a delimiter, '>', '`' or an
// escape sequence, not at '&', and the key before "&quot;:" was "quot".
// A character reference now ends a scheme's credentials (closesToken),
// and a reference to a quote quotes a key and its value as the quote
// does (keyBefore, keyedValue): the span is the one the unescaped
// payload gives ("Bearer …" as the value of "Authorization").
func TestCredentialInHTMLEscapedPayload(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	const tok = "Zx9yQw3eRt5uIo7p"
	for _, l := range []string{
		`payload={&quot;Authorization&quot;:&quot;Bearer ` + tok + `&quot;}`,
		`payload={&quot;password&quot;:&quot;` + tok + `&quot;}`,
		`<header name="Authorization" value="Bearer ` + tok + `&#34;"/>`,
		`form {&#39;api_key&#39;: &#39;` + tok + `&#39;, &#39;user&#39;: &#39;bob&#39;}`,
		`body={&#x22;client_secret&#x22;:&#x22;` + tok + `&#x22;}`,
	} {
		var got []string
		for _, sp := range FindSecrets(nil, l) {
			got = append(got, l[sp.Start:sp.End])
		}
		assert.Contains(t, strings.Join(got, " "), tok, "%q", l)
		assert.NotContains(t, m.String(l), tok, "%q", l)
	}
	// an escaped key that names no credential, and a reference that is
	// no quote, stay
	for _, l := range []string{`x={&quot;user&quot;:&quot;bob&quot;}`, `a &amp;password&amp;: b`, `token&#59;: x`} {
		assert.Empty(t, FindSecrets(nil, l), "%q", l)
	}
}

// h103 finding (MEDIUM): Ruby's inspect of a hash writes a key's value
// after "=>" ({"password"=>"hunter2"}, {:token=>"..."}, a Rails or
// Sidekiq log's parameters), which the masker knows (`:mode=>"<*>"`), but
// the scanner read the value as ">" and found no credential, so the
// redactor left it in exemplars, tickets and the page.
func TestCredentialAfterHashRocket(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	const pw = "hunter2pw"
	for _, l := range []string{
		`Parameters: {"user"=>{"email"=>"x", "password"=>"` + pw + `"}}`,
		`job args {:token=>"` + pw + `", :retry=>3}`,
		`config password => "` + pw + `"`,
		`{'api_key'=>'` + pw + `'}`,
		`opts :secret=>` + pw + ` next`,
	} {
		var got []string
		for _, sp := range FindSecrets(nil, l) {
			got = append(got, l[sp.Start:sp.End])
		}
		assert.Contains(t, got, pw, "%q", l)
		assert.NotContains(t, m.String(l), pw, "%q", l)
	}
}

// h103 finding (LOW; closed by h105): published credential shapes the
// scanner missed (each common in logs): an Azure storage connection
// string's AccountKey, an Azure SAS token's sig, a credential key written
// as an XML element, and a URL's password holding an unencoded '/'. Each
// follows from a rule, not a vendor: a parameter of a connection string
// or a URL query named as a key or a signature (paramSecret), an XML
// element named like a credential key (xmlValue), the user information
// of a URL whose ':' is no port (urlPassword). A Slack incoming-webhook
// URL (hooks.slack.com/services/T…/B…/<secret>: the secret is its path)
// was left, as only its vendor's shape tells it; h127 added that shape
// (TestPublishedTokenShapes).
func TestPublishedSecretShapesMissed(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for _, c := range []struct{ line, secret string }{
		{`DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4==;EndpointSuffix=core.windows.net`, "Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4=="},
		{`Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessSignature=SharedAccessSignature sr=acme&sig=Zx9yQw3eRt5uIo7p%3D&se=1`, "Zx9yQw3eRt5uIo7p%3D"},
		{`GET https://acme.blob.core.windows.net/c/b?sv=2021-08-06&sr=b&sp=r&sig=abcDEF123ghiJKL456%3D 403`, "abcDEF123ghiJKL456%3D"},
		{`GET /o/x?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=9f86d081884c7d659a2f 403`, "9f86d081884c7d659a2f"},
		{`GET /maps/api/geocode/json?address=x&key=Zx9yQw3eRt5uIo7p 200`, "Zx9yQw3eRt5uIo7p"},
		{`<login><user>bob</user><password>hunter2pw</password></login>`, "hunter2pw"},
		{`<Credentials><ClientSecret> hunter2pw </ClientSecret></Credentials>`, "hunter2pw"},
		// a URL's password with '/' or '#' unencoded (a base64 secret
		// pasted into a DSN): the user information ends at the '/'
		{`connecting to postgres://app:wJalrXUt/K7MDENG@db:5432/app`, "wJalrXUt/K7MDENG"},
	} {
		var got []string
		for _, sp := range FindSecrets(nil, c.line) {
			got = append(got, c.line[sp.Start:sp.End])
		}
		assert.Contains(t, got, c.secret, "%q", c.line)
		assert.NotContains(t, m.String(c.line), c.secret, "%q", c.line)
	}
	// what the rules leave: a query's sortKey or cacheKey, a port, an
	// element with elements inside, a signal, a key outside a parameter
	for _, l := range []string{
		`GET /items?sortKey=name&cacheKey=abc 200`,
		`GET http://host:8080/users/@me 200`,
		`<password><hash>x</hash></password>`,
		`worker exited sig=SIGKILL`,
		`routing key=orders.created`,
		`AccountName=acme;EndpointSuffix=core.windows.net;Monkey=x`,
	} {
		assert.Empty(t, FindSecrets(nil, l), "%q", l)
	}
}

// h106 finding (LOW: false positives; closed): after a ';' any parameter
// whose last word is "key" (after '_', '-' or a lower-case letter) or
// named "sig" was taken for a credential, where h105 meant a connection
// string's AccountKey: the ';'-separated fields of ordinary records lost
// their values to [REDACTED] in exemplars, tickets and the page (an AMQP
// routing key, a database's primary key, Azure Table's own PartitionKey
// and RowKey, a signal). After a ';' such a value counts when it has a
// key's shape (keyShaped: base64 of a credential's length).
func TestSemicolonKeyParametersAreNoSecrets(t *testing.T) {
	for _, c := range []struct{ line, secret string }{
		{`Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4MTIzNDU2Nzg=`, "Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4MTIzNDU2Nzg="},
		{`AccountName=acme;AccountKey="Zm9vYmFy+mF6cXV4/m9vYmFyYmF6cXV4=="`, "Zm9vYmFy+mF6cXV4/m9vYmFyYmF6cXV4=="},
		{`cache=redis;key=Zx9yQw3eRt5uIo7pL2k;ttl=60`, "Zx9yQw3eRt5uIo7pL2k"},
	} {
		var got []string
		for _, sp := range FindSecrets(nil, c.line) {
			got = append(got, c.line[sp.Start:sp.End])
		}
		assert.Contains(t, got, c.secret, "%q", c.line)
	}
	for _, l := range []string{
		`published exchange=orders;routing_key=order.created;delivery_mode=2`,
		`db write table=users;primary_key=id;rows=3`,
		`table insert PartitionKey=orders;RowKey=20240501-0007;Timestamp=2024-05-01T07:00:00Z`,
		`worker stopped;sig=SIGTERM;code=143`,
		`sync table=orders;primary_key=customerIdentifierColumn;rows=3`,
		`lookup;cache_key=0123456789abcdef0123.json`,
	} {
		assert.Empty(t, FindSecrets(nil, l), "%q", l)
		assert.Equal(t, l, ReplaceSecrets(l, "[REDACTED]"), "%q", l)
	}
}

// h106 finding (HIGH: work): the search for a URL password's '@' (h105's
// password with an unencoded '/') and a sip: URI's user information ran
// to the next blank from every "://" and every "sip:", so a record of
// "a://x:y/" or "sip:a:b/" repeated cost quadratic work: under
// cachegrind (ReplaceSecrets and the masker, 16 KiB and 64 KiB)
// 0.34 and 5.4 billion instructions for the URLs, 1.1 and 17.5 billion
// for sip:, on one record; 3.4/7.6 and 5.7/16.7 million since (each scan
// ends at the next URI, scanned from its own). The next URI's password
// is its own, not the tail of the one before.
func TestURIScanEndsAtTheNextURI(t *testing.T) {
	for _, c := range []struct{ line, secret string }{
		{`redirect a://x:y/https://u:pw12345678@host/x`, "pw12345678"},
		{`INVITE sip:a:b/sip:alice:pw12345678@host;transport=tcp`, "pw12345678"},
	} {
		var got []string
		for _, sp := range FindSecrets(nil, c.line) {
			got = append(got, c.line[sp.Start:sp.End])
		}
		assert.Equal(t, []string{c.secret}, got, "%q", c.line)
	}
}

// h109 (FuzzOnePass, h100's corpus entry): a PEM private key's body runs
// to its END line or to the end of the text, across the commas of a
// comma-separated record. The one-pass masker looked for credentials in
// such a record field by field, where the body is not in the header's
// field: the body "MIIEabcdefgh" stayed in the template. It is looked for
// in the whole record now, so the template never carries the body.
func TestPEMBodyAcrossRecordFields(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for _, c := range []struct{ line, want string }{
		{"a,b,-----BEGIN PRIVATE KEY-----,,,,,,MIIEabcdefgh", "a,b,-----BEGIN PRIVATE KEY-----,,,,,,<*>"},
		{"a,b,-----BEGIN PRIVATE KEY-----,,MIIEabcdefgh,-----END PRIVATE KEY-----,c,,", "a,b,-----BEGIN PRIVATE KEY-----,,<*>,-----END PRIVATE KEY-----,c,,"},
	} {
		assert.Equal(t, c.want, m.String(c.line), "%q", c.line)
		assert.Equal(t, c.want, twoPass(c.line), "%q", c.line)
	}
}

// h109: the separators right after a PEM header's "-----" (and before
// its END line) are no part of the body, as the masker keeps every
// separator (package doc): the body is base64 (RFC 7468), the span
// starts at it. Before, the commas of "KEY-----,,,,,,," were the body,
// one "<*>", where the one-pass masker (which sees the record's empty
// fields) kept them: the two disagreed (FuzzOnePass).
func TestPEMBodyWithoutSeparators(t *testing.T) {
	for _, c := range []struct{ line, body string }{
		{"-----BEGIN RSA PRIVATE KEY-----,MIIEabc", "MIIEabc"},
		{`{"k":"-----BEGIN PRIVATE KEY-----MIIEab+/c==\n-----END PRIVATE KEY-----"}`, `MIIEab+/c==\n`},
		{`{"k":"-----BEGIN PRIVATE KEY-----MIIEab+/c==`, `MIIEab+/c==`},
		{`key=[-----BEGIN PRIVATE KEY----- MIIEabc]`, "MIIEabc"},
		{"-----BEGIN EC PRIVATE KEY-----;MIIEabc;-----END EC PRIVATE KEY-----", "MIIEabc"},
	} {
		var got []string
		for _, sp := range FindSecrets(nil, c.line) {
			got = append(got, c.line[sp.Start:sp.End])
		}
		assert.Equal(t, []string{c.body}, got, "%q", c.line)
	}
	m, err := New(nil, 0)
	require.NoError(t, err)
	for _, l := range []string{
		"-----BEGIN AAAPRIVATE KEY-----,,,,,,,",
		"-----BEGIN RSA PRIVATE KEY-----,",
		`"-----BEGIN PRIVATE KEY-----"`,
	} {
		assert.Empty(t, FindSecrets(nil, l), "%q", l)
		assert.Equal(t, l, m.String(l), "%q", l)
	}
}

// h108 finding (LOW: false positive; closed by h109): a key whose last
// word names an attribute of a credential (its name, type, kind, length,
// size, count) was taken for the credential: Azure Service Bus's policy
// name in "SharedAccessKeyName=send" became [REDACTED] beside the real
// SharedAccessKey. Such a key names no secret; the credential keys stay,
// Vault's "secret_id" among them (an id can be a credential).
func TestCredentialAttributeKeysAreNoSecrets(t *testing.T) {
	for _, c := range []struct{ line, secret string }{
		{`Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4MTIzNDU2Nzg=`, "Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4MTIzNDU2Nzg="},
		{`{"token_type":"Bearer","access_token":"Zx9yQw3eRt5uIo7p"}`, "Zx9yQw3eRt5uIo7p"},
		{`login role_id=app secret_id=7f1c2e9a-secretvalue`, "7f1c2e9a-secretvalue"},
		{`DB_PASSWORD_LENGTH=12 DB_PASSWORD=hunter2pw`, "hunter2pw"},
		{`apiKeyName=billing apiKey=Zx9yQw3eRt5uIo7p`, "Zx9yQw3eRt5uIo7p"},
	} {
		var got []string
		for _, sp := range FindSecrets(nil, c.line) {
			got = append(got, c.line[sp.Start:sp.End])
		}
		assert.Equal(t, []string{c.secret}, got, "%q", c.line)
	}
	m, err := New(nil, 0)
	require.NoError(t, err)
	for _, l := range []string{
		`Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send`,
		`tokenKind: refresh token_type=Bearer`,
		`policy password-min-length=8`,
		`vault lookup SecretName=db-main APIKeyName=billing`,
		`<SecretName>db-main</SecretName>`,
		`CREDENTIAL_TYPE: oauth`,
	} {
		assert.Empty(t, FindSecrets(nil, l), "%q", l)
		assert.Equal(t, l, ReplaceSecrets(l, "[REDACTED]"), "%q", l)
		assert.Equal(t, m.String(l), twoPass(l), "%q", l)
	}
}
