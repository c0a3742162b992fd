package spanclass

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestShardChainsLikeKeyedMap: a shard's baselines, found by hash and then
// by key among the baselines of that hash, are found, created and evicted
// as a map keyed by the whole key (the model: an LRU list of keys) finds,
// creates and evicts them, with hashes forced to collide (four hash values
// for thirty keys) and a shard small enough to evict all the time.
func TestShardChainsLikeKeyedMap(t *testing.T) {
	for _, hashes := range []uint64{1, 4, 1 << 62} {
		st, err := newStore(&Config{RelativeAccuracy: 0.02, MaxBins: 64, MaxBaselines: 8 * numShards})
		if err != nil {
			t.Fatal(err)
		}
		sh := &st.shards[0]
		var keys []bkey
		for i := range 30 {
			keys = append(keys, bkey{service: fmt.Sprintf("svc-%d", i%7), operation: fmt.Sprintf("op-%d", i/7), kind: uint8(i % 2)})
		}
		var model []bkey // most recent first
		r := rand.New(rand.NewPCG(5, 6))
		for n := range 20000 {
			k := keys[r.IntN(len(keys))]
			h := hashOf(&k) % hashes
			b, created := sh.get(st, &k, h)
			i := slices.Index(model, k)
			if created != (i < 0) || b.key != k {
				t.Fatalf("op %d: key %v created %v, key %v; model has it at %d", n, k, created, b.key, i)
			}
			if i >= 0 {
				model = slices.Delete(model, i, i+1)
			} else if len(model) >= sh.max {
				model = model[:len(model)-1]
			}
			model = slices.Insert(model, 0, k)
			// The recency list is the model's, and the map holds exactly
			// its baselines, each under its own hash.
			var got []bkey
			for x := sh.head; x != nil; x = x.next {
				got = append(got, x.key)
			}
			if !slices.Equal(got, model) || sh.n != len(model) {
				t.Fatalf("op %d: recency %v (n %d), model %v", n, got, sh.n, model)
			}
			inMap := 0
			for hh, x := range sh.m {
				for ; x != nil; x = x.sameHash {
					if x.hash != hh || !slices.Contains(model, x.key) {
						t.Fatalf("op %d: map holds %v under %d (its hash %d)", n, x.key, hh, x.hash)
					}
					inMap++
				}
			}
			if inMap != len(model) {
				t.Fatalf("op %d: %d baselines in the map, %d in the model", n, inMap, len(model))
			}
		}
	}
}
