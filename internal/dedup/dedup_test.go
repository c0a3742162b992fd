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
	first := s.Delivery()
	for i := range ids {
		ids[i] = r.Uint64()
		assert.False(t, s.Seen(ids[i], first))
	}
	again := s.Delivery()
	known := 0
	for _, id := range ids {
		if s.Seen(id, again) {
			known++
		}
	}
	// An identity is lost only when 4 newer ones landed in its bucket.
	assert.Greater(t, float64(known)/float64(len(ids)), 0.98, "%d of %d copies recognised", known, len(ids))
	assert.Equal(t, int64(known), s.Duplicates())
}

// Equal records of one delivery are the source's (counted as written); the
// same records in a later delivery are copies, however many there are.
func TestEqualRecordsOfOneDeliveryAreNotCopies(t *testing.T) {
	s := New(1 << 10)
	d1 := s.Delivery()
	for range 3 {
		assert.False(t, s.Seen(7, d1), "the source wrote it three times")
	}
	assert.False(t, s.Seen(8, d1))
	d2 := s.Delivery()
	assert.NotEqual(t, d1, d2)
	for range 3 {
		assert.True(t, s.Seen(7, d2), "delivered again")
	}
	assert.True(t, s.Seen(8, d2))
	assert.False(t, s.Seen(9, d2), "a new record merged into the redelivered batch")
	d3 := s.Delivery()
	assert.True(t, s.Seen(7, d3), "and again")
	assert.True(t, s.Seen(9, d3))
	assert.Equal(t, int64(6), s.Duplicates())
}

// A delivery number 2^24 deliveries later is taken for the same one: only
// an identity that stayed in the table that long is affected.
func TestDeliveryNumbersWrap(t *testing.T) {
	s := New(1 << 10)
	assert.False(t, s.Seen(7, 5))
	assert.True(t, s.Seen(7, 6))
	assert.False(t, s.Seen(7, 5+1<<deliveryBits))
}

// The window is counted in records and the memory is fixed: an identity is
// forgotten once enough newer ones arrived, whatever they are.
func TestWindowIsBounded(t *testing.T) {
	s := New(1)
	assert.Len(t, s.slots, shards*ways)
	assert.False(t, s.Seen(42<<40, 1))
	assert.True(t, s.Seen(42<<40, 2))
	for id := uint64(1000); id < 11000; id++ {
		s.Seen(id<<40, 3)
	}
	assert.Len(t, s.slots, shards*ways)
	assert.False(t, s.Seen(42<<40, 4), "10,000 newer identities later: forgotten")
	assert.False(t, s.Seen(0, 5))
	assert.True(t, s.Seen(0, 6), "0 is an identity like any other")
}

func TestZeroSizeRemembersNothing(t *testing.T) {
	s := New(0)
	assert.False(t, s.Seen(1, 1))
	assert.False(t, s.Seen(1, 2))
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
			d := s.Delivery()
			for id := uint64(1); id <= 1000; id++ {
				if s.Seen(id<<32, d) {
					dups[g]++
				}
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, 3000, dups[0]+dups[1]+dups[2]+dups[3], "each id new exactly once")
}
