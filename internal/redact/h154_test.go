package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The password of a userinfo written without its URL's scheme, and the
// command-line and dotted-name credentials of internal/mask (h154, h151's
// noticed leaks): none is in the redacted text.
func TestUserinfoWithoutSchemeIsRedacted(t *testing.T) {
	r := Default()
	for _, c := range []struct{ in, want string }{
		{`connect admin:hunter2pw@10.0.0.5 failed`, `connect admin:[REDACTED]@10.0.0.5 failed`},
		{`dsn=root:hunter2pw@10.0.0.5:3306/shop`, `dsn=root:[REDACTED]@10.0.0.5:3306/shop`},
		{`dial app:hunter2pw@localhost`, `dial app:[REDACTED]@localhost`},
		{`dial app:hunter2pw@db01.internal.`, `dial app:[REDACTED].`}, // the email rule's, before
		{`exec ['mysql', '-phunter2pw']`, `exec ['mysql', '-p[REDACTED]']`},
		{`exec ['mysql', '--password', 'hunter2pw']`, `exec ['mysql', '--password', '[REDACTED]']`},
		{`running mysql -u root -phunter2pw`, `running mysql -u root -p[REDACTED]`},
		{`running mysql -u root --password hunter2pw`, `running mysql -u root --password [REDACTED]`},
		{`running mysql -u root --password=hunter2pw`, `running mysql -u root --password=[REDACTED]`},
		{`{"x.password.y":"hunter2pw"}`, `{"x.password.y":"[REDACTED]"}`},
	} {
		assert.Equal(t, c.want, r.String(c.in), c.in)
	}
	// near misses: no password, a scheme and its user, a time, no host
	for _, s := range []string{
		`connect user@10.0.0.5 failed`,
		`request sent to sip:alice@10.0.0.5:5060`,
		`from '<sip:540@128.183.28.203>'`,
		`at 12:30@10.0.0.5`,
		`thread main:worker@pool`,
		`(callid: c8053364-8626f977@83.191.249.161)`,
		`docker run -p 8080:80 nginx`,
	} {
		assert.Equal(t, s, r.String(s), s)
	}
}
