package mask

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
)

// h150: h139's finding (a URL percent-encoded inside another keeps its
// password and its query's credentials), vendor URL shapes left open by
// h131 (Telegram's bot token, Zapier's catch hook) and IFTTT's Webhooks
// key, and a credential key written "key=:value".

const (
	h150Password = "wJalrXUtnFEMIK7MDENG"
	h150Sig      = "4f3c2b1a09e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2918273645546372819a0"
	h150ChatKey  = "AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI"
	h150ChatTok  = "abcDEF123456ghiJKL7890mnoPQRstu"
)

// h150Encoded is a URL with a password, a presigned URL's signature and
// Google Chat's key and token, each encoded as a value once or twice
// (url.QueryEscape: Go's; "%2B"-free).
func h150Encoded() []struct{ line, secret string } {
	inner := []struct{ url, secret string }{
		{"https://user:" + h150Password + "@db.example/", h150Password},
		{"postgres://app:" + h150Password + "@db.internal:5432/app", h150Password},
		{"https://bucket.s3.amazonaws.com/k.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=" + h150Sig + "&X-Amz-Date=20261207T000000Z", h150Sig},
		{"https://chat.googleapis.com/v1/spaces/AAAA1234/messages?key=" + h150ChatKey + "&token=" + h150ChatTok, h150ChatTok},
		{"https://app.example/cb?password=" + h150Password, h150Password},
		{"https://app.example/cb?user=bob&access_token=" + h150Password + "&x=1", h150Password},
	}
	var out []struct{ line, secret string }
	for _, in := range inner {
		once := url.QueryEscape(in.url)
		twice := url.QueryEscape(once)
		lower := strings.ToLower(once) // "%3a%2f%2f": hex in lower case
		for _, line := range []string{
			"GET /login?return_to=" + once + " 302",
			"GET /login?next=/home&return_to=" + twice + "&lang=en 302",
			`{"redirect":"` + once + `"}`,
			"GET /r/" + once + " HTTP/1.1",
			"callback " + lower,
			"url=" + url.PathEscape(in.url),
		} {
			out = append(out, struct{ line, secret string }{line, in.secret})
		}
	}
	// Google Chat's key too, and a URL encoded only from its query on
	out = append(out,
		struct{ line, secret string }{"return_to=" + url.QueryEscape("https://chat.googleapis.com/v1/spaces/A/messages?key="+h150ChatKey+"&token="+h150ChatTok), h150ChatKey},
		struct{ line, secret string }{"GET https://app.example/cb%3Fpassword%3D" + h150Password + " 200", h150Password},
		struct{ line, secret string }{"next=%2Fcb%253Ftoken%253D" + h150Password, h150Password},
	)
	return out
}

func TestEncodedURLInsideAnotherKeepsNoSecret(t *testing.T) {
	m := uncached()
	for _, c := range h150Encoded() {
		assertSecretGone(t, m, c.line, c.secret)
	}
}

// Only the secret is replaced, the encoded URL around it kept (the
// redactor's text reads as before but for the secret).
func TestEncodedURLSecretOnlyIsReplaced(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"return_to=https%3A%2F%2Fuser%3A" + h150Password + "%40db.example%2F ok",
			"return_to=https%3A%2F%2Fuser%3A[REDACTED]%40db.example%2F ok"},
		{"u=https%253A%252F%252Fx%252Fa%253Fpassword%253D" + h150Password + "%2526y%253D1",
			"u=https%253A%252F%252Fx%252Fa%253Fpassword%253D[REDACTED]%2526y%253D1"},
		{"r=https%3A%2F%2Fchat.googleapis.com%2Fv1%2Fspaces%2FA%2Fmessages%3Fkey%3D" + h150ChatKey + "%26token%3D" + h150ChatTok,
			"r=https%3A%2F%2Fchat.googleapis.com%2Fv1%2Fspaces%2FA%2Fmessages%3Fkey%3D[REDACTED]%26token%3D[REDACTED]"},
	} {
		if got := ReplaceSecrets(c.in, "[REDACTED]"); got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
		// replacing twice changes nothing (a redacted text is redacted
		// again when cut or restored): the mask, decoded, is skipped
		if again := ReplaceSecrets(c.want, "[REDACTED]"); again != c.want {
			t.Errorf("%q redacted again: %q", c.want, again)
		}
	}
}

