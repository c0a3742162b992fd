package logtemplate

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/mask"
)

func newMiner(t testing.TB, mod func(*Config)) *Miner {
	t.Helper()
	cfg := DefaultConfig()
	if mod != nil {
		mod(&cfg)
	}
	m, err := New(cfg)
	require.NoError(t, err)
	return m
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name  string
		mod   func(*Config)
		field string
	}{
		{"templates", func(c *Config) { c.MaxTemplates = 0 }, "max_templates"},
		{"cache", func(c *Config) { c.MaxCache = -1 }, "max_cache"},
		{"bytes", func(c *Config) { c.MaxMessageBytes = 0 }, "max_message_bytes"},
		{"tokens", func(c *Config) { c.MaxTokens = 1 }, "max_tokens"},
		{"similarity", func(c *Config) { c.Similarity = 1 }, "similarity"},
		{"group", func(c *Config) { c.MaxGroupSize = 0 }, "max_group_size"},
		{"rules", func(c *Config) { c.Rules = []mask.Rule{{Name: "bad", Pattern: "("}} }, `"bad"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			tt.mod(&cfg)
			err := cfg.Validate()
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.field)
			_, err = New(cfg)
			assert.Error(t, err)
		})
	}
	assert.NoError(t, DefaultConfig().Validate())
}

func TestProcess(t *testing.T) {
	tests := []struct {
		name string
		msgs []string
		want string // template of the last message
	}{
		{"numbers", []string{"Got assigned task 12", "Got assigned task 7"}, "Got assigned task <*>"},
		{"key value merges", []string{"acquire lock=1, tag=\"A\", name=android", "acquire lock=2, tag=\"B_C\", name=com.x.y"}, "acquire lock=<*>, tag=\"<*>\", name=<*>"},
		{"verbs stay apart", []string{"VM Started (Lifecycle Event)", "VM Paused (Lifecycle Event)"}, "VM Paused (Lifecycle Event)"},
		{"short messages stay apart", []string{"Link error", "Link ok"}, "Link ok"},
		{"units absorbed", []string{"stored 877.0 B, free 838.2 KB", "stored 6.0 KB, free 874.3 KB"}, "stored <*>, free <*> KB"},
		{"short words are not units", []string{"3 new items", "3 old items"}, "<*> old items"},
		{"variable with punctuation", []string{"synchronized to 10.0.0.1, stratum 3", "synchronized to LOCAL(0), stratum 10"}, "synchronized to <*>, stratum <*>"},
		{"general template absorbs specific ones", []string{"domain cluster_root_backup is served", "domain root_domain is served",
			"domain root3_domain is served", "domain root9_domain is served", "domain 12 is served", "domain root_domain is served"}, "domain <*> is served"},
		{"empty", []string{""}, ""},
		// two words a program fills in independently cross; event words
		// do not (our own example: a tape drive's density and compression)
		{"crossed words are two slots", []string{"tape drive ready at high density, compression on", "tape drive ready at low density, compression on",
			"tape drive ready at high density, compression off", "tape drive ready at low density, compression off"}, "tape drive ready at <*> density, compression <*>"},
		{"exception classes are one slot", []string{"job 7 raised ValueError('bad size')", "job 9 raised KeyError('row')", "job 3 raised TimeoutError('fetch')"},
			"job <*> raised <*>('<*>')"},
		{"a capitalized word is no class", []string{"job 7 raised Alarm('bad size')", "job 9 raised Warning('row')"}, "job <*> raised Warning('<*>')"},
		{"a word after a name noun is the name", []string{"consumer group billing rebalanced in 5 ms", "consumer group audit-sink rebalanced in 7 ms", "consumer group billing rebalanced in 9 ms"},
			"consumer group <*> rebalanced in <*> ms"},
		{"a word after another noun stays", []string{"job phase billing done", "job phase 42 done", "job phase billing done"}, "job phase billing done"},
		{"three corners stay apart", []string{"tape drive ready at high density, compression on", "tape drive ready at low density, compression on",
			"tape drive ready at high density, compression off"}, "tape drive ready at high density, compression off"},
		{"words that change together stay apart", []string{"job queue paused by operator", "job queue resumed by scheduler",
			"job queue paused by scheduler", "job queue stopped by cron"}, "job queue stopped by cron"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMiner(t, nil)
			var r Result
			for _, msg := range tt.msgs {
				r = m.Process(msg)
			}
			assert.Equal(t, tt.want, r.Template)
			assert.NotZero(t, r.ID)
			// the same template again: same id, same interned string
			again := m.Process(tt.msgs[len(tt.msgs)-1])
			assert.Equal(t, r.ID, again.ID)
			assert.False(t, again.New)
		})
	}
}

func TestDeterministic(t *testing.T) {
	msgs := sample(2000)
	a, b := newMiner(t, nil), newMiner(t, nil)
	for _, msg := range msgs {
		assert.Equal(t, a.Process(msg), b.Process(msg))
	}
	assert.Equal(t, a.Templates(), b.Templates())
}

func TestBounds(t *testing.T) {
	m := newMiner(t, func(c *Config) { c.MaxTemplates = 2; c.MaxCache = 3 })
	for i, msg := range []string{"alpha one", "beta two", "gamma three", "delta four"} {
		m.Process(msg)
		assert.LessOrEqual(t, m.Stats().Active, 2, "after %d", i)
	}
	st := m.Stats()
	assert.Equal(t, uint64(4), st.Created)
	assert.Equal(t, uint64(2), st.Evicted)
	assert.Equal(t, uint64(1), st.CacheResets)
	assert.Equal(t, []string{"delta four", "gamma three"}, m.Templates())
	// an evicted template comes back as new
	assert.True(t, m.Process("alpha one").New)

	// one group (same token count, variable first token) is bounded too
	m = newMiner(t, func(c *Config) { c.MaxGroupSize = 4 })
	for i := 0; i < 10; i++ {
		// two words differ, so no position is an enumeration
		w := strings.Repeat(string(rune('a'+i)), 5)
		m.Process(fmt.Sprintf("%d %s end %s", i, w, w))
	}
	st = m.Stats()
	assert.Equal(t, 4, st.Active)
	assert.Equal(t, uint64(6), st.Evicted)

	m = newMiner(t, func(c *Config) { c.MaxTokens = 4; c.MaxMessageBytes = 64 })
	r := m.Process("a b c d e f g")
	assert.Equal(t, "a b c <*>", r.Template)
	m.Process(strings.Repeat("x", 100))
	assert.Equal(t, uint64(2), m.Stats().Truncated)
}

func TestUserRules(t *testing.T) {
	m := newMiner(t, func(c *Config) {
		c.Rules = []mask.Rule{{Name: "tenant", Pattern: `tenant-[a-z]+`, Replacement: "<*>"}}
	})
	assert.Equal(t, "login for <*> ok", m.Process("login for tenant-acme ok").Template)
}

func TestSnapshot(t *testing.T) {
	msgs := sample(3000)
	m := newMiner(t, nil)
	want := make([]string, len(msgs))
	for _, msg := range msgs {
		m.Process(msg)
	}
	for i, msg := range msgs {
		want[i] = m.Process(msg).Template
	}
	data, err := m.MarshalBinary()
	require.NoError(t, err)

	r := newMiner(t, nil)
	require.NoError(t, r.UnmarshalBinary(data))
	assert.Equal(t, m.Templates(), r.Templates())
	assert.Equal(t, m.Stats().Active, r.Stats().Active)
	for i, msg := range msgs {
		got := r.Process(msg)
		require.Equal(t, want[i], got.Template, msg)
		require.False(t, got.New, msg)
	}
	again, err := r.MarshalBinary()
	require.NoError(t, err)
	assert.Equal(t, len(data), len(again))

	// corrupt input: error, no panic, miner unchanged
	before := r.Templates()
	for _, bad := range [][]byte{nil, []byte("LTPL"), []byte("XXXX\x01\x00"), []byte("LTPL\x02\x00"), data[:len(data)-1], append(bytes.Clone(data), 0)} {
		err := r.UnmarshalBinary(bad)
		assert.Error(t, err)
		assert.True(t, errors.Is(err, errCorrupt), "%v", err)
	}
	assert.Equal(t, before, r.Templates())
}

func TestConcurrent(t *testing.T) {
	m := newMiner(t, nil)
	msgs := sample(500)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, msg := range msgs {
				m.Process(msg)
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, uint64(4*len(msgs)), m.Stats().Processed)
}

// sample returns a synthetic mixed stream.
func sample(n int) []string {
	out := make([]string, n)
	users := []string{"alice", "bob", "carol"}
	for i := range out {
		switch i % 6 {
		case 0:
			out[i] = fmt.Sprintf("Received block blk_%d of size %d from /10.0.%d.%d:50010", i*7919, i*31, i%255, i%7)
		case 1:
			out[i] = fmt.Sprintf("session opened for user %s by (uid=%d)", users[i%3], i%5)
		case 2:
			out[i] = fmt.Sprintf("[instance: %08x-1111-2222-3333-%012x] Took %d.%02d seconds to build instance.", i, i*13, i%40, i%100)
		case 3:
			out[i] = fmt.Sprintf("acquire lock=%d, flags=0x%x, tag=\"%s\", uid=%d", i, i%16, users[i%3], 1000+i%7)
		case 4:
			out[i] = fmt.Sprintf("Block rdd_%d_%d stored as bytes in memory (estimated size %d.0 B, free %d.%d KB)", i, i%9, i%1000, i%800, i%10)
		default:
			out[i] = fmt.Sprintf("pod ts-basic-service-5dc8d4f9fd-%05d ready in %dms", i, i%500)
		}
	}
	return out
}
