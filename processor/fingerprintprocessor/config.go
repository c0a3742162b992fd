package fingerprintprocessor // import "github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor"

import (
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/open-telemetry/opentelemetry-collector-contrib/pkg/ottl"
	"github.com/open-telemetry/opentelemetry-collector-contrib/pkg/ottl/contexts/ottllog"
	"github.com/open-telemetry/opentelemetry-collector-contrib/pkg/ottl/ottlfuncs"
	"go.opentelemetry.io/collector/component"
	noopmetric "go.opentelemetry.io/otel/metric/noop"
	nooptrace "go.opentelemetry.io/otel/trace/noop"
	"go.uber.org/zap"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/enrich"
	"github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"
)

// Config is the configuration of the fingerprint processor.
type Config struct {
	// Logs configures how log records are selected and fingerprinted.
	Logs LogsConfig `mapstructure:"logs"`
	// Traces configures how spans are classified and fingerprinted.
	Traces TracesConfig `mapstructure:"traces"`
	// Enrichment configures release, environment, ownership, journeys and
	// affected tenants and users.
	Enrichment enrich.Config `mapstructure:"enrichment"`
	// Templates configures masking and template mining.
	Templates TemplatesConfig `mapstructure:"templates"`
	// Stack configures stack-trace normalization.
	Stack StackConfig `mapstructure:"stack"`
	// Attributes names the attributes the processor writes.
	Attributes AttributesConfig `mapstructure:"attributes"`
	// ErrorMode is the OTTL error mode for conditions: ignore, silent or
	// propagate. With ignore and silent a failing condition leaves the
	// record un-fingerprinted and counts it.
	ErrorMode ottl.ErrorMode `mapstructure:"error_mode"`
	// Storage is the ID of a storage extension (e.g. file_storage) used to
	// snapshot the template miner so templates and ids survive restarts.
	Storage *component.ID `mapstructure:"storage"`
	// SnapshotInterval is how often state is written to Storage.
	SnapshotInterval time.Duration `mapstructure:"snapshot_interval"`

	// prevent unkeyed literal initialization
	_ struct{}
}

// LogsConfig selects log records and finds their message.
type LogsConfig struct {
	// Conditions are OTTL log conditions; a record is fingerprinted when any
	// is true. Empty means every record.
	Conditions []string `mapstructure:"conditions"`
	// BodyKeys are the keys looked up, in order, in map bodies.
	BodyKeys []string `mapstructure:"body_keys"`
	// MaxMessageLength caps the bytes of a message that are masked and mined.
	MaxMessageLength int `mapstructure:"max_message_length"`
	// DetectSeverity sets the severity of a record that carries none (no
	// number, no text) from the level its own line states in its header
	// (score.DetectInText) or its map body's level key: a raw line read
	// with no parser then counts as what it says it is.
	DetectSeverity bool `mapstructure:"detect_severity"`
}

// TracesConfig configures span classification.
type TracesConfig struct {
	// Latency configures latency-outlier detection.
	Latency LatencyConfig `mapstructure:"latency"`
	// MinRepeatedCalls, when positive, makes a run of at least this many
	// sibling client calls to the same dependency and operation a retry even
	// without errors. 0 disables it (N+1 query loops are common).
	MinRepeatedCalls int `mapstructure:"min_repeated_calls"`
}

// LatencyConfig configures the per (service, operation) latency baselines.
type LatencyConfig struct {
	// MaxBaselines bounds the baselines kept (least recently used evicted).
	MaxBaselines int `mapstructure:"max_baselines"`
	// MinSamples is the warm-up of a baseline before it judges spans.
	MinSamples int `mapstructure:"min_samples"`
	// P99Factor and SpreadFactor: a span is slow above
	// max(p99_factor*p99, p50 + spread_factor*(p99-p50), p50 + min_excess).
	P99Factor    float64 `mapstructure:"p99_factor"`
	SpreadFactor float64 `mapstructure:"spread_factor"`
	// MinExcess is the absolute floor above the median.
	MinExcess time.Duration `mapstructure:"min_excess"`
	// Thresholds are fixed per-route latency budgets, checked in order
	// before the baselines.
	Thresholds []ThresholdConfig `mapstructure:"thresholds"`
	// Attribution is where the verdict "this span's own time grew" is
	// made: "batch" (each batch alone: a slow span whose slow children
	// came in another batch is blamed itself) or "trace" (the
	// trace_findings connector judges the candidates with whole traces and
	// emits the causes; needs the connector downstream, see
	// docs/deployment.md).
	Attribution string `mapstructure:"attribution"`
}

