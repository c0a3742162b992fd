package backlogexporter

import (
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/plog"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// ownedErrorLog is errorLog with the owner the processor's enrichment
// (CODEOWNERS, owner rules) writes on each record.
func ownedErrorLog(service, fp, owner string, t time.Time) plog.Logs {
	ld := errorLog(service, fp, t)
	lrs := ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
	for i := range lrs.Len() {
		lrs.At(i).Attributes().PutStr(attrs.Owner, owner)
	}
	return ld
}

// h131's note, closed by h133: the store and the outputs redact an
// owner that is an e-mail address, so a sink whose filter.owners names
// one routed nothing. An owner equal to one the operator configured in a
// filter is the operator's text and is kept; any other address a record
// carries is still redacted, in the ticket and in the files.
func TestOwnersFilterRoutesAConfiguredAddress(t *testing.T) {
	var mu sync.Mutex
	var bodies []string
	srv, hits := trackerServer(t, func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		bodies = append(bodies, string(b))
		mu.Unlock()
		w.WriteHeader(http.StatusOK)
	})
	cfg := openGates(createDefaultConfig().(*Config))
	cfg.Directory = t.TempDir()
	cfg.HTTP = noServer()
	cfg.FlushInterval = 100 * time.Millisecond
	webhookTo(cfg, srv.URL)
	cfg.Trackers.Webhook[0].Filter.Owners = []string{"team@example.com"}
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	require.NoError(t, e.Start(context.Background(), componenttest.NewNopHost()))
	t.Cleanup(func() { assert.NoError(t, e.Shutdown(context.Background())) })

	now := time.Now()
	require.NoError(t, e.consumeLogs(context.Background(), ownedErrorLog("payments", "00000000000000aa", "team@example.com", now)))
	other := ownedErrorLog("ledger", "00000000000000bb", "eve@example.com", now)
	lrs := other.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
	for i := range lrs.Len() {
		lrs.At(i).Body().SetStr("ledger stalled after " + strings.Repeat("9", i+1) + " retries")
		lrs.At(i).Attributes().PutStr(attrs.LogRecordTemplate, "ledger stalled after <*> retries")
	}
	require.NoError(t, e.consumeLogs(context.Background(), other))
	waitFor(t, 5*time.Second, "the sink filtered to team@example.com gets its item", func() bool { return hits.Load() > 0 })
	time.Sleep(300 * time.Millisecond) // a few more flushes: bb must still not be sent
	mu.Lock()
	all := strings.Join(bodies, "\n")
	mu.Unlock()
	assert.Contains(t, all, "00000000000000aa")
	assert.NotContains(t, all, "00000000000000bb", "another owner's item is not routed")
	assert.NotContains(t, all, "eve@example.com")
	owners := map[string]string{}
	for _, it := range e.builder.Build(time.Now()).Items {
		owners[it.Fingerprint] = it.Owner
	}
	assert.Equal(t, map[string]string{"00000000000000aa": "team@example.com", "00000000000000bb": "[REDACTED]"}, owners,
		"the configured owner is the operator's text; an address the telemetry carries stays redacted")
}
