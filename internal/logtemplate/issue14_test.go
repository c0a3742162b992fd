package logtemplate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The failure classes of issue #14, each with examples written for this
// test (none is a Loghub line). Each subtest mines its messages in order
// and checks the template of every message afterwards (warm).
func TestIssue14FailureClasses(t *testing.T) {
	tests := []struct {
		name string
		msgs []string
		// want is the one template all messages share; empty: see apart
		want  string
		apart bool
	}{
		{
			name: "variable that is sometimes empty (key=)",
			msgs: []string{
				"pam_unix(login:auth): authentication failure; logname= uid=0 tty=tty1 ruser= rhost=",
				"pam_unix(login:auth): authentication failure; logname=maria uid=0 tty=tty1 ruser= rhost=10.2.0.7",
			},
			want: "pam_unix(login:auth): authentication failure; logname=<*> uid=<*> tty=tty1 ruser= rhost=<*>",
		},
		{
			name: "variable that is sometimes empty (parentheses)",
			msgs: []string{
				"peer connected from 10.0.0.4 () at 12:00:01",
				"peer connected from 10.0.0.9 (mirror.example) at 12:00:07",
			},
			want: "peer connected from <*> (<*>) at <*>",
		},
		{
			name: "empty name before a bracket",
			msgs: []string{
				"session opened for account deploy(uid=1001) by (uid=0)",
				"session opened for account deploy(uid=1001) by ops(uid=1002)",
			},
			want: "session opened for account <*>(uid=<*>) by <*>(uid=<*>)",
		},
		{
			name: "optional parenthetical segment, short form first",
			msgs: []string{
				"upload finished: 5120 bytes sent to archive",
				"upload finished: 7340032 bytes (7.0 MB) sent to archive",
			},
			want: "upload finished: <*> bytes sent to archive",
		},
		{
			name: "optional parenthetical segment, long form first",
			msgs: []string{
				"image fetched in 2.5s (2.7s including waiting)",
				"image fetched in 800ms",
			},
			want: "image fetched in <*> (<*> including waiting)",
		},
		{
			name: "low-cardinality words in a variable slot",
			msgs: []string{
				"Failed publickey for maria from 10.1.1.1 port 5001 ssh2",
				"Failed publickey for oscar from 10.1.1.2 port 5002 ssh2",
				"Failed publickey for gitlab from 10.1.1.3 port 5003 ssh2",
				"Failed publickey for backup from 10.1.1.4 port 5004 ssh2",
				"Failed publickey for nobody from 10.1.1.5 port 5005 ssh2",
				"Failed publickey for jenkins from 10.1.1.6 port 5006 ssh2",
			},
			want: "Failed publickey for <*> from <*> port <*> ssh2",
		},
		{
			name: "a few words are event types, not a slot",
			msgs: []string{
				"worker pool Started after reload",
				"worker pool Paused after reload",
				"worker pool Resumed after reload",
				"worker pool Stopped after reload",
			},
			apart: true,
		},
		{
			name:  "key=value with varying keys stay apart",
			msgs:  []string{"setTotalSteps=12", "setLastMinute=3", "maxIdleConns=20"},
			apart: true,
		},
		{
			name: "register dumps with varying keys stay apart",
			msgs: []string{
				"r24=0x00000001 r25=0x00000002 r26=0x0000ffff r27=0x00000000",
				"r28=0x00000001 r29=0x00000002 r30=0x0000ffff r31=0x00000000",
				"core 12 state 7 mode 3",
			},
			apart: true,
		},
		{
			name: "glued punctuation: values of one label merge",
			msgs: []string{"parity check on dcache flush..........0x1", "parity check on dcache flush..........0x0"},
			want: "parity check on dcache flush..........<*>",
		},
		{
			name: "glued punctuation keeps the label",
			msgs: []string{
				"parity check on dcache flush..........0x1",
				"parity check on icache flush..........0x1",
				"parity check on fetch flush......0x0",
			},
			apart: true,
		},
		{
			name: "a name before its noun: the word after it is the event",
			msgs: []string{
				"slow query: products table took 523 ms",
				"slow query: invoices table took 1204 ms",
				"slow query: orders table took 77 ms",
				"slow query: customers table took 310 ms",
				"slow query: payments table took 96 ms",
			},
			want: "slow query: <*> table took <*> ms",
		},
		{
			name: "a name after its noun is a variable, the verb after it is not",
			msgs: []string{
				"table invoices locked by pid 42",
				"table orders locked by pid 7",
			},
			want: "table <*> locked by pid <*>",
		},
		{
			name: "uuid whose first group has no digit is one id",
			msgs: []string{
				"job daefeabb-78eb-4c1e-9b1a-2f0c3d4e5f60 finished in 3 s",
				"job 3fa85f64-5717-4562-b3fc-2c963f66afa6 finished in 12 s",
			},
			want: "job <*> finished in <*> s",
		},
		{
			name: "a field written as dashes is an absent value",
			msgs: []string{
				`10.1.0.4 - alice [04/Dec/2026:10:12:33 +0000] "GET /a/1 HTTP/1.1" 200 512 "https://shop.example/cart" "curl/8.4.0"`,
				`10.1.0.5 - - [04/Dec/2026:10:12:34 +0000] "GET /a/2 HTTP/1.1" 404 0 "-" "curl/8.4.0"`,
			},
			// a positional record (most tokens are values): the dash
			// fields and the request's method are values from first
			// sight, but for the Common Log Format's ident, a dash in
			// both (TestAccessLogFields)
			want: `<*> - <*> [<*>] "<*>" <*> <*> "<*>" "<*>"`,
		},
		{
			name: "a numbered name joins a variable of the same slot",
			msgs: []string{
				"I/O error on device nvme0n1p2, logical block 7741",
				"I/O error on device sda1, logical block 2048",
			},
			want: "I/O error on device <*>, logical block <*>",
		},
		{
			// the id form (fingerprint.IDForm) unites them: the code after
			// an amount is its unit, from the second currency on
			name: "low-cardinality code in a variable slot (a currency after its amount)",
			msgs: []string{
				"authorize order 7f3a: gateway declined 12.50 GBP: issuer unavailable (status 502)",
				"authorize order 9c01: gateway declined 40.50 CHF: issuer unavailable (status 502)",
			},
			want: "authorize order <*>: gateway declined <*> <*>: issuer unavailable (status <*>)",
		},
		{
			name: "the subject of a record of ' ; '-separated fields (sudo)",
			msgs: []string{
				"maria : TTY=pts/1 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl",
				"deploy : TTY=pts/4 ; PWD=/home/deploy ; USER=postgres ; COMMAND=/usr/bin/psql",
			},
			want: "<*> : TTY=<*> ; PWD=<*> ; USER=<*> ; COMMAND=<*>",
		},
		{
			// a field whose value has spaces: the family keeps its first
			// template, whatever the token count
			name: "a field value with spaces (sudo's COMMAND) joins its family",
			msgs: []string{
				"maria : TTY=pts/1 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl",
				"maria : TTY=pts/1 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart cron",
			},
			want: "<*> : TTY=<*> ; PWD=<*> ; USER=<*> ; COMMAND=<*>",
		},
		{
			name: "a backend/server pair and absent fields of a positional record",
			msgs: []string{
				`10.1.0.7:51514 [04/Dec/2026:10:00:01.120] fe_main be_api/api-a 0/0/1/12/13 200 512 - - ---- 3/3/1/1/0 0/0 "GET /orders HTTP/1.1"`,
				`10.1.0.9:40022 [04/Dec/2026:10:00:02.031] fe_main be_web/web2 0/0/0/3/3 503 212 - - sC-- 4/4/2/1/0 0/0 "GET /cart HTTP/1.1"`,
			},
			// (the pair is a value of each name: TestAccessLogFields)
			want: `<*> [<*>] fe_main <*>/<*> <*> <*> <*> <*> <*> <*> <*> <*> "<*>"`,
		},
		{
			name: "glued punctuation: the parts of one token generalize apart",
			msgs: []string{
				"Access denied for user 'maria'@'10.0.3.7' (using password: YES)",
				"Access denied for user 'deploy'@'build.example' (using password: NO)",
			},
			want: "Access denied for user '<*>'@'<*>' (using password: <*>)",
		},
		{
			name:  "two services of one PAM module stay apart",
			msgs:  []string{"pam_unix(cron:session): session closed for user maria", "pam_unix(sudo:session): session closed for user maria"},
			apart: true,
		},
		{
			name: "glued ellipsis stays out of the variable",
			msgs: []string{
				"probing for libfoo/bar.h... (cached) absent",
				"probing for zstd.h... (cached) found",
			},
			want: "probing for <*>... (cached) <*>",
		},
		{
			name:  "a parenthetical of constant words is no optional detail",
			msgs:  []string{"probing for <*>... (cached) found", "probing for <*>... found"},
			apart: true,
		},
		{
			name: "a later general template takes the names an older one kept",
			msgs: []string{
				"probing for c++... c++",
				"probing for sys/queue.h... found",
				"probing for c++... none",
			},
			want: "probing for <*>... <*>",
		},
		{
			name:  "a marker without letters or digits is not taken",
			msgs:  []string{"sensor readings ( 12 **** 14 )", "sensor readings ( 12 13 14 )"},
			apart: true,
		},
		{
			name: "a sentence in brackets is a reason: two are enough",
			msgs: []string{
				"Dropped session 12 of db 'shop' user 'ana' (Peer closed the stream early)",
				"Dropped session 13 of db 'crm' user 'bo' (Write deadline passed without progress)",
				"Dropped session 14 of db 'shop' user 'cy' (Peer closed the stream early)",
			},
			want: "Dropped session <*> of db '<*>' user '<*>' (<*>)",
		},
		{
			name:  "two words in brackets are no sentence",
			msgs:  []string{"queue paused (by operator) at 12:00", "queue paused (by scheduler) at 12:01"},
			apart: true,
		},
		{
			name: "a verb and a description of any length",
			msgs: []string{
				"Loaded Nightly index compaction job.",
				"Loaded Print spooler.",
				"Loaded Session 41 of User ana.",
				"Loaded Mail transfer agent for the intranet.",
				"Loaded Time sync client.",
				"Loaded Disk quota reporter.",
			},
			want: "Loaded <*>.",
		},
		{
			name: "a verb and structured words are no description",
			msgs: []string{
				"Loaded chunk_1 of size 5.",
				"Loaded part_2 of size 7 twice.",
				"Loaded set_3 of size 9 from cache.",
				"Loaded map_4 of size 1 again now.",
				"Loaded row_5 of size 2 in full today.",
			},
			apart: true,
		},
		{
			name:  "hex-like plain words are no variables",
			msgs:  []string{"opcode fadd retired", "opcode fdiv retired", "opcode 0x7fa3 retired"},
			apart: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMiner(t, nil)
			for _, msg := range tt.msgs {
				m.Process(msg)
			}
			got := map[string]bool{}
			for _, msg := range tt.msgs {
				r := m.Process(msg)
				got[r.Template] = true
				if !tt.apart {
					assert.Equal(t, tt.want, r.Template, msg)
				}
			}
			if tt.apart {
				assert.Len(t, got, len(tt.msgs), "every message keeps its own template: %v", got)
			}
		})
	}
}

