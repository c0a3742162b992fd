package spanclass

import (
	"fmt"
	"reflect"
	"testing"
)

// TestBaselineOfAfterEviction: a baseline a batch found (scratch.found)
// is not answered again once its shard evicted anything: an evicted
// baseline is reused for the next key, so the batch's entry would hand
// one key another's baseline.
func TestBaselineOfAfterEviction(t *testing.T) {
	c, err := New(Config{MaxBaselines: numShards}) // one baseline per shard
	if err != nil {
		t.Fatal(err)
	}
	// two keys of one shard, in different slots of the batch's table
	k1 := bkey{service: "a", operation: "op-0", kind: SpanKindServer}
	h1 := hashOf(&k1)
	var k2 bkey
	var h2 uint64
	for i := 1; ; i++ {
		k2 = bkey{service: "a", operation: fmt.Sprint("op-", i), kind: SpanKindServer}
		if h2 = hashOf(&k2); h2%numShards == h1%numShards && (h2>>32)%foundSlots != (h1>>32)%foundSlots {
			break
		}
	}
	s := new(scratch)
	sh := c.st.shardAt(h1)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	b1 := c.baselineOf(s, sh, &k1, h1)
	if again := c.baselineOf(s, sh, &k1, h1); again != b1 {
		t.Fatal("the same key, no eviction: another baseline")
	}
	b2 := c.baselineOf(s, sh, &k2, h2) // evicts k1's, reusing it
	if b2.key != k2 {
		t.Fatalf("k2's baseline has key %+v", b2.key)
	}
	if b := c.baselineOf(s, sh, &k1, h1); b.key != k1 {
		t.Fatalf("after an eviction k1 was answered with the baseline of %+v", b.key)
	}
}

// TestFoundBaselinesClassifyAlike: classifying with the batches' tables of
// found baselines gives every verdict the shards' lookups alone give, with
// baselines evicted within batches (a small MaxBaselines, many keys) and
// without.
func TestFoundBaselinesClassifyAlike(t *testing.T) {
	defer func(v bool) { useFound = v }(useFound)
	for _, maxBaselines := range []int{0, 2 * numShards} {
		classify := func(found bool) ([][]Class, Stats) {
			useFound = found
			c, err := New(Config{MaxBaselines: maxBaselines, MinSamples: 5})
			if err != nil {
				t.Fatal(err)
			}
			var outs [][]Class
			for _, b := range retryBatches(3, 300) {
				// more keys than the small bound holds, repeated in a batch
				for i := range b {
					b[i].Name = fmt.Sprint(b[i].Name, " ", i%7)
					b[i].Dependency = fmt.Sprint(b[i].Dependency, i%5)
				}
				out := make([]Class, len(b))
				c.Classify(b, out)
				outs = append(outs, out)
			}
			return outs, c.Stats()
		}
		want, ws := classify(false)
		got, gs := classify(true)
		if !reflect.DeepEqual(ws, gs) {
			t.Fatalf("max_baselines %d: stats %+v with the lookups alone, %+v with the tables", maxBaselines, ws, gs)
		}
		judged := gs.Spans - gs.WarmingUp
		for i := range want {
			for j := range want[i] {
				if !reflect.DeepEqual(want[i][j], got[i][j]) {
					t.Fatalf("max_baselines %d, batch %d span %d: %+v with the lookups alone, %+v with the tables", maxBaselines, i, j, want[i][j], got[i][j])
				}
			}
		}
		if judged == 0 || maxBaselines > 0 && gs.BaselineEvictions == 0 {
			t.Fatalf("max_baselines %d: %d spans judged, %d evictions: compare nothing", maxBaselines, judged, gs.BaselineEvictions)
		}
	}
}
