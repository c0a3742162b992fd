package fingerprint

import (
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/cespare/xxhash/v2"
)

// Version is the version of the canonical encoding and hash. It is written
// as the first bytes of the canonical encoding ("v2"). Version 2 hashes
// [IDForm] of the masked message of a log record where version 1 hashed
// [IDTemplate] of its mined template.
const Version = 2

const (
	sep    = 0x00
	escape = 0x01
)

var (
	versionPrefix = "v" + strconv.Itoa(Version)
	sepBytes      = []byte{sep}
)

// Key holds the normalized inputs of a fingerprint.
type Key struct {
	// Kind is the fingerprint kind (log, error, latency, retry).
	Kind string
	// Service is the service name.
	Service string
	// ErrorType is the normalized error type, empty when unknown.
	ErrorType string
	// Template is the mined log template or span template.
	Template string
	// Operation is the normalized operation (spans only).
	Operation string
	// Dependency is the downstream dependency (client spans only).
	Dependency string
	// Frames are the normalized top stack frames, outermost call last.
	Frames []string
}

// Sum64 returns the xxhash64 of the canonical bytes of k. It does not
// allocate.
func Sum64(k Key) uint64 {
	var d xxhash.Digest
	d.Reset()
	_, _ = d.WriteString(versionPrefix)
	writeField(&d, k.Kind)
	writeField(&d, k.Service)
	writeField(&d, k.ErrorType)
	writeField(&d, k.Template)
	writeField(&d, k.Operation)
	writeField(&d, k.Dependency)
	for _, f := range k.Frames {
		writeField(&d, f)
	}
	return d.Sum64()
}

func writeField(d *xxhash.Digest, s string) {
	_, _ = d.Write(sepBytes)
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > escape {
			continue
		}
		_, _ = d.WriteString(s[start:i])
		if c == sep {
			_, _ = d.WriteString("\x01\x30")
		} else {
			_, _ = d.WriteString("\x01\x31")
		}
		start = i + 1
	}
	_, _ = d.WriteString(s[start:])
}

// AppendCanonical appends the canonical bytes of k to dst. It exists for
// documentation and tests; [Sum64] hashes the same bytes without building
// them.
func AppendCanonical(dst []byte, k Key) []byte {
	dst = append(dst, versionPrefix...)
	dst = appendField(dst, k.Kind)
	dst = appendField(dst, k.Service)
	dst = appendField(dst, k.ErrorType)
	dst = appendField(dst, k.Template)
	dst = appendField(dst, k.Operation)
	dst = appendField(dst, k.Dependency)
	for _, f := range k.Frames {
		dst = appendField(dst, f)
	}
	return dst
}

func appendField(dst []byte, s string) []byte {
	dst = append(dst, sep)
	if !needsEscape(s) {
		return append(dst, s...)
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case sep:
			dst = append(dst, escape, '0')
		case escape:
			dst = append(dst, escape, '1')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

func needsEscape(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= escape {
			return true
		}
	}
	return false
}

const hexDigits = "0123456789abcdef"

// AppendHex appends h as 16 lowercase hex digits to dst.
func AppendHex(dst []byte, h uint64) []byte {
	for shift := 60; shift >= 0; shift -= 4 {
		dst = append(dst, hexDigits[(h>>uint(shift))&0xf])
	}
	return dst
}

// FormatID returns h as 16 lowercase hex digits.
func FormatID(h uint64) string {
	var b [16]byte
	return string(AppendHex(b[:0], h))
}

// ParseID parses a 16-digit lowercase hex id back into its hash.
func ParseID(id string) (uint64, bool) {
	if len(id) != 16 || strings.ToLower(id) != id {
		return 0, false
	}
	h, err := strconv.ParseUint(id, 16, 64)
	return h, err == nil
}

// ID returns the fingerprint id of k: 16 lowercase hex digits. It allocates
// the returned string; use [AppendID] or a [Cache] on hot paths.
func ID(k Key) string { return FormatID(Sum64(k)) }

// AppendID appends the fingerprint id of k to dst without other allocation.
func AppendID(dst []byte, k Key) []byte { return AppendHex(dst, Sum64(k)) }

// DefaultCacheSize is the default number of slots of a [Cache].
const DefaultCacheSize = 16384

// Cache interns id strings so that deriving the id of an already seen key
// does not allocate. It is direct-mapped on the hash (a slot holds the last
// id that mapped to it), bounded by its size, lock-free and safe for
// concurrent use.
type Cache struct {
	mask      uint64
	slots     []atomic.Pointer[entry]
	misses    atomic.Uint64
	evictions atomic.Uint64
}

type entry struct {
	h  uint64
	id string
}

// NewCache returns a cache with size slots, rounded up to a power of two;
// size <= 0 means [DefaultCacheSize].
func NewCache(size int) *Cache {
	if size <= 0 {
		size = DefaultCacheSize
	}
	n := 1
	for n < size {
		n <<= 1
	}
	return &Cache{mask: uint64(n - 1), slots: make([]atomic.Pointer[entry], n)}
}

// ID returns the interned fingerprint id of k.
func (c *Cache) ID(k Key) string { return c.Lookup(Sum64(k)) }

// Lookup returns the interned id string of hash h.
func (c *Cache) Lookup(h uint64) string {
	slot := &c.slots[(h^h>>32)&c.mask]
	if e := slot.Load(); e != nil && e.h == h {
		return e.id
	} else if e != nil {
		c.evictions.Add(1)
	}
	c.misses.Add(1)
	e := &entry{h: h, id: FormatID(h)}
	slot.Store(e)
	return e.id
}

// CacheStats are the counters of a [Cache].
type CacheStats struct {
	// Misses counts lookups that formatted a new string.
	Misses uint64
	// Evictions counts misses that replaced another id in its slot.
	Evictions uint64
}

// Stats returns the cache counters.
func (c *Cache) Stats() CacheStats {
	return CacheStats{Misses: c.misses.Load(), Evictions: c.evictions.Load()}
}
