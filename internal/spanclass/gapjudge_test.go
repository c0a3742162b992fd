package spanclass

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/cespare/xxhash/v2"
)

// judgeGapThreePasses is judgeGap as it was: every key looked up again to
// learn, after the assessment's lookups.
func (c *Classifier) judgeGapThreePasses(caller, op, callee string, ms float64) (excess, base float64, known, slow bool) {
	keys := [3]bkey{
		{service: caller, operation: op, dependency: callee, kind: 0x80 | bkGap},
		{dependency: callee, kind: 0x80 | bkGap},
		{kind: 0x80 | bkGap},
	}
	for i := range keys {
		sh, h := c.st.shardOf(&keys[i])
		sh.mu.Lock()
		excess, base, known, slow = c.assess(c.baseline(sh, &keys[i], h), ms)
		sh.mu.Unlock()
		if known {
			break
		}
	}
	w := 1.0
	if slow {
		w = c.cfg.OutlierWeight
	}
	for i := range keys {
		sh, h := c.st.shardOf(&keys[i])
		sh.mu.Lock()
		c.baseline(sh, &keys[i], h).add(ms, w, c.cfg.DecayCount)
		sh.mu.Unlock()
	}
	return excess, base, known, slow
}

// TestJudgeGapLikeThreePasses: judging gaps with one lookup per key gives
// the verdicts, the baselines and the evictions of the three passes it
// replaced, on a stream that warms keys at different times, has empty
// callers (the first two keys then equal), slow gaps, and a baseline
// table small enough to evict.
func TestJudgeGapLikeThreePasses(t *testing.T) {
	for _, maxBaselines := range []int{10000, 40} {
		a, err := New(Config{MaxBaselines: maxBaselines})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := New(Config{MaxBaselines: maxBaselines})
		r := rand.New(rand.NewPCG(3, 4))
		slowSeen := 0
		for n := range 30000 {
			caller := fmt.Sprintf("svc-%d", r.IntN(12))
			if r.IntN(10) == 0 {
				caller = ""
			}
			op := fmt.Sprintf("op-%d", r.IntN(4))
			if caller == "" {
				op = ""
			}
			callee := fmt.Sprintf("dep-%d", r.IntN(6))
			ms := math.Exp(r.NormFloat64()*0.3) + float64(len(callee)%3)
			if r.IntN(200) == 0 {
				ms *= 50
			}
			e1, b1, k1, s1 := a.judgeGap(caller, op, callee, strHash(caller)^strHash(op)*31, strHash(callee), ms)
			e2, b2, k2, s2 := b.judgeGapThreePasses(caller, op, callee, ms)
			if math.Float64bits(e1) != math.Float64bits(e2) || math.Float64bits(b1) != math.Float64bits(b2) || k1 != k2 || s1 != s2 {
				t.Fatalf("max %d, gap %d (%q %q %q %v): %v %v %v %v, three passes %v %v %v %v", maxBaselines, n, caller, op, callee, ms, e1, b1, k1, s1, e2, b2, k2, s2)
			}
			if s1 {
				slowSeen++
			}
		}
		if slowSeen == 0 {
			t.Fatalf("max %d: no slow gap judged", maxBaselines)
		}
		for i := range a.st.shards {
			sa, sb := &a.st.shards[i], &b.st.shards[i]
			if sa.n != sb.n || sa.evictions != sb.evictions {
				t.Fatalf("max %d, shard %d: %d baselines, %d evictions; three passes %d, %d", maxBaselines, i, sa.n, sa.evictions, sb.n, sb.evictions)
			}
			for x, y := sa.head, sb.head; x != nil || y != nil; x, y = x.next, y.next {
				if x == nil || y == nil || x.key != y.key || x.sk.GetCount() != y.sk.GetCount() || x.p50 != y.p50 || x.p99 != y.p99 {
					t.Fatalf("max %d, shard %d: baselines differ in content or recency order", maxBaselines, i)
				}
			}
		}
		if maxBaselines == 40 {
			var ev uint64
			for i := range a.st.shards {
				ev += a.st.shards[i].evictions
			}
			if ev == 0 {
				t.Fatal("the small table evicted nothing")
			}
		}
	}
}

