package backlogexporter

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/plog"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// A fingerprint attribute holding markup is no fingerprint: it would land
// in ticket marker comments, labels, searches and backlog.md anchors.
func TestHostileFingerprintIsIgnored(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = ""
	ctx := context.Background()
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	require.NoError(t, e.Start(ctx, componenttest.NewNopHost()))
	ld := plog.NewLogs()
	lrs := ld.ResourceLogs().AppendEmpty().ScopeLogs().AppendEmpty().LogRecords()
	for _, fp := range []string{"00000000000000aa", "x --> <img src=x onerror=alert(1)> <!--", "a b", "[~admin]"} {
		lr := lrs.AppendEmpty()
		lr.SetSeverityNumber(plog.SeverityNumberError)
		lr.Body().SetStr("boom")
		lr.Attributes().PutStr(attrs.FingerprintID, fp)
	}
	added, ignored := e.addLogs(ld)
	assert.Equal(t, int64(1), added)
	assert.Equal(t, int64(3), ignored)
	require.NoError(t, e.Shutdown(ctx))
	for _, fp := range []string{"0123456789abcdef", "svc:checkout.v2_x-1"} {
		assert.True(t, validFingerprint(fp), fp)
	}
}
