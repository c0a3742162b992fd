package cluster

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A record that reaches the exporter without the processor writes its
// template, error type, kind and resource names as it likes: a cluster
// keeps each up to a bound (MaxText, MaxKey), so one cluster per
// fingerprint cannot hold a request's worth of text each (h121's note),
// and a secret that straddles the cut is redacted whole before the cut
// (no prefix of it is kept).
func TestClusterTextIsBounded(t *testing.T) {
	secret := regexp.MustCompile(`ghp_[A-Za-z0-9]{36}`)
	token := "ghp_" + strings.Repeat("a1B2", 9)
	// the token straddles each bound: it starts 10 bytes before it
	long := func(n int) string { return strings.Repeat("x", n-10) + " " + token + strings.Repeat(" y", 1<<16) }
	s := New(Config{Redact: func(v string) string { return secret.ReplaceAllString(v, "<redacted>") }})
	e := ev("a", t0)
	e.Template = long(MaxText)
	e.ErrorType = long(MaxText)
	e.Kind = long(MaxKey)
	e.Service = long(MaxKey)
	e.Operation = long(MaxKey)
	e.Release = long(MaxKey)
	e.Owner = long(MaxKey)
	s.Add(e)
	v := s.Views(t0+1, nil)
	require.Len(t, v, 1)
	assert.LessOrEqual(t, len(v[0].Template), MaxText)
	assert.LessOrEqual(t, len(v[0].ErrorType), MaxText)
	assert.LessOrEqual(t, len(v[0].Kind), MaxKey)
	for _, m := range []map[string]int64{v[0].Services, v[0].Operations} {
		require.Len(t, m, 1)
		for k := range m {
			assert.LessOrEqual(t, len(k), MaxKey)
			assert.False(t, strings.Contains(k, "ghp_a1B2"), "a cut token's prefix kept")
		}
	}
	for i, txt := range []string{v[0].Template, v[0].ErrorType, v[0].Kind} {
		assert.False(t, strings.Contains(txt, "ghp_a1B2"), "text %d: a cut token's prefix kept", i)
		assert.True(t, strings.Contains(txt, " <redacted"), "text %d: the token was not redacted before the cut", i)
	}
	for _, x := range v[0].Exemplars {
		assert.LessOrEqual(t, len(x.Service), MaxKey)
	}

	// short texts are redacted too (h127: they were kept as received)
	s = New(Config{Redact: func(v string) string { return secret.ReplaceAllString(v, "<redacted>") }})
	e = ev("b", t0)
	e.Service = "billing " + token
	s.Add(e)
	v = s.Views(t0+1, nil)
	require.Len(t, v, 1)
	assert.Equal(t, map[string]int64{"billing <redacted>": 1}, v[0].Services)
}
