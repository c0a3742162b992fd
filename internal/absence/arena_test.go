package absence

import (
	"encoding/binary"
	"testing"
)

// TestLargeTracesJoinLikeSmallOnes: a trace beyond linearSpans (its span
// ids resolved through the map, not the linear scan) is joined and judged
// like a small one, duplicates included; and the strings of a miss (they
// are copied out of the trace's arena) stay intact after the arena was
// recycled for later traces.
func TestLargeTracesJoinLikeSmallOnes(t *testing.T) {
	var small []Expectation
	for _, extra := range []int{0, 3, linearSpans + 5} {
		w := newWorld(t, DefaultConfig())
		call := func(lines ...line) {
			tid, gw, srv, child := w.ids()
			w.now += sec
			for i, l := range lines {
				w.d.ObserveLog(&Log{TraceID: tid, SpanID: child, Service: "price", Template: l.text, Time: w.now + int64(i),
					User: "user-7", Tenant: "acme"})
			}
			spans := []Span{
				{TraceID: tid, SpanID: child, ParentID: srv, Service: "price", Name: "/prices.handler", End: w.now + 10},
				{TraceID: tid, SpanID: srv, ParentID: gw, Entry: true, Service: "price", Name: "/prices", End: w.now + 20,
					Release: "price@1.4.2", Environment: "production"},
				{TraceID: tid, SpanID: gw, Entry: true, Service: "gateway", Name: "/*", End: w.now + 30},
			}
			for k := 0; k < extra; k++ { // the gateway's own internal work
				var id [8]byte
				binary.BigEndian.PutUint64(id[:], w.seq<<8|uint64(16+k))
				spans = append(spans, Span{TraceID: tid, SpanID: id, ParentID: gw, Service: "gateway", Name: "route", End: w.now + 25})
			}
			spans = append(spans, spans[1]) // sent twice: one call
			w.d.ObserveSpans(spans)
		}
		for i := 0; i < 30; i++ {
			call(start, done)
		}
		if n, m := w.flush(); n != 0 {
			t.Fatalf("extra=%d: learning reported %d misses: %+v", extra, n, m)
		}
		for i := 0; i < 10; i++ {
			call(start)
		}
		n, misses := w.flush()
		if n != 10 {
			t.Fatalf("extra=%d: reported %d calls, want 10 (%+v)", extra, n, misses)
		}
		// Later traffic reuses the recycled traces and their arenas.
		for i := 0; i < 50; i++ {
			call(other, other, other)
		}
		w.flush()
		for _, m := range misses {
			if m.Service != "price" || m.Operation != "/prices" || m.Template != done.text || m.Release != "price@1.4.2" ||
				m.Environment != "production" || m.User != "user-7" || m.Tenant != "acme" {
				t.Errorf("extra=%d: miss = %+v", extra, m)
			}
		}
		got := w.d.Expectations()
		if extra == 0 {
			small = got
		}
		if len(got) != len(small) || len(got) < 2 {
			t.Fatalf("extra=%d: expectations = %+v, small traces learned %+v", extra, got, small)
		}
		for i := range got {
			if got[i] != small[i] {
				t.Errorf("extra=%d: expectation %+v, small traces learned %+v", extra, got[i], small[i])
			}
		}
	}
}
