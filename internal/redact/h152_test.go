package redact

import (
	"net/url"
	"strings"
	"testing"
)

// h152: the redactor keeps no password of a URL encoded only in part or
// by a path's encoder (its '=', '&', '$', '/' literal), and no value
// after a JSON-escaped '&' ("\u0026password="); 6 of its 11 checks fail
// at d7c4ed7 (the first line's password the redactor's own rules took
// there already).
func TestPartlyEncodedAndJSONEscapedKeysAreRedacted(t *testing.T) {
	const pw = "wJalrXUtnFEMIK7MDENG"
	r := Default()
	for _, in := range []string{
		"GET /login?return_to=https%3A//user%3A" + pw + "%40db.example/ 302",
		"next=" + url.PathEscape("postgres://app:"+pw+"a+b=@db:5432/app"),
		"POST https://api.telegram.org/bot123456789%3A" + pw + "AAHdqTcvCH1vGWJx/getMe 200",
		`{"level":"info","url":"https://app.example/cb?x=1\u0026password=` + pw + `"}`,
	} {
		if out := r.String(in); strings.Contains(out, pw) {
			t.Errorf("%q: %q keeps the secret", in, out)
		}
		if out := r.Kept(in); strings.Contains(out, pw) {
			t.Errorf("Kept %q: %q keeps the secret", in, out)
		}
	}
	for _, in := range []string{
		"GET /search?q=a%20b&page=2&sort=asc HTTP/1.1",
		"next=" + url.PathEscape("postgres://app@db:5432/app?sslmode=require"),
		`{"url":"https://app.example/cb?x=1\u0026page=2\u0026sort=asc"}`,
	} {
		if out := r.String(in); out != in {
			t.Errorf("%q: %q, want it kept", in, out)
		}
	}
}
