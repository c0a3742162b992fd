package backlog

import (
	"cmp"
	"iter"
	"sort"
	"strings"
)

// Count is one key of a counter (Item.Services, Item.Severity, ...) with
// its count.
type Count struct {
	Key string
	N   int64
}

// compareCounts is the one order of counters: the highest count first,
// ties by the smallest key (deterministic).
func compareCounts(a, b Count) int {
	if c := cmp.Compare(b.N, a.N); c != 0 {
		return c
	}
	return strings.Compare(a.Key, b.Key)
}

// Dominant returns the key that comes first in that order (the dominant
// service, owner, severity, ... of a cluster); "" when counts is empty.
// It does not allocate.
func Dominant(counts iter.Seq2[string, int64]) string {
	var best Count
	found := false
	for k, n := range counts {
		if c := (Count{k, n}); !found || compareCounts(c, best) < 0 {
			best, found = c, true
		}
	}
	return best.Key
}

// Top returns the first n counts of m in that order (every count when
// n <= 0).
func Top(m map[string]int64, n int) []Count {
	out := make([]Count, 0, len(m))
	for k, v := range m {
		out = append(out, Count{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return compareCounts(out[i], out[j]) < 0 })
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}
