// Late records: a trace is judged once.

package absence

import "math"

// maxJudged is how many judged traces are remembered (about 50 bytes
// each): a record of one of them is late. At 2,000 traces judged a
// second it covers half a minute; a record later than that starts a
// trace of its own, as before.
const maxJudged = 1 << 16

// judgedSet remembers the ids of the last maxJudged traces judged, each
// with whether silent calls of it are held.
type judgedSet struct {
	ids  map[[16]byte]bool
	ring [][16]byte // in judgement order; next is overwritten next
	next int
}

// has reports whether trace id was judged lately, and whether silent
// calls of it were held then.
func (j *judgedSet) has(id [16]byte) (judged, held bool) {
	held, judged = j.ids[id]
	return judged, held
}

// hold notes that a silent call of judged trace id is held.
func (j *judgedSet) hold(id [16]byte) {
	if _, ok := j.ids[id]; ok {
		j.ids[id] = true
	}
}

func (j *judgedSet) add(id [16]byte) {
	if j.ids == nil {
		j.ids = make(map[[16]byte]bool)
	}
	if _, ok := j.ids[id]; ok {
		return
	}
	if len(j.ring) < maxJudged {
		j.ring = append(j.ring, id)
	} else {
		delete(j.ids, j.ring[j.next])
		j.ring[j.next] = id
		j.next = (j.next + 1) % maxJudged
	}
	j.ids[id] = false
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
