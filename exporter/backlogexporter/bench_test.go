package backlogexporter

import (
	"context"
	"fmt"
	"testing"
	"time"

	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// BenchmarkConsumeLogs measures the exporter's consume path (pdata ->
// cluster store) on fingerprinted records: 1,000 families over 8 services,
// batches of 1,000 records with their own trace ids and users. One op is one
// batch; records/s is reported.
func BenchmarkConsumeLogs(b *testing.B) {
	const size = 1000
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), createDefaultConfig().(*Config))
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	batches := make([]plog.Logs, 16)
	for n := range batches {
		ld := plog.NewLogs()
		for s := 0; s < 8; s++ {
			rl := ld.ResourceLogs().AppendEmpty()
			rl.Resource().Attributes().PutStr(attrs.ServiceName, fmt.Sprintf("svc-%d", s))
			rl.Resource().Attributes().PutStr(attrs.ServiceVersion, "1.2.3")
			lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
			for i := 0; i < size/8; i++ {
				k := n*size + s*size/8 + i
				lr := lrs.AppendEmpty()
				lr.SetTimestamp(pcommon.NewTimestampFromTime(t0.Add(time.Duration(k) * time.Millisecond)))
				lr.SetSeverityNumber(plog.SeverityNumberError)
				lr.SetTraceID(pcommon.TraceID{byte(k), byte(k >> 8), byte(k >> 16), 1})
				lr.SetSpanID(pcommon.SpanID{byte(k), 1})
				lr.Body().SetStr(fmt.Sprintf("Payment %d failed for order %d", k%1000, k))
				a := lr.Attributes()
				a.PutStr(attrs.FingerprintID, fmt.Sprintf("%016x", k%1000))
				a.PutStr(attrs.FingerprintKind, attrs.KindLog)
				a.PutStr(attrs.LogRecordTemplate, fmt.Sprintf("Payment %d failed for order <*>", k%1000))
				a.PutStr(attrs.EnduserID, fmt.Sprintf("u-%d", k%5000))
			}
		}
		batches[n] = ld
	}
	ctx := context.Background()
	for _, ld := range batches {
		_ = e.consumeLogs(ctx, ld)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := e.consumeLogs(ctx, batches[i%len(batches)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*size)/b.Elapsed().Seconds(), "records/s")
	b.StopTimer()
	if got, want := e.store.Stats().Events, int64((b.N+len(batches))*size); got != want {
		b.Fatalf("store saw %d events, want %d: records were dropped", got, want)
	}
}
