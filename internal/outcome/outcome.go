// Package outcome keeps the fix outcomes of tickets and turns them into
// score effects (issue #16, "close the loop by feeding fix outcomes back
// into the scoring model").
//
// It reads the feedback the tracker sinks report (internal/tracker): a
// ticket a person closed as completed starts a verification window; when
// the problem does not recur for the window, the fix is verified; when it
// recurs after the close (the sink reopens the ticket), the fix failed and
// the problem's score is raised by fix_failed_factor for every failure.
// A problem closed as not planned or muted (label, won't fix, deleted) at
// least dismiss_after times, or muted for longer than harmless_after, is
// downgraded by dismissed_factor and kept on the watchlist instead of
// being ticketed. All times are event times.
package outcome

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// Config configures the effects; see the package comment.
type Config struct {
	// VerificationWindow is how long a fixed problem must stay quiet to
	// count as verified; 0 disables fix outcomes altogether.
	VerificationWindow time.Duration `mapstructure:"verification_window"`
	// FixFailedFactor multiplies the score once per failed fix (capped at
	// FixFailedMax); 1 disables.
	FixFailedFactor float64 `mapstructure:"fix_failed_factor"`
	FixFailedMax    float64 `mapstructure:"fix_failed_max"`
	// DismissAfter dismissals (closes as not planned, mutes) downgrade the
	// problem; 0 disables.
	DismissAfter int `mapstructure:"dismiss_after"`
	// HarmlessAfter: a mute that held this long also downgrades; 0
	// disables.
	HarmlessAfter time.Duration `mapstructure:"harmless_after"`
	// DismissedFactor multiplies the score of a downgraded problem.
	DismissedFactor float64 `mapstructure:"dismissed_factor"`
}

// Default returns the defaults: a 7-day verification window, x2 per failed
// fix (at most x4), downgrade x0.5 after 2 dismissals or 30 days muted.
func Default() Config {
	return Config{
		VerificationWindow: 7 * 24 * time.Hour,
		FixFailedFactor:    2,
		FixFailedMax:       4,
		DismissAfter:       2,
		HarmlessAfter:      30 * 24 * time.Hour,
		DismissedFactor:    0.5,
	}
}

// Validate names the offending field.
func (c *Config) Validate() error {
	var errs []error
	if c.VerificationWindow < 0 {
		errs = append(errs, fmt.Errorf("verification_window: must be >= 0, got %s", c.VerificationWindow))
	}
	if !(c.FixFailedFactor >= 1) || math.IsInf(c.FixFailedFactor, 0) {
		errs = append(errs, fmt.Errorf("fix_failed_factor: must be a finite number >= 1, got %v", c.FixFailedFactor))
	}
	if !(c.FixFailedMax >= 1) || math.IsInf(c.FixFailedMax, 0) {
		errs = append(errs, fmt.Errorf("fix_failed_max: must be a finite number >= 1, got %v", c.FixFailedMax))
	}
	if c.DismissAfter < 0 {
		errs = append(errs, fmt.Errorf("dismiss_after: must be >= 0, got %d", c.DismissAfter))
	}
	if c.HarmlessAfter < 0 {
		errs = append(errs, fmt.Errorf("harmless_after: must be >= 0, got %s", c.HarmlessAfter))
	}
	if !(c.DismissedFactor > 0 && c.DismissedFactor <= 1) {
		errs = append(errs, fmt.Errorf("dismissed_factor: must be in (0, 1], got %v", c.DismissedFactor))
	}
	return errors.Join(errs...)
}

// Kinds of feedback the ledger reads (the values of tracker.FeedbackKind).
const (
	KindResolved  = "resolved"
	KindRegressed = "regressed"
	KindMuted     = "muted"
)

// Feedback is one report of a tracker sync.
type Feedback struct {
	Fingerprint, Kind, Reason string
	// TicketID names the ticket; one ticket dismissed for one reason
	// counts once however often the sink reports it.
	TicketID string
}

// maxDismissals bounds the dismissals remembered per fingerprint.
const maxDismissals = 16

// entry is the persisted outcome history of one fingerprint.
type entry struct {
	// FixedAt is when a person's close as completed was first seen (zero:
	// no open fix); VerifiedAt when that fix was verified.
	FixedAt    time.Time `json:"fixed_at,omitzero"`
	VerifiedAt time.Time `json:"verified_at,omitzero"`
	Verified   int       `json:"verified,omitempty"`
	// Failed counts recurrences after a close as completed.
	Failed   int       `json:"failed,omitempty"`
	FailedAt time.Time `json:"failed_at,omitzero"`
	// Dismissals are the distinct "tracker/ticket/reason" mutes seen;
	// MutedSince is when the current mute was first reported (zero: none
	// known; a close as completed or a reopen ends it).
	Dismissals []string  `json:"dismissals,omitempty"`
	MutedSince time.Time `json:"muted_since,omitzero"`
	Reason     string    `json:"reason,omitempty"`
}

// Ledger is the outcome history of every fingerprint. It is safe for
// concurrent use.
type Ledger struct {
	cfg Config
	mu  sync.Mutex
	m   map[string]*entry
}

// New returns an empty ledger.
func New(cfg Config) (*Ledger, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &Ledger{cfg: cfg, m: map[string]*entry{}}, nil
}

