package backlogexporter

import (
	"context"
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/config/configoptional"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"
	"go.opentelemetry.io/otel/sdk/metric/metricdata/metricdatatest"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadatatest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore/statestoretest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/github"
)

// wallClock is an injected wall clock the test moves by hand.
type wallClock struct {
	mu sync.Mutex
	t  time.Time
}

func (w *wallClock) now() time.Time { w.mu.Lock(); defer w.mu.Unlock(); return w.t }
func (w *wallClock) add(d time.Duration) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.t = w.t.Add(d)
}

// errorLogs is n ERROR records of one fingerprinted failure of service,
// one per second from t0 (ts: the raw timestamps, when given, instead).
func errorLogs(fp, service string, t0 time.Time, n int, ts ...uint64) plog.Logs {
	ld := plog.NewLogs()
	rl := ld.ResourceLogs().AppendEmpty()
	rl.Resource().Attributes().PutStr(attrs.ServiceName, service)
	lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
	add := func(ts pcommon.Timestamp) {
		lr := lrs.AppendEmpty()
		lr.SetTimestamp(ts)
		lr.SetSeverityNumber(plog.SeverityNumberError)
		lr.Body().SetStr("payment declined for order 42: upstream timeout")
		lr.Attributes().PutStr(attrs.FingerprintID, fp)
		lr.Attributes().PutStr(attrs.LogRecordTemplate, "payment declined for order <*>: upstream timeout at stage "+fp) // one family per fingerprint (else the lineage folds them)
		lr.Attributes().PutStr(attrs.ErrorType, "TimeoutError")
	}
	for i := 0; i < n; i++ {
		add(pcommon.NewTimestampFromTime(t0.Add(time.Duration(i) * time.Second)))
	}
	for _, t := range ts {
		add(pcommon.Timestamp(t))
	}
	return ld
}

