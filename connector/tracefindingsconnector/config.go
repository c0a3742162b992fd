package tracefindingsconnector // import "github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector"

import (
	"errors"
	"fmt"
	"time"

	"go.opentelemetry.io/collector/component"

	"github.com/otelcol-backlog/otelcol-backlog/internal/absence"
	"github.com/otelcol-backlog/otelcol-backlog/internal/watermark"
)

// Config is the configuration of the trace findings connector.
type Config struct {
	// Absence tunes the detection of calls that silently stop writing a log
	// line they always wrote.
	Absence AbsenceConfig `mapstructure:"absence"`
	// EvaluationInterval is how often settled traces are judged and their
	// findings emitted (the ticker of tail sampling).
	EvaluationInterval time.Duration `mapstructure:"evaluation_interval"`
	// MaxClockSkew is how far ahead of the wall clock a record's timestamp
	// may be; a record further ahead (or dated zero, before 2000, or
	// overflowing) takes its observed timestamp, else its receive time.
	MaxClockSkew time.Duration `mapstructure:"max_clock_skew"`
	// Storage is the ID of a storage extension (e.g. file_storage) that
	// keeps what was learned across restarts.
	Storage *component.ID `mapstructure:"storage"`

	// prevent unkeyed literal initialization
	_ struct{}
}

// AbsenceConfig is the detector's configuration (internal/absence) without
// its on/off switch: configuring the connector is turning it on.
type AbsenceConfig struct {
	MinObservations          int64         `mapstructure:"min_observations"`
	MinRatio                 float64       `mapstructure:"min_ratio"`
	Settle                   time.Duration `mapstructure:"settle"`
	DecisionWait             time.Duration `mapstructure:"decision_wait"`
	RetireAfter              time.Duration `mapstructure:"retire_after"`
	MaxPendingTraces         int           `mapstructure:"max_pending_traces"`
	MaxPendingRecords        int           `mapstructure:"max_pending_records"`
	MaxOperations            int           `mapstructure:"max_operations"`
	MaxTemplatesPerOperation int           `mapstructure:"max_templates_per_operation"`
}

func (a AbsenceConfig) detector() absence.Config {
	return absence.Config{
		Enabled:                  true,
		MinObservations:          a.MinObservations,
		MinRatio:                 a.MinRatio,
		Settle:                   a.Settle,
		DecisionWait:             a.DecisionWait,
		RetireAfter:              a.RetireAfter,
		MaxPendingTraces:         a.MaxPendingTraces,
		MaxPendingRecords:        a.MaxPendingRecords,
		MaxOperations:            a.MaxOperations,
		MaxTemplatesPerOperation: a.MaxTemplatesPerOperation,
	}
}

func createDefaultConfig() component.Config {
	d := absence.DefaultConfig()
	return &Config{
		Absence: AbsenceConfig{
			MinObservations:          d.MinObservations,
			MinRatio:                 d.MinRatio,
			Settle:                   d.Settle,
			DecisionWait:             d.DecisionWait,
			RetireAfter:              d.RetireAfter,
			MaxPendingTraces:         d.MaxPendingTraces,
			MaxPendingRecords:        d.MaxPendingRecords,
			MaxOperations:            d.MaxOperations,
			MaxTemplatesPerOperation: d.MaxTemplatesPerOperation,
		},
		EvaluationInterval: time.Second,
		MaxClockSkew:       watermark.DefaultMaxClockSkew,
	}
}

// minEvaluationInterval keeps the ticker from spinning.
const minEvaluationInterval = 10 * time.Millisecond

// Validate checks the configuration; every error names its field.
func (cfg *Config) Validate() error {
	var errs []error
	d := cfg.Absence.detector()
	if err := d.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("absence.%w", err))
	}
	if cfg.EvaluationInterval < minEvaluationInterval {
		errs = append(errs, fmt.Errorf("evaluation_interval: must be at least %s, got %s", minEvaluationInterval, cfg.EvaluationInterval))
	}
	if cfg.MaxClockSkew < time.Second {
		errs = append(errs, fmt.Errorf("max_clock_skew: must be at least 1s, got %s", cfg.MaxClockSkew))
	}
	return errors.Join(errs...)
}
