package backlogexporter

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/config/configoptional"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
)

// startTicketExporter starts an exporter whose one GitHub sink is gh,
// with gates any repeated failure passes (one window, no unseen-onset
// hold) and no files or page; it is shut down when the test ends.
func startTicketExporter(t *testing.T, gh *fake.GitHub) (*backlogExporter, *wallClock) {
	cfg := createDefaultConfig().(*Config)
	cfg.Scoring.Gates.MinWindows = 1
	cfg.Scoring.Gates.HoldUnseenOnset = false
	cfg.Directory = ""
	cfg.HTTP = configoptional.None[HTTPConfig]()
	cfg.Trackers.GitHub = []GitHubConfig{testGitHub(gh.URL())}
	require.NoError(t, cfg.Validate())
	wall := &wallClock{t: time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)}
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	e.now = wall.now
	require.NoError(t, e.Start(context.Background(), componenttest.NewNopHost()))
	t.Cleanup(func() { require.NoError(t, e.Shutdown(context.Background())) })
	return e, wall
}

// familyLogs is n ERROR records of fingerprint fp in service svc carrying
// the miner template tpl, one per second from t0.
func familyLogs(fp, svc, tpl string, t0 time.Time, n int) plog.Logs {
	ld := plog.NewLogs()
	rl := ld.ResourceLogs().AppendEmpty()
	rl.Resource().Attributes().PutStr(attrs.ServiceName, svc)
	lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
	for i := 0; i < n; i++ {
		lr := lrs.AppendEmpty()
		lr.SetTimestamp(pcommon.NewTimestampFromTime(t0.Add(time.Duration(i) * time.Second)))
		lr.SetSeverityNumber(plog.SeverityNumberError)
		lr.Body().SetStr("link to peer 10.0.0.7 Unreachable")
		lr.Attributes().PutStr(attrs.FingerprintID, fp)
		lr.Attributes().PutStr(attrs.LogRecordTemplate, tpl)
	}
	return ld
}

// Two fingerprints the processor's stateless id kept apart (a word slot)
// are two tickets while their records carry two templates; once the miner
// describes both with one template, and its other values (other link
// states, fingerprints whose records carried it from the start) carry as
// many records as the newer had before, without the largest of them
// (lineage.Roots; without them it is
// TestLineageForgedWordsFoldDistinctProblems), the backlog shows one item
// and the newer ticket is closed as a duplicate of the older.
func TestLineageOneTicketPerFamily(t *testing.T) {
	gh := fake.NewGitHub()
	defer gh.Close()
	ctx := context.Background()
	e, wall := startTicketExporter(t, gh)
	items := func() map[string][]string {
		m := map[string][]string{}
		for _, it := range e.doc.Load().Items {
			m[it.Fingerprint] = it.MergedFrom
		}
		return m
	}

	t0 := wall.now().Add(-2 * time.Minute)
	require.NoError(t, e.consumeLogs(ctx, familyLogs("00000000000000a1", "net", "link to peer <*> Reachable", t0, 20)))
	require.NoError(t, e.consumeLogs(ctx, familyLogs("00000000000000b2", "net", "link to peer <*> Unreachable", t0.Add(time.Second), 20)))
	flushSynced(t, e, ctx)
	require.Len(t, items(), 2)
	require.Equal(t, 2, openIssues(gh), "two templates: two families, two tickets")

	wall.add(time.Minute)
	t1 := wall.now().Add(-30 * time.Second)
	require.NoError(t, e.consumeLogs(ctx, familyLogs("00000000000000a1", "net", "link to peer <*> <*>", t1, 5)))
	require.NoError(t, e.consumeLogs(ctx, familyLogs("00000000000000b2", "net", "link to peer <*> <*>", t1.Add(time.Second), 5)))
	require.NoError(t, e.consumeLogs(ctx, familyLogs("00000000000000c3", "net", "link to peer <*> <*>", t1.Add(2*time.Second), 25)))
	require.NoError(t, e.consumeLogs(ctx, familyLogs("00000000000000d4", "net", "link to peer <*> <*>", t1.Add(3*time.Second), 25)))
	flushSynced(t, e, ctx)
	assert.Equal(t, map[string][]string{"00000000000000a1": {"00000000000000b2", "00000000000000c3", "00000000000000d4"}}, items(), "one item: the oldest, the others merged into it")
	assert.Equal(t, 1, openIssues(gh), "one open ticket per family")
	closed := 0
	for _, i := range gh.Issues() {
		if i.State == "closed" {
			closed++
			assert.Equal(t, "duplicate", i.StateReason)
		}
	}
	assert.Equal(t, 1, closed, "the newer ticket closed as a duplicate")
}

