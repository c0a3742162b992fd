package logtemplate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Mechanisms of session 14 (issue #14), each with examples written for
// this test: a first position that a program fills like any other slot
// (firstSlot), and short templates of variables only (similarity).
func TestSession14Mechanisms(t *testing.T) {
	tests := []struct {
		name  string
		msgs  []string
		want  string
		apart bool
	}{
		{
			// a keyed record with the writer's service name first: two
			// names are enough, as for any bare word among keyed fields
			name: "first position of a keyed record",
			msgs: []string{
				"orders-api: request done: route=/a method=GET status=200 bytes=1 took=3 peer=10.0.0.1",
				"billing-api: request done: route=/b method=PUT status=201 bytes=7 took=4 peer=10.0.0.2",
				"search-api: request done: route=/c method=GET status=200 bytes=9 took=1 peer=10.0.0.3",
			},
			want: "<*>: request done: route=<*> method=<*> status=<*> bytes=<*> took=<*> peer=<*>",
		},
		{
			// a job name first, then a sentence: five names, as for any
			// word slot (EnumerationValues)
			name: "first position of a sentence, five values",
			msgs: []string{
				"nightly-backup run #12 finished with state ok after 3 s",
				"orders-export run #13 finished with state ok after 4 s",
				"search-reindex run #14 finished with state ok after 5 s",
				"invoice-mailer run #15 finished with state ok after 6 s",
				"cache-warmup run #16 finished with state ok after 7 s",
			},
			want: "<*> run #<*> finished with state ok after <*> s",
		},
		{
			// two slots that vary independently, one of them sometimes
			// masked: no two templates differ at one position only, but
			// five results have been seen at the last
			name: "values counted per position",
			msgs: []string{
				"deploy/api #101 pipeline stage finished: PASSED",
				"deploy/api #102 pipeline stage finished: FLAKY",
				"infra/dns-zone #103 pipeline stage finished: CANCELLED",
				"release/v-7 #104 pipeline stage finished: BROKEN",
				"release/v-8 #105 pipeline stage finished: SKIPPED",
			},
			want: "<*>/<*> #<*> pipeline stage finished: <*>",
		},
		{
			// one key=value after a separator: the key names the event
			name: "lone keys are events",
			msgs: []string{
				"client 10.0.0.1 sent option: MAX_CONN=10",
				"client 10.0.0.2 sent option: IDLE_SECS=30",
				"client 10.0.0.3 sent option: LOG_LEVEL=debug",
				"client 10.0.0.4 sent option: TLS_MODE=strict",
				"client 10.0.0.5 sent option: BUF_KB=64",
				"client 10.0.0.6 sent option: RETRIES=3",
			},
			apart: true,
		},
		{
			// keys with their values are context for a word slot, as
			// words are: five user names between an arrow and keyed fields
			name: "keyed fields are context",
			msgs: []string{
				"4411 -> alice mode=copy via=ssh",
				"4412 -> bob mode=move via=ssh",
				"4413 -> carol mode=copy via=rsync",
				"4414 -> dave mode=copy via=ssh",
				"4415 -> erin mode=link via=ssh",
			},
			want: "<*> -> <*> mode=<*> via=<*>",
		},
		{
			// two verbs first, a short sentence: two events
			name: "two first words stay two events",
			msgs: []string{
				"Starting service nginx on port 80",
				"Stopping service nginx on port 80",
			},
			apart: true,
		},
		{
			// a template's last word is not given up to a message that
			// has a variable there and words elsewhere
			name: "a short template keeps its last word",
			msgs: []string{
				"DHCPREQUEST(eth1) 10.0.0.7 aa:bb:cc:dd:ee:01",
				"4120033 tags: eth1",
			},
			apart: true,
		},
		{
			// nor does a template of variables only form and take the
			// next event's messages
			name: "no short template of variables only",
			msgs: []string{
				"DHCPREQUEST(eth1) 10.0.0.7 aa:bb:cc:dd:ee:01",
				"4120033 tags: eth1",
				"DHCPACK(eth1) 10.0.0.8 aa:bb:cc:dd:ee:02",
			},
			apart: true,
		},
		{
			// tokens that name their values ("median[50%]=1.1") are no
			// values of a template of variables only, whichever comes
			// first (session 17)
			name: "named fields not taken by variables only",
			msgs: []string{
				"p[10%]=0.81 median[50%]=1.12 p[90%]=2.37",
				"0.913 0.402 377",
			},
			apart: true,
		},
		{
			// a quoted value of several words, seen before the first
			// value that the masking makes one variable: the new
			// template takes the older ones (absorbSpans), as it would
			// take their messages (span)
			name: "quoted words before the quoted variable",
			msgs: []string{
				"Replaying journal 'main > orders' done",
				"Replaying journal 'main > audit' done",
				"Replaying journal 'tenant-7 > orders' done",
			},
			want: "Replaying journal '<*>' done",
		},
		{
			// older templates that differ from the one the slots make
			// only by words at those slots join it, whatever their words
			// there ("runner = arm", made before "runner" was a slot)
			name: "templates made before a slot was counted",
			msgs: []string{
				"Build queued by ann@ci.example.org, for = dev@ci.example.org, build name = nightly_812, runner = linux",
				"Build queued by ops@ci.example.org, for = eve@b2.lab.example.org, build name = make.sh, runner = arm",
				"Build queued by ann@cibox01, for = eve@cibox01, build name = pack.sh, runner = mac",
				"Build queued by bob@cibox01, for = eve@b2.lab.example.org, build name = pack.sh, runner = win",
				"Build queued by dev@b2.lab.example.org, for = ops@ci.example.org, build name = make.sh, runner = bsd",
			},
			want: "Build queued by <*>, for = <*>, build name = <*>, runner = <*>",
		},
		{
			name: "named fields not taken by variables only, variables first",
			msgs: []string{
				"0.913 0.402 377",
				"p[10%]=0.81 median[50%]=1.12 p[90%]=2.37",
			},
			apart: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := New(DefaultConfig())
			require.NoError(t, err)
			for _, msg := range tt.msgs {
				m.Process(msg)
			}
			seen := map[string]string{}
			for _, msg := range tt.msgs {
				r := m.Process(msg)
				if tt.apart {
					for other, tpl := range seen {
						assert.NotEqual(t, tpl, r.Template, "%q and %q share a template", msg, other)
					}
					seen[msg] = r.Template
					continue
				}
				assert.Equal(t, tt.want, r.Template, msg)
			}
		})
	}
}

