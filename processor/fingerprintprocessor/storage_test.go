package fingerprintprocessor

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore/statestoretest"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
)

// TestTemplatesSurviveRestart: with storage configured, the templates a
// processor learned (here: one that generalized from two messages) are
// restored by the next instance, so the same message gets the same template
// and id after a restart.
func TestTemplatesSurviveRestart(t *testing.T) {
	storageID := component.MustNewID("file_storage")
	ext := statestoretest.New()
	host := statestoretest.NewHost(storageID, ext)
	cfg := createDefaultConfig().(*Config)
	cfg.Storage = &storageID
	msgs := []logIn{
		{service: "a", body: "Session closed for (alice)"},
		{service: "a", body: "Session closed for (bob)"},
	}
	run := func() []string {
		f, err := newFingerprinter(processortest.NewNopSettings(metadata.Type), cfg)
		require.NoError(t, err)
		require.NoError(t, f.Start(context.Background(), host))
		ld := buildLogs(t, msgs[len(msgs)-1:])
		_, err = f.processLogs(context.Background(), ld)
		require.NoError(t, err)
		lr := ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0)
		require.NoError(t, f.Shutdown(context.Background()))
		return []string{get(lr, attrs.LogRecordTemplate), get(lr, attrs.FingerprintID)}
	}

	// First instance: learn the generalized template from both messages.
	f, err := newFingerprinter(processortest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	require.NoError(t, f.Start(context.Background(), host))
	_, err = f.processLogs(context.Background(), buildLogs(t, msgs))
	require.NoError(t, err)
	learned := f.miner.Templates()
	require.NoError(t, f.Shutdown(context.Background()))
	require.NotEmpty(t, ext.Keys(), "a snapshot was written")

	got := run()
	assert.Contains(t, learned, got[0], "the restored instance uses the learned template")
	assert.Equal(t, "Session closed for (<*>)", got[0])

	// Without storage a fresh instance has not seen the variation.
	cfg2 := createDefaultConfig().(*Config)
	f2, err := newFingerprinter(processortest.NewNopSettings(metadata.Type), cfg2)
	require.NoError(t, err)
	ld := buildLogs(t, msgs[1:])
	_, err = f2.processLogs(context.Background(), ld)
	require.NoError(t, err)
	assert.Equal(t, "Session closed for (bob)", get(ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0), attrs.LogRecordTemplate))
}

func TestStorageMissingExtensionFailsStart(t *testing.T) {
	id := component.MustNewID("file_storage")
	cfg := createDefaultConfig().(*Config)
	cfg.Storage = &id
	f, err := newFingerprinter(processortest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	err = f.Start(context.Background(), &statestoretest.Host{})
	require.ErrorContains(t, err, `extension "file_storage" not found`)
}