// Templates generalizing after first sight (issue #14): where the record
// itself names a value (key=value, JSON members) and the masking kept a
// plain word there, the first template already has the variable, so the
// first records of a family get the template the later ones get (cold =
// warm). The message keys (msg, message, event) stay; a token may hold
// several JSON members (zap writes no spaces between them).
func TestKeyedWordsAreVariablesFromFirstSight(t *testing.T) {
	tests := []struct{ first, later, want string }{
		{
			`level=info msg="cache miss" region=eu-west tier=gold`,
			`level=warn msg="cache miss" region=us-east tier=silver`,
			`level=<*> msg="cache miss" region=<*> tier=<*>`,
		},
		{
			`{"level":"info","msg":"user logged in","user":"maria","mfa":true}`,
			`{"level":"debug","msg":"user logged in","user":"deploy","mfa":false}`,
			`{"level":"<*>","msg":"user logged in","user":"<*>","mfa":<*>}`,
		},
		{
			`{"level":"info"} job done`,
			`{"level":"debug"} job done`,
			`{"level":"<*>"} job done`,
		},
		{
			// a progress report: the result after the question's ellipsis
			`looking for a POSIX awk... gawk`,
			`looking for a POSIX awk... none`,
			`looking for a POSIX awk... <*>`,
		},
		{
			`Testing the FPU... (skipped) ok.`,
			`Testing the FPU... (skipped) broken`,
			`Testing the FPU... (skipped) <*>`,
		},
		{
			// the account of an authentication event: "for <name> from <*>"
			`Rejected token for maria from 10.4.0.2 port 5022`,
			`Rejected token for deploy from 10.4.0.9 port 6100`,
			`Rejected token for <*> from <*> port <*>`,
		},
		{
			// the objects of a progress question
			`looking for zstd.h in -I/opt/include... found`,
			`looking for lz4.h in -I/usr/include... missing`,
			`looking for <*> in -<*>... <*>`,
		},
		{
			// the cause of a wrapped error is one slot, of one word or more
			`replication error from 10.0.0.5: broken pipe`,
			`replication error from 10.0.0.6: EOF`,
			`replication error from <*>: <*>`,
		},
		{
			// the fields of a positional record: a bare token between two
			// values, the method of the quoted request line, dash fields
			`10.0.0.1 [06/Dec/2026:00:01:02] edge-a 12 33 RT 200 1024 7 "GET /x HTTP/1.1" "-"`,
			`10.0.0.2 [06/Dec/2026:00:01:03] edge-b 14 21 - 503 88 1 "PUT /y HTTP/1.1" "ua/1"`,
			`<*> [<*>] <*> <*> <*> <*> <*> <*> <*> "<*>" "<*>"`,
		},
		{
			// an SQL statement is one slot, whatever its words
			`duration: 12.5 ms  statement: SELECT name FROM pets WHERE id = 4`,
			`duration: 3.1 ms  statement: UPDATE pets SET name = 'rex' WHERE id = 9`,
			`duration: <*> ms statement: <*>`,
		},
		{
			// sudo's subject and fields, and a command with spaces as one
			// value: the record's " ; "-separated fields say so
			`maria : TTY=pts/1 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart cron`,
			`deploy : TTY=pts/4 ; PWD=/home/deploy ; USER=postgres ; COMMAND=/usr/bin/psql`,
			`<*> : TTY=<*> ; PWD=<*> ; USER=<*> ; COMMAND=<*>`,
		},
		{
			`queue drained state=idle`,
			`queue drained state=busy`,
			`queue drained state=<*>`,
		},
		{
			// an empty bracket or quote is an empty value of its slot
			`export skipped for path [] by rule audit`,
			`export skipped for path [/var/spool/out] by rule audit`,
			`export skipped for path [<*>] by rule audit`,
		},
		{
			`cannot parse number from input "" at offset 7`,
			`cannot parse number from input "12x" at offset 9`,
			`cannot parse number from input "<*>" at offset <*>`,
		},
		{
			// a keyed word before a quoted message that ends in a cause
			`ts=12:00:01 level=debug msg="sync error from 10.1.1.1: connection refused"`,
			`ts=12:00:02 level=warn msg="sync error from 10.1.1.2: EOF"`,
			`ts=<*> level=<*> msg="sync error from <*>: <*>"`,
		},
		{
			// a keyed value of a word and a variable joined by ':'
			`lookup missed key=tenant:4411 shard=3`,
			`lookup missed key=session:9f2 shard=1`,
			`lookup missed key=<*>:<*> shard=<*>`,
		},
		{
			// a keyed bracketed list is one value, its brackets kept,
			// whatever its members and their number
			`query failed [Parameters=[@a='17', @b='x'], Timeout='30']`,
			`query failed [Parameters=[@a='5'], Timeout='60']`,
			`query failed [Parameters=[<*>], Timeout='<*>']`,
		},
		{
			// an empty one stays until a record fills it
			`resource view: used=3 pci_stats=[]`,
			`resource view: used=5 pci_stats=[]`,
			`resource view: used=<*> pci_stats=[]`,
		},
		{
			// values the masking found joined by '-' under one key are
			// one value: a connection's local and remote address and an
			// index, in parentheses or not
			`dropping peer (conn=10.0.0.5:9092-10.0.0.7:51234-42) flow=10.0.0.5:9092-10.0.0.7:51234 after 3 tries`,
			`dropping peer (conn=10.0.1.8:9093-10.0.2.9:40000-7) flow=10.0.1.8:9093-10.0.2.9:40000 after 5 tries`,
			`dropping peer (conn=<*>) flow=<*> after <*> tries`,
		},
		{
			// the quoted value of a list member ", key: \"...\"" is one
			// value, the method of a request line with it
			`[crit] 77#77: *9 upstream refused, peer: 10.0.0.7, call: "PUT /v1/items/4 HTTP/2.0", zone: "edge"`,
			`[crit] 78#78: *3 upstream refused, peer: 10.0.0.9, call: "GET /v1/carts HTTP/1.1", zone: "core"`,
			`[crit] <*>#<*>: <*> upstream refused, peer: <*>, call: "<*>", zone: "<*>"`,
		},
	}
	for _, tt := range tests {
		m := newMiner(t, nil)
		first := m.Process(tt.first)
		later := m.Process(tt.later)
		assert.Equal(t, later.Template, first.Template, "first sight: %s", tt.first)
		assert.Equal(t, tt.want, later.Template)
	}
}

