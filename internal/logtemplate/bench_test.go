package logtemplate

import (
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/loghub"
)

// loghubStream interleaves the messages of every Loghub dataset, or returns
// a synthetic stream when the data is absent.
func loghubStream(tb testing.TB) []string {
	if _, err := os.Stat(loghubDir); err != nil {
		return sample(16000)
	}
	out, err := loghub.Mixed(loghubDir)
	require.NoError(tb, err)
	return out
}

// BenchmarkProcess measures Process in warm state on the mixed Loghub stream.
func BenchmarkProcess(b *testing.B) {
	msgs := loghubStream(b)
	m := newMiner(b, nil)
	for _, msg := range msgs {
		m.Process(msg)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Process(msgs[i%len(msgs)])
	}
}

func BenchmarkProcessParallel(b *testing.B) {
	msgs := loghubStream(b)
	m := newMiner(b, nil)
	for _, msg := range msgs {
		m.Process(msg)
	}
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := rand.IntN(len(msgs))
		for pb.Next() {
			m.Process(msgs[i%len(msgs)])
			i++
		}
	})
}

func TestProcessNoAllocs(t *testing.T) {
	msgs := loghubStream(t)
	m := newMiner(t, nil)
	for _, msg := range msgs {
		m.Process(msg)
	}
	i := 0
	allocs := testing.AllocsPerRun(5000, func() {
		m.Process(msgs[i%len(msgs)])
		i++
	})
	assert.Zero(t, allocs)
}

// distinctMessages returns a generator of distinct unmaskable messages:
// five random six-letter words, every second one after a number (a
// variable first token: all these share one group).
func distinctMessages() func(i int) string {
	rng := rand.New(rand.NewPCG(1, 2))
	var sb strings.Builder
	return func(i int) string {
		sb.Reset()
		if i%2 == 0 {
			sb.WriteString("42 ")
		}
		for w := 0; w < 5; w++ {
			if w > 0 {
				sb.WriteByte(' ')
			}
			for k := 0; k < 6; k++ {
				sb.WriteByte(byte('a' + rng.IntN(26)))
			}
		}
		return sb.String()
	}
}

// BenchmarkProcessDistinct measures Process on a stream of distinct
// unmaskable messages (every one a new template, the bound evicting):
// the miner's worst case, a high-cardinality stream (make bench-memory's).
// The first 100,000 fill the bound outside the timer.
func BenchmarkProcessDistinct(b *testing.B) {
	next := distinctMessages()
	m := newMiner(b, nil)
	for i := 1; i <= 100_000; i++ {
		m.Process(next(i))
	}
	msgs := make([]string, b.N)
	for i := range msgs {
		msgs[i] = next(100_001 + i)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for _, msg := range msgs {
		m.Process(msg)
	}
}

// TestCardinalityExplosion feeds 1,000,000 distinct unmaskable messages
// with default limits: templates stay bounded and the heap stays flat.
func TestCardinalityExplosion(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	m := newMiner(t, nil)
	next := distinctMessages()
	const total = 1_000_000
	var peak, mid uint64
	var ms runtime.MemStats
	for i := 1; i <= total; i++ {
		m.Process(next(i))
		if i%100_000 == 0 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
			if i == total/2 {
				mid = ms.HeapAlloc
			}
		}
	}
	st := m.Stats()
	t.Logf("stats %+v; live heap after GC: peak %.1f MiB, at 500k %.1f MiB, at 1M %.1f MiB",
		st, float64(peak)/(1<<20), float64(mid)/(1<<20), float64(ms.HeapAlloc)/(1<<20))
	assert.LessOrEqual(t, st.Active, DefaultConfig().MaxTemplates)
	assert.Greater(t, st.Evicted, uint64(total/2))
	assert.Greater(t, st.CacheResets, uint64(0))
	assert.Less(t, float64(ms.HeapAlloc), 1.25*float64(mid)+(4<<20), "heap grows")
	assert.Less(t, peak, uint64(256<<20))
}
