package fingerprintprocessor

import (
	"context"
	"encoding/binary"
	"testing"

	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadatatest"
)

// Fuzz targets of the processor's consume paths, through the real factory:
// arbitrary bodies, attribute values and timestamps must never panic, every
// record must leave the processor (same count, same bodies), and the
// counters must agree with the output: each record is either fingerprinted
// (it carries fingerprint.id) or skipped. One processor serves all the
// inputs of a run, so the miner, baselines and caches see them in sequence.

// fuzzProcessor is a logs and a traces processor with their telemetry and
// output.
type fuzzProcessor struct {
	tel       *componenttest.Telemetry
	logs      *consumertest.LogsSink
	traces    *consumertest.TracesSink
	consLogs  func(context.Context, plog.Logs) error
	consTrace func(context.Context, ptrace.Traces) error
}

func newFuzzProcessor(f *testing.F) *fuzzProcessor {
	ctx := context.Background()
	tel := componenttest.NewTelemetry()
	f.Cleanup(func() { _ = tel.Shutdown(ctx) })
	cfg := createDefaultConfig().(*Config)
	cfg.Traces.Latency.MinSamples = 2
	cfg.Traces.MinRepeatedCalls = 3
	cfg.Enrichment.Affected.HashUser, cfg.Enrichment.Affected.HashKey = true, "fuzz"
	fp := &fuzzProcessor{tel: tel, logs: new(consumertest.LogsSink), traces: new(consumertest.TracesSink)}
	set := metadatatest.NewSettings(tel)
	lp, err := NewFactory().CreateLogs(ctx, set, cfg, fp.logs)
	if err != nil {
		f.Fatal(err)
	}
	tp, err := NewFactory().CreateTraces(ctx, set, cfg, fp.traces)
	if err != nil {
		f.Fatal(err)
	}
	if err := lp.Start(ctx, componenttest.NewNopHost()); err != nil {
		f.Fatal(err)
	}
	if err := tp.Start(ctx, componenttest.NewNopHost()); err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = lp.Shutdown(ctx); _ = tp.Shutdown(ctx) })
	fp.consLogs, fp.consTrace = lp.ConsumeLogs, tp.ConsumeTraces
	return fp
}

// counter is the current value of a cumulative counter (0 before its first
// increment).
func (fp *fuzzProcessor) counter(t *testing.T, name string) int64 {
	m, err := fp.tel.GetMetric("otelcol_processor_fingerprint_" + name)
	if err != nil {
		return 0
	}
	sum, ok := m.Data.(metricdata.Sum[int64])
	if !ok {
		t.Fatalf("%s is a %T", name, m.Data)
	}
	var n int64
	for _, dp := range sum.DataPoints {
		n += dp.Value
	}
	return n
}

// checkCounts checks that the counters moved by the records of one input:
// fingerprinted by those carrying an id, skipped by the others.
func (fp *fuzzProcessor) checkCounts(t *testing.T, before [2]int64, n, withID int) {
	fingerprinted := fp.counter(t, "records_fingerprinted") - before[0]
	skipped := fp.counter(t, "records_skipped") - before[1]
	if fingerprinted != int64(withID) || fingerprinted+skipped != int64(n) {
		t.Fatalf("%d records, %d with an id: counters fingerprinted +%d, skipped +%d", n, withID, fingerprinted, skipped)
	}
}

func (fp *fuzzProcessor) snapshot(t *testing.T) [2]int64 {
	return [2]int64{fp.counter(t, "records_fingerprinted"), fp.counter(t, "records_skipped")}
}

// fuzzLogs builds five records from the fuzzed strings: the body as a
// string, as a map value, as bytes, absent (message in exception.message)
// and as a multi-line body with the fuzzed stack trace.
func fuzzLogs(body, attr string, ts uint64, sev int32) plog.Logs {
	ld := plog.NewLogs()
	rl := ld.ResourceLogs().AppendEmpty()
	ra := rl.Resource().Attributes()
	ra.PutStr(attrs.ServiceName, attr)
	ra.PutStr(attrs.ServiceVersion, attr)
	ra.PutStr("deployment.environment.name", body)
	lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
	for i := range 5 {
		lr := lrs.AppendEmpty()
		lr.SetTimestamp(pcommon.Timestamp(ts))
		lr.SetObservedTimestamp(pcommon.Timestamp(ts * uint64(i)))
		lr.SetSeverityNumber(plog.SeverityNumber(sev))
		lr.SetTraceID(pcommon.TraceID([16]byte{byte(ts), byte(i)}))
		switch i {
		case 0:
			lr.Body().SetStr(body)
		case 1:
			m := lr.Body().SetEmptyMap()
			m.PutStr("msg", body)
			m.PutStr(attr, attr)
		case 2:
			lr.Body().SetEmptyBytes().FromRaw([]byte(body))
		case 3:
			lr.Attributes().PutStr(attrs.ExceptionMessage, body)
			lr.Attributes().PutStr(attrs.ExceptionType, attr)
		case 4:
			lr.Body().SetStr(body + "\n" + attr)
			lr.Attributes().PutStr(attrs.ExceptionStacktrace, attr)
		}
		lr.Attributes().PutStr("enduser.id", attr)
		lr.Attributes().PutStr(attrs.HTTPRoute, body)
	}
	return ld
}

