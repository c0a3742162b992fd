package spanclass

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// satTrace: a frontend handler calls search's handler (factor times its
// usual self time of selfMs, far below MinExcess), which calls a database.
func satTrace(i int, selfMs float64, op string) []Span {
	tid := [16]byte{byte(i), byte(i >> 8), byte(i >> 16), 7}
	id := func(k int) [8]byte { return [8]byte{byte(k), byte(i), byte(i >> 8), byte(i >> 16), 7} }
	t0 := int64(i) * 1000 * ms
	d := func(x float64) int64 { return int64(x * float64(ms)) }
	db := d(4)
	srv := db + d(selfMs)
	return []Span{
		{TraceID: tid, SpanID: id(1), Service: "frontend", Name: "GET /", Kind: SpanKindServer, Start: t0, End: t0 + srv + d(3)},
		{TraceID: tid, SpanID: id(2), ParentSpanID: id(1), Service: "frontend", Name: "pkg.Search/" + op, RPCService: "pkg.Search", RPCMethod: op, Kind: SpanKindClient, Start: t0 + d(1), End: t0 + d(1) + srv + d(1)},
		{TraceID: tid, SpanID: id(3), ParentSpanID: id(2), Service: "search", Name: "pkg.Search/" + op, Kind: SpanKindServer, Start: t0 + d(1.5), End: t0 + d(1.5) + srv},
		{TraceID: tid, SpanID: id(4), ParentSpanID: id(3), Service: "search", Name: "SELECT docs", DB: true, Dependency: "postgresql", Kind: SpanKindClient, Start: t0 + d(2), End: t0 + d(2) + db},
	}
}

// TestSaturationAcrossOperations: search's handlers all take ~6x their
// usual 1-2 ms of self time, far below the 50 ms floor of single-span
// latency: one saturation finding for search (no operation), none for the
// frontend that waits on it, none before the slowdown.
func TestSaturationAcrossOperations(t *testing.T) {
	c := newC(t, Config{})
	ops := []string{"Query", "Suggest", "Facets"}
	out := make([]Class, 4)
	for i := range 300 {
		c.Classify(satTrace(i, 1+float64(i%5)*0.2, ops[i%3]), out)
		for k := range out {
			require.Empty(t, out[k].Kind, "normal traffic, trace %d span %d", i, k)
		}
	}
	found := map[string]int{}
	for i := 300; i < 400; i++ {
		c.Classify(satTrace(i, 6*(1+float64(i%5)*0.2), ops[i%3]), out)
		for k := range out {
			if out[k].Kind != "" {
				require.Equal(t, attrs.KindLatency, out[k].Kind)
				require.True(t, out[k].Saturation, "span %d", k)
				assert.Empty(t, out[k].Operation)
				found[out[k].Service]++
			}
		}
	}
	assert.Greater(t, found["search"], 50, "most slowed handlers are flagged once the share is reached")
	assert.Zero(t, found["frontend"], "the waiting caller's own time did not grow")
}

// TestSaturationNotFromOneSlowSpan: an occasional relatively slow handler
// (5%) is no saturation.
func TestSaturationNotFromOneSlowSpan(t *testing.T) {
	c := newC(t, Config{})
	out := make([]Class, 4)
	for i := range 600 {
		self := 1 + float64(i%5)*0.2
		if i > 300 && i%20 == 0 {
			self *= 6
		}
		c.Classify(satTrace(i, self, "Query"), out)
		for k := range out {
			require.False(t, out[k].Saturation, "trace %d span %d", i, k)
		}
	}
}

func TestSaturationFractionValidated(t *testing.T) {
	_, err := New(Config{SaturationFraction: 1.5})
	require.ErrorContains(t, err, "saturation_fraction")
}

// TestSaturationWithUsualSpread: search's handlers have the spread of real
// handlers (self time lognormal, sigma 0.4, around 2-4 ms) and all become
// three times slower, with some more spread (a starved process is uneven).
// Most slowed spans stay below the per-span rule max(1.5*p99,
// p50+3*(p99-p50)), about 5.6x the median here, so that rule alone finds
// no saturation; the shift of the whole distribution above each
// operation's p90 does. Normal traffic with the same spread is quiet.
func TestSaturationWithUsualSpread(t *testing.T) {
	c := newC(t, Config{})
	r := rand.New(rand.NewPCG(11, 12))
	ops := []string{"Query", "Suggest", "Facets"}
	usual := map[string]float64{"Query": 2, "Suggest": 3, "Facets": 4}
	out := make([]Class, 4)
	for i := range 1500 {
		op := ops[i%3]
		c.Classify(satTrace(i, usual[op]*math.Exp(0.4*r.NormFloat64()), op), out)
		for k := range out {
			require.False(t, out[k].Saturation, "normal traffic, trace %d span %d", i, k)
		}
	}
	found := map[string]int{}
	const slowed = 300
	for i := 1500; i < 1500+slowed; i++ {
		op := ops[i%3]
		c.Classify(satTrace(i, 3*usual[op]*math.Exp(0.4*r.NormFloat64()+0.3*r.NormFloat64()), op), out)
		for k := range out {
			if out[k].Saturation {
				found[out[k].Service]++
			}
		}
	}
	assert.Greater(t, found["search"], slowed/2, "most slowed handlers are flagged")
	assert.Zero(t, found["frontend"], "the waiting caller's own time did not grow")
}
