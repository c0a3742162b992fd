package watermark

import (
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	wall   = time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	year22 = uint64(time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano())
)

func ns(t time.Time) uint64 { return uint64(t.UnixNano()) }

func TestClamp(t *testing.T) {
	recv := wall.UnixNano()
	obs := ns(wall.Add(-time.Second))
	for _, tc := range []struct {
		name         string
		ts, observed uint64
		want         int64
		reason       Reason
	}{
		{"plausible", ns(wall.Add(-time.Hour)), obs, wall.Add(-time.Hour).UnixNano(), OK},
		{"a replay of 2001 is plausible", ns(time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)), 0, time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano(), OK},
		{"slightly ahead (within skew)", ns(wall.Add(4 * time.Minute)), obs, wall.Add(4 * time.Minute).UnixNano(), OK},
		{"zero falls back to observed", 0, obs, int64(obs), Missing},
		{"zero without observed falls back to receive time", 0, 0, recv, Missing},
		{"2200 falls back to observed", year22, obs, int64(obs), Future},
		{"2200 with 2200 observed falls back to receive time", year22, year22, recv, Future},
		{"2^64-1 overflows", math.MaxUint64, obs, int64(obs), Overflow},
		{"2^63 overflows", 1 << 63, 0, recv, Overflow},
		{"1 ns after 1970 is before 2000", 1, obs, int64(obs), Ancient},
		{"1999-12-31", ns(time.Date(1999, 12, 31, 23, 59, 59, 0, time.UTC)), 0, recv, Ancient},
		{"6 minutes ahead", ns(wall.Add(6 * time.Minute)), obs, int64(obs), Future},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, reason := Clamp(tc.ts, tc.observed, recv, 0)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.reason, reason, "reason %s", reason)
		})
	}
	got, reason := Clamp(ns(wall.Add(6*time.Minute)), 0, recv, 10*time.Minute)
	assert.Equal(t, OK, reason, "max_clock_skew 10m accepts 6 minutes ahead")
	assert.Equal(t, wall.Add(6*time.Minute).UnixNano(), got)
}

// feed observes n records, one per second from t0, arriving at wall.
func feed(c *Clock, t0 time.Time, n int, at time.Time) {
	times := make([]int64, n)
	for i := range times {
		times[i] = t0.Add(time.Duration(i) * time.Second).UnixNano()
	}
	c.Observe(times, at.UnixNano())
}

func now(t *testing.T, c *Clock, at time.Time) time.Time {
	t.Helper()
	n, ok := c.Now(at.UnixNano())
	require.True(t, ok)
	return time.Unix(0, n).UTC()
}

func TestEmptyClock(t *testing.T) {
	c := New()
	_, ok := c.Now(wall.UnixNano())
	assert.False(t, ok)
	c.Observe(nil, wall.UnixNano())
	_, ok = c.Now(wall.UnixNano())
	assert.False(t, ok)
	data, err := c.Snapshot()
	require.NoError(t, err)
	assert.Nil(t, data)
}

// TestFewFutureRecordsDoNotMoveTheClock: records within the skew but ahead of
// the data (a host with a fast clock, a hostile sender) are a minority; the
// clock stays with the bulk of a replay of old data.
func TestFewFutureRecordsDoNotMoveTheClock(t *testing.T) {
	c := New()
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	feed(c, t0, 100, wall)
	before := now(t, c, wall)
	assert.True(t, before.Before(t0.Add(100*time.Second)) && before.After(t0.Add(80*time.Second)), "the 10th newest of 100: %s", before)
	newest := t0.Add(99 * time.Second)
	for i := 0; i < 3; i++ { // three batches of one record each, at the wall clock
		c.Observe([]int64{wall.Add(4 * time.Minute).UnixNano()}, wall.UnixNano())
		// An order statistic shifts by one record, within the real data.
		got := now(t, c, wall)
		assert.False(t, got.After(newest), "record %d moved the clock past the data: %s", i, got)
		assert.False(t, got.Before(before), "record %d moved the clock back", i)
	}
	// Many records do move it (they are the bulk), never past the wall clock.
	feed(c, wall.Add(time.Minute), 200, wall)
	assert.Equal(t, wall, now(t, c, wall), "clock capped at the wall clock")
}

func TestClockNeverMovesBack(t *testing.T) {
	c := New()
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	feed(c, t0, 50, wall)
	a := now(t, c, wall)
	feed(c, t0.Add(-time.Hour), 1000, wall) // a late backfill
	assert.Equal(t, a, now(t, c, wall))
}

// TestQuietLiveStreamFollowsTheWallClock: a live stream that stops keeps its
// lag behind the wall clock, so time passes for resolution and settling.
func TestQuietLiveStreamFollowsTheWallClock(t *testing.T) {
	c := New()
	feed(c, wall.Add(-100*time.Second), 100, wall) // live: last record 1 s ago
	first := now(t, c, wall)
	lag := wall.Sub(first)
	assert.Less(t, lag, 15*time.Second)
	later := wall.Add(2 * time.Hour)
	assert.Equal(t, later.Add(-lag), now(t, c, later), "two quiet hours later")
	// Monotonic: an earlier wall reading does not move it back.
	assert.Equal(t, later.Add(-lag), now(t, c, wall))
}

