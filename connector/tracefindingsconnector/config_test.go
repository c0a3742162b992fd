package tracefindingsconnector

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/confmap"
	"go.opentelemetry.io/collector/confmap/confmaptest"

	"github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/absence"
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
			assert.Equal(t, absence.DefaultConfig(), cfg.Absence, "the defaults are the detector's")
		}},
		{name: "full", check: func(t *testing.T, cfg *Config) {
			assert.Equal(t, 2*time.Second, cfg.EvaluationInterval)
			assert.Equal(t, time.Minute, cfg.MaxClockSkew)
			assert.Equal(t, component.MustNewID("file_storage"), *cfg.Storage)
			assert.Equal(t, int64(50), cfg.Absence.MinObservations)
			assert.Equal(t, 0.99, cfg.Absence.MinRatio)
			assert.Equal(t, time.Minute, cfg.Absence.Settle)
			assert.Equal(t, 10*time.Second, cfg.Absence.DecisionWait)
			assert.Equal(t, absence.DefaultConfig().MaxPendingTraces, cfg.Absence.MaxPendingTraces, "unset options keep their defaults")
		}},
		{name: "bad_ratio", wantErr: "absence.min_ratio: must be in [0, 1]"},
		{name: "bad_wait", wantErr: "absence.decision_wait: must be >= 0"},
		{name: "bad_enabled", wantErr: "absence.enabled: must be true"},
		{name: "bad_interval", wantErr: "evaluation_interval: must be at least 10ms"},
		{name: "bad_skew", wantErr: "max_clock_skew: must be at least 1s"},
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
