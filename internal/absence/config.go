// Configuration of the detector and its fixed limits.

package absence

import (
	"fmt"
	"math"
	"time"
)

// Config tunes the detector. Zero fields take the defaults.
type Config struct {
	// Enabled turns the detector on.
	Enabled bool `mapstructure:"enabled"`
	// MinObservations is how many calls of an operation must have been
	// seen, with the template present in at least MinRatio of them, before
	// the template is expected.
	MinObservations int64 `mapstructure:"min_observations"`
	// MinRatio is the share of calls that must carry the template.
	MinRatio float64 `mapstructure:"min_ratio"`
	// Settle is how long (event time) a trace waits for late spans and log
	// records before it is evaluated.
	Settle time.Duration `mapstructure:"settle"`
	// DecisionWait is how long (wall clock) a trace waits after its last
	// span or record arrived, like tail sampling's decision_wait: a replay
	// or backfill whose event time is already far ahead still waits for
	// the rest of each trace.
	DecisionWait time.Duration `mapstructure:"decision_wait"`
	// RetireAfter forgets an expectation whose template has been missing
	// this long (event time): the absence has become the new normal.
	RetireAfter time.Duration `mapstructure:"retire_after"`
	// MaxPendingTraces bounds the traces waiting to settle; beyond it the
	// oldest is evaluated early (counted).
	MaxPendingTraces int `mapstructure:"max_pending_traces"`
	// MaxPendingRecords bounds the spans and log records held by those
	// traces (about 100 bytes each); beyond it the oldest trace is
	// evaluated early (counted).
	MaxPendingRecords int `mapstructure:"max_pending_records"`
	// MaxOperations bounds the operations learned (counted when full).
	MaxOperations int `mapstructure:"max_operations"`
	// MaxTemplatesPerOperation bounds the templates learned per operation.
	MaxTemplatesPerOperation int `mapstructure:"max_templates_per_operation"`
}

// DefaultConfig returns the defaults: enabled, 20 calls, 95 %, 30 s settle.
func DefaultConfig() Config {
	return Config{
		Enabled:                  true,
		MinObservations:          20,
		MinRatio:                 0.95,
		Settle:                   30 * time.Second,
		DecisionWait:             5 * time.Second,
		RetireAfter:              24 * time.Hour,
		MaxPendingTraces:         20000,
		MaxPendingRecords:        400000,
		MaxOperations:            5000,
		MaxTemplatesPerOperation: 64,
	}
}

// Validate returns an error naming the first invalid field.
func (c *Config) Validate() error {
	switch {
	case c.MinObservations < 0:
		return fmt.Errorf("min_observations: must be >= 0, got %d", c.MinObservations)
	case math.IsNaN(c.MinRatio) || c.MinRatio < 0 || c.MinRatio > 1:
		return fmt.Errorf("min_ratio: must be in [0, 1], got %v", c.MinRatio)
	case c.Settle < 0:
		return fmt.Errorf("settle: must be >= 0, got %v", c.Settle)
	case c.DecisionWait < 0:
		return fmt.Errorf("decision_wait: must be >= 0, got %v", c.DecisionWait)
	case c.RetireAfter < 0:
		return fmt.Errorf("retire_after: must be >= 0, got %v", c.RetireAfter)
	case c.MaxPendingTraces < 0:
		return fmt.Errorf("max_pending_traces: must be >= 0, got %d", c.MaxPendingTraces)
	case c.MaxPendingRecords < 0:
		return fmt.Errorf("max_pending_records: must be >= 0, got %d", c.MaxPendingRecords)
	case c.MaxOperations < 0:
		return fmt.Errorf("max_operations: must be >= 0, got %d", c.MaxOperations)
	case c.MaxTemplatesPerOperation < 0:
		return fmt.Errorf("max_templates_per_operation: must be >= 0, got %d", c.MaxTemplatesPerOperation)
	}
	return nil
}

func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.MinObservations <= 0 {
		c.MinObservations = d.MinObservations
	}
	if c.MinRatio <= 0 {
		c.MinRatio = d.MinRatio
	}
	if c.Settle <= 0 {
		c.Settle = d.Settle
	}
	if c.DecisionWait <= 0 {
		c.DecisionWait = d.DecisionWait
	}
	if c.RetireAfter <= 0 {
		c.RetireAfter = d.RetireAfter
	}
	if c.MaxPendingTraces <= 0 {
		c.MaxPendingTraces = d.MaxPendingTraces
	}
	if c.MaxPendingRecords <= 0 {
		c.MaxPendingRecords = d.MaxPendingRecords
	}
	if c.MaxOperations <= 0 {
		c.MaxOperations = d.MaxOperations
	}
	if c.MaxTemplatesPerOperation <= 0 {
		c.MaxTemplatesPerOperation = d.MaxTemplatesPerOperation
	}
	return c
}

// Sustained-absence filter: an exponentially weighted miss rate must reach
// trigger before misses are reported, so a lone odd call reports nothing
// while a template that stopped appearing reports from its 4th miss on
// (the held misses included).
const (
	// preJoinTraces bounds the traces kept while only one signal has
	// arrived (no span yet, or no log record yet).
	preJoinTraces = 4096
	// maxTraceRecords bounds the spans and log records kept per trace.
	maxTraceRecords = 8192

	missAlpha   = 0.2
	missTrigger = 0.5
	// learnCap halves learning counts past this many calls, so a template
	// that became regular later can still become expected.
	learnCap = 1000
)
