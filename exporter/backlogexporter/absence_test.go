package backlogexporter

import (
	"context"
	"encoding/binary"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore/statestoretest"
)

// calls builds n calls of price's /prices endpoint from t0 on, one trace
// each: a SERVER span, an internal child span, and one INFO log record per
// template, attached to the child, as an instrumented service emits them.
func calls(seq *uint64, t0 time.Time, n int, templates ...string) (plog.Logs, ptrace.Traces) {
	ld, td := plog.NewLogs(), ptrace.NewTraces()
	rl := ld.ResourceLogs().AppendEmpty()
	rl.Resource().Attributes().PutStr(attrs.ServiceName, "price")
	lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
	rs := td.ResourceSpans().AppendEmpty()
	rs.Resource().Attributes().PutStr(attrs.ServiceName, "price")
	rs.Resource().Attributes().PutStr(attrs.ServiceVersion, "v2.4.0")
	spans := rs.ScopeSpans().AppendEmpty().Spans()
	for i := 0; i < n; i++ {
		*seq++
		var tid [16]byte
		binary.BigEndian.PutUint64(tid[:], *seq)
		tid[15] = 1
		srv, child := [8]byte{1, byte(*seq >> 8), byte(*seq)}, [8]byte{2, byte(*seq >> 8), byte(*seq)}
		at := t0.Add(time.Duration(i) * time.Second)
		for j, tmpl := range templates {
			lr := lrs.AppendEmpty()
			lr.SetTimestamp(pcommon.NewTimestampFromTime(at.Add(time.Duration(j) * time.Millisecond)))
			lr.SetSeverityNumber(plog.SeverityNumberInfo)
			lr.Body().SetStr(tmpl)
			lr.Attributes().PutStr(attrs.LogRecordTemplate, tmpl)
			lr.Attributes().PutStr(attrs.Owner, "team-pricing") // as the processor's enrichment writes it
			lr.SetTraceID(tid)
			lr.SetSpanID(child)
		}
		s := spans.AppendEmpty()
		s.SetTraceID(tid)
		s.SetSpanID(child)
		s.SetParentSpanID(srv)
		s.SetName("PriceController.query")
		s.SetKind(ptrace.SpanKindInternal)
		s.SetStartTimestamp(pcommon.NewTimestampFromTime(at))
		s.SetEndTimestamp(pcommon.NewTimestampFromTime(at.Add(5 * time.Millisecond)))
		s = spans.AppendEmpty()
		s.SetTraceID(tid)
		s.SetSpanID(srv)
		s.SetName("/prices")
		s.SetKind(ptrace.SpanKindServer)
		s.SetStartTimestamp(pcommon.NewTimestampFromTime(at))
		s.SetEndTimestamp(pcommon.NewTimestampFromTime(at.Add(6 * time.Millisecond)))
	}
	return ld, td
}

