// Package dedup remembers the identities of recently added records and the
// delivery each came in, so that a record delivered again is counted once
// while equal records of one delivery are all counted.
//
// Collector pipelines deliver at least once: an exporter retries what was
// not acknowledged, and a persistent queue sends again, after a crash, what
// it had sent but not yet marked done. A redelivery is a later delivery
// (another request, another Consume call) of a record already counted. Equal
// records inside one delivery are what the source wrote (a logger writing
// the same line three times in the same nanosecond) and are counted as
// written. So each identity is stored with the number of the delivery it
// came in (Set.Delivery), and a match is a redelivery only when it came in
// another delivery.
//
// A Set holds, per identity, a 40-bit tag of its 64-bit hash and the low 24
// bits of its delivery number in one 8-byte slot, in a fixed table of 4-way
// buckets (one cache line each): an identity is forgotten when four newer
// ones landed in its bucket, so a copy arriving within Size/4 records of
// its original is recognised with probability ~98 %, within Size/2 ~86 %.
// The window is counted in records, not time, so neither a record's
// timestamp nor any single record moves it, and memory is fixed (allocated
// once). Two different identities are taken for one when their tags are
// equal in one bucket: at most about 4/2^40 (4e-12) per record. Delivery
// numbers are compared modulo 2^24: an identity still in the table 16.7
// million deliveries after it came in (its bucket untouched meanwhile) would
// be taken for one of the current delivery and its copy counted.
package dedup // import "github.com/otelcol-backlog/otelcol-backlog/internal/dedup"

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
)

const (
	ways   = 4
	shards = 16

	deliveryBits = 24
	deliveryMask = 1<<deliveryBits - 1
)

// Set is safe for concurrent use.
type Set struct {
	seed       maphash.Seed
	slots      []uint64 // buckets of ways slots: tag<<deliveryBits | delivery
	next       []uint8  // per bucket: the slot the next insert replaces
	mask       uint64   // buckets - 1
	locks      [shards]sync.Mutex
	deliveries atomic.Uint64
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

// Delivery returns a new delivery number: call it once per delivery (a
// request, a Consume call) and pass it to Seen with each of its records.
func (s *Set) Delivery() uint64 { return s.deliveries.Add(1) }

// Seen reports whether id came before (within the window) in a delivery
// other than delivery: a redelivered copy. An id not known is recorded with
// its delivery; an id known from the same delivery is an equal record of
// the source, reported as new and not recorded again.
func (s *Set) Seen(id, delivery uint64) bool {
	if len(s.slots) == 0 {
		return false
	}
	b := (id * 0x9e3779b97f4a7c15 >> 32) & s.mask // any id spread evenly
	tag := id >> deliveryBits << deliveryBits
	if tag == 0 {
		tag = 1 << deliveryBits // 0 marks an empty slot
	}
	mu := &s.locks[b%shards]
	mu.Lock()
	defer mu.Unlock()
	bucket := s.slots[b*ways : b*ways+ways]
	for _, v := range bucket {
		if v&^deliveryMask == tag {
			if v&deliveryMask == delivery&deliveryMask {
				return false // the source's own equal record
			}
			s.duplicates.Add(1)
			return true
		}
	}
	bucket[s.next[b]] = tag | delivery&deliveryMask
	s.next[b] = (s.next[b] + 1) % ways
	return false
}

// Duplicates returns how many records Seen reported as seen before.
func (s *Set) Duplicates() int64 { return s.duplicates.Load() }
