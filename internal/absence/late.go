// Late records: a trace is judged once.

package absence

import (
	"encoding/binary"
	"math"
)

// maxJudged bounds the judged traces remembered (about 20 bytes each): a
// record of one of them is late. The last maxJudged/2 judged are always
// remembered: at 2,000 traces judged a second, a quarter of a minute; a
// record later than that starts a trace of its own, as before.
const maxJudged = 1 << 16

// judgedSet remembers the ids of the traces judged lately, each with
// whether silent calls of it are held, in two generations: when the
// current one is full (maxJudged/2), the previous one is cleared and
// becomes the current one, so no id is deleted one by one and the maps
// keep their memory. An id is kept as 64 bits (its halves xored; W3C trace
// ids are random): two of 65,536 traces share a key once in 10^14 times.
type judgedSet struct {
	cur, prev map[uint64]bool
}

func judgedKey(id [16]byte) uint64 {
	return binary.LittleEndian.Uint64(id[:8]) ^ binary.LittleEndian.Uint64(id[8:])
}

// lookup returns the generation that holds k (nil: none).
func (j *judgedSet) lookup(k uint64) map[uint64]bool {
	if _, ok := j.cur[k]; ok {
		return j.cur
	}
	if _, ok := j.prev[k]; ok {
		return j.prev
	}
	return nil
}

// has reports whether trace id was judged lately, and whether silent
// calls of it are held.
func (j *judgedSet) has(id [16]byte) (judged, held bool) {
	k := judgedKey(id)
	if g := j.lookup(k); g != nil {
		return true, g[k]
	}
	return false, false
}

// mark notes whether silent calls of judged trace id are held.
func (j *judgedSet) mark(id [16]byte, held bool) {
	k := judgedKey(id)
	if g := j.lookup(k); g != nil {
		g[k] = held
	}
}

// add remembers trace id, judged now. It is not remembered yet: a trace
// is pending once, and one that was judged comes back late (traceOf).
func (j *judgedSet) add(id [16]byte) {
	k := judgedKey(id)
	if j.cur == nil {
		j.cur, j.prev = map[uint64]bool{}, map[uint64]bool{}
	}
	if len(j.cur) >= maxJudged/2 {
		clear(j.prev)
		j.cur, j.prev = j.prev, j.cur
	}
	j.cur[k] = false
}

// withdraw takes back the silent calls held against trace id, which was
// judged before all its records had come (a record of it arrived since):
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