// h150EncodedNearMisses: encoded URLs without credentials, '%' runs that
// are no URL, an encoded e-mail address (the redactor's e-mail rule, not
// the scanner's), encoded plain keys and a sortKey: kept, and the one
// pass agrees.
var h150EncodedNearMisses = []string{
	"GET /login?return_to=https%3A%2F%2Fapp.example%2Fhome%3Ftab%3Dsettings%26page%3D2 302",
	"GET /login?return_to=https%253A%252F%252Fapp.example%252Fhome%253Fpage%253D2 302",
	"GET /r/https%3A%2F%2Fuser%40app.example%2F HTTP/1.1",
	"q=name%3Dalice%26sortKey%3Dcreated",
	"email=alice%40example.com",
	"progress 100% done, 50%% left, %s %d %3D",
	strings.Repeat("%25", 40),
	"%" + strings.Repeat("25", 40) + "3D",
	"%3D%3D%3D%40%40%40",
	"x=%3D" + h150Password,
	"data=dG9rZW4%3D and sig%3D",
	"path=%2Fbot12345%3A" + h150Password,
}

func TestEncodedURLNearMisses(t *testing.T) {
	m := uncached()
	assertKeptAlike(t, m, h150EncodedNearMisses)
}

// Vendor URL shapes whose secret only the URL tells (h131's finding,
// left open by h139): Telegram's bot token, Zapier's catch hook, and
// IFTTT's Webhooks key; each in the spellings a URL inside another text
// takes (without scheme, JSON-escaped, percent-encoded once or twice).
const (
	h150Telegram = "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
	h150Zapier   = "b2x9kqz"
	h150IFTTT    = "dQw4w9WgXcQabcdEFGH123"
)

func h150VendorURLs() []struct{ url, secret string } {
	return []struct{ url, secret string }{
		{"https://api.telegram.org/bot123456789:" + h150Telegram + "/sendMessage", h150Telegram},
		{"https://api.telegram.org/file/bot123456789:" + h150Telegram + "/photos/file_1.jpg", h150Telegram},
		{"https://api.telegram.org/bot123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11/getMe", "ABC-DEF1234ghIkl-zyx57W2v1u123ew11"},
		{"https://hooks.zapier.com/hooks/catch/123456/" + h150Zapier + "/", h150Zapier},
		{"https://hooks.zapier.com/hooks/catch/123456/" + h150Zapier, h150Zapier},
		{"https://hooks.zapier.com/hooks/catchraw/123456/" + h150Zapier + "/", h150Zapier},
		{"https://maker.ifttt.com/trigger/door_open/with/key/" + h150IFTTT, h150IFTTT},
		{"https://maker.ifttt.com/trigger/door_open/json/with/key/" + h150IFTTT + "?value1=x", h150IFTTT},
	}
}

func TestVendorURLShapesKeepNoSecret(t *testing.T) {
	m := uncached()
	for _, c := range h150VendorURLs() {
		noScheme := strings.TrimPrefix(c.url, "https://")
		for _, line := range []string{
			"POST " + c.url + " 200",
			`level=info msg="notify" url=` + noScheme,
			`{"url":"` + strings.ReplaceAll(c.url, "/", `\/`) + `"}`,
			"callback=" + url.QueryEscape(c.url),
			"GET /r/" + url.QueryEscape(url.QueryEscape(c.url)) + " HTTP/1.1",
			`{"url":"` + strings.ReplaceAll(c.url, "/", `\u002F`) + `"}`,
		} {
			assertSecretGone(t, m, line, c.secret)
		}
	}
}

// Near misses: another host's /hooks/catch/, a short or missing key, a
// word ending "bot" before a colon, a bot's id and a short text, a
// Telegram URL without its token, and "with" in prose.
var h150VendorNearMisses = []string{
	"https://hooks.example.com/hooks/catch/123456/b2x9kqz/",
	"https://hooks.zapier.com/hooks/catch/123456/",
	"https://hooks.zapier.com/hooks/catch/abc/b2x9kqz/",
	"https://hooks.zapier.com/hooks/catch/123456/b2x9/",
	"robot12:" + h150Telegram,
	"/bot12:short-text",
	"https://api.telegram.org/bot<token>/getMe",
	"/chatbot1:" + h150Telegram,
	"/bot1234:" + h150Telegram, // a bot's id has 5 or more digits
	"https://maker.ifttt.com/trigger/door_open/with/key/{key}",
	"retry with key rotation; connected with/key/short",
	"opened with key " + h150IFTTT,
}

func TestVendorURLShapesNearMisses(t *testing.T) {
	m := uncached()
	assertKeptAlike(t, m, h150VendorNearMisses)
}

