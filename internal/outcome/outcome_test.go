package outcome

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var t0 = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

func ledger(t *testing.T, mod func(*Config)) *Ledger {
	t.Helper()
	cfg := Default()
	if mod != nil {
		mod(&cfg)
	}
	l, err := New(cfg)
	require.NoError(t, err)
	return l
}

func TestFixVerifiedAfterQuietWindow(t *testing.T) {
	l := ledger(t, nil)
	l.Observe("gh", []Feedback{{Fingerprint: "a", Kind: KindResolved, Reason: "closed"}}, t0)
	// The sink reports the close on every sync while it stands: the window
	// starts at the first report.
	l.Observe("gh", []Feedback{{Fingerprint: "a", Kind: KindResolved}}, t0.Add(3*24*time.Hour))
	assert.Empty(t, l.Verified(t0, t0.Add(6*24*time.Hour)))
	l.Advance(t0.Add(7 * 24 * time.Hour))
	assert.Equal(t, []string{"a"}, l.Verified(t0, t0.Add(8*24*time.Hour)))
	assert.Empty(t, l.Verified(t0.Add(7*24*time.Hour), t0.Add(9*24*time.Hour)), "reported once, in the period it happened")
	ef := l.Effect("a", t0.Add(8*24*time.Hour))
	assert.Equal(t, 1.0, ef.FixFailed)
	assert.False(t, ef.Watch)
}

func TestRecurrenceAfterFixRaisesPriority(t *testing.T) {
	l := ledger(t, nil)
	l.Observe("gh", []Feedback{{Fingerprint: "a", Kind: KindResolved}}, t0)
	l.Observe("gh", []Feedback{{Fingerprint: "a", Kind: KindRegressed, Reason: "seen after close"}}, t0.Add(2*24*time.Hour))
	ef := l.Effect("a", t0.Add(2*24*time.Hour))
	assert.Equal(t, 2.0, ef.FixFailed)
	assert.Contains(t, ef.Notes[0], "fix failed: recurred 1 time(s)")
	l.Advance(t0.Add(30 * 24 * time.Hour))
	assert.Empty(t, l.Verified(t0, t0.Add(30*24*time.Hour)), "a failed fix is never verified")

	// Closed again, recurred again: x4 (the cap); a third time stays x4.
	for i := 3; i < 7; i += 2 {
		l.Observe("gh", []Feedback{{Fingerprint: "a", Kind: KindResolved}}, t0.Add(time.Duration(i)*24*time.Hour))
		l.Observe("gh", []Feedback{{Fingerprint: "a", Kind: KindRegressed}}, t0.Add(time.Duration(i+1)*24*time.Hour))
	}
	assert.Equal(t, 4.0, l.Effect("a", t0.Add(8*24*time.Hour)).FixFailed)

	// A reopen without a prior close as completed by a person is no failed fix.
	l.Observe("gh", []Feedback{{Fingerprint: "b", Kind: KindRegressed}}, t0)
	assert.Equal(t, 1.0, l.Effect("b", t0).FixFailed)
}

func TestDismissedRepeatedlyOrMutedLong(t *testing.T) {
	l := ledger(t, nil)
	muted := []Feedback{{Fingerprint: "a", Kind: KindMuted, Reason: "wontfix", TicketID: "7"}}
	l.Observe("gh", muted, t0)
	l.Observe("gh", muted, t0.Add(time.Hour)) // the same close, reported again
	l.Observe("gh", nil, t0.Add(2*time.Hour))
	l.Observe("gh", muted, t0.Add(3*time.Hour))
	assert.Equal(t, 1.0, l.Effect("a", t0.Add(3*time.Hour)).Dismissed, "one dismissal however often reported")
	// Reopened by a person and closed as not planned again, now by label.
	l.Observe("gh", []Feedback{{Fingerprint: "a", Kind: KindMuted, Reason: "label", TicketID: "7"}}, t0.Add(4*time.Hour))
	ef := l.Effect("a", t0.Add(4*time.Hour))
	assert.Equal(t, 0.5, ef.Dismissed)
	assert.True(t, ef.Watch)
	assert.Contains(t, ef.Notes[0], "dismissed 2 time(s) (label)")

	// Muted once, for longer than harmless_after.
	l.Observe("gl", []Feedback{{Fingerprint: "b", Kind: KindMuted, Reason: "label", TicketID: "1"}}, t0)
	assert.False(t, l.Effect("b", t0.Add(29*24*time.Hour)).Watch)
	ef = l.Effect("b", t0.Add(30*24*time.Hour))
	assert.True(t, ef.Watch)
	assert.Contains(t, ef.Notes[0], "muted (label) for 720h")
	// A close as completed ends the mute.
	l.Observe("gl", []Feedback{{Fingerprint: "b", Kind: KindResolved}}, t0.Add(31*24*time.Hour))
	assert.False(t, l.Effect("b", t0.Add(31*24*time.Hour)).Watch)
}

func TestDisabledAndConfig(t *testing.T) {
	l := ledger(t, func(c *Config) { c.VerificationWindow = 0 })
	l.Observe("gh", []Feedback{{Fingerprint: "a", Kind: KindResolved}, {Fingerprint: "a", Kind: KindRegressed}}, t0)
	assert.Equal(t, Effect{FixFailed: 1, Dismissed: 1}, l.Effect("a", t0))

	for _, tt := range []struct {
		mod  func(*Config)
		want string
	}{
		{func(c *Config) { c.VerificationWindow = -1 }, "verification_window"},
		{func(c *Config) { c.FixFailedFactor = 0.5 }, "fix_failed_factor"},
		{func(c *Config) { c.FixFailedMax = 0 }, "fix_failed_max"},
		{func(c *Config) { c.DismissAfter = -1 }, "dismiss_after"},
		{func(c *Config) { c.HarmlessAfter = -1 }, "harmless_after"},
		{func(c *Config) { c.DismissedFactor = 2 }, "dismissed_factor"},
	} {
		cfg := Default()
		tt.mod(&cfg)
		assert.ErrorContains(t, cfg.Validate(), tt.want)
	}
}

func TestSnapshotRestore(t *testing.T) {
	l := ledger(t, nil)
	l.Observe("gh", []Feedback{{Fingerprint: "a", Kind: KindResolved}}, t0)
	l.Observe("gh", []Feedback{{Fingerprint: "a", Kind: KindRegressed}}, t0.Add(time.Hour))
	data, err := l.Snapshot()
	require.NoError(t, err)
	r := ledger(t, nil)
	require.NoError(t, r.Restore(data))
	assert.Equal(t, l.Effect("a", t0), r.Effect("a", t0))
	assert.Error(t, r.Restore([]byte(`{"a":{"failed":-1}}`)))
	assert.Error(t, r.Restore([]byte(`[`)))
}
