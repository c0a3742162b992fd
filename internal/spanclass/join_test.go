package spanclass

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestJoinerBounded: halves that never meet their other half (calls to
// uninstrumented services, a sidecar's caller) are dropped oldest first;
// a matching half is taken exactly once.
func TestJoinerBounded(t *testing.T) {
	var j joiner
	key := func(i int) spanKey {
		return spanKey{trace: [16]byte{byte(i), byte(i >> 8), byte(i >> 16), 1}, span: [8]byte{1}}
	}
	for i := range 3 * maxPendingHalves {
		j.match(key(i), halfSpan{client: true, dur: 5, service: "a", op: "POST", dep: "b"})
	}
	assert.LessOrEqual(t, len(j.m), maxPendingHalves)
	assert.Equal(t, uint64(2*maxPendingHalves), j.dropped)
	_, ok := j.match(key(0), halfSpan{dur: 3, service: "b"})
	assert.False(t, ok, "evicted: the server half is stored instead")
	last := 3*maxPendingHalves - 1
	o, ok := j.match(key(last), halfSpan{dur: 3, service: "b"})
	assert.True(t, ok)
	assert.Equal(t, "a", o.service)
	assert.Equal(t, int64(5), o.dur)
	_, ok = j.match(key(last), halfSpan{dur: 3, service: "b"})
	assert.False(t, ok, "taken once")
	_, ok = j.match(key(last-1), halfSpan{client: true, dur: 9, service: "a"})
	assert.False(t, ok, "a duplicate client half does not match a client half")
}
