package tracefindingsconnector

import (
	"context"
	"testing"
	"time"

	"go.opentelemetry.io/collector/connector/connectortest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// FuzzConsume drives ConsumeTraces and ConsumeLogs with arbitrary span
// trees, timestamps (zero, ancient, overflowing, far future), severities,
// attribute types and text: nothing panics, and every finding is a
// well-formed absence record.
func FuzzConsume(f *testing.F) {
	f.Add([]byte{1, 2, 0, 1, 3, 2, 1, 1, 2, 3, 4, 5}, "[q][start] <*>")
	f.Add([]byte{9, 9, 9, 9, 9, 9, 9, 9, 255, 255, 0, 0}, "<script>alert(1)</script> token=abc")
	f.Add([]byte{}, "")
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		cfg := createDefaultConfig().(*Config)
		cfg.Absence.MinObservations = 2
		cfg.Absence.MaxPendingTraces = 4
		cfg.Absence.Settle = time.Millisecond
		cfg.Absence.DecisionWait = time.Nanosecond
		c, err := newFindings(connectortest.NewNopSettings(metadata.Type), cfg)
		if err != nil {
			t.Fatal(err)
		}
		sink := new(consumertest.LogsSink)
		c.addNext(sink)
		ctx := context.Background()
		base := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC).UnixNano()
		stamp := func(b byte, i int) pcommon.Timestamp {
			switch b % 5 {
			case 0:
				return 0
			case 1:
				return 1 // 1970
			case 2:
				return pcommon.Timestamp(^uint64(0)) // overflows int64 ns
			case 3:
				return pcommon.Timestamp(time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano())
			}
			return pcommon.Timestamp(base + int64(i)*int64(time.Millisecond))
		}
		for i := 0; i+3 < len(data); i += 4 {
			a, b, d, e := data[i], data[i+1], data[i+2], data[i+3]
			tid := pcommon.TraceID{a % 3, 1}
			td := ptrace.NewTraces()
			rs := td.ResourceSpans().AppendEmpty()
			rs.Resource().Attributes().PutStr(attrs.ServiceName, string(rune('a'+b%2)))
			if e%3 == 0 {
				rs.Resource().Attributes().PutStr(attrs.ServiceVersion, text)
			}
			sp := rs.ScopeSpans().AppendEmpty().Spans().AppendEmpty()
			sp.SetTraceID(tid)
			sp.SetSpanID(pcommon.SpanID{b % 4})
			sp.SetParentSpanID(pcommon.SpanID{d % 4})
			sp.SetKind(ptrace.SpanKind(e % 6))
			sp.SetName(text)
			sp.SetEndTimestamp(stamp(e, i))
			sp.Attributes().PutInt(attrs.Release, int64(d)) // wrong type: ignored
			c.consumeTraces(ctx, td)

			ld := plog.NewLogs()
			rl := ld.ResourceLogs().AppendEmpty()
			rl.Resource().Attributes().PutStr(attrs.ServiceName, string(rune('a'+b%2)))
			sl := rl.ScopeLogs().AppendEmpty()
			sl.Scope().SetName(text)
			lr := sl.LogRecords().AppendEmpty()
			lr.SetTraceID(tid)
			lr.SetSpanID(pcommon.SpanID{d % 4})
			lr.SetTimestamp(stamp(d, i))
			lr.SetSeverityNumber(plog.SeverityNumber(e % 25))
			lr.SetSeverityText(text)
			if a%2 == 0 {
				lr.Attributes().PutStr(attrs.LogRecordTemplate, text)
			} else {
				lr.Attributes().PutStr(attrs.LogRecordTemplate, string(rune('A'+a%4))+" line")
			}
			lr.Attributes().PutInt(attrs.CodeLineNumber, int64(b))
			lr.Attributes().PutDouble(attrs.JourneyCriticality, float64(e)/7)
			lr.Attributes().PutStr(attrs.Owner, text)
			c.consumeLogs(ctx, ld)
			if e%4 == 0 {
				c.evaluate(ctx, false)
			}
		}
		c.evaluate(ctx, true)
		for _, ld := range sink.AllLogs() {
			for i := 0; i < ld.ResourceLogs().Len(); i++ {
				sls := ld.ResourceLogs().At(i).ScopeLogs()
				for j := 0; j < sls.Len(); j++ {
					lrs := sls.At(j).LogRecords()
					for k := 0; k < lrs.Len(); k++ {
						lr := lrs.At(k)
						if attr(lr, attrs.FingerprintKind) != attrs.KindAbsence || len(attr(lr, attrs.FingerprintID)) != 16 {
							t.Fatalf("malformed finding: %v", lr.Attributes().AsRaw())
						}
						if lr.TraceID().IsEmpty() || lr.SpanID().IsEmpty() {
							t.Fatal("a finding without its call")
						}
					}
				}
			}
		}
	})
}
