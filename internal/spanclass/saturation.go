package spanclass // import "github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"

import "sync"

// Saturation: a starved service (CPU, threads, GC, a lock) is slower in
// every operation, by a factor, while each span may stay far below the
// absolute floor (MinExcess) that keeps single outliers quiet: a 1 ms
// handler taking 7 ms is no latency finding, a service whose handlers all
// take seven times their usual time is one. It is judged on self time, the
// time an entry span (SERVER or CONSUMER) spent outside its outbound calls
// (CLIENT and PRODUCER descendants through its INTERNAL spans), so a caller
// waiting on a saturated callee is not saturated itself; and it needs only
// the service's own spans, so it does not depend on which other spans share
// the batch.
//
// Saturation is a shift of the whole distribution, not a tail event: each
// entry span's self time is compared with its own operation's self-time
// baseline p90, which by its definition about a tenth of normal spans
// exceed, beyond the sketch's RelativeAccuracy (a span in the p90's own
// bin never counts), at half again its median or more (satMinRatio) and
// by satMinExcessMs (below the sketch's and clocks' noise). A service is
// saturated while an exponentially weighted share (weight satAlpha per
// span) of its entry spans above their p90 reaches SaturationFraction
// (default 0.5, five times the normal tenth); those spans are then one
// finding per service (Class.Saturation). The per-span latency rule (max(P99Factor*p99,
// p50 + SpreadFactor*(p99-p50))) is built to keep single outliers quiet
// and misses a service whose handlers all take three times their usual
// time with the usual spread: most of them stay below it.
//
// Learning: a span above its p90 while its service is saturated, or slow by
// the latency rule, enters the self-time baseline with OutlierWeight, so a
// saturation does not become the new normal within minutes; every other
// span is learned at full weight (learning only the spans below p90 would
// drag p90 down forever).

const (
	satAlpha       = 1.0 / 32
	satMinExcessMs = 1.0
	// satMinRatio: a span counts as relatively slow for saturation only at
	// half again its median or more: an operation with a tight
	// distribution has its p90 barely above its median, and a shift of a
	// fifth is drift, not starvation.
	satMinRatio = 1.5
)

type satState struct {
	rate float64 // EWMA of the relatively-slow indicator
	n    int     // entry spans judged (warm baselines only), capped
}

type saturation struct {
	mu    sync.Mutex
	m     map[string]*satState
	max   int
	reset uint64
}

// observe records one judged entry span of service svc and reports whether
// the service is saturated.
func (st *saturation) observe(svc string, slow bool, minSamples int, fraction float64) bool {
	st.mu.Lock()
	defer st.mu.Unlock()
	s := st.m[svc]
	if s == nil {
		if len(st.m) >= st.max {
			clear(st.m)
			st.reset++
		}
		s = &satState{}
		st.m[cloneStr(svc)] = s
	}
	x := 0.0
	if slow {
		x = 1
	}
	if s.n < minSamples {
		s.n++
		s.rate += (x - s.rate) / float64(s.n) // plain mean until warm
	} else {
		s.rate += satAlpha * (x - s.rate)
	}
	return s.n >= minSamples && s.rate >= fraction
}

// selfTime is span i's duration minus the time of its outbound calls
// (direct, or below its INTERNAL children), never negative. Calls that ran
// in parallel are subtracted each, so a fan-out's self time is
// underestimated, never overestimated.
func selfTime(batch []Span, s *scratch, i int32) float64 {
	var out int64
	stack := s.cand[:0]
	stack = append(stack, i)
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for j := s.firstChild[p]; j >= 0; j = s.nextSibling[j] {
			c := &batch[j]
			switch {
			case isOutbound(c.Kind):
				if c.End > c.Start {
					out += c.End - c.Start
				}
			case c.Kind == SpanKindInternal || c.Kind == SpanKindUnspecified:
				if len(stack) < 1024 {
					stack = append(stack, j)
				}
			}
		}
	}
	s.cand = stack[:0]
	sp := &batch[i]
	return max(0, float64(sp.End-sp.Start-out)/1e6)
}

// judgeSaturation judges the self time of every entry span and flags the
// relatively slow ones of saturated services (fSaturated, s.satEx,
// s.satBase).
func (c *Classifier) judgeSaturation(batch []Span, s *scratch) {
	for i := range batch {
		sp := &batch[i]
		if sp.Kind != SpanKindServer && sp.Kind != SpanKindConsumer || s.flags[i]&fBadDuration != 0 {
			continue
		}
		self := selfTime(batch, s, int32(i))
		svc, _ := c.truncate(sp.Service)
		k := bkey{service: svc, operation: s.ops[i], kind: 0x80 | bkSelf}
		h := keyHash(s.keySO[i], emptyHash, k.kind) // judgeLatency hashed svc and the operation
		sh := c.st.shardAt(h)
		sh.mu.Lock()
		b := c.baseline(sh, &k, h)
		known, above, outlier, saturated := false, false, false, false
		var p50 float64
		if b.count() >= float64(c.cfg.MinSamples) {
			var p90 float64
			p50, p90 = b.selfQuantiles()
			_, p99 := b.quantiles()
			known = true
			above = self > p90*(1+c.cfg.RelativeAccuracy) && self >= satMinRatio*p50 && self-p50 >= satMinExcessMs
			outlier = self > max(c.cfg.P99Factor*p99, p50+c.cfg.SpreadFactor*(p99-p50)) && self-p50 >= satMinExcessMs
			// Lock order: a baseline shard, then the saturation states
			// (which never take a shard's lock).
			saturated = c.sat.observe(svc, above, c.cfg.MinSamples, c.cfg.SaturationFraction)
		}
		w := 1.0
		if outlier || saturated && above || s.flags[i]&fError != 0 {
			w = c.cfg.OutlierWeight
		}
		if self > 0 {
			b.add(self, w, c.cfg.DecayCount)
		}
		sh.mu.Unlock()
		if known && saturated && above {
			s.flags[i] |= fSaturated
			s.satEx[i], s.satBase[i] = self-p50, p50
		}
	}
}