// TestReplayKeepsItsTime: replayed data from months ago keeps its own time
// while it flows and after it ends.
func TestReplayKeepsItsTime(t *testing.T) {
	c := New()
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	feed(c, t0, 100, wall)
	a := now(t, c, wall)
	assert.Equal(t, a, now(t, c, wall.Add(48*time.Hour)), "the replay ended two days ago")
	feed(c, t0.Add(100*time.Second), 100, wall.Add(48*time.Hour))
	assert.True(t, now(t, c, wall.Add(48*time.Hour)).After(a), "more replayed data moves it")
}

func TestSingleFirstRecordStartsTheClock(t *testing.T) {
	c := New()
	at := wall.Add(-time.Minute)
	c.Observe([]int64{at.UnixNano()}, wall.UnixNano())
	assert.Equal(t, at, now(t, c, wall))
}

func TestSnapshotRestore(t *testing.T) {
	c := New()
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	feed(c, t0, 100, wall)
	a := now(t, c, wall)
	data, err := c.Snapshot()
	require.NoError(t, err)

	r := New()
	require.NoError(t, r.Restore(data, wall.UnixNano(), 0))
	assert.Equal(t, a, now(t, r, wall))
	// The first record after the restart cannot move it alone.
	r.Observe([]int64{wall.UnixNano()}, wall.UnixNano())
	assert.Equal(t, a, now(t, r, wall))

	// A state from 2200 (written by an older version) is refused.
	bad := New()
	err = bad.Restore([]byte(`{"now":7258118400000000000}`), wall.UnixNano(), 0)
	require.ErrorIs(t, err, ErrState)
	_, ok := bad.Now(wall.UnixNano())
	assert.False(t, ok)
	require.ErrorIs(t, bad.Restore([]byte(`{"now":-1}`), wall.UnixNano(), 0), ErrState)
	require.ErrorIs(t, bad.Restore([]byte(`garbage`), wall.UnixNano(), 0), ErrState)
}

// TestRestoredClockMovesLikeTheRunningOne: restored from its snapshot, the
// clock keeps its window of recent times, so the next records move it
// exactly as they move the clock that ran through (before, the restored
// window held MinSupport copies of now and the clock jumped after a
// handful of records). A state of an older version (now only) still
// restores.
func TestRestoredClockMovesLikeTheRunningOne(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	live := New()
	feed(live, t0, 300, wall)
	data, err := live.Snapshot()
	require.NoError(t, err)
	r := New()
	require.NoError(t, r.Restore(data, wall.UnixNano(), 0))
	later := t0.Add(7 * time.Hour)
	for i := 0; i < 12; i++ {
		batch := make([]int64, 5)
		for j := range batch {
			batch[j] = later.Add(time.Duration(i*5+j) * time.Second).UnixNano()
		}
		live.Observe(batch, wall.UnixNano())
		r.Observe(batch, wall.UnixNano())
		require.Equal(t, now(t, live, wall), now(t, r, wall), "after batch %d", i)
	}

	old := New()
	require.NoError(t, old.Restore([]byte(`{"now":`+fmt.Sprint(t0.UnixNano())+`}`), wall.UnixNano(), 0))
	assert.Equal(t, t0, now(t, old, wall))
	// A window holding an implausible time is not trusted: the clock
	// restarts from now alone.
	odd := New()
	require.NoError(t, odd.Restore([]byte(`{"now":`+fmt.Sprint(t0.UnixNano())+`,"recent":[7258118400000000000]}`), wall.UnixNano(), 0))
	assert.Equal(t, t0, now(t, odd, wall))
}

// BenchmarkObserve is a live stream of batches of 512 records, 1 ms apart.
func BenchmarkObserve(b *testing.B) {
	c := New()
	times := make([]int64, 512)
	t := wall.UnixNano()
	b.ReportAllocs()
	for b.Loop() {
		for i := range times {
			t += int64(time.Millisecond)
			times[i] = t
		}
		c.Observe(times, t+int64(time.Second))
	}
}

// BenchmarkObserveOne is a batch of one record (an unbatched pipeline).
func BenchmarkObserveOne(b *testing.B) {
	c := New()
	feed(c, wall.Add(-time.Hour), Window, wall)
	t := wall.Add(-time.Minute).UnixNano()
	b.ReportAllocs()
	for b.Loop() {
		t += int64(time.Millisecond)
		c.Observe([]int64{t}, t+int64(time.Second)) // received 1 s later
	}
}

// BenchmarkObserveAhead: every record is ahead of the wall clock (within the
// skew): the clock stays capped at the wall clock.
func BenchmarkObserveAhead(b *testing.B) {
	c := New()
	at := wall.UnixNano()
	b.ReportAllocs()
	for b.Loop() {
		at += int64(time.Millisecond)
		c.Observe([]int64{at + int64(time.Minute)}, at)
	}
}
