package fingerprint

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/cespare/xxhash/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Golden ids: if one changes, the canonical encoding changed and Version
// must be bumped (and these values updated in the same change).
func TestGoldenIDs(t *testing.T) {
	require.Equal(t, 2, Version, "update the golden ids together with Version")
	tests := []struct {
		name string
		key  Key
		want string
	}{
		{"empty", Key{}, "ff2b78900b37ca2c"},
		{"log", Key{Kind: "log", Service: "checkout", Template: "payment <*> declined for order <*>"}, "4bbdfebed9e12fc8"},
		{"error", Key{Kind: "error", Service: "orders", ErrorType: "java.lang.IllegalStateException", Template: "POST /orders", Operation: "POST /orders", Frames: []string{"com.acme.OrderService.place", "com.acme.OrderController.create"}}, "7ae5f65b50bf8cba"},
		{"latency", Key{Kind: "latency", Service: "frontend", Template: "GET /cart", Operation: "GET /cart", Dependency: "redis"}, "7cb2d3e92a71ff45"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ID(tt.key))
		})
	}
}

func TestCanonicalEncoding(t *testing.T) {
	k := Key{Kind: "error", Service: "a\x00b", ErrorType: "\x01", Frames: []string{"f1", ""}}
	got := AppendCanonical(nil, k)
	want := []byte("v2\x00error\x00a\x01\x30b\x00\x01\x31\x00\x00\x00\x00f1\x00")
	assert.Equal(t, want, got)
	assert.Equal(t, xxhash.Sum64(got), Sum64(k), "Sum64 must hash the documented bytes")
	assert.Equal(t, fmt.Sprintf("%016x", Sum64(k)), ID(k))
}

func TestIDsDistinguishFields(t *testing.T) {
	keys := []Key{
		{},
		{Kind: "log"},
		{Service: "log"},
		{ErrorType: "log"},
		{Template: "log"},
		{Operation: "log"},
		{Dependency: "log"},
		{Frames: []string{"log"}},
		{Frames: []string{""}},
		{Frames: []string{"", ""}},
		{Service: "a", Template: "b"},
		{Service: "a\x00", Template: "b"},
		{Service: "a", Template: "\x00b"},
		{Service: "a\x01\x30"},
		{Service: "a\x00"},
		{Frames: []string{"a", "b"}},
		{Frames: []string{"b", "a"}},
		{Frames: []string{"a\x00b"}},
	}
	seen := map[string]int{}
	canon := map[string]int{}
	for i, k := range keys {
		id := ID(k)
		if j, ok := seen[id]; ok {
			t.Errorf("keys %d and %d share id %s", j, i, id)
		}
		seen[id] = i
		c := string(AppendCanonical(nil, k))
		if j, ok := canon[c]; ok {
			t.Errorf("keys %d and %d share canonical bytes %q", j, i, c)
		}
		canon[c] = i
	}
}

func TestSum64HashesCanonicalBytes(t *testing.T) {
	long := Key{Kind: "log", Service: "s", Template: strings.Repeat("a\x00b ", 200), Frames: []string{strings.Repeat("f", 300)}}
	assert.Equal(t, xxhash.Sum64(AppendCanonical(nil, long)), Sum64(long))
	short := Key{Kind: "log", Service: "s", Template: "a\x00b"}
	assert.Equal(t, xxhash.Sum64(AppendCanonical(nil, short)), Sum64(short))
}

func TestAppendIDAndParse(t *testing.T) {
	k := Key{Kind: "log", Service: "s", Template: "t"}
	b := AppendID([]byte("id="), k)
	assert.Equal(t, "id="+ID(k), string(b))
	h, ok := ParseID(ID(k))
	require.True(t, ok)
	assert.Equal(t, Sum64(k), h)
	for _, bad := range []string{"", "abc", "ABCDEF0123456789", "zz00000000000000", "00000000000000000"} {
		_, ok := ParseID(bad)
		assert.False(t, ok, bad)
	}
	assert.Equal(t, "0000000000000001", FormatID(1))
	assert.Equal(t, "ffffffffffffffff", FormatID(^uint64(0)))
}

func TestZeroAlloc(t *testing.T) {
	k := Key{Kind: "error", Service: "orders", ErrorType: "x.Y", Template: "t <*>", Frames: []string{"a.b", "c.d"}}
	buf := make([]byte, 0, 32)
	c := NewCache(64)
	c.ID(k)
	allocs := testing.AllocsPerRun(100, func() {
		buf = AppendID(buf[:0], k)
		_ = c.ID(k)
	})
	assert.Zero(t, allocs)
}

func TestCache(t *testing.T) {
	c := NewCache(3) // rounds up to 4 slots
	require.Len(t, c.slots, 4)
	k := Key{Kind: "log", Service: "s"}
	id1 := c.ID(k)
	id2 := c.ID(k)
	assert.Equal(t, ID(k), id1)
	assert.True(t, unsafeSameString(id1, id2), "second lookup must return the interned string")
	assert.Equal(t, uint64(1), c.Stats().Misses)
	// Fill beyond capacity: evictions are counted, results stay correct.
	for i := 0; i < 100; i++ {
		h := uint64(i) * 0x9e3779b97f4a7c15
		assert.Equal(t, FormatID(h), c.Lookup(h))
	}
	assert.Positive(t, c.Stats().Evictions)
	assert.Equal(t, DefaultCacheSize, len(NewCache(0).slots))
}

func TestCacheConcurrent(t *testing.T) {
	c := NewCache(8)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				h := uint64(i % 37)
				if got := c.Lookup(h); got != FormatID(h) {
					t.Errorf("Lookup(%d) = %s", h, got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func unsafeSameString(a, b string) bool {
	return a == b && stringData(a) == stringData(b)
}
