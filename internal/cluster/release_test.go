package cluster

import (
	"testing"
	"time"
)

func TestObserveReleaseMakesLaterFailuresNew(t *testing.T) {
	s := New(DefaultConfig())
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC).UnixNano()
	// Only healthy traffic under 2.3.0: no fingerprinted events at all.
	s.ObserveRelease("checkout", "2.3.0", t0)
	t1 := t0 + int64(15*time.Minute)
	s.ObserveRelease("checkout", "2.4.0", t1)
	s.Add(&Event{Fingerprint: "aaaaaaaaaaaaaaaa", Kind: "error", Service: "checkout", Release: "2.4.0", Time: t1 + int64(time.Second)})
	views := s.Views(t1+int64(time.Minute), nil)
	if len(views) != 1 {
		t.Fatalf("views = %d, want 1", len(views))
	}
	if got := views[0].NewInRelease; got != "2.4.0" {
		t.Fatalf("NewInRelease = %q, want 2.4.0", got)
	}
}
