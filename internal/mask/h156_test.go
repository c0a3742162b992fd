package mask

import (
	"fmt"
	"strings"
	"testing"
)

// Session 24's LOW findings of h152 and h154 (h156): single-dash
// credential options (curl's "-u user:password", keytool's "-storepass",
// openssl's "-passin pass:…"), a userinfo's password holding ':' or '@',
// and vendor webhook URL spellings (TestVendorURLSpellingsKeepNoSecret,
// h152_test.go, and the spellings below).

// h156Secrets are lines whose secret ("hunter2pw") the redactor kept
// before h156 (and the template, where the option and its argument are
// two tokens).
var h156Secrets = []string{
	`running curl -u bob:hunter2pw https://api.example.com/v1`,
	`running curl -s -u 'bob:hunter2pw' https://api.example.com/v1`,
	`running curl -u "bob:hunter2pw" -X POST https://api.example.com/v1`,
	`running /usr/bin/curl -ubob:hunter2pw https://api.example.com/v1`,
	`running curl --user bob:hunter2pw https://api.example.com/v1`,
	`running curl --proxy-user bob:hunter2pw -x proxy:3128 https://x.example.com`,
	`running curl -U bob:hunter2pw -x proxy:3128 https://x.example.com`,
	`exec ['curl', '-u', 'bob:hunter2pw', 'https://api.example.com']`,
	`exec ["curl","--user","bob:hunter2pw"]`,
	`keytool -importkeystore -srckeystore a.p12 -srcstorepass hunter2pw -deststorepass hunter2pw`,
	`keytool -genkeypair -alias app -keystore app.jks -storepass hunter2pw -keypass hunter2pw`,
	`jarsigner -keystore app.jks -storepass 'hunter2pw' app.jar app`,
	`keytool -list -keystore app.jks -srckeypass hunter2pw -destkeypass hunter2pw`,
	`openssl pkcs12 -export -in a.crt -passin pass:hunter2pw -passout pass:hunter2pw`,
	`openssl enc -aes-256-cbc -pass pass:hunter2pw -in a -out b`,
	`exec ['openssl', 'rsa', '-passin', 'pass:hunter2pw']`,
}

// h156Userinfos: a userinfo's password holding ':' or '@' (the redactor
// kept it; the masker replaces such a token whole).
var h156Userinfos = []string{
	`connect admin:hunter2pw:x@10.0.0.5 failed`,
	`connect admin:p@hunter2pw@10.0.0.5 failed`,
	`dsn=root:hunter2pw@@db01.internal:3306/shop`,
	`dial app:hunter2pw:@localhost`,
}

func TestSingleDashCredentialOptionsAreMasked(t *testing.T) {
	m := uncached()
	for _, l := range h156Secrets {
		assertSecretGone(t, m, l, "hunter2pw")
	}
	for _, l := range h156Userinfos {
		if got := ReplaceUserinfoPasswords(l, "[REDACTED]"); strings.Contains(got, "hunter2pw") {
			t.Errorf("ReplaceUserinfoPasswords(%q) = %q", l, got)
		}
	}
}

// The user of curl's "-u" is kept, the password replaced.
func TestCurlUserIsKept(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`curl -u bob:hunter2pw https://x`, `curl -u bob:[REDACTED] https://x`},
		{`curl --user 'bob:hunter2pw' https://x`, `curl --user 'bob:[REDACTED]' https://x`},
		{`curl -ubob:hunter2pw https://x`, `curl -ubob:[REDACTED] https://x`},
		{`openssl rsa -passin pass:hunter2pw`, `openssl rsa -passin pass:[REDACTED]`},
		{`connect admin:p@ss@10.0.0.5`, `connect admin:[REDACTED]@10.0.0.5`},
		{`connect admin:pa:ss@10.0.0.5`, `connect admin:[REDACTED]@10.0.0.5`},
	} {
		got := ReplaceUserinfoPasswords(ReplaceSecrets(c.in, "[REDACTED]"), "[REDACTED]")
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}

// Near misses keep their text: "-u" of other programs (a user, a
// uid:gid), curl's user alone (it prompts), keytool's and openssl's
// pointers to where the password is, an option named alike elsewhere.
func TestSingleDashCredentialNearMisses(t *testing.T) {
	m := uncached()
	near := []string{
		`docker run -u 1000:1000 nginx`,
		`docker exec -u root:root app sh`,
		`sudo -u www-data php artisan`,
		`running mysql -u root -h db01`,
		`running curl -u bob https://api.example.com`,
		`running curl -u https://api.example.com`,
		`running curl -u`,
		`running curl -uploads`,
		`running curl -s -d @body.json https://x.example.com`,
		`running curl -k -s https://x.example.com`,
		`keytool -list -keystore app.jks -storepass:env STOREPASS`,
		`keytool -list -keystore app.jks -storepass:file /run/pass`,
		`keytool -list -keystore app.jks -storepass -v`,
		`openssl pkcs12 -passin env:PASS -passout file:/run/pass`,
		`openssl pkcs12 -passin fd:3 -passout stdin`,
		`openssl rsa -passin pass: -in a`,
		`tar -passin x`,
		`ls -storepassx y`,
		`app --user bob:hunter2pw`,
		`docker run --user 1000:1000 nginx`,
		`cp -s a b -k -d`,
	}
	assertKeptAlike(t, m, near)
	for _, s := range []string{
		`connect user@10.0.0.5 failed`,
		`at 12:30@10.0.0.5`,
		`request sent to sip:alice:x@10.0.0.5`,
		`from '<sip:540@128.183.28.203>'`,
		`to sip:alice@bob@10.0.0.5`,
		`ERROR 12:30:p@10.0.0.5`,
		`connect :x@10.0.0.5`,
		`thread main:worker@pool@x`,
	} {
		if got := ReplaceUserinfoPasswords(s, "[REDACTED]"); got != s {
			t.Errorf("ReplaceUserinfoPasswords(%q) = %q", s, got)
		}
	}
}

