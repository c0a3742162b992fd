package backlogexporter

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/confmap"
	"go.opentelemetry.io/collector/confmap/confmaptest"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/github"
)

func TestLoadConfig(t *testing.T) {
	cm, err := confmaptest.LoadConf(filepath.Join("testdata", "config.yaml"))
	require.NoError(t, err)
	tests := []struct {
		name    string
		check   func(t *testing.T, cfg *Config)
		wantErr string
	}{
		{name: "", check: func(t *testing.T, cfg *Config) {
			assert.Equal(t, createDefaultConfig(), cfg)
			assert.False(t, cfg.HTTP.HasValue(), "the web page is opt-in")
		}},
		{name: "full", check: func(t *testing.T, cfg *Config) {
			assert.Equal(t, 5*time.Second, cfg.FlushInterval)
			require.True(t, cfg.HTTP.HasValue())
			assert.Equal(t, "127.0.0.1:9999", cfg.HTTP.Get().NetAddr.Endpoint)
			assert.Equal(t, []string{"backlog.internal.example"}, cfg.HTTP.Get().AllowedHosts)
			assert.Equal(t, component.MustNewID("file_storage"), *cfg.Storage)
			assert.Equal(t, 5*time.Minute, cfg.Clusters.TrendBucket)
			assert.Equal(t, int64(10), cfg.Scoring.Gates.MinEvents)
			assert.Equal(t, 2.0, cfg.Scoring.MinutesPerRequest)
			assert.Equal(t, "weekly", cfg.Digest.Period)
			assert.Equal(t, "Europe/Berlin", cfg.Digest.TimeZone)
			require.Len(t, cfg.Trackers.GitHub, 1)
			gh := cfg.Trackers.GitHub[0]
			assert.Equal(t, "https://api.github.com", gh.Endpoint, "endpoint defaults to GitHub's API")
			assert.Equal(t, "acme", gh.Owner)
			assert.Equal(t, []string{"team-payments"}, gh.Filter.Owners)
			def := github.DefaultConfig()
			assert.Equal(t, def.Labels, gh.Labels, "unset sink fields keep their defaults")
			assert.Equal(t, def.WritesPerSecond, gh.WritesPerSecond)
			assert.Equal(t, 2*time.Second, cfg.Trackers.ShutdownGrace)
			assert.Equal(t, 30*time.Second, gh.SyncTimeout)
			assert.Equal(t, 2*time.Minute, cfg.Trackers.Webhook[0].SyncTimeout, "sync_timeout defaults to 2m")
			require.Len(t, cfg.Trackers.Webhook, 1)
			assert.Equal(t, "s3cr3t", string(cfg.Trackers.Webhook[0].Secret))
		}},
		{name: "bad_flush", wantErr: "flush_interval"},
		{name: "bad_skew", wantErr: "max_clock_skew: must be at least 1s"},
		{name: "bad_http_hosts", wantErr: "http: allowed_hosts[0]: \"backlog.example:8787\" is not a host name"},
		{name: "bad_github", wantErr: "trackers.github[0]"},
		{name: "bad_clusters", wantErr: "clusters.max_clusters"},
		{name: "bad_lineage", wantErr: "clusters.lineage_records: must be 0 (off) or 2-1000 (one record never links clusters), got 1"},
		{name: "bad_concurrent", wantErr: "scoring: gates.concurrent_window: must be >= 0"},
		{name: "bad_escalation_windows", wantErr: "scoring: gates.escalation_min_windows: must be >= 0"},
		// absence detection moved to the trace_findings connector: a
		// configuration that still sets it fails and says where it went.
		{name: "moved_absence", wantErr: "absence: absence detection moved to the trace_findings connector"},
		{name: "moved_absence_empty", wantErr: "absence: absence detection moved to the trace_findings connector"},
		{name: "bad_grace", wantErr: "trackers.shutdown_grace"},
		{name: "bad_sync_timeout", wantErr: "trackers.webhook[0]: sync_timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := component.NewIDWithName(metadata.Type, tt.name)
			cfg := createDefaultConfig().(*Config)
			sub, err := cm.Sub(id.String())
			require.NoError(t, err)
			require.NoError(t, sub.Unmarshal(cfg))
			err = confmap.Validate(cfg)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			tt.check(t, cfg)
		})
	}
}
