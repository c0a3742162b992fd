package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Single-dash credential options, a userinfo's password holding ':' or
// '@', and vendor URL spellings (h156; h152's and h154's LOW findings):
// the password is gone from the redacted text, the user kept.
func TestSingleDashOptionsAndVendorSpellingsAreRedacted(t *testing.T) {
	r := Default()
	for _, c := range []struct{ in, want string }{
		{`curl -u bob:hunter2pw https://x`, `curl -u bob:[REDACTED] https://x`},
		{`curl --user 'bob:hunter2pw' https://x`, `curl --user 'bob:[REDACTED]' https://x`},
		{`keytool -list -storepass hunter2pw -keypass hunter2pw`, `keytool -list -storepass [REDACTED] -keypass [REDACTED]`},
		{`openssl pkcs12 -passin pass:hunter2pw -passout env:OUT`, `openssl pkcs12 -passin pass:[REDACTED] -passout env:OUT`},
		{`connect admin:p@ss@10.0.0.5 failed`, `connect admin:[REDACTED]@10.0.0.5 failed`},
		{`connect admin:pa:ss@10.0.0.5 failed`, `connect admin:[REDACTED]@10.0.0.5 failed`},
		{`POST https://api.telegram.org/BOT123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe`, `POST https://api.telegram.org/BOT123456789:[REDACTED]/getMe`},
		{`POST https://zapier.com/hooks/catch/123456/b2x9kqz/`, `POST https://zapier.com/hooks/catch/123456/[REDACTED]/`},
		{`GET https://maker.ifttt.com/use/dQw4w9WgXcQabcdEFGH123`, `GET https://maker.ifttt.com/use/[REDACTED]`},
	} {
		assert.Equal(t, c.want, r.String(c.in), c.in)
	}
	for _, s := range []string{
		`docker run -u 1000:1000 nginx`,
		`curl -u bob https://x`,
		`openssl pkcs12 -passin env:PASS -passout file:/run/pass`,
		`keytool -list -storepass:env STOREPASS`,
		`at 12:30@10.0.0.5`,
	} {
		assert.Equal(t, s, r.String(s), s)
	}
}
