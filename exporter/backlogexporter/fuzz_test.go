package backlogexporter

import (
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.opentelemetry.io/collector/config/configoptional"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// FuzzConsume feeds fingerprinted log records and spans built from arbitrary
// strings, timestamps and bytes through the consume path of one exporter
// made by the factory, and flushes every 512th input. Nothing may panic or
// fail a batch, and every record and span is counted once:
// records_ingested + records_ignored grow by the number sent.
func FuzzConsume(f *testing.F) {
	f.Add("1140e4c449b8829e", "Connection to 10.0.0.1 failed", "checkout", uint64(1772445600000000000), int32(17), []byte("\x01\x02\x03\x04\x05\x06\x07\x08"))
	f.Add("", "", "", uint64(0), int32(0), []byte{})
	f.Add("\xff\xfe", "\x00password=hunter2", "<script>", ^uint64(0), int32(9), []byte("\xff\xff\xff\xff\xff\xff\xff\xff\x00\x01"))
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = f.TempDir()
	cfg.HTTP = configoptional.None[HTTPConfig]()
	// Small bounds keep an execution cheap (eviction is exercised instead
	// of growth): the fuzzer makes a new cluster of nearly every input.
	cfg.Clusters.MaxClusters = 64
	cfg.Clusters.TraceWindow = 64
	fe := startFactoryExporter(f, cfg, time.Date(2026, 3, 2, 10, 5, 0, 0, time.UTC))
	calls := 0
	f.Fuzz(func(t *testing.T, fp, body, attr string, ts uint64, sev int32, data []byte) {
		ctx := context.Background()
		ld, td := fuzzFingerprinted(fp, body, attr, ts, sev, data)
		sent := int64(ld.LogRecordCount() + td.SpanCount())
		before := fuzzCounts(t, fe)
		if err := fe.traces.ConsumeTraces(ctx, td); err != nil {
			t.Fatal(err)
		}
		if err := fe.logs.ConsumeLogs(ctx, ld); err != nil {
			t.Fatal(err)
		}
		after := fuzzCounts(t, fe)
		counted := after[0] - before[0] + after[1] - before[1]
		if counted != sent {
			t.Fatalf("%d records and spans sent: ingested +%d, ignored +%d",
				sent, after[0]-before[0], after[1]-before[1])
		}
		if calls++; calls%512 == 0 {
			fe.e.flush(ctx)
			if _, err := os.Stat(filepath.Join(cfg.Directory, "backlog.json")); err != nil {
				t.Fatalf("flush wrote no backlog.json: %v", err)
			}
		}
	})
}

// fuzzCounts is records_ingested and records_ignored.
func fuzzCounts(t *testing.T, fe *factoryExporter) [2]int64 {
	var out [2]int64
	for i, name := range []string{"records_ingested", "records_ignored"} {
		m, err := fe.tel.GetMetric("otelcol_exporter_backlog_" + name)
		if err != nil {
			continue // not incremented yet
		}
		sum, ok := m.Data.(metricdata.Sum[int64])
		if !ok {
			t.Fatalf("%s is a %T", name, m.Data)
		}
		for _, dp := range sum.DataPoints {
			out[i] += dp.Value
		}
	}
	return out
}

// fuzzFingerprinted builds three log records and three spans as the
// fingerprint processor leaves them, every string and time fuzzed; data
// picks trace and span ids from a small space (so records and spans join),
// kinds and durations.
func fuzzFingerprinted(fp, body, attr string, ts uint64, sev int32, data []byte) (plog.Logs, ptrace.Traces) {
	next := func() [8]byte {
		var b [8]byte
		n := copy(b[:], data)
		data = data[n:]
		return b
	}
	ld := plog.NewLogs()
	rl := ld.ResourceLogs().AppendEmpty()
	ra := rl.Resource().Attributes()
	ra.PutStr(attrs.ServiceName, attr)
	ra.PutStr(attrs.Release, body)
	ra.PutStr(attrs.Environment, attr)
	sl := rl.ScopeLogs().AppendEmpty()
	sl.Scope().SetName(attr)
	for i := range 3 {
		b := next()
		lr := sl.LogRecords().AppendEmpty()
		lr.SetTimestamp(pcommon.Timestamp(ts + uint64(i)*uint64(b[0])*1e9))
		lr.SetObservedTimestamp(pcommon.Timestamp(ts ^ uint64(b[1])))
		lr.SetSeverityNumber(plog.SeverityNumber(sev + int32(i)))
		lr.SetSeverityText(attr)
		lr.SetTraceID(pcommon.TraceID([16]byte{b[2] % 4, 1}))
		lr.SetSpanID(pcommon.SpanID([8]byte{b[3] % 4, 1}))
		lr.Body().SetStr(body)
		a := lr.Attributes()
		a.PutStr(attrs.FingerprintID, fp)
		a.PutStr(attrs.FingerprintKind, []string{attrs.KindLog, attr, ""}[i])
		a.PutStr(attrs.LogRecordTemplate, body)
		if b[4]&1 != 0 {
			a.PutStr(attrs.ErrorType, attr)
		}
		a.PutStr(attrs.User, attr)
		a.PutStr(attrs.Tenant, body)
		a.PutStr(attrs.Owner, attr)
		a.PutStr(attrs.Journey, body)
		a.PutStr(attrs.JourneyCriticality, attr)
	}
	td := ptrace.NewTraces()
	rs := td.ResourceSpans().AppendEmpty()
	rs.Resource().Attributes().PutStr(attrs.ServiceName, attr)
	sps := rs.ScopeSpans().AppendEmpty().Spans()
	for i := range 3 {
		b := next()
		sp := sps.AppendEmpty()
		sp.SetTraceID(pcommon.TraceID([16]byte{b[0] % 4, 1}))
		sp.SetSpanID(pcommon.SpanID([8]byte{byte(i), 1}))
		if i > 0 {
			sp.SetParentSpanID(pcommon.SpanID([8]byte{b[1] % 3, 1}))
		}
		sp.SetKind(ptrace.SpanKind(b[2] % 6))
		sp.SetName(body)
		start := ts + uint64(binary.LittleEndian.Uint16(b[3:5]))*1e6
		sp.SetStartTimestamp(pcommon.Timestamp(start))
		sp.SetEndTimestamp(pcommon.Timestamp(start + uint64(b[5])*1e6))
		if b[6]&1 != 0 {
			sp.Status().SetCode(ptrace.StatusCodeError)
			sp.Status().SetMessage(body)
		}
		a := sp.Attributes()
		if b[6]&2 != 0 {
			a.PutStr(attrs.FingerprintID, fp)
			a.PutStr(attrs.FingerprintKind, []string{attrs.KindError, attrs.KindLatency, attrs.KindRetry}[i])
			a.PutStr(attrs.SpanTemplate, body)
			a.PutStr(attrs.Operation, attr)
			a.PutStr(attrs.Dependency, body)
			a.PutDouble(attrs.LatencyExcessMs, float64(int8(b[7])))
			a.PutStr(attrs.Service, attr)
		}
	}
	return ld, td
}
