package spanclass

// Whole-trace latency attribution: the verdict "whose own time grew" made
// once every span of a trace is there, so that it does not depend on which
// spans shared an export batch (each SDK exports its own service's spans,
// and a parent usually ends, and is exported, after its children).

// TraceSpan is what Attribute needs of one span of a trace: its id, its
// parent's, its interval, and, from the processor's per-span judgement
// (Class.Slow, Class.SlowExcessMs, Class.Delegated), its whole excess over
// its baseline (0: not slow) and whether its own time may be a cause.
type TraceSpan struct {
	ID, Parent [8]byte
	Start, End int64
	SlowMs     float64
	Candidate  bool
}

// AttributionScratch is Attribute's reusable working memory.
type AttributionScratch struct {
	idx       map[[8]byte]int32
	explained []float64
	slow      []int32
}

// Attribute judges the latency candidates of one whole trace as Classify
// judges them within one batch: a slow span's excess is explained by the
// excess of the nearest slow spans below it (through spans that are not
// slow, across services) and, for asynchronous instrumentation, by slow
// siblings that ran during most of its time (siblingExplained). own[i] is
// set to the excess span i's own time is blamed for: positive for a
// candidate whose excess is less than explainedFraction explained (the
// cause, its unexplained excess), 0 for every other span (a symptom, or no
// candidate). A span id seen twice counts once (its first copy). The
// verdict depends only on the set of spans, not on their order.
func Attribute(spans []TraceSpan, explainedFraction float64, sc *AttributionScratch, own []float64) {
	n := len(spans)
	if sc.idx == nil {
		sc.idx = make(map[[8]byte]int32)
	}
	clear(sc.idx)
	for i := range spans {
		if id := spans[i].ID; id != ([8]byte{}) {
			if _, dup := sc.idx[id]; !dup {
				sc.idx[id] = int32(i)
			}
		}
	}
	if cap(sc.explained) < n {
		sc.explained = make([]float64, n)
	}
	ex := sc.explained[:n]
	clear(ex)
	first := func(i int) bool {
		j, ok := sc.idx[spans[i].ID]
		return ok && int(j) == i
	}
	parentOf := func(i int32) int32 {
		p := spans[i].Parent
		if p == ([8]byte{}) {
			return -1
		}
		j, ok := sc.idx[p]
		if !ok || j == i {
			return -1
		}
		return j
	}
	// Every slow span explains the nearest slow span above it; the walk is
	// bounded by the trace's size (a parent-link cycle ends it).
	sc.slow = sc.slow[:0]
	for i := range spans {
		if spans[i].SlowMs <= 0 || !first(i) {
			continue
		}
		sc.slow = append(sc.slow, int32(i))
		p := parentOf(int32(i))
		for steps := 0; p >= 0 && steps < n; steps++ {
			if spans[p].SlowMs > 0 {
				ex[p] += spans[i].SlowMs
				break
			}
			p = parentOf(p)
		}
	}
	for i := range spans {
		own[i] = 0
		sp := &spans[i]
		if !sp.Candidate || sp.SlowMs <= 0 || !first(i) {
			continue
		}
		e := ex[i]
		if e < explainedFraction*sp.SlowMs && sp.Parent != ([8]byte{}) {
			// Slow siblings that ran during most of this span's time.
			for _, j := range sc.slow {
				o := &spans[j]
				if int(j) == i || o.Parent != sp.Parent {
					continue
				}
				overlap := min(sp.End, o.End) - max(sp.Start, o.Start)
				if overlap > 0 && 2*overlap >= sp.End-sp.Start {
					e += min(o.SlowMs, float64(overlap)/1e6)
				}
			}
		}
		if e < explainedFraction*sp.SlowMs {
			own[i] = sp.SlowMs - e
		}
	}
}
