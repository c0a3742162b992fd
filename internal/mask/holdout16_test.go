package mask

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Failure classes the sixteenth held-out set (testdata/logholdout16)
// showed (session 24, h147), each with examples of our own written from
// the convention, not copied from the set.

// A Windows path is one value with its drive: the Win32 file namespace
// writes an absolute path as a drive letter, ':' and '\' ("C:\Users\a",
// "D:\Backup\", the root "E:\"). Before, the drive letter stayed a word
// and the rest was the value ("D:<*>"), so a copy tool's or an installer's
// line made a template per drive, and a path beside a UNC path
// ("\\server\share\") split their family. A drive path starts a token
// and ends at whitespace, a quote, a closing bracket or a separator,
// except a space before a word that holds a '\' (a directory's name with
// a space, "C:\Program Files\"); a drive named without a path ("C:")
// stays.
func TestWindowsDrivePathIsOneValue(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		`copied C:\Users\ana\report.pdf to F:\Backup\`: `copied <*> to <*>`,
		"\t  1024\tG:\\Media\\":                        `<*> <*>`,
		`scanning H:\ for changes`:                     `scanning <*> for changes`,
		`path=C:\Windows\Temp, retry`:                  `path=<*>, retry`,
		`cannot open (D:\srv\app.ini): denied`:         `cannot open (<*>): denied`,
		`set INSTALLDIR = C:\Program Files\Tool Kit\`:  `set INSTALLDIR = <*>`,
		`ran C:\Program Files\Tool\x.exe then exited`:  `ran <*> then exited`,
		`wrote C:\logs\app.log.`:                       `wrote <*>.`,
		`Volume C: is full`:                            `Volume C: is full`,
	} {
		assert.Equal(t, want, m.String(in), in)
	}
	// the path is scanned for credentials whole
	assertSecretGone(t, m, `loading C:\keys\token=sk_live_abcdefghijklmnopqrstuvwx now`, "abcdefghijklmnopqrstuvwx")
}

// A list of single-quoted strings is one value whatever its length:
// Python's repr of a list of str (an argument vector, "['tar', '-xzf',
// 'a.tgz']") and single-quoted names joined for a message ("'nginx',
// 'redis'"). Before, each item that held no variable stayed a word, so a
// command line made a template per command and per length. A lone quoted
// word, one string in brackets (TiDB's `["message"]`), an item beside a
// bare value, JSON arrays (their truths keep the brackets) and a CSV
// record of quoted fields stay as they were.
func TestQuotedStringListIsOneValue(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		`exec ['tar', '-xzf', 'bundle.tgz'] returned 0`:   `exec <*> returned <*>`,
		`exec ['uptime'] returned 0`:                      `exec ['uptime'] returned <*>`,
		`["connection closed"] [conn=7]`:                  `["connection closed"] [conn=<*>]`,
		`disabled plugins 'nginx', 'redis' for this host`: `disabled plugins '<*>' for this host`,
		`disabled plugins 'nginx' for this host`:          `disabled plugins 'nginx' for this host`,
		`{"roles":["reader","auditor"],"ok":true}`:        `{"roles":["reader","auditor"],"ok":<*>}`,
		`"alpha","beta","gamma"`:                          `"alpha","beta","gamma"`,
		`mixed ['a', 7] here`:                             `mixed ['a', <*>] here`,
	} {
		assert.Equal(t, want, m.String(in), in)
	}
	// the list is scanned for credentials whole
	assertSecretGone(t, m, `argv ['curl', '-H', 'Authorization: Bearer sk_live_abcdefghijklmnopqrstuvwx']`, "abcdefghijklmnopqrstuvwx")
}

// A JSON member's dotted name is a key: structured loggers name fields
// with dots (OpenTelemetry's semantic conventions "http.request.method",
// gRPC middleware's "grpc.request.deadline", "peer.address"), and a name
// of two or more dots read as a host or a qualified name, a value, so the
// record's schema was lost from its template ("<*>":"v2"). Only a whole
// member name (a '{' or ',' and a quote before it, the quote and ':'
// after), letters, '_' and '-' between dots, no digit; a dotted value,
// a name with digits and random-case letters stay values.
func TestJSONDottedMemberNameIsKey(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		`{"http.request.method":"GET","service.instance.id":"a"}`: `{"http.request.method":"GET","service.instance.id":"a"}`,
		`{"level":"info", "net.peer.name":"db.internal.example"}`: `{"level":"info", "net.peer.name":"<*>"}`,
		`{"node.v2.worker":1}`:          `{"<*>":<*>}`,
		`{"rpc.service":"billing.Api"}`: `{"rpc.service":"billing.Api"}`,
		`{"qWeRtYuI.aSdFgHjK.zXcV":1}`:  `{"<*>":<*>}`,
		`called "app.cache.evict": now`: `called "<*>": now`,
	} {
		assert.Equal(t, want, m.String(in), in)
	}
}

// The user of a connection before '@' and an IP address is a value: a
// connection pooler's and a database's "database/user@host:port"
// (PgBouncer, PostgreSQL's log_line_prefix "%u@%d"), an SSH or SMTP
// "user@10.0.0.5", as the local part of an e-mail address and a user
// after "for user" are. Before, the address was masked and the names kept,
// so a pooler's every database and user made a template (and an id) of
// its own. A name before a host name or a network ("10.0.0.1@tcp", an
// e-mail) keeps its rules; a path of several slashes is no such user.
func TestUserAtAddressIsValue(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		`C-0x7f3a: shop/web@10.1.2.3:40112 new client`: `<*>: <*>/<*>@<*> new client`,
		`auth ok for deploy@192.168.7.20 (publickey)`:  `auth ok for <*>@<*> (publickey)`,
		`relay via app@[2001:db8::5]:25`:               `relay via <*>@[<*>]:<*>`,
		`copy a/b/c@10.0.0.1 done`:                     `copy a/b/c@<*> done`,
	} {
		assert.Equal(t, want, m.String(in), in)
	}
	assert.Equal(t, m.String(`S-0x55d1c2a3b4e0: billing/admin@10.0.0.9:5432 closing`), m.String(`S-0x55d1c2a3f718: orders/report@10.0.0.8:6432 closing`))
	assertSecretGone(t, m, `connect sk_live_abcdefghijklmnopqrstuvwx@10.0.0.1 now`, "abcdefghijklmnopqrstuvwx")
}

// A date that starts with its weekday and a comma is one value: RFC
// 5322's (e-mail's Date, HTTP's IMF-fixdate, Go's time.RFC1123Z, Python's
// email.utils.formatdate) "Wed, 02 Sep 2026 07:15:00 +0200", and the
// en-US long date of .NET's "F" format and Windows ("Sunday, March 1,
// 2026 11:05:09 AM"). Before, the weekday, the comma and the month stayed
// words and the rest made several values. A weekday before other words
// stays a word.
func TestDateWithWeekdayAndComma(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		`Last-Modified: Wed, 02 Sep 2026 07:15:00 GMT`:        `Last-Modified: <*>`,
		`job ran at Sat, 7 Nov 2026 22:01:09 +0200. Took 3 s`: `job ran at <*>. Took <*> s`,
		`Mon, 14 Sep 2026`: `<*>`,
		`   Begun : Sunday, March 1, 2026 11:05:09 AM`: `Begun : <*>`,
		`due on Tuesday, August 18, 2026 for review`:   `due on <*> for review`,
		`Monday, the queue is empty`:                   `Monday, the queue is empty`,
		`Sat, no backups`:                              `Sat, no backups`,
	} {
		assert.Equal(t, want, m.String(in), in)
	}
}

// The one pass masks the sixteenth set's shapes as the two passes do
// (credentials replaced first, then masked), with a credential inside
// each new whole value and beside it.
func TestHoldout16ShapesOnePassAgrees(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for _, s := range holdout16Samples {
		assert.Equal(t, twoPass(s), m.String(s), s)
		assert.NotContains(t, m.String(s), "abcdefghijklmnopqrstuvwx", s)
	}
}

// FuzzHoldout16OnePass fuzzes from the sixteenth set's shapes: the one
// pass masks as the two do and finds every credential maskSecrets
// replaces.
func FuzzHoldout16OnePass(f *testing.F) {
	fuzzOnePassAgrees(f, holdout16Samples, true)
}

const tok16 = "sk_live_abcdefghijklmnopqrstuvwx"

var holdout16Samples = []string{
	`copied C:\Users\ana\report.pdf to F:\Backup\`,
	`set INSTALLDIR = C:\Program Files\Tool Kit\ now`,
	`loading C:\keys\` + tok16 + `\x now`,
	`loading C:\Program Files\` + tok16 + `\x now`,
	`exec ['tar', '-xzf', 'bundle.tgz'] returned 0`,
	`exec ['curl', '-H', 'Authorization: Bearer ` + tok16 + `'] returned 0`,
	`disabled plugins 'nginx', '` + tok16 + `' for this host`,
	`{"http.request.method":"GET","service.instance.id":"a"}`,
	`{"api.key.value":"` + tok16 + `"}`,
	`C-0x7f3a: shop/web@10.1.2.3:40112 new client`,
	`connect ` + tok16 + `@10.0.0.1 now`,
	`connect a/` + tok16 + `@10.0.0.1:5432 now`,
	`Last-Modified: Wed, 02 Sep 2026 07:15:00 GMT token=` + tok16,
	`   Begun : Sunday, March 1, 2026 11:05:09 AM`,
	`WFLYSRV0010: Deployed "` + tok16 + `"`,
	`HHH000412: token=` + tok16,
}

// A message identifier that opens the message is the event's name in its
// catalogue: JBoss Logging's ids (WildFly "WFLYJCA0001:", Hibernate
// "HHH000412:", Undertow "UT005071:", Narayana "ARJUNA012117:"), IBM's
// ("CWWKF0011I:"). Before, it was a value, so every template of such a
// server opened with "<*>:" and lost its name. A queue id of hex digits
// or of letters and digits mixed and a code after other words stay
// values.
func TestMessageCodeOpensMessage(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		`WFLYJCA0001: Bound data source [java:/PaymentsDS]`: `WFLYJCA0001: Bound data source [java:<*>]`,
		`HHH000412: Hibernate ORM core version 6.4.1.Final`: `HHH000412: Hibernate ORM core version <*>`,
		`CWWKF0011I: The server is ready`:                   `CWWKF0011I: The server is ready`,
		`BCDEF01234: from=<ana@example.org>, size=311`:      `<*>: from=<*>, size=<*>`,
		`R7K2PQ19ZX: to=<ana@example.org>`:                  `<*>: to=<*>`,
		`QCLMRTUV012345: to=<ana@example.org>`:              `<*>: to=<*>`,
		`login failed: ERRX1234: bad token`:                 `login failed: <*>: bad token`,
	} {
		assert.Equal(t, want, m.String(in), in)
	}
}
