package backlogexporter // import "github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter"

import (
	"context"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/consumer"
	"go.opentelemetry.io/collector/exporter"
	"go.opentelemetry.io/collector/exporter/exporterhelper"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/sharedcomponent"
)

// shared makes the logs and traces pipelines of one exporter instance share
// one cluster store and one backlog.
var shared = sharedcomponent.NewMap[*Config, *backlogExporter]()

// NewFactory returns the factory of the backlog exporter.
func NewFactory() exporter.Factory {
	return exporter.NewFactory(
		metadata.Type,
		createDefaultConfig,
		exporter.WithLogs(createLogs, metadata.LogsStability),
		exporter.WithTraces(createTraces, metadata.TracesStability),
	)
}

func getOrCreate(set exporter.Settings, cfg *Config) (*sharedcomponent.Component[*backlogExporter], error) {
	return shared.LoadOrStore(cfg, func() (*backlogExporter, error) {
		return newBacklogExporter(set, cfg)
	})
}

func createLogs(ctx context.Context, set exporter.Settings, cfg component.Config) (exporter.Logs, error) {
	c, err := getOrCreate(set, cfg.(*Config))
	if err != nil {
		return nil, err
	}
	return exporterhelper.NewLogs(ctx, set, cfg, c.Value.consumeLogs,
		exporterhelper.WithCapabilities(consumer.Capabilities{MutatesData: false}),
		exporterhelper.WithStart(c.Start),
		exporterhelper.WithShutdown(c.Shutdown))
}

func createTraces(ctx context.Context, set exporter.Settings, cfg component.Config) (exporter.Traces, error) {
	c, err := getOrCreate(set, cfg.(*Config))
	if err != nil {
		return nil, err
	}
	return exporterhelper.NewTraces(ctx, set, cfg, c.Value.consumeTraces,
		exporterhelper.WithCapabilities(consumer.Capabilities{MutatesData: false}),
		exporterhelper.WithStart(c.Start),
		exporterhelper.WithShutdown(c.Shutdown))
}
