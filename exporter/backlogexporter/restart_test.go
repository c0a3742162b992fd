package backlogexporter

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/exporter/exportertest"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore/statestoretest"
)

// TestRestartMidStreamSameBacklog: the same records, with the exporter
// restarted (state saved to and restored from the storage extension) in the
// middle, give the same ranked document as the uninterrupted run: the same
// items, watchlist and problems in the same order with the same counts,
// scores and states, and the same event time. Only GeneratedAt (wall clock)
// and Stats (counters since the process started) may differ: the time
// nobody watched stays unwatched after the restart, and the event-time
// clock moves on as the running one would.
func TestRestartMidStreamSameBacklog(t *testing.T) {
	base := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC) // a replay: the wall clock is days ahead
	wall := &wallClock{t: time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)}
	phase1 := func(e *backlogExporter) {
		for i := 0; i < 10; i++ {
			at := base.Add(time.Duration(i) * time.Minute)
			require.NoError(t, e.consumeLogs(context.Background(), errorLogs("00000000000000a1", "checkout", at, 12)))
			require.NoError(t, e.consumeLogs(context.Background(), errorLogs("00000000000000b2", "payment", at, 8)))
		}
	}
	// The stream resumes hours later (a replay's next window, a collector
	// that was down), before the restart: those hours were not watched, so
	// a1 is not quiet for them, before or after the restart.
	later := base.Add(7 * time.Hour)
	phase1b := func(e *backlogExporter) {
		for i := 0; i < 6; i++ {
			at := later.Add(time.Duration(i) * time.Minute)
			require.NoError(t, e.consumeLogs(context.Background(), errorLogs("00000000000000b2", "payment", at, 10)))
		}
	}
	phase2 := func(e *backlogExporter) {
		for i := 0; i < 3; i++ {
			at := later.Add(time.Duration(10+i) * time.Minute)
			require.NoError(t, e.consumeLogs(context.Background(), errorLogs("00000000000000b2", "payment", at, 6)))
			require.NoError(t, e.consumeLogs(context.Background(), errorLogs(fmt.Sprintf("00000000000000c%d", i), "cart", at, 5)))
		}
	}
	run := func(restart bool) *backlog.Document {
		ctx := context.Background()
		storageID := component.MustNewID("file_storage")
		host := statestoretest.NewHost(storageID, statestoretest.New())
		cfg := createDefaultConfig().(*Config)
		cfg.Directory = ""
		cfg.HTTP = noServer()
		cfg.Storage = &storageID
		set := exportertest.NewNopSettings(metadata.Type) // one component ID for both lives
		start := func() *backlogExporter {
			e, err := newBacklogExporter(set, cfg)
			require.NoError(t, err)
			e.now = wall.now
			require.NoError(t, e.Start(ctx, host))
			return e
		}
		e := start()
		phase1(e)
		phase1b(e)
		if restart {
			require.NoError(t, e.Shutdown(ctx)) // flushes and saves
			e = start()
		} else {
			e.flush(ctx) // what Shutdown does to the state, without the restart
		}
		phase2(e)
		e.flush(ctx)
		doc := e.doc.Load()
		require.NoError(t, e.Shutdown(ctx))
		return doc
	}
	live, restarted := run(false), run(true)
	require.NotEmpty(t, live.Items)
	require.Equal(t, live.EventTime, restarted.EventTime)
	require.Equal(t, live.Problems, restarted.Problems)
	require.Equal(t, live.Items, restarted.Items)
	require.Equal(t, live.Watchlist, restarted.Watchlist)
	for _, it := range append(live.Items, live.Watchlist...) {
		require.NotEqual(t, backlog.StateResolved, it.State, it.Fingerprint)
		require.NotEqual(t, backlog.StateRegressed, it.State, it.Fingerprint)
	}
}