func FuzzConsumeLogs(f *testing.F) {
	f.Add("Connection to 10.0.0.1:5432 failed after 3 retries", "checkout", uint64(1772445600000000000), int32(17))
	f.Add("", "", uint64(0), int32(0))
	f.Add("\xff\xfe\x00", "java.lang.IllegalStateException: boom\n\tat com.shop.A.b(A.java:1)", ^uint64(0), int32(-5))
	f.Add("password=hunter2 Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln", "Traceback (most recent call last):\n  File \"a.py\", line 1, in f\nValueError: x", uint64(1), int32(24))
	fp := newFuzzProcessor(f)
	f.Fuzz(func(t *testing.T, body, attr string, ts uint64, sev int32) {
		fp.logs.Reset()
		in := fuzzLogs(body, attr, ts, sev)
		want := plog.NewLogs()
		in.CopyTo(want)
		before := fp.snapshot(t)
		if err := fp.consLogs(context.Background(), in); err != nil {
			t.Fatal(err)
		}
		all := fp.logs.AllLogs()
		if len(all) != 1 || all[0].LogRecordCount() != want.LogRecordCount() {
			t.Fatalf("records lost: %d batches", len(all))
		}
		got := all[0].ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
		wantRecs := want.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
		withID := 0
		for i := range got.Len() {
			if !got.At(i).Body().Equal(wantRecs.At(i).Body()) {
				t.Fatalf("record %d: body changed", i)
			}
			if got.At(i).Timestamp() != wantRecs.At(i).Timestamp() {
				t.Fatalf("record %d: timestamp changed", i)
			}
			if v, ok := got.At(i).Attributes().Get(attrs.FingerprintID); ok {
				if len(v.Str()) != 16 {
					t.Fatalf("record %d: fingerprint.id %q", i, v.Str())
				}
				withID++
			}
		}
		fp.checkCounts(t, before, got.Len(), withID)
	})
}

// fuzzTraces builds a small trace from the fuzzed values: a server span and
// four client children (sibling calls, some failing, one with an exception
// event), with durations and ids derived from the timestamp.
func fuzzTraces(name, attr string, ts uint64, data []byte) ptrace.Traces {
	td := ptrace.NewTraces()
	rs := td.ResourceSpans().AppendEmpty()
	rs.Resource().Attributes().PutStr(attrs.ServiceName, attr)
	sps := rs.ScopeSpans().AppendEmpty().Spans()
	for i := range 5 {
		var b [8]byte
		if len(data) >= 8 {
			copy(b[:], data[:8])
			data = data[8:]
		}
		sp := sps.AppendEmpty()
		sp.SetTraceID(pcommon.TraceID([16]byte{b[0] % 3, 1}))
		sp.SetSpanID(pcommon.SpanID([8]byte{byte(i + 1), b[1] % 2}))
		if i > 0 {
			sp.SetParentSpanID(pcommon.SpanID([8]byte{1, 0}))
			sp.SetKind(ptrace.SpanKindClient)
			sp.Attributes().PutStr(attrs.ServerAddress, attr)
		} else {
			sp.SetKind(ptrace.SpanKind(b[2] % 6))
			sp.Attributes().PutStr(attrs.HTTPRoute, name)
		}
		sp.SetName(name)
		start := ts + uint64(binary.LittleEndian.Uint16(b[3:5]))*1e6
		sp.SetStartTimestamp(pcommon.Timestamp(start))
		sp.SetEndTimestamp(pcommon.Timestamp(start + uint64(b[5])*uint64(b[6])*1e5))
		if b[7]&1 != 0 {
			sp.Status().SetCode(ptrace.StatusCodeError)
			sp.Status().SetMessage(name)
		}
		if b[7]&2 != 0 {
			ev := sp.Events().AppendEmpty()
			ev.SetName("exception")
			ev.Attributes().PutStr(attrs.ExceptionType, attr)
			ev.Attributes().PutStr(attrs.ExceptionMessage, name)
			ev.Attributes().PutStr(attrs.ExceptionStacktrace, attr+"\n"+name)
		}
		if b[7]&4 != 0 {
			sp.Attributes().PutInt("http.request.resend_count", int64(b[7]>>4))
		}
	}
	return td
}

func FuzzConsumeTraces(f *testing.F) {
	f.Add("GET /users/42", "cart", uint64(1772445600000000000), []byte("\x01\x00\x02\x03\x10\x20\x30\x01\x00\x01\x02\x05\x00\xff\xff\x03"))
	f.Add("", "", uint64(0), []byte{})
	f.Add("\xff\xfe", "java.lang.IllegalStateException", ^uint64(0)-1000, []byte("\xff\xff\xff\xff\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x06"))
	fp := newFuzzProcessor(f)
	f.Fuzz(func(t *testing.T, name, attr string, ts uint64, data []byte) {
		fp.traces.Reset()
		in := fuzzTraces(name, attr, ts, data)
		n := in.SpanCount()
		before := fp.snapshot(t)
		if err := fp.consTrace(context.Background(), in); err != nil {
			t.Fatal(err)
		}
		all := fp.traces.AllTraces()
		if len(all) != 1 || all[0].SpanCount() != n {
			t.Fatalf("spans lost: %d batches", len(all))
		}
		got := all[0].ResourceSpans().At(0).ScopeSpans().At(0).Spans()
		withID := 0
		for i := range got.Len() {
			if got.At(i).Name() != name {
				t.Fatalf("span %d: name changed", i)
			}
			if v, ok := got.At(i).Attributes().Get(attrs.FingerprintID); ok {
				if len(v.Str()) != 16 {
					t.Fatalf("span %d: fingerprint.id %q", i, v.Str())
				}
				withID++
			}
		}
		fp.checkCounts(t, before, n, withID)
	})
}
