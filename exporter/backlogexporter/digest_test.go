package backlogexporter

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/config/configoptional"
	"go.opentelemetry.io/collector/exporter/exportertest"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/digest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore/statestoretest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/webhook"
)

// The exporter writes digest.md and digest.json next to backlog.json, by
// the event time of the data (a replay of two past days in Tokyo), and
// archives the first day once the second begins.
func TestDigestFiles(t *testing.T) {
	dir := t.TempDir()
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = dir
	cfg.HTTP = configoptional.None[HTTPConfig]()
	// One burst is enough here: these tests are not about the gates.
	cfg.Scoring.Gates.MinWindows = 1
	cfg.Scoring.Gates.HoldUnseenOnset = false // its failures start with the data (a collector started during them)
	cfg.Digest = digest.Config{Period: digest.PeriodDaily, TimeZone: "Asia/Tokyo"}
	require.NoError(t, cfg.Validate())
	ctx := context.Background()
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	e.now = func() time.Time { return time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC) }
	require.NoError(t, e.Start(ctx, componenttest.NewNopHost()))
	defer func() { require.NoError(t, e.Shutdown(ctx)) }()

	// 2 March 10:00 Tokyo, then 3 March 09:00 Tokyo.
	day1 := time.Date(2026, 3, 2, 1, 0, 0, 0, time.UTC)
	require.NoError(t, e.consumeLogs(ctx, errorLogs("00000000000000a1", "checkout", day1, 20)))
	e.flush(ctx)
	var d digest.Digest
	read := func(p string) {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(data, &d))
	}
	read(filepath.Join(dir, "digest.json"))
	assert.Equal(t, "2026-03-02T00:00:00+09:00", d.Start.Format(time.RFC3339))
	assert.False(t, d.Complete)
	assert.Equal(t, int64(20), d.Funnel.Records)
	assert.Equal(t, int64(20), d.Funnel.Events)
	require.Len(t, d.Top, 1)
	assert.FileExists(t, filepath.Join(dir, "digest.md"))

	require.NoError(t, e.consumeLogs(ctx, errorLogs("00000000000000b2", "cart", day1.Add(23*time.Hour), 20)))
	e.flush(ctx)
	read(filepath.Join(dir, "digests", "2026-03-02", "digest.json"))
	assert.True(t, d.Complete)
	read(filepath.Join(dir, "digest.json"))
	assert.Equal(t, "2026-03-03T00:00:00+09:00", d.Start.Format(time.RFC3339))
	assert.Equal(t, int64(20), d.Funnel.Records, "records of the period only")
	require.Len(t, d.Changes.New, 1)
	assert.Equal(t, "00000000000000b2", d.Changes.New[0].ID)
}

func TestDigestConfigNamesField(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.Digest.Period = "monthly"
	assert.ErrorContains(t, cfg.Validate(), "digest.period: want daily or weekly")
	cfg.Digest = digest.Config{Period: "daily", TimeZone: "Mars/Base"}
	assert.ErrorContains(t, cfg.Validate(), "digest.time_zone")
	cfg.Digest = digest.Config{Period: "daily"}
	cfg.Directory = ""
	assert.ErrorContains(t, cfg.Validate(), "digest.period: needs directory")
	cfg = createDefaultConfig().(*Config)
	cfg.Digest = digest.Config{Period: "daily", PostToTrackers: true}
	assert.ErrorContains(t, cfg.Validate(), "digest.post_to_trackers: needs digest.period and a github, gitlab or jira tracker")
}

// A completed digest is posted once to the webhook sinks, signed, with an
// Idempotency-Key per period.
func TestDigestPostedToWebhook(t *testing.T) {
	wh := fake.NewWebhook("s3cr3t")
	defer wh.Close()
	dir := t.TempDir()
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = dir
	cfg.HTTP = configoptional.None[HTTPConfig]()
	// One burst is enough here: these tests are not about the gates.
	cfg.Scoring.Gates.MinWindows = 1
	cfg.Scoring.Gates.HoldUnseenOnset = false // its failures start with the data (a collector started during them)
	cfg.Digest = digest.Config{Period: digest.PeriodDaily, PostToWebhooks: true}
	whc := WebhookConfig{ClientConfig: httpClient(wh.URL()), Config: webhook.DefaultConfig()}
	whc.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	whc.Secret = "s3cr3t"
	whc.WritesPerSecond, whc.ReadsPerSecond = 0, 0
	cfg.Trackers.Webhook = []WebhookConfig{whc}
	require.NoError(t, cfg.Validate())
	ctx := context.Background()
	wall := &wallClock{t: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)}
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	e.now = wall.now
	require.NoError(t, e.Start(ctx, componenttest.NewNopHost()))
	defer func() { require.NoError(t, e.Shutdown(ctx)) }()
	digests := func() (out []fake.Event) {
		for _, ev := range wh.Events() {
			if ev.Type == EventDigest {
				out = append(out, ev)
			}
		}
		return out
	}
	require.NoError(t, e.consumeLogs(ctx, errorLogs("00000000000000a1", "checkout", wall.now().Add(-time.Minute), 20)))
	flushSynced(t, e, ctx)
	assert.Empty(t, digests(), "the day is not over")
	wall.add(24 * time.Hour)
	require.NoError(t, e.consumeLogs(ctx, errorLogs("00000000000000b2", "cart", wall.now().Add(-time.Minute), 5)))
	flushSynced(t, e, ctx)
	flushSynced(t, e, ctx)
	got := digests()
	require.Len(t, got, 1)
	assert.Equal(t, "digest:daily:2026-03-02T00:00:00Z", got[0].Key)
	assert.Contains(t, got[0].Payload["body"], "# Daily backlog digest: 2026-03-02")
	d, _ := got[0].Payload["digest"].(map[string]any)
	assert.Equal(t, true, d["complete"])
}

