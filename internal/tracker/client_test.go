package tracker

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/config/configretry"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

var t0 = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

type manualClock struct {
	now   time.Time
	slept []time.Duration
}

func (c *manualClock) Now() time.Time { return c.now }

func (c *manualClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.slept = append(c.slept, d)
	c.now = c.now.Add(d)
	return nil
}

// server answers with the scripted statuses in order, then 200.
func server(t *testing.T, script ...func(w http.ResponseWriter)) (*httptest.Server, *atomic.Int32) {
	var n atomic.Int32
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := int(n.Add(1)) - 1
		if i < len(script) {
			script[i](w)
			return
		}
		w.Write([]byte(`{"ok":true}`))
	}))
	t.Cleanup(s.Close)
	return s, &n
}

func status(code int, hdr ...string) func(w http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		for i := 0; i+1 < len(hdr); i += 2 {
			w.Header().Set(hdr[i], hdr[i+1])
		}
		w.WriteHeader(code)
	}
}

func newTestClient(clk Clock) *Client {
	s := DefaultSettings()
	s.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	// No jitter: the schedule is exact (jitter is backoff's, tested there).
	s.BackOff = configretry.BackOffConfig{Enabled: true, InitialInterval: time.Second, RandomizationFactor: 0, Multiplier: 2, MaxInterval: 8 * time.Second, MaxElapsedTime: 30 * time.Second}
	s.WritesPerSecond, s.ReadsPerSecond = 0, 0
	return NewClient(nil, s, Options{Clock: clk}, nil)
}

func TestClientRetries(t *testing.T) {
	for _, tc := range []struct {
		name       string
		method     string
		idempotent bool
		script     []func(http.ResponseWriter)
		wantErr    bool
		wantCalls  int32
		wantSleeps []time.Duration
	}{
		{"ok", "GET", true, nil, false, 1, nil},
		{"5xx idempotent retried with backoff", "PATCH", true, []func(http.ResponseWriter){status(502), status(503)}, false, 3, []time.Duration{time.Second, 2 * time.Second}},
		{"5xx create not retried", "POST", false, []func(http.ResponseWriter){status(502)}, true, 1, nil},
		{"429 create retried after Retry-After", "POST", false, []func(http.ResponseWriter){status(429, "Retry-After", "5")}, false, 2, []time.Duration{5 * time.Second}},
		{"403 with Retry-After", "POST", false, []func(http.ResponseWriter){status(403, "Retry-After", "2")}, false, 2, []time.Duration{2 * time.Second}},
		{"403 permission is final", "POST", false, []func(http.ResponseWriter){status(403)}, true, 1, nil},
		{"404 final", "GET", true, []func(http.ResponseWriter){status(404)}, true, 1, nil},
		{"gives up after max elapsed", "GET", true, []func(http.ResponseWriter){status(500), status(500), status(500), status(500), status(500), status(500), status(500)}, true, 6, []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 8 * time.Second}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv, calls := server(t, tc.script...)
			clk := &manualClock{now: t0}
			c := newTestClient(clk)
			var out map[string]any
			err := c.Do(context.Background(), Request{Method: tc.method, URL: srv.URL, Body: map[string]any{"a": 1}, Idempotent: tc.idempotent}, &out)
			if tc.wantErr {
				require.Error(t, err)
			} else {
				require.NoError(t, err)
				assert.Equal(t, true, out["ok"])
			}
			assert.Equal(t, tc.wantCalls, calls.Load())
			assert.Equal(t, tc.wantSleeps, clk.slept)
		})
	}
}

func TestClientLongRetryAfterPauses(t *testing.T) {
	srv, calls := server(t, status(429, "Retry-After", "600"))
	clk := &manualClock{now: t0}
	c := newTestClient(clk)
	err := c.Do(context.Background(), Request{Method: "POST", URL: srv.URL}, nil)
	var rl *RateLimitError
	require.ErrorAs(t, err, &rl)
	assert.Equal(t, t0.Add(10*time.Minute), rl.Until)
	// Blocked: no request goes out.
	err = c.Do(context.Background(), Request{Method: "GET", URL: srv.URL}, nil)
	require.ErrorAs(t, err, &rl)
	assert.Equal(t, int32(1), calls.Load())
	clk.now = clk.now.Add(10 * time.Minute)
	require.NoError(t, c.Do(context.Background(), Request{Method: "GET", URL: srv.URL}, nil))
	st := c.stats.snapshot()
	assert.Equal(t, int64(1), st.FailedRequests[429])
	assert.Equal(t, int64(1), st.RateLimited)
}

func TestClientTokenBucket(t *testing.T) {
	srv, _ := server(t)
	clk := &manualClock{now: t0}
	s := DefaultSettings()
	s.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	s.WritesPerSecond = 2
	c := NewClient(nil, s, Options{Clock: clk}, nil)
	for range 5 {
		require.NoError(t, c.Do(context.Background(), Request{Method: "POST", URL: srv.URL}, nil))
	}
	// Burst 1, 2/s: four waits of 500ms.
	assert.Equal(t, []time.Duration{500 * time.Millisecond, 500 * time.Millisecond, 500 * time.Millisecond, 500 * time.Millisecond}, clk.slept)
}

func TestClientContextCancel(t *testing.T) {
	srv, _ := server(t, status(503), status(503))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := newTestClient(&manualClock{now: t0}).Do(ctx, Request{Method: "GET", URL: srv.URL, Idempotent: true}, nil)
	assert.True(t, errors.Is(err, context.Canceled))
}

