package mask

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMask(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"spaces", "  a \t b  ", "a b"},
		{"control bytes", "a\x00b\x1b[0m c", "a b [<*> c"},
		{"numbers", "took 12 ms, -5 and +3.2 or 1e9", "took <*> ms, <*> and <*> or <*>"},
		{"units", "size 10KB or 3.5 MB after 1h30m in 150ms", "size <*> or <*> MB after <*> in <*>"},
		{"uuid", "instance b9000564-fe1a-409b-b8cc-1e88b294cd1d ok", "instance <*> ok"},
		{"uuid upper", "id FE1ABCDE-FE1A-409B-B8CC-1E88B294CD1D", "id <*>"},
		{"hex", "at 0x7fed806eb5d sha a489c868f0c37da93b76227c91bb03908ac0e742 mask=ffffffff", "at <*> sha <*> mask=<*>"},
		{"ipv4 port", "from /10.250.10.6:50010 to 10.0.0.1:8080.", "from <*> to <*>."},
		{"ipv6", "peer fe80::1ff:fe23:4567:890a up", "peer <*> up"},
		// an address whose first groups are zero starts with "::"
		{"ipv6 leading zeros", "bind ::1 port 8125, peer [::ffff:192.0.2.7]:5432 (from=::2:ab)", "bind <*> port <*>, peer [<*>]:<*> (from=<*>)"},
		// a number or IPv4 address qualified by where it lives, and Java's
		// default toString of an instance, are one value each; a label
		// before '@' (a word) and a mailbox stay as they were
		{"qualified at", "peer 10.2.0.7@ib0 down, ext 201@inbound-calls, pool got com.example.db.PooledConn@7f3a9c1 for req@0x1f from 10.2.0.9@tcp.", "peer <*> down, ext <*>@inbound-calls, pool got <*> for req@<*> from <*>."},
		{"at label stays", "lock owner@node refused, thread Main@ok", "lock owner@node refused, thread Main@ok"},
		// a socket address written with its family is one value; a key
		// and its value stay two
		{"socket address", "upstream unix:/run/app/fpm.sock: refused, backend tcp:10.1.2.3:9000 down (via udp6:[fe80::1]:53) uid:1000 unix:socket [10.1.2.4]:tcp:443", "upstream <*>: refused, backend <*> down (via <*>) uid:<*> unix:socket [<*>]:tcp:<*>"},
		// a field of a comma-separated key=value record runs to the next
		// ", key=": a value of several words that holds a variable is one
		// value; words alone, and the last field, stay
		{"comma-separated field", "conn=42, peer=gw.example.net [10.0.0.5] (may be forged), note=all good, took=12 ms, state=open, why=refused by 10.0.0.7", "conn=<*>, peer=<*>, note=all good, took=<*> ms, state=open, why=refused by <*>"},
		{"comma-separated list items", "ev { ip=10.0.0.1, TLS, id=5, size=3 }, next=1, box=Rect(0, 0 - 10, 20), more=2", "ev { ip=<*>, TLS, id=<*>, size=<*> }, next=<*>, box=Rect(<*>, <*> - <*>, <*>), more=<*>"},
		{"delimited record columns", `LEASE,10.8.0.17,kiosk-3,00AA11BB22CC,,4411,0,,,,0x0A0B,vendor 2.1,"a,b",0`, `LEASE,<*>,<*>,<*>,,<*>,<*>,,,,<*>,<*>,"a,b",<*>`},
		{"a list has no empty item", "peers 10.0.0.1,10.0.0.2,10.0.0.3,10.0.0.4,10.0.0.5,10.0.0.6,10.0.0.7,10.0.0.8 up", "peers <*> up"},
		{"scope operator stays", "caught std::runtime_error in Foo::bar, Net::HTTP ::new", "caught std::runtime_error in Foo::bar, Net::HTTP ::new"},
		{"mac", "DHCPDISCOVER from 00:11:43:e3:ba:c3 via eth1", "DHCPDISCOVER from <*> via eth1"},
		{"email", "mail alice.smith@example.com failed", "mail <*> failed"},
		{"url", "GET https://example.com/api/v1/users/42?x=1 done", "GET <*> done"},
		{"path", "Deleting block blk_-123 file /data/dfs/blk_-123", "Deleting block <*> file <*>"},
		{"path query", `"GET /v2/x/servers?all=True&since=2017 HTTP/1.1" status: 200`, `"GET <*>" status: <*>`},
		{"windows path", `Core: C:\Windows\winsxs\cbscore.dll`, `Core: <*>`}, // the drive is the path's (h147)
		{"iso", "at 2023-01-02T03:04:05.123Z done", "at <*> done"},
		{"log4j stamp", "at 2015-10-18 18:01:47,978 done", "at <*> done"},
		{"syslog stamp", "at Jun 14 15:16:01 done", "at <*> done"},
		{"ctime stamp", "[Sun Dec 04 04:47:44 2005] [error]", "[<*>] [error]"},
		// Go's time.Time.String() is one value with its zone; a level
		// after a time stays
		{"go time string", "due 2026-03-01 08:15:00.5 +0100 CET, at 2026-03-01 08:15:00 -0700 now, 2026-03-01 08:15:00 UTC ok, 2026-03-01 08:15:00 ERROR x, 2026-03-01 08:15:00 +0000 INFO y", "due <*>, at <*> now, <*> ok, <*> ERROR x, <*> INFO y"},
		{"time", "delay=00:00:02, x", "delay=<*>, x"},
		// the loopback host's reserved name is a value, as its address is
		{"localhost", "relay from localhost [127.0.0.1] (client Localhost port 3) to db.localhost.lan, localhosts", "relay from <*> [<*>] (client <*> port <*>) to <*>, localhosts"},
		{"slashed date", "on 2016/9/27 ok", "on <*> ok"},
		{"pod", "pod ts-basic-service-5dc8d4f9fd-46997 of ts-basic-service-5dc8d4f9fd", "pod ts-basic-service-<*> of ts-basic-service-<*>"},
		{"prefixed id", "NIFF: node node-229 has", "NIFF: node node-<*> has"},
		{"percent", "wrote 7 buffers (18.5%); cpu 100% used, 3.2.1% x, 5%s", "wrote <*> buffers (<*>%); cpu <*>% used, <*> x, <*>"},
		{"number sign", "worker 812#3307: *55 stalled, ticket #4471, job#9 (#a1 #7#)", "worker <*>#<*>: <*> stalled, ticket #<*>, job#<*> (<*> <*>)"},
		{"block ids", "Block rdd_42_20 and broadcast_0_piece0 and blk_-160899", "Block <*> and <*> and <*>"},
		{"names keep digits", "eth1 jk2_init() Slf4jLogger ee0 u0", "eth1 jk2_init() Slf4jLogger ee0 u0"},
		{"numbered names", "an14 dn910 Thunderbird_A8 root22_local", "<*> <*> <*> <*>"},
		// key=value text as a JSON string: the inner quotes escaped
		{"escaped quoted value", `{"level":"INFO","message":"action=\"purge\", tier=\"cold store\", note=\"\", q=\"say \\\"hi\\\"\""}`, `{"level":"INFO","message":"action=\"<*>\", tier=\"<*>\", note=\"\", q=\"<*>\""}`},
		// a single-quoted string that holds a variable is one value; an
		// apostrophe inside a word opens and closes nothing
		{"single-quoted value", "topic 'site/0x1f2e/state' for 'pl-lamp2' (was 'idle'), can't reach 'db 7', it's 5 o'clock", "topic '<*>' for '<*>' (was 'idle'), can't reach '<*>', it's <*> o'clock"},
		{"quoted value", `acquire tag="View Lock", name='x', empty="" "free text" ok`, `acquire tag="<*>", name='<*>', empty="" "free text" ok`},
		{"key value", "user=alice id=42,uid:10111 pid:28601", "user=alice id=<*>,uid:<*> pid:<*>"},
		// session 18, the ninth set's study (examples of our own): a
		// colon that opens a value is the value's
		{"a call site, file and function, stays", "lib/codec/opus.c:opus_open() failed; io/dev.c:dev_probe: 3 and pkg/a.go:run() x", "lib/codec/opus.c:opus_open() failed; <*>:dev_probe: <*> and pkg/a.go:run() x"},
		{"a value that opens with a colon", "serving on :9090 owner=:1.7 via=web:3 at [::1]:9 tag:7", "serving on <*> owner=<*> via=web:<*> at [<*>]:<*> tag:<*>"},
		{"literals", "value=true flag=False ptr=null by root", "value=<*> flag=<*> ptr=<*> by <*>"},
		{"qualified", "received broadcast android.intent.action.TIME_TICK from com.x/.Main", "received broadcast <*> from <*>"},
		{"file name kept", "loading wcp.dll and workerEnv.init() ok", "loading wcp.dll and workerEnv.init() ok"},
		{"range", "nodes:node-[0-3]", "nodes:node-[<*>-<*>]"},
		{"list", "Warning: name dn910 dn911 dn912 dn913 dn914 dn915 dn916 dn917", "Warning: name <*>"},
		{"numeric groups", "Intent { bnds=[264,444][920,908] } at=(1.5,-2), x=[a,1] relay=[127.0.0.1]", "Intent { bnds=<*> } at=<*>, x=[a,<*>] relay=[<*>]"},
		{"short list kept", "Fan speeds ( 3552 3534 3375 **** 3515 3479 )", "Fan speeds ( <*> <*> <*> **** <*> <*> )"},
		{"base64", "token dGhpcyBpcyBhIHRlc3Q9Zm9v end", "token <*> end"},
		{"sentence period", "on port 55904.", "on port <*>."},
		{"wildcard input", "already <*> masked", "already <*> masked"},
		{"unicode", "Größe 12 überschritten", "Größe <*> überschritten"},
		// issue #14 failure classes, own examples
		{"keys with digits stay", "r24=0x0 r25=0x1 R08: 0000000000000001 R09: ffff", "r24=<*> r25=<*> R08: <*> R09: ffff"},
		{"varying keys stay", "setTotalSteps=12 setLastMinute=3", "setTotalSteps=<*> setLastMinute=<*>"},
		{"id before colon is no key", "jQ4KBXgf022479: to=bob, delay=00:00:02", "<*>: to=bob, delay=<*>"},
		{"dot padding", "guaranteed data cache block flush........0x1 threshold..........3", "guaranteed data cache block flush........<*> threshold..........<*>"},
		{"ellipsis", "Saving... done, Checking 'hlt' instruction... OK.", "Saving... done, Checking 'hlt' instruction... OK."},
		{"logfmt message", `level=info msg="TLS handshake error from 10.0.0.1:443: EOF" err="i/o timeout"`, `level=info msg="TLS handshake error from <*>: EOF" err="<*>"`},
		{"user name slot", "session opened for user cyrus(uid=0) by news", "session opened for user <*>(uid=<*>) by news"},
		// punctuation after a URL ends the sentence's clause, not the URL
		// (session 12, held-out class; before: "<*> Error", "<*> or")
		{"punctuation after a URL is the sentence's", "cannot connect to redis://cache:6379/0: Error 111. See http://example.com/a, or https://x.org/b.", "cannot connect to <*>: Error <*>. See <*>, or <*>."},
		// an adjective after a name noun says its state, not its name
		// (session 12, held-out class; before: "(queue <*>)")
		{"an adjective after a name noun is no name", "message 12 moved (queue active); topic exclusive; queue payments", "message <*> moved (queue active); topic exclusive; queue <*>"},
		{"user name slot 2", "Invalid user test from 10.1.2.3, table orders; container nginx", "Invalid user <*> from <*>, table <*>; container <*>"},
		{"not a name", "user logged in; check pass; user unknown; user is locked", "user logged in; check pass; user unknown; user is locked"},
		{"common log format", `1.2.3.4 - - [04/Dec/2026:10:12:33 +0000] "GET /x HTTP/1.1" 200 12`, `<*> - - [<*>] "GET <*>" <*> <*>`},
		{"list without spaces", "forwarded for 10.0.0.1,10.0.0.2 via 10.0.0.3", "forwarded for <*> via <*>"},
		{"systemd unit", "nginx.service: Deactivated successfully. Stopped apt-daily.timer", "<*>.service: Deactivated successfully. Stopped <*>.timer"},
		{"method named like a unit", "Servlet.service() for servlet", "Servlet.service() for servlet"},
		{"compound noun", `Container image "nginx" already present`, `Container image "nginx" already present`},
		{"verb after a name noun", "products table took 523 ms; host unreachable after 3 attempts; user successfully removed", "products table took <*> ms; host unreachable after <*> attempts; user successfully removed"},
		{"compound noun after a name noun", "database connection pool exhausted; group membership changed", "database connection pool exhausted; group membership changed"},
		{"name after a name noun", "table invoices locked by pid 42; role auditor granted", "table <*> locked by pid <*>; role <*> granted"},
		{"uuid without a digit in its first group", "job daefeabb-78eb-4c1e-9b1a-2f0c3d4e5f60 and 3fa85f64-5717-4562-b3fc-2c963f66afa6 done", "job <*> and <*> done"},
		{"dashed hex id without any digit", "trace abcdefab-cdef-abcd-efab-cdefabcdefab sampled", "trace <*> sampled"},
		{"quoted string with a variable is one value", `upstream said "dial tcp 10.0.0.7:5432: connect: connection refused" after "retry 3"`, `upstream said "<*>" after "<*>"`},
		{"quoted constant stays", `info: "Connection refused", check "ok"`, `info: "Connection refused", check "ok"`},
		{"request line keeps its method", `10.0.0.1 "POST /api/v2/orders/981 HTTP/1.1" 201 "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0"`, `<*> "POST <*>" <*> "<*>"`},
		{"message values keep their words", `{"msg":"retry 3 of 5 failed","error":"timeout after 30s"} msg="took 4 ms"`, `{"msg":"retry <*> of <*> failed","error":"<*>"} msg="took <*> ms"`},
		{"reserved message keys keep their words", `{"@mt":"Sync {Name} took {Elapsed:0.0} ms","@m":"Sync 7 took 3.5 ms","@message":"retry 3 of 5","@x":"took 4 ms"}`, `{"@mt":"Sync {Name} took {Elapsed:<*>} ms","@m":"Sync <*> took <*> ms","@message":"retry <*> of <*>","@x":"<*>"}`},
		{"class names stay, hostnames and constants do not", "rolled (kafka.log.LocalLog) on cp-1.utah.cloudlab.us act=android.intent.action.MAIN", "rolled (kafka.log.LocalLog) on <*> act=<*>"},
		{"a .NET class name in capitalized namespaces stays, a capitalized hostname does not", "System.Net.Http.HttpRequestException: refused by Db01.Example.com, System.IO.IOException in Corp.Local.cache", "System.Net.Http.HttpRequestException: refused by <*>, System.IO.IOException in <*>"},
		{"word prefix before an id stays", "pod api-gateway-7d9f8b6c5-x2x9z and node-229", "pod api-gateway-<*> and node-<*>"},
		{"the file of a source location stays, its line is a number", "[source/common/upstream/cds_api.cc:93] at (Worker.java:412) in main.go:87: cache.example.cc:443 api.example.com:80 lib/run.py:7", "[source/common/upstream/cds_api.cc:<*>] at (Worker.java:<*>) in main.go:<*>: <*> <*> lib/run.py:<*>"},
		{"a driver name before its message stays, an id does not", "e1000e: eth0 NIC Link is Down; i40e: up; jA9JBXgf022479: to=<x>; a12345b: x", "e1000e: eth0 NIC Link is Down; i40e: up; <*>: to=<x>; <*>: x"},
		{"a snake_case name before an id stays", "elected for partition (__consumer_offsets-12) of queue job_results-7 on _-3", "elected for partition (__consumer_offsets-<*>) of queue job_results-<*> on <*>"},
		{"a code and its name are two values, a count of a total, a name and its version one", "Server be_app/srv1 is UP, status=203/EXEC signal=9/KILL 3/5 ready, via HTTP/1.1 curl/8.5.0 HTTP/2 in ./data/t1 1/a2", "Server <*>/<*> is UP, status=<*>/<*> signal=<*>/<*> <*> ready, via <*> <*> <*> in <*> <*>"},
		{"a pair of names is a value of each, a path or a glued pair one", "assigned prod/web-5d9c8-x2k to node-3 via be_app/srv1, lib/Makefile ./lib1/x tmp/a.1 proc 12:com.app:svc/u0a42", "assigned <*>/<*> to node-<*> via <*>/<*>, lib/Makefile <*> <*> proc <*>:com.app:<*>"},
		// logrus, Go's %q and JSON escape a quote inside a quoted string:
		// it does not end the string (before: the text after it was read
		// as a quoted string of its own and masked whole)
		{"an escaped quote does not end a quoted string", `level=info msg="Create in sandbox \"3f2a9c81d0e4b5a6\" for &Meta{Name:web,Attempt:2,}" error="find \"3f2a9c81d0e4b5a6\": not found" a="C:\\" b="x 1"`,
			`level=info msg="Create in sandbox \"<*>" for &Meta{Name:web,Attempt:<*>,}" error="<*>" a="<*>" b="<*>"`},
		// a quoted string inside a message string, its quotes escaped (an
		// access line as a JSON message), is one value when it holds one,
		// as unescaped: its request line keeps the method, its closing
		// quote ends it before an escaped newline (before: the user agent
		// split at its parentheses)
		{"an escaped quoted string in a message is one value", `{"msg":"10.1.1.1 - - \"PUT /v2/x HTTP/1.1\" 201 \"-\" \"Mozilla/5.0 (X11; Linux x86_64) Foo/1.2\"\n","n":1}`,
			`{"msg":"<*> - - \"PUT <*>" <*> \"-\" \"<*>"\n","n":<*>}`},
		// the value of a message key is a text masked as any other: two
		// values apart stay two, as without the quotes (before: "<*>",
		// one value, as in a quoted value of another key)
		{"values apart in a message key's value stay apart", `msg="moved 12 34 to 10.0.0.2 9" "message":"sent 200 4096" note="took 5 ms"`,
			`msg="moved <*> <*> to <*> <*>" "message":"sent <*> <*>" note="<*>"`},
		// a URL ends before a closing bracket it did not open, the
		// bracket of the text around it (RFC 3986, appendix C; before:
		// "Ref[<*>", the bracket went into the value); an IPv6 literal's
		// brackets are its own
		{"a URL leaves the bracket around it", "sent to Ref[grpc://node-a/jobs/7#2]] (see https://docs.example.org/x) via [http://[::1]:8080/q]",
			"sent to Ref[<*>]] (see <*>) via [<*>]"},
		// a URI whose scheme has no "//" (SIP's, RFC 3261; tel:, mailto:)
		// is one value with its scheme, as a URL is (before: the user
		// part stayed a word, "sip:bob@<*>", and a number "sip:<*>@<*>")
		{"an opaque URI is one value", "INVITE to sip:bob@10.0.0.7:5062;transport=tcp from <sips:+4930123@gw.example.net>, tel:+12015550123. sip: on",
			"INVITE to <*> from <*>, <*>. sip: on"},
		// the root directory "/" is a path like any other, a slash between
		// words with spaces around it is not (before: "/" stayed a word
		// where "/srv" was a value)
		{"the root path is a value", "in dir '/' cwd=/ for read / write: handling request /",
			"in dir '<*>' cwd=<*> for read / write: handling request <*>"},
		// names joined by a slash that open the message before a colon are
		// the writer's prefix (a kernel driver's pr_fmt), not a group and
		// its member (before: "<*>/<*>:", so that two drivers' lines
		// merged); elsewhere the pair is two values
		{"a driver's prefix before a colon stays", "nvme/tcp2:nvme5: reconnect to backend/web1 failed",
			"nvme/tcp2:nvme5: reconnect to <*>/<*> failed"},
		// an address in angle brackets (an SMTP path, a message id) is one
		// value, brackets and all (before: "<x@y>" stayed, and
		// "<17.ab@y>" lost its "<" into "<*>@y>")
		{"an address in angle brackets is one value", "to=<ann@mail.example.org>, id=<17.ab12@host.example> rcpt <ann@x>: denied; from=<> List<T>",
			"to=<*>, id=<*> rcpt <ann@x>: denied; from=<> List<T>"},
	}
	m, err := New(nil, 0)
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, m.String(tt.in))
		})
	}
}