// TestFutureRecordMovesNoClock is issue #9 (2): with close_resolved, one log
// record dated 2200-01-01 and one dated 2^64-1 ns (and a span ending in 2200)
// arrive on a live backlog with open tickets. Nothing changes state, no ticket
// is closed (nor after a restart), the fallbacks are counted, and a real
// outage sent afterwards is ticketed.
func TestFutureRecordMovesNoClock(t *testing.T) {
	gh := fake.NewGitHub()
	defer gh.Close()
	storageID := component.MustNewID("file_storage")
	host := statestoretest.NewHost(storageID, statestoretest.New())
	cfg := createDefaultConfig().(*Config)
	cfg.Scoring.Gates.MinWindows = 1          // the failures below last one minute
	cfg.Scoring.Gates.HoldUnseenOnset = false // its failures start with the data (a collector started during them)
	cfg.Directory = ""
	cfg.HTTP = configoptional.None[HTTPConfig]()
	cfg.Storage = &storageID
	ghc := testGitHub(gh.URL())
	ghc.CloseResolved = true
	cfg.Trackers.GitHub = []GitHubConfig{ghc}
	require.NoError(t, cfg.Validate())
	ctx := context.Background()
	tt := componenttest.NewTelemetry()
	defer func() { require.NoError(t, tt.Shutdown(ctx)) }()
	set := exportertest.NewNopSettings(metadata.Type)
	set.TelemetrySettings = tt.NewTelemetrySettings()
	wall := &wallClock{t: time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)}

	start := func() *backlogExporter {
		e, err := newBacklogExporter(set, cfg)
		require.NoError(t, err)
		e.now = wall.now
		require.NoError(t, e.Start(ctx, host))
		return e
	}
	e := start()
	// A live backlog: six failures, 20 records each over the last minute.
	for i := 0; i < 6; i++ {
		require.NoError(t, e.consumeLogs(ctx, errorLogs(fmt.Sprintf("00000000000000a%d", i), fmt.Sprintf("svc-%d", i), wall.now().Add(-time.Minute), 20)))
	}
	flushSynced(t, e, ctx)
	states := func(e *backlogExporter) map[string]string {
		m := map[string]string{}
		for _, l := range [][]backlog.Item{e.doc.Load().Items, e.doc.Load().Watchlist} {
			for _, it := range l {
				m[it.Fingerprint] = it.State
			}
		}
		return m
	}
	before := states(e)
	require.Len(t, before, 6)
	for fp, st := range before {
		require.NotEqual(t, backlog.StateResolved, st, fp)
	}
	opened := openIssues(gh)
	require.Positive(t, opened, "the failures opened tickets")
	clockBefore := e.doc.Load().EventTime

	// The hostile records: on an existing failure and on a new one.
	year2200 := uint64(time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano())
	wall.add(10 * time.Second)
	require.NoError(t, e.consumeLogs(ctx, errorLogs("00000000000000a0", "svc-0", time.Time{}, 0, year2200, math.MaxUint64)))
	require.NoError(t, e.consumeLogs(ctx, errorLogs("00000000000000ff", "svc-x", time.Time{}, 0, year2200)))
	td := ptrace.NewTraces()
	sp := td.ResourceSpans().AppendEmpty().ScopeSpans().AppendEmpty().Spans().AppendEmpty()
	sp.SetName("GET /")
	sp.SetStartTimestamp(pcommon.NewTimestampFromTime(wall.now()))
	sp.SetEndTimestamp(pcommon.Timestamp(year2200))
	sp.Attributes().PutStr(attrs.FingerprintID, "00000000000000fe")
	require.NoError(t, e.consumeTraces(ctx, td))
	flushSynced(t, e, ctx)

	after := states(e)
	for fp, st := range before {
		assert.Equal(t, st, after[fp], "%s changed state", fp)
	}
	assert.Equal(t, opened, openIssues(gh), "no ticket closed")
	ev := e.doc.Load().EventTime
	assert.False(t, ev.After(wall.now()), "event_time %s is ahead of the wall clock", ev)
	assert.False(t, ev.Before(clockBefore), "event_time moved back")
	for _, l := range [][]backlog.Item{e.doc.Load().Items, e.doc.Load().Watchlist} {
		for _, it := range l {
			assert.False(t, it.FirstSeen.Before(wall.now().Add(-time.Hour)), "%s first_seen %s", it.Fingerprint, it.FirstSeen)
			assert.False(t, it.LastSeen.After(wall.now()), "%s last_seen %s", it.Fingerprint, it.LastSeen)
		}
	}
	metadatatest.AssertEqualExporterBacklogTimestampsAdjusted(t, tt, []metricdata.DataPoint[int64]{
		{Value: 3, Attributes: attribute.NewSet(attribute.String("reason", "future"))},
		{Value: 1, Attributes: attribute.NewSet(attribute.String("reason", "overflow"))},
	}, metricdatatest.IgnoreTimestamp())

	// The state survives a restart without closing anything either.
	require.NoError(t, e.Shutdown(ctx))
	wall.add(time.Minute)
	e = start()
	flushSynced(t, e, ctx)
	assert.Equal(t, opened, openIssues(gh), "no ticket closed after the restart")
	restarted := states(e)
	for fp := range before {
		assert.NotEqual(t, backlog.StateResolved, restarted[fp], "%s resolved after the restart", fp)
	}

	// A real outage afterwards is ticketed, not resolved at once.
	require.NoError(t, e.consumeLogs(ctx, errorLogs("00000000000000b0", "checkout", wall.now().Add(-30*time.Second), 30)))
	flushSynced(t, e, ctx)
	assert.NotEqual(t, backlog.StateResolved, states(e)["00000000000000b0"])
	var ticketed bool
	for _, i := range gh.Issues() {
		// A problem ticket lists its members' fingerprints.
		ticketed = ticketed || (i.State == "open" && strings.Contains(i.Body, "`00000000000000b0`"))
	}
	assert.True(t, ticketed, "the outage has an open ticket")
	require.NoError(t, e.Shutdown(ctx))
}

