package backlogexporter

import (
	"fmt"
	"os"
	"path/filepath"

	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/pdata/plog"

	"context"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/exporter/exportertest"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore/statestoretest"
)

// TestClustersSurviveRestart: the clusters of one exporter instance are
// restored from the storage extension by the next one.
func TestClustersSurviveRestart(t *testing.T) {
	storageID := component.MustNewID("file_storage")
	ext := statestoretest.New()
	host := statestoretest.NewHost(storageID, ext)
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = ""
	cfg.Storage = &storageID
	ctx := context.Background()
	set := exportertest.NewNopSettings(metadata.Type) // one component ID for both lives

	first, err := newBacklogExporter(set, cfg)
	require.NoError(t, err)
	require.NoError(t, first.Start(ctx, host))
	require.NoError(t, first.consumeLogs(ctx, fingerprintedSampleLogs(t)))
	before := first.store.Stats()
	require.Positive(t, before.Clusters)
	require.NoError(t, first.Shutdown(ctx)) // flushes and persists

	second, err := newBacklogExporter(set, cfg)
	require.NoError(t, err)
	require.NoError(t, second.Start(ctx, host))
	defer func() { require.NoError(t, second.Shutdown(ctx)) }()
	assert.Equal(t, before.Clusters, second.store.Stats().Clusters)
	second.flush(ctx)
	doc := second.doc.Load()
	require.NotEmpty(t, doc.Items)
	var total int64
	for _, it := range doc.Items {
		total += it.Count
	}
	assert.Positive(t, total)
}

// TestFlushSurvivesStorageFailure: a failing store is logged and counted,
// the backlog is still built and served.
func TestFlushSurvivesStorageFailure(t *testing.T) {
	storageID := component.MustNewID("file_storage")
	ext := statestoretest.New()
	ext.FailSet = true
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = t.TempDir()
	cfg.Storage = &storageID
	ctx := context.Background()
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	require.NoError(t, e.Start(ctx, statestoretest.NewHost(storageID, ext)))
	require.NoError(t, e.consumeLogs(ctx, fingerprintedSampleLogs(t)))
	e.flush(ctx)
	assert.NotEmpty(t, e.doc.Load().Items)
	require.NoError(t, e.Shutdown(ctx))
}

// TestLocalBacklogIsRedacted: a secret planted in a log body never reaches
// backlog.json or the web page's document.
func TestLocalBacklogIsRedacted(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = t.TempDir()
	cfg.RedactPatterns = []string{`order-\d+`}
	ctx := context.Background()
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	require.NoError(t, e.Start(ctx, componenttest.NewNopHost()))
	ld := plog.NewLogs()
	lr := ld.ResourceLogs().AppendEmpty().ScopeLogs().AppendEmpty().LogRecords().AppendEmpty()
	lr.SetSeverityNumber(plog.SeverityNumberError)
	lr.Body().SetStr("login failed for jane.doe@example.com with token ghp_0123456789abcdefghijklmnopqrstuvwxyzAB for order-42")
	lr.Attributes().PutStr(attrs.FingerprintID, "00000000000000aa")
	for i := 0; i < 5; i++ {
		require.NoError(t, e.consumeLogs(ctx, ld))
	}
	require.NoError(t, e.Shutdown(ctx))
	data, err := os.ReadFile(filepath.Join(cfg.Directory, "backlog.json"))
	require.NoError(t, err)
	require.Contains(t, string(data), "00000000000000aa")
	for _, secret := range []string{"jane.doe@example.com", "ghp_0123456789", "order-42"} {
		assert.NotContains(t, string(data), secret)
		assert.NotContains(t, fmt.Sprint(e.doc.Load()), secret)
	}
}
