package spanclass // import "github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"

import (
	"errors"
	"fmt"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/enrich"
)

// Threshold is a fixed latency budget for the spans of one service whose
// operation matches Route. A matching span longer than Max is a latency
// outlier whatever its learned baseline, and is judged from its first span.
type Threshold struct {
	// Service is matched exactly; empty or "*" matches every service.
	Service string
	// Route is a glob over the normalized operation: "*" matches any run of
	// characters (including "/"); empty matches every operation.
	Route string
	// Max is the budget; must be positive.
	Max time.Duration
}

// Config bounds and tunes a Classifier. The zero value of every field means
// "use the default" (see NewDefaultConfig); negative values are invalid.
type Config struct {
	// MaxBaselines bounds the (service, operation, dependency, kind)
	// baselines kept; the least recently used is evicted beyond it.
	MaxBaselines int
	// MinSamples is the warm-up: a baseline judges nothing before it has
	// seen this many spans.
	MinSamples int
	// RelativeAccuracy of each DDSketch (quantile error bound).
	RelativeAccuracy float64
	// MaxBins bounds each sketch's dense store (lowest bins collapse).
	MaxBins int
	// P99Factor (k) and SpreadFactor (m): a span is slow when its duration
	// exceeds max(k*p99, p50 + m*(p99-p50), p50 + MinExcess).
	P99Factor    float64
	SpreadFactor float64
	// MinExcess is the absolute floor: nothing less than this above the
	// median is ever a latency outlier.
	MinExcess time.Duration
	// OutlierWeight is the weight with which a slow (or failed) span enters
	// its baseline. The default (0.001) all but excludes outliers, so a fault
	// does not become the new normal within minutes (0.05 lets ~12 slow spans
	// of a 60-span baseline move its p99); durations below the threshold are
	// learned at full weight, so slow drifts are followed while jumps stay
	// flagged until the threshold is reconfigured or the baseline decays.
	OutlierWeight float64
	// DecayCount: once a baseline's total weight passes it, every weight is
	// halved, so old traffic fades and the sketch tracks slow drifts.
	DecayCount float64
	// ExplainedFraction: a slow span whose excess is at least this fraction
	// explained by the excess of its slow descendants is marked Propagated.
	ExplainedFraction float64
	// SaturationFraction: a service is saturated while at least this
	// exponentially weighted share of its entry spans has a relatively
	// slow self time (saturation.go).
	SaturationFraction float64
	// MaxKeyLen truncates service, operation and dependency strings used as
	// baseline keys and outputs.
	MaxKeyLen int
	// MaxOperations bounds the cache of masked span names.
	MaxOperations int
	// MinRepeatedCalls, when > 0, makes a run of at least this many
	// non-overlapping sibling client calls to the same dependency and
	// operation a retry even without errors. 0 (default) disables it: a
	// loop of identical queries (N+1) is common and is not a retry.
	MinRepeatedCalls int
	// Thresholds are fixed per-route budgets, checked in order.
	Thresholds []Threshold
	// Mask normalizes a span name into an operation when the span has no
	// route; nil uses a small built-in masker (numbers, uuids, hex -> <*>).
	// It must be safe for concurrent use.
	Mask func(string) string
}

// NewDefaultConfig returns the defaults, sized for a small machine.
func NewDefaultConfig() Config {
	return Config{
		MaxBaselines:       4096,
		MinSamples:         20,
		RelativeAccuracy:   0.02,
		MaxBins:            512,
		P99Factor:          1.5,
		SpreadFactor:       3,
		MinExcess:          50 * time.Millisecond,
		OutlierWeight:      0.001,
		DecayCount:         2000,
		ExplainedFraction:  0.5,
		SaturationFraction: 0.5,
		MaxKeyLen:          256,
		MaxOperations:      8192,
	}
}

// withDefaults fills zero fields.
func (c Config) withDefaults() Config {
	d := NewDefaultConfig()
	if c.MaxBaselines == 0 {
		c.MaxBaselines = d.MaxBaselines
	}
	if c.MinSamples == 0 {
		c.MinSamples = d.MinSamples
	}
	if c.RelativeAccuracy == 0 {
		c.RelativeAccuracy = d.RelativeAccuracy
	}
	if c.MaxBins == 0 {
		c.MaxBins = d.MaxBins
	}
	if c.P99Factor == 0 {
		c.P99Factor = d.P99Factor
	}
	if c.SpreadFactor == 0 {
		c.SpreadFactor = d.SpreadFactor
	}
	if c.MinExcess == 0 {
		c.MinExcess = d.MinExcess
	}
	if c.OutlierWeight == 0 {
		c.OutlierWeight = d.OutlierWeight
	}
	if c.DecayCount == 0 {
		c.DecayCount = d.DecayCount
	}
	if c.ExplainedFraction == 0 {
		c.ExplainedFraction = d.ExplainedFraction
	}
	if c.SaturationFraction == 0 {
		c.SaturationFraction = d.SaturationFraction
	}
	if c.MaxKeyLen == 0 {
		c.MaxKeyLen = d.MaxKeyLen
	}
	if c.MaxOperations == 0 {
		c.MaxOperations = d.MaxOperations
	}
	return c
}

// Validate reports the first invalid field, by name. Zero fields are valid
// (they take defaults).
func (c Config) Validate() error {
	var errs []error
	neg := func(name string, bad bool) {
		if bad {
			errs = append(errs, fmt.Errorf("%s: must not be negative", name))
		}
	}
	neg("max_baselines", c.MaxBaselines < 0)
	neg("min_samples", c.MinSamples < 0)
	neg("max_bins", c.MaxBins < 0)
	neg("min_excess", c.MinExcess < 0)
	neg("max_key_len", c.MaxKeyLen < 0)
	neg("max_operations", c.MaxOperations < 0)
	neg("min_repeated_calls", c.MinRepeatedCalls < 0)
	neg("decay_count", c.DecayCount < 0)
	if c.RelativeAccuracy < 0 || c.RelativeAccuracy >= 1 {
		errs = append(errs, errors.New("relative_accuracy: must be in [0, 1)"))
	}
	if c.P99Factor != 0 && c.P99Factor < 1 {
		errs = append(errs, errors.New("p99_factor: must be >= 1"))
	}
	neg("spread_factor", c.SpreadFactor < 0)
	if c.OutlierWeight < 0 || c.OutlierWeight > 1 {
		errs = append(errs, errors.New("outlier_weight: must be in [0, 1]"))
	}
	if c.ExplainedFraction < 0 || c.ExplainedFraction > 1 {
		errs = append(errs, errors.New("explained_fraction: must be in [0, 1]"))
	}
	if c.SaturationFraction < 0 || c.SaturationFraction > 1 {
		errs = append(errs, errors.New("saturation_fraction: must be in [0, 1]"))
	}
	if c.MaxBins != 0 && c.MaxBins < 16 {
		errs = append(errs, errors.New("max_bins: must be >= 16"))
	}
	if c.DecayCount != 0 && c.MinSamples != 0 && c.DecayCount < 2*float64(c.MinSamples) {
		errs = append(errs, errors.New("decay_count: must be >= 2 * min_samples"))
	}
	for i, t := range c.Thresholds {
		if t.Max <= 0 {
			errs = append(errs, fmt.Errorf("thresholds[%d].max: must be positive", i))
		}
	}
	return errors.Join(errs...)
}

// match reports whether s matches the route glob p (enrich.MatchRoute:
// '*' = any run).
func match(p, s string) bool { return enrich.MatchRoute(p, s) }
