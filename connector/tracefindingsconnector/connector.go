package tracefindingsconnector // import "github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector"

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/connector"
	"go.opentelemetry.io/collector/consumer"
	"go.opentelemetry.io/collector/extension/xextension/storage"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	"go.uber.org/zap"

	"github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/absence"
	"github.com/otelcol-backlog/otelcol-backlog/internal/enrich"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore"
	"github.com/otelcol-backlog/otelcol-backlog/internal/watermark"
)

// storageClientName names the connector's storage client ("logs" and
// "traces" belong to exporterhelper's persistent queue, "backlog_state" to
// the backlog exporter).
const storageClientName = "trace_findings_state"

// absenceKey is the storage key of the detector's expectations.
const absenceKey = "absence.v1"

// persistEvery is how often the ticker persists what was learned (and
// Shutdown once more).
const persistEvery = 10 * time.Second

// findings is the state shared by one connector instance's traces -> logs
// and logs -> logs connections: one detector, one clock, one ticker.
type findings struct {
	cfg    *Config
	set    connector.Settings
	logger *zap.Logger
	tel    *metadata.TelemetryBuilder

	det   *absence.Detector
	clock *watermark.Clock // event-time now of settling
	// fallback derives release, environment and deployment of resources
	// the fingerprint processor did not enrich, by its default rules.
	fallback *enrich.Enricher

	// nexts are the next consumers of the connections. Both connections
	// of one component ID lead to the same logs pipelines (those that list
	// the connector as receiver), so findings go to the first one.
	nextMu sync.Mutex
	nexts  []consumer.Logs

	// now is the wall clock (injected in tests).
	now func() time.Time

	client storage.Client
	// evalMu serializes evaluations, their emission and persistence.
	evalMu      sync.Mutex
	lastPersist time.Time
	cancel      context.CancelFunc
	done        chan struct{}

	// cands are the latency candidates waiting for their trace's verdict
	// (latency.go); candDropped counts those refused at maxHeldCandidates.
	candMu      sync.Mutex
	cands       map[candKey]heldCandidate
	candDropped atomic.Int64
}

func newFindings(set connector.Settings, cfg *Config) (*findings, error) {
	tel, err := metadata.NewTelemetryBuilder(set.TelemetrySettings)
	if err != nil {
		return nil, err
	}
	fallback, err := enrich.New(enrich.DefaultConfig())
	if err != nil {
		return nil, err
	}
	f := &findings{
		cfg:      cfg,
		set:      set,
		logger:   set.Logger,
		tel:      tel,
		det:      absence.New(cfg.Absence),
		clock:    watermark.New(),
		fallback: fallback,
		now:      time.Now,
	}
	f.det.SetClock(func() time.Time { return f.now() })
	f.det.SetEventClock(f.eventNow)
	if err := f.registerCallbacks(); err != nil {
		return nil, err
	}
	return f, nil
}

// eventNow is the event-time now of settling: the watermark at the current
// wall-clock time, which no single record can move and which follows the
// wall clock when a live stream goes quiet.
func (f *findings) eventNow() (int64, bool) {
	return f.clock.Now(f.now().UnixNano())
}

func (f *findings) addNext(next consumer.Logs) {
	f.nextMu.Lock()
	defer f.nextMu.Unlock()
	f.nexts = append(f.nexts, next)
}

func (f *findings) next() consumer.Logs {
	f.nextMu.Lock()
	defer f.nextMu.Unlock()
	if len(f.nexts) == 0 {
		return nil
	}
	return f.nexts[0]
}

// Start restores what was learned and starts the evaluation ticker on its
// own cancellable context (Start's ends with Start).
func (f *findings) Start(ctx context.Context, host component.Host) error {
	if f.cfg.Storage != nil {
		client, err := statestore.Open(ctx, host, *f.cfg.Storage, component.KindConnector, f.set.ID, storageClientName)
		if err != nil {
			return err
		}
		f.client = client
		if data, err := client.Get(ctx, absenceKey); err != nil {
			f.logger.Warn("Cannot read the absence expectations; learning afresh", zap.Error(err))
		} else if len(data) > 0 {
			if err := f.det.Restore(data); err != nil {
				f.logger.Warn("Absence expectations are unreadable; learning afresh", zap.Error(err))
			} else {
				f.logger.Info("Restored absence expectations", zap.Int64("expectations", f.det.Stats().Expectations))
			}
		}
	}
	f.lastPersist = f.now()
	runCtx, cancel := context.WithCancel(context.Background())
	f.cancel = cancel
	f.done = make(chan struct{})
	go f.run(runCtx)
	return nil
}

func (f *findings) run(ctx context.Context) {
	defer close(f.done)
	t := time.NewTicker(f.cfg.EvaluationInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if ctx.Err() == nil {
				f.evaluate(ctx, false)
			}
		}
	}
}