// Latency attribution modes (LatencyConfig.Attribution).
const (
	AttributionBatch = "batch"
	AttributionTrace = "trace"
)

// ThresholdConfig is a fixed latency budget for matching spans.
type ThresholdConfig struct {
	// Service matches service.name exactly; empty or "*" matches all.
	Service string `mapstructure:"service"`
	// Route is a glob ("*" any run of characters) over the operation.
	Route string `mapstructure:"route"`
	// Max is the budget.
	Max time.Duration `mapstructure:"max"`
}

// TemplatesConfig configures masking and template mining.
type TemplatesConfig struct {
	// MaxTemplates bounds the miner; past it a template is evicted (and
	// counted), one-off templates first (logtemplate.Config.MaxTemplates).
	MaxTemplates int `mapstructure:"max_templates"`
	// Masks are user-defined masking rules, applied before the built-ins.
	Masks []MaskRule `mapstructure:"masks"`
}

// MaskRule replaces every match of Pattern with Replacement.
type MaskRule struct {
	Name        string `mapstructure:"name"`
	Pattern     string `mapstructure:"pattern"`
	Replacement string `mapstructure:"replacement"`
}

// StackConfig configures stack-trace normalization.
type StackConfig struct {
	// Frames is how many top in-app frames go into the fingerprint.
	Frames int `mapstructure:"frames"`
	// InAppInclude are frame prefixes that always count as in-app.
	InAppInclude []string `mapstructure:"in_app_include"`
	// InAppExclude are frame prefixes that never count as in-app (added to
	// the built-in framework and runtime prefixes).
	InAppExclude []string `mapstructure:"in_app_exclude"`
}

// AttributesConfig names the attributes the processor writes.
type AttributesConfig struct {
	ID       string `mapstructure:"id"`
	Template string `mapstructure:"template"`
	Kind     string `mapstructure:"kind"`
}

func createDefaultConfig() component.Config {
	sc := spanclass.NewDefaultConfig()
	return &Config{
		Logs: LogsConfig{
			BodyKeys:         []string{"message", "msg", "log", "body", "text"},
			MaxMessageLength: 4096,
			DetectSeverity:   true,
		},
		Traces: TracesConfig{Latency: LatencyConfig{
			MaxBaselines: sc.MaxBaselines,
			MinSamples:   sc.MinSamples,
			P99Factor:    sc.P99Factor,
			SpreadFactor: sc.SpreadFactor,
			MinExcess:    sc.MinExcess,
			Attribution:  AttributionBatch,
		}},
		Enrichment: enrich.DefaultConfig(),
		Templates:  TemplatesConfig{MaxTemplates: 10000},
		Stack:      StackConfig{Frames: 3},
		Attributes: AttributesConfig{
			ID:       attrs.FingerprintID,
			Template: attrs.LogRecordTemplate,
			Kind:     attrs.FingerprintKind,
		},
		ErrorMode:        ottl.IgnoreError,
		SnapshotInterval: 30 * time.Second,
	}
}

