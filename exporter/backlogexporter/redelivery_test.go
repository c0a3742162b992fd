package backlogexporter

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// With deduplicate_redelivered: delivery is at least once (a retry of an unacknowledged request, a
// persistent queue sending again after a crash): a record delivered twice
// is counted once. Spans are identified by their ids; log records by trace
// context, timestamps, fingerprint, service and body, when they carry a
// trace id or an observed timestamp. Records carrying neither are
// indistinguishable from equal lines and are all counted.
func TestDeduplicateRedelivered(t *testing.T) {
	ctx := context.Background()
	cfg := createDefaultConfig().(*Config)
	assert.False(t, cfg.DeduplicateRedelivered, "off by default")
	cfg.DeduplicateRedelivered = true
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

	traced := errorLogs("00000000000000a1", "checkout", t0, 10)
	lrs := traced.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
	for i := 0; i < lrs.Len(); i++ {
		lrs.At(i).SetTraceID(pcommon.TraceID{byte(i + 1), 1})
		lrs.At(i).SetSpanID(pcommon.SpanID{byte(i + 1)})
	}
	observed := errorLogs("00000000000000b2", "cart", t0, 10)
	ol := observed.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
	for i := 0; i < ol.Len(); i++ {
		ol.At(i).SetObservedTimestamp(pcommon.NewTimestampFromTime(t0.Add(time.Duration(i)*time.Second + 3*time.Millisecond)))
	}
	bare := errorLogs("00000000000000c3", "search", t0, 3)

	td := ptrace.NewTraces()
	rs := td.ResourceSpans().AppendEmpty()
	rs.Resource().Attributes().PutStr(attrs.ServiceName, "payments")
	spans := rs.ScopeSpans().AppendEmpty().Spans()
	for i := 0; i < 5; i++ {
		sp := spans.AppendEmpty()
		sp.SetName("POST /charge")
		sp.SetTraceID(pcommon.TraceID{byte(i + 1), 2})
		sp.SetSpanID(pcommon.SpanID{byte(i + 1), 2})
		sp.SetStartTimestamp(pcommon.NewTimestampFromTime(t0))
		sp.SetEndTimestamp(pcommon.NewTimestampFromTime(t0.Add(time.Second)))
		sp.Status().SetCode(ptrace.StatusCodeError)
		sp.Attributes().PutStr(attrs.FingerprintID, "00000000000000d4")
	}

	for range 2 { // delivered, then delivered again
		for _, ld := range []plog.Logs{traced, observed, bare} {
			require.NoError(t, e.consumeLogs(ctx, ld))
		}
		require.NoError(t, e.consumeTraces(ctx, td))
	}
	counts := map[string]int64{}
	for _, v := range e.store.Views(t0.Add(time.Hour).UnixNano(), nil) {
		counts[v.Fingerprint] = v.Count
	}
	assert.Equal(t, map[string]int64{
		"00000000000000a1": 10, "00000000000000b2": 10, // copies recognised
		"00000000000000c3": 6, // no trace id, no observed timestamp: counted
		"00000000000000d4": 5,
	}, counts)
	assert.Equal(t, int64(25), e.redelivered.Duplicates())
	e.flush(ctx)
	assert.Equal(t, int64(25), e.doc.Load().Stats["records_redelivered"])
	assert.Equal(t, int64(2*(10+10+3+5)), e.doc.Load().Stats["records_in"], "copies are received records")
}
