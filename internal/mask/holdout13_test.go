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
		"auth for user <1765000000:AKIAIOSFODNN7EXAMPLE> accepted",
	} {
		got := m.String(in)
		assert.NotContains(t, got, "AKIAIOSFODNN7EXAMPLE", in)
		assert.NotContains(t, got, "hunter2secret", in)
		assert.NotEmpty(t, FindSecrets(nil, in), in)
	}
}

// A URL written without its scheme ("host/path?query", as a filtering
// proxy logs the request it handled) is one value through its query
// string, as a path's or a URL's is: before, the query's first '=' cut it
// and the host, path and keys stayed words when no digit was in them, one
// template per address (examples of our own). Only after a host name (a
// dot before the first '/'), with a '?'; a credential in the query is
// still found.
func TestHostPathQueryIsOneValue(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		"fetch: shop.example.org/catalog/find?term=lamp&sort=price": "fetch: <*>",
		"fetch: shop.example.org/catalog/find?term=lamp done":       "fetch: <*> done",
		"fetch: shop.example.org/catalog/find":                      "fetch: <*>",
		"option find?term=lamp":                                     "option find?term=lamp",
		"mode=fast path=plain":                                      "mode=fast path=plain",
	} {
		assert.Equal(t, want, m.String(in), in)
	}
	in := "fetch: shop.example.org/api/find?access_token=ghp_16C7e42F292c6912E7710c838347Ae178B4a"
	assert.NotContains(t, m.String(in), "ghp_16C7e42F292c6912E7710c838347Ae178B4a")
	assert.NotEmpty(t, FindSecrets(nil, in))
}

// A value in angle brackets whose parts a colon joins is one value: a
// TURN server's time-limited user name "expiry:name" ("user
// <1765000000:alice>"), a "<host:port>". Before, the piece ended at the
// colon, the number became "<*>" and the name stayed glued to the
// closing bracket ("<*>:alice>"), one template per user (examples of our
// own). A bracketed word pair without a variable stays, as a bracketed
// word does; so do the generics of code and a bracket that a word
// follows.
func TestAngleBracketedColonValue(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		"peer 7: realm <relay.example.net> user <1765000000:alice>: allocation refreshed": "peer <*>: realm <*> user <*>: allocation refreshed",
		"no credentials for user <1765000123:bob>":                                        "no credentials for user <*>",
		"closed: realm=<>, username=<1765000123:4412>":                                    "closed: realm=<>, username=<*>",
		"listening on <10.1.2.3:3478> now":                                                "listening on <*> now",
		"mode <read:write> kept":                                                          "mode <read:write> kept",
		"loaded Map<Key:Value> from cache":                                                "loaded Map<Key:Value> from cache",
		"opened <17:x>y here":                                                             "opened <*>:x>y here",
	} {
		assert.Equal(t, want, m.String(in), in)
	}
}

// A numbered field printed empty is a variable: an installer's note
// "1: %s 2: %s 3: %s" with an empty second value writes "2:  3:", the
// value's place the second space. Before, the two spaces were one and the
// record had a token fewer than those with the value, a template of its
// own (examples of our own). Two spaces elsewhere stay one: after a
// level's colon (PostgreSQL's "LOG:  duration:"), between a number and a
// numbered key, between keys that are no numbers, or three spaces.
func TestEmptyNumberedField(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		"Notice: 1: 1402 2:  3: Printers":         "Notice: <*>: <*> <*>: <*> <*>: Printers",
		"Notice: 1: 1402 2: Registry 3: Printers": "Notice: <*>: <*> <*>: Registry <*>: Printers",
		"Notice: 1:  2: Registry":                 "Notice: <*>: <*> <*>: Registry",
		"LOG:  duration: 12 ms":                   "LOG: duration: <*> ms",
		"cpu 0:  12  1:  14":                      "cpu <*>: <*> <*>: <*>",
		"slot a:  b: empty":                       "slot a: b: empty",
		"Notice: 1: 1402 2:   3: Printers":        "Notice: <*>: <*> <*>: <*>: Printers",
		"Notice: 1: 1402 x2:  3: Printers":        "Notice: <*>: <*> x2: <*>: Printers",
	} {
		assert.Equal(t, want, m.String(in), in)
	}
}
