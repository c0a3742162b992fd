package fingerprintprocessor

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/open-telemetry/opentelemetry-collector-contrib/pkg/ottl"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/confmap"
	"go.opentelemetry.io/collector/confmap/confmaptest"

	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
)

func TestLoadConfig(t *testing.T) {
	cm, err := confmaptest.LoadConf(filepath.Join("testdata", "config.yaml"))
	require.NoError(t, err)

	storageID := component.MustNewID("file_storage")
	custom := createDefaultConfig().(*Config)
	custom.Logs.Conditions = []string{"severity_number >= SEVERITY_NUMBER_WARN"}
	custom.Logs.BodyKeys = []string{"message", "msg"}
	custom.Logs.MaxMessageLength = 2048
	custom.Templates.MaxTemplates = 500
	custom.Templates.Masks = []MaskRule{{Name: "order-id", Pattern: "ORD-[0-9A-Z]+", Replacement: "<order>"}}
	custom.Stack.Frames = 5
	custom.Stack.InAppInclude = []string{"com.shop."}
	custom.Traces.Latency.MinSamples = 50
	custom.Traces.Latency.Thresholds = []ThresholdConfig{{Service: "checkout", Route: "/api/checkout", Max: 800 * time.Millisecond}}
	custom.Attributes = AttributesConfig{ID: "fp.id", Template: "fp.template", Kind: "fp.kind"}
	custom.ErrorMode = ottl.PropagateError
	custom.Storage = &storageID
	custom.SnapshotInterval = time.Minute

	tests := []struct {
		id      component.ID
		want    component.Config
		wantErr string
	}{
		{id: component.NewID(metadata.Type), want: createDefaultConfig()},
		{id: component.NewIDWithName(metadata.Type, "custom"), want: custom},
		{id: component.NewIDWithName(metadata.Type, "bad_length"), wantErr: "logs.max_message_length: must be positive"},
		{id: component.NewIDWithName(metadata.Type, "bad_mask"), wantErr: "templates.masks[0].pattern"},
		{id: component.NewIDWithName(metadata.Type, "bad_condition"), wantErr: "logs.conditions[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.id.String(), func(t *testing.T) {
			cfg := createDefaultConfig()
			sub, err := cm.Sub(tt.id.String())
			require.NoError(t, err)
			require.NoError(t, sub.Unmarshal(cfg))
			err = confmap.Validate(cfg)
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, cfg)
		})
	}
}

func TestValidateNamesFields(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Config)
		want   string
	}{
		{"empty body key", func(c *Config) { c.Logs.BodyKeys = []string{""} }, "logs.body_keys[0]"},
		{"templates", func(c *Config) { c.Templates.MaxTemplates = 0 }, "templates.max_templates"},
		{"mask name", func(c *Config) { c.Templates.Masks = []MaskRule{{Pattern: "x"}} }, "templates.masks[0].name"},
		{"frames", func(c *Config) { c.Stack.Frames = 99 }, "stack.frames"},
		{"id key", func(c *Config) { c.Attributes.ID = "" }, "attributes.id"},
		{"error mode", func(c *Config) { c.ErrorMode = "loud" }, "error_mode"},
		{"threshold", func(c *Config) {
			c.Traces.Latency.Thresholds = []ThresholdConfig{{Route: "/x"}}
		}, "traces.latency: thresholds[0].max"},
		{"attribution", func(c *Config) { c.Traces.Latency.Attribution = "span" }, `traces.latency.attribution: must be "batch" or "trace", got "span"`},
		{"snapshot interval", func(c *Config) {
			id := component.MustNewID("file_storage")
			c.Storage = &id
			c.SnapshotInterval = 0
		}, "snapshot_interval"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := createDefaultConfig().(*Config)
			tt.mutate(cfg)
			err := cfg.Validate()
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
