package backlogexporter

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/absence/absencetest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore/statestoretest"
)

// BenchmarkConsumeLogs measures the exporter's consume path (pdata ->
// cluster store) on fingerprinted records: 1,000 families over 8 services,
// batches of 1,000 records with their own trace ids and users. One op is one
// batch; records/s is reported.
func BenchmarkConsumeLogs(b *testing.B) { benchmarkConsumeLogs(b, false) }

// BenchmarkConsumeLogsDeduplicate is BenchmarkConsumeLogs with
// deduplicate_redelivered.
func BenchmarkConsumeLogsDeduplicate(b *testing.B) { benchmarkConsumeLogs(b, true) }

func benchmarkConsumeLogs(b *testing.B, dedup bool) {
	const size = 1000
	cfg := createDefaultConfig().(*Config)
	cfg.DeduplicateRedelivered = dedup
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
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
		ld := batches[i%len(batches)]
		if i%len(batches) == 0 {
			// Each cycle's records are new ones (another trace id), not
			// copies the exporter recognises as redelivered.
			b.StopTimer()
			for _, ld := range batches {
				renameTraces(ld, uint32(i/len(batches)+1))
			}
			b.StartTimer()
		}
		if err := e.consumeLogs(ctx, ld); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*size)/b.Elapsed().Seconds(), "records/s")
	b.StopTimer()
	if got, want := e.store.Stats().Events, int64((b.N+len(batches))*size); got != want {
		b.Fatalf("store saw %d events, want %d: records were dropped", got, want)
	}
}

// renameTraces gives every record of ld another identity (its observed
// timestamp: cycle ns), leaving what the store reads unchanged, so that a
// cycle's records are new to the redelivery check (internal/dedup) and the
// workload stays the benchmark's history: the same trace ids every cycle.
// (Fresh trace ids per cycle cost the store's per-cluster trace sketches
// about twice as much: ~1.4 M records/s, docs/evaluation.md.)
func renameTraces(ld plog.Logs, cycle uint32) {
	rls := ld.ResourceLogs()
	for i := 0; i < rls.Len(); i++ {
		sls := rls.At(i).ScopeLogs()
		for j := 0; j < sls.Len(); j++ {
			lrs := sls.At(j).LogRecords()
			for k := 0; k < lrs.Len(); k++ {
				lrs.At(k).SetObservedTimestamp(pcommon.Timestamp(cycle))
			}
		}
	}
}

// BenchmarkConsumeLogsAndTraces measures the consume path of instrumented
// calls (absence detection, which joined them, is the trace_findings
// connector's since it moved there): batches of 250 calls, each one trace of a
// SERVER and an internal span with 4 INFO log records (1,500 records per
// op), 16 batches cycled. records/s counts log records and spans.
func BenchmarkConsumeLogsAndTraces(b *testing.B) {
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), createDefaultConfig().(*Config))
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	// The wall clock follows the replayed batches (250 s of calls each), so
	// decision_wait passes as it would live.
	var wall time.Time
	e.now = func() time.Time { return wall }
	batches := absencetest.Batches(16, 250, t0,
		"[query][start][id: <*>]", "[query][rows][n: <*>]", "[query][cache][hit: <*>]", "[query][done][ms: <*>]")
	size := batches[0].Logs.LogRecordCount() + batches[0].Traces.SpanCount()
	ctx := context.Background()
	for n, bt := range batches {
		wall = t0.Add(time.Duration(n) * 250 * time.Second)
		_ = e.consumeLogs(ctx, bt.Logs)
		_ = e.consumeTraces(ctx, bt.Traces)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		bt := batches[i%len(batches)]
		wall = t0.Add(time.Duration(len(batches)+i) * 250 * time.Second)
		if err := e.consumeLogs(ctx, bt.Logs); err != nil {
			b.Fatal(err)
		}
		if err := e.consumeTraces(ctx, bt.Traces); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*size)/b.Elapsed().Seconds(), "records/s")
	b.StopTimer()
	if got, want := e.store.Stats().Events, int64(0); got != want {
		b.Fatalf("store saw %d events of unfingerprinted INFO records and spans, want %d", got, want)
	}
}

