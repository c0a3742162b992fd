package mask

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// Review of h147's rules for the sixteenth set (session 24, h151).

// quotedListEvery is quotedList as h147 wrote it (db77d29), asked at
// every start: the reference the skip of the scan must agree with.
func quotedListEvery(s string, i int) int {
	n, _ := quotedList(s, i)
	return n
}

// The scan asks no list start before quotedList's bad offset again: every
// later item of the run from s[i] fails as the first did, so the skip
// loses no list (h151: each item of a run that ends in no item was asked
// again and read the run to its end, quadratic).
func TestQuotedListSkipLosesNoList(t *testing.T) {
	r := rand.New(rand.NewPCG(151, 147))
	const alphabet = "'[], a\\\x01:"
	for n := 0; n < 300000; n++ {
		b := make([]byte, r.IntN(24))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		s := string(b)
		for i := 0; i < len(s); i++ {
			if s[i] != '[' && s[i] != '\'' {
				continue
			}
			ln, bad := quotedList(s, i)
			if ln > 0 || bad == 0 {
				continue
			}
			// every item start of the run before bad finds no list
			for j := i + 1; j < bad && j < len(s); j++ {
				if s[j] == '\'' && j >= 2 && s[j-2] == ',' && s[j-1] == ' ' {
					if got := quotedListEvery(s, j); got > 0 {
						t.Fatalf("%q: the run from %d fails before %d, but a list of %d starts at %d", s, i, bad, got, j)
					}
				}
			}
		}
	}
}

// BenchmarkH147ShapesHostile measures the masking of 1, 4 and 16 KiB
// records made of h147's new shapes repeated (16 KiB, DefaultMaxBytes,
// the longest a record is scanned), without the memo: a run of quoted
// items that ends in no item (unterminated, a backslash), bare and in
// brackets, a good run, Windows paths over spaces, users before '@' and
// an address, weekday dates, dotted JSON member names, message codes.
func BenchmarkH147ShapesHostile(b *testing.B) {
	m, err := New(nil, 0)
	if err != nil {
		b.Fatal(err)
	}
	m.memo = nil
	for _, c := range []struct{ name, unit, tail string }{
		{"listBadEnd", `'a', `, `'x\'`},
		{"bracketListBadEnd", `'a', `, `'x\'`},
		{"listOK", `'a', `, `'x'`},
		{"driveSpaces", `C:\a b`, `\x`},
		{"drives", `C:\a\ `, ``},
		{"userAt", `a/b@`, `10.0.0.1`},
		{"userAtIP", `ab@1.2.3.4 `, ``},
		{"namedDate", `Tue, 23 Dec 2026 `, ``},
		{"member", `{"a.b.c":`, `1}`},
		{"code", `WFLYSRV0010: `, ``},
	} {
		for _, n := range []int{1 << 10, 4 << 10, 16 << 10} {
			s := strings.Repeat(c.unit, n/len(c.unit)+1)[:n-len(c.tail)]
			if c.tail != "" {
				// the run ends where its unit does, then the tail
				s = s[:len(s)-len(s)%len(c.unit)] + c.tail
			}
			if c.name == "bracketListBadEnd" {
				s = "[" + s[1:]
			}
			b.Run(fmt.Sprintf("%s/%d", c.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				var dst []byte
				for b.Loop() {
					dst, _ = m.Append(dst[:0], s)
				}
			})
		}
	}
}

