package spanclass

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// h141's review of h138's batch table of found baselines (baselineOf):
// the table must never answer a key with another key's baseline, whoever
// evicts in between and however the key is spelt.

// twoKeysOfOneShard returns two keys of one shard in different slots of
// a batch's table.
func twoKeysOfOneShard() (k1, k2 bkey, h1, h2 uint64) {
	k1 = bkey{service: "a", operation: "op-0", kind: SpanKindServer}
	h1 = hashOf(&k1)
	for i := 1; ; i++ {
		k2 = bkey{service: "a", operation: fmt.Sprint("op-", i), kind: SpanKindServer}
		if h2 = hashOf(&k2); h2%numShards == h1%numShards && (h2>>32)%foundSlots != (h1>>32)%foundSlots {
			return
		}
	}
}

// Another batch (another ConsumeTraces call, its own scratch) evicts the
// baseline this batch found, between two of its lookups: the evicted
// baseline is reused for the other batch's key, and this batch's next
// lookup of its key must not get it.
func TestBaselineOfAfterAnotherBatchEvicts(t *testing.T) {
	c, err := New(Config{MaxBaselines: numShards}) // one baseline per shard
	if err != nil {
		t.Fatal(err)
	}
	k1, k2, h1, h2 := twoKeysOfOneShard()
	a, b := new(scratch), new(scratch)
	sh := c.st.shardAt(h1)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	first := c.baselineOf(a, sh, &k1, h1)
	other := c.baselineOf(b, sh, &k2, h2) // the other batch: evicts k1's
	if other != first || other.key != k2 {
		t.Fatalf("the other batch's key did not reuse the evicted baseline (%p %p %+v): the test tests nothing", other, first, other.key)
	}
	if got := c.baselineOf(a, sh, &k1, h1); got.key != k1 {
		t.Fatalf("after another batch's eviction k1 was answered with the baseline of %+v", got.key)
	}
}

// Two keys with one hash (a collision the spans' text could be chosen
// for: the table's slot and its check compare the hash first) are two
// baselines, each with its key, asked in any order.
func TestBaselineOfHashCollision(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	k1 := bkey{service: "a", operation: "GET /x", kind: SpanKindServer}
	k2 := bkey{service: "b", operation: "GET /y", kind: SpanKindServer}
	h := hashOf(&k1) // k2 is given k1's hash
	s := new(scratch)
	sh := c.st.shardAt(h)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	for range 3 {
		for _, k := range []*bkey{&k1, &k2, &k2, &k1} {
			if got := c.baselineOf(s, sh, k, h); got.key != *k {
				t.Fatalf("%+v answered with the baseline of %+v", *k, got.key)
			}
		}
	}
	if sh.n != 2 {
		t.Fatalf("%d baselines for two keys of one hash", sh.n)
	}
}

// The same key spelt with other backing strings (another span's copy of
// the service and operation) is the same baseline, from the table or the
// map alike.
func TestBaselineOfSameKeyOtherStrings(t *testing.T) {
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	k1 := bkey{service: "checkout", operation: "POST /pay", dependency: "db", kind: SpanKindClient}
	k2 := bkey{service: strings.Clone(k1.service), operation: strings.Clone(k1.operation), dependency: strings.Clone(k1.dependency), kind: k1.kind}
	h := hashOf(&k1)
	s := new(scratch)
	sh := c.st.shardAt(h)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	b1 := c.baselineOf(s, sh, &k1, h)
	if b2 := c.baselineOf(s, sh, &k2, h); b2 != b1 || c.baseline(sh, &k2, h) != b1 {
		t.Fatal("one key spelt with two strings: two baselines")
	}
	if sh.n != 1 {
		t.Fatalf("%d baselines for one key", sh.n)
	}
}

// Concurrent batches on one classifier, each with its own table, over
// few shards' worth of baselines (every lookup may evict another
// batch's): every answer is the asked key's baseline. Run with -race.
func TestBaselineOfConcurrentBatches(t *testing.T) {
	c, err := New(Config{MaxBaselines: 2 * numShards})
	if err != nil {
		t.Fatal(err)
	}
	var keys []bkey
	for i := range 200 {
		keys = append(keys, bkey{service: fmt.Sprint("svc-", i%7), operation: fmt.Sprint("op-", i), kind: SpanKindServer})
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := range 4 {
		wg.Go(func() {
			for batch := range 200 {
				s := new(scratch)
				for j := range 64 {
					k := keys[(g*31+batch*7+j%9)%len(keys)] // repeats within a batch
					k.operation = strings.Clone(k.operation)
					h := hashOf(&k)
					sh := c.st.shardAt(h)
					sh.mu.Lock()
					b := c.baselineOf(s, sh, &k, h)
					ok := b.key == k
					b.add(float64(1+j), 1, 2000)
					sh.mu.Unlock()
					if !ok {
						errs <- fmt.Sprintf("%+v answered with the baseline of %+v", k, b.key)
						return
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
	if c.Stats().BaselineEvictions == 0 {
		t.Fatal("no evictions: the test tests nothing")
	}
}

// Concurrent Classify calls on one classifier, small enough to evict
// within batches (race detector; each batch's verdicts are the
// classifier's whatever the order, so only the counts are checked).
func TestClassifyConcurrentWithFoundTables(t *testing.T) {
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
	keep := func(linear int, batch []Span) []int32 {
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
		return append([]int32(nil), failedSiblings(batch, s)...)
	}
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
