package fake

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker"
)

// Tracker is what a Harness drives of a fake: GitHub, GitLab and Jira.
type Tracker interface {
	URL() string
	Issues() []Issue
	Requests() []Request
	Inject(Fault)
	Close()
	setClock(func() time.Time)
}

func (b *base) setClock(now func() time.Time) { b.Now = now }

// NewSinkFunc builds the tracker's sink on the harness' fake, HTTP client,
// store and clock (the tracker's own configuration is the caller's).
type NewSinkFunc func(url string, hc *http.Client, store tracker.Store, opts tracker.Options) (*tracker.Sink, error)

// Harness is the shared setup of the sink tests of every tracker: one fake
// on a manual Clock (shared by the fake and the sink), an in-memory Store
// that outlives the sink (Restart is a collector restart, LoseState a lost
// storage extension), and the helpers to sync documents and find the issue
// of a fingerprint. Faults are injected on the fake (Inject) and every
// request is recorded (Requests).
type Harness struct {
	T     testing.TB
	Clock *Clock
	Store *tracker.MemStore
	// HTTP is the sink's client; change its Timeout, then Restart.
	HTTP *http.Client
	Sink *tracker.Sink

	fake    Tracker
	label   string // prefix of the fingerprint label: "fp:" or "fp-"
	newSink NewSinkFunc
}

// NewHarness starts a harness for fake f at time t0; labelPrefix is the
// prefix of the label carrying the fingerprint. The fake is closed when the
// test ends. The sink is built by Start (after the caller has finished its
// configuration).
func NewHarness(t testing.TB, f Tracker, t0 time.Time, labelPrefix string) *Harness {
	h := &Harness{
		T: t, Clock: NewClock(t0), Store: tracker.NewMemStore(),
		HTTP: &http.Client{Timeout: 5 * time.Second}, fake: f, label: labelPrefix,
	}
	f.setClock(h.Clock.Now)
	t.Cleanup(f.Close)
	return h
}

// Start builds the first sink with newSink; Restart calls it again.
func (h *Harness) Start(newSink NewSinkFunc) {
	h.newSink = newSink
	h.Restart()
}

// Restart builds a new sink on the same store (a collector restart).
func (h *Harness) Restart() {
	h.T.Helper()
	s, err := h.newSink(h.fake.URL(), h.HTTP, h.Store, tracker.Options{Clock: h.Clock})
	require.NoError(h.T, err)
	h.Sink = s
}

// LoseState wipes the store and restarts: the tracker state is gone, the
// tickets are not.
func (h *Harness) LoseState() {
	h.T.Helper()
	h.Store.Wipe()
	h.Restart()
}

// Sync syncs a document of items at the clock's now.
func (h *Harness) Sync(items ...backlog.Item) (tracker.Result, error) {
	now := h.Clock.Now()
	return h.Sink.Sync(context.Background(), backlog.Document{GeneratedAt: now, Items: items}, now)
}

// MustSync is Sync, failing the test on an error.
func (h *Harness) MustSync(items ...backlog.Item) tracker.Result {
	h.T.Helper()
	res, err := h.Sync(items...)
	require.NoError(h.T, err)
	return res
}

// OnePerCluster asserts exactly one issue per fingerprint, for exactly the
// fingerprints fps, and returns them by fingerprint.
func (h *Harness) OnePerCluster(fps ...string) map[string]Issue {
	h.T.Helper()
	by := map[string]Issue{}
	for _, is := range h.fake.Issues() {
		for _, l := range is.Labels {
			if fp, ok := strings.CutPrefix(l, h.label); ok {
				_, dup := by[fp]
				require.Falsef(h.T, dup, "duplicate issue for %s", fp)
				by[fp] = is
			}
		}
	}
	require.Len(h.T, by, len(fps))
	for _, fp := range fps {
		require.Contains(h.T, by, fp)
	}
	return by
}

// Only returns the one issue of fingerprint fp (other fingerprints may have
// issues too).
func (h *Harness) Only(fp string) Issue {
	h.T.Helper()
	var got []Issue
	for _, i := range h.fake.Issues() {
		for _, l := range i.Labels {
			if l == h.label+fp {
				got = append(got, i)
			}
		}
	}
	require.Len(h.T, got, 1, "exactly one issue for %s", fp)
	return got[0]
}

// Writes counts the requests that were not GETs.
func (h *Harness) Writes() int {
	n := 0
	for _, r := range h.fake.Requests() {
		if r.Method != http.MethodGet {
			n++
		}
	}
	return n
}