// BenchmarkFlush measures one flush (build, snapshot into the storage
// client, files) of 10,000 clusters of one record each, the shape of `make
// bench-memory` (docs/evaluation.md, Memory bounds): distinct ERROR
// messages over six services, each with its own trace. B/op is the
// garbage each flush leaves.
func BenchmarkFlush(b *testing.B) {
	const clusters = 10_000
	storageID := component.MustNewID("file_storage")
	host := statestoretest.NewHost(storageID, statestoretest.New())
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = b.TempDir()
	cfg.Storage = &storageID
	ctx := context.Background()
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	if err != nil {
		b.Fatal(err)
	}
	if err := e.Start(ctx, host); err != nil {
		b.Fatal(err)
	}
	defer func() { _ = e.Shutdown(ctx) }()
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	r := rand.New(rand.NewPCG(1, 2))
	const letters = "abcdefghijklmnopqrstuvwxyz"
	for n := 0; n < clusters/1000+2; n++ { // the store full, as after 1M messages
		ld := plog.NewLogs()
		for s, svc := range []string{"frontend", "checkout", "payment", "catalog", "cart", "auth"} {
			rl := ld.ResourceLogs().AppendEmpty()
			rl.Resource().Attributes().PutStr(attrs.ServiceName, svc)
			rl.Resource().Attributes().PutStr(attrs.ServiceVersion, "1.2.3")
			rl.Resource().Attributes().PutStr("deployment.environment.name", "production")
			lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
			for i := s; i < 1000; i += 6 {
				k := n*1000 + i
				var sb strings.Builder
				for w := 0; w < 5; w++ {
					if w > 0 {
						sb.WriteByte(' ')
					}
					for j := 0; j < 4+r.IntN(6); j++ {
						sb.WriteByte(letters[r.IntN(len(letters))])
					}
				}
				lr := lrs.AppendEmpty()
				lr.SetTimestamp(pcommon.NewTimestampFromTime(t0.Add(time.Duration(k) * time.Millisecond)))
				lr.SetSeverityNumber(plog.SeverityNumberError)
				lr.SetSeverityText("ERROR")
				var tid pcommon.TraceID
				binary.LittleEndian.PutUint64(tid[:8], r.Uint64())
				binary.LittleEndian.PutUint64(tid[8:], r.Uint64())
				lr.SetTraceID(tid)
				var sid pcommon.SpanID
				binary.LittleEndian.PutUint64(sid[:], r.Uint64()|1)
				lr.SetSpanID(sid)
				lr.Body().SetStr(sb.String())
				a := lr.Attributes()
				a.PutStr(attrs.FingerprintID, fmt.Sprintf("%016x", r.Uint64()))
				a.PutStr(attrs.FingerprintKind, attrs.KindLog)
				a.PutStr(attrs.LogRecordTemplate, sb.String())
			}
		}
		if err := e.consumeLogs(ctx, ld); err != nil {
			b.Fatal(err)
		}
	}
	if got := e.store.Stats().Clusters; got < clusters*99/100 {
		b.Fatalf("store holds %d clusters, want about %d", got, clusters)
	}
	e.flush(ctx) // warm: files and state exist
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.flush(ctx)
	}
	b.StopTimer()
	b.ReportMetric(peakLiveMB(func() { e.flush(ctx) }), "peak-live-MB")
}

// peakLiveMB runs f with the collector running almost continuously
// (GOGC=2) and returns the largest heap found live by a collection during
// f, less the heap live before it, in MB: the working set f adds at its
// largest, which a collection during f marks and the next heap goal
// doubles (a flush's share of the peak RSS).
func peakLiveMB(f func()) float64 {
	old := debug.SetGCPercent(2)
	defer debug.SetGCPercent(old)
	runtime.GC()
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	base := sample[0].Value.Uint64()
	var peak uint64
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-time.After(200 * time.Microsecond):
			}
		}
	}()
	f()
	close(done)
	<-stopped
	if peak < base {
		return 0
	}
	return float64(peak-base) / 1e6
}
