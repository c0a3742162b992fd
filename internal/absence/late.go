// Late records: a trace is judged once.

package absence

import (
	"encoding/binary"
	"math"
)

// judgedSlots is the size of the judged-trace table (8 bytes a slot,
// 1 MiB): a trace judged is remembered until a later one takes its slot,
// so 90 % of the traces judged are still remembered 13,800 traces later,
// half of them 90,000 later. A record later than that starts a trace of
// its own, as before.
const (
	judgedBits  = 17
	judgedSlots = 1 << judgedBits
)

// judgedSet remembers the traces judged lately, each with whether silent
// calls of it are held: a direct-mapped table of their ids, each kept as
// 62 bits (its halves xored) with the held mark in the lowest bit. A
// look-up is one read, nothing is deleted and nothing allocated after the
// first use; a trace is taken for the one in its slot once in 4·10^18.
type judgedSet struct {
	slots []uint64 // 0: empty
}

// judgedKey is id's key: its halves xored, lowest bit clear, never 0.
func judgedKey(id [16]byte) uint64 {
	return (binary.LittleEndian.Uint64(id[:8])^binary.LittleEndian.Uint64(id[8:]))&^1 | 2
}

// slot is k's slot: the top bits of k times the golden ratio (Fibonacci
// hashing), so ids that differ in any bits (sequential or time-prefixed
// ids are not random) spread over the table.
func (j *judgedSet) slot(k uint64) *uint64 {
	return &j.slots[(k*0x9e3779b97f4a7c15)>>(64-judgedBits)]
}

// judge remembers trace id, judged now, and reports whether it was judged
// before (late: these are late records of it) and whether silent calls of
// it are held. A trace judged now takes the slot of whichever trace had
// it. One read and at most one write of one slot.
func (j *judgedSet) judge(id [16]byte) (late, held bool) {
	if j.slots == nil {
		j.slots = make([]uint64, judgedSlots)
	}
	k := judgedKey(id)
	p := j.slot(k)
	if v := *p; v&^1 == k {
		return true, v == k|1
	}
	*p = k
	return false, false
}

// mark notes whether silent calls of judged trace id are held.
func (j *judgedSet) mark(id [16]byte, held bool) {
	if j.slots == nil {
		return
	}
	k := judgedKey(id)
	if p := j.slot(k); *p&^1 == k {
		*p = k
		if held {
			*p |= 1
		}
	}
}

// withdraw takes back the silent calls held against trace id, which was
// judged before all its records had come (late records of it settled):
// what looked like a missing line may be in the records that came late.
// Each withdrawn call leaves Held, and MissRate loses exactly what that
// miss added, decayed by the calls folded in since (the rate is a sum of
// such terms). Reported calls are not taken back; held calls are few and
// traces with held calls rare, so the walk over all expectations is
// cheap where it happens (only for a trace judgedSet marked).
func (d *Detector) withdraw(id [16]byte) {
	for _, op := range d.ops {
		for _, x := range op.Tmpls {
			if len(x.held) == 0 {
				continue
			}
			kept := x.held[:0]
			for _, c := range x.held {
				if c.trace != id {
					kept = append(kept, c)
					continue
				}
				x.Held--
				x.MissRate = max(0, x.MissRate-missAlpha*math.Pow(1-missAlpha, float64(x.seq-c.seq)))
				d.stats.LateWithdrawn++
			}
			clear(x.held[len(kept):])
			x.held = kept
		}
	}
}
