package mask

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Three older leaks h151 noticed (session 24, h154): a password in a
// command line or an argument vector, and the value of a JSON member
// whose dotted name has a credential word before its last part.

// h154Secrets are lines whose secret ("hunter2pw") the redactor and the
// template kept before h154 (the template too where it says so).
var h154Secrets = []string{
	// an argument vector as Python and JSON print it
	`exec ['mysql', '-u', 'root', '-phunter2pw', 'shop']`,
	`exec ['mysql', '--password', 'hunter2pw']`,
	`argv=["mysqldump","-phunter2pw","--all-databases"]`,
	`spawn ["/usr/bin/sshpass", "-phunter2pw", "ssh", "deploy@10.0.0.5"]`,
	`cmd=["vault","login","--token", "hunter2pw"]`,
	// a command line (the template kept "--password hunter2pw" too)
	`running mysql -u root -phunter2pw -h db01`,
	`running /usr/bin/mariadb-dump -uroot -phunter2pw shop`,
	`running mysql -u root --password hunter2pw`,
	`exec: app --db-password  hunter2pw --verbose`,
	`exec: app --client-secret 'hunter2pw' --verbose`,
	`exec: app --api-key hunter2pw`,
	`sshpass -phunter2pw ssh deploy@10.0.0.5`,
	`sshpass -p hunter2pw ssh deploy@10.0.0.5`,
	`spawn ['sshpass', '-p', 'hunter2pw', 'ssh', 'deploy@10.0.0.5']`,
	// a dotted member name (the template kept it too)
	`{"x.password.y":"hunter2pw"}`,
	`{"app.db.password.value": "hunter2pw", "ok": true}`,
	`body={\"spring.datasource.password.plain\":\"hunter2pw\"}`,
	`{'x.secret.y': 'hunter2pw'}`,
	`{"auth.token.current":"hunter2pw"}`,
}

func TestCommandLineAndDottedMemberSecretsAreMasked(t *testing.T) {
	m, _ := New(nil, 0)
	for _, l := range h154Secrets {
		assertSecretGone(t, m, l, "hunter2pw")
	}
}

// The near misses keep their text: "-p" and a port or a flag of its own
// where no program that takes "-p<password>" runs, "-p" alone (the
// client prompts), an option that takes no value or whose value is
// another option, a quantity's and a name's option, a dotted member
// name whose last word names an attribute of the credential, a logger's
// dotted name before ':' (unquoted), an object under a dotted name.
func TestCommandLineAndDottedMemberNearMisses(t *testing.T) {
	m, _ := New(nil, 0)
	assertKeptAlike(t, m, []string{
		`docker run -p 8080:80 nginx`,
		`ssh -p 2222 deploy@10.0.0.5`,
		`gcc -pthread -pedantic -pipe x.c`,
		`find / -path /tmp -prune -print`,
		`cp -p a b`,
		`running mysql -u root -p -h db01`,
		`running mysql -u root -p shop`,
		`sshpass -p -e ssh deploy@10.0.0.5`,
		`running mysql -u root -P 3306 -h db01`,
		`running mysqld -pid-file=/run/m.pid`,
		`psql --no-password -h db01`,
		`psql --no-password shop`,
		`docker login --password-stdin registry.example.com`,
		`app --password -u root`,
		`app --password-length 12`,
		`app --token-type bearer`,
		`app --password`,
		`['mysql', '--password']`,
		`{"db.password.length":12}`,
		`{"k8s.secret.name":"db-creds"}`,
		`{"oauth.token.type":"Bearer"}`,
		`org.apache.hadoop.security.token.block.BlockPoolManager: hunter`,
		`{"x.password.y":{"a":1}}`,
		`{"x.passwords.y":""}`,
	})
}

// The masker's template of a dotted member name's value is a wildcard,
// and a quantity under a dotted name is kept as under an underscored one.
func TestDottedMemberNameAsUnderscored(t *testing.T) {
	m, _ := New(nil, 0)
	assert.Equal(t, `{"x.password.y":"<*>"}`, m.String(`{"x.password.y":"hunter2pw"}`))
	for _, c := range []struct{ dotted, underscored string }{
		{`{"x.password.y":"v4lue"}`, `{"x_password_y":"v4lue"}`},
		{`{"x.password.length":"12"}`, `{"x_password_length":"12"}`},
		{`{"x.password.length":"hunter"}`, `{"x_password_length":"hunter"}`},
		{`{"x.secret.name":"db"}`, `{"x_secret_name":"db"}`},
	} {
		assert.Equal(t, ReplaceSecrets(c.underscored, "[REDACTED]")[len(`{"x_password_y"`):],
			ReplaceSecrets(c.dotted, "[REDACTED]")[len(`{"x.password.y"`):], "%s as %s", c.dotted, c.underscored)
	}
}

// FuzzH154OnePass: the one pass masks as the two passes do on command
// lines, argument vectors and dotted member names, with and without
// credentials, and Append takes the two passes for every credential
// maskSecrets replaces.
func FuzzH154OnePass(f *testing.F) {
	fuzzOnePassAgrees(f, append(append([]string(nil), h154Secrets...),
		`docker run -p 8080:80 nginx mysql -phunter2pw`,
		`mysql -p'hunter 2' --password "x y" -p`,
		`['mysql', '--password', '<*>'] --token <*> {"a.token.b":"<*>"}`,
		`a --password ghp_abcdefghijklmnopqrstuvwxyz0123456789 --token=x`,
		`{"a.b.password.c": 12, "d.token.e": "AKIAABCDEFGHIJKLMNOP"}`,
		"mysql -u root\n-phunter2pw",
	), true)
}

// optionStart, the masker's filter before nextCmdSecret, finds what a
// look at every byte finds, and nextCmdSecret finds nothing where it
// finds no option.
func TestOptionStartAsEveryByte(t *testing.T) {
	r := rand.New(rand.NewPCG(154, 151))
	const alphabet = "-puUskd '\"[,x=:\n"
	for n := 0; n < 200000; n++ {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		s := string(b)
		want := false
		for i := 0; i+2 < len(s); i++ {
			if s[i] == '-' && strings.IndexByte("-puUskd", s[i+1]) >= 0 && tokenStart(s, i) { // (h156: u U s k d)
				want = true
			}
		}
		if got := optionStart(s); got != want {
			t.Fatalf("optionStart(%q) = %v, want %v", s, got, want)
		}
		if _, _, ok := nextCmdSecret(s, 0, Wildcard, false, new(progState)); ok && !want {
			t.Fatalf("%q: a credential without an option start", s)
		}
	}
}

// BenchmarkH154ShapesHostile measures the masking (without the memo) and
// the redaction's credential step of 1, 4 and 16 KiB records made of
// h154's shapes repeated: "-p" tokens with and without a MySQL client
// before them, options named like credentials with and without an
// argument, list elements, userinfos. Per byte alike at every size is
// linear work.
func BenchmarkH154ShapesHostile(b *testing.B) {
	for _, c := range []struct{ name, unit string }{
		{"p-flags", " -px"},
		{"mysql-p", "mysql -px "},
		{"option", " --password"},
		{"option-list", "['--password', 'x"},
		{"userinfo", " a:b@1.2.3.4"},
		{"dotted", `{"a.password.b":"x",`},
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
