// Package dedup remembers the identities of recently added records, so
// that a record delivered twice is counted once.
//
// Collector pipelines deliver at least once: an exporter retries what was
// not acknowledged, and a persistent queue sends again, after a crash, what
// it had sent but not yet marked done. Each redelivered record is a copy of
// one already counted. A Set holds the 64-bit hashes of the identities it
// saw in a fixed table of 4-way buckets (one cache line each): an identity
// is forgotten when four newer ones landed in its bucket, so a copy
// arriving within Size/4 records of its original is recognised with
// probability ~98 %, within Size/2 ~86 %. The window is counted in
// records, not time, so neither a record's timestamp nor any single record
// moves it, and memory is fixed (8 bytes per slot, allocated once). Two
// different identities share a hash with probability about n/2^64; a hash
// of 0 is never stored.
package dedup // import "github.com/otelcol-backlog/otelcol-backlog/internal/dedup"

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
)

const (
	ways   = 4
	shards = 16
)

// Set is safe for concurrent use.
type Set struct {
	seed       maphash.Seed
	slots      []uint64 // buckets of ways slots
	next       []uint8  // per bucket: the slot the next insert replaces
	mask       uint64   // buckets - 1
	locks      [shards]sync.Mutex
	duplicates atomic.Int64
}

// New returns a Set of at least size slots, rounded up to a power of two
// (0: a Set that remembers nothing and reports every record as new).
func New(size int) *Set {
	s := &Set{seed: maphash.MakeSeed()}
	if size <= 0 {
		return s
	}
	buckets := shards
	for buckets*ways < size {
		buckets *= 2
	}
	s.slots = make([]uint64, buckets*ways)
	s.next = make([]uint8, buckets)
	s.mask = uint64(buckets - 1)
	return s
}

// Seed is the seed identities are hashed with (maphash.Hash.SetSeed), so
// that hashes cannot be chosen from outside the process.
func (s *Set) Seed() maphash.Seed { return s.seed }

// Seen records id and reports whether it was seen before (within the
// window).
func (s *Set) Seen(id uint64) bool {
	if len(s.slots) == 0 {
		return false
	}
	if id == 0 {
		id = 1 // 0 marks an empty slot
	}
	b := (id * 0x9e3779b97f4a7c15 >> 32) & s.mask // any id spread evenly
	mu := &s.locks[b%shards]
	mu.Lock()
	defer mu.Unlock()
	bucket := s.slots[b*ways : b*ways+ways]
	for _, v := range bucket {
		if v == id {
			s.duplicates.Add(1)
			return true
		}
	}
	bucket[s.next[b]] = id
	s.next[b] = (s.next[b] + 1) % ways
	return false
}

// Duplicates returns how many records Seen reported as seen before.
func (s *Set) Duplicates() int64 { return s.duplicates.Load() }
