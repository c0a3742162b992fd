package spanclass

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/DataDog/sketches-go/ddsketch"
)

// TestBaselineLearnsOneInEveryPastLearnFrom: a baseline below learnFrom
// learns every span at its weight; past it, exactly one add in learnEvery
// enters, with learnEvery times its weight (a slow span's OutlierWeight
// too), so the weight per span and the decay's window are those of
// learning every span.
func TestBaselineLearnsOneInEveryPastLearnFrom(t *testing.T) {
	st, err := newStore(&Config{RelativeAccuracy: 0.02, MaxBins: 2048, MaxBaselines: numShards})
	if err != nil {
		t.Fatal(err)
	}
	b := &baseline{sk: st.newSketch()}
	const decay = 2000
	for b.count() < learnFrom {
		before := b.count()
		b.add(10, 1, decay)
		if got := b.count() - before; got != 1 {
			t.Fatalf("at %.0f, below learnFrom: an add of weight 1 added %v", before, got)
		}
	}
	for _, w := range []float64{1, 0.001, 1} {
		entered := 0
		for range 10 * learnEvery {
			before := b.count()
			b.add(10, w, decay)
			if d := b.count() - before; d != 0 {
				entered++
				if d > 0 && math.Abs(d-learnEvery*w) > 1e-9 {
					t.Fatalf("weight %v entered as %v, want %v", w, d, learnEvery*w)
				}
			}
		}
		if entered != 10 {
			t.Fatalf("weight %v: %d of %d adds entered, want 10", w, entered, 10*learnEvery)
		}
		if b.count() < learnFrom {
			t.Fatalf("count %.1f fell below learnFrom", b.count())
		}
	}
}

// TestSampledBaselineQuantiles: on a stream of log-normal durations (1 %
// ten times slower) that shifts halfway, a baseline learning one span in
// learnEvery past learnFrom reads a p50 and p99 close to one learning
// every span, all along.
func TestSampledBaselineQuantiles(t *testing.T) {
	for _, slowShare := range []float64{0, 0.003, 0.01, 0.03} {
		t.Run(fmt.Sprint(slowShare), func(t *testing.T) { sampledQuantiles(t, slowShare) })
	}
}

func sampledQuantiles(t *testing.T, slowShare float64) {
	st, err := newStore(&Config{RelativeAccuracy: 0.02, MaxBins: 2048, MaxBaselines: numShards})
	if err != nil {
		t.Fatal(err)
	}
	const decay = 2000
	// every learns every span, as add did before learnFrom; other does
	// too, from another stream of the same durations: how far apart two
	// baselines of one distribution read by chance
	sampled, every, other := &baseline{sk: st.newSketch()}, st.newSketch(), st.newSketch()
	r, r2 := rand.New(rand.NewPCG(7, 8)), rand.New(rand.NewPCG(9, 10))
	draw := func(r *rand.Rand, n int) float64 {
		ms := 40 * math.Exp(r.NormFloat64()*0.35)
		if n > 30000 {
			ms *= 1.5
		}
		if r.Float64() < slowShare {
			ms *= 10
		}
		return ms
	}
	var sampledOff, chanceOff [2]float64 // p50, p99: the mean relative difference
	checks := 0
	for n := range 60000 {
		ms := draw(r, n)
		sampled.add(ms, 1, decay)
		for _, sk := range []*ddsketch.DDSketch{every, other} {
			if sk == other {
				ms = draw(r2, n)
			}
			_ = sk.AddWithCount(ms, 1)
			if sk.GetCount() > decay {
				_ = sk.Reweight(0.5)
			}
		}
		if n%500 == 499 && n > 3000 && (n < 30000 || n > 33000) {
			checks++
			for i, q := range []float64{0.5, 0.99} {
				s, _ := sampled.sk.GetValueAtQuantile(q)
				e, _ := every.GetValueAtQuantile(q)
				o, _ := other.GetValueAtQuantile(q)
				sampledOff[i] += math.Abs(s/e - 1)
				chanceOff[i] += math.Abs(o/e - 1)
			}
		}
	}
	for i := range sampledOff {
		sampledOff[i] /= float64(checks)
		chanceOff[i] /= float64(checks)
	}
	t.Logf("mean relative difference from learning every span: p50 %.3f, p99 %.3f; another stream's: p50 %.3f, p99 %.3f", sampledOff[0], sampledOff[1], chanceOff[0], chanceOff[1])
	for i, q := range []string{"p50", "p99"} {
		if sampledOff[i] > 4*chanceOff[i]+0.01 {
			t.Errorf("%s: sampled baseline %.3f from learning every span, four times as far as chance (%.3f)", q, sampledOff[i], chanceOff[i])
		}
	}
}

// TestBaselineCountIsTheSketchs: the count a baseline keeps (count, read
// for every judged span without touching the sketch) is its sketch's
// GetCount after every Classify: through warm-up, learning one in
// learnEvery, decays (to below learnFrom, so a stale count would change
// what is learned), slow spans at OutlierWeight, evictions that reuse the
// sketch of a baseline past learnFrom, and a snapshot's restore into live
// baselines.
func TestBaselineCountIsTheSketchs(t *testing.T) {
	check := func(t *testing.T, c *Classifier, when int) {
		t.Helper()
		n := 0
		for i := range c.st.shards {
			sh := &c.st.shards[i]
			for b := sh.head; b != nil; b = b.next {
				n++
				if got, want := b.count(), b.sk.GetCount(); got != want {
					t.Fatalf("batch %d: baseline %+v counts %v, its sketch %v", when, b.key, got, want)
				}
			}
		}
		if n == 0 {
			t.Fatalf("batch %d: no baselines", when)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	cfg := Config{MaxBaselines: 24 * numShards, DecayCount: 1500}
	c := newC(t, cfg)
	for i := range 4000 {
		sh := shape{db: 5 + r.Float64(), serverSelf: 3 + r.Float64(), gap: 1 + r.Float64(), gwSelf: 2 + r.Float64()}
		if i%97 == 0 {
			sh.db = 400 // slow: OutlierWeight
		}
		b := sh.spans(i, int64(i)*1000*ms)
		if i%5 == 0 || i >= 3000 { // services seen once: at the end they evict the warm ones
			for k := range b {
				b[k].Service = fmt.Sprintf("%s-%d", b[k].Service, i)
			}
		}
		c.Classify(b, make([]Class, len(b)))
		check(t, c, i)
	}
	if c.Stats().BaselineEvictions == 0 {
		t.Fatal("no eviction: the test does not reach the reuse of an evicted sketch")
	}
	snap, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	fresh := newC(t, cfg)
	warm(t, fresh, 5) // restored into baselines that exist, and new ones
	if err := fresh.UnmarshalBinary(snap); err != nil {
		t.Fatal(err)
	}
	check(t, fresh, -1)

	// A baseline made of an evicted one's sketch counts from zero before
	// its first add (assess reads the count first).
	st, err := newStore(&Config{RelativeAccuracy: 0.02, MaxBins: 2048, MaxBaselines: numShards}) // one per shard
	if err != nil {
		t.Fatal(err)
	}
	sh := &st.shards[0]
	old, _ := sh.get(st, &bkey{service: "a"}, 0)
	for range 3 * learnFrom {
		old.add(10, 1, 2000)
	}
	b, created := sh.get(st, &bkey{service: "b"}, 0)
	if !created || b != old {
		t.Fatal("the second key did not reuse the evicted baseline")
	}
	if b.count() != 0 || b.sk.GetCount() != 0 {
		t.Fatalf("reused baseline counts %v, its sketch %v, want 0", b.count(), b.sk.GetCount())
	}
}
