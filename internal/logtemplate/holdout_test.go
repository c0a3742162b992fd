package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Failure classes of the held-out set (testdata/logholdout, session 12),
// each with examples of our own written from the convention, not copied
// from the set.

// The fields of a struct printed whole (Go's %+v of a protobuf message,
// "&Meta{Name:web,Attempt:0,}") are named values: variables from the
// record's first sight, as key=value is.
func TestStructFieldsAreVariablesFromFirstSight(t *testing.T) {
	tests := []struct{ first, later, want string }{
		{
			`level=info msg="Create for &Meta{Name:web,Attempt:1,} done"`,
			`level=info msg="Create for &Meta{Name:cache,Attempt:3,} done"`,
			`level=<*> msg="Create for &Meta{Name:<*>,Attempt:<*>,} done"`,
		},
		{
			`admitted &Request{Kind:Pod,Verb:create,} from api`,
			`admitted &Request{Kind:Node,Verb:update,} from api`,
			`admitted &Request{Kind:<*>,Verb:<*>,} from api`,
		},
	}
	for _, tt := range tests {
		m := newMiner(t, nil)
		first := m.Process(tt.first)
		later := m.Process(tt.later)
		assert.Equal(t, tt.want, first.Template, "first sight: %s", tt.first)
		assert.Equal(t, tt.want, later.Template)
	}
}

// A record of fields (a query or access log: most tokens are values the
// masking replaced) names no event with a word: two bare fields in a row
// between value fields are values, from first sight (one template, not
// one per result code).
func TestBareFieldsOfAPositionalRecord(t *testing.T) {
	m := newMiner(t, nil)
	a := m.Process(`10.1.2.3:4411 - 812 "lookup 10.0.0.7 udp" TIMEOUT ok,retry 93 0.0021s`)
	b := m.Process(`10.1.2.9:4412 - 813 "lookup 10.0.0.9 tcp" SUCCESS ok 120 0.0009s`)
	assert.Equal(t, a.Template, b.Template)
	assert.Equal(t, a.ID, b.ID)
	assert.NotContains(t, a.Template, "TIMEOUT")
}

// The value of a key that is a name ending in an id the masking replaced
// ("check=service:cache-7") is one value from first sight, as the key
// names it whole; a quoted one is one value too, as the masking writes a
// quoted string that holds a variable (session 17; it kept its name
// "'Worker-<*>'" before, as one truth did).
func TestKeyedNameWithIDFromFirstSight(t *testing.T) {
	m := newMiner(t, nil)
	first := m.Process(`probe failed: check=service:cache-7 after 3 tries`)
	later := m.Process(`probe failed: check=db_main after 4 tries`)
	assert.Equal(t, `probe failed: check=<*> after <*> tries`, first.Template, "first sight")
	assert.Equal(t, first.Template, later.Template)
	q := newMiner(t, nil).Process(`process 'Worker-3' exited`)
	assert.Equal(t, `process '<*>' exited`, q.Template)
}
