// Package cluster aggregates fingerprinted log and span events into bounded
// per-fingerprint clusters, links clusters that share traces, and groups them
// into problem records. It is plain Go: time is always event time passed in
// by the caller, never the wall clock.
package cluster

import (
	"fmt"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/lineage"
)

// Config bounds the store. Zero fields take the defaults of DefaultConfig.
type Config struct {
	// Shards is the number of lock shards (by fingerprint and by trace id).
	Shards int `mapstructure:"shards"`
	// MaxClusters bounds the number of clusters; the lowest-value cluster of
	// a full shard is evicted (counted in Stats.ClustersEvicted).
	MaxClusters int `mapstructure:"max_clusters"`
	// BucketSeconds is the width of one trend bucket.
	BucketSeconds int64 `mapstructure:"bucket_seconds"`
	// Buckets is the length of the per-cluster trend ring.
	Buckets int `mapstructure:"buckets"`
	// TopK bounds each per-cluster counter (services, operations, ...).
	TopK int `mapstructure:"top_k"`
	// Exemplars bounds the reservoir of sampled occurrences per cluster.
	Exemplars int `mapstructure:"exemplars"`
	// ExemplarBodyMax truncates kept exemplar bodies (bytes).
	ExemplarBodyMax int `mapstructure:"exemplar_body_max"`
	// HLLPrecision is the HyperLogLog precision (4..18) for distinct users,
	// tenants and traces.
	HLLPrecision uint8 `mapstructure:"hll_precision"`
	// TraceWindow is the number of recent traces kept for linking.
	TraceWindow int `mapstructure:"trace_window"`
	// MaxLinks bounds the number of distinct cluster-to-cluster links.
	MaxLinks int `mapstructure:"max_links"`
	// MaxReleases bounds the number of (service, release) pairs remembered.
	MaxReleases int `mapstructure:"max_releases"`
	// QuietPeriod resolves a cluster that saw no event for this long
	// (event time).
	QuietPeriod time.Duration `mapstructure:"quiet_period"`
	// NewReleaseWindow: a fingerprint first seen within this window after a
	// new release of its service appeared is flagged new in that release.
	NewReleaseWindow time.Duration `mapstructure:"new_release_window"`
	// Seed seeds the deterministic exemplar sampling.
	Seed uint64 `mapstructure:"seed"`
	// MaxSnapshotBytes bounds the decompressed snapshot Restore accepts.
	MaxSnapshotBytes int64 `mapstructure:"max_snapshot_bytes"`
	// Lineage is how many records in a row must carry one template
	// (log.record.template) before the cluster trusts it; clusters of one
	// scope that trusted a common template are folded into the one created
	// first (Store.Lineage). 0 takes lineage.DefaultNeed; negative
	// turns it off; 1 is raised to 2 (one record never links).
	Lineage int `mapstructure:"lineage"`
	// Redact, when set, is applied to the text a cluster keeps (template,
	// error type, kind, exemplar bodies and services, the counters' keys,
	// the releases per service) when it is created, sampled, counted or
	// restored, so neither the views nor the snapshots hold raw text.
	Redact func(string) string `mapstructure:"-"`
}

// DefaultConfig returns a configuration that fits a small machine.
func DefaultConfig() Config {
	return Config{
		Shards:           16,
		MaxClusters:      10000,
		BucketSeconds:    60,
		Buckets:          60,
		TopK:             8,
		Exemplars:        5,
		ExemplarBodyMax:  2048,
		HLLPrecision:     12,
		TraceWindow:      16384,
		MaxLinks:         50000,
		MaxReleases:      4096,
		QuietPeriod:      6 * time.Hour,
		NewReleaseWindow: 24 * time.Hour,
		Seed:             0x5eed,
		MaxSnapshotBytes: 512 << 20,
		Lineage:          lineage.DefaultNeed,
	}
}

