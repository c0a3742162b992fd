package fingerprintprocessor // import "github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor"

import (
	"context"
	"encoding"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/open-telemetry/opentelemetry-collector-contrib/pkg/ottl"
	"github.com/open-telemetry/opentelemetry-collector-contrib/pkg/ottl/contexts/ottllog"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/consumer"
	"go.opentelemetry.io/collector/extension/xextension/storage"
	"go.opentelemetry.io/collector/processor"
	"go.opentelemetry.io/collector/processor/processorhelper"
	"go.opentelemetry.io/otel/metric"
	"go.uber.org/zap"

	"github.com/otelcol-backlog/otelcol-backlog/internal/enrich"
	"github.com/otelcol-backlog/otelcol-backlog/internal/fingerprint"
	"github.com/otelcol-backlog/otelcol-backlog/internal/logtemplate"
	"github.com/otelcol-backlog/otelcol-backlog/internal/mask"
	"github.com/otelcol-backlog/otelcol-backlog/internal/sharedcomponent"
	"github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"
	"github.com/otelcol-backlog/otelcol-backlog/internal/stacktrace"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
)

// storageClientName names the processor's storage client; "logs" and
// "traces" belong to exporterhelper's persistent queue.
const storageClientName = "fingerprint_state"

// Storage keys of the snapshots.
const (
	minerKey     = "miner.v1"
	baselinesKey = "baselines.v1"
)

// shared makes the logs and traces pipelines of one processor instance share
// one fingerprinter (one miner, one set of baselines, one trace->journey map).
var shared = sharedcomponent.NewMap[*Config, *fingerprinter]()

// fingerprinter is the state shared by one processor instance's pipelines.
type fingerprinter struct {
	cfg    *Config
	set    processor.Settings
	logger *zap.Logger
	tel    *metadata.TelemetryBuilder

	miner      *logtemplate.Miner
	classifier *spanclass.Classifier
	stack      *stacktrace.Cache
	enricher   *enrich.Enricher
	// enrichAffected is set when tenant or user sources are configured.
	enrichAffected bool
	// affectedDisjoint: see affectedDisjoint
	affectedDisjoint bool
	// affKeys: earlyAffectedKeys (nil: a log record's tenant and user are
	// looked up after the processor's writes)
	affKeys []string
	// affIdx: affKeys' indices of the tenant and user sources and of
	// their fallbacks (affectedIndexes), so that planAffected reads a
	// source's slot without comparing keys
	affIdx affectedIndexes
	// hasJourneys is set when journey rules exist (else no trace has one).
	hasJourneys bool
	// hasOwners is set when owner rules exist (else no record gets one).
	hasOwners bool
	// traceAttribution leaves the latency cause verdict to the
	// trace_findings connector (traces.latency.attribution: trace).
	traceAttribution bool
	logConds         *ottl.ConditionSequence[*ottllog.TransformContext]
	ids              idCache
	// frameIDs interns the ids of keys with stack frames (not cacheable by
	// ids), so a family seen again allocates no new id string.
	frameIDs *fingerprint.Cache
	// logIDs holds the *logIDs tables processLogs uses in front of ids
	logIDs sync.Pool
	// frameTexts interns the fingerprint.frames attribute values.
	frameTexts *framesCache

	client storage.Client
	stop   chan struct{}
	wg     sync.WaitGroup
}

func newFingerprintProcessor(set processor.Settings, cfg *Config) (*sharedcomponent.Component[*fingerprinter], error) {
	return shared.LoadOrStore(cfg, func() (*fingerprinter, error) {
		return newFingerprinter(set, cfg)
	})
}

