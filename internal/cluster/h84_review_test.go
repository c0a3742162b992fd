package cluster

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

// h84 finding (dd16ead, Store.Tick): the tick is the wall minute itself,
// so after a step back the minutes it counts on from take again the
// values they had before the step, and a cluster whose last counted tick
// is one of them counts a later, distinct minute as that one: records a
// few minutes apart in real time, one before an NTP step back and one
// after, are one minute. The undercount is one minute per cluster per
// step, and fewer minutes make a family's members weigh less (Roots).
func TestTickRecurringAfterStepBackCountsOnce(t *testing.T) {
	s := New(Config{})
	add := func() {
		s.Add(&Event{Fingerprint: "fp", Kind: KindLog, Service: "svc", Severity: "ERROR", Template: "disk <*> full", Time: t0})
	}
	wall := t0 / min1 * min1
	s.Tick(wall)
	add()
	s.Tick(wall - 5*min1) // NTP steps the clock back five minutes
	for i := int64(4); i >= 0; i-- {
		s.Tick(wall - i*min1) // five flushes a minute apart, no records
	}
	add() // five real minutes after the first record
	require.Equal(t, int64(2), ticksOf(s, "fp"), "two distinct minutes with records")
}

// What TestTickRecurringAfterStepBackCountsOnce's fix keeps across a
// restart: the tick is persisted, so the wall minutes that recur after a
// step back are new ticks also for a restored store, never the ones
// before the step, and a restart within a minute counts it once; a
// snapshot without ticks restores as before (the minute counts anew).
func TestTickAfterStepBackAcrossRestart(t *testing.T) {
	add := func(s *Store) {
		s.Add(&Event{Fingerprint: "fp", Kind: KindLog, Service: "svc", Severity: "ERROR", Template: "disk <*> full", Time: t0})
	}
	restart := func(s *Store, older bool) *Store {
		snap, err := s.snapshotValue()
		require.NoError(t, err)
		if older { // as an older version wrote it
			snap.Tick, snap.TickMinute = 0, 0
			snap.Clusters[0].LastTick = 0
		}
		var raw bytes.Buffer
		require.NoError(t, encodeSnapshot(&raw, &snap))
		r := New(Config{})
		require.NoError(t, r.restoreJSON(raw.Bytes()))
		return r
	}
	wall := t0 / min1 * min1
	s := New(Config{})
	s.Tick(wall)
	add(s)
	s.Tick(wall - 5*min1) // NTP steps the clock back five minutes
	r := restart(s, false)
	r.Tick(wall - 5*min1 + 20e9) // restarted within the minute
	add(r)
	require.Equal(t, int64(1), ticksOf(r, "fp"), "a step back adds no minute, nor does the restart")
	for i := int64(4); i >= 0; i-- {
		r.Tick(wall - i*min1) // five quiet minutes, to the first record's
	}
	add(r)
	require.Equal(t, int64(2), ticksOf(r, "fp"), "the recurring minute is a new one after the restart")
	r = restart(r, false)
	r.Tick(wall + 20e9)
	add(r)
	require.Equal(t, int64(2), ticksOf(r, "fp"), "a restart within the minute counts it once")
	r = restart(r, true)
	r.Tick(wall + 20e9)
	add(r)
	require.Equal(t, int64(3), ticksOf(r, "fp"), "an older snapshot: the minute counts anew (as before)")
}
