package backlogexporter // import "github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter"

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
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
	"github.com/otelcol-backlog/otelcol-backlog/internal/ai"
	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
	"github.com/otelcol-backlog/otelcol-backlog/internal/dedup"
	"github.com/otelcol-backlog/otelcol-backlog/internal/digest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/enrich"
	"github.com/otelcol-backlog/otelcol-backlog/internal/outcome"
	"github.com/otelcol-backlog/otelcol-backlog/internal/overrides"
	"github.com/otelcol-backlog/otelcol-backlog/internal/rank"
	"github.com/otelcol-backlog/otelcol-backlog/internal/redact"
	"github.com/otelcol-backlog/otelcol-backlog/internal/render"
	"github.com/otelcol-backlog/otelcol-backlog/internal/similar"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/markup"
	"github.com/otelcol-backlog/otelcol-backlog/internal/watermark"
	"github.com/otelcol-backlog/otelcol-backlog/internal/webui"
)

// storageClientName names the exporter's storage client ("logs" and
// "traces" belong to exporterhelper's persistent queue).
const storageClientName = "backlog_state"

// clustersKey is the storage key of the cluster store snapshot.
const clustersKey = "clusters.v1"

// clockKey is the storage key of the event-time clock.
const clockKey = "watermark.v1"

// backlogExporter is the state shared by one exporter instance's logs and
// traces pipelines: one cluster store, one backlog, one set of sinks.
type backlogExporter struct {
	cfg    *Config
	set    exporter.Settings
	logger *zap.Logger
	tel    *metadata.TelemetryBuilder

	store     *cluster.Store
	clock     *watermark.Clock // event-time now of ranking and resolution
	builder   *rank.Builder
	overrides *overrides.File
	doc       atomic.Pointer[backlog.Document]
	// sinks is published once by Start, before any goroutine reads it;
	// the metric callbacks registered earlier read it atomically.
	sinks atomic.Pointer[[]*sink]
	// mutes are the tracker mutes (fingerprint -> reason) the sink
	// goroutines report, read by the builder's overrides.
	mutes atomic.Pointer[map[string]string]

	// recordsIn and fingerprinted count records received and added to
	// clusters since start (signal-to-noise stats); last holds the values
	// at the previous flush (flush_* stats).
	recordsIn, fingerprinted atomic.Int64
	last                     map[string]int64
	// redelivered recognises records delivered again (internal/dedup).
	redelivered *dedup.Set

	minSeverity plog.SeverityNumber
	// fallback derives release, environment and deployment of resources
	// the fingerprint processor did not enrich, by its default rules.
	fallback *enrich.Enricher

	client storage.Client
	server *http.Server

	// embeddings caches embeddings for merge suggestions (nil: lexical
	// only); autoMerges are the auto merges of the last flush. h7.
	embeddings *similar.Embeddings
	autoMerges atomic.Pointer[map[string]string]
	// ai attaches AI suggestions (nil: off). h7.
	ai *ai.Annotator
	// outcomes feeds ticket outcomes into the score. h7.
	outcomes *outcome.Ledger
	// digest builds the periodic review digest (nil: off); its funnel
	// counts records from recordsIn. h7.
	digest *digest.Scheduler
	// digestPosts are the last completed digests, posted as issues to the
	// trackers with digest.post_to_trackers (persisted with the state).
	digestPosts trackerPosts

	// now is the wall clock of flushes (injected in tests).
	now     func() time.Time
	flushMu sync.Mutex
	// stop ends the flush loop; cancel ends every goroutine's context
	// (tracker requests and retry waits included).
	stop   chan struct{}
	cancel context.CancelFunc
	wg     sync.WaitGroup
	sinkWG sync.WaitGroup
}

