package webhook

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/config/configopaque"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
)

var t0 = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

const fpA = "a1b2c3d4e5f60718"

func setup(t *testing.T, secret string) (*fake.Webhook, *tracker.MemStore, func() *tracker.Sink) {
	w := fake.NewWebhook("hook-secret")
	t.Cleanup(w.Close)
	store := tracker.NewMemStore()
	clk := fake.NewClock(t0)
	cfg := DefaultConfig()
	cfg.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	cfg.Secret = configopaque.String(secret)
	return w, store, func() *tracker.Sink {
		s, err := NewSink(cfg, w.URL()+"/hooks/backlog", &http.Client{Timeout: 5 * time.Second}, store, tracker.Options{Clock: clk})
		require.NoError(t, err)
		return s
	}
}

func sync(t *testing.T, s *tracker.Sink, items ...backlog.Item) tracker.Result {
	t.Helper()
	res, err := s.Sync(context.Background(), backlog.Document{Items: items}, t0)
	require.NoError(t, err)
	return res
}

func TestEvents(t *testing.T) {
	w, store, mk := setup(t, "hook-secret")
	s := mk()
	it := fake.Item(fpA, 1, t0)
	sync(t, s, it)
	sync(t, s, it) // no change, no event
	it.Count = 500
	it.State = backlog.StateEscalating
	sync(t, s, it)

	ev := w.Events()
	require.Len(t, ev, 3)
	assert.Equal(t, []string{EventCreated, EventUpdated, EventTransition}, []string{ev[0].Type, ev[1].Type, ev[2].Type})
	assert.Equal(t, "escalating", ev[2].Payload["transition"])
	assert.Equal(t, fpA, ev[0].Payload["fingerprint"])
	item := ev[0].Payload["item"].(map[string]any)
	assert.Equal(t, "payments", item["service"])
	r := w.Requests()[0]
	assert.Equal(t, "created", r.Header.Get(HeaderEvent))
	assert.Equal(t, Sign("hook-secret", r.Body), r.Header.Get(HeaderSignature))

	// Lost state: the re-sent created event carries the same key and is
	// dropped by the receiver.
	store.Wipe()
	s = mk()
	sync(t, s, it)
	assert.Len(t, w.Events(), 3)
	assert.Len(t, w.Requests(), 4)
}

func TestBadSignatureRejected(t *testing.T) {
	w, _, mk := setup(t, "wrong")
	s := mk()
	res, err := s.Sync(context.Background(), backlog.Document{Items: []backlog.Item{fake.Item(fpA, 1, t0)}}, t0)
	require.Error(t, err)
	assert.True(t, tracker.IsStatus(err, http.StatusUnauthorized))
	assert.Equal(t, 1, res.Pending)
	assert.Empty(t, w.Events())
}

func TestRetriesServerErrors(t *testing.T) {
	w, _, mk := setup(t, "hook-secret")
	w.Inject(fake.Fault{Mode: fake.FailAfter, Status: 503, Times: 2})
	sync(t, mk(), fake.Item(fpA, 1, t0))
	assert.Len(t, w.Events(), 1)
	assert.Len(t, w.Requests(), 3)
}

func TestSign(t *testing.T) {
	// RFC 4231 test case 2.
	assert.Equal(t, "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", Sign("Jefe", []byte("what do ya want for nothing?")))
}

func TestEndpointRequired(t *testing.T) {
	_, err := NewSink(DefaultConfig(), "not a url", nil, tracker.NewMemStore(), tracker.Options{})
	assert.Error(t, err)
}
