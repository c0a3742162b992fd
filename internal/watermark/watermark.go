// Package watermark gives records a usable event time and keeps the event-time
// clock ("now") of the backlog: the time that ranks clusters, resolves the
// quiet ones and settles traces.
//
// A record's own timestamp is trusted only when it is plausible: not zero,
// not before 2000-01-01, not overflowing int64 nanoseconds, and not more than
// the maximum clock skew ahead of the wall clock at its arrival. Otherwise
// the record falls back to its observed timestamp (same checks), then to its
// receive time, and the fallback is counted by reason (Clamp).
//
// The clock (Clock) advances from the bulk of the data, never from its
// maximum: when at least 2k of the last Window record times (after Clamp)
// are ahead of it, k = max(MinSupport, a tenth of them), it moves to the
// k-th newest; it is never ahead of the wall clock and never moves back. A
// single record, or a few, cannot move it.
//
// When data stops, a live stream (its clock within LiveWindow of the wall
// clock) keeps its lag behind the wall clock: the clock follows wall-clock
// time, so clusters resolve, traces settle and absences are judged while
// nothing arrives. A replay of old data keeps its own time, also after the
// replay ends: only more data moves its clock.
package watermark // import "github.com/otelcol-backlog/otelcol-backlog/internal/watermark"

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"time"
)

// Reason says why a record's own timestamp was not used.
type Reason uint8

// Reasons of Clamp, in the order they are checked.
const (
	OK       Reason = iota
	Missing         // zero: the record carries no timestamp
	Overflow        // more than int64 nanoseconds hold (after 2262-04-11)
	Ancient         // before 2000-01-01
	Future          // more than the maximum clock skew ahead of the wall clock
)

// Reasons lists the fallback reasons (not OK), for metrics.
var Reasons = []Reason{Missing, Overflow, Ancient, Future}

func (r Reason) String() string {
	switch r {
	case OK:
		return "ok"
	case Missing:
		return "missing"
	case Overflow:
		return "overflow"
	case Ancient:
		return "before_2000"
	case Future:
		return "future"
	}
	return fmt.Sprintf("reason(%d)", uint8(r))
}

// Defaults and bounds.
const (
	// DefaultMaxClockSkew is how far ahead of the wall clock a record's
	// timestamp may be: NTP keeps hosts within milliseconds, and five minutes
	// is the tolerance long used for authentication (Kerberos' default).
	DefaultMaxClockSkew = 5 * time.Minute
	// LiveWindow: a clock within this of the wall clock belongs to a live
	// stream, which follows the wall clock when it goes quiet; a clock
	// further behind belongs to a replay, which keeps its own time.
	LiveWindow = 15 * time.Minute
	// Window is how many recent record times the clock is computed from.
	Window = 1024
	// MinSupport is how many records at least must be at or beyond a time
	// for the clock to move there (fewer when fewer were ever seen).
	MinSupport = 4
)

// Earliest is the earliest plausible timestamp: 2000-01-01T00:00:00Z.
var Earliest = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano()

// check classifies one timestamp against the receive time.
func check(ts uint64, received, skew int64) Reason {
	switch {
	case ts == 0:
		return Missing
	case ts > math.MaxInt64:
		return Overflow
	case int64(ts) < Earliest:
		return Ancient
	case int64(ts) > received && int64(ts)-received > skew:
		return Future
	}
	return OK
}

// Clamp returns the usable event time (unix ns) of a record with timestamp
// ts and observed timestamp observed (0 when the signal has none), received
// at wall-clock time received (unix ns): ts when plausible, else observed
// when plausible, else received. reason is why ts was not used (OK when it
// was). skew <= 0 means DefaultMaxClockSkew.
func Clamp(ts, observed uint64, received int64, skew time.Duration) (t int64, reason Reason) {
	if skew <= 0 {
		skew = DefaultMaxClockSkew
	}
	if reason = check(ts, received, int64(skew)); reason == OK {
		return int64(ts), OK
	}
	if check(observed, received, int64(skew)) == OK {
		return int64(observed), reason
	}
	return received, reason
}

// Plausible reports whether t (unix ns) is a time a sane clock could have
// produced by wall-clock time wall: from 2000 to wall + skew.
func Plausible(t, wall int64, skew time.Duration) bool {
	if skew <= 0 {
		skew = DefaultMaxClockSkew
	}
	return t >= Earliest && (t <= wall || t-wall <= int64(skew))
}

// Clock is the event-time clock. It is safe for concurrent use.
type Clock struct {
	mu   sync.Mutex
	ring [Window]int64
	n    int // records in ring (<= Window)
	next int // next slot
	now  int64
	has  bool
	// lag is how far the clock was behind the wall clock when it last
	// advanced; live is whether that was within LiveWindow.
	lag  int64
	live bool
	// above counts the ring's times after now (stale: recount first).
	above int
	stale bool
	// capped is the wall-clock time of the last advance stopped at the
	// wall clock (0: none).
	capped int64
	// scratch for the selection.
	buf []int64
}

// New returns a clock that has seen nothing.
func New() *Clock { return &Clock{} }