func newBacklogExporter(set exporter.Settings, cfg *Config) (*backlogExporter, error) {
	// One redactor for everything kept and shown locally: the clusters (so
	// the stored snapshot holds no secret) and the document.
	r, err := redact.New(cfg.RedactPatterns)
	if err != nil {
		return nil, fmt.Errorf("redact_patterns: %w", err)
	}
	ccfg := cfg.clusterConfig()
	// The store keeps a text's controls unless they hide a secret
	// (redact.Redactor.Kept): what it keeps without them is unchanged.
	// An owner a sink's filter names is the operator's text: kept as
	// written, or the filter would never match an address (h133).
	owners := cfg.Trackers.filterOwners()
	ccfg.Redact = keepingOwners(owners, r.Kept)
	store := cluster.New(ccfg)
	b := rank.NewBuilder(store)
	b.Score = cfg.Scoring
	b.MaxItems = cfg.MaxItems
	b.ByProblem = cfg.ProblemItems
	// The document's texts also lose the characters that act instead of
	// showing (markup.DropControls, the tracker placements' own set): the
	// web page inserts them with textContent, where a browser still obeys
	// a bidi override, and backlog.json and the API hand them on.
	b.Redact = keepingOwners(owners, r.Shown)
	e := &backlogExporter{
		cfg:     cfg,
		set:     set,
		logger:  set.Logger,
		store:   store,
		clock:   watermark.New(),
		builder: b,
		now:     time.Now,

		redelivered: dedup.New(0),
	}
	if cfg.DeduplicateRedelivered {
		e.redelivered = dedup.New(redeliveryWindow)
	}
	b.Now = e.eventNow
	b.Group.KnownService = store.ServiceByKey
	e.minSeverity, _ = severityFloor(cfg.MinSeverity)
	fallback, err := enrich.New(enrich.DefaultConfig())
	if err != nil {
		return nil, err
	}
	e.fallback = fallback
	if cfg.Digest.Enabled() { // h7: review digest
		if e.digest, err = digest.New(cfg.Digest, r.String); err != nil {
			return nil, fmt.Errorf("digest.%w", err)
		}
		if data, err := os.ReadFile(digest.ReadFile(cfg.Directory)); err == nil {
			if err := e.digest.Restore(data); err != nil {
				set.Logger.Warn("Previous digest.json not readable; the next digest starts afresh", zap.Error(err))
			}
		}
	}
	if err := e.setupOutcomes(); err != nil { // h7: fix outcomes
		return nil, fmt.Errorf("fix_outcomes.%w", err)
	}
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
// web server, the flush loop and one goroutine per tracker, all on a
// context that Shutdown cancels. A Start that fails releases what it
// acquired (the storage client, the listener).
func (e *backlogExporter) Start(ctx context.Context, host component.Host) (err error) {
	defer func() {
		if err != nil && e.client != nil {
			_ = e.client.Close(ctx)
			e.client = nil
		}
	}()
	// The overrides first: what a person pinned or merged into is kept by
	// the restore as eviction keeps it (a max_clusters lowered across the
	// restart drops the least valuable clusters, never those).
	if e.overrides != nil {
		if _, err := e.overrides.Reload(e.now()); err != nil {
			return fmt.Errorf("overrides_file: %w", err)
		}
	}
	e.store.Protect(e.builder.Keep())
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
		e.restoreClock(ctx)
		e.restoreOutcomes(ctx) // h7: fix outcomes
		e.restoreDigestPosts(ctx)
	}
	// The lineage's clock from the start (after the restore, which brings
	// back the minute it left): records before the first flush fall in
	// the minute the collector started in, not in a tick of their own.
	e.store.Tick(e.now().UnixNano())
	if e.cfg.Directory != "" {
		if err := os.MkdirAll(e.cfg.Directory, 0o755); err != nil {
			return fmt.Errorf("directory: %w", err)
		}
	}
	if err := e.prepareAI(ctx, host); err != nil { // h7: AI suggestions
		return err
	}
	if err := e.prepareSimilar(ctx, host); err != nil { // h7: similar problems
		return err
	}
	sinks, err := e.buildSinks(ctx, host)
	if err != nil {
		return err
	}
	e.sinks.Store(&sinks)
	if len(sinks) > 0 {
		e.useTrackerMutes()
	}
	e.useAutoMerges() // h7: similar problems
	if e.cfg.HTTP.HasValue() {
		if err := e.startServer(ctx, host); err != nil {
			return err
		}
	}
	// Like exporterhelper and logdedupprocessor: the loops run on their own
	// cancellable context, not on Start's (which ends with Start).
	runCtx, cancel := context.WithCancel(context.Background())
	e.cancel = cancel
	for _, s := range sinks {
		e.sinkWG.Add(1)
		go e.runSink(runCtx, s)
	}
	e.stop = make(chan struct{})
	e.runAI(runCtx)      // h7: AI suggestions
	e.runSimilar(runCtx) // h7: similar problems
	e.wg.Add(1)
	go e.flushLoop(runCtx)
	return nil
}

