package fake

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

// Clock is a manual clock: Sleep advances it at once.
type Clock struct {
	mu    sync.Mutex
	t     time.Time
	slept []time.Duration
}

// NewClock returns a Clock at t.
func NewClock(t time.Time) *Clock { return &Clock{t: t} }

// Now returns the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Sleep advances the clock by d.
func (c *Clock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if d > 0 {
		c.t = c.t.Add(d)
	}
	c.slept = append(c.slept, d)
	return nil
}

// Advance moves the clock forward.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// Slept returns every Sleep duration so far.
func (c *Clock) Slept() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.slept...)
}

// Item returns a realistic backlog item for fingerprint fp seen at now.
func Item(fp string, rank int, now time.Time) backlog.Item {
	return backlog.Item{
		Rank: rank, Fingerprint: fp, Kind: "log",
		Title:    fmt.Sprintf("payment declined: upstream timeout (%s)", fp[:4]),
		Template: "payment <*> declined: upstream <*> timed out after <*>ms",
		Score:    42.5,
		ScoreBreakdown: backlog.Breakdown{
			Impact: 3, Frequency: 2.5, Recency: 1, BlastRadius: 2, Novelty: 1.2, Override: 1, FixEffort: 1,
			Notes: []string{"checkout journey x3"},
		},
		State: backlog.StateNew, Service: "payments", Services: map[string]int64{"payments": 90, "gateway": 10},
		Dependencies: map[string]int64{"bank-api": 80}, Owner: "team-payments",
		Journeys: map[string]int64{"checkout": 70}, Releases: map[string]int64{"v1.2.3": 100},
		Count: 100, Affected: backlog.Affected{Users: 37, Tenants: 4, Traces: 90},
		FirstSeen: now.Add(-2 * time.Hour), LastSeen: now.Add(-time.Minute),
		Trend: []int64{0, 1, 3, 8, 20, 40, 28}, TrendBucketSeconds: 600,
		MinutesOfPain: 123.4,
		Problem:       backlog.ProblemRef{ID: "p-" + fp[:4], Head: fp, IsHead: true},
		Exemplars: []backlog.Exemplar{
			{Time: now.Add(-time.Minute), Body: "payment 8812 declined: upstream bank-api timed out after 3000ms", TraceID: "4bf92f3577b34da6a3ce929d0e0e4736", SpanID: "00f067aa0ba902b7", Service: "payments"},
			{Time: now.Add(-2 * time.Minute), Body: "payment 8813 declined: upstream bank-api timed out after 3001ms", TraceID: "5bf92f3577b34da6a3ce929d0e0e4737", Service: "payments"},
		},
	}
}