// evaluate judges the settled traces (all of them when final), emits the
// findings and persists what was learned (at most every persistEvery,
// always when final).
func (f *findings) evaluate(ctx context.Context, final bool) {
	f.evalMu.Lock()
	defer f.evalMu.Unlock()
	misses := f.det.Evaluate(final)
	verdicts := f.det.TakeLatency()
	var n int64
	var ld plog.Logs
	if len(misses) > 0 || len(verdicts) > 0 {
		ld = Records(misses)
		f.latencyRecords(verdicts, ld) // none when every candidate was a symptom
		n = int64(ld.LogRecordCount())
	}
	if n > 0 {
		if next := f.next(); next == nil {
			f.tel.ConnectorTraceFindingsEmitErrors.Add(ctx, 1)
		} else if err := next.ConsumeLogs(ctx, ld); err != nil {
			f.tel.ConnectorTraceFindingsEmitErrors.Add(ctx, 1)
			f.logger.Warn("The next pipeline refused trace findings; they are dropped", zap.Int64("records", n), zap.Error(err))
		} else {
			f.tel.ConnectorTraceFindingsRecordsEmitted.Add(ctx, n)
		}
	}
	if f.client == nil {
		return
	}
	if now := f.now(); final || now.Sub(f.lastPersist) >= persistEvery {
		f.lastPersist = now
		if data, err := f.det.Snapshot(); err != nil {
			f.logger.Warn("Cannot snapshot absence expectations", zap.Error(err))
		} else if err := f.client.Set(context.WithoutCancel(ctx), absenceKey, data); err != nil {
			f.logger.Warn("Cannot persist absence expectations", zap.Error(err))
		}
	}
}

// Shutdown stops the ticker (waiting for it no longer than ctx allows),
// judges the traces still settling, emits their findings, persists what
// was learned and releases the storage client. Downstream pipelines are
// still running: the collector shuts a connector down before the
// components it feeds.
func (f *findings) Shutdown(ctx context.Context) error {
	defer f.tel.Shutdown()
	if f.cancel == nil {
		return nil
	}
	f.cancel()
	var errs []error
	select {
	case <-f.done:
	case <-ctx.Done():
		errs = append(errs, fmt.Errorf("trace_findings: evaluation still running at shutdown: %w", ctx.Err()))
	}
	f.evaluate(ctx, true)
	f.evalMu.Lock()
	defer f.evalMu.Unlock()
	if f.client != nil {
		// The state must be closed even when ctx is over.
		errs = append(errs, f.client.Close(context.WithoutCancel(ctx)))
		f.client = nil
	}
	f.cancel = nil
	return errors.Join(errs...)
}

func (f *findings) registerCallbacks() error {
	tel := f.tel
	if err := tel.RegisterConnectorTraceFindingsExpectationsCallback(func(_ context.Context, o metric.Int64Observer) error {
		o.Observe(f.det.Stats().Expectations)
		return nil
	}); err != nil {
		return err
	}
	if err := tel.RegisterConnectorTraceFindingsMissesCallback(func(_ context.Context, o metric.Int64Observer) error {
		o.Observe(f.det.Stats().Misses)
		return nil
	}); err != nil {
		return err
	}
	return tel.RegisterConnectorTraceFindingsSkippedCallback(func(_ context.Context, o metric.Int64Observer) error {
		st := f.det.Stats()
		for _, r := range []struct {
			reason string
			n      int64
		}{
			{"no_logs", st.TracesWithoutLogs}, {"partial_logs", st.TracesPartialLogs},
			{"early_evaluation", st.EarlyEvaluations}, {"operations_full", st.OperationsFull},
			{"templates_full", st.TemplatesFull}, {"unlinked_logs", st.UnlinkedLogs},
			{"logs_before_spans", st.LogsBeforeSpans}, {"spans_before_logs", st.SpansBeforeLogs},
			{"trace_full", st.TraceRecordsDropped}, {"late_records", st.LateRecords},
			{"latency_candidates_full", f.candDropped.Load()},
		} {
			o.Observe(r.n, metric.WithAttributes(attribute.String("reason", r.reason)))
		}
		return nil
	})
}

// reasonAttrs are the metric attributes of each timestamp fallback reason.
var reasonAttrs = func() map[watermark.Reason]metric.AddOption {
	m := map[watermark.Reason]metric.AddOption{}
	for _, r := range watermark.Reasons {
		m[r] = metric.WithAttributeSet(attribute.NewSet(attribute.String("reason", r.String())))
	}
	return m
}()

// connection is one of a component ID's two connections (traces -> logs,
// logs -> logs); both feed the shared findings.
type connection struct {
	shared *sharedComponent
}

func (c *connection) Start(ctx context.Context, host component.Host) error {
	return c.shared.Start(ctx, host)
}

func (c *connection) Shutdown(ctx context.Context) error { return c.shared.Shutdown(ctx) }

func (*connection) Capabilities() consumer.Capabilities {
	return consumer.Capabilities{MutatesData: false}
}

func (c *connection) ConsumeTraces(ctx context.Context, td ptrace.Traces) error {
	c.shared.Value.consumeTraces(ctx, td)
	return nil
}

func (c *connection) ConsumeLogs(ctx context.Context, ld plog.Logs) error {
	c.shared.Value.consumeLogs(ctx, ld)
	return nil
}
