package spanclass

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
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
			e1, b1, k1, s1 := a.judgeGap(caller, op, callee, ms)
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
