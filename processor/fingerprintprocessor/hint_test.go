package fingerprintprocessor

import (
	"testing"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"
)

// TestMinedAfterFollowsAnnotate: the span path hints at the messages
// annotate mines, in order: an error span's that is not propagated and
// has a message, and no other class's (every combination of kind,
// propagation and message).
func TestMinedAfterFollowsAnnotate(t *testing.T) {
	var out []spanclass.Class
	var want []int
	for _, kind := range []string{"", attrs.KindError, attrs.KindLatency, attrs.KindRetry} {
		for _, propagated := range []bool{false, true} {
			for _, msg := range []string{"", "connection refused"} {
				if kind == attrs.KindError && !propagated && msg != "" {
					want = append(want, len(out))
				}
				out = append(out, spanclass.Class{Kind: kind, Propagated: propagated, Message: msg})
			}
		}
	}
	var got []int
	for i := minedAfter(out, -1); i < len(out); i = minedAfter(out, i) {
		got = append(got, i)
	}
	if len(got) != len(want) {
		t.Fatalf("mined %v, want %v", got, want)
	}
	for k := range got {
		if got[k] != want[k] {
			t.Fatalf("mined %v, want %v", got, want)
		}
	}
	if minedAfter(nil, -1) != 0 || minedAfter(out, len(out)-1) != len(out) {
		t.Fatal("none left: not len(out)")
	}
}
