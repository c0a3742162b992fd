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
	assert.True(t, cfg.DeduplicateRedelivered, "on by default")
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

// A redelivery is a later delivery of a record already counted; equal
// records inside one delivery are what the source wrote. A logger that
// writes the same line three times in the same nanosecond and span is
// counted three times; the same request delivered again counts nothing
// more, and a later request merging the copies with new records (a batch
// processor) counts only the new ones.
func TestDeduplicateKeepsTheSourcesEqualRecords(t *testing.T) {
	ctx := context.Background()
	cfg := createDefaultConfig().(*Config)
	cfg.DeduplicateRedelivered = true
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

	// Three equal records (the source's), then two other records.
	triple := errorLogs("00000000000000e5", "orders", t0, 0,
		uint64(t0.UnixNano()), uint64(t0.UnixNano()), uint64(t0.UnixNano()),
		uint64(t0.UnixNano())+1, uint64(t0.UnixNano())+2)
	lrs := triple.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
	for i := 0; i < lrs.Len(); i++ {
		lrs.At(i).SetTraceID(pcommon.TraceID{0xe5, 1})
		lrs.At(i).SetSpanID(pcommon.SpanID{0xe5})
	}
	// A span the source sent twice in one request.
	td := ptrace.NewTraces()
	rs := td.ResourceSpans().AppendEmpty()
	rs.Resource().Attributes().PutStr(attrs.ServiceName, "orders")
	spans := rs.ScopeSpans().AppendEmpty().Spans()
	for range 2 {
		sp := spans.AppendEmpty()
		sp.SetName("GET /sold")
		sp.SetTraceID(pcommon.TraceID{0xf6, 2})
		sp.SetSpanID(pcommon.SpanID{0xf6})
		sp.SetEndTimestamp(pcommon.NewTimestampFromTime(t0))
		sp.Status().SetCode(ptrace.StatusCodeError)
		sp.Attributes().PutStr(attrs.FingerprintID, "00000000000000f6")
	}
	counts := func() map[string]int64 {
		m := map[string]int64{}
		for _, v := range e.store.Views(t0.Add(time.Hour).UnixNano(), nil) {
			m[v.Fingerprint] = v.Count
		}
		return m
	}

	require.NoError(t, e.consumeLogs(ctx, triple))
	require.NoError(t, e.consumeTraces(ctx, td))
	assert.Equal(t, map[string]int64{"00000000000000e5": 5, "00000000000000f6": 2}, counts(), "counted as written")

	require.NoError(t, e.consumeLogs(ctx, triple)) // a retry, a persistent queue after kill -9
	require.NoError(t, e.consumeTraces(ctx, td))
	assert.Equal(t, map[string]int64{"00000000000000e5": 5, "00000000000000f6": 2}, counts(), "the same request again counts nothing more")

	// The copies merged with two new records into one request.
	merged := plog.NewLogs()
	triple.ResourceLogs().At(0).CopyTo(merged.ResourceLogs().AppendEmpty())
	fresh := merged.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
	for i := range 2 {
		lr := fresh.AppendEmpty()
		lrs.At(0).CopyTo(lr)
		lr.SetTimestamp(pcommon.NewTimestampFromTime(t0.Add(time.Duration(i+1) * time.Second)))
	}
	require.NoError(t, e.consumeLogs(ctx, merged))
	assert.Equal(t, map[string]int64{"00000000000000e5": 7, "00000000000000f6": 2}, counts(), "only the new records count")
	assert.Equal(t, int64(5+2+5), e.redelivered.Duplicates())
}
