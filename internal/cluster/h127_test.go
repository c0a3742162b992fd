package cluster

import (
	"bytes"
	"compress/gzip"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// plainSnapshot is s's snapshot decompressed.
func plainSnapshot(t *testing.T, s *Store) string {
	t.Helper()
	data, err := s.Snapshot()
	require.NoError(t, err)
	zr, err := gzip.NewReader(bytes.NewReader(data[len(snapshotMagic)+1:]))
	require.NoError(t, err)
	raw, err := io.ReadAll(zr)
	require.NoError(t, err)
	return string(raw)
}

// h122's note (closed by h127): the store kept the top-K counters' keys
// (service, operation, dependency, journey, release, environment,
// severity, owner), an item's kind and the releases it remembers per
// service as received up to MaxKey bytes, redacting them only in the
// outputs, so whoever wrote a secret into a service name or an owner had
// it written to the stored snapshot. They are kept redacted now; a key
// a record writes with two different secrets counts as one key, and a
// key without any is kept as received.
func TestStoredCounterKeysAreRedacted(t *testing.T) {
	secret := regexp.MustCompile(`ghp_[A-Za-z0-9]{36}`)
	red := func(v string) string { return secret.ReplaceAllString(v, "<redacted>") }
	tokens := []string{"ghp_" + strings.Repeat("a1B2", 9), "ghp_" + strings.Repeat("Z9y8", 9)}
	secretEvent := func(fp, token string, tm int64) *Event {
		e := ev(fp, tm)
		e.Kind = "error " + token
		e.Service, e.Operation, e.Dependency = "billing "+token, "POST "+token, "db "+token
		e.Journey, e.Release, e.Environment = "pay "+token, "v1-"+token, "prod "+token
		e.Severity, e.Owner = "ERROR "+token, "team "+token
		return e
	}
	s := New(Config{Redact: red})
	for i, tok := range tokens {
		s.Add(secretEvent("a", tok, t0+int64(i)))
	}
	s.Add(ev("b", t0)) // no secret: kept as received
	plain := plainSnapshot(t, s)
	require.Contains(t, plain, `"fp":"a"`)
	for _, tok := range tokens {
		assert.NotContains(t, plain, tok, "the stored snapshot holds a secret")
	}
	for _, v := range s.Views(t0+10, nil) {
		if v.Fingerprint == "b" {
			assert.Equal(t, map[string]int64{"checkout": 1}, v.Services)
			assert.Equal(t, map[string]int64{"POST /pay": 1}, v.Operations)
			continue
		}
		assert.Equal(t, "error <redacted>", v.Kind)
		for want, m := range map[string]map[string]int64{
			"billing <redacted>": v.Services, "POST <redacted>": v.Operations, "db <redacted>": v.Dependencies,
			"pay <redacted>": v.Journeys, "v1-<redacted>": v.Releases, "prod <redacted>": v.Environments,
			"ERROR <redacted>": v.Severity, "team <redacted>": v.Owners,
		} {
			assert.Equal(t, map[string]int64{want: 2}, m, "two secrets, one key")
		}
	}
	assert.Equal(t, map[string][]string{"billing <redacted>": {"v1-<redacted>"}}, s.Releases())
}

// A snapshot written before h127 holds the keys as received: the restore
// keeps them redacted, a key stored with two secrets as one, and a record
// bringing the key again (with a secret or without) counts under it.
func TestRestoredRawCounterKeysAreRedactedAndMerged(t *testing.T) {
	secret := regexp.MustCompile(`ghp_[A-Za-z0-9]{36}`)
	red := func(v string) string { return secret.ReplaceAllString(v, "<redacted>") }
	tokens := []string{"ghp_" + strings.Repeat("a1B2", 9), "ghp_" + strings.Repeat("Z9y8", 9)}
	old := New(Config{}) // an older version: keys as received
	for i, tok := range tokens {
		e := ev("a", t0+int64(i))
		e.Service, e.Owner, e.Release = "billing "+tok, "team "+tok, "v1-"+tok
		old.Add(e)
	}
	e := ev("a", t0+2)
	e.Owner, e.Release = "team-pay", "v2"
	old.Add(e)
	plain := plainSnapshot(t, old)
	require.Contains(t, plain, tokens[0], "the older snapshot holds the keys as received")
	data, err := old.Snapshot()
	require.NoError(t, err)

	s := New(Config{Redact: red})
	require.NoError(t, s.Restore(data))
	plain = plainSnapshot(t, s)
	for _, tok := range tokens {
		assert.NotContains(t, plain, tok, "the restored store's snapshot holds a secret")
	}
	e = ev("a", t0+3)
	e.Service, e.Owner = "billing "+tokens[0], "team-pay"
	s.Add(e)
	v := s.Views(t0+10, nil)
	require.Len(t, v, 1)
	assert.Equal(t, map[string]int64{"billing <redacted>": 3, "checkout": 1}, v[0].Services)
	assert.Equal(t, map[string]int64{"team <redacted>": 2, "team-pay": 2}, v[0].Owners)
	assert.Equal(t, map[string]int64{"v1-<redacted>": 2, "v2": 1}, v[0].Releases)
	assert.Equal(t, map[string][]string{"billing <redacted>": {"v1-<redacted>"}, "checkout": {"v2"}}, s.Releases())
}
