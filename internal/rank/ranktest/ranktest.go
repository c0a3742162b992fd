// Package ranktest holds a small but complete world of clusters and the
// overrides over it, shared by the tests of package rank and of the
// writers of its document (package render).
package ranktest

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
	"github.com/otelcol-backlog/otelcol-backlog/internal/overrides"
)

// T0 is the event time the scenario is built around (unix ns).
var T0 = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC).UnixNano()

const minute = int64(time.Minute)

// Scenario feeds a small but complete world into a store, shifted by offset
// nanoseconds (to check replays rank like live traffic).
func Scenario(offset int64) *cluster.Store {
	t0 := T0
	s := cluster.New(cluster.Config{})
	add := func(e cluster.Event) { e.Time += offset; s.Add(&e) }
	for i := 0; i < 60; i++ {
		// Chronic noise: one log line per minute for 3 days, steady.
		for d := 0; d < 3*24; d++ {
			add(cluster.Event{Fingerprint: "noise", Kind: "log", Template: "cache miss for key <*>", Service: "catalog",
				Time: t0 - int64(d)*int64(time.Hour) + int64(i)*minute, User: fmt.Sprint("u", i%3)})
		}
	}
	for i := 0; i < 40; i++ {
		trace := [16]byte{byte(i + 1), 9}
		at := t0 + int64(i)*minute/2
		// gateway -> checkout -> payments all fail in one trace.
		add(cluster.Event{Fingerprint: "gateway", Kind: "error", Template: "upstream returned 502", Service: "gateway", ErrorType: "HTTP 502",
			TraceID: trace, SpanID: [8]byte{1}, Time: at, User: fmt.Sprint("user", i%10), Release: "g1"})
		add(cluster.Event{Fingerprint: "checkout", Kind: "error", Template: "Payment <*> failed", Service: "checkout-service",
			ErrorType: "java.lang.IllegalStateException", Journey: "checkout", JourneyWeight: 5, Owner: "team-payments",
			TraceID: trace, SpanID: [8]byte{2}, ParentSpanID: [8]byte{1}, Time: at + 1, User: fmt.Sprint("user", i%10), Release: "c1",
			Body: "java.lang.IllegalStateException: Payment 4711 failed\n\tat Checkout.pay(Checkout.java:42)"})
		add(cluster.Event{Fingerprint: "payments", Kind: "error", Template: "connection refused", Service: "payments", Dependency: "postgres",
			ErrorType: "ECONNREFUSED", TraceID: trace, SpanID: [8]byte{3}, ParentSpanID: [8]byte{2}, Time: at + 2, Release: "p1"})
	}
	add(cluster.Event{Fingerprint: "rare", Kind: "error", Template: "odd thing", Service: "search", Time: t0 + 10*minute})
	for i := 0; i < 5; i++ {
		add(cluster.Event{Fingerprint: "dup", Kind: "error", Template: "Payment <*> failed!", Service: "checkout-service",
			Time: t0 + int64(i)*minute, User: fmt.Sprint("other", i)})
		add(cluster.Event{Fingerprint: "muted", Kind: "error", Template: "known flake", Service: "search", Time: t0 + int64(i)*minute})
	}
	return s
}

// Rules merges "dup" into "checkout" and mutes "muted".
func Rules(t testing.TB) *overrides.Set {
	t.Helper()
	set, err := overrides.Parse([]byte(`rules:
  - {fingerprint: dup, action: merge_into, into: checkout, reason: same-bug}
  - {fingerprint: muted, action: mute, reason: known-flake}
`))
	require.NoError(t, err)
	return set
}
