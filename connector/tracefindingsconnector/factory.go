package tracefindingsconnector // import "github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector"

import (
	"context"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/connector"
	"go.opentelemetry.io/collector/consumer"

	"github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/sharedcomponent"
)

type sharedComponent = sharedcomponent.Component[*findings]

// shared makes the traces -> logs and logs -> logs connections of one
// connector instance (one component ID, one *Config) share one detector.
var shared = sharedcomponent.NewMap[*Config, *findings]()

// NewFactory returns the factory of the trace findings connector.
func NewFactory() connector.Factory {
	return connector.NewFactory(
		metadata.Type,
		createDefaultConfig,
		connector.WithTracesToLogs(createTracesToLogs, metadata.TracesToLogsStability),
		connector.WithLogsToLogs(createLogsToLogs, metadata.LogsToLogsStability),
	)
}

func getOrCreate(set connector.Settings, cfg *Config, next consumer.Logs) (*sharedComponent, error) {
	c, err := shared.LoadOrStore(cfg, func() (*findings, error) {
		return newFindings(set, cfg)
	})
	if err != nil {
		return nil, err
	}
	c.Value.addNext(next)
	return c, nil
}

func createTracesToLogs(_ context.Context, set connector.Settings, cfg component.Config, next consumer.Logs) (connector.Traces, error) {
	c, err := getOrCreate(set, cfg.(*Config), next)
	if err != nil {
		return nil, err
	}
	return &connection{shared: c}, nil
}

func createLogsToLogs(_ context.Context, set connector.Settings, cfg component.Config, next consumer.Logs) (connector.Logs, error) {
	c, err := getOrCreate(set, cfg.(*Config), next)
	if err != nil {
		return nil, err
	}
	return &connection{shared: c}, nil
}
