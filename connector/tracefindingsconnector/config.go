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
	// line they always wrote (the options the backlog exporter's absence
	// section had).
	Absence absence.Config `mapstructure:"absence"`
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

func createDefaultConfig() component.Config {
	return &Config{
		Absence:            absence.DefaultConfig(),
		EvaluationInterval: time.Second,
		MaxClockSkew:       watermark.DefaultMaxClockSkew,
	}
}

// minEvaluationInterval keeps the ticker from spinning.
const minEvaluationInterval = 10 * time.Millisecond

// Validate checks the configuration; every error names its field.
func (cfg *Config) Validate() error {
	var errs []error
	if !cfg.Absence.Enabled {
		errs = append(errs, errors.New("absence.enabled: must be true: absence detection is what the connector does; remove the connector from the pipelines to turn it off"))
	}
	if err := cfg.Absence.Validate(); err != nil {
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
