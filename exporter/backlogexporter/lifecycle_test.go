package backlogexporter

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
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

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadatatest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore/statestoretest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/webhook"
)

// trackerServer is a loopback webhook receiver answering with handle; it
// counts the requests it got.
func trackerServer(t *testing.T, handle func(w http.ResponseWriter, r *http.Request)) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		handle(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

// webhookTo configures one webhook tracker at url.
func webhookTo(cfg *Config, url string) {
	wc := WebhookConfig{ClientConfig: httpClient(url), Config: webhook.DefaultConfig()}
	wc.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	cfg.Trackers.Webhook = append(cfg.Trackers.Webhook, wc)
}

// errorLogs returns three fingerprinted ERROR records of fp at t (enough
// for the default min_events to rank it).
func errorLog(service, fp string, t time.Time) plog.Logs {
	ld := plog.NewLogs()
	rl := ld.ResourceLogs().AppendEmpty()
	rl.Resource().Attributes().PutStr(attrs.ServiceName, service)
	lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
	for range 3 {
		lr := lrs.AppendEmpty()
		lr.SetTimestamp(pcommon.NewTimestampFromTime(t))
		lr.SetSeverityNumber(plog.SeverityNumberError)
		lr.SetSeverityText("ERROR")
		lr.Body().SetStr("payment " + fp + " failed")
		lr.Attributes().PutStr(attrs.FingerprintID, fp)
		lr.Attributes().PutStr(attrs.LogRecordTemplate, "payment <*> failed")
	}
	return ld
}

// startWithTracker starts an exporter flushing every 100ms to a temporary
// directory, with one webhook tracker at url.
func startWithTracker(t *testing.T, url string) (*backlogExporter, *Config) {
	t.Helper()
	cfg := openGates(createDefaultConfig().(*Config))
	cfg.Directory = t.TempDir()
	cfg.HTTP = noServer()
	cfg.FlushInterval = 100 * time.Millisecond
	webhookTo(cfg, url)
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	require.NoError(t, e.Start(context.Background(), componenttest.NewNopHost()))
	return e, cfg
}

func waitFor(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("not within %s: %s", within, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestShutdownHonoursContextDuringTrackerOutage: a tracker that answers 429
// with Retry-After: 20 must not hold Shutdown beyond its context; the local
// backlog is still written by the final flush.
func TestShutdownHonoursContextDuringTrackerOutage(t *testing.T) {
	srv, hits := trackerServer(t, func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Retry-After", "20")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	e, cfg := startWithTracker(t, srv.URL)
	t0 := time.Now()
	require.NoError(t, e.consumeLogs(context.Background(), errorLog("payments", "00000000000000aa", t0)))
	waitFor(t, 5*time.Second, "the tracker is asked", func() bool { return hits.Load() > 0 })
	// A record that arrived after the last scheduled flush must still reach
	// the files: the final flush is local first.
	require.NoError(t, e.consumeLogs(context.Background(), errorLog("payments", "00000000000000bb", t0)))

	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	done := make(chan error, 1)
	start := time.Now()
	go func() { done <- e.Shutdown(ctx) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("Shutdown with a 1s context still blocked after 5s (tracker answering 429 Retry-After: 20)")
	}
	t.Logf("Shutdown returned after %s", time.Since(start))
	data, err := os.ReadFile(filepath.Join(cfg.Directory, "backlog.json"))
	require.NoError(t, err)
	assert.Contains(t, string(data), "00000000000000aa")
	assert.Contains(t, string(data), "00000000000000bb")
}

// TestLocalFlushOnScheduleWhileTrackerHangs: a tracker that never answers
// does not delay the files.
func TestLocalFlushOnScheduleWhileTrackerHangs(t *testing.T) {
	release := make(chan struct{})
	var once sync.Once
	srv, hits := trackerServer(t, func(_ http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	t.Cleanup(func() { once.Do(func() { close(release) }) }) // before srv.Close (LIFO)
	e, cfg := startWithTracker(t, srv.URL)
	defer func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_ = e.Shutdown(ctx)
	}()
	t0 := time.Now()
	require.NoError(t, e.consumeLogs(context.Background(), errorLog("payments", "00000000000000aa", t0)))
	waitFor(t, 5*time.Second, "the tracker is asked (and hangs)", func() bool { return hits.Load() > 0 })
	require.NoError(t, e.consumeLogs(context.Background(), errorLog("payments", "00000000000000cc", t0.Add(time.Second))))
	file := filepath.Join(cfg.Directory, "backlog.json")
	waitFor(t, 2*time.Second, "backlog.json holds the record consumed while the tracker hangs", func() bool {
		data, err := os.ReadFile(file)
		return err == nil && strings.Contains(string(data), "00000000000000cc")
	})
}

// TestMetricsDuringStartAreRaceFree: the sink metrics may be collected while
// Start builds the sinks (run with -race).
func TestMetricsDuringStartAreRaceFree(t *testing.T) {
	srv, _ := trackerServer(t, func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	tel := componenttest.NewTelemetry()
	t.Cleanup(func() { _ = tel.Shutdown(context.Background()) })
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = t.TempDir()
	cfg.HTTP = noServer()
	webhookTo(cfg, srv.URL)
	e, err := newBacklogExporter(metadatatest.NewSettings(tel), cfg)
	require.NoError(t, err)
	stop := make(chan struct{})
	collected := make(chan struct{})
	go func() {
		defer close(collected)
		for {
			_, _ = tel.GetMetric("otelcol_exporter_backlog_tracker_pending_writes")
			select {
			case <-stop:
				return
			default:
			}
		}
	}()
	time.Sleep(10 * time.Millisecond)
	require.NoError(t, e.Start(context.Background(), componenttest.NewNopHost()))
	time.Sleep(10 * time.Millisecond)
	close(stop)
	<-collected
	require.NoError(t, e.Shutdown(context.Background()))
}

// TestStartFailureClosesStorageClient: a Start that fails after opening the
// storage client closes it again.
func TestStartFailureClosesStorageClient(t *testing.T) {
	storageID := component.MustNewID("file_storage")
	ext := statestoretest.New()
	cfg := createDefaultConfig().(*Config)
	cfg.Storage = &storageID
	cfg.HTTP = noServer()
	// A directory that cannot be created: its parent is a file.
	parent := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(parent, nil, 0o600))
	cfg.Directory = filepath.Join(parent, "backlog")
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	err = e.Start(context.Background(), statestoretest.NewHost(storageID, ext))
	require.Error(t, err)
	assert.Equal(t, ext.Opened(), ext.Closed(), "every storage client opened by a failed Start is closed")
	assert.Positive(t, ext.Opened())
	require.NoError(t, e.Shutdown(context.Background()))
}

func noServer() configoptional.Optional[HTTPConfig] {
	return configoptional.None[HTTPConfig]()
}

// openGates lets every cluster through the gates (one event is enough, no
// evidence needed): for tests about the machinery, not the gates.
func openGates(cfg *Config) *Config {
	g := &cfg.Scoring.Gates
	g.MinEvents, g.MinWindows, g.MinTraces = 1, 0, 0
	g.ImpactMinUsers, g.ImpactMinTenants, g.ImpactMinMinutes = 0, 0, 0
	g.HoldUnseenOnset = false // the tests' failures start with their data
	return cfg
}