// loadSinks returns the tracker sinks (none before Start).
func (e *backlogExporter) loadSinks() []*sink {
	if p := e.sinks.Load(); p != nil {
		return *p
	}
	return nil
}

// eventNow is the event-time now (unix ns) of ranking, resolution and
// settling: the watermark at the current wall-clock time.
func (e *backlogExporter) eventNow() (int64, bool) {
	return e.clock.Now(e.now().UnixNano())
}

// restoreClock sanitizes the restored clusters and restores the event-time
// clock. Times no sane clock produces (before 2000, beyond the wall clock
// plus max_clock_skew) can only come from a version that trusted every
// record's timestamp: they are clamped, and the resolutions judged with them
// are judged again. Without a stored clock (an older version) the clock
// starts at the newest restored event.
func (e *backlogExporter) restoreClock(ctx context.Context) {
	wall := e.now().UnixNano()
	hi := wall + int64(e.cfg.MaxClockSkew)
	if n := e.store.Sanitize(watermark.Earliest, hi); n > 0 {
		e.logger.Warn("Restored clusters held impossible event times (before 2000 or ahead of the wall clock); clamped them and judge their resolution again",
			zap.Int("clusters", n), zap.Time("wall_clock", time.Unix(0, wall)))
	}
	data, err := e.client.Get(ctx, clockKey)
	switch {
	case err != nil:
		e.logger.Warn("Cannot read the event-time clock; it restarts from the restored clusters", zap.Error(err))
	case len(data) > 0:
		if err := e.clock.Restore(data, wall, e.cfg.MaxClockSkew); err != nil {
			e.logger.Warn("Event-time clock is unreadable or implausible; it restarts from the restored clusters", zap.Error(err))
		}
	}
	if t, ok := e.store.Now(); ok {
		e.clock.Start(min(t, wall), wall) // no-op once restored
	}
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

func (e *backlogExporter) flushLoop(ctx context.Context) {
	defer e.wg.Done()
	t := time.NewTicker(e.cfg.FlushInterval)
	defer t.Stop()
	for {
		select {
		case <-e.stop:
			return
		case <-ctx.Done():
			return
		case <-t.C:
			e.flush(ctx)
		}
	}
}

// flush rebuilds the backlog, writes the files and the state, and hands
// the document to the tracker goroutines. It never waits on a tracker. Each
// step's failure is logged and counted; the others still run.
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
	// The flush's only changes to the store before the build (which reads
	// the data; its lineage records the families eviction values as one):
	// pinned and boosted clusters are spared by eviction, an automatic
	// merge is valued as one item (its target goes last), the store learns
	// the wall clock's minute (the lineage counts them, Store.Tick) and the
	// event-time now (a quiet live stream's silence is observed
	// time; Store.SetNowBefore).
	e.store.Protect(e.builder.Keep())
	e.store.SetMerges(e.autoMerged()) // eviction values an auto merge as one item
	e.store.Tick(now.UnixNano())      // the lineage's clock: the collector's minute
	if at, ok := e.eventNow(); ok {
		e.store.SetNowBefore(at)
	}
	if at, ok := e.eventNow(); ok { // h7: fix outcomes verified by event time
		e.outcomes.Advance(time.Unix(0, at))
	}
	doc := e.builder.Build(now) // redacted (Builder.Redact)
	claimProblems(e.store, &doc)
	e.signalToNoise(&doc)
	e.annotate(&doc)      // h7: AI suggestions (labelled; no score or gate change)
	e.suggestMerges(&doc) // h7: similar problems
	e.doc.Store(&doc)
	if e.client != nil {
		if data, err := e.store.Snapshot(); err != nil {
			e.logger.Warn("Cannot snapshot clusters", zap.Error(err))
			failures++
		} else if err := e.client.Set(ctx, clustersKey, data); err != nil {
			e.logger.Warn("Cannot persist clusters", zap.Error(err))
			failures++
		}
		failures += e.persistOutcomes(ctx) // h7: fix outcomes
		if data, err := e.clock.Snapshot(); err != nil {
			e.logger.Warn("Cannot snapshot the event-time clock", zap.Error(err))
			failures++
		} else if data != nil {
			if err := e.client.Set(ctx, clockKey, data); err != nil {
				e.logger.Warn("Cannot persist the event-time clock", zap.Error(err))
				failures++
			}
		}
	}
	// Files after the state: whatever a backlog file shows survives a
	// crash right after it was written.
	if e.cfg.Directory != "" {
		if err := render.WriteFiles(e.cfg.Directory, &doc); err != nil {
			e.logger.Warn("Cannot write backlog files", zap.Error(err))
			failures++
		}
		failures += e.writeDigest(&doc) // h7: review digest
	}
	for _, s := range e.loadSinks() {
		s.offer(&syncJob{doc: doc, now: now})
	}
	e.tel.ExporterBacklogFlushes.Add(ctx, 1)
	if failures > 0 {
		e.tel.ExporterBacklogFlushErrors.Add(ctx, failures)
	}
}

