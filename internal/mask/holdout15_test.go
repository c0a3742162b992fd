package mask

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Failure classes the fifteenth held-out set (testdata/logholdout15)
// showed (session 23, h137), each with examples of our own written from
// the convention, not copied from the set.

// A dotted event name that is the whole message of a structured record is
// the event: lager (Cloud Foundry, Concourse) writes "message" as the
// component, the session's path and the action joined by dots; structlog
// and OpenTelemetry name events the same way ("user.logged_in"). Before,
// the name read as a host or a qualified name, a value, so every event of
// such a logger had one template. A host or a dotted name inside a message,
// with digits, or beside other words stays a value; so does a dotted name
// under any other key.
func TestDottedEventNameMessage(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		`{"level":"info","message":"web.scheduler.run-job.start","data":{"id":7}}`: `{"level":"info","message":"web.scheduler.run-job.start","data":{"id":<*>}}`,
		`{"msg":"cache.evict.done_all","source":"cache.node.local"}`:               `{"msg":"cache.evict.done_all","source":"<*>"}`,
		`level=info event="api.request.finished" status=200`:                       `level=info event="api.request.finished" status=<*>`,
		`level=info msg=api.request.started path=/a`:                               `level=info msg=api.request.started path=<*>`,
		`{"message":"resolved db.internal.example","level":"info"}`:                `{"message":"resolved <*>","level":"info"}`,
		`{"message":"worker.node7.pool.start"}`:                                    `{"message":"<*>"}`,
		`{"name":"web.scheduler.run.start"}`:                                       `{"name":"<*>"}`,
		`level=info component=web.scheduler.run msg=started`:                       `level=info component=<*> msg=started`,
	} {
		assert.Equal(t, want, m.String(in), in)
	}
	// the name is kept only when no credential is in it: the credential
	// scan runs over the message first
	for _, c := range []struct{ in, secret string }{
		{`{"message":"eyJhbGciOiJub25lIn0.eyJzdWIiOiJib2IifQ.c2lnbmF0dXJl"}`, "eyJzdWIiOiJib2IifQ"},
		{`msg=sk_live_abcdefghijklmnopqrstuvwx.start`, "abcdefghijklmnopqrstuvwx"},
	} {
		assertSecretGone(t, m, c.in, c.secret)
	}
}

// A digest or a nonce in base64 is a value also when it holds only a digit
// or two (random letters; the test for base64-like tokens counted four
// changes between letters and digits) and with its padding: "=" or "=="
// ends the encoded text (RFC 4648 §4), so "...Ne0=" is one value, not a
// key with an empty value (an integrity checker's digests, a nonce, a
// key's fingerprint; examples of our own). Names with a digit and
// CamelCase keys with an empty value stay.
func TestBase64DigestWithPadding(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		"digest zKpWq7rTbXvNcLmQyHsJdFgA | new":         "digest <*> | new",
		"checksum : qWeRt7uIoPaSdFgH/jKlZxCvBnMa | old": "checksum : <*> | old",
		"            pQ8rStUvWxYz0AbCdEfGhIjKlM=":       "<*>",
		"nonce Zm9vYmFyYmF6cXV4eHl6enk= accepted":       "nonce <*> accepted",
		"session kLmNoPqRsTuVwXyZaBcDeFgH== closed":     "session <*> closed",
		"Slf4jLogger started":                           "Slf4jLogger started",
		"MyHTTP2ServerHandler ready":                    "MyHTTP2ServerHandler ready",
		"logname= uid=0":                                "logname= uid=<*>",
		"DefaultConfigurationKey= applied":              "DefaultConfigurationKey= applied",
	} {
		assert.Equal(t, want, m.String(in), in)
	}
	// the padded value is scanned for credentials with its padding
	for _, c := range []struct{ in, secret string }{
		{"auth Basic YWxpY2U6czNjcmV0UGFzc3dvcmQ= sent", "YWxpY2U6czNjcmV0UGFzc3dvcmQ"},
		{"password=qWeRtYuIoPaSdFgHjKlZxCvB== ok", "qWeRtYuIoPaSdFgHjKlZxCvB"},
	} {
		assertSecretGone(t, m, c.in, c.secret)
	}
}