// Issue #14's eighth round: the fields of access logs as their formats
// write them (examples of our own).
func TestAccessLogFields(t *testing.T) {
	tests := []struct {
		name string
		msgs []string
		want string
	}{
		{
			// the ident of the Common Log Format is a dash in practice
			// (no identd lookup): it stays, the user after it is a value
			// from first sight
			"clf ident",
			[]string{
				`10.1.2.3 - - [01/Jan/2027:10:00:00 +0100] "GET /a HTTP/1.1" 200 512 "-" "curl/8.0"`,
				`10.1.2.4 - carol [01/Jan/2027:10:00:01 +0100] "POST /b/c HTTP/1.1" 404 13 "https://x.example/" "Wget/1.21"`,
			},
			`<*> - <*> [<*>] "<*>" <*> <*> "<*>" "<*>"`,
		},
		{
			// a server that asks identd: a name there makes it a value
			"clf ident answered",
			[]string{
				`10.1.2.3 - - [01/Jan/2027:10:00:00 +0100] "GET /a HTTP/1.1" 200 512 "-" "curl/8.0"`,
				`10.1.2.4 joe carol [01/Jan/2027:10:00:01 +0100] "POST /b/c HTTP/1.1" 404 13 "https://x.example/" "Wget/1.21"`,
			},
			`<*> <*> <*> [<*>] "<*>" <*> <*> "<*>" "<*>"`,
		},
		{
			// a proxy's backend and server, a namespace and its object:
			// each name a value, whether the masking found one or not
			"name pairs",
			[]string{
				`Backend be_api/api-a marked DOWN after 3 checks`,
				`Backend be_web/web2 marked DOWN after 2 checks`,
				`Backend be_cart/cart-b marked DOWN after 4 checks`,
			},
			`Backend <*>/<*> marked DOWN after <*> checks`,
		},
		{
			"name pairs kept by the masking",
			[]string{
				`Backend be_api/api-a marked DOWN after 3 checks`,
				`Backend be_web/web-b marked DOWN after 2 checks`,
			},
			`Backend <*>/<*> marked DOWN after <*> checks`,
		},
		{
			// the value of a list member ", key: value" is a value from
			// first sight, as a keyed value is
			"list member value",
			[]string{
				`[warn] 7#7: *1 body buffered, client: 10.0.0.1, server: edge.lan, request: "GET /a HTTP/1.1", host: "shop.example.com"`,
				`[warn] 7#7: *2 body buffered, client: 10.0.0.2, server: 10.0.0.9, request: "POST /b/c HTTP/2.0", host: "api.example.org"`,
			},
			`[warn] <*>#<*>: <*> body buffered, client: <*>, server: <*>, request: "<*>", host: "<*>"`,
		},
		{
			// a family whose template has fewer tokens than its records
			// (the request line of a list member is one value) still
			// learns what varies
			"fewer tokens",
			[]string{
				`[warn] 7#7: *1 upstream eth0 slow, client: 10.0.0.1, request: "GET /a HTTP/1.1", host: "shop.example.com"`,
				`[warn] 7#7: *2 upstream eth1 slow, client: 10.0.0.2, request: "POST /b/c HTTP/2.0", host: "api.example.org"`,
			},
			`[warn] <*>#<*>: <*> upstream <*> slow, client: <*>, request: "<*>", host: "<*>"`,
		},
		{
			// a relative path whose directory differs stays one value
			"relative paths",
			[]string{
				`config.status: writing lib/Makefile now`,
				`config.status: writing src/Makefile now`,
				`config.status: writing doc/Makefile now`,
			},
			`config.status: writing <*> now`,
		},
	}
	for _, tt := range tests {
		m := newMiner(t, nil)
		first := m.Process(tt.msgs[0])
		var r Result
		for _, msg := range tt.msgs[1:] {
			r = m.Process(msg)
		}
		assert.Equal(t, tt.want, r.Template, tt.name)
		if tt.name == "clf ident" || tt.name == "list member value" {
			assert.Equal(t, r.Template, first.Template, "first sight: %s", tt.name)
		}
	}
}

