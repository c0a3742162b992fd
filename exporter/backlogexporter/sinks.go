package backlogexporter // import "github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter"

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/config/confighttp"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	"go.uber.org/zap"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/overrides"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/github"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/gitlab"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/jira"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/webhook"
)

// sink is one configured tracker. It runs on its own goroutine (runSink)
// fed through a one-slot "latest wins" mailbox: a tracker that is slow,
// rate limited or down never delays the local flush, and a document that
// is superseded before it was sent is skipped (the next one carries its
// changes; unfinished work is kept pending by the engine).
type sink struct {
	*tracker.Sink
	// mutes are the fingerprints people muted in this tracker (label,
	// closed as not planned, deleted), fed back into ranking.
	mu    sync.Mutex
	mutes map[string]string

	latest atomic.Pointer[syncJob]
	// offered and synced number the jobs: synced == offered once the
	// sink has finished the latest document it was offered.
	offered, synced atomic.Uint64
	wake            chan struct{} // capacity 1
	quit            chan struct{} // closed by Shutdown: send the latest job, return
	// digests posts completed digests (webhook sinks with
	// digest.post_to_webhooks; nil otherwise). h7.
	digests *digestPoster
	// posts: completed digests are posted as issues to this tracker
	// (digest.post_to_trackers; GitHub, GitLab, Jira).
	posts bool
}

// syncJob is one flush's document for the trackers.
type syncJob struct {
	doc backlog.Document
	now time.Time
	seq uint64
}

func newSink(s *tracker.Sink) *sink {
	return &sink{Sink: s, mutes: map[string]string{}, wake: make(chan struct{}, 1), quit: make(chan struct{})}
}

// offer replaces the waiting job with j and wakes the goroutine.
func (s *sink) offer(j *syncJob) {
	j.seq = s.offered.Add(1)
	s.latest.Store(j)
	select {
	case s.wake <- struct{}{}:
	default: // already woken; it will take the latest job
	}
}

// runSink syncs the latest offered document until ctx ends or Shutdown
// asks it to finish.
func (e *backlogExporter) runSink(ctx context.Context, s *sink) {
	defer e.sinkWG.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
			e.syncSink(ctx, s)
		case <-s.quit:
			if s.latest.Load() != nil {
				e.syncSink(ctx, s)
			}
			return
		}
	}
}

// memoryStore keeps tracker state in memory when no storage extension is
// configured (state is then lost on restart; recovery uses the markers).
func memoryStore() tracker.Store { return tracker.NewMemStore() }

func (e *backlogExporter) buildSinks(ctx context.Context, host component.Host) ([]*sink, error) {
	var store tracker.Store
	if e.client != nil {
		// storage.Client has exactly the Get/Set/Delete the engine needs.
		store = e.client
	} else {
		store = memoryStore()
	}
	var out []*sink
	var posters []*digestPoster // h7: digest
	add := func(kind string, i int, hc confighttp.ClientConfig, build func(*http.Client) (*tracker.Sink, error)) error {
		posts := kind != "webhook" && e.cfg.Digest.PostToTrackers && e.digest != nil
		client, err := hc.ToClient(ctx, host.GetExtensions(), e.set.TelemetrySettings)
		if err != nil {
			return fmt.Errorf("trackers.%s[%d]: %w", kind, i, err)
		}
		s, err := build(client)
		if err != nil {
			return fmt.Errorf("trackers.%s[%d]: %w", kind, i, err)
		}
		for _, o := range out {
			if o.ID() == s.ID() {
				return fmt.Errorf("trackers.%s[%d]: %s is configured twice", kind, i, s.ID())
			}
		}
		out = append(out, newSink(s))
		out[len(out)-1].posts = posts
		return nil
	}
	for i, c := range e.cfg.Trackers.GitHub {
		if err := add("github", i, c.ClientConfig, func(hc *http.Client) (*tracker.Sink, error) {
			return github.NewSink(c.Config, c.Endpoint, hc, store, tracker.Options{})
		}); err != nil {
			return nil, err
		}
	}
	for i, c := range e.cfg.Trackers.GitLab {
		if err := add("gitlab", i, c.ClientConfig, func(hc *http.Client) (*tracker.Sink, error) {
			return gitlab.NewSink(c.Config, c.Endpoint, hc, store, tracker.Options{})
		}); err != nil {
			return nil, err
		}
	}
	for i, c := range e.cfg.Trackers.Jira {
		if err := add("jira", i, c.ClientConfig, func(hc *http.Client) (*tracker.Sink, error) {
			return jira.NewSink(c.Config, c.Endpoint, hc, store, tracker.Options{})
		}); err != nil {
			return nil, err
		}
	}
	for i, c := range e.cfg.Trackers.Webhook {
		if err := add("webhook", i, c.ClientConfig, func(hc *http.Client) (*tracker.Sink, error) {
			ks, err := webhook.NewSink(c.Config, c.Endpoint, hc, store, tracker.Options{})
			posters = append(posters, e.newDigestPoster(c, hc)) // h7: digest
			return ks, err
		}); err != nil {
			return nil, err
		}
	}
	for i, p := range posters { // h7: digest; the webhooks are the last sinks
		out[len(out)-len(posters)+i].digests = p
	}
	return out, nil
}