// Observe feeds the event times of one batch (from Clamp) that arrived at
// wall-clock time wall (unix ns).
func (c *Clock) Observe(times []int64, wall int64) {
	if len(times) == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(times) > Window {
		times = times[len(times)-Window:]
	}
	if c.stale {
		c.recount()
	}
	for _, t := range times {
		if c.n == Window {
			if old := c.ring[c.next]; c.has && old > c.now {
				c.above--
			}
		} else {
			c.n++
		}
		c.ring[c.next] = t
		c.next = (c.next + 1) % Window
		if c.has && t > c.now {
			c.above++
		}
	}
	k := min(max(MinSupport, c.n/10), c.n)
	switch {
	case !c.has:
		c.now, c.has = min(c.kthNewest(k, math.MinInt64), wall), true
		c.recount()
	case c.above >= min(2*k, c.n) && (c.capped == 0 || wall-c.capped >= int64(time.Second)):
		// The k-th newest is ahead of the clock. Waiting for 2k records
		// ahead (not k) recomputes once per k records or so, not at every
		// record of a live stream, at the price of trailing by up to 2k
		// records instead of k. Records ahead of the wall clock stay ahead
		// of a clock capped there: then it is recomputed once a second.
		cand := c.kthNewest(k, c.now)
		c.capped = 0
		if cand >= wall {
			cand, c.capped = wall, wall
		}
		if cand > c.now {
			c.now = cand
			c.recount()
		}
	}
	c.lag = max(wall-c.now, 0)
	c.live = c.lag <= int64(LiveWindow)
}

// kthNewest is the k-th newest time in the ring among those after floor
// (at least k of them). Called with c.mu held.
func (c *Clock) kthNewest(k int, floor int64) int64 {
	c.buf = c.buf[:0]
	for _, t := range c.ring[:c.n] {
		if t > floor {
			c.buf = append(c.buf, t)
		}
	}
	slices.Sort(c.buf)
	return c.buf[len(c.buf)-k]
}

// recount counts the ring's times after the clock. Called with c.mu held.
func (c *Clock) recount() {
	c.above, c.stale = 0, false
	for _, t := range c.ring[:c.n] {
		if t > c.now {
			c.above++
		}
	}
}

// Now returns the clock at wall-clock time wall (unix ns) and false when no
// record was ever observed nor a state restored. A live stream's clock
// follows the wall clock with its last lag; a replay's clock stays.
func (c *Clock) Now(wall int64) (int64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.has {
		return 0, false
	}
	if c.live && wall-c.lag > c.now {
		c.now, c.stale = wall-c.lag, true
	}
	return c.now, true
}

// state is the persisted form of the clock.
type state struct {
	Now int64 `json:"now"`
	// Recent are the times in the window, oldest first, so that the
	// restored clock moves on exactly as the running one would have
	// (absent in older states: the clock restarts from MinSupport records
	// at Now, and moves sooner than the running one for a while).
	Recent []int64 `json:"recent,omitempty"`
}

// Snapshot returns the clock's state (nil when it never started).
func (c *Clock) Snapshot() ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.has {
		return nil, nil
	}
	st := state{Now: c.now, Recent: make([]int64, 0, c.n)}
	for i := 0; i < c.n; i++ {
		st.Recent = append(st.Recent, c.ring[(c.next-c.n+i+Window)%Window])
	}
	return json.Marshal(st)
}

// ErrState wraps every Restore error.
var ErrState = errors.New("watermark: invalid state")

// Restore sets the clock from a snapshot taken by Snapshot. A time that no
// sane clock could have produced by wall (before 2000, after wall + skew) is
// refused and leaves the clock unchanged. Whether the restored clock is live
// is judged afresh: after a downtime longer than LiveWindow it waits for data. The restored time counts as
// MinSupport records in the window, so the first few records after a restart
// cannot move the clock either.
func (c *Clock) Restore(data []byte, wall int64, skew time.Duration) error {
	var s state
	if err := json.Unmarshal(data, &s); err != nil {
		return fmt.Errorf("%w: %v", ErrState, err)
	}
	if !Plausible(s.Now, wall, skew) {
		return fmt.Errorf("%w: time %d is not plausible at %s", ErrState, s.Now, time.Unix(0, wall).UTC().Format(time.RFC3339))
	}
	recent := s.Recent[max(len(s.Recent)-Window, 0):]
	for _, t := range recent {
		if !Plausible(t, wall, skew) {
			recent = nil // written with another clock: judge afresh
			break
		}
	}
	if len(recent) == 0 {
		c.Start(min(s.Now, wall), wall)
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.has {
		return nil
	}
	c.now, c.has = min(s.Now, wall), true
	c.lag = max(wall-c.now, 0)
	c.live = c.lag <= int64(LiveWindow)
	c.n, c.next = len(recent), len(recent)%Window
	copy(c.ring[:], recent)
	c.recount()
	return nil
}

// Start sets a clock that has seen nothing to t (unix ns) at wall-clock
// time wall, backed by MinSupport records at t (for state restored from an
// older version that kept no clock). It does nothing once the clock runs.
func (c *Clock) Start(t, wall int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.has {
		return
	}
	c.now, c.has = t, true
	c.lag = max(wall-t, 0)
	c.live = c.lag <= int64(LiveWindow)
	for i := 0; i < MinSupport; i++ {
		c.ring[c.next] = t
		c.next = (c.next + 1) % Window
		c.n = min(c.n+1, Window)
	}
	c.recount()
}
