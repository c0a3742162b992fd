package mask

import (
	"net/url"
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
// '\\', and no key (h152's finding 2, MEDIUM; older than h150).
func TestJSONEscapedAmpersandKeyKeepsNoSecret(t *testing.T) {
	m := uncached()
	for _, line := range []string{
		`{"level":"info","url":"https://app.example/cb?x=1\u0026password=` + h150Password + `"}`,
		`{"url":"https://app.example/cb?state=abc\u0026access_token=` + h150Password + `\u0026token_type=bearer"}`,
		`{"msg":"redirect","to":"/login?next=%2F\u0026api_key=` + h150Password + `"}`,
	} {
		assertSecretGone(t, m, line, h150Password)
	}
	assertKeptAlike(t, m, []string{
		`{"url":"https://app.example/cb?x=1\u0026page=2\u0026sort=asc"}`,
		`{"html":"\u003cinput name=password\u003e"}`,
	})
}