// The lineage counts time by the collector's wall clock at each flush
// (cluster.Store.Tick): a problem seen over five minutes does not fold
// into another through a template that a burst of forged values, sent
// within a minute over three flushes, made the miner write, though the
// burst carries the records that would fold it by records alone (without
// the flush's Store.Tick, this fails).
func TestLineageBurstKeepsAnEstablishedProblem(t *testing.T) {
	gh := fake.NewGitHub()
	defer gh.Close()
	ctx := context.Background()
	e, wall := startTicketExporter(t, gh)
	consume := func(fp, tpl string, n int) {
		require.NoError(t, e.consumeLogs(ctx, familyLogs(fp, "payments", tpl, wall.now().Add(-30*time.Second), n)))
	}
	const (
		declined = "00000000000000a1"
		crashed  = "00000000000000b2"
		tpl      = "payment <*> for order <*>"
	)
	for i := 0; i < 5; i++ { // a record of each a minute
		consume(declined, "payment declined for order <*>", 1)
		consume(crashed, "payment crashed for order <*>", 1)
		e.flush(ctx)
		wall.add(time.Minute)
	}
	consume("00000000000000c3", tpl, 10) // 21 records within a minute
	e.flush(ctx)
	wall.add(10 * time.Second)
	consume("00000000000000d4", tpl, 10)
	e.flush(ctx)
	wall.add(10 * time.Second)
	consume("00000000000000e5", tpl, 1)
	consume(declined, tpl, 2)
	consume(crashed, tpl, 2)
	e.flush(ctx)
	folds := e.store.Lineage() // what the flush folded by
	assert.Equal(t, map[string]string{"00000000000000c3": declined, "00000000000000d4": declined, "00000000000000e5": declined}, folds,
		"the forged values join the slot's head; the crash stays its own item")
}

// The lineage's clock starts with the exporter (Start ticks the store):
// records before the first flush and after it, in the minute the
// collector started, are one minute of that family, not two (the records
// before a store's first tick were a tick of their own).
func TestLineageMinuteBeforeTheFirstFlush(t *testing.T) {
	gh := fake.NewGitHub()
	defer gh.Close()
	e, wall := startTicketExporter(t, gh)
	ctx := context.Background()
	const tpl = "link to peer <*> <*>"
	require.NoError(t, e.consumeLogs(ctx, familyLogs("00000000000000f1", "net", tpl, wall.now(), 3)))
	wall.add(20 * time.Second) // the first flush, in the same minute
	e.flush(ctx)
	require.NoError(t, e.consumeLogs(ctx, familyLogs("00000000000000f1", "net", tpl, wall.now(), 3)))
	assert.Equal(t, int64(1), snapshotTicks(t, e, "00000000000000f1"), "one minute")
}

// snapshotTicks is the minutes the lineage counted for cluster fp, as
// e's store persists them (lint).
func snapshotTicks(t *testing.T, e *backlogExporter, fp string) int64 {
	data, err := e.store.Snapshot()
	require.NoError(t, err)
	zr, err := gzip.NewReader(bytes.NewReader(data[5:])) // magic and version
	require.NoError(t, err)
	var snap struct {
		Clusters []struct {
			FP    string `json:"fp"`
			Ticks int64  `json:"lint"`
		} `json:"clusters"`
	}
	require.NoError(t, json.NewDecoder(zr).Decode(&snap))
	for _, c := range snap.Clusters {
		if c.FP == fp {
			return c.Ticks
		}
	}
	t.Fatalf("no cluster %s", fp)
	return 0
}