func newFingerprinter(set processor.Settings, cfg *Config) (*fingerprinter, error) {
	mcfg := logtemplate.DefaultConfig()
	mcfg.MaxTemplates = cfg.Templates.MaxTemplates
	for _, r := range cfg.Templates.Masks {
		mcfg.Rules = append(mcfg.Rules, mask.Rule{Name: r.Name, Pattern: r.Pattern, Replacement: r.Replacement})
	}
	miner, err := logtemplate.New(mcfg)
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	scfg := cfg.spanclassConfig()
	if scfg.Mask, err = spanNameMask(cfg.Templates.Masks); err != nil {
		return nil, err
	}
	classifier, err := spanclass.New(scfg)
	if err != nil {
		return nil, fmt.Errorf("traces: %w", err)
	}
	enricher, err := enrich.New(cfg.Enrichment)
	if err != nil {
		return nil, fmt.Errorf("enrichment: %w", err)
	}
	tel, err := metadata.NewTelemetryBuilder(set.TelemetrySettings)
	if err != nil {
		return nil, err
	}
	f := &fingerprinter{
		cfg:              cfg,
		set:              set,
		logger:           set.Logger,
		tel:              tel,
		miner:            miner,
		classifier:       classifier,
		enricher:         enricher,
		enrichAffected:   len(cfg.Enrichment.Affected.TenantFrom)+len(cfg.Enrichment.Affected.UserFrom) > 0,
		hasJourneys:      len(cfg.Enrichment.Journeys) > 0,
		hasOwners:        enricher.HasOwners(),
		traceAttribution: cfg.Traces.Latency.Attribution == AttributionTrace,
		affectedDisjoint: affectedDisjoint(cfg),
		affKeys:          earlyAffectedKeys(cfg),
		// Identical traces (the same exception thrown again) parse once.
		stack:      stacktrace.NewCache(stacktrace.NewParser(stacktrace.Config{Include: cfg.Stack.InAppInclude, Exclude: cfg.Stack.InAppExclude}), 0),
		ids:        newIDCache(1 << 16),
		frameIDs:   fingerprint.NewCache(0),
		frameTexts: newFramesCache(),
	}
	f.affIdx = newAffectedIndexes(cfg, f.affKeys)
	if len(cfg.Logs.Conditions) > 0 {
		conds, err := parseLogConditions(cfg.Logs.Conditions, set.TelemetrySettings)
		if err != nil {
			return nil, fmt.Errorf("logs.conditions: %w", err)
		}
		seq := ottllog.NewConditionSequence(conds, set.TelemetrySettings, ottllog.WithConditionSequenceErrorMode(cfg.ErrorMode))
		f.logConds = &seq
	}
	if err := tel.RegisterProcessorFingerprintTemplatesActiveCallback(func(_ context.Context, o metric.Int64Observer) error {
		o.Observe(int64(f.miner.Stats().Active))
		return nil
	}); err != nil {
		return nil, err
	}
	if err := tel.RegisterProcessorFingerprintTemplatesEvictedCallback(func(_ context.Context, o metric.Int64Observer) error {
		o.Observe(int64(f.miner.Stats().Evicted))
		return nil
	}); err != nil {
		return nil, err
	}
	return f, nil
}

// Start restores the snapshot from storage, when configured, and starts the
// periodic snapshots.
func (f *fingerprinter) Start(ctx context.Context, host component.Host) error {
	if f.cfg.Storage == nil {
		return nil
	}
	client, err := statestore.Open(ctx, host, *f.cfg.Storage, component.KindProcessor, f.set.ID, storageClientName)
	if err != nil {
		return err
	}
	f.client = client
	f.restore(ctx, minerKey, f.miner)
	f.restore(ctx, baselinesKey, f.classifier)
	f.logger.Info("Restored fingerprint state", zap.Int("templates", f.miner.Stats().Active), zap.Int("baselines", f.classifier.Stats().Baselines))
	f.stop = make(chan struct{})
	f.wg.Add(1)
	go f.snapshotLoop()
	return nil
}

func (f *fingerprinter) snapshotLoop() {
	defer f.wg.Done()
	t := time.NewTicker(f.cfg.SnapshotInterval)
	defer t.Stop()
	for {
		select {
		case <-f.stop:
			return
		case <-t.C:
			if err := f.snapshot(context.Background()); err != nil {
				f.logger.Warn("Snapshot failed", zap.Error(err))
			}
		}
	}
}

// restore loads one snapshot; unreadable state is logged and ignored (the
// processor starts fresh rather than refusing to start).
func (f *fingerprinter) restore(ctx context.Context, key string, into encoding.BinaryUnmarshaler) {
	data, err := f.client.Get(ctx, key)
	switch {
	case err != nil:
		f.logger.Warn("Cannot read snapshot; starting fresh", zap.String("key", key), zap.Error(err))
	case len(data) > 0:
		if err := into.UnmarshalBinary(data); err != nil {
			f.logger.Warn("Snapshot is unreadable; starting fresh", zap.String("key", key), zap.Error(err))
		}
	}
}

func (f *fingerprinter) snapshot(ctx context.Context) error {
	miner, err := f.miner.MarshalBinary()
	if err != nil {
		return err
	}
	baselines, err := f.classifier.MarshalBinary()
	if err != nil {
		return err
	}
	return f.client.Batch(ctx, storage.SetOperation(minerKey, miner), storage.SetOperation(baselinesKey, baselines))
}

// Shutdown writes a last snapshot and closes the storage client.
func (f *fingerprinter) Shutdown(ctx context.Context) error {
	defer f.tel.Shutdown()
	if f.client == nil {
		return nil
	}
	close(f.stop)
	f.wg.Wait()
	err := f.snapshot(ctx)
	return errors.Join(err, f.client.Close(ctx))
}

type sharedFingerprinter = sharedcomponent.Component[*fingerprinter]

func logsProcessor(ctx context.Context, set processor.Settings, cfg *Config, c *sharedFingerprinter, next consumer.Logs) (processor.Logs, error) {
	return processorhelper.NewLogs(ctx, set, cfg, next, c.Value.processLogs,
		processorhelper.WithCapabilities(consumer.Capabilities{MutatesData: true}),
		processorhelper.WithStart(c.Start),
		processorhelper.WithShutdown(c.Shutdown))
}
