package backlogexporter // import "github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter"

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/exporter"
	"go.opentelemetry.io/collector/extension/xextension/storage"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.uber.org/zap"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/absence"
	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
	"github.com/otelcol-backlog/otelcol-backlog/internal/overrides"
	"github.com/otelcol-backlog/otelcol-backlog/internal/redact"
	"github.com/otelcol-backlog/otelcol-backlog/internal/render"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore"
	"github.com/otelcol-backlog/otelcol-backlog/internal/webui"
)

// storageClientName names the exporter's storage client ("logs" and
// "traces" belong to exporterhelper's persistent queue).
const storageClientName = "backlog_state"

// clustersKey is the storage key of the cluster store snapshot.
const clustersKey = "clusters.v1"

// absenceKey is the storage key of the absence detector's expectations.
const absenceKey = "absence.v1"

// backlogExporter is the state shared by one exporter instance's logs and
// traces pipelines: one cluster store, one backlog, one set of sinks.
type backlogExporter struct {
	cfg    *Config
	set    exporter.Settings
	logger *zap.Logger
	tel    *metadata.TelemetryBuilder

	store     *cluster.Store
	absence   *absence.Detector // nil when disabled
	builder   *render.Builder
	overrides *overrides.File
	doc       atomic.Pointer[backlog.Document]
	sinks     []*sink

	minSeverity plog.SeverityNumber
	redactor    *redact.Redactor

	client storage.Client
	server *http.Server

	// now is the wall clock of flushes (injected in tests).
	now     func() time.Time
	flushMu sync.Mutex
	stop    chan struct{}
	wg      sync.WaitGroup
}

func newBacklogExporter(set exporter.Settings, cfg *Config) (*backlogExporter, error) {
	store := cluster.New(cfg.clusterConfig())
	b := render.NewBuilder(store)
	b.Score = cfg.Scoring
	b.MaxItems = cfg.MaxItems
	e := &backlogExporter{
		cfg:     cfg,
		set:     set,
		logger:  set.Logger,
		store:   store,
		builder: b,
		now:     time.Now,
	}
	if cfg.Absence.Enabled {
		e.absence = absence.New(cfg.Absence)
		e.absence.SetClock(func() time.Time { return e.now() })
	}
	e.minSeverity, _ = severityFloor(cfg.MinSeverity)
	r, err := redact.New(cfg.RedactPatterns)
	if err != nil {
		return nil, fmt.Errorf("redact_patterns: %w", err)
	}
	e.redactor = r
	if cfg.OverridesFile != "" {
		e.overrides = overrides.NewFile(cfg.OverridesFile)
		b.Overrides = e.overrides.Set
	}
	empty := backlog.Document{Items: []backlog.Item{}}
	e.doc.Store(&empty)
	tel, err := metadata.NewTelemetryBuilder(set.TelemetrySettings)
	if err != nil {
		return nil, err
	}
	e.tel = tel
	if err := e.registerCallbacks(); err != nil {
		return nil, err
	}
	return e, nil
}

// Start restores state, loads overrides, builds the tracker sinks, starts the
// web server and the flush loop.
func (e *backlogExporter) Start(ctx context.Context, host component.Host) error {
	if e.cfg.Storage != nil {
		client, err := statestore.Open(ctx, host, *e.cfg.Storage, component.KindExporter, e.set.ID, storageClientName)
		if err != nil {
			return err
		}
		e.client = client
		data, err := client.Get(ctx, clustersKey)
		switch {
		case err != nil:
			e.logger.Warn("Cannot read the cluster snapshot; starting fresh", zap.Error(err))
		case len(data) > 0:
			if err := e.store.Restore(data); err != nil {
				e.logger.Warn("Cluster snapshot is unreadable; starting fresh", zap.Error(err))
			} else {
				e.logger.Info("Restored clusters", zap.Int64("clusters", e.store.Stats().Clusters))
			}
		}
		if e.absence != nil {
			if data, err := client.Get(ctx, absenceKey); err != nil {
				e.logger.Warn("Cannot read the absence expectations; learning afresh", zap.Error(err))
			} else if len(data) > 0 {
				if err := e.absence.Restore(data); err != nil {
					e.logger.Warn("Absence expectations are unreadable; learning afresh", zap.Error(err))
				}
			}
		}
	}
	if e.cfg.Directory != "" {
		if err := os.MkdirAll(e.cfg.Directory, 0o755); err != nil {
			return fmt.Errorf("directory: %w", err)
		}
	}
	if e.overrides != nil {
		if _, err := e.overrides.Reload(e.now()); err != nil {
			return fmt.Errorf("overrides_file: %w", err)
		}
	}
	sinks, err := e.buildSinks(ctx, host)
	if err != nil {
		return err
	}
	e.sinks = sinks
	if e.cfg.HTTP.HasValue() {
		if err := e.startServer(ctx, host); err != nil {
			return err
		}
	}
	e.stop = make(chan struct{})
	e.wg.Add(1)
	go e.flushLoop()
	return nil
}