// A single-quoted item before ':' is a mapping's key (Python's repr of a
// dict: Ansible's "item={'name': 'deploy', 'groups': 'sudo'}", Salt's
// returns, Fail2ban's ActionInfo): a run of quoted items that reaches one
// is no list (h151: h147's list took a value and the next key, "'deploy',
// 'groups'", as one, and the template lost the key: "{'name': '<*>':
// 'sudo'}"; a dict with a password key and one with a role key made one
// template). Lists beside a dict and in its values stay lists.
func TestQuotedListStopsAtMappingKey(t *testing.T) {
	m, err := New(nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		`ok: [web2] => (item={'name': 'deploy', 'groups': 'sudo'})`: `ok: [web2] => (item={'name': 'deploy', 'groups': 'sudo'})`,
		`kwargs {'host': 'db', 'token': 'abcdefghijklmnop'}`:        `kwargs {'host': 'db', 'token': '<*>'}`,
		`{'user': 'bob', 'password': 'hunter2pw', 'x': 'y'}`:        `{'user': 'bob', 'password': '<*>', 'x': 'y'}`,
		`'bob', 'role': 'admin'`:                                    `'bob', 'role': '<*>'`,
		`ret {'args': ['ls', '-l'], 'rc': 0}`:                       `ret {'args': <*>, 'rc': <*>}`,
		`exec ['tar', '-xzf', 'bundle.tgz'] returned 0`:             `exec <*> returned <*>`,
	} {
		if got := m.String(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
		if got := twoPass(in); got != m.String(in) {
			t.Errorf("%q: one pass %q, two %q", in, m.String(in), got)
		}
	}
	if a, b := m.String(`{'user': 'bob', 'password': 'hunter2pw'}`), m.String(`{'user': 'bob', 'role': 'hunter2pw'}`); a == b {
		t.Errorf("a dict with a password key and one with a role key mask alike: %q", a)
	}
}

// A message code's number is a catalogue's: zero-padded to its width
// (JBoss Logging's ids, "WFLYSRV0010", "HHH000204", "UT005023") or with
// its severity capital (IBM's "CWWKZ0001I", Db2's "SQL1024N"). Capitals
// and a plain number opening the message are an instance's id, a value
// (h151: h147's rule kept them, so every order's or transaction's record
// had a fingerprint.id of its own, the masked form being what the id
// hashes, and a one-time code or a PIN so written, "OTP482913:", stayed
// in the template).
func TestMessageCodeInstanceIdIsValue(t *testing.T) {
	m, err := New(nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		`ORD482913: shipped to warehouse 3`:           `<*>: shipped to warehouse <*>`,
		`TXN771204: approved`:                         `<*>: approved`,
		`OTP482913: sent to the user`:                 `<*>: sent to the user`,
		`PIN4821: accepted`:                           `<*>: accepted`,
		`WFLYSRV0010: Deployed "a.war"`:               `WFLYSRV0010: Deployed "a.war"`,
		`ARJUNA012117: TransactionReaper::check`:      `ARJUNA012117: TransactionReaper::check`,
		`SQL1024N: A database connection is missing.`: `SQL1024N: A database connection is missing.`,
		`CWWKF0011I: The server is ready`:             `CWWKF0011I: The server is ready`,
	} {
		if got := m.String(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
	if a, b := m.String(`ORD482913: shipped`), m.String(`ORD519027: shipped`); a != b {
		t.Errorf("two orders' records mask apart: %q, %q", a, b)
	}
}

// Open (h151, LOW): a zero-padded instance id opening the message
// ("JOB000123: started", "OTP048291:") reads as a catalogue's code and
// stays, a template and a fingerprint.id per id; nothing in the text
// tells it from "HHH000204:".
func TestMessageCodeZeroPaddedInstanceId(t *testing.T) {
	t.Skip("open, LOW (h151): a zero-padded instance id at the message's start stays as a message code")
	m, err := New(nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := m.String(`JOB000123: started`), m.String(`JOB000124: started`); a != b {
		t.Errorf("two jobs' records mask apart: %q, %q", a, b)
	}
	if got := m.String(`OTP048291: sent`); got != `<*>: sent` {
		t.Errorf("a one-time code stays: %q", got)
	}
}

// Open (h151, LOW, generality): a JSON object keyed by host names (a
// health check's {"api.example.com":"up"}) keeps its keys since h147's
// member-name rule (they were "<*>"), a template and a fingerprint.id per
// set of hosts; nothing but a list of top-level domains tells a host from
// an attribute name ("service.instance.id": "id" is a country's).
func TestJSONMemberHostNamesStayValues(t *testing.T) {
	t.Skip("open, LOW (h151): a JSON object keyed by host names keeps them as keys")
	m, err := New(nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := m.String(`{"api.example.com":"up"}`), m.String(`{"cdn.example.org":"up"}`); a != b {
		t.Errorf("two hosts' checks mask apart: %q, %q", a, b)
	}
}

// FuzzH151OnePass fuzzes from the shapes of h151's fixes (a dict's keys
// beside a list, a run of items that ends in no item, message codes and
// instance ids) with a credential in and beside each: the one pass masks
// as the two do and finds every credential maskSecrets replaces.
func FuzzH151OnePass(f *testing.F) {
	fuzzOnePassAgrees(f, []string{
		`{'user': 'bob', 'password': 'hunter2pw', 'x': 'y'}`,
		`ok: [web2] => (item={'name': 'deploy', 'token': '` + tok16 + `'})`,
		`run ['curl', '-H', 'Authorization: Bearer ` + tok16 + `'], {'a': 'b'}`,
		`'a', 'a', 'a', '` + tok16 + `\'`,
		`['a', 'b', 'c' ` + tok16,
		`ORD482913: token=` + tok16,
		`SQL1024N: api_key=` + tok16,
		`OTP048291: sent`,
	}, true)
}