func TestRules(t *testing.T) {
	_, err := New([]Rule{{Name: "ok", Pattern: "a+"}, {Name: "broken", Pattern: "(x"}}, 0)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"broken"`)
	_, err = New([]Rule{{Name: "empty"}}, 0)
	assert.ErrorContains(t, err, `"empty"`)

	m, err := New([]Rule{{Name: "tenant", Pattern: `tenant-[a-z]+`, Replacement: "<*>"}}, 0)
	require.NoError(t, err)
	assert.Equal(t, "login <*> from <*>", m.String("login tenant-acme from 10.0.0.1"))
}

func TestBounded(t *testing.T) {
	m, err := New(nil, 1024)
	require.NoError(t, err)
	big := strings.Repeat("word 123 ", 1<<17) // ~1 MiB
	out, trunc := m.Append(nil, big)
	assert.True(t, trunc)
	assert.LessOrEqual(t, len(out), 3*1024+len(Wildcard)+1) // "1" -> "<*>" at most triples
	assert.True(t, strings.HasSuffix(string(out), Wildcard))

	out, trunc = m.Append(nil, "\xff\xfe 12 \xc3")
	assert.False(t, trunc)
	assert.Equal(t, "\xff\xfe <*> \xc3", string(out))
}

func TestNoAllocs(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	buf := make([]byte, 0, 1024)
	msg := `10.11.10.1 "GET /v2/54fadb412c4e40cdbaed9335e4c35a9e/servers/detail HTTP/1.1" status: 200 len: 1893 time: 0.2477829`
	allocs := testing.AllocsPerRun(100, func() { buf, _ = m.Append(buf[:0], msg) })
	assert.Zero(t, allocs)
}

func FuzzMask(f *testing.F) {
	for _, s := range []string{"", "a 1", "2015-10-18 18:01:47,978", "\xff<*>", "::1", "a@b.c", "http://x/y z", "Jun 14 15:16:01 x", `"a 1 2"`} {
		f.Add(s)
	}
	m, err := New(nil, 4096)
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, s string) {
		out, _ := m.Append(nil, s)
		if len(out) > len(s)*3+8 && len(out) > 4096*3 {
			t.Fatalf("output too long: %d for %d", len(out), len(s))
		}
		o := string(out)
		if strings.HasPrefix(o, " ") || strings.HasSuffix(o, " ") || strings.Contains(o, "  ") {
			t.Fatalf("whitespace not normalized: %q", o)
		}
		if utf8.ValidString(s) && !utf8.ValidString(o) {
			t.Fatalf("valid input gave invalid output: %q -> %q", s, o)
		}
	})
}

func BenchmarkMask(b *testing.B) {
	m := uncached() // the scan: with the memo, four messages replayed are four lookups
	msgs := []string{
		`10.11.10.1 "GET /v2/54fadb412c4e40cdbaed9335e4c35a9e/servers/detail HTTP/1.1" status: 200 len: 1893 time: 0.2477829`,
		"Received block blk_-1608999687919862906 of size 91178 from /10.250.10.6:50010",
		"ready=true,policy=3,wakefulness=1,wksummary=0x1,uasummary=0x1,bootcompleted=true,boostinprogress=false",
		"session opened for user root by (uid=0)",
	}
	buf := make([]byte, 0, 1024)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf, _ = m.Append(buf[:0], msgs[i%len(msgs)])
	}
}

func TestRandomCase(t *testing.T) {
	for _, p := range []string{"sTxCfT-fGwtvLKwseO-gVrW", "fGwtvLKwseOx", "qWrTyPlKjHgF", "xKcdVbNmQwRt"} {
		if !randomCase(p) {
			t.Errorf("randomCase(%q) = false, want true (a generated id)", p)
		}
	}
	for _, p := range []string{"NullPointerException", "setTotalSteps", "iPhone", "LaTeX", "XmlHttpRequestFactory",
		"setIsOnOffValue", "DHCPREQUEST", "getXMLHttpRequest", "BlockManagerMasterEndpoint", "TrustedInstaller",
		"WindowsUpdateAgent", "PowerManagerService", "ActivityManager", "McDonaldsOrderIsReady", "PhoneIntfMgr", "SvcMgrCfgXfr"} {
		if randomCase(p) {
			t.Errorf("randomCase(%q) = true, want false (a name)", p)
		}
	}
	wantMasked(t, map[string]string{
		"sTxCfT-fGwtvLKwseO-gVrW Completed":               "<*> Completed",
		"NullPointerException in setTotalSteps":           "NullPointerException in setTotalSteps",
		"session qWrTyP-lKjHgF closed by ActivityManager": "session <*> closed by ActivityManager",
		// a word of letters alone takes the scan's fast path, which does
		// not judge case (its cost on every long capitalized word)
		"session qWrTyPlKjHgF closed": "session qWrTyPlKjHgF closed",
	})
}

// wantMasked checks the masked form of each input with the built-ins.
func wantMasked(t *testing.T, cases map[string]string) {
	t.Helper()
	m, err := New(nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range cases {
		if got := m.String(in); got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMonthDayYear(t *testing.T) {
	wantMasked(t, map[string]string{
		"Server built: Aug  2 2024 14:32:09 UTC": "Server built: <*> UTC",
		"compiled on Nov 9 2023":                 "compiled on <*>",
		"Jun 14 15:16:01 host started":           "<*> host started",
		"in May 3 2024x":                         "in May <*> <*>",
	})
}