// Vendor spellings beside h152's: the host in upper case, a port, the
// path JSON-escaped or percent-encoded, the URL encoded as a value.
func TestVendorURLSpellingsEncoded(t *testing.T) {
	const tg, ifttt = "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "dQw4w9WgXcQabcdEFGH123"
	m := uncached()
	for _, c := range []struct{ line, secret string }{
		{"POST https://api.telegram.org/Bot123456789:" + tg + "/getMe", tg},
		{"POST https://api.telegram.org/file/BOT123456789:" + tg + "/x.jpg", tg},
		{"POST https://ZAPIER.COM/hooks/catch/123456/b2x9kqz/", "b2x9kqz"},
		{"POST https://zapier.com:443/hooks/catch/123456/b2x9kqz/", "b2x9kqz"},
		{`{"url":"https:\/\/zapier.com\/hooks\/catch\/123456\/b2x9kqz\/"}`, "b2x9kqz"},
		{"url=https%3A%2F%2Fzapier.com%2Fhooks%2Fcatch%2F123456%2Fb2x9kqz%2F", "b2x9kqz"},
		{"GET https://MAKER.IFTTT.COM/use/" + ifttt, ifttt},
		{"GET maker.ifttt.com/use/" + ifttt + " ok", ifttt},
		{"url=https%3A%2F%2Fmaker.ifttt.com%2Fuse%2F" + ifttt, ifttt},
		{"POST https://maker.ifttt.com/trigger/door/WITH/KEY/" + ifttt, ifttt},
		{"POST https://maker.ifttt.com/trigger/door/json/With/Key/" + ifttt, ifttt},
	} {
		assertSecretGone(t, m, c.line, c.secret)
	}
	assertKeptAlike(t, m, []string{
		"GET https://example.com/use/" + ifttt,
		"GET https://maker.ifttt.com/use/short",
		"POST https://notzapier.com/hooks/catch/123456/b2x9kqz/",
		"POST https://zapier.community/hooks/catch/123456/b2x9kqz/",
		"POST https://zapier.com/hooks/catch/abc/b2x9kqz/",
		"made with make and with/key/",
		"POST https://api.telegram.org/BOT123:" + tg,
		"master main make Makefile maker markup",
	})
}

// FuzzH156OnePass: the one pass masks as the two passes do on the
// single-dash options and vendor spellings, with and without
// credentials, and Append takes the two passes for every credential
// maskSecrets replaces.
func FuzzH156OnePass(f *testing.F) {
	fuzzOnePassAgrees(f, append(append(append([]string(nil), h156Secrets...), h156Userinfos...),
		`docker run -u 1000:1000 nginx curl -u a:b`,
		`curl -u -p -storepass -passin pass: --user`,
		"curl x\n-u a:b",
		`keytool -storepass:env X -keypass <*>`,
		"POST https://zapier.com/hooks/catch/123456/b2x9kqz/ https://maker.ifttt.com/use/dQw4w9WgXcQabcdEFGH123",
		"https://api.telegram.org/BOT123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe",
	), true)
}

// BenchmarkH156ShapesHostile: 1, 4 and 16 KiB records of h156's shapes
// repeated (masked without the memo, ReplaceSecrets and the userinfo
// step, as BenchmarkH154ShapesHostile): per byte alike at every size is
// linear work.
func BenchmarkH156ShapesHostile(b *testing.B) {
	for _, c := range []struct{ name, unit string }{
		{"curl-u", "curl -u a:b "},
		{"u-flags", " -ua:b"},
		{"storepass", " -storepass x"},
		{"passin", " -passin pass:x"},
		{"userinfo-colons", "a:b:c@1.2.3.4"},
		{"userinfo-ats", "a:b@c@1.2.3.4@"},
		{"userinfo-long", "a:" + strings.Repeat("b", 250) + "@1.2.3.4 "},
		{"zapier", "zapier.com/hooks/catch/1/abcdef/"},
		{"zapier-near", "/hooks/hooks/hooks"},
		{"maker", "maker.ifttt.com/use/"},
	} {
		for _, n := range []int{1 << 10, 4 << 10, 16 << 10} {
			s := strings.Repeat(c.unit, n/len(c.unit)+1)[:n]
			b.Run(fmt.Sprintf("%s/%d", c.name, n), func(b *testing.B) {
				m := uncached()
				b.SetBytes(int64(n))
				for b.Loop() {
					_ = m.String(s)
					_ = ReplaceSecrets(s, "[REDACTED]")
					_ = ReplaceUserinfoPasswords(s, "[REDACTED]")
				}
			})
		}
	}
}