// A completed digest becomes one GitHub issue per period
// (digest.post_to_trackers): a tracker outage keeps it queued (in the
// storage extension) across a restart, it is created once when the
// tracker is back, and later restarts and syncs add no second issue.
func TestDigestPostedToTracker(t *testing.T) {
	gh := fake.NewGitHub()
	defer gh.Close()
	storageID := component.MustNewID("file_storage")
	host := statestoretest.NewHost(storageID, statestoretest.New())
	dir := t.TempDir()
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = dir
	cfg.HTTP = configoptional.None[HTTPConfig]()
	cfg.Storage = &storageID
	cfg.Scoring.Gates.MinWindows = 1
	cfg.Scoring.Gates.HoldUnseenOnset = false // its failures start with the data (a collector started during them)
	cfg.Digest = digest.Config{Period: digest.PeriodDaily, PostToTrackers: true}
	ghc := testGitHub(gh.URL())
	ghc.BackOff.Enabled = false
	cfg.Trackers.GitHub = []GitHubConfig{ghc}
	require.NoError(t, cfg.Validate())
	ctx := context.Background()
	set := exportertest.NewNopSettings(metadata.Type)
	wall := &wallClock{t: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)}
	start := func() *backlogExporter {
		e, err := newBacklogExporter(set, cfg)
		require.NoError(t, err)
		e.now = wall.now
		require.NoError(t, e.Start(ctx, host))
		return e
	}
	digestIssues := func() (out []fake.Issue) {
		for _, is := range gh.Issues() {
			for _, l := range is.Labels {
				if strings.HasPrefix(l, "fp:digest-") {
					out = append(out, is)
				}
			}
		}
		return out
	}

	e := start()
	require.NoError(t, e.consumeLogs(ctx, errorLogs("00000000000000a1", "checkout", wall.now().Add(-time.Minute), 20)))
	flushSynced(t, e, ctx)
	require.NotEmpty(t, gh.Issues(), "the problem's ticket")
	assert.Empty(t, digestIssues(), "the day is not over")

	gh.Inject(fake.Fault{Status: http.StatusServiceUnavailable, Times: -1}) // outage
	wall.add(24 * time.Hour)
	require.NoError(t, e.consumeLogs(ctx, errorLogs("00000000000000b2", "cart", wall.now().Add(-time.Minute), 5)))
	flushSynced(t, e, ctx)
	require.NoError(t, e.Shutdown(ctx))
	assert.Empty(t, digestIssues())

	gh.ClearFaults()
	e = start() // the queued post comes back from the storage extension
	flushSynced(t, e, ctx)
	flushSynced(t, e, ctx)
	got := digestIssues()
	require.Len(t, got, 1)
	assert.Equal(t, "Backlog digest daily 2026-03-02", got[0].Title)
	assert.Contains(t, got[0].Labels, "fp:digest-daily-20260302")
	assert.Contains(t, got[0].Body, "# Daily backlog digest: 2026-03-02")
	assert.Contains(t, got[0].Body, "backlog fingerprint: `digest-daily-20260302`")
	require.NoError(t, e.Shutdown(ctx))

	e = start()
	defer func() { require.NoError(t, e.Shutdown(ctx)) }()
	n := len(gh.Requests())
	flushSynced(t, e, ctx)
	assert.Len(t, digestIssues(), 1, "no second issue for the period")
	for _, r := range gh.Requests()[n:] {
		assert.NotContains(t, string(r.Body), "Backlog digest", "a posted digest costs no request")
	}
}
