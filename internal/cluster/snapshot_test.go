package cluster

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSnapshotEncodingStreamed: the snapshot, written one cluster at a
// time, is byte for byte what encoding the whole value at once gives
// (texts that JSON escapes included), with no clusters, an empty list and
// many; and a second snapshot (its buffer sized from the first) is the
// same bytes again.
func TestSnapshotEncodingStreamed(t *testing.T) {
	s := New(Config{})
	for i := 0; i < 300; i++ {
		e := span(fmt.Sprint("fp<&>\u2028\"", i%37), byte(i%5+1), byte(i%7+1), byte(i%7), t0+int64(i)*min1/10)
		e.User = fmt.Sprint("u", i%13)
		e.Release = []string{"v1", "v2"}[i/150]
		e.Body = fmt.Sprint("body <b>&", i, "\x00\xff")
		e.Template = "tpl \"<*>\" & more"
		s.Add(e)
	}
	gunzip := func(data []byte) []byte {
		zr, err := gzip.NewReader(bytes.NewReader(data[len(snapshotMagic)+1:]))
		require.NoError(t, err)
		raw, err := io.ReadAll(zr)
		require.NoError(t, err)
		return raw
	}
	data, err := s.Snapshot()
	require.NoError(t, err)
	raw := gunzip(data)
	snap, err := s.snapshotValue()
	require.NoError(t, err)
	require.Len(t, snap.Clusters, 37)
	for _, clusters := range [][]snapCluster{snap.Clusters, {}, nil, snap.Clusters[:1]} {
		v := snap
		v.Clusters = clusters
		var want, got bytes.Buffer
		require.NoError(t, json.NewEncoder(&want).Encode(&v))
		require.NoError(t, encodeSnapshot(&got, &v))
		assert.Equal(t, want.String(), got.String())
	}
	var want bytes.Buffer
	require.NoError(t, json.NewEncoder(&want).Encode(&snap))
	assert.True(t, want.String() == string(raw), "Snapshot differs from the value encoded at once")
	again, err := s.Snapshot()
	require.NoError(t, err)
	assert.Equal(t, data, again)
	empty, err := New(Config{}).Snapshot()
	require.NoError(t, err)
	assert.Contains(t, string(gunzip(empty)), `"clusters":null`)
}

// A snapshot restored into a smaller store (max_clusters lowered across a
// restart) keeps the clusters eviction would keep, the most valuable, not
// the first in the snapshot's order.
func TestRestoreIntoSmallerStoreKeepsTheValuable(t *testing.T) {
	snap := fiveClustersSnapshot(t)
	r := New(Config{Shards: 1, MaxClusters: 3})
	require.NoError(t, r.Restore(snap))
	var kept []string
	for _, v := range r.Views(t0+min1, nil) {
		kept = append(kept, v.Fingerprint)
	}
	require.Equal(t, []string{"ccc", "yyy", "zzz"}, kept)
	require.Equal(t, int64(2), r.Stats().ClustersEvicted)
}

// A protected cluster (pinned by a person, Protect before Restore) is kept
// by a restore into a smaller store whatever its value, as eviction keeps
// it, even past the limit.
func TestRestoreIntoSmallerStoreKeepsProtected(t *testing.T) {
	snap := fiveClustersSnapshot(t)
	kept := func(max int, protect ...string) []string {
		r := New(Config{Shards: 1, MaxClusters: max})
		r.Protect(protect)
		require.NoError(t, r.Restore(snap))
		var fps []string
		for _, v := range r.Views(t0+min1, nil) {
			fps = append(fps, v.Fingerprint)
		}
		return fps
	}
	require.Equal(t, []string{"bbb", "yyy", "zzz"}, kept(3, "bbb"))
	require.Equal(t, []string{"aaa", "bbb"}, kept(1, "aaa", "bbb"), "past the limit")
}

// fiveClustersSnapshot is a one-shard store's snapshot of five clusters
// of 1, 1, 2, 30 and 50 records (aaa, bbb, ccc, yyy, zzz).
func fiveClustersSnapshot(t *testing.T) []byte {
	t.Helper()
	s := New(Config{Shards: 1})
	for fp, n := range map[string]int{"aaa": 1, "bbb": 1, "ccc": 2, "yyy": 30, "zzz": 50} {
		for i := 0; i < n; i++ {
			s.Add(ev(fp, t0+int64(i)))
		}
	}
	snap, err := s.Snapshot()
	require.NoError(t, err)
	return snap
}
