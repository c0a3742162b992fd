package overrides

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	s, err := Parse([]byte(`
rules:
  - fingerprint: a
    action: pin
    reason: OPS-1
  - fingerprint: b
    action: boost
    factor: 2.5
    reason: sla
  - fingerprint: c
    action: merge_into
    into: d
    reason: dup
  - fingerprint: d
    action: merge_into
    into: e
    reason: dup
  - fingerprint: m
    action: mute
    reason: known-noise
`))
	require.NoError(t, err)
	r, ok := s.Lookup("b")
	require.True(t, ok)
	assert.Equal(t, 2.5, r.Factor)
	assert.Equal(t, 6, r.Line)
	assert.Equal(t, "e", s.MergeTarget("c"), "merge chains resolve")
	assert.Equal(t, "", s.MergeTarget("a"))
	assert.Len(t, s.Rules(), 5)

	j, err := Parse([]byte(`{"rules": [{"fingerprint": "x", "action": "mute", "reason": "r1"}]}`))
	require.NoError(t, err)
	_, ok = j.Lookup("x")
	assert.True(t, ok, "JSON accepted")
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"no reason", "rules:\n  - fingerprint: a\n    action: pin\n", "line 2: rule 1 (a): reason is required"},
		{"bad reason", "rules:\n  - {fingerprint: a, action: pin, reason: 'has space'}\n", "line 2: rule 1 (a): reason"},
		{"unknown action", "rules:\n  - {fingerprint: a, action: nuke, reason: r}\n", "unknown action"},
		{"boost factor", "rules:\n  - {fingerprint: a, action: boost, reason: r}\n", "factor must be > 0"},
		{"merge self", "rules:\n  - {fingerprint: a, action: merge_into, into: a, reason: r}\n", "itself"},
		{"merge cycle", "rules:\n  - {fingerprint: a, action: merge_into, into: b, reason: r}\n  - {fingerprint: b, action: merge_into, into: a, reason: r}\n", "cycle"},
		{"duplicate", "rules:\n  - {fingerprint: a, action: pin, reason: r}\n  - {fingerprint: a, action: mute, reason: r}\n", "line 3: rule 2 (a): duplicate of the rule at line 2"},
		{"no fingerprint", "rules:\n  - {action: pin, reason: r}\n", "fingerprint is required"},
		{"bad yaml", "rules: [\n", "overrides:"},
		{"bad type", "rules:\n  - {fingerprint: a, action: boost, factor: lots, reason: r}\n", "line 2: rule 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestFileReload(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "overrides.yaml")
	f := NewFile(path)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

	changed, err := f.Reload(now)
	require.NoError(t, err, "missing file means no rules")
	assert.False(t, changed)

	write := func(s string, mtime time.Time) {
		require.NoError(t, os.WriteFile(path, []byte(s), 0o600))
		require.NoError(t, os.Chtimes(path, mtime, mtime))
	}
	write("rules:\n  - {fingerprint: a, action: mute, reason: r}\n", now)
	changed, err = f.Reload(now)
	require.NoError(t, err)
	assert.True(t, changed)
	_, ok := f.Set().Lookup("a")
	assert.True(t, ok)

	changed, err = f.Reload(now.Add(time.Second))
	require.NoError(t, err)
	assert.False(t, changed, "unchanged file")

	// Invalid content keeps the previous rules.
	write("rules:\n  - {fingerprint: a, action: nuke, reason: r}\n", now.Add(time.Hour))
	_, err = f.Reload(now.Add(2 * time.Second))
	require.Error(t, err)
	_, ok = f.Set().Lookup("a")
	assert.True(t, ok)
	assert.Equal(t, int64(1), f.Errors())

	// Same size and mtime but new content: caught after ForceInterval.
	write("rules:\n  - {fingerprint: b, action: mute, reason: r}\n", now.Add(time.Hour))
	changed, err = f.Reload(now.Add(2 * ForceInterval))
	require.NoError(t, err)
	assert.True(t, changed)
	_, ok = f.Set().Lookup("b")
	assert.True(t, ok)

	require.NoError(t, os.Remove(path))
	changed, err = f.Reload(now.Add(3 * ForceInterval))
	require.NoError(t, err)
	assert.True(t, changed)
	assert.Empty(t, f.Set().Rules())
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("rules:\n  - {fingerprint: a, action: merge_into, into: b, reason: r}\n"))
	f.Add([]byte(`{"rules":[{"fingerprint":"x","action":"boost","factor":2,"reason":"y"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse(data)
		if err == nil {
			for _, r := range s.Rules() {
				s.MergeTarget(r.Fingerprint)
			}
		}
	})
}
