package stacktrace

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCache(t *testing.T) {
	c := NewCache(NewParser(Config{}), 2)
	a := c.Parse(javaTrace)
	b := c.Parse(javaTrace)
	assert.Same(t, a, b, "a hit returns the cached trace")
	want := Parse(javaTrace)
	assert.Equal(t, &want, a)
	assert.Equal(t, CacheStats{Misses: 1}, c.Stats())
	for i := 0; i < 10; i++ {
		in := fmt.Sprintf("java.lang.Error: %d\n\tat a.B.c%d(B.java:1)\n", i, i)
		assert.Equal(t, fmt.Sprintf("a.B.c%d", i), c.Parse(in).TopFrames(1)[0])
	}
	assert.Positive(t, c.Stats().Evictions)
	assert.Zero(t, testing.AllocsPerRun(50, func() { c.Parse(goTrace) }))
}

func BenchmarkCacheHit(b *testing.B) {
	c := NewCache(NewParser(Config{}), 0)
	b.ReportAllocs()
	b.SetBytes(int64(len(javaTrace)))
	for b.Loop() {
		_ = c.Parse(javaTrace)
	}
}
