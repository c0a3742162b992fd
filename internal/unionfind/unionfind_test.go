package unionfind

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestForest(t *testing.T) {
	f := New(6)
	lower := func(a, b int) int { return min(a, b) }
	assert.True(t, f.Union(4, 5, lower))
	assert.True(t, f.Union(5, 2, lower))
	assert.False(t, f.Union(4, 2, lower), "already one set")
	assert.True(t, f.Union(1, 0, func(a, b int) int { return a })) // keeps 1's root
	for i, want := range []int{1, 1, 2, 3, 2, 2} {
		assert.Equal(t, want, f.Find(i), i)
	}
}
