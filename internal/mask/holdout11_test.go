package mask

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A quote the program never closes ("matched \"..." with the rest of the
// record after it) opens no string: the next quote opens one itself
// (whitespace before it, a word after it), and pairing the two would swap
// inside and outside for the rest of the line: the request line would be
// masked as text and the text between quoted values as one value (an
// example of our own, an error record of the ModSecurity/Apache kind).
func TestStrayQuoteOpensNoString(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	assert.Equal(t,
		`rule matched "pattern 'abc' in file "<*>", client: <*>, request: "GET <*>", host: "example.org"`,
		m.String(`rule matched "pattern 'abc' in file "/etc/app/rules.conf", client: 10.0.0.1, request: "GET /a?b=1 HTTP/1.1", host: "example.org"`))
	// quotes that pair keep pairing: a closing quote follows a word
	assert.Equal(t, `say "hello there" now "<*>"`, m.String(`say "hello there" now "/tmp/x"`))
	assert.Equal(t, `a "b c" "<*>" d`, m.String(`a "b c" "/tmp/x" d`))
}

// A bracketed field "[key \"value\"]" (Apache's and ModSecurity's error
// log fields) holds one value, as key="value" does: a sentence or a name
// of several words is one variable; an empty one stays "" as after key=
// (examples of our own).
func TestBracketedFieldValueIsOneVariable(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	assert.Equal(t, `denied [file "<*>"] [msg "<*>"] [note ""] [tag "<*>"]`,
		m.String(`denied [file "/etc/app/rules.conf"] [msg "Remote Command Execution Attempt"] [note ""] [tag "web"]`))
	assert.Equal(t, m.String(`denied [msg "Disk quota exceeded"] [tag "storage"]`), m.String(`denied [msg "Bad request line"] [tag "http"]`))
	// a list of quoted strings in brackets, and a quoted string in
	// brackets without a key, are no field
	assert.Equal(t, `tags ["a b", "c"] ["x y"]`, m.String(`tags ["a b", "c"] ["x y"]`))
}
