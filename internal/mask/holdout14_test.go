package mask

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A time on a 12-hour clock is one value with its AM or PM, and so is the
// en-US short date before it ("M/D/YYYY h:mm:ss tt", .NET's and Windows'
// general date format): before, the meridiem stayed a word after the
// masked time, so one event made a template for the morning and one for
// the afternoon (examples of our own). A word that only starts with AM or
// PM stays, and so does a month-day-year date without its time.
func TestTwelveHourClock(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		"3/14/2027 9:05:12 PM 1A2C nightly backup finished":  "<*> <*> nightly backup finished",
		"11/2/2027 10:45:00 AM 1A2C nightly backup finished": "<*> <*> nightly backup finished",
		"next rotation at 3/14/2027 9:05:12 pm":              "next rotation at <*>",
		"door opened at 7:30 AM by the porter":               "door opened at <*> by the porter",
		"job started 2027-03-14 09:05:12 PM on worker":       "job started <*> on worker",
		"window 7:30 AMBER alert":                            "window <*> AMBER alert",
		"report for 3/14/2027 sent":                          "report for <*> sent",
	} {
		assert.Equal(t, want, m.String(in), in)
	}
}

// A domain name written as DNS carries it, each label after its length
// and the root's empty label last (RFC 1035 §3.1, as a DNS server's debug
// log prints the question), is one value: before, the counts were masked
// and the labels kept, a template per name (examples of our own). Only
// when every count is its label's length: other text in brackets stays.
func TestDNSWireName(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		"query AAAA (4)mail(6)intern(3)lan(0) answered":       "query AAAA <*> answered",
		"query PTR (1)9(2)21(3)168(3)192(7)in-addr(4)arpa(0)": "query PTR <*>",
		"query A (4)mail(6)intern(3)lan(0)":                   "query A <*>",
		"query A (4)mail(9)intern(3)lan(0)":                   "query A (<*>)mail(<*>)intern(<*>)lan(<*>)",
		"found (2) items (0) errors":                          "found (<*>) items (<*>) errors",
	} {
		assert.Equal(t, want, m.String(in), in)
	}
}

// A name after a noun that introduces one is that name also when it ends
// a quoted message (logfmt's msg="...", a JSON record's "message":"..."):
// the closing quote ends the text as the end of a record does. Before,
// only a word that whitespace or punctuation followed was taken, so the
// last word of a quoted message stayed (examples of our own).
func TestNameSlotBeforeClosingQuote(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		`msg="consumer joined group payments"`:                   `msg="consumer joined group <*>"`,
		`{"message":"rebalanced queue invoices","level":"INFO"}`: `{"message":"rebalanced queue <*>","level":"INFO"}`,
		`consumer joined group payments`:                         `consumer joined group <*>`,
		`msg="consumer joined group payments" level=info`:        `msg="consumer joined group <*>" level=info`,
		`{"message":"table dropped","level":"INFO"}`:             `{"message":"table dropped","level":"INFO"}`,
	} {
		assert.Equal(t, want, m.String(in), in)
	}
}

// A number right-aligned in brackets ("[%2d]": a backtrace's frame number,
// "[ 7]" beside "[12]") is one value without the spaces that pad it to
// its column: before, "[ 7]" was two tokens and "[12]" one, so one event
// split by the width of its number (examples of our own). Words in
// brackets keep their spaces.
func TestPaddedNumberInBrackets(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		"frame [ 7] in worker":     "frame [<*>] in worker",
		"frame [12] in worker":     "frame [<*>] in worker",
		"[   3.250117] link is up": "[<*>] link is up",
		"[ ok ] service started":   "[ ok ] service started",
		"list [ 1, 2 ] of values":  "list [ <*>, <*> ] of values",
	} {
		assert.Equal(t, want, m.String(in), in)
	}
}

// A path from the working directory ("./a.out", "../lib/libfoo.so") is a
// path as an absolute one is: a value, with or without a digit in it.
// Before, only one with a digit was masked, so a program started as
// "./server" made its own template (examples of our own). "./" and "../"
// alone (a directory's entries) stay.
func TestRelativePath(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		"exec ./server failed":          "exec <*> failed",
		"exec ../tools/build.sh failed": "exec <*> failed",
		"frame <*> ./solver(main+0x1f)": "frame <*> <*>(<*>)",
		"listing ./ and ../ done":       "listing ./ and ../ done",
		"reading ... done":              "reading ... done",
	} {
		assert.Equal(t, want, m.String(in), in)
	}
}

// A credential inside the values these rules take whole (a DNS wire-form
// label, a relative path, a quoted message's last name) is found as
// anywhere else: the span is scanned for secrets before it becomes one
// "<*>" (docs/security.md).
func TestHoldout14ValuesKeepSecretsFound(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for _, in := range []string{
		"query A (20)AKIAIOSFODNN7EXAMPLE(3)lan(0) answered",
		"exec ./deploy?token=AKIAIOSFODNN7EXAMPLE failed",
		`msg="consumer joined group AKIAIOSFODNN7EXAMPLE"`,
	} {
		got := m.String(in)
		assert.NotContains(t, got, "AKIAIOSFODNN7EXAMPLE", in)
		assert.NotEmpty(t, FindSecrets(nil, in), in)
	}
}

// A run of values in a record of columns is so many columns, not a list:
// a record that writes "-" for an empty field between values (the
// placeholder of CLF and W3C extended logs), or a run right after a value
// or a keyed value, keeps each column, so records of 12 and of 16 columns
// of one server mask apart (before, a run of eight or more collapsed into
// one "<*>", and a 16-column record whose tail collapsed masked like a
// 12-column one; examples of our own). A list after its label or a
// separator beside a word still collapses.
func TestColumnRunsKeepTheirCount(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		// a placeholder between values: every run is columns
		"2027-01-05 10:00:01 10.9.8.7 PUT /cart - 8443 10.1.1.2 12 0 0 512 77 31": "<*> <*> PUT <*> - <*> <*> <*> <*> <*> <*> <*> <*>",
		// a run right after a keyed value (a query string's field)
		"2027-01-05 10:00:01 PUT sku=12 8443 10.1.1.2 12 0 0 512 77 31 9": "<*> PUT sku=<*> <*> <*> <*> <*> <*> <*> <*> <*> <*>",
		// lists after a label, or after a dash beside a word, collapse
		"free pages: 3 9 12 44 51 60 71 80 99":                       "free pages: <*>",
		"pool - 3 9 12 44 51 60 71 80 99":                            "pool - <*>",
		"2027-01-05 10:00:01 - pager - INFO - 3 9 12 44 51 60 71 80": "<*> - pager - INFO - <*>",
		"3 9 12 44 51 60 71 80 99":                                   "<*>",
	} {
		assert.Equal(t, want, m.String(in), in)
	}
}
