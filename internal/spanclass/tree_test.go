package spanclass

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// linkByMap is scratch.link's indexing as it was, by a map.
func linkByMap(batch []Span) (parent []int32, missing, dup uint64) {
	idx := map[spanKey]int32{}
	for i := range batch {
		sp := &batch[i]
		if sp.SpanID == ([8]byte{}) {
			missing++
			continue
		}
		k := spanKey{sp.TraceID, sp.SpanID}
		if _, ok := idx[k]; ok {
			dup++
			continue
		}
		idx[k] = int32(i)
	}
	parent = make([]int32, len(batch))
	for i := range batch {
		sp := &batch[i]
		parent[i] = -1
		if sp.ParentSpanID == ([8]byte{}) {
			continue
		}
		if p, ok := idx[spanKey{sp.TraceID, sp.ParentSpanID}]; ok && int(p) != i {
			parent[i] = p
		}
	}
	return parent, missing, dup
}

// TestSpanIndexLikeMap: the batch's own span index links every span to
// the parent a map found, and counts the same missing and duplicated ids,
// on batches with repeated ids (in one trace and across traces), zero ids,
// self-parents and parents outside the batch; the pooled scratch is
// reused across batches of different sizes.
func TestSpanIndexLikeMap(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	s := &scratch{}
	for n := range 300 {
		size := 1 + r.IntN(1+n*3)
		ids := 1 + r.IntN(2*size) // few distinct ids: duplicates
		batch := make([]Span, size)
		id := func() [8]byte {
			k := r.IntN(ids + 1) // 0: the zero id
			if k == 0 {
				return [8]byte{}
			}
			return [8]byte{byte(k), byte(k >> 8), 0, 0, 0, 0, 0, 7}
		}
		for i := range batch {
			batch[i] = Span{TraceID: [16]byte{byte(r.IntN(3)), 15: 1}, SpanID: id(), ParentSpanID: id(), Kind: r.IntN(6)}
			if r.IntN(20) == 0 {
				batch[i].ParentSpanID = batch[i].SpanID
			}
		}
		want, wantMissing, wantDup := linkByMap(batch)
		s.reset(size)
		var tl batchTally
		s.link(batch, &tl)
		if tl.missing != wantMissing || tl.dup != wantDup {
			t.Fatalf("batch %d: missing %d dup %d, map %d %d", n, tl.missing, tl.dup, wantMissing, wantDup)
		}
		for i := range batch {
			if s.parent[i] != want[i] {
				t.Fatalf("batch %d span %d: parent %d, map %d", n, i, s.parent[i], want[i])
			}
		}
		s.release()
	}
}

// TestScratchStringsZeroAtReset: a pooled scratch's string slices are
// zero up to their capacity when a batch starts (reset no longer clears
// them: release does), through batches that grow, shrink and grow again,
// each writing every slot it has.
func TestScratchStringsZeroAtReset(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	s := &scratch{}
	for n := range 200 {
		size := 1 + r.IntN(1+n*2)
		s.reset(size)
		for name, sl := range map[string][]string{"ops": s.ops, "deps": s.deps, "gapCaller": s.gapCaller, "gapCallee": s.gapCallee, "gapOp": s.gapOp} {
			for i, v := range sl[:cap(sl)] {
				if v != "" {
					t.Fatalf("batch %d (size %d): %s[%d] = %q at reset", n, size, name, i, v)
				}
			}
			for i := range sl {
				sl[i] = fmt.Sprint("batch ", n)
			}
		}
		s.release()
	}
}

// TestClassifyReleasesScratchStrings: the scratch Classify puts back in
// its pool holds no string of the batch it classified (Classify calls
// release on its way out: reset no longer clears the string slices, so
// without it a pooled scratch would keep the last batch's operation,
// dependency and service names alive). TestScratchStringsZeroAtReset
// calls release itself, so only this one fails when Classify does not.
func TestClassifyReleasesScratchStrings(t *testing.T) {
	c := newC(t, Config{})
	warm(t, c, 300)
	checked := 0
	for i := range 20 {
		b := shape{db: 5, serverSelf: 3, gap: 1, gwSelf: 2}.spans(5000+i, int64(300+i)*1000*ms)
		c.Classify(b, make([]Class, len(b)))
		s := c.pool.Get().(*scratch)
		if cap(s.ops) > 0 { // not a new scratch (the pool may drop one)
			checked++
			for name, sl := range map[string][]string{"ops": s.ops, "deps": s.deps, "gapCaller": s.gapCaller, "gapCallee": s.gapCallee, "gapOp": s.gapOp} {
				for j, v := range sl[:cap(sl)] {
					if v != "" {
						t.Fatalf("batch %d: the pooled scratch's %s[%d] holds %q", i, name, j, v)
					}
				}
			}
		}
		c.pool.Put(s)
	}
	if checked == 0 {
		t.Fatal("the pool never gave back the scratch Classify used: the test checked nothing")
	}
}
