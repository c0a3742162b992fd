package stacktrace

import (
	"sync/atomic"

	"github.com/cespare/xxhash/v2"
)

// DefaultCacheSize is the default number of slots of a [Cache].
const DefaultCacheSize = 4096

// Cache memoizes parsed traces by the xxhash64 and length of their text, so
// that the repeated traces of one bug are parsed once. It is direct-mapped
// (a slot keeps the last trace hashed to it), bounded by its size, lock-free
// and safe for concurrent use. A hit does not allocate.
type Cache struct {
	p         *Parser
	mask      uint64
	slots     []atomic.Pointer[cached]
	misses    atomic.Uint64
	evictions atomic.Uint64
}

type cached struct {
	h, n uint64
	t    Trace
}

// NewCache returns a cache over p with size slots rounded up to a power of
// two; size <= 0 means DefaultCacheSize.
func NewCache(p *Parser, size int) *Cache {
	if size <= 0 {
		size = DefaultCacheSize
	}
	n := 1
	for n < size {
		n <<= 1
	}
	return &Cache{p: p, mask: uint64(n - 1), slots: make([]atomic.Pointer[cached], n)}
}

// Parse returns the parsed trace of s. The result is shared: callers must
// not modify it.
func (c *Cache) Parse(s string) *Trace {
	h := xxhash.Sum64String(s)
	slot := &c.slots[h&c.mask]
	if e := slot.Load(); e != nil && e.h == h && e.n == uint64(len(s)) {
		return &e.t
	} else if e != nil {
		c.evictions.Add(1)
	}
	c.misses.Add(1)
	e := &cached{h: h, n: uint64(len(s)), t: c.p.Parse(s)}
	slot.Store(e)
	return &e.t
}

// CacheStats are the counters of a [Cache].
type CacheStats struct {
	Misses, Evictions uint64
}

// Stats returns the cache counters.
func (c *Cache) Stats() CacheStats {
	return CacheStats{Misses: c.misses.Load(), Evictions: c.evictions.Load()}
}
