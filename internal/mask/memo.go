package mask // import "github.com/otelcol-backlog/otelcol-backlog/internal/mask"

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
	"unsafe"
)

// memo remembers the masked form of messages seen before: masking is a
// pure function of the message, and programs log many bodies verbatim
// again ("Connection closed", a health check, a retry). Measured: in one
// pass over the mixed ../shared Loghub stream (16,000 lines), 48% of the
// bodies are exact repeats of an earlier one; a hit costs a hash and a
// compare instead of the scan (BenchmarkConsumeLogs, BenchmarkMaskLoghub).
//
// Only what the one-pass scan masked without finding a credential is
// remembered, so the memo never holds a body the masker considered to
// carry a secret; bodies cut by the scan limit and maskers with user rules
// take the uncached path.
//
// Hand-written rather than a map of strings, for the bodies that do not
// repeat: with a map, each one cost an allocation (+1 alloc/record and
// +160 B/record in BenchmarkConsumeLogsDistinct), a map insert, and a heap
// object for the collector to mark. Here a body and its masked form are
// copied into a ring of bytes (no pointers, no allocation once grown),
// indexed by a 4-way set-associative table of slots; the oldest entries
// are overwritten as the ring wraps. Memory is bounded: the ring and the
// table start small and double (keeping what they hold) when the ring is
// full or the table half full, up to memoMaxRing bytes of ring, 5 MiB
// with the table.
type memo struct {
	mu    sync.Mutex
	seed  maphash.Seed
	slots []memoSlot // len(ring) / memoBytesPerSlot, a power of two
	ring  []byte
	pos   uint64 // bytes written to the ring since it was made
	// entries indexed since the ring was made (kept ones included)
	indexed int
	// table is slots, published for prefetch (read without mu: a hint
	// into the current or a replaced table is harmless)
	table atomic.Pointer[[]memoSlot]
}

// memoSlot locates one remembered message: its bytes, then its masked
// form's, start at ring offset (at-1) % len(ring). It is 16 bytes, so a
// set of memoWays slots is one 64-byte cache line (the table is a large
// allocation, page-aligned): a lookup in a table that is not in the
// processor's caches misses once, not twice as a set of 24-byte slots
// (96 bytes) did half of the time. hash is the low 32 bits of the
// message's hash: they hold the set's index at every table size
// (memoMaxRing/memoBytesPerSlot slots at most), which grow re-indexes by,
// and the rest of them tell apart most messages of one set before their
// bytes are compared.
type memoSlot struct {
	at                uint64 // 1 + the ring position written at; 0: empty
	hash              uint32
	msgLen, maskedLen uint16
}

const (
	memoMinRing = 64 << 10
	memoMaxRing = 4 << 20
	// a Loghub body and its masked form take ~120 bytes: a table of
	// len(ring)/64 slots is about half full when the ring is (at most 5%
	// of the entries are pushed out of a full set then: TestMemoGrowKeeps)
	memoBytesPerSlot = 64
	memoWays         = 4
	// memoMaxMessage is the longest message remembered: long bodies repeat
	// less and would push many short ones out of the ring. Its masked form
	// is at most 3 times as long ("1 2" -> "<*> <*>"), so an entry always
	// fits in memoMinRing.
	memoMaxMessage = 2 << 10
)

// The slot's narrow fields hold what they must (a constant that does not
// fit its type does not compile): every set index of the largest table in
// 32 bits, and an entry's lengths in 16 (put takes none longer than
// memoMinRing/2 bytes in all).
const (
	_ = uint32(memoMaxRing/memoBytesPerSlot - 1)
	_ = uint16(memoMinRing / 2)
)

// The ring's length is a power of two (memoMinRing, doubled up to
// memoMaxRing), so an offset in it is a mask, not a division (a DIVQ per
// lookup and per store; BenchmarkMaskWorkload): an index out of range
// here does not compile.
var _ = [1]int{}[memoMinRing&(memoMinRing-1)|memoMaxRing&(memoMaxRing-1)|(memoMaxRing/memoMinRing)&(memoMaxRing/memoMinRing-1)]

func newMemo() *memo { return &memo{seed: maphash.MakeSeed()} }

// valid reports whether the entry of slot s is still in the ring: the
// writer has not come round to it.
func (c *memo) valid(s *memoSlot) bool {
	return s.at != 0 && c.pos <= s.at-1+uint64(len(c.ring))
}

