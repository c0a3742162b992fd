package spanclass

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// retryBatches makes batches of calls whose parents call a few operations
// several times each (retries, repeated calls, failures that stay
// failures), some at the same start time, so that retry groups of every
// outcome occur; most parents see no failure.
func retryBatches(seed uint64, n int) [][]Span {
	r := rand.New(rand.NewPCG(seed, 1))
	t0 := int64(1_770_000_000) * 1e9
	var out [][]Span
	id := uint64(1)
	next := func() (s [8]byte) {
		id++
		for i := range s {
			s[i] = byte(id >> (8 * i))
		}
		return s
	}
	for range n {
		var batch []Span
		for range 20 {
			var tid [16]byte
			for i := range tid {
				tid[i] = byte(r.Uint32())
			}
			t := t0 + r.Int64N(1e12)
			root := Span{TraceID: tid, SpanID: next(), Service: "front", Name: "GET /checkout", Kind: SpanKindServer, Start: t, End: t + 50e6}
			batch = append(batch, root)
			parents := [][8]byte{root.SpanID, next()} // the second parent is in no batch
			for range 2 + r.IntN(8) {
				start := t + r.Int64N(4)*1e6 // equal starts happen
				sp := Span{
					TraceID: tid, SpanID: next(), ParentSpanID: parents[r.IntN(2)], Service: "front",
					Name: []string{"GET", "POST"}[r.IntN(2)], Kind: []int{SpanKindClient, SpanKindProducer, SpanKindInternal}[r.IntN(3)],
					Dependency: []string{"cart", "pay"}[r.IntN(2)], Start: start, End: start + 1e6 + r.Int64N(5e6),
				}
				if r.IntN(10) == 0 {
					sp.StatusError, sp.StatusMessage = true, "connection reset"
				} else {
					sp.StatusOK = r.IntN(2) == 0
				}
				batch = append(batch, sp)
			}
		}
		r.Shuffle(len(batch), func(i, j int) { batch[i], batch[j] = batch[j], batch[i] })
		out = append(out, batch)
	}
	return out
}

// TestRetrySiblingsOnlyClassifiesAlike: sorting only the siblings of
// failed calls classifies every span as sorting every outbound call does.
func TestRetrySiblingsOnlyClassifiesAlike(t *testing.T) {
	defer func(v bool) { retrySiblingsOnly = v }(retrySiblingsOnly)
	for _, minRepeated := range []int{0, 3} {
		classify := func(siblingsOnly bool) [][]Class {
			retrySiblingsOnly = siblingsOnly
			c, err := New(Config{MinRepeatedCalls: minRepeated})
			if err != nil {
				t.Fatal(err)
			}
			var outs [][]Class
			for _, b := range retryBatches(7, 200) {
				out := make([]Class, len(b))
				c.Classify(b, out)
				outs = append(outs, out)
			}
			return outs
		}
		all, siblings := classify(false), classify(true)
		retries, errs := 0, 0
		for i := range all {
			for j := range all[i] {
				if !reflect.DeepEqual(all[i][j], siblings[i][j]) {
					t.Fatalf("min_repeated_calls %d, batch %d span %d: sorting all %+v, siblings only %+v", minRepeated, i, j, all[i][j], siblings[i][j])
				}
				switch {
				case all[i][j].Kind == "retry":
					retries++
				case all[i][j].RetryCount > 0:
					errs++
				}
			}
		}
		if retries == 0 || errs == 0 {
			t.Fatalf("min_repeated_calls %d: the batches made %d retries and %d failed retry groups: compare nothing", minRepeated, retries, errs)
		}
	}
}

// failedSiblingsKept runs failedSiblings over batch, its error flags and
// candidates set as Classify sets them, comparing each call with the
// failed calls one by one up to linear of them (failedLinear), and returns
// a copy of the calls it keeps.
func failedSiblingsKept(linear int, batch []Span) []int32 {
	failedLinear = linear
	s := new(scratch)
	s.reset(len(batch))
	defer s.release()
	for i := range batch {
		if isError(&batch[i]) {
			s.flags[i] |= fError
		}
		if isOutbound(batch[i].Kind) && batch[i].ParentSpanID != ([8]byte{}) {
			s.cand = append(s.cand, int32(i))
		}
	}
	return slices.Clone(failedSiblings(batch, s))
}

// TestFailedSiblingsLinearLikeSearch: failedSiblings keeps the same
// candidates, in the same order, whether it compares each with the failed
// calls one by one or sorts them and searches, for batches with none, a
// few and many failed calls (the retryBatches and a batch where every
// call fails).
func TestFailedSiblingsLinearLikeSearch(t *testing.T) {
	defer func(v int) { failedLinear = v }(failedLinear)
	batches := retryBatches(11, 100)
	all := batches[0]
	for _, b := range batches[1:4] {
		all = append(all, b...)
	}
	for i := range all {
		all[i].StatusError = true
	}
	batches = append(batches, all)
	keep := failedSiblingsKept
	few, many, kept := 0, 0, 0
	for bi, b := range batches {
		nFailed := 0
		for i := range b {
			if isError(&b[i]) && isOutbound(b[i].Kind) && b[i].ParentSpanID != ([8]byte{}) {
				nFailed++
			}
		}
		if nFailed <= 16 {
			few++
		} else {
			many++
		}
		want, got := keep(0, b), keep(len(b), b)
		if !slices.Equal(want, got) {
			t.Fatalf("batch %d (%d failed calls): searching kept %v, comparing one by one %v", bi, nFailed, want, got)
		}
		kept += len(got)
	}
	if few == 0 || many == 0 || kept == 0 {
		t.Fatalf("%d batches with few failed calls, %d with many, %d calls kept: compare nothing", few, many, kept)
	}
}

// BenchmarkFailedSiblings: failedSiblings over retryBatches (about 150
// spans, a tenth of the calls failing), comparing the failed calls one by
// one (linear, failedLinear's default) and sorting and searching them
// (search: failedLinear 0).
func BenchmarkFailedSiblings(b *testing.B) {
	batches := retryBatches(5, 64)
	type prepared struct {
		batch []Span
		s     *scratch
		cand  []int32
	}
	var ps []prepared
	for _, batch := range batches {
		s := new(scratch)
		s.reset(len(batch))
		var cand []int32
		for i := range batch {
			if isError(&batch[i]) {
				s.flags[i] |= fError
			}
			if isOutbound(batch[i].Kind) && batch[i].ParentSpanID != ([8]byte{}) {
				cand = append(cand, int32(i))
			}
		}
		ps = append(ps, prepared{batch, s, cand})
	}
	for _, m := range []struct {
		name   string
		linear int
	}{{"linear", 16}, {"search", 0}} {
		b.Run(m.name, func(b *testing.B) {
			defer func(v int) { failedLinear = v }(failedLinear)
			failedLinear = m.linear
			for b.Loop() {
				for _, p := range ps {
					p.s.cand = append(p.s.cand[:0], p.cand...)
					failedSiblings(p.batch, p.s)
				}
			}
		})
	}
}