// syncSink pushes the latest document to one tracker (the engine bounds
// the Sync by the tracker's sync_timeout) and applies what people did
// there: muted tickets mute their clusters (every member of a problem
// ticket), closed ones resolve them.
func (e *backlogExporter) syncSink(ctx context.Context, s *sink) {
	j := s.latest.Swap(nil)
	if j == nil {
		return
	}
	defer s.synced.Store(j.seq)
	res, err := s.Sync(ctx, j.doc, j.now)
	if err != nil {
		e.logger.Warn("Tracker sync incomplete; pending work is kept and retried", zap.String("tracker", s.ID()), zap.Error(err))
		e.tel.ExporterBacklogFlushErrors.Add(context.WithoutCancel(ctx), 1)
	}
	s.mu.Lock()
	// The sink reports every mute that still holds on each Sync, so the
	// set is rebuilt: a mute people lifted is lifted here too.
	if err == nil {
		clear(s.mutes)
	}
	for _, fb := range res.Feedback {
		// A problem ticket's decision applies to every member cluster.
		members := fb.Members
		if len(members) == 0 {
			members = []string{fb.Fingerprint}
		}
		for _, fp := range members {
			switch fb.Kind {
			case tracker.FeedbackMuted:
				s.mutes[fp] = "tracker:" + fb.Reason
			case tracker.FeedbackResolved:
				e.store.MarkResolved(fp)
			}
		}
	}
	s.mu.Unlock()
	e.collectTrackerMutes()
	e.observeOutcomes(s.ID(), res.Feedback, j.doc.EventTime) // h7: fix outcomes
	if s.digests != nil {                                    // h7: digest
		if err := s.digests.post(ctx); err != nil {
			e.logger.Warn("Digest not posted; retried at the next sync", zap.String("tracker", s.ID()), zap.Error(err))
		}
	}
	if s.posts {
		e.publishDigests(ctx, s)
	}
}

// collectTrackerMutes publishes the union of every tracker's mutes.
func (e *backlogExporter) collectTrackerMutes() {
	mutes := map[string]string{}
	for _, s := range e.loadSinks() {
		s.mu.Lock()
		for fp, r := range s.mutes {
			mutes[fp] = r
		}
		s.mu.Unlock()
	}
	e.mutes.Store(&mutes)
}

// useTrackerMutes makes the builder rank with the overrides file plus the
// mutes people set in trackers. Called once by Start, before any flush.
func (e *backlogExporter) useTrackerMutes() {
	var file func() *overrides.Set
	if e.overrides != nil {
		file = e.overrides.Set
	}
	e.builder.Overrides = func() *overrides.Set {
		var base *overrides.Set
		if file != nil {
			base = file()
		}
		var mutes map[string]string
		if m := e.mutes.Load(); m != nil {
			mutes = *m
		}
		return base.WithMutes(mutes)
	}
}

// registerCallbacks reports the store's and the sinks' counters.
func (e *backlogExporter) registerCallbacks() error {
	tel := e.tel
	if err := tel.RegisterExporterBacklogClustersActiveCallback(func(_ context.Context, o metric.Int64Observer) error {
		o.Observe(e.store.Stats().Clusters)
		return nil
	}); err != nil {
		return err
	}
	if err := tel.RegisterExporterBacklogClustersEvictedCallback(func(_ context.Context, o metric.Int64Observer) error {
		o.Observe(e.store.Stats().ClustersEvicted)
		return nil
	}); err != nil {
		return err
	}
	perSink := func(register func(metric.Int64Callback) error, value func(tracker.Stats) int64) error {
		return register(func(_ context.Context, o metric.Int64Observer) error {
			for _, s := range e.loadSinks() {
				o.Observe(value(s.Stats()), metric.WithAttributes(attribute.String("tracker", s.ID())))
			}
			return nil
		})
	}
	docStat := func(register func(metric.Int64Callback) error, key string) error {
		return register(func(_ context.Context, o metric.Int64Observer) error {
			if d := e.doc.Load(); d != nil {
				o.Observe(d.Stats[key])
			}
			return nil
		})
	}
	if err := docStat(tel.RegisterExporterBacklogProblemsCallback, "problems"); err != nil {
		return err
	}
	if err := docStat(tel.RegisterExporterBacklogProblemsTicketWorthyCallback, "problems_ticket_worthy"); err != nil {
		return err
	}
	if err := perSink(tel.RegisterExporterBacklogTicketsDuplicatesAvoidedCallback, func(s tracker.Stats) int64 { return s.Adopted + s.Merged }); err != nil {
		return err
	}
	if err := perSink(tel.RegisterExporterBacklogTicketsCreatedCallback, func(s tracker.Stats) int64 { return s.Created }); err != nil {
		return err
	}
	if err := perSink(tel.RegisterExporterBacklogTicketsUpdatedCallback, func(s tracker.Stats) int64 { return s.Updated }); err != nil {
		return err
	}
	if err := perSink(tel.RegisterExporterBacklogTicketsReopenedCallback, func(s tracker.Stats) int64 { return s.Reopened }); err != nil {
		return err
	}
	if err := perSink(tel.RegisterExporterBacklogTrackerPendingWritesCallback, func(s tracker.Stats) int64 { return s.Pending }); err != nil {
		return err
	}
	return tel.RegisterExporterBacklogTrackerRequestsFailedCallback(func(_ context.Context, o metric.Int64Observer) error {
		for _, s := range e.loadSinks() {
			for code, n := range s.Stats().FailedRequests {
				o.Observe(n, metric.WithAttributes(attribute.String("tracker", s.ID()), attribute.Int("status_code", code)))
			}
		}
		return nil
	})
}
