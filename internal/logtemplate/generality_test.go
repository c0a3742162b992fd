package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/loghub"
)

// Generic failure classes found on the generated corpus (testdata/logcorpus,
// issue #14), each with examples written for this test. Each case mines its
// messages in order, then checks the template of every message (warm): want
// is the one template they all share; apart means every message keeps its
// own.
func TestGeneralityClasses(t *testing.T) {
	tests := []struct {
		name  string
		msgs  []string
		want  string
		apart bool
	}{
		{
			// a slot that became a variable keeps its punctuation
			// ("<*>):", "<*>,"): a later word there is one more value
			name: "a variable with punctuation takes a word",
			msgs: []string{
				"quota exceeded on /srv: writer billing: retry later",
				"quota exceeded on /srv: writer orders: retry later",
				"quota exceeded on /srv: writer search: retry later",
				"quota exceeded on /srv: writer backup: retry later",
				"quota exceeded on /srv: writer mailer: retry later",
				"quota exceeded on /srv: writer reports: retry later",
			},
			want: "quota exceeded on <*>: writer <*>: retry later",
		},
		{
			// enumeration of a word slot while other slots also vary
			// (a device number, then the command name)
			name: "enumerated word slot next to other variables",
			msgs: []string{
				"XFS error (device sdc1): inode 17: comm rsync: bad magic",
				"XFS error (device sdc2): inode 9: comm rsync: bad magic",
				"XFS error (device sdc1): inode 4: comm nginx: bad magic",
				"XFS error (device sdc3): inode 81: comm redis: bad magic",
				"XFS error (device sdc2): inode 23: comm vim: bad magic",
				"XFS error (device sdc1): inode 5: comm cp: bad magic",
			},
			want: "XFS error (device <*>): inode <*>: comm <*>: bad magic",
		},
		{
			// an access log has no constant words: its bracketed and
			// quoted fields are the context of the method's slot
			name: "enumerated method of an access log",
			msgs: []string{
				`[2026-11-30T08:00:01Z] "GET /v2/carts/17 HTTP/2" 200 0 331 "10.4.0.2" "edge-7"`,
				`[2026-11-30T08:00:02Z] "POST /v2/carts HTTP/2" 201 88 412 "10.4.0.3" "edge-7"`,
				`[2026-11-30T08:00:03Z] "PUT /v2/carts/17 HTTP/2" 200 90 77 "10.4.0.2" "edge-2"`,
				`[2026-11-30T08:00:04Z] "DELETE /v2/carts/17 HTTP/2" 204 0 12 "10.4.0.9" "edge-2"`,
				`[2026-11-30T08:00:05Z] "PATCH /v2/carts/17 HTTP/2" 200 41 50 "10.4.0.2" "edge-7"`,
				`[2026-11-30T08:00:06Z] "OPTIONS /v2/carts HTTP/2" 204 0 3 "10.4.0.5" "edge-3"`,
			},
			want: `[<*>] "<*>" <*> <*> <*> "<*>" "<*>"`,
		},
		{
			// Go's fmt.Errorf("...: %w"): the wrapped error is free text
			// of any length after the separator
			name: "free-text error after a separator",
			msgs: []string{
				"backup upload to 10.9.0.4:9000 failed: EOF",
				"backup upload to 10.9.0.7:9000 failed: broken pipe",
				"backup upload to 10.9.0.4:9000 failed: no space left on device",
				"backup upload to 10.9.0.2:9000 failed: operation not permitted",
				"backup upload to 10.9.0.4:9000 failed: context canceled",
				"backup upload to 10.9.0.5:9000 failed: x509: certificate signed by unknown authority",
			},
			want: "backup upload to <*> failed: <*>",
		},
		{
			// operators and literals inside the text are prose, not a
			// record's structure
			name: "free text with operators and literals after a separator",
			msgs: []string{
				"panic: type assertion failed: value is nil, want map[string]interface {}",
				"panic: type assertion failed: value is float64, want []interface {}",
				"panic: type assertion failed: x = 3 does not hold",
				"panic: type assertion failed: index 4 >= len 2",
				"panic: type assertion failed: got '{}' for struct {}",
			},
			want: "panic: type assertion failed: <*>",
		},
		{
			// a slot in brackets takes a value of several words, also
			// one seen before the slot was known
			name: "a bracketed slot takes several words",
			msgs: []string{
				"worker 17 [idle]: parked",
				"worker 18 [waiting on lock]: parked",
				"worker 19 [busy]: parked",
				"worker 20 [draining]: parked",
				"worker 21 [io wait]: parked",
			},
			want: "worker <*> [<*>]: parked",
		},
		{
			// a command in parentheses has any number of words
			name: "enumerated enclosure of several words",
			msgs: []string{
				"(deploy) RUN (rsync -a /srv/www backup:/srv)",
				"(deploy) RUN (find /tmp -mtime +7 -delete)",
				"(deploy) RUN (pg_dump orders > /backup/orders.sql)",
				"(deploy) RUN (systemctl reload nginx)",
				"(deploy) RUN (logrotate -f /etc/logrotate.conf)",
				"(deploy) RUN (du -sh /var/lib/docker)",
			},
			want: "(deploy) RUN (<*>)",
		},
		{
			// names joined with '-' or '_' come from configuration
			// (frontends, backends, queues), even two or three of them
			name: "configured names in one slot",
			msgs: []string{
				"listener tcp_main bound on 0.0.0.0:7000",
				"listener grpc-internal bound on 0.0.0.0:7001",
				"listener admin_api bound on 127.0.0.1:7002",
			},
			want: "listener <*> bound on <*>",
		},
		{
			name: "words of prose in one slot stay apart",
			msgs: []string{
				"listener socket bound on 0.0.0.0:7000",
				"listener loop stopped on 0.0.0.0:7001",
				"listener pool drained on 127.0.0.1:7002",
			},
			apart: true,
		},
		{
			// a structured tail (key=value, braces) is no prose: its
			// kinds stay apart
			name: "structured tails after a separator stay apart",
			msgs: []string{
				"dispatch skipped, pending: 3, intent { act=VIEW cmp=mail }",
				"dispatch skipped, pending: 4, intent { cmp=mail flg=0x10 }",
				"dispatch skipped, pending: 5, intent { dat=tel: cmp=phone }",
				"dispatch skipped, pending: 6, intent { typ=pdf act=SEND cmp=files }",
				"dispatch skipped, pending: 7, intent { bnds=[1,2] }",
			},
			apart: true,
		},
		{
			// numbered keys of a dump name fields: another set of keys
			// is another line of the dump
			name: "register dumps with other numbered keys stay apart",
			msgs: []string{
				"X19: 00000000deadbeef X20: 0000000000000001",
				"X21: 00000000cafef00d X22: 0000000000000000",
			},
			apart: true,
		},
		{
			// a numbered device before its message stays an instance
			name: "a numbered device name before its message joins",
			msgs: []string{
				"wlan0: 4-way handshake completed with 10.2.0.1",
				"wlan1: 4-way handshake completed with 10.2.0.9",
			},
			want: "<*>: <*> handshake completed with <*>",
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

// A quoted word is a value from first sight: programs quote what they
// insert ("'%s'", "%q"), so the first record of a family already gets the
// template the later ones get (cold = warm).
func TestQuotedWordsAreVariablesFromFirstSight(t *testing.T) {
	tests := []struct{ first, later, want string }{
		{
			`LookupError: no handler for 'invoice'`,
			`LookupError: no handler for 'refund'`,
			`LookupError: no handler for '<*>'`,
		},
		{
			`Cannot read field "total" because "cart" is null`,
			`Cannot read field "items" because "basket" is null`,
			`Cannot read field "<*>" because "<*>" is <*>`, // null is masked
		},
		{
			`Value cannot be null. (Parameter 'source')`,
			`Value cannot be null. (Parameter 'predicate')`,
			`Value cannot be <*>. (Parameter '<*>')`,
		},
	}
	for _, tt := range tests {
		m := newMiner(t, nil)
		first := m.Process(tt.first)
		later := m.Process(tt.later)
		assert.Equal(t, tt.want, first.Template, "first sight: %s", tt.first)
		assert.Equal(t, tt.want, later.Template)
	}
}

// The rules that merge across groups (free-text tails, enclosures) create a
// template and absorb others, which the bounds may have evicted on the way:
// the generated corpus mined under tiny bounds keeps every invariant (no
// panic, every live template once in the recency lists and once in its group, at
// most MaxTemplates).
func TestBoundsHoldWhileLearning(t *testing.T) {
	msgs, err := loghub.Mixed("../../testdata/logcorpus")
	require.NoError(t, err)
	for _, bounds := range [][2]int{{5, 1}, {40, 3}, {400, 1}} {
		m := newMiner(t, func(c *Config) {
			c.MaxTemplates, c.MaxGroupSize, c.MaxCache, c.MaxTokens = bounds[0], bounds[1], 16, 12
		})
		for _, s := range msgs {
			if r := m.Process(s); s != "" {
				require.NotEmpty(t, r.Template, s)
			}
		}
		n, once := 0, 0
		for _, head := range []*cluster{&m.lru, &m.once} {
			for c := head.next; c != head; c = c.next {
				n++
				require.False(t, c.dead || c.parent != nil, "evicted or absorbed template in the lists: %s", c.template)
				require.Equal(t, head == &m.once, c.once, c.template)
				if c.once {
					once++
				}
			}
		}
		assert.Equal(t, m.onceN, once)
		g := 0
		for _, cs := range m.groups {
			g += len(cs)
		}
		assert.Equal(t, m.Stats().Active, n)
		assert.Equal(t, n, g)
		assert.LessOrEqual(t, n, bounds[0])
	}
}
