package spanclass

import (
	"fmt"
	"sync"
	"testing"
)

// h141's review of h138's span stage: concurrent Classify calls that
// evict one another's baselines (race detector), and failedSiblings at
// the bound of its linear compare.

// Concurrent Classify calls on one classifier, small enough to evict
// within batches (race detector; each batch's verdicts are the
// classifier's whatever the order, so only the counts are checked).
func TestClassifyConcurrentEvicting(t *testing.T) {
	c, err := New(Config{MaxBaselines: 2 * numShards, MinSamples: 5})
	if err != nil {
		t.Fatal(err)
	}
	batches := retryBatches(5, 200)
	for _, b := range batches {
		// more keys than the bound holds, repeated in a batch
		for i := range b {
			b[i].Name = fmt.Sprint(b[i].Name, " ", i%7)
			b[i].Dependency = fmt.Sprint(b[i].Dependency, i%5)
		}
	}
	var wg sync.WaitGroup
	for g := range 3 {
		wg.Go(func() {
			for i, b := range batches {
				if i%3 != g {
					continue
				}
				out := make([]Class, len(b))
				c.Classify(b, out)
			}
		})
	}
	wg.Wait()
	st := c.Stats()
	if st.Spans == 0 || st.BaselineEvictions == 0 {
		t.Fatalf("%+v: nothing classified or evicted", st)
	}
}

// failedSiblings at the bound of its linear compare (16 failed calls, 17,
// and failed calls repeating one parent, which the sort's Compact folds):
// the same calls kept, in the same order, as sorting and searching.
func TestFailedSiblingsAtTheLinearBound(t *testing.T) {
	defer func(v int) { failedLinear = v }(failedLinear)
	base := retryBatches(13, 40)
	var all []Span
	for _, b := range base {
		all = append(all, b...)
	}
	keep := failedSiblingsKept
	for _, nFailed := range []int{15, 16, 17, 40} {
		batch := append([]Span(nil), all...)
		n := 0
		for i := range batch {
			batch[i].StatusError = false
			if isOutbound(batch[i].Kind) && batch[i].ParentSpanID != ([8]byte{}) && n < nFailed {
				batch[i].StatusError = true
				n++
			}
		}
		if n < nFailed {
			t.Fatalf("%d failed calls, not %d", n, nFailed)
		}
		want, got := keep(0, batch), keep(16, batch)
		if fmt.Sprint(want) != fmt.Sprint(got) {
			t.Fatalf("%d failed calls: searching kept %v, the default way %v", nFailed, want, got)
		}
		if len(got) == 0 {
			t.Fatalf("%d failed calls: none kept, the test compares nothing", nFailed)
		}
	}
}
