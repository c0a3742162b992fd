package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Failure classes the second held-out set (testdata/logholdout2) showed
// (session 13, h51), each with examples of our own written from the
// convention, not copied from the set.

// The tail rule's template must hold the context that says which event it
// is: a template of variables only (a positional record: an access log
// line whose fields are all values) covers any prefix of its length, and
// took a diagnostic line of the same program whose prefix ended in ':'.
func TestTailNeedsTheTemplatesContext(t *testing.T) {
	m := newMiner(t, nil)
	// ten fields, all values: the template is ten variables
	access := m.Process("1733.120 88 198.51.100.7 MISS/200 5120 GET http://cdn.example/a.js - DIRECT/192.0.2.4 -")
	assert.Equal(t, "<*> <*> <*> <*> <*> <*> <*> <*> <*> <*>", access.Template)
	// "failure:" is the ninth token: before, the ten variables took the rest
	diag := m.Process("2031/01/02 10:00:00 worker3| conn=42 peer=192.0.2.9 fd=17 flags=1: socket write failure: (104) Connection reset")
	assert.NotEqual(t, access.Template, diag.Template)
	assert.Contains(t, diag.Template, "socket write failure:")

	// a template whose prefix names the event still takes any rest
	m = newMiner(t, nil)
	for _, cause := range []string{"EOF", "broken pipe", "connection reset by peer", "i/o timeout", "no route to host"} {
		m.Process("proxy: upstream read failed from 192.0.2.9: " + cause)
	}
	r := m.Process("proxy: upstream read failed from 192.0.2.7: use of closed network connection")
	assert.Equal(t, "proxy: upstream read failed from <*>: <*>", r.Template)
}
