package mask

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A code location written as a type, its member and a line after '#'
// (java.util.logging's and Kotlin loggers' %C.%M#%L, Javadoc's
// Type#member) keeps its names and masks the line, as "file.go:<*>" does:
// the class and method are code, constant for the statement; before, the
// dot made the whole piece one value, so every statement's location was
// the same "<*>" (examples of our own). A host name before '#' (BIND's and
// dnsmasq's address#port) stays one value, as does a piece with a digit
// before the '#'.
func TestCodeLocationKeepsItsNames(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		"Scheduler.tick#118: queue drained":              "Scheduler.tick#<*>: queue drained",
		"Session.<init>#42: created session 7":           "Session.<init>#<*>: created session <*>",
		"org.acme.Cache$Entry.evict#9 evicted 3 entries": "org.acme.Cache$Entry.evict#<*> evicted <*> entries",
		"forwarded to ns1.example.net#53":                "forwarded to <*>",
		"forwarded to 10.0.0.53#53":                      "forwarded to <*>",
		"Pool2.take#5 waited":                            "<*> waited",
		"pool.take#5 waited":                             "<*> waited",
		"ticket #4471 and job#9":                         "ticket #<*> and job#<*>",
	} {
		assert.Equal(t, want, m.String(in), in)
	}
}
