package spanclass

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAttributeWholeTrace: the nearest slow span below explains a slow
// span through spans that are not slow; a delegated call explains but is
// no cause; the verdict does not depend on the order of the spans; a span
// sent twice and a parent cycle are harmless.
func TestAttributeWholeTrace(t *testing.T) {
	id := func(b byte) [8]byte { return [8]byte{b} }
	ms := int64(1e6)
	spans := []TraceSpan{
		{ID: id(1), Start: 0, End: 700 * ms, SlowMs: 600, Candidate: true},                     // server
		{ID: id(2), Parent: id(1), Start: 1 * ms, End: 699 * ms, SlowMs: 600},                  // its call (delegated)
		{ID: id(3), Parent: id(2), Start: 2 * ms, End: 698 * ms},                               // callee's handler, not slow
		{ID: id(4), Parent: id(3), Start: 3 * ms, End: 690 * ms, SlowMs: 590, Candidate: true}, // the query
		{ID: id(5), Parent: id(9), Start: 0, End: 100 * ms, SlowMs: 80, Candidate: true},       // a slow span whose parent is elsewhere
	}
	want := []float64{0, 0, 0, 590, 80}
	var sc AttributionScratch
	own := make([]float64, len(spans))
	Attribute(spans, 0.5, &sc, own)
	assert.Equal(t, want, own)

	rev := make([]TraceSpan, len(spans))
	for i := range spans {
		rev[len(spans)-1-i] = spans[i]
	}
	Attribute(rev, 0.5, &sc, own)
	for i := range want {
		assert.Equal(t, want[i], own[len(spans)-1-i], "reversed, span %d", i+1)
	}

	// The query alone: nothing explains it. Its handler alone: blamed.
	own = own[:1]
	Attribute(spans[3:4], 0.5, &sc, own)
	assert.Equal(t, 590.0, own[0])

	// A duplicate counts once; a cycle ends the walk.
	dup := append(append([]TraceSpan{}, spans...), spans[3])
	own = make([]float64, len(dup))
	Attribute(dup, 0.5, &sc, own)
	assert.Equal(t, []float64{0, 0, 0, 590, 80, 0}, own)
	cyc := []TraceSpan{{ID: id(1), Parent: id(2), SlowMs: 10, Candidate: true, End: 20 * ms}, {ID: id(2), Parent: id(1), SlowMs: 10, Candidate: true, End: 20 * ms}}
	own = own[:2]
	Attribute(cyc, 0.5, &sc, own)
	assert.Equal(t, []float64{0, 0}, own)
}
