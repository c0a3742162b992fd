package dedup

import (
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSeenOnceWithinTheWindow(t *testing.T) {
	s := New(1 << 16)
	r := rand.New(rand.NewPCG(1, 2))
	ids := make([]uint64, 1<<14) // a quarter of the slots
	for i := range ids {
		ids[i] = r.Uint64()
		assert.False(t, s.Seen(ids[i]))
	}
	known := 0
	for _, id := range ids {
		if s.Seen(id) {
			known++
		}
	}
	// An identity is lost only when 4 newer ones landed in its bucket.
	assert.Greater(t, float64(known)/float64(len(ids)), 0.98, "%d of %d copies recognised", known, len(ids))
	assert.Equal(t, int64(known), s.Duplicates())
}

// The window is counted in records and the memory is fixed: an identity is
// forgotten once enough newer ones arrived, whatever they are.
func TestWindowIsBounded(t *testing.T) {
	s := New(1)
	assert.Len(t, s.slots, shards*ways)
	assert.False(t, s.Seen(42))
	assert.True(t, s.Seen(42))
	for id := uint64(1000); id < 11000; id++ {
		s.Seen(id)
	}
	assert.Len(t, s.slots, shards*ways)
	assert.False(t, s.Seen(42), "10,000 newer identities later: forgotten")
	assert.False(t, s.Seen(0))
	assert.True(t, s.Seen(0), "0 is an identity like any other (stored as 1)")
}

func TestZeroSizeRemembersNothing(t *testing.T) {
	s := New(0)
	assert.False(t, s.Seen(1))
	assert.False(t, s.Seen(1))
	assert.Zero(t, s.Duplicates())
}

func TestConcurrent(t *testing.T) {
	s := New(1 << 16)
	var wg sync.WaitGroup
	dups := make([]int, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := uint64(1); id <= 1000; id++ {
				if s.Seen(id) {
					dups[g]++
				}
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, 3000, dups[0]+dups[1]+dups[2]+dups[3], "each id new exactly once")
}
