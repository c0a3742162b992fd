package redact

import (
	"net/url"
	"strings"
	"testing"
)

// h150: the redactor (the scanner's credentials, then its own rules)
// keeps no secret of a URL percent-encoded inside another, of a vendor's
// URL whose path holds one (Telegram, Zapier, IFTTT), or after
// "key=:"; an encoded URL without one is kept as it is.
func TestEncodedAndVendorURLsAreRedacted(t *testing.T) {
	const pw = "wJalrXUtnFEMIK7MDENG"
	r := Default()
	for _, c := range []struct{ in, secret string }{
		{"GET /login?return_to=" + url.QueryEscape("https://user:"+pw+"@db.example/") + " 302", pw},
		{"GET /login?return_to=" + url.QueryEscape(url.QueryEscape("https://app.example/cb?password="+pw)) + " 302", pw},
		{"next=" + url.PathEscape("postgres://app:"+pw+"@db:5432/app"), pw},
		{"r=" + url.QueryEscape("https://bucket.s3.amazonaws.com/k?X-Amz-Signature=4f3c2b1a09e8d7c6b5a4f3e2d1c0b9a8&X-Amz-Date=1"), "4f3c2b1a09e8d7c6b5a4f3e2d1c0b9a8"},
		{"r=" + url.QueryEscape("https://chat.googleapis.com/v1/spaces/A/messages?key=k&token="+pw), pw},
		{"POST https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendMessage 200", "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"},
		{"cb=" + url.QueryEscape("https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe"), "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"},
		{"POST https://hooks.zapier.com/hooks/catch/123456/b2x9kqz/ 200", "b2x9kqz"},
		{"POST https://maker.ifttt.com/trigger/door/with/key/dQw4w9WgXcQabcdEFGH123 200", "dQw4w9WgXcQabcdEFGH123"},
		{`apiToken=:"` + pw + `"`, pw},
	} {
		if out := r.String(c.in); strings.Contains(out, c.secret) {
			t.Errorf("%q: %q keeps the secret", c.in, out)
		}
		if out := r.Kept(c.in); strings.Contains(out, c.secret) {
			t.Errorf("Kept %q: %q keeps the secret", c.in, out)
		}
	}
	for _, in := range []string{
		"GET /login?return_to=" + url.QueryEscape("https://app.example/home?tab=settings&page=2") + " 302",
		"GET /r/" + url.QueryEscape(url.QueryEscape("https://app.example/a?b=c")) + " HTTP/1.1",
		"progress 100% done, %3D%3D, " + strings.Repeat("%25", 20),
		"https://hooks.example.com/hooks/catch/123456/b2x9kqz/",
	} {
		if out := r.String(in); out != in {
			t.Errorf("%q: %q, want it kept", in, out)
		}
	}
}
