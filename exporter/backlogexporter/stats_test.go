package backlogexporter

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"
	"go.opentelemetry.io/otel/sdk/metric/metricdata/metricdatatest"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadatatest"
)

// TestSignalToNoiseStats: backlog.json's stats and the exporter's telemetry
// count records in and fingerprinted, problems and ticket-worthy ones, since
// start and for the last flush.
func TestSignalToNoiseStats(t *testing.T) {
	ctx := context.Background()
	cfg := createDefaultConfig().(*Config)
	cfg.Directory, cfg.HTTP = t.TempDir(), noServer()
	cfg.FlushInterval = time.Hour
	cfg.Scoring.Gates.HoldUnseenOnset = false // the failure starts with the data
	tt := componenttest.NewTelemetry()
	defer func() { require.NoError(t, tt.Shutdown(ctx)) }()
	set := exportertest.NewNopSettings(metadata.Type)
	set.TelemetrySettings = tt.NewTelemetrySettings()
	e, err := newBacklogExporter(set, cfg)
	require.NoError(t, err)
	require.NoError(t, e.Start(ctx, componenttest.NewNopHost()))
	defer func() { require.NoError(t, e.Shutdown(ctx)) }()

	now := time.Now()
	// A repeated failure with impact (30 records over 3 minutes: 15
	// customer minutes), a single stray one, and two records without a
	// fingerprint.
	ld := errorLogs("00000000000000a1", "checkout", now.Add(-3*time.Minute), 0)
	for i := 0; i < 30; i++ {
		errorLogs("00000000000000a1", "checkout", now.Add(-3*time.Minute+time.Duration(i)*6*time.Second), 1).
			ResourceLogs().MoveAndAppendTo(ld.ResourceLogs())
	}
	errorLogs("00000000000000b2", "search", now.Add(-time.Minute), 1).ResourceLogs().MoveAndAppendTo(ld.ResourceLogs())
	stray := errorLogs("", "search", now, 2)
	stray.ResourceLogs().MoveAndAppendTo(ld.ResourceLogs())
	require.NoError(t, e.consumeLogs(ctx, ld))
	e.flush(ctx)
	st := e.doc.Load().Stats
	assert.Equal(t, int64(33), st["records_in"])
	assert.Equal(t, int64(31), st["records_fingerprinted"])
	assert.Equal(t, int64(33), st["flush_records_in"])
	assert.Equal(t, int64(2), st["problems"])
	assert.Equal(t, int64(1), st["problems_ticket_worthy"])
	assert.Equal(t, int64(1), st["problems_watchlist"])

	e.flush(ctx) // nothing new: the flush counters drop to 0, the totals stay
	st = e.doc.Load().Stats
	assert.Equal(t, int64(33), st["records_in"])
	assert.Zero(t, st["flush_records_in"])

	metadatatest.AssertEqualExporterBacklogProblems(t, tt, []metricdata.DataPoint[int64]{{Value: 2}}, metricdatatest.IgnoreTimestamp())
	metadatatest.AssertEqualExporterBacklogProblemsTicketWorthy(t, tt, []metricdata.DataPoint[int64]{{Value: 1}}, metricdatatest.IgnoreTimestamp())
}
