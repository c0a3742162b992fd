package enrich

import (
	"runtime"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func tid(n int) TraceID {
	var id TraceID
	id[0], id[1] = byte(n), byte(n>>8)
	id[15] = 0 // all in one shard, to test LRU order
	return id
}

func TestTraceJourneysLRU(t *testing.T) {
	tj := NewTraceJourneys(16 * 3) // 3 per shard
	checkout := Journey{"checkout", 2}
	for i := 0; i < 3; i++ {
		tj.Put(tid(i), checkout)
	}
	_, ok := tj.Get(tid(0)) // 0 becomes most recent; 1 is now the oldest
	require.True(t, ok)
	tj.Put(tid(3), Journey{"search", 1})
	_, ok = tj.Get(tid(1))
	assert.False(t, ok, "least recently used trace must be evicted")
	for _, i := range []int{0, 2, 3} {
		_, ok := tj.Get(tid(i))
		assert.True(t, ok, "trace %d", i)
	}
	assert.Equal(t, uint64(1), tj.Evictions())
	assert.Equal(t, 3, tj.Len())

	tj.Put(tid(2), Journey{"sign-in", 3}) // update in place
	j, _ := tj.Get(tid(2))
	assert.Equal(t, Journey{"sign-in", 3}, j)
	assert.Equal(t, uint64(1), tj.Evictions())
}

func TestTraceJourneysBoundedConcurrent(t *testing.T) {
	tj := NewTraceJourneys(64)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				var id TraceID
				id[0], id[1], id[15] = byte(i), byte(g), byte(i*7)
				tj.Put(id, Journey{Name: "j"})
				if j, ok := tj.Get(id); ok && j.Name != "j" {
					t.Errorf("got %q", j.Name)
				}
			}
		}(g)
	}
	wg.Wait()
	assert.LessOrEqual(t, tj.Len(), 64)
	assert.Equal(t, uint64(8000-tj.Len()), tj.Evictions())
}

// TestTraceJourneysMemoryGrowsWithUse: a memory of the default capacity
// that nothing is put into (no journey rules) holds no table (it held
// 17 MiB, allocated up front, in every collector); filled, it holds at
// most its capacity.
func TestTraceJourneysMemoryGrowsWithUse(t *testing.T) {
	allocated := func(f func()) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f()
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	var tj *TraceJourneys
	if n := allocated(func() { tj = NewTraceJourneys(0) }); n > 16<<10 {
		t.Errorf("an empty memory allocated %d bytes", n)
	}
	if _, ok := tj.Get(TraceID{1}); ok || tj.Len() != 0 {
		t.Fatal("empty memory answers")
	}
	small := NewTraceJourneys(32) // 2 per shard
	for i := 0; i < 1000; i++ {
		var id TraceID
		id[0], id[1], id[15] = byte(i), byte(i>>8), byte(i)
		small.Put(id, Journey{Name: "j"})
	}
	assert.Equal(t, 32, small.Len())
	assert.Equal(t, uint64(1000-32), small.Evictions())
	for i := range small.shards {
		assert.LessOrEqual(t, len(small.shards[i].nodes), 2)
	}
}