func TestParseHeaders(t *testing.T) {
	d, ok := parseRetryAfter("120", t0)
	assert.True(t, ok)
	assert.Equal(t, 2*time.Minute, d)
	d, ok = parseRetryAfter(t0.Add(30*time.Second).Format(http.TimeFormat), t0)
	assert.True(t, ok)
	assert.Equal(t, 30*time.Second, d)
	_, ok = parseRetryAfter("soon", t0)
	assert.False(t, ok)

	h := http.Header{}
	h.Set("X-RateLimit-Reset", "2026-11-25T12:05Z")
	rt, ok := resetTime(h)
	assert.True(t, ok)
	assert.Equal(t, t0.Add(5*time.Minute), rt.UTC())
}

// TestClientJitterWithinFactor: retry waits are spread by
// retry_on_failure.randomization_factor around the exponential schedule.
func TestClientJitterWithinFactor(t *testing.T) {
	srv, _ := server(t, status(503), status(503), status(503))
	clk := &manualClock{now: t0}
	s := DefaultSettings()
	s.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	s.BackOff = configretry.BackOffConfig{Enabled: true, InitialInterval: time.Second, RandomizationFactor: 0.5, Multiplier: 2, MaxInterval: 8 * time.Second, MaxElapsedTime: time.Minute}
	s.WritesPerSecond, s.ReadsPerSecond = 0, 0
	require.NoError(t, NewClient(nil, s, Options{Clock: clk}, nil).Do(context.Background(), Request{Method: "GET", URL: srv.URL, Idempotent: true}, nil))
	require.Len(t, clk.slept, 3)
	for i, base := range []time.Duration{time.Second, 2 * time.Second, 4 * time.Second} {
		assert.GreaterOrEqual(t, clk.slept[i], base/2, i)
		assert.LessOrEqual(t, clk.slept[i], base*3/2, i)
	}
}

// TestSyncTimeoutBoundsEndlessRetries: with max_elapsed_time 0 a 5xx is
// retried without limit by the backoff policy, but a Sync still ends at
// sync_timeout, and the item stays pending for the next Sync.
func TestSyncTimeoutBoundsEndlessRetries(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		hits.Add(1)
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	t.Cleanup(srv.Close)
	s := DefaultSettings()
	s.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	s.BackOff = configretry.BackOffConfig{Enabled: true, InitialInterval: 20 * time.Millisecond, Multiplier: 1.5, MaxInterval: 100 * time.Millisecond, MaxElapsedTime: 0}
	s.WritesPerSecond, s.ReadsPerSecond = 0, 0
	s.SyncTimeout = 300 * time.Millisecond
	be := &postBackend{url: srv.URL}
	be.c = NewClient(srv.Client(), s, Options{}, nil)
	store := NewMemStore()
	k, err := NewSink(be, be.c, s, store, Options{})
	require.NoError(t, err)
	start := time.Now()
	res, err := k.Sync(context.Background(), backlog.Document{Items: []backlog.Item{{Fingerprint: "00000000000000aa", Title: "t", State: backlog.StateNew}}}, t0)
	took := time.Since(start)
	require.Error(t, err)
	assert.Less(t, took, 3*time.Second, "the Sync ends near sync_timeout (300ms)")
	assert.Greater(t, hits.Load(), int32(1), "retried meanwhile")
	assert.Equal(t, 1, res.Pending, "the item is kept for the next Sync")
}

// TestRetryWaitLongerThanDeadlineIsNotSlept: a Retry-After that ends after
// the caller's deadline ends the call at once (work stays pending) instead
// of sleeping into the deadline.
func TestRetryWaitLongerThanDeadlineIsNotSlept(t *testing.T) {
	srv, n := server(t, status(429, "Retry-After", "20"), status(429, "Retry-After", "20"))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	start := time.Now()
	err := NewClient(srv.Client(), DefaultSettings(), Options{}, nil).Do(ctx, Request{Method: "POST", URL: srv.URL}, nil)
	var rl *RateLimitError
	require.ErrorAs(t, err, &rl)
	assert.Less(t, time.Since(start), time.Second)
	assert.Equal(t, int32(1), n.Load())
}

// postBackend is a minimal Backend that POSTs creates to url.
type postBackend struct {
	url string
	c   *Client
}

func (b *postBackend) ID() string                   { return "post:" + b.url }
func (b *postBackend) BodyLimit() int               { return 1 << 16 }
func (b *postBackend) BodyLen(md string) int        { return len(md) }
func (b *postBackend) MarkerLabel(fp string) string { return "fp:" + fp }
func (b *postBackend) ConsistentFind() bool         { return true }
func (b *postBackend) Find(context.Context, string) (*Ticket, error) {
	return nil, nil
}
func (b *postBackend) Get(context.Context, string) (*Ticket, error) { return nil, nil }
func (b *postBackend) Create(ctx context.Context, c Content) (*Ticket, error) {
	if err := b.c.Do(ctx, Request{Method: http.MethodPost, URL: b.url, Body: c.Title, Idempotent: true}, nil); err != nil {
		return nil, err
	}
	return &Ticket{ID: c.Fingerprint, Open: true}, nil
}
func (b *postBackend) Update(context.Context, string, Content) error     { return nil }
func (b *postBackend) Comment(context.Context, string, Transition) error { return nil }
func (b *postBackend) Reopen(context.Context, string, Content) error     { return nil }
func (b *postBackend) Close(context.Context, string, Content) error      { return nil }
