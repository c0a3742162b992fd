package mask

import (
	"strings"
	"testing"
)

// hostileColumnRuns is a record of runs of LongRun values each after a
// word, between dashes beside words ("w - w"): no run is columns
// (afterValue, placeholders), so each run asks placeholders of the whole
// record again.
func hostileColumnRuns(n int) string {
	var b strings.Builder
	for b.Len() < n {
		b.WriteString("w - w 1 2 3 4 5 6 7 8 ")
	}
	return b.String()[:n]
}

// BenchmarkColumnRunsHostile measures collapseRuns on a record of many
// runs among many " - " separators (h134: placeholders scanned the whole
// record once per run, quadratic in the record's length).
func BenchmarkColumnRunsHostile(b *testing.B) {
	m, err := New(nil, 0)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{4 << 10, 64 << 10} {
		in := hostileColumnRuns(n)
		b.Run(map[int]string{4 << 10: "4KiB", 64 << 10: "64KiB"}[n], func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for range b.N {
				_ = m.String(in)
			}
		})
	}
}

// BenchmarkColumnRunsShapes measures the other hostile shapes of the
// column-run rule (afterValue's walk back over placeholders, keyed values
// before runs) at 64 KiB.
func BenchmarkColumnRunsShapes(b *testing.B) {
	m, err := New(nil, 0)
	if err != nil {
		b.Fatal(err)
	}
	for name, unit := range map[string]string{
		"dashes":  "- - - - - - - - ",
		"dashrun": "- - - - 1 2 3 4 5 6 7 8 ",
		"keyed":   "a=1 b c d 1 2 3 4 5 6 7 8 ",
		"valdash": "1 - 2 - 3 - 4 - 5 - 6 - 7 - 8 - ",
	} {
		in := strings.Repeat(unit, (64<<10)/len(unit))
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for range b.N {
				_ = m.String(in)
			}
		})
	}
}