// A credential key written "key=:value" (a ':' after the '='; the
// finding h142 noted with {"apiToken=":"…"}, unquoted): the ':' was
// taken for the value and the secret after it kept.
func TestKeyEqualsColonKeepsNoSecret(t *testing.T) {
	m := uncached()
	for _, line := range []string{
		`apiToken=:"` + h142Secret + `"`,
		`apiToken=: "` + h142Secret + `" user=alice`,
		`apiToken=:'` + h142Secret + `'`,
		`apiToken=:` + h142Secret,
		`level=warn apiToken=:"` + h142Secret + `" status=401`,
	} {
		assertSecretGone(t, m, line, h142Secret)
	}
	assertKeptAlike(t, m, []string{`name=:"alice"`, `time=:00`, `token=:`, `Type::member token=:`})
}

func FuzzEncodedURLOnePass(f *testing.F) {
	seeds := append([]string{}, h150EncodedNearMisses...)
	seeds = append(seeds, h150VendorNearMisses...)
	for _, c := range h150Encoded() {
		seeds = append(seeds, c.line)
	}
	for _, c := range h150VendorURLs() {
		seeds = append(seeds, c.url, url.QueryEscape(c.url))
	}
	seeds = append(seeds, `apiToken=:"`+h142Secret+`"`)
	fuzzOnePassAgrees(f, seeds, true)
}

// BenchmarkEncodedURLHostile: spans that ask to be decoded, repeated to 4
// and 64 KiB through the redactor's scan (ReplaceSecrets), and to 4 and
// 16 KiB (the masker's scan limit) through the masker's one pass, which
// asks over pieces ("%3D" between the '!', '@' or ':' that end one): ns
// per byte alike at both sizes is linear work. Two texts that differ in
// their first byte alternate, so that no call reuses the span the call
// before decoded (encFor keeps it for the same text).
func BenchmarkEncodedURLHostile(b *testing.B) {
	alternate := func(b *testing.B, s string, f func(string)) {
		t := "~" + s[1:]
		b.SetBytes(int64(len(s)))
		n := 0
		for b.Loop() {
			if n++; n&1 == 0 {
				f(s)
			} else {
				f(t)
			}
		}
	}
	for _, c := range []struct{ name, unit string }{
		{"pct3D", "%3D"},
		{"pct253D", "%253D"},
		{"keyval", "%26pwd%3Dx"},
		{"userinfo", "a%3Ab%40c"},
		{"url", "https%3A%2F%2Fu%3Ap%40h%2Fa%3Ftoken%3Dx%26"},
		{"pct25run", "%" + strings.Repeat("25", 64) + "3D"},
		{"telegram", "/bot12345:"},
		{"with", "/with/key/"},
	} {
		for _, n := range []int{4 << 10, 64 << 10} {
			s := strings.Repeat(c.unit, n/len(c.unit)+1)[:n]
			b.Run(fmt.Sprintf("%s/%d", c.name, n), func(b *testing.B) {
				alternate(b, s, func(s string) { _ = ReplaceSecrets(s, "[REDACTED]") })
			})
		}
	}
	m := uncached()
	for _, c := range []struct{ name, unit string }{
		{"pct3D", "%3D!"}, {"keyval", "a%3Db@"}, {"pct00", "%00a!"}, {"slashes", "%2F%2F:"}, {"url", "https%3A%2F%2Fu%3Ap%40h%2Fa%3Ftoken%3Dx%26!"},
	} {
		for _, n := range []int{4 << 10, 16 << 10} {
			s := strings.Repeat(c.unit, n/len(c.unit)+1)[:n]
			b.Run(fmt.Sprintf("mask/%s/%d", c.name, n), func(b *testing.B) {
				alternate(b, s, func(s string) { _ = m.String(s) })
			})
		}
	}
}

// The one pass keeps a decoded span in a pooled encSpans that holds its
// text: maskers on several goroutines, each on its own texts (of one
// length, so that only the text tells them apart), mask as one alone
// does (run with -race).
func TestEncodedSpanPoolConcurrent(t *testing.T) {
	var lines []string
	for i := 0; i < 8; i++ {
		lines = append(lines,
			fmt.Sprintf("r=https%%3A%%2F%%2Fu%%3A%s%d%%40h%%2F!x%%3D%d", h150Password, i, i),
			fmt.Sprintf("r=https%%3A%%2F%%2Fu%%3Anopass%d%%2F!x%%3D%d!y%%3D%d", i, i, i))
	}
	want := make([]string, len(lines))
	m := uncached()
	for i, s := range lines {
		want[i] = m.String(s)
	}
	done := make(chan string, 4)
	for g := 0; g < 4; g++ {
		go func(g int) {
			m := uncached()
			for r := 0; r < 200; r++ {
				for i := range lines {
					k := (i + g + r) % len(lines)
					if got := m.String(lines[k]); got != want[k] {
						done <- fmt.Sprintf("%q: %q, alone %q", lines[k], got, want[k])
						return
					}
				}
			}
			done <- ""
		}(g)
	}
	for g := 0; g < 4; g++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}
