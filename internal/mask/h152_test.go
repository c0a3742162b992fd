package mask

import (
	"net/url"
	"strings"
	"testing"
)

// h152: the adversarial review of h150 (secrets of a URL percent-encoded
// inside another, Telegram's, Zapier's and IFTTT's URL shapes, key=:).

// An encoded span ended at a literal '/', '=', '&', '?' or '$': a URL
// encoded only in part ("https%3A//user%3A<pw>%40host", a Telegram URL
// whose ':' alone is encoded) and a path encoder's URL (url.PathEscape
// leaves '=', '&' and '$', the bytes of a base64 or generated password)
// kept the password (h152's finding 1, MEDIUM).
func TestPartlyEncodedURLKeepsNoSecret(t *testing.T) {
	const tg = "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
	m := uncached()
	for _, c := range []struct{ line, secret string }{
		{"r=https%3A//user%3A" + h150Password + "%40db.example/", h150Password},
		{"r=https://user%3A" + h150Password + "@db.example", h150Password},
		{"r=https%3A%2F%2Fuser%3A" + h150Password + "/x%40db.example%2F", h150Password},
		{"POST https://api.telegram.org/bot123456789%3A" + tg + "/getMe 200", tg},
		{"url=" + url.PathEscape("postgres://app:"+h150Password+"a+b=@db:5432/app"), h150Password},
		{"url=" + url.PathEscape("postgres://app:"+h150Password+"&x@db:5432/app"), h150Password},
		{"url=" + url.PathEscape("postgres://app:"+h150Password+"$x@db:5432/app"), h150Password},
		{"GET /r/" + url.PathEscape("https://app:"+h150Password+"=@db.example/a?b=c") + " 200", h150Password},
	} {
		assertSecretGone(t, m, c.line, c.secret)
	}
	assertKeptAlike(t, m, []string{
		"GET /search?q=a%20b&page=2&sort=asc HTTP/1.1",
		"GET /r/" + url.PathEscape("https://app.example/a?b=c&d=e") + " 200",
		"GET /files/report%202026.pdf?download=1 200",
		"url=" + url.PathEscape("postgres://app@db:5432/app?sslmode=require"),
	})
}

// Go's encoding/json (and logrus' JSON formatter on it) writes a URL's
// '&' as "\u0026": the key after it was read as "u0026password", after a
// '\\', and no key, and a parameter's key ("sig", "key", "X-Amz-Signature")
// was not after a '&' (h152's finding 2, MEDIUM; older than h150).
func TestJSONEscapedAmpersandKeyKeepsNoSecret(t *testing.T) {
	m := uncached()
	for _, line := range []string{
		`{"level":"info","url":"https://app.example/cb?x=1\u0026password=` + h150Password + `"}`,
		`{"url":"https://app.example/cb?state=abc\u0026access_token=` + h150Password + `\u0026token_type=bearer"}`,
		`{"msg":"redirect","to":"/login?next=%2F\u0026api_key=` + h150Password + `"}`,
		// a parameter's key, read only after a '?', '&' or ';' (paramSecret)
		`{"url":"https://bucket.s3.amazonaws.com/k?X-Amz-Date=1\u0026X-Amz-Signature=` + h150Password + `"}`,
		`{"url":"https://acct.blob.core.windows.net/c/b?sv=2020\u0026sig=` + h150Password + `"}`,
		`{"url":"https://maps.example/api?q=x\u0026key=` + h150Password + `"}`,
	} {
		assertSecretGone(t, m, line, h150Password)
	}
	assertKeptAlike(t, m, []string{
		`{"url":"https://app.example/cb?x=1\u0026page=2\u0026sort=asc"}`,
		`{"url":"https://app.example/list?x=1\u0026sortKey=name"}`,
		`{"path":"https:\u002f\u002fapp.example\u002fpassword=reset"}`,
		`{"html":"\u003cinput name=password\u003e"}`,
	})
}

// BenchmarkEncodedSpanWide: spans that h152's wider encoded span (a
// URL's literal '/', '?', '#', '=', '&', '$') reads whole, many decoded
// credentials in one span, through the redactor's scan at 4 and 64 KiB
// and the masker's one pass at 4 and 16 KiB: ns per byte alike at both
// sizes is linear work (two texts alternate, as in
// BenchmarkEncodedURLHostile).
func BenchmarkEncodedSpanWide(b *testing.B) {
	units := []benchUnit{
		{"pwdamp", "pwd%3Dxy&"},
		{"slash", "a/b%2F"},
		{"userinfo", "u%3Ap@h/"},
		{"query", "?token=%25x&"},
		{"pct25", "%25"},
		{"pct", "%"},
	}
	mask := make([]benchUnit, len(units))
	for i, u := range units {
		mask[i] = benchUnit{u.name, u.unit + "!"}
	}
	benchEncodedUnits(b, units, mask)
}