// TestAbsenceBecomesABacklogItem: a log line that every call wrote stops
// appearing while the endpoint is still called; the backlog shows one
// absence item for it, and what was learned survives a restart.
func TestAbsenceBecomesABacklogItem(t *testing.T) {
	const (
		query = "[findPrice][Query price][route: <*>]"
		found = "[findPrice][Found price][rate: <*>]"
	)
	storageID := component.MustNewID("file_storage")
	host := statestoretest.NewHost(storageID, statestoretest.New())
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = ""
	cfg.Storage = &storageID
	ctx := context.Background()
	set := exportertest.NewNopSettings(metadata.Type)
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	var seq uint64

	// First life: 40 healthy calls teach that both lines are always written.
	first, err := newBacklogExporter(set, cfg)
	require.NoError(t, err)
	require.NoError(t, first.Start(ctx, host))
	ld, td := calls(&seq, t0, 40, query, found)
	require.NoError(t, first.consumeLogs(ctx, ld))
	require.NoError(t, first.consumeTraces(ctx, td))
	require.NoError(t, first.Shutdown(ctx))
	require.Len(t, first.absence.Expectations(), 2)
	for _, it := range first.doc.Load().Items {
		assert.NotEqual(t, attrs.KindAbsence, it.Kind, "healthy calls made an absence item")
	}

	// Second life: the "found" line is gone from 20 calls.
	second, err := newBacklogExporter(set, cfg)
	require.NoError(t, err)
	require.NoError(t, second.Start(ctx, host))
	require.Len(t, second.absence.Expectations(), 2, "expectations restored from storage")
	ld, td = calls(&seq, t0.Add(time.Minute), 20, query)
	require.NoError(t, second.consumeLogs(ctx, ld))
	require.NoError(t, second.consumeTraces(ctx, td))
	require.NoError(t, second.Shutdown(ctx))

	var got []backlog.Item
	for _, it := range second.doc.Load().Items {
		if it.Kind == attrs.KindAbsence {
			got = append(got, it)
		}
	}
	require.Len(t, got, 1, "one absence item")
	it := got[0]
	assert.Equal(t, "price", it.Service)
	assert.Equal(t, found, it.Template)
	assert.True(t, strings.HasPrefix(it.Title, "[price] missing log line: [findPrice][Found price]"), it.Title)
	assert.Equal(t, int64(20), it.Count, "every silent call is counted")
	assert.Equal(t, "team-pricing", it.Owner, "the operation's owner, from its log records")
	assert.Equal(t, map[string]int64{"2.4.0": 20}, it.Releases, "the calls' release, from the span resource")
	require.NotEmpty(t, it.Exemplars)
	assert.Contains(t, it.Exemplars[0].Body, "/prices ended without the log line")
	assert.Equal(t, int64(20), second.absence.Stats().Misses)
}

// TestAbsenceDisabled: with absence.enabled false nothing is learned.
func TestAbsenceDisabled(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = ""
	cfg.Absence.Enabled = false
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	assert.Nil(t, e.absence)
	var seq uint64
	ld, td := calls(&seq, time.Now(), 5, "x <*>")
	require.NoError(t, e.consumeLogs(context.Background(), ld))
	require.NoError(t, e.consumeTraces(context.Background(), td))
	assert.Zero(t, e.addMisses(true))
}

// TestAbsenceConcurrentPipelines: the logs and traces pipelines call the
// exporter from several goroutines; the detector's misses must be counted
// once each (run with -race).
func TestAbsenceConcurrentPipelines(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = ""
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	ctx := context.Background()
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	var seq uint64
	ld, td := calls(&seq, t0, 40, "[a][start] <*>", "[a][done] <*>")
	require.NoError(t, e.consumeLogs(ctx, ld))
	require.NoError(t, e.consumeTraces(ctx, td))
	type batch struct {
		ld plog.Logs
		td ptrace.Traces
	}
	var batches []batch
	for i := 0; i < 8; i++ {
		ld, td := calls(&seq, t0.Add(time.Minute+time.Duration(i)*10*time.Second), 10, "[a][start] <*>")
		batches = append(batches, batch{ld, td})
	}
	done := make(chan struct{})
	for _, b := range batches {
		go func() {
			defer func() { done <- struct{}{} }()
			assert.NoError(t, e.consumeLogs(ctx, b.ld))
			assert.NoError(t, e.consumeTraces(ctx, b.td))
		}()
	}
	for range batches {
		<-done
	}
	var reported int64
	reported += e.addMisses(true)
	st := e.absence.Stats()
	var inStore int64
	e.flush(ctx)
	for _, it := range e.doc.Load().Items {
		if it.Kind == attrs.KindAbsence {
			inStore += it.Count
		}
	}
	for _, it := range e.doc.Load().Watchlist {
		if it.Kind == attrs.KindAbsence {
			inStore += it.Count
		}
	}
	assert.Equal(t, st.Misses, inStore, "every reported miss is one event (reported %d in the final pass)", reported)
	assert.Positive(t, st.Misses)
}
