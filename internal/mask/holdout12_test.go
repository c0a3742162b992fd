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

// An HTTP status code and its reason phrase are one value: the phrase is
// the code's text (RFC 9110 §15), written by the same lookup, so "200 OK"
// and "404 Not Found" are two values of one slot, not two events; before,
// the phrase stayed words and split the event by status (examples of our
// own). Only the phrase of that very code, ending a word: a number
// followed by other words keeps them.
func TestStatusCodeAndReasonPhraseAreOneValue(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	assert.Equal(t, m.String("upstream answered 200 OK after 12 ms"), m.String("upstream answered 404 Not Found after 3 ms"))
	for in, want := range map[string]string{
		"upstream answered 503 Service Unavailable, retrying": "upstream answered <*>, retrying",
		"proxy: GET /v1/items -> 422 Unprocessable Entity":    "proxy: GET <*> -> <*>",
		"upstream answered 200 OKAY":                          "upstream answered <*> OKAY",
		"moved 200 Found items":                               "moved <*> Found items",
		"loaded 404 Not Founders":                             "loaded <*> Not Founders",
	} {
		assert.Equal(t, want, m.String(in), in)
	}
}
