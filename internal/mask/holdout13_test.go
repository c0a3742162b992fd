package mask

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A value written in angle brackets ("realm <%s> user <%s>:", as a TURN
// server writes its session lines; the SMTP path's "<alice@example.com>"
// already was) is one value when it holds a variable or is a name after a
// noun that introduces one: the brackets are the format's, the text
// inside the program's. Before, '<' and '>' glued to the text made one
// word the masking kept ("<relay.example.net>", "<carol>"), so every
// realm and user made a template (examples of our own). A bracketed
// word that is no name ("<none>", "<br>") and an empty "<>" stay; the
// generics of code ("List<String>") and Java's "<init>" are no token
// start.
func TestAngleBracketedValue(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		"peer 7: realm <relay.example.net> user <carol>: allocation refreshed": "peer <*>: realm <*> user <*>: allocation refreshed",
		"peer 7: realm <> user <>: allocation refreshed":                       "peer <*>: realm <> user <>: allocation refreshed",
		"queued message from <bob@example.org> size 512":                       "queued message from <*> size <*>",
		"lease for host <node17> renewed":                                      "lease for host <*> renewed",
		"lease for host <gateway> renewed":                                     "lease for host <*> renewed",
		"lease for peer <gateway> renewed":                                     "lease for peer <gateway> renewed",
		"value was <none> at start":                                            "value was <none> at start",
		"loaded List<String> from cache":                                       "loaded List<String> from cache",
		"at Foo.<init>(Foo.java:12)":                                           "at Foo.<init>(Foo.java:<*>)",
	} {
		assert.Equal(t, want, m.String(in), in)
	}
}

// A credential in angle brackets is found and masked as anywhere else:
// the bracketed value is scanned for secrets before it becomes one "<*>"
// (docs/security.md: no secret shape is swallowed so the secrets scan
// misses it).
func TestAngleBracketedSecretIsFound(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for _, in := range []string{
		"auth for user <alice> with key <AKIAIOSFODNN7EXAMPLE> accepted",
		"auth for user <alice> with <password=hunter2secret> accepted",
	} {
		got := m.String(in)
		assert.NotContains(t, got, "AKIAIOSFODNN7EXAMPLE", in)
		assert.NotContains(t, got, "hunter2secret", in)
		assert.NotEmpty(t, FindSecrets(nil, in), in)
	}
}