func (e *backlogExporter) startServer(ctx context.Context, host component.Host) error {
	sc := e.cfg.HTTP.Get()
	ln, err := sc.ToListener(ctx)
	if err != nil {
		return fmt.Errorf("http: %w", err)
	}
	mux := http.NewServeMux()
	allowed := webui.AllowedHosts(sc.NetAddr.Endpoint, sc.AllowedHosts)
	mux.Handle("/", webui.CheckHost(allowed, webui.New(func() *backlog.Document { return e.doc.Load() })))
	srv, err := sc.ToServer(ctx, host.GetExtensions(), e.set.TelemetrySettings, mux)
	if err != nil {
		_ = ln.Close()
		return fmt.Errorf("http: %w", err)
	}
	e.server = srv
	e.wg.Add(1)
	go func() {
		defer e.wg.Done()
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) && !errors.Is(err, net.ErrClosed) {
			e.logger.Error("Backlog web server stopped", zap.Error(err))
		}
	}()
	e.logger.Info("Backlog web page", zap.String("url", "http://"+ln.Addr().String()+"/"))
	return nil
}

func (e *backlogExporter) flushLoop() {
	defer e.wg.Done()
	t := time.NewTicker(e.cfg.FlushInterval)
	defer t.Stop()
	for {
		select {
		case <-e.stop:
			return
		case <-t.C:
			e.flush(context.Background())
		}
	}
}

// flush rebuilds the backlog and writes it everywhere. Each step's failure
// is logged and counted; the others still run.
func (e *backlogExporter) flush(ctx context.Context) {
	e.flushMu.Lock()
	defer e.flushMu.Unlock()
	now := e.now()
	var failures int64
	if e.overrides != nil {
		if changed, err := e.overrides.Reload(now); err != nil {
			e.logger.Warn("Overrides file not reloaded; keeping the previous rules", zap.Error(err))
			failures++
		} else if changed {
			e.logger.Info("Overrides reloaded", zap.String("file", e.cfg.OverridesFile))
		}
	}
	// Traces that settled since the last batch (a quiet pipeline too).
	e.count(ctx, e.addMisses(false), 0)
	doc := e.builder.Build(now)
	e.redactExemplars(&doc)
	e.doc.Store(&doc)
	if e.cfg.Directory != "" {
		if err := render.WriteFiles(e.cfg.Directory, &doc); err != nil {
			e.logger.Warn("Cannot write backlog files", zap.Error(err))
			failures++
		}
	}
	if e.client != nil {
		if data, err := e.store.Snapshot(); err != nil {
			e.logger.Warn("Cannot snapshot clusters", zap.Error(err))
			failures++
		} else if err := e.client.Set(ctx, clustersKey, data); err != nil {
			e.logger.Warn("Cannot persist clusters", zap.Error(err))
			failures++
		}
		if e.absence != nil {
			if data, err := e.absence.Snapshot(); err != nil {
				e.logger.Warn("Cannot snapshot absence expectations", zap.Error(err))
				failures++
			} else if err := e.client.Set(ctx, absenceKey, data); err != nil {
				e.logger.Warn("Cannot persist absence expectations", zap.Error(err))
				failures++
			}
		}
	}
	failures += e.syncSinks(ctx, doc, now)
	e.tel.ExporterBacklogFlushes.Add(ctx, 1)
	if failures > 0 {
		e.tel.ExporterBacklogFlushErrors.Add(ctx, failures)
	}
}

// redactExemplars masks secrets and personal data in exemplar bodies before
// the document reaches the files or the web page.
func (e *backlogExporter) redactExemplars(doc *backlog.Document) {
	for _, items := range [][]backlog.Item{doc.Items, doc.Watchlist} {
		for i := range items {
			for j := range items[i].Exemplars {
				items[i].Exemplars[j].Body = e.redactor.String(items[i].Exemplars[j].Body)
			}
		}
	}
}

// Shutdown stops the loop, flushes one last time and releases everything.
func (e *backlogExporter) Shutdown(ctx context.Context) error {
	defer e.tel.Shutdown()
	if e.stop == nil {
		return nil
	}
	close(e.stop)
	var errs []error
	if e.server != nil {
		errs = append(errs, e.server.Shutdown(ctx))
	}
	e.wg.Wait()
	e.count(ctx, e.addMisses(true), 0) // traces still settling are judged now
	e.flush(ctx)
	if e.client != nil {
		errs = append(errs, e.client.Close(ctx))
	}
	return errors.Join(errs...)
}

func (e *backlogExporter) consumeLogs(ctx context.Context, ld plog.Logs) error {
	added, ignored := e.addLogs(ld)
	added += e.addMisses(false)
	e.count(ctx, added, ignored)
	return nil
}

func (e *backlogExporter) consumeTraces(ctx context.Context, td ptrace.Traces) error {
	added, ignored := e.addTraces(td)
	added += e.addMisses(false)
	e.count(ctx, added, ignored)
	return nil
}

func (e *backlogExporter) count(ctx context.Context, added, ignored int64) {
	if added > 0 {
		e.tel.ExporterBacklogRecordsIngested.Add(ctx, added)
	}
	if ignored > 0 {
		e.tel.ExporterBacklogRecordsIgnored.Add(ctx, ignored)
	}
}