// Validate checks the configuration; every error names its field.
func (cfg *Config) Validate() error {
	var errs []error
	if cfg.Logs.MaxMessageLength <= 0 {
		errs = append(errs, fmt.Errorf("logs.max_message_length: must be positive, got %d", cfg.Logs.MaxMessageLength))
	}
	for i, k := range cfg.Logs.BodyKeys {
		if k == "" {
			errs = append(errs, fmt.Errorf("logs.body_keys[%d]: must not be empty", i))
		}
	}
	for i, c := range cfg.Logs.Conditions {
		if c == "" {
			errs = append(errs, fmt.Errorf("logs.conditions[%d]: must not be empty", i))
		} else if _, err := parseLogConditions([]string{c}, nopTelemetry()); err != nil {
			errs = append(errs, fmt.Errorf("logs.conditions[%d]: %w", i, err))
		}
	}
	if cfg.Templates.MaxTemplates <= 0 {
		errs = append(errs, fmt.Errorf("templates.max_templates: must be positive, got %d", cfg.Templates.MaxTemplates))
	}
	for i, m := range cfg.Templates.Masks {
		if m.Name == "" {
			errs = append(errs, fmt.Errorf("templates.masks[%d].name: must not be empty", i))
		}
		if m.Pattern == "" {
			errs = append(errs, fmt.Errorf("templates.masks[%d].pattern: must not be empty", i))
		} else if _, err := regexp.Compile(m.Pattern); err != nil {
			errs = append(errs, fmt.Errorf("templates.masks[%d].pattern: %w", i, err))
		}
	}
	if cfg.Stack.Frames < 0 || cfg.Stack.Frames > 20 {
		errs = append(errs, fmt.Errorf("stack.frames: must be between 0 and 20, got %d", cfg.Stack.Frames))
	}
	if cfg.Attributes.ID == "" {
		errs = append(errs, errors.New("attributes.id: must not be empty"))
	}
	if cfg.Attributes.Template == "" {
		errs = append(errs, errors.New("attributes.template: must not be empty"))
	}
	if cfg.Attributes.Kind == "" {
		errs = append(errs, errors.New("attributes.kind: must not be empty"))
	}
	switch cfg.ErrorMode {
	case ottl.IgnoreError, ottl.SilentError, ottl.PropagateError:
	default:
		errs = append(errs, fmt.Errorf("error_mode: must be one of ignore, silent, propagate, got %q", cfg.ErrorMode))
	}
	switch cfg.Traces.Latency.Attribution {
	case AttributionBatch, AttributionTrace:
	default:
		errs = append(errs, fmt.Errorf("traces.latency.attribution: must be %q or %q, got %q", AttributionBatch, AttributionTrace, cfg.Traces.Latency.Attribution))
	}
	if err := cfg.spanclassConfig().Validate(); err != nil {
		errs = append(errs, fmt.Errorf("traces.latency: %w", err))
	}
	if err := cfg.Enrichment.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("enrichment: %w", err))
	}
	if cfg.Storage != nil && cfg.SnapshotInterval <= 0 {
		errs = append(errs, fmt.Errorf("snapshot_interval: must be positive when storage is set, got %s", cfg.SnapshotInterval))
	}
	return errors.Join(errs...)
}

// spanclassConfig maps the traces section onto the classifier's config.
func (cfg *Config) spanclassConfig() spanclass.Config {
	sc := spanclass.NewDefaultConfig()
	l := cfg.Traces.Latency
	sc.MaxBaselines = l.MaxBaselines
	sc.MinSamples = l.MinSamples
	sc.P99Factor = l.P99Factor
	sc.SpreadFactor = l.SpreadFactor
	sc.MinExcess = l.MinExcess
	sc.MinRepeatedCalls = cfg.Traces.MinRepeatedCalls
	for _, t := range l.Thresholds {
		sc.Thresholds = append(sc.Thresholds, spanclass.Threshold{Service: t.Service, Route: t.Route, Max: t.Max})
	}
	return sc
}

// parseLogConditions parses OTTL log conditions with the standard converters.
func parseLogConditions(conditions []string, set component.TelemetrySettings) ([]*ottl.Condition[*ottllog.TransformContext], error) {
	parser, err := ottllog.NewParser(ottlfuncs.StandardConverters[*ottllog.TransformContext](), set)
	if err != nil {
		return nil, err
	}
	return parser.ParseConditions(conditions)
}

// nopTelemetry is what Validate parses conditions with.
func nopTelemetry() component.TelemetrySettings {
	return component.TelemetrySettings{
		Logger:         zap.NewNop(),
		TracerProvider: nooptrace.NewTracerProvider(),
		MeterProvider:  noopmetric.NewMeterProvider(),
	}
}