// Each flush records the ticket-worthy problems' ids on their members
// (cluster.Store.Claim), so a problem keeps its id when it later merges
// with an older problem that was never ticket-worthy; the claims are kept
// with the clusters across a restart.
func TestFlushClaimsTicketWorthyProblems(t *testing.T) {
	ctx := context.Background()
	base := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
	wall := &wallClock{t: time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)}
	storageID := component.MustNewID("file_storage")
	host := statestoretest.NewHost(storageID, statestoretest.New())
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = ""
	cfg.HTTP = noServer()
	cfg.Storage = &storageID
	set := exportertest.NewNopSettings(metadata.Type)
	start := func() *backlogExporter {
		e, err := newBacklogExporter(set, cfg)
		require.NoError(t, err)
		e.now = wall.now
		require.NoError(t, e.Start(ctx, host))
		return e
	}
	claims := func(e *backlogExporter) map[string]string {
		out := map[string]string{}
		for _, v := range e.store.Views(base.Add(time.Hour).UnixNano(), nil) {
			out[v.Fingerprint] = v.Claim
		}
		return out
	}
	e := start()
	for i := 0; i < 10; i++ {
		require.NoError(t, e.consumeLogs(ctx, errorLogs("00000000000000a1", "checkout", base.Add(time.Duration(i)*time.Minute), 12)))
	}
	later := base.Add(7 * time.Hour)
	for i := 0; i < 6; i++ {
		require.NoError(t, e.consumeLogs(ctx, errorLogs("00000000000000b2", "payment", later.Add(time.Duration(i)*time.Minute), 10)))
	}
	e.flush(ctx)
	doc := e.doc.Load()
	require.NotEmpty(t, doc.Items)
	before := claims(e)
	for _, it := range doc.Items {
		require.NotEmpty(t, it.Members)
		for _, m := range it.Members {
			assert.Equal(t, it.Problem.ID, before[m.Fingerprint], m.Fingerprint)
		}
	}
	require.NoError(t, e.Shutdown(ctx))
	e = start()
	assert.Equal(t, before, claims(e), "claims survive a restart")
	require.NoError(t, e.Shutdown(ctx))
}

// TestRestartSmallerStoreKeepsPinned: a cluster a person pinned survives a
// restart into a smaller store (clusters.max_clusters lowered), however
// few its records: the overrides are loaded before the clusters are
// restored, and the restore keeps what eviction keeps. Busier clusters,
// not pinned, are dropped first.
func TestRestartSmallerStoreKeepsPinned(t *testing.T) {
	ctx := context.Background()
	base := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
	storageID := component.MustNewID("file_storage")
	host := statestoretest.NewHost(storageID, statestoretest.New())
	const pinned = "00000000000000f1"
	overridesFile := filepath.Join(t.TempDir(), "overrides.yaml")
	require.NoError(t, os.WriteFile(overridesFile, []byte("rules:\n  - fingerprint: "+pinned+"\n    action: pin\n    reason: ON-CALL\n"), 0o600))
	set := exportertest.NewNopSettings(metadata.Type)
	start := func(maxClusters int) *backlogExporter {
		cfg := createDefaultConfig().(*Config)
		cfg.Directory = ""
		cfg.HTTP = noServer()
		cfg.Storage = &storageID
		cfg.OverridesFile = overridesFile
		cfg.Clusters.MaxClusters = maxClusters
		e, err := newBacklogExporter(set, cfg)
		require.NoError(t, err)
		require.NoError(t, e.Start(ctx, host))
		return e
	}
	e := start(1000)
	require.NoError(t, e.consumeLogs(ctx, errorLogs(pinned, "checkout", base, 1)))
	for i := 0; i < 64; i++ {
		require.NoError(t, e.consumeLogs(ctx, errorLogs(fmt.Sprintf("%016x", 0xa000+i), "payment", base, 20)))
	}
	require.NoError(t, e.Shutdown(ctx))

	e = start(16) // one per shard
	defer func() { require.NoError(t, e.Shutdown(ctx)) }()
	kept := map[string]bool{}
	for _, v := range e.store.Views(base.Add(time.Minute).UnixNano(), nil) {
		kept[v.Fingerprint] = true
	}
	assert.True(t, kept[pinned], "the pinned cluster is restored")
	assert.Less(t, len(kept), 65, "the store was made smaller")
}