// collapsed takes an id form only when it has fewer tokens than the record
// (a message cut at MaxTokens has fewer tokens than its id form).
func TestCollapsed(t *testing.T) {
	tests := []struct {
		toks, ws []string
		want     []string
	}{
		{[]string{"a:", "b", "c", "d"}, []string{"a:", "<*>"}, []string{"a:", "<*>"}},
		{[]string{"x", "a:", "b", "c", "y"}, []string{"x", "a:", "<*>", "y"}, []string{"x", "a:", "<*>", "y"}},
		{[]string{"K=<*>", "b", "c"}, []string{"K=<*>"}, []string{"K=<*>"}},
		{[]string{"a", "b", "<*>"}, []string{"a", "b", "c", "<*>"}, nil},
		{[]string{"a", "b", "c"}, []string{"a", "x"}, nil},
		{[]string{"a", "b", "c"}, []string{"a", "b"}, nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, collapsed(tt.toks, tt.ws), "%v %v", tt.toks, tt.ws)
	}
}

// pairsAsOne makes whole masked pairs one variable for the word slots,
// never a pair glued to other text.
func TestPairsAsOne(t *testing.T) {
	assert.Equal(t, "a x<*>/<*> <*>, <*>. <*>/<*>/<*>", pairsAsOne("a x<*>/<*> <*>/<*>, <*>/<*>. <*>/<*>/<*>"))
	assert.True(t, pairToken("<*>/<*>),"))
	assert.False(t, pairToken("<*>/<*>x"))
}

// keyedLists on hostile shapes: unclosed, nested, empty, closed in a later
// token, several lists.
func TestKeyedLists(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a k=[<*> b", "a k=[<*> b"},
		{"k=[[<*>], [x]] z", "k=[<*>] z"},
		{"k=[] z", "k=[] z"},
		{"k=[read write] z", "k=[read write] z"},
		{"[P=[@a='<*>', @b='<*>'], T='<*>']", "[P=[<*>], T='<*>']"},
		{"a=[<*>] b=[x <*>], c=[]", "a=[<*>] b=[<*>], c=[]"},
		{"=[<*>] ]k=[", "=[<*>] ]k=["},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, strings.Join(keyedLists(strings.Split(tt.in, " ")), " "), tt.in)
	}
}
