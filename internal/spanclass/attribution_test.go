package spanclass

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// fanout is one request of "caller" calling each callee once:
// caller server -> caller client_k -> callee_k server.
func fanout(trace int, callees []string, gapMs func(k int) float64) []Span {
	tid := [16]byte{byte(trace), byte(trace >> 8), 2}
	var out []Span
	root := Span{TraceID: tid, SpanID: [8]byte{1}, Service: "caller", Name: "GET /x", Kind: SpanKindServer, Start: 0}
	t := int64(0)
	for k, callee := range callees {
		srv := int64(4 * ms)
		gap := int64(gapMs(k) * float64(ms))
		cli := Span{TraceID: tid, SpanID: [8]byte{byte(2 + 2*k)}, ParentSpanID: [8]byte{1}, Service: "caller", Name: "HTTP GET", Kind: SpanKindClient, Start: t, End: t + srv + gap}
		s := Span{TraceID: tid, SpanID: [8]byte{byte(3 + 2*k)}, ParentSpanID: cli.SpanID, Service: callee, Name: "GET", Route: "/y", Kind: SpanKindServer, Start: t + gap/2, End: t + gap/2 + srv}
		out = append(out, cli, s)
		t = cli.End
	}
	root.End = t + ms
	return append([]Span{root}, out...)
}

func TestGapBlamesCallerWhenAllItsCallsAreSlow(t *testing.T) {
	callees := []string{"a", "b", "c", "d"}
	c := newC(t, Config{})
	for i := range 40 {
		b := fanout(i, callees, func(k int) float64 { return 1 + float64((i+k)%3)*0.2 })
		c.Classify(b, make([]Class, len(b)))
	}
	var last []Class
	for i := range 10 { // the caller is starved: every outbound gap is slow
		b := fanout(100+i, callees, func(int) float64 { return 300 })
		last = make([]Class, len(b))
		c.Classify(b, last)
	}
	blamed := map[string]int{}
	for _, cl := range last {
		if cl.Kind == attrs.KindLatency && !cl.Propagated {
			require.True(t, cl.Network)
			blamed[cl.Service]++
		}
	}
	assert.Equal(t, map[string]int{"caller": 4}, blamed)
}

func TestGapBlamesCalleeWhenOnlyItIsSlow(t *testing.T) {
	callees := []string{"a", "b", "c", "d"}
	c := newC(t, Config{})
	for i := range 40 {
		b := fanout(i, callees, func(k int) float64 { return 1 + float64((i+k)%3)*0.2 })
		c.Classify(b, make([]Class, len(b)))
	}
	var last []Class
	for i := range 10 { // only the link to "c" is delayed
		b := fanout(100+i, callees, func(k int) float64 {
			if k == 2 {
				return 300
			}
			return 1
		})
		last = make([]Class, len(b))
		c.Classify(b, last)
	}
	var causes []Class
	for _, cl := range last {
		if cl.Kind == attrs.KindLatency && !cl.Propagated {
			causes = append(causes, cl)
		}
	}
	require.Len(t, causes, 1)
	assert.Equal(t, "c", causes[0].Service)
	assert.Equal(t, "c", causes[0].Dependency)
	assert.True(t, causes[0].Network)
	assert.Equal(t, attrs.KindLatency, last[0].Kind)
	assert.True(t, last[0].Propagated, "the caller's server span is explained by the slow gap")
}

func TestAsyncSiblingExplainsWaitingSpan(t *testing.T) {
	// A reactive gateway records its handler as the sibling of the call it
	// waits for: root server -> {handler (internal), client -> callee server}.
	mk := func(trace int, calleeMs float64) []Span {
		tid := [16]byte{byte(trace), byte(trace >> 8), 3}
		d := int64(calleeMs * float64(ms))
		return []Span{
			{TraceID: tid, SpanID: [8]byte{1}, Service: "gw", Name: "/*", Kind: SpanKindServer, Start: 0, End: d + 4*ms},
			{TraceID: tid, SpanID: [8]byte{2}, ParentSpanID: [8]byte{1}, Service: "gw", Name: "Handler.handle", Kind: SpanKindInternal, Start: ms, End: d + 3*ms},
			{TraceID: tid, SpanID: [8]byte{3}, ParentSpanID: [8]byte{1}, Service: "gw", Name: "HTTP GET", Kind: SpanKindClient, Start: ms + ms/2, End: d + 3*ms + ms/2},
			{TraceID: tid, SpanID: [8]byte{4}, ParentSpanID: [8]byte{3}, Service: "svc", Name: "GET", Route: "/z", Kind: SpanKindServer, Start: 2 * ms, End: 2*ms + d},
		}
	}
	c := newC(t, Config{})
	for i := range 40 {
		b := mk(i, 5+float64(i%4))
		c.Classify(b, make([]Class, len(b)))
	}
	b := mk(999, 600)
	out := make([]Class, len(b))
	c.Classify(b, out)
	for i, want := range []string{"prop", "prop", "prop", "cause"} {
		got := ""
		switch {
		case out[i].Kind != attrs.KindLatency:
		case out[i].Propagated:
			got = "prop"
		default:
			got = "cause"
		}
		assert.Equal(t, want, got, "span %d %s", i, b[i].Name)
	}
	assert.Equal(t, "svc", out[3].Service)
}

func TestGapFallbackForRareEdge(t *testing.T) {
	// The edge to "rare" has never been seen, but the callee-independent gap
	// baseline is warm: a 500ms gap is judged at once.
	c := newC(t, Config{})
	for i := range 40 {
		b := fanout(i, []string{"a", "b"}, func(int) float64 { return 1 })
		c.Classify(b, make([]Class, len(b)))
	}
	b := fanout(500, []string{"rare"}, func(int) float64 { return 500 })
	out := make([]Class, len(b))
	c.Classify(b, out)
	assert.Equal(t, attrs.KindLatency, out[1].Kind)
	assert.True(t, out[1].Network)
	assert.Equal(t, "rare", out[1].Service)
}
