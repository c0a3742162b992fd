package spanclass

// Latency: learned baselines and fixed thresholds judge each span, and the
// excess of a slow span is explained by its descendants or siblings.

import (
	"cmp"
	"math"
)

// judgeLatency judges every span with a usable duration against its
// baseline (and the gap around its server child against the gap's), then
// adds it to them.
func (c *Classifier) judgeLatency(batch []Span, s *scratch, tl *batchTally) {
	for i := range batch {
		sp := &batch[i]
		if sp.End <= sp.Start {
			s.flags[i] |= fBadDuration
			tl.nonPos++
			continue
		}
		ms := float64(sp.End-sp.Start) / 1e6
		svc, t := c.truncate(sp.Service)
		if t {
			tl.trunc++
		}
		k := bkey{service: svc, operation: s.ops[i], dependency: s.deps[i], kind: uint8(sp.Kind)}
		// The key's strings are hashed once for the span's baselines
		// (its own, its gap's edge, its self time: keyHash).
		so, dh := strHash(svc)^s.opHash[i]*31, strHash(k.dependency)
		s.keySO[i] = so
		w := 1.0
		if s.flags[i]&fError != 0 {
			w = c.cfg.OutlierWeight // failures are often fast: keep them out
		}
		ex, base, known, slow := c.judge(&k, keyHash(so, dh, k.kind), ms, w)
		if !known {
			tl.warming++
		}
		s.excess[i], s.base[i] = ex, base
		if known {
			s.flags[i] |= fKnown
		}
		if slow {
			s.flags[i] |= fSlow
		}
		d := sp.End - sp.Start
		switch ch := s.serverChild[i]; {
		case ch >= 0:
			if cd := batch[ch].End - batch[ch].Start; cd > 0 && cd <= d {
				c.gap(s, int32(i), svc, s.ops[i], s.deps[i], batch[ch].Service, so, dh, d-cd, false)
			}
		case sp.Kind == SpanKindClient && !sp.DB && sp.SpanID != [8]byte{}:
			// The server half may be in another batch (join.go).
			h := halfSpan{client: true, dur: d, service: svc, op: s.ops[i], dep: s.deps[i]}
			if o, ok := c.join.match(spanKey{sp.TraceID, sp.SpanID}, h); ok && o.dur <= d {
				dep, gdh := s.deps[i], dh
				if dep == "" {
					dep = o.service
					gdh = strHash(dep)
				}
				c.gap(s, int32(i), svc, s.ops[i], dep, o.service, so, gdh, d-o.dur, false)
			}
		}
		if sp.Kind == SpanKindServer && s.parent[i] < 0 && sp.ParentSpanID != [8]byte{} {
			// The client half may be in another batch: this span then
			// carries the gap's verdict.
			if o, ok := c.join.match(spanKey{sp.TraceID, sp.ParentSpanID}, halfSpan{dur: d, service: svc}); ok && d <= o.dur {
				dep := cmp.Or(o.dep, svc)
				c.gap(s, int32(i), o.service, o.op, dep, svc, strHash(o.service)^strHash(o.op)*31, strHash(dep), o.dur-d, true)
			}
		}
	}
}

// gap judges the gap (ns) between a client span and its server span and
// records it on span i, the client span, or (carrier) the server span
// whose client half came in an earlier batch. so and dh are the hashes of
// caller and op, and of dep (keyHash).
func (c *Classifier) gap(s *scratch, i int32, caller, op, dep, callee string, so, dh uint64, gapNs int64, carrier bool) {
	gex, gbase, gknown, gslow := c.judgeGap(caller, op, dep, so, dh, float64(gapNs)/1e6)
	if !gknown {
		return
	}
	s.flags[i] |= fGapKnown
	s.gapCaller[i], s.gapCallee[i], s.gapOp[i] = caller, callee, op
	if gslow {
		if carrier {
			s.flags[i] |= fGapJoinedSlow
		} else {
			s.flags[i] |= fGapSlow
		}
		s.gapEx[i], s.gapBase[i] = gex, gbase
	}
}

// judge compares ms with the key's baseline, then adds it (with weight, or
// OutlierWeight when slow); h is hashOf(k).
func (c *Classifier) judge(k *bkey, h uint64, ms, weight float64) (excess, base float64, known, slow bool) {
	sh := c.st.shardAt(h)
	sh.mu.Lock()
	b := c.baseline(sh, k, h)
	excess, base, known, slow = c.assess(b, ms)
	if slow {
		weight = c.cfg.OutlierWeight
	}
	b.add(ms, weight, c.cfg.DecayCount)
	sh.mu.Unlock()
	return excess, base, known, slow
}

// baseline returns k's baseline (h: hashOf(k)); the shard's lock must be held.
func (c *Classifier) baseline(sh *shard, k *bkey, h uint64) *baseline {
	b, created := sh.get(c.st, k, h)
	if created {
		b.threshold = c.resolve(k)
	}
	return b
}

// assess compares ms with a baseline: a configured budget, else (once warm)
// max(P99Factor*p99, p50 + SpreadFactor*(p99-p50), p50 + MinExcess).
func (c *Classifier) assess(b *baseline, ms float64) (excess, base float64, known, slow bool) {
	switch {
	case b.threshold >= 0:
		base = c.thrMs[b.threshold]
		excess, known, slow = ms-base, true, ms > base
	case b.count() >= float64(c.cfg.MinSamples):
		p50, p99 := b.quantiles()
		limit := max(c.cfg.P99Factor*p99, p50+c.cfg.SpreadFactor*(p99-p50), p50+c.minExcessMs)
		base, excess, known, slow = p50, ms-p50, true, ms > limit
	}
	return excess, base, known, slow
}

// resolve finds the first configured threshold matching a span key.
func (c *Classifier) resolve(k *bkey) int {
	if k.kind&0x80 != 0 {
		return -1
	}
	for i, t := range c.cfg.Thresholds {
		if (t.Service == "" || t.Service == "*" || t.Service == k.service) && (t.Route == "" || match(t.Route, k.operation)) {
			return i
		}
	}
	return -1
}

// explain attributes excess bottom-up (in s.order): how much of each
// span's excess its descendants explain, and what it carries to its parent.
func (s *scratch) explain() {
	for _, i := range s.order {
		f := s.flags[i]
		e := s.explained[i]
		if f&fGapSlow != 0 {
			e += s.gapEx[i]
		}
		s.explained[i] = e
		var cr float64
		switch {
		case f&fSlow != 0:
			cr = s.excess[i]
		case f&fKnown != 0:
			cr = math.Min(e, math.Max(0, s.excess[i]))
		default:
			cr = e
		}
		s.carry[i] = cr
		if p := s.parent[i]; p >= 0 {
			s.explained[p] += cr
		}
	}
}

// siblingExplained is the carry of the siblings that ran during most of
// span i's interval (bounded by the overlap). Asynchronous instrumentation (reactive gateways, executor
// hand-offs) often records a span that waits for a call as the call's
// sibling rather than its parent; the waiting span's excess is then the
// sibling's, not its own.
func (c *Classifier) siblingExplained(batch []Span, s *scratch, i int32) float64 {
	p := s.parent[i]
	if p < 0 {
		return 0
	}
	var e float64
	a := &batch[i]
	for j := s.firstChild[p]; j >= 0; j = s.nextSibling[j] {
		if j == i || s.carry[j] <= 0 {
			continue
		}
		b := &batch[j]
		overlap := min(a.End, b.End) - max(a.Start, b.Start)
		if 2*overlap >= a.End-a.Start {
			e += min(s.carry[j], float64(overlap)/1e6)
		}
	}
	return e
}
