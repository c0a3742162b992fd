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