// TestPoisonedStateIsSanitizedOnRestore: state written by a version that
// trusted a record dated 2200 (its clusters resolved against that clock, no
// stored clock) is repaired on load: times are clamped, the automatic
// resolutions are judged again, and the recent failures are open again.
func TestPoisonedStateIsSanitizedOnRestore(t *testing.T) {
	storageID := component.MustNewID("file_storage")
	host := statestoretest.NewHost(storageID, statestoretest.New())
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = ""
	cfg.HTTP = configoptional.None[HTTPConfig]()
	cfg.Storage = &storageID
	ctx := context.Background()
	set := exportertest.NewNopSettings(metadata.Type)
	wall := &wallClock{t: time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)}
	start := func() *backlogExporter {
		e, err := newBacklogExporter(set, cfg)
		require.NoError(t, err)
		e.now = wall.now
		require.NoError(t, e.Start(ctx, host))
		return e
	}

	// What an older version did: the record's 2200 time went into the store
	// and every other cluster resolved against it.
	old := start()
	for i := 0; i < 3; i++ {
		require.NoError(t, old.consumeLogs(ctx, errorLogs(fmt.Sprintf("00000000000000a%d", i), "svc", wall.now().Add(-time.Minute), 20)))
	}
	year2200 := time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano()
	old.store.Add(&cluster.Event{Fingerprint: "00000000000000ff", Kind: attrs.KindLog, Service: "svc", Time: year2200, Severity: "ERROR"})
	for _, v := range old.store.Views(year2200, nil) {
		require.True(t, v.Resolved || v.Fingerprint == "00000000000000ff", v.Fingerprint)
	}
	require.NoError(t, old.Shutdown(ctx))
	client, err := statestore.Open(ctx, host, storageID, component.KindExporter, set.ID, storageClientName)
	require.NoError(t, err)
	require.NoError(t, client.Delete(ctx, clockKey)) // older versions kept no clock

	wall.add(time.Minute)
	e := start()
	defer func() { require.NoError(t, e.Shutdown(ctx)) }()
	e.flush(ctx)
	doc := e.doc.Load()
	assert.False(t, doc.EventTime.After(wall.now()), "event_time %s", doc.EventTime)
	assert.True(t, doc.EventTime.After(wall.now().Add(-time.Hour)), "event_time %s", doc.EventTime)
	seen := 0
	for _, l := range [][]backlog.Item{doc.Items, doc.Watchlist} {
		for _, it := range l {
			assert.False(t, it.LastSeen.After(wall.now().Add(cfg.MaxClockSkew)), "%s last_seen %s", it.Fingerprint, it.LastSeen)
			if it.Fingerprint != "00000000000000ff" {
				seen++
				assert.NotEqual(t, backlog.StateResolved, it.State, "%s is still resolved", it.Fingerprint)
			}
		}
	}
	assert.Equal(t, 3, seen)
}

// flushSynced flushes and waits until every tracker has finished the
// document of that flush (trackers sync on their own goroutines).
func flushSynced(t *testing.T, e *backlogExporter, ctx context.Context) {
	t.Helper()
	e.flush(ctx)
	waitFor(t, 20*time.Second, "trackers synced the flush", func() bool {
		for _, s := range e.loadSinks() {
			if s.synced.Load() < s.offered.Load() {
				return false
			}
		}
		return true
	})
}

// testGitHub is a GitHub sink on the fake at url for tests: tickets at the
// first sync (group_wait has its own tests), no rate limits.
func testGitHub(url string) GitHubConfig {
	ghc := GitHubConfig{ClientConfig: httpClient(url), Config: github.DefaultConfig()}
	ghc.GroupWait = 0
	ghc.Owner, ghc.Repo, ghc.Token = "acme", "shop", "t0ken"
	ghc.WritesPerSecond, ghc.ReadsPerSecond, ghc.MaxWritesPerSync = 0, 0, 100
	return ghc
}

// openIssues counts the fake GitHub's open issues.
func openIssues(gh *fake.GitHub) (n int) {
	for _, i := range gh.Issues() {
		if i.State == "open" {
			n++
		}
	}
	return n
}