// FuzzH152OnePass: the one pass agrees with the two passes, and finds
// what they replace, on h152's lines (partly encoded URLs, a path
// encoder's, JSON-escaped '&' before a key) and its near misses.
func FuzzH152OnePass(f *testing.F) {
	seeds := []string{
		"r=https%3A//user%3A" + h150Password + "%40db.example/",
		"r=https://user%3A" + h150Password + "@db.example",
		"POST https://api.telegram.org/bot123456789%3AAAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe 200",
		"url=" + url.PathEscape("postgres://app:"+h150Password+"a+b=@db:5432/app"),
		"GET /r/" + url.PathEscape("https://app:"+h150Password+"=@db.example/a?b=c") + " 200",
		`{"url":"https://app.example/cb?x=1\u0026password=` + h150Password + `"}`,
		`{"url":"https://app.example/cb?x=1\u0026page=2\u0026sort=asc"}`,
		`{"url":"https://b.example/k?X-Amz-Date=1\u0026X-Amz-Signature=` + h150Password + `\u003bsig=x"}`,
		"GET /search?q=a%20b&page=2&sort=asc HTTP/1.1",
		"pwd%3Dxy&pwd%3Dxy&u%3Ap@h/?token=%25x&",
	}
	fuzzOnePassAgrees(f, seeds, true)
}

// h152's open LOW findings, as skipped tests (each fails unskipped at
// efdde2b; none is a seed of a fuzz target).

// An encoded URL spelled with another escape scheme: JSON's "\u0025"
// for the '%' (or "\u003a", "\u0040" for ':' and '@'), a key's '='
// written "\u003d", JavaScript's escape() "%u003A", HTML's numeric
// character references. No common encoder writes a URL so (Go's
// encoding/json escapes only '&', '<', '>', finding 2), LOW.
func TestOtherEscapeSchemesKeepNoSecret(t *testing.T) {
	t.Skip("h152 LOW, open: an encoded URL's ':' '@' '%' '=' as \\u00XX, %uXXXX or &#NN; keeps its secret")
	m := uncached()
	for _, line := range []string{
		`{"r":"https\u00253A\u00252F\u00252Fuser\u00253A` + h150Password + `\u002540db.example"}`,
		`{"r":"https\u003a\u002f\u002fuser\u003a` + h150Password + `\u0040db.example"}`,
		`{"u":"https://a.example/cb?x=1\u0026password\u003d` + h150Password + `"}`,
		"r=https%u003A%u002F%u002Fuser%u003A" + h150Password + "%u0040db.example",
		"r=https&#58;&#47;&#47;user&#58;" + h150Password + "&#64;db.example",
		"r=https&#x3A;&#x2F;&#x2F;user&#x3A;" + h150Password + "&#x40;db.example",
	} {
		assertSecretGone(t, m, line, h150Password)
	}
}

// An encoded span is read at most maxEncSpan (2 KiB) on either side of
// the escape that asks for it: a URL's user or password longer than
// that between its encoded "//" and ':' or ':' and '@' keeps the
// password. LOW: no real password is so long; a line written to slip
// one past carries its writer's own secret.
func TestEncodedURLPastSpanBoundKeepsNoSecret(t *testing.T) {
	t.Skip("h152 LOW, open: an encoded URL's user or password past maxEncSpan keeps the password")
	m := uncached()
	for _, line := range []string{
		"r=https%3A%2F%2Fuser%3A" + strings.Repeat("p", 2100) + h150Password + "%40db.example%2F",
		"r=https%3A%2F%2F" + strings.Repeat("u", 2100) + "%3A" + h150Password + "%40db.example%2F",
	} {
		assertSecretGone(t, m, line, h150Password)
	}
}

// A password with a quote in a URL, encoded ("%27", "%22") or not (RFC
// 3986 allows "'" in userinfo): the URL password rule ends the password
// at the quote, and the rest is kept (older than h150; LOW: rare in
// generated passwords, which the URL's writer must encode anyway).
func TestURLPasswordWithQuoteKeepsNoSecret(t *testing.T) {
	t.Skip("h152 LOW, open: a URL password holding a quote keeps the part around it")
	m := uncached()
	for _, line := range []string{
		"r=" + url.QueryEscape("https://user:"+h150Password+"'x@db.example/"),
		"r=" + url.QueryEscape("https://user:"+h150Password+"\"x@db.example/"),
		"r=https://user:x'" + h150Password + "@db.example/",
	} {
		assertSecretGone(t, m, line, h150Password)
	}
}

// Vendor URL spellings h150's shapes do not take: Telegram's "/BOT"
// upper case (whether the Bot API answers it is untested), Zapier's
// older catch hooks on zapier.com/hooks/catch/, IFTTT's own page of the
// key, maker.ifttt.com/use/<key>, and its path in upper case. LOW: the
// services' documented URLs are taken, in every encoding.
func TestVendorURLSpellingsKeepNoSecret(t *testing.T) {
	const tg, ifttt = "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "dQw4w9WgXcQabcdEFGH123"
	m := uncached()
	for _, c := range []struct{ line, secret string }{
		{"POST https://api.telegram.org/BOT123456789:" + tg + "/getMe", tg},
		{"POST https://zapier.com/hooks/catch/123456/b2x9kqz/", "b2x9kqz"},
		{"GET https://maker.ifttt.com/use/" + ifttt, ifttt},
		{"POST https://maker.ifttt.com/trigger/door/With/Key/" + ifttt, ifttt},
	} {
		assertSecretGone(t, m, c.line, c.secret)
	}
}