// get appends the masked form of msg to dst when msg is remembered. h is
// msg's hash, for put.
func (c *memo) get(dst []byte, msg string) (_ []byte, h uint64, ok bool) {
	h = maphash.String(c.seed, msg)
	c.mu.Lock()
	if len(c.slots) > 0 {
		set := c.slots[h&uint64(len(c.slots)-1)&^(memoWays-1):][:memoWays]
		for k := range set {
			s := &set[k]
			if s.hash != uint32(h) || int(s.msgLen) != len(msg) || !c.valid(s) {
				continue
			}
			off := (s.at - 1) & uint64(len(c.ring)-1) // (a power of two)
			end := off + uint64(s.msgLen)
			if string(c.ring[off:end]) == msg {
				dst = append(dst, c.ring[end:end+uint64(s.maskedLen)]...)
				ok = true
				break
			}
		}
	}
	c.mu.Unlock()
	return dst, h, ok
}

// prefetch starts loading the set get will read for msg into the
// processor's caches, without waiting for it: a caller that knows its next
// message (the processor, one log record ahead) hides the set's cache miss
// behind the work on the current one. It reads nothing and changes
// nothing.
func (c *memo) prefetch(msg string) {
	t := c.table.Load()
	if t == nil {
		return
	}
	slots := *t
	h := maphash.String(c.seed, msg)
	prefetch(uintptr(unsafe.Pointer(&slots[h&uint64(len(slots)-1)&^(memoWays-1)])))
}

// put remembers msg (of hash h) -> masked.
func (c *memo) put(h uint64, msg string, masked []byte) {
	n := uint64(len(msg) + len(masked))
	if n > memoMinRing/2 {
		return // (cannot happen with memoMaxMessage; a guard for the ring)
	}
	c.mu.Lock()
	var off uint64
	if len(c.ring) < memoMaxRing {
		// grow when the ring is full, or the table half full (its sets
		// start to overflow); until then it never wraps
		if c.pos+n > uint64(len(c.ring)) || c.indexed >= len(c.slots)/2 {
			c.grow()
		}
		off = c.pos
	} else if off = c.pos & uint64(len(c.ring)-1); off+n > uint64(len(c.ring)) {
		// wrap: an entry never straddles the end
		c.pos += uint64(len(c.ring)) - off
		off = 0
	}
	copy(c.ring[off+uint64(copy(c.ring[off:], msg)):], masked)
	c.index(h, len(msg), len(masked))
	c.mu.Unlock()
}

// index points the slot of hash h's set at the entry just written at
// c.pos, and moves c.pos past it.
func (c *memo) index(h uint64, msgLen, maskedLen int) {
	// the slot of the set: an empty or overwritten one, else the oldest
	set := c.slots[h&uint64(len(c.slots)-1)&^(memoWays-1):][:memoWays]
	victim := &set[0]
	for k := range set {
		s := &set[k]
		if !c.valid(s) {
			victim = s
			break
		}
		if s.at < victim.at {
			victim = s
		}
	}
	*victim = memoSlot{hash: uint32(h), at: c.pos + 1, msgLen: uint16(msgLen), maskedLen: uint16(maskedLen)}
	c.pos += uint64(msgLen + maskedLen)
	c.indexed++
}

// grow doubles the ring and the table (or makes them), keeping the
// entries. The ring never wraps while it can still grow (put wraps only at
// memoMaxRing), so every entry sits at its own offset below c.pos: the
// bytes are copied as they are and each slot keeps its position. A set of
// the doubled table takes its slots from one set of the old one (its index
// has one more bit of the hash), so re-indexing pushes nothing out.
func (c *memo) grow() {
	oldSlots := c.slots
	size := max(2*len(c.ring), memoMinRing)
	ring := make([]byte, size)
	copy(ring, c.ring[:c.pos])
	c.ring = ring
	c.slots = make([]memoSlot, size/memoBytesPerSlot)
	slots := c.slots
	c.table.Store(&slots)
	c.indexed = 0
	for _, s := range oldSlots {
		if s.at == 0 {
			continue
		}
		set := c.slots[uint64(s.hash)&uint64(len(c.slots)-1)&^(memoWays-1):][:memoWays]
		for k := range set {
			if set[k].at == 0 {
				set[k] = s
				c.indexed++
				break
			}
		}
	}
}
