package spanclass

// The batch as a forest: span index, parent and child links, an order
// with children before parents, and the pooled working arrays.

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
)

type spanKey struct {
	trace [16]byte
	span  [8]byte
}

const (
	fKnown uint16 = 1 << iota
	fSlow
	fGapSlow
	fBadDuration
	fError
	fGapKnown
	fBlameCaller
	fSaturated
	fGapJoinedSlow // a server span whose gap to its client half (another batch) is slow
)

// scratch holds the per-batch working arrays, pooled so that steady-state
// batches allocate nothing.
type scratch struct {
	idx                          spanIndex
	parent, serverChild, depth   []int32
	order, cand                  []int32
	failed                       []spanKey // retryGroups: the trace and parent of each failed call
	firstChild, nextSibling      []int32
	ops, deps                    []string
	excess, base, gapEx, gapBase []float64
	explained, carry             []float64
	satEx, satBase               []float64
	flags                        []uint16
	opHash                       []uint64 // describe: strHash(ops[i])
	keySO                        []uint64 // judgeLatency: strHash(service)^opHash[i]*31 (keyHash)
	gapCaller, gapCallee, gapOp  []string // the services and operation of a judged gap
	opBuf                        []byte   // operationOf's composed name
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func (s *scratch) reset(n int) {
	s.idx.reset(n)
	s.parent = grow(s.parent, n)
	s.serverChild = grow(s.serverChild, n)
	s.depth = grow(s.depth, n)
	s.order = grow(s.order, n)
	s.firstChild = grow(s.firstChild, n)
	s.nextSibling = grow(s.nextSibling, n)
	s.ops = grow(s.ops, n)
	s.deps = grow(s.deps, n)
	s.excess = grow(s.excess, n)
	s.base = grow(s.base, n)
	s.gapEx = grow(s.gapEx, n)
	s.gapBase = grow(s.gapBase, n)
	s.explained = grow(s.explained, n)
	s.carry = grow(s.carry, n)
	s.satEx = grow(s.satEx, n)
	s.satBase = grow(s.satBase, n)
	s.flags = grow(s.flags, n)
	s.keySO = grow(s.keySO, n)
	s.opHash = grow(s.opHash, n)
	s.gapCaller = grow(s.gapCaller, n)
	s.gapCallee = grow(s.gapCallee, n)
	s.gapOp = grow(s.gapOp, n)
	clear(s.explained)
	clear(s.flags)
	// The string slices are zero up to their capacity already: release
	// cleared every batch's (a new scratch's are new), so clearing them
	// again here was a second pass with the GC's write barriers.
}

// release drops the batch's references to its strings (ops, deps and the
// gaps' names, the only slices that hold them) before the scratch goes
// back to the pool, which leaves them zero for the next batch (reset).
func (s *scratch) release() {
	clear(s.ops)
	clear(s.deps)
	clear(s.gapCaller)
	clear(s.gapCallee)
	clear(s.gapOp)
}

// link indexes the spans by (trace, span) id and links every span to its
// parent, first child and next sibling within the batch, and every client
// span to its first server child. Spans without an id, or with an id seen
// before, are not indexed (counted).
func (s *scratch) link(batch []Span, tl *batchTally) {
	for i := range batch {
		sp := &batch[i]
		if sp.SpanID == ([8]byte{}) {
			tl.missing++
			continue
		}
		if !s.idx.insert(batch, int32(i)) {
			tl.dup++
		}
	}
	for i := range batch {
		sp := &batch[i]
		s.parent[i], s.serverChild[i] = -1, -1
		if sp.ParentSpanID == ([8]byte{}) {
			continue
		}
		if p, ok := s.idx.find(batch, sp.TraceID, sp.ParentSpanID); ok && int(p) != i {
			s.parent[i] = p
		}
	}
	for i := range batch {
		s.firstChild[i], s.nextSibling[i] = -1, -1
	}
	for i := len(batch) - 1; i >= 0; i-- {
		if p := s.parent[i]; p >= 0 {
			s.nextSibling[i] = s.firstChild[p]
			s.firstChild[p] = int32(i)
		}
	}
	for i := range batch {
		p := s.parent[i]
		if p >= 0 && batch[i].Kind == SpanKindServer && batch[p].Kind == SpanKindClient && s.serverChild[p] < 0 {
			s.serverChild[p] = int32(i)
		}
	}
}

// order sorts the batch children before parents (Kahn's algorithm on the
// parent links, any depth); spans in or above a parent cycle come last.
func (c *Classifier) order(batch []Span, s *scratch) {
	pending := s.depth
	clear(pending)
	for i := range batch {
		if p := s.parent[i]; p >= 0 {
			pending[p]++
		}
	}
	s.order = s.order[:0]
	for i := range batch {
		if pending[i] == 0 {
			s.order = append(s.order, int32(i))
		}
	}
	for k := 0; k < len(s.order); k++ {
		if p := s.parent[s.order[k]]; p >= 0 {
			pending[p]--
			if pending[p] == 0 {
				s.order = append(s.order, p)
			}
		}
	}
	if len(s.order) < len(batch) {
		var cyc uint64
		for i := range batch {
			if pending[i] > 0 {
				s.order = append(s.order, int32(i))
				cyc++
			}
		}
		c.cycles.Add(cyc)
	}
}

// spanIndex finds a span of the batch by its (trace, span) id: open
// addressing with linear probing over batch indexes, at most half full.
// It replaced a map[spanKey]int32, which hashed the 24-byte key through
// the runtime's generic path twice per span and was cleared twice per
// batch. Ids are chosen by senders, so the hash is keyed by a random
// seed of the process (the runtime's maps are seeded the same way): a
// sender cannot make its spans collide.
type spanIndex struct {
	slots []int32 // 1 + batch index; 0: empty
	mask  uint64
}

var spanIndexSeed = [4]uint64{rand.Uint64(), rand.Uint64(), rand.Uint64(), rand.Uint64() | 1}

func (x *spanIndex) reset(n int) {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	if cap(x.slots) < size {
		x.slots = make([]int32, size)
	} else {
		x.slots = x.slots[:size]
		clear(x.slots)
	}
	x.mask = uint64(size - 1)
}

// mum is wyhash's mixing step: the two halves of a 128-bit product, folded.
func mum(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

func spanHash(trace [16]byte, span [8]byte) uint64 {
	h := mum(binary.LittleEndian.Uint64(trace[:8])^spanIndexSeed[0], binary.LittleEndian.Uint64(trace[8:])^spanIndexSeed[1])
	return mum(h^binary.LittleEndian.Uint64(span[:])^spanIndexSeed[2], spanIndexSeed[3])
}

// insert indexes span i of batch; false when a span with its ids is
// indexed already (the first one stays).
func (x *spanIndex) insert(batch []Span, i int32) bool {
	sp := &batch[i]
	for p := spanHash(sp.TraceID, sp.SpanID) & x.mask; ; p = (p + 1) & x.mask {
		v := x.slots[p]
		if v == 0 {
			x.slots[p] = i + 1
			return true
		}
		if o := &batch[v-1]; o.SpanID == sp.SpanID && o.TraceID == sp.TraceID {
			return false
		}
	}
}

// find returns the index of the batch's span with these ids.
func (x *spanIndex) find(batch []Span, trace [16]byte, span [8]byte) (int32, bool) {
	for p := spanHash(trace, span) & x.mask; ; p = (p + 1) & x.mask {
		v := x.slots[p]
		if v == 0 {
			return 0, false
		}
		if o := &batch[v-1]; o.SpanID == span && o.TraceID == trace {
			return v - 1, true
		}
	}
}