// Enabled reports whether fix outcomes are on.
func (l *Ledger) Enabled() bool { return l != nil && l.cfg.VerificationWindow > 0 }

func (l *Ledger) get(fp string) *entry {
	e := l.m[fp]
	if e == nil {
		e = &entry{}
		l.m[fp] = e
	}
	return e
}

// Observe records the feedback of one sync of tracker at event time now.
// The sinks report a standing close or mute on the syncs that look at the
// ticket (not necessarily every sync), so reports are idempotent: a close
// as completed starts one verification window, a mute of one ticket for
// one reason is one dismissal.
func (l *Ledger) Observe(tracker string, fbs []Feedback, now time.Time) {
	if !l.Enabled() {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, fb := range fbs {
		e := l.get(fb.Fingerprint)
		switch fb.Kind {
		case KindResolved:
			e.MutedSince = time.Time{}
			if e.FixedAt.IsZero() && e.VerifiedAt.IsZero() {
				e.FixedAt = now
			}
		case KindRegressed:
			e.MutedSince = time.Time{}
			if !e.FixedAt.IsZero() || !e.VerifiedAt.IsZero() {
				e.Failed++
				e.FailedAt = now
				e.FixedAt, e.VerifiedAt = time.Time{}, time.Time{}
			}
		case KindMuted:
			if e.MutedSince.IsZero() {
				e.MutedSince = now
			}
			e.Reason = fb.Reason
			key := tracker + "/" + fb.TicketID + "/" + fb.Reason
			if !slices.Contains(e.Dismissals, key) {
				e.Dismissals = append(e.Dismissals, key)
				if len(e.Dismissals) > maxDismissals {
					e.Dismissals = e.Dismissals[len(e.Dismissals)-maxDismissals:]
				}
			}
		}
	}
	l.verify(now)
}

// verify marks the fixes whose window passed at now.
func (l *Ledger) verify(now time.Time) {
	for _, e := range l.m {
		if !e.FixedAt.IsZero() && e.VerifiedAt.IsZero() && !now.Before(e.FixedAt.Add(l.cfg.VerificationWindow)) {
			e.VerifiedAt = e.FixedAt.Add(l.cfg.VerificationWindow)
			e.Verified++
		}
	}
}

// Advance moves the ledger to event time now (verifies fixes whose window
// passed without a recurrence).
func (l *Ledger) Advance(now time.Time) {
	if !l.Enabled() {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.verify(now)
}

// Effect is the score effect of a fingerprint's outcomes.
type Effect struct {
	// FixFailed multiplies the score (1: none); Dismissed too.
	FixFailed, Dismissed float64
	// Watch keeps the item on the watchlist (downgraded).
	Watch bool
	Notes []string
}

// Effect returns the effect for fp at event time now.
func (l *Ledger) Effect(fp string, now time.Time) Effect {
	ef := Effect{FixFailed: 1, Dismissed: 1}
	if !l.Enabled() {
		return ef
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	e := l.m[fp]
	if e == nil {
		return ef
	}
	if e.Failed > 0 && l.cfg.FixFailedFactor > 1 {
		ef.FixFailed = math.Min(math.Pow(l.cfg.FixFailedFactor, float64(e.Failed)), l.cfg.FixFailedMax)
		ef.Notes = append(ef.Notes, fmt.Sprintf("fix failed: recurred %d time(s) after a close as completed x%.3g", e.Failed, ef.FixFailed))
	}
	longMuted := l.cfg.HarmlessAfter > 0 && !e.MutedSince.IsZero() && now.Sub(e.MutedSince) >= l.cfg.HarmlessAfter
	if n := len(e.Dismissals); (l.cfg.DismissAfter > 0 && n >= l.cfg.DismissAfter) || longMuted {
		ef.Dismissed, ef.Watch = l.cfg.DismissedFactor, true
		why := fmt.Sprintf("dismissed %d time(s) (%s)", n, e.Reason)
		if longMuted {
			why = fmt.Sprintf("muted (%s) for %s", e.Reason, now.Sub(e.MutedSince).Round(time.Hour))
		}
		ef.Notes = append(ef.Notes, fmt.Sprintf("%s: downgraded and watched x%.3g", why, ef.Dismissed))
	}
	return ef
}

// Verified returns the fingerprints whose fix was verified in (from, to],
// sorted.
func (l *Ledger) Verified(from, to time.Time) []string {
	if !l.Enabled() {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for fp, e := range l.m {
		if !e.VerifiedAt.IsZero() && e.VerifiedAt.After(from) && !e.VerifiedAt.After(to) {
			out = append(out, fp)
		}
	}
	sort.Strings(out)
	return out
}

// Snapshot encodes the ledger.
func (l *Ledger) Snapshot() ([]byte, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return json.Marshal(l.m)
}

// Restore replaces the ledger with a snapshot.
func (l *Ledger) Restore(data []byte) error {
	m := map[string]*entry{}
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("outcomes: %w", err)
	}
	for fp, e := range m {
		if e == nil || strings.TrimSpace(fp) == "" || e.Failed < 0 || e.Verified < 0 {
			return fmt.Errorf("outcomes: bad entry %q", fp)
		}
	}
	l.mu.Lock()
	l.m = m
	l.mu.Unlock()
	return nil
}