// TestKeyHashLikeHashOf: a key's hash composed of its strings' hashes
// (keyHash, strHash) is hashOf, with empty and non-empty strings in every
// position and every kind the classifier uses.
func TestKeyHashLikeHashOf(t *testing.T) {
	strs := []string{"", "a", "checkout", "GET /api/v1/orders/{id}", "ts-order-service", "x\x00y"}
	for _, svc := range strs {
		for _, op := range strs {
			for _, dep := range strs {
				for _, kind := range []uint8{0, 1, 2, 3, 4, 5, 0x80 | bkGap, 0x80 | bkSelf} {
					k := bkey{service: svc, operation: op, dependency: dep, kind: kind}
					if got, want := keyHash(strHash(svc)^strHash(op)*31, strHash(dep), kind), xxhashOf(&k); got != want || hashOf(&k) != want {
						t.Fatalf("%q %q %q %d: keyHash %x, hashOf %x", svc, op, dep, kind, got, want)
					}
				}
			}
		}
	}
	if emptySO != strHash("")^strHash("")*31 || emptyHash != xxhash.Sum64String("") {
		t.Fatal("the empty strings' hashes are not xxhash's")
	}
}

// xxhashOf is hashOf as written before keyHash: every string hashed.
func xxhashOf(k *bkey) uint64 {
	return xxhash.Sum64String(k.service) ^ xxhash.Sum64String(k.operation)*31 ^ xxhash.Sum64String(k.dependency)*17 ^ uint64(k.kind)
}

// TestBaselinesStoredUnderTheirKeysHash: every baseline Classify creates
// (spans, gaps within a batch, gaps joined across batches from either
// half, self times) sits in its shard under xxhashOf(its key), once: a
// hash composed from the wrong strings would file a key under another
// hash, a second baseline of the same key.
func TestBaselinesStoredUnderTheirKeysHash(t *testing.T) {
	// MaxKeyLen 5 cuts "gateway", "things" and the operations: a cut
	// operation is hashed again, not taken from the operation cache.
	for _, maxKeyLen := range []int{0, 5} {
		t.Run(fmt.Sprint(maxKeyLen), func(t *testing.T) { testBaselinesStoredUnderTheirKeysHash(t, maxKeyLen) })
	}
}

func testBaselinesStoredUnderTheirKeysHash(t *testing.T, maxKeyLen int) {
	c := newC(t, Config{MaxKeyLen: maxKeyLen})
	for i := range 400 {
		j := float64(i%7) * 0.3
		b := shape{db: 5 + j, serverSelf: 3 + j, gap: 1 + j/3, gwSelf: 2 + j}.spans(i, int64(i)*1000*ms)
		b[0].Name = fmt.Sprintf("GET /api/%d", 1000+i) // masked: the operation is not the name
		if i%2 == 0 {
			c.Classify(b, make([]Class, len(b))) // the gap within the batch
			continue
		}
		// The client and its server in different batches, either first.
		first, second := b[:2], b[2:]
		if i%4 == 3 {
			first, second = second, first
		}
		c.Classify(first, make([]Class, len(first)))
		c.Classify(second, make([]Class, len(second)))
	}
	kinds := map[uint8]int{}
	seen := map[bkey]bool{}
	for i := range c.st.shards {
		sh := &c.st.shards[i]
		for b := sh.head; b != nil; b = b.next {
			h := xxhashOf(&b.key)
			if b.hash != h || h%numShards != uint64(i) || seen[b.key] {
				t.Fatalf("baseline %+v: hash %x in shard %d, want %x (seen before: %v)", b.key, b.hash, i, h, seen[b.key])
			}
			found := false
			for x := sh.m[h]; x != nil; x = x.sameHash {
				found = found || x == b
			}
			if !found {
				t.Fatalf("baseline %+v not in its hash's chain", b.key)
			}
			seen[b.key] = true
			kinds[b.key.kind]++
		}
	}
	// span kinds, the gaps' three keys of the one edge (joined or not),
	// and the self times of both entry spans
	if kinds[SpanKindServer] == 0 || kinds[SpanKindClient] == 0 || kinds[0x80|bkGap] < 3 || kinds[0x80|bkSelf] < 2 {
		t.Fatalf("baselines by kind %v: some path not exercised", kinds)
	}
	if st := c.Stats(); st.Network != 0 || st.Baselines != len(seen) {
		t.Fatalf("stats %+v, %d baselines seen", st, len(seen))
	}
}