// claimProblems records, in rank order, the ticket-worthy problems' ids on
// their whole members (cluster.Store.Claim): the next builds keep those ids
// when the problems merge or split (cluster.Problem). A shared symptom
// (Member.Share) is no problem's own member and claims nothing.
func claimProblems(s *cluster.Store, doc *backlog.Document) {
	for _, it := range doc.Items {
		if it.Problem.ID == "" || len(it.Members) == 0 {
			continue
		}
		fps := make([]string, 0, len(it.Members))
		for _, m := range it.Members {
			if m.Share == 0 {
				fps = append(fps, m.Fingerprint)
			}
		}
		s.Claim(it.Problem.ID, fps)
	}
}

// Shutdown stops the flush loop, flushes the local backlog one last time
// (files and state), gives the trackers trackers.shutdown_grace (or less,
// if ctx ends first) to send the last document, then cancels them, waits
// for every goroutine and releases the storage client. Work a tracker did
// not finish stays pending in the state for the next start.
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
	e.flush(ctx)
	e.drainSinks(ctx)
	if e.client != nil {
		// The state must be closed even when ctx is over.
		errs = append(errs, e.client.Close(context.WithoutCancel(ctx)))
	}
	return errors.Join(errs...)
}

// drainSinks lets every sink finish the last document within the grace
// period, then cancels the rest and waits for the goroutines to return.
func (e *backlogExporter) drainSinks(ctx context.Context) {
	sinks := e.loadSinks()
	for _, s := range sinks {
		close(s.quit)
	}
	done := make(chan struct{})
	go func() {
		e.sinkWG.Wait()
		close(done)
	}()
	grace := time.NewTimer(e.cfg.Trackers.ShutdownGrace)
	defer grace.Stop()
	select {
	case <-done:
	case <-grace.C:
		e.logger.Warn("Trackers did not finish within trackers.shutdown_grace; their pending work is kept for the next start",
			zap.Duration("shutdown_grace", e.cfg.Trackers.ShutdownGrace))
	case <-ctx.Done():
		e.logger.Warn("Shutdown context ended before the trackers finished; their pending work is kept for the next start", zap.Error(ctx.Err()))
	}
	e.cancel()
	<-done
}

func (e *backlogExporter) consumeLogs(ctx context.Context, ld plog.Logs) error {
	added, ignored := e.addLogs(ctx, ld)
	e.count(ctx, added, ignored)
	return nil
}

func (e *backlogExporter) consumeTraces(ctx context.Context, td ptrace.Traces) error {
	added, ignored := e.addTraces(ctx, td)
	e.count(ctx, added, ignored)
	return nil
}

func (e *backlogExporter) count(ctx context.Context, added, ignored int64) {
	e.recordsIn.Add(added + ignored)
	e.fingerprinted.Add(added)
	if added > 0 {
		e.tel.ExporterBacklogRecordsIngested.Add(ctx, added)
	}
	if ignored > 0 {
		e.tel.ExporterBacklogRecordsIgnored.Add(ctx, ignored)
	}
}