// withDefaults replaces zero (and negative) fields by DefaultConfig's.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.Shards <= 0 {
		c.Shards = d.Shards
	}
	if c.MaxClusters <= 0 {
		c.MaxClusters = d.MaxClusters
	}
	if c.BucketSeconds <= 0 {
		c.BucketSeconds = d.BucketSeconds
	}
	if c.Buckets <= 0 {
		c.Buckets = d.Buckets
	}
	if c.TopK <= 0 {
		c.TopK = d.TopK
	}
	if c.Exemplars <= 0 {
		c.Exemplars = d.Exemplars
	}
	if c.ExemplarBodyMax <= 0 {
		c.ExemplarBodyMax = d.ExemplarBodyMax
	}
	if c.HLLPrecision == 0 {
		c.HLLPrecision = d.HLLPrecision
	}
	if c.TraceWindow <= 0 {
		c.TraceWindow = d.TraceWindow
	}
	if c.MaxLinks <= 0 {
		c.MaxLinks = d.MaxLinks
	}
	if c.MaxReleases <= 0 {
		c.MaxReleases = d.MaxReleases
	}
	if c.QuietPeriod <= 0 {
		c.QuietPeriod = d.QuietPeriod
	}
	if c.NewReleaseWindow <= 0 {
		c.NewReleaseWindow = d.NewReleaseWindow
	}
	if c.MaxSnapshotBytes <= 0 {
		c.MaxSnapshotBytes = d.MaxSnapshotBytes
	}
	switch {
	case c.Lineage == 0:
		c.Lineage = lineage.DefaultNeed
	case c.Lineage == 1:
		c.Lineage = 2
	}
	if c.Seed == 0 {
		c.Seed = d.Seed
	}
	return c
}

// Validate reports the first invalid field by name.
func (c Config) Validate() error {
	switch {
	case c.Shards < 0 || c.Shards > 1024:
		return fmt.Errorf("shards: must be in [1, 1024], got %d", c.Shards)
	case c.MaxClusters < 0:
		return fmt.Errorf("max_clusters: must be positive, got %d", c.MaxClusters)
	case c.BucketSeconds < 0:
		return fmt.Errorf("bucket_seconds: must be positive, got %d", c.BucketSeconds)
	case c.Buckets < 0 || c.Buckets > 100000:
		return fmt.Errorf("buckets: must be in [1, 100000], got %d", c.Buckets)
	case c.TopK < 0 || c.TopK > 256:
		return fmt.Errorf("top_k: must be in [1, 256], got %d", c.TopK)
	case c.Exemplars < 0 || c.Exemplars > 1000:
		return fmt.Errorf("exemplars: must be in [1, 1000], got %d", c.Exemplars)
	case c.ExemplarBodyMax < 0:
		return fmt.Errorf("exemplar_body_max: must be positive, got %d", c.ExemplarBodyMax)
	case c.HLLPrecision != 0 && (c.HLLPrecision < 4 || c.HLLPrecision > 18):
		return fmt.Errorf("hll_precision: must be in [4, 18], got %d", c.HLLPrecision)
	case c.TraceWindow < 0:
		return fmt.Errorf("trace_window: must be positive, got %d", c.TraceWindow)
	case c.MaxLinks < 0:
		return fmt.Errorf("max_links: must be positive, got %d", c.MaxLinks)
	case c.MaxReleases < 0:
		return fmt.Errorf("max_releases: must be positive, got %d", c.MaxReleases)
	case c.QuietPeriod < 0:
		return fmt.Errorf("quiet_period: must be positive, got %s", c.QuietPeriod)
	case c.MaxSnapshotBytes < 0:
		return fmt.Errorf("max_snapshot_bytes: must be positive, got %d", c.MaxSnapshotBytes)
	case c.NewReleaseWindow < 0:
		return fmt.Errorf("new_release_window: must be positive, got %s", c.NewReleaseWindow)
	}
	return nil
}