// Messages of no token or one are never compared at the first position.
func TestFirstSlotShortMessages(t *testing.T) {
	m, err := New(DefaultConfig())
	require.NoError(t, err)
	for _, msg := range []string{"", " ", "a", "b", "a b", ""} {
		m.Process(msg)
	}
	assert.Equal(t, "a", m.Process("a").Template)
}

// FuzzSequence mines the lines of one input in order, twice, under tight
// bounds (evictions, absorptions across groups), and checks the indexes
// stay consistent: every template indexed for firstSlot and slots is live
// and under its current key, none twice, and no key holds more than
// MaxGroupSize.
func FuzzSequence(f *testing.F) {
	f.Add("imap-login: Login: user=<a>, method=PLAIN, rip=1, lip=2, TLS, session=<x>\npop3-login: Login: user=<b>, method=LOGIN, rip=1, lip=2, TLS, session=<y>\nsubmission-login: Login: user=<c>, method=PLAIN, rip=1, lip=2, secured, session=<z>")
	f.Add("a/b #1 x y z: OK\nc/d #2 x y z: BAD\ne-1/f #3 x y z: UGLY\ng/h #4 x y z: FINE\ni/j #5 x y z: GONE\nDHCPACK(eth0) 1 2\n4 tags: eth0")
	f.Add("x 1 peer info: K_A=1\nx 2 peer info: K_B=2\nx 3 peer info: K_C=3\nx 4 peer info: K_D=4\nx 5 peer info: K_E=5")
	f.Fuzz(func(t *testing.T, in string) {
		m := newMiner(t, func(c *Config) {
			c.MaxTemplates = 6
			c.MaxCache = 8
			c.MaxTokens = 12
			c.MaxGroupSize = 3
			c.MaxMessageBytes = 512
		})
		lines := strings.Split(in, "\n")
		if len(lines) > 64 {
			lines = lines[:64]
		}
		for pass := 0; pass < 2; pass++ {
			for _, l := range lines {
				m.Process(l)
			}
		}
		m.mu.Lock()
		defer m.mu.Unlock()
		indexed := map[*cluster]int{}
		for k, g := range m.rests {
			for _, c := range g {
				indexed[c]++
				if c.dead || c.parent != nil {
					t.Fatalf("rests holds a dead or absorbed template %q", c.template)
				}
				if c.rest != k || restKey(c.tokens) != k {
					t.Fatalf("template %q indexed under a stale key", c.template)
				}
			}
		}
		for _, g := range m.groups {
			for _, c := range g {
				if indexed[c] > 1 {
					t.Fatalf("live template %q indexed %d times", c.template, indexed[c])
				}
			}
		}
		for _, g := range m.rests {
			if len(g) > 3 {
				t.Fatalf("an index key holds %d templates, bound 3", len(g))
			}
		}
		if m.active > 6 {
			t.Fatalf("%d live templates, bound 6", m.active)
		}
	})
}

// A stream of messages that share a length and an anchor but never merge
// (three words that vary at once) keeps at most MaxGroupSize of them in
// the firstSlot index: a message is compared with that many, not with
// every template.
func TestFirstSlotIndexBounded(t *testing.T) {
	m, err := New(DefaultConfig())
	require.NoError(t, err)
	words := []string{"amber", "basil", "cedar", "delta", "ember", "fable", "gamma", "haven", "ivory", "jolly", "karma", "lemon", "mango"}
	for i := 0; i < 400; i++ {
		m.Process(fmt.Sprintf("%s anchored %s %s %s", words[i%13], words[(i/13)%13], words[(i/7)%13], words[(i/3)%13]))
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for k, g := range m.rests {
		assert.LessOrEqual(t, len(g), DefaultConfig().MaxGroupSize, "index key %x", k)
	}
}
