package backlog

import (
	"maps"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDominantAndTop(t *testing.T) {
	m := map[string]int64{"b": 3, "a": 3, "c": 5, "d": 1}
	assert.Equal(t, "c", Dominant(maps.All(m)))
	assert.Equal(t, []Count{{"c", 5}, {"a", 3}, {"b", 3}, {"d", 1}}, Top(m, 0))
	assert.Equal(t, []Count{{"c", 5}, {"a", 3}}, Top(m, 2))
	delete(m, "c")
	assert.Equal(t, "a", Dominant(maps.All(m)), "ties: the smallest key")
	for range 20 { // map order does not leak
		assert.Equal(t, Top(m, 1)[0].Key, Dominant(maps.All(m)), "Dominant is the first of Top")
	}
	assert.Equal(t, "", Dominant(maps.All(map[string]int64(nil))))
	assert.Empty(t, Top(nil, 3))
}
