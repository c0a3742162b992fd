package backlogexporter

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/config/configoptional"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.uber.org/zap/zaptest"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/digest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore/statestoretest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
)

// Fix outcomes through the fake GitHub: a ticket closed as completed whose
// failure stays away for the verification window is reported verified in
// the digest; one that recurs after its close is reopened and ranks with a
// fix_failed factor; one closed as not planned twice is downgraded and
// watched. A restart keeps the outcomes (storage).
func TestFixOutcomesThroughTracker(t *testing.T) {
	wall := &wallClock{t: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)}
	gh := fake.NewGitHub()
	gh.Now = wall.now
	defer gh.Close()
	storageID := component.MustNewID("file_storage")
	host := statestoretest.NewHost(storageID, statestoretest.New())
	dir := t.TempDir()
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = dir
	cfg.HTTP = configoptional.None[HTTPConfig]()
	// One burst is enough here: these tests are not about the gates.
	cfg.Scoring.Gates.MinWindows = 1
	cfg.Scoring.Gates.HoldUnseenOnset = false // its failures start with the data (a collector started during them)
	cfg.Storage = &storageID
	cfg.Digest = digest.Config{Period: digest.PeriodDaily}
	cfg.FixOutcomes.VerificationWindow = 48 * time.Hour
	cfg.FixOutcomes.DismissAfter = 1
	ghc := testGitHub(gh.URL())
	cfg.Trackers.GitHub = []GitHubConfig{ghc}
	require.NoError(t, cfg.Validate())
	ctx := context.Background()
	set := exportertest.NewNopSettings(metadata.Type)
	set.Logger = zaptest.NewLogger(t)
	start := func() *backlogExporter {
		e, err := newBacklogExporter(set, cfg)
		require.NoError(t, err)
		e.now = wall.now
		require.NoError(t, e.Start(ctx, host))
		return e
	}
	e := start()
	const fixed, failed, dismissed, noise = "00000000000000f1", "00000000000000f2", "00000000000000f3", "00000000000000f4"
	send := func(fp, svc string, n int) {
		require.NoError(t, e.consumeLogs(ctx, errorLogs(fp, svc, wall.now().Add(-time.Minute), n)))
	}
	issue := func(fp string) fake.Issue {
		for _, i := range gh.Issues() {
			if strings.Contains(i.Body, fp) {
				return i
			}
		}
		t.Fatalf("no issue for %s", fp)
		return fake.Issue{}
	}
	item := func(fp string) (backlog.Item, bool) {
		doc := e.doc.Load()
		for _, it := range doc.Items {
			if it.Fingerprint == fp {
				return it, true
			}
		}
		for _, it := range doc.Watchlist {
			if it.Fingerprint == fp {
				return it, false
			}
		}
		t.Fatalf("no item %s in %d items, %d watched, event time %s", fp, len(doc.Items), len(doc.Watchlist), doc.EventTime)
		return backlog.Item{}, false
	}
	for _, fp := range []string{fixed, failed, dismissed} {
		send(fp, "svc-"+fp[14:], 20)
	}
	flushSynced(t, e, ctx)
	require.Len(t, gh.Issues(), 3)

	// People close two as completed and one as not planned.
	gh.CloseIssue(issue(fixed).Number, "completed")
	gh.CloseIssue(issue(failed).Number, "completed")
	gh.CloseIssue(issue(dismissed).Number, "not_planned")
	wall.add(time.Hour)
	send(noise, "svc-noise", 20)
	flushSynced(t, e, ctx) // the sinks see the closes
	flushSynced(t, e, ctx)

	// The failed fix recurs a day later: reopened, fix_failed x2.
	wall.add(24 * time.Hour)
	send(failed, "svc-f2", 20)
	flushSynced(t, e, ctx) // reopen
	flushSynced(t, e, ctx) // ranked with the outcome
	it, _ := item(failed)
	assert.Equal(t, "open", issue(failed).State)
	assert.Equal(t, 2.0, it.ScoreBreakdown.FixFailed, "fix_failed in score_breakdown")
	assert.Contains(t, strings.Join(it.ScoreBreakdown.Notes, "\n"), "fix failed: recurred 1 time(s)")
	fi, _ := item(fixed)
	assert.Zero(t, fi.ScoreBreakdown.FixFailed)

	// Closed as not planned (dismiss_after 1 here; repeated dismissals
	// are counted in internal/outcome's tests): downgraded and watched.
	d, backlogItem := item(dismissed)
	assert.Equal(t, 0.5, d.ScoreBreakdown.Dismissed, "dismissed in score_breakdown")
	assert.False(t, backlogItem, "watched, not a backlog item")

	// A restart keeps the outcomes; a day later the window of the good fix
	// has passed without a recurrence: verified, in the digest.
	require.NoError(t, e.Shutdown(ctx))
	e = start()
	defer func() { require.NoError(t, e.Shutdown(ctx)) }()
	flushSynced(t, e, ctx)
	it, _ = item(failed)
	assert.Equal(t, 2.0, it.ScoreBreakdown.FixFailed, "kept across a restart")
	wall.add(24 * time.Hour)
	send(noise, "svc-noise", 5)
	flushSynced(t, e, ctx)
	var dg digest.Digest
	data, err := os.ReadFile(filepath.Join(dir, "digest.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &dg))
	var verified []string
	for _, r := range dg.Changes.FixVerified {
		verified = append(verified, r.ID)
	}
	assert.Equal(t, []string{fixed}, verified)
	md, err := os.ReadFile(filepath.Join(dir, "digest.md"))
	require.NoError(t, err)
	assert.Contains(t, string(md), "**Fix verified** (1)")
}