// signalToNoise adds the signal-to-noise stats to doc: records in and
// fingerprinted, and the trackers' tickets created, updated, duplicates
// avoided (found by marker instead of created again, or closed as the
// duplicate of a problem that absorbed theirs) and muted, since
// start and (flush_*) since the previous flush. Called under flushMu.
func (e *backlogExporter) signalToNoise(doc *backlog.Document) {
	st := doc.Stats
	st["records_in"], st["records_fingerprinted"] = e.recordsIn.Load(), e.fingerprinted.Load()
	st["records_redelivered"] = e.redelivered.Duplicates()
	var muted int
	for _, s := range e.loadSinks() {
		ts := s.Stats()
		st["tickets_created"] += ts.Created
		st["tickets_updated"] += ts.Updated
		st["tickets_duplicates_avoided"] += ts.Adopted + ts.Merged
		st["tickets_waiting"] += ts.Waiting
		s.mu.Lock()
		muted += len(s.mutes)
		s.mu.Unlock()
	}
	st["tickets_muted"] = int64(muted)
	keys := []string{"records_in", "records_fingerprinted", "tickets_created", "tickets_updated", "tickets_duplicates_avoided"}
	now := make(map[string]int64, len(keys))
	for _, k := range keys {
		now[k] = st[k]
		st["flush_"+k] = st[k] - e.last[k]
	}
	e.last = now
}

// writeDigest updates digest.md and digest.json for the document's event
// time and archives a completed period under digests/ (h7: review loop).
// It returns the number of failures.
func (e *backlogExporter) writeDigest(doc *backlog.Document) int64 {
	if e.digest == nil {
		return 0
	}
	cur, done := e.digest.Observe(doc, digest.Counters{Records: e.recordsIn.Load(), Events: doc.Stats["events"]})
	var failures int64
	if done != nil {
		md := e.digest.Markdown(done)
		// Queued (and persisted) before the files move on: a crash in
		// between completes the period again at the next start, and the
		// post is idempotent per period.
		failures += e.queueDigestPost(done, md)
		for _, s := range e.loadSinks() {
			if s.digests != nil {
				if err := s.digests.enqueue(done, md); err != nil {
					e.logger.Warn("Cannot prepare the digest event", zap.Error(err))
					failures++
				}
			}
		}
		dir := filepath.Join(e.cfg.Directory, "digests", done.Start.Format("2006-01-02"))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			e.logger.Warn("Cannot archive the digest", zap.Error(err))
			failures++
		} else if err := e.digest.WriteFiles(dir, done); err != nil {
			e.logger.Warn("Cannot archive the digest", zap.Error(err))
			failures++
		}
	}
	if cur != nil {
		if err := e.digest.WriteFiles(e.cfg.Directory, cur); err != nil {
			e.logger.Warn("Cannot write the digest", zap.Error(err))
			failures++
		}
	}
	return failures
}

// filterOwners is the set of owners the trackers' filters name (the
// operator's configuration, trusted), without one holding a control
// character (markup.DropControls: those are shown without them, and an
// owner kept is kept byte for byte).
func (c TrackersConfig) filterOwners() map[string]bool {
	var fs [][]string
	for _, t := range c.GitHub {
		fs = append(fs, t.Filter.Owners)
	}
	for _, t := range c.GitLab {
		fs = append(fs, t.Filter.Owners)
	}
	for _, t := range c.Jira {
		fs = append(fs, t.Filter.Owners)
	}
	for _, t := range c.Webhook {
		fs = append(fs, t.Filter.Owners)
	}
	set := map[string]bool{}
	for _, f := range fs {
		for _, o := range f {
			if o != "" && markup.DropControls(o) == o {
				set[o] = true
			}
		}
	}
	return set
}

// keepingOwners is redact, except that a text that is a whole owner a
// filter names is kept as it is: the store keys owners with it and the
// document shows them with it, so a filter naming an address
// ("team@example.com", which the redactor takes for a sender's) routes
// the items that owner has. Only the operator's exact text is kept; an
// address a record carries that no filter names, or one within a longer
// text, is redacted as before, and the trackers' sinks redact what they
// render again (the ticket shows the owner as "[REDACTED]").
func keepingOwners(owners map[string]bool, red func(string) string) func(string) string {
	if len(owners) == 0 {
		return red
	}
	return func(s string) string {
		if owners[s] {
			return s
		}
		return red(s)
	}
}
