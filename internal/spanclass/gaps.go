package spanclass

// Gaps: the time of a client span around its server child (network,
// queueing, connection setup), judged against its own baselines and blamed
// on the callee, or on the caller when its other outbound gaps are slow too.

import (
	"strings"
	"sync"
)

// judgeGap judges a client/server gap against the finest warm of three
// baselines: the (caller, operation, callee) edge, the callee's inbound
// gaps, and all gaps. A gap is mostly a property of the link rather than of
// the operation, so a rarely used edge borrows its callee's or the global
// distribution instead of waiting for its own warm-up. The gap is then
// learned by all three, with OutlierWeight when slow, so that a fault that
// starts while an edge is still warming up does not become its baseline.
// so is strHash(caller)^strHash(op)*31 and dh strHash(callee) (keyHash):
// the span's own key hashed them already.
func (c *Classifier) judgeGap(caller, op, callee string, so, dh uint64, ms float64) (excess, base float64, known, slow bool) {
	const kind = 0x80 | bkGap
	keys := [3]bkey{
		{service: caller, operation: op, dependency: callee, kind: kind},
		{dependency: callee, kind: kind},
		{kind: kind},
	}
	hashes := [len(keys)]uint64{keyHash(so, dh, kind), keyHash(emptySO, dh, kind), keyHash(emptySO, emptyHash, kind)}
	// Every key is assessed (until one is known) before any learns, all
	// with the weight the first known one gives. When that is the first
	// key (a warm baseline: the usual case) it learns under the lock it
	// was assessed under, and each key's shard is found once: the
	// baselines see the same adds in the same order and each shard the
	// same lookups, less a repeated one of the key it just looked up.
	first := len(keys) // the first known key
	w := 1.0
	for i := range keys {
		h := hashes[i]
		sh := c.st.shardAt(h)
		sh.mu.Lock()
		b := c.baseline(sh, &keys[i], h)
		excess, base, known, slow = c.assess(b, ms)
		if known {
			if slow {
				w = c.cfg.OutlierWeight
			}
			first = i
			if i == 0 {
				b.add(ms, w, c.cfg.DecayCount)
			}
		}
		sh.mu.Unlock()
		if known {
			break
		}
	}
	for i := range keys {
		if i == 0 && first == 0 {
			continue // learned above
		}
		h := hashes[i]
		sh := c.st.shardAt(h)
		sh.mu.Lock()
		c.baseline(sh, &keys[i], h).add(ms, w, c.cfg.DecayCount)
		sh.mu.Unlock()
	}
	return excess, base, known, slow
}

// endpoints keeps decayed counts of client/server gaps per service, as
// caller (outbound) and as callee (inbound), and per (caller, callee) edge,
// with how many were slow.
type endpoints struct {
	mu    sync.Mutex
	m     map[string]*endpoint
	edges map[edgeKey]*edge
}

type endpoint struct {
	inN, inSlow, outN, outSlow float64
}

type edgeKey struct{ caller, callee string }

type edge struct{ n, slow float64 }

func (c *Classifier) endpoint(svc string) *endpoint {
	e := c.eps.m[svc]
	if e == nil {
		if len(c.eps.m) >= c.cfg.MaxBaselines {
			clear(c.eps.m)
			clear(c.eps.edges)
			c.epReset.Add(1)
		}
		e = &endpoint{}
		c.eps.m[strings.Clone(svc)] = e
	}
	return e
}

func (c *Classifier) edge(caller, callee string) *edge {
	k := edgeKey{caller, callee}
	e := c.eps.edges[k]
	if e == nil {
		if len(c.eps.edges) >= c.cfg.MaxBaselines {
			clear(c.eps.edges)
			c.epReset.Add(1)
		}
		e = &edge{}
		c.eps.edges[edgeKey{strings.Clone(caller), strings.Clone(callee)}] = e
	}
	return e
}

// callerBlameRate is the slow-gap rate on a caller's other edges from which
// a slow gap is attributed to the caller.
const callerBlameRate = 0.05

func halve(n, slow *float64, limit float64) {
	if *n > limit {
		*n, *slow = *n/2, *slow/2
	}
}

// gapEndpoints updates the gap statistics with the batch's judged gaps and
// decides, for each slow gap, which endpoint it is attributed to. A delayed
// or overloaded callee slows its inbound calls from other callers too; a
// starved or delayed caller slows its outbound calls to other callees too.
// So the slow-gap rate of the caller's other outbound edges (excluding the
// edge itself, which both share) is compared with that of the callee's
// other inbound edges. The callee is the default (a callee with a single
// caller has no other evidence); the caller is blamed only when its other
// edges are clearly slow: at least callerBlameRate (5x the ~1% tail a
// baseline flags by design) and more than twice the callee's rate.
func (c *Classifier) gapEndpoints(batch []Span, s *scratch) {
	found := false
	for i := range batch {
		if s.flags[i]&fGapKnown != 0 {
			found = true
			break
		}
	}
	if !found {
		return
	}
	decay := c.cfg.DecayCount
	c.eps.mu.Lock()
	defer c.eps.mu.Unlock()
	for i := range batch {
		f := s.flags[i]
		if f&fGapKnown == 0 {
			continue
		}
		slow := 0.0
		if f&(fGapSlow|fGapJoinedSlow) != 0 {
			slow = 1
		}
		caller, callee := s.gapCaller[i], s.gapCallee[i]
		out, in, e := c.endpoint(caller), c.endpoint(callee), c.edge(caller, callee)
		out.outN++
		out.outSlow += slow
		in.inN++
		in.inSlow += slow
		e.n++
		e.slow += slow
		halve(&out.outN, &out.outSlow, decay)
		halve(&in.inN, &in.inSlow, decay)
		halve(&e.n, &e.slow, decay)
	}
	for i := range batch {
		if s.flags[i]&(fGapSlow|fGapJoinedSlow) == 0 {
			continue
		}
		caller, callee := s.gapCaller[i], s.gapCallee[i]
		out, in, e := c.eps.m[caller], c.eps.m[callee], c.eps.edges[edgeKey{caller, callee}]
		if out == nil || in == nil || e == nil {
			continue // reset by the bound within this batch
		}
		callerOther := max(0, out.outSlow-e.slow) / (max(0, out.outN-e.n) + 1)
		calleeOther := max(0, in.inSlow-e.slow) / (max(0, in.inN-e.n) + 1)
		if callerOther >= callerBlameRate && callerOther > 2*calleeOther {
			s.flags[i] |= fBlameCaller
		}
	}
}
