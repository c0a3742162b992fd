package spanclass

import (
	"bytes"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/DataDog/sketches-go/ddsketch"
	"github.com/DataDog/sketches-go/ddsketch/mapping"
	"github.com/DataDog/sketches-go/ddsketch/store"
)

// TestSketchLikeDDSketch: a baseline's sketch gives what the library's
// DDSketch with collapsing-lowest dense stores gives, bit for bit: counts,
// the quantiles a refresh reads, and its encoding, after every add,
// reweight and clear of random streams that span narrow and very wide
// ranges (the lowest bins collapse), carry tiny weights (a count below
// one), zero-bucket values and values the mapping cannot index; and a
// sketch decoded from a snapshot goes on like the library's decoded one.
func TestSketchLikeDDSketch(t *testing.T) {
	for _, tc := range []struct {
		acc     float64
		maxBins int
		spread  float64 // decades of values
		decay   float64
	}{
		{0.02, 512, 2, 2000},
		{0.02, 512, 12, 300},
		{0.01, 16, 3, 100},
		{0.05, 64, 8, 50},
	} {
		m, err := mapping.NewLogarithmicMapping(tc.acc)
		if err != nil {
			t.Fatal(err)
		}
		newLib := func() *ddsketch.DDSketch {
			return ddsketch.NewDDSketch(m, store.NewCollapsingLowestDenseStore(tc.maxBins), store.NewCollapsingLowestDenseStore(16))
		}
		lib, ours := newLib(), newSketch(m, tc.maxBins)
		r := rand.New(rand.NewPCG(uint64(tc.maxBins), uint64(tc.spread)))
		for n := range 40000 {
			v := math.Pow(10, r.Float64()*tc.spread-tc.spread/3)
			switch r.IntN(400) {
			case 0:
				v = 1e-320 // the zero bucket
			case 1:
				v = math.Inf(1)
			case 2:
				v = math.NaN()
			case 3:
				v = 1e300 // beyond the mapping
			case 4:
				lib.Clear()
				ours.clear()
			}
			w := 1.0
			switch r.IntN(10) {
			case 0:
				w = 0.001
			case 1:
				w = 0.5
			}
			if n%5000 < 30 {
				w = 0.001 // fresh after a clear: counts below one
			}
			_ = lib.AddWithCount(v, w)
			ours.add(v, w)
			if lib.GetCount() > tc.decay {
				_ = lib.Reweight(0.5)
				ours.reweight(0.5)
			}
			if n%5000 == 4999 {
				lib.Clear()
				ours.clear()
			}
			compareSketch(t, n, lib, ours)
			if n%997 == 0 && !lib.IsEmpty() {
				// Snapshot both and go on from what each decodes.
				var a, b []byte
				lib.Encode(&a, true)
				ours.encode(&b)
				if !bytes.Equal(a, b) {
					t.Fatalf("op %d: encodings differ:\n%x\n%x", n, a, b)
				}
				provider := store.Provider(func() store.Store { return store.NewCollapsingLowestDenseStore(tc.maxBins) })
				if lib, err = ddsketch.DecodeDDSketch(a, provider, m); err != nil {
					t.Fatal(err)
				}
				if ours, err = decodeSketch(b, m, tc.maxBins); err != nil {
					t.Fatal(err)
				}
				compareSketch(t, n, lib, ours)
			}
		}
	}
}

func compareSketch(t *testing.T, n int, lib *ddsketch.DDSketch, ours *sketch) {
	t.Helper()
	if math.Float64bits(lib.GetCount()) != math.Float64bits(ours.count()) || lib.IsEmpty() != ours.isEmpty() {
		t.Fatalf("op %d: count %v (empty %v), library %v (empty %v)", n, ours.count(), ours.isEmpty(), lib.GetCount(), lib.IsEmpty())
	}
	if lib.IsEmpty() {
		return
	}
	for _, qs := range [][]float64{qsSpan, qsSelf, {0, 0.25, 1}} {
		var got [3]float64
		ours.quantiles(qs, got[:len(qs)])
		for i, q := range qs {
			want, _ := lib.GetValueAtQuantile(q)
			if math.Float64bits(want) != math.Float64bits(got[i]) {
				t.Fatalf("op %d: q%v = %v, library %v (count %v)", n, q, got[i], want, lib.GetCount())
			}
		}
	}
}
