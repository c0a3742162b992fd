// Package absencetest builds the telemetry of instrumented calls for tests
// and benchmarks of the components that join logs to spans.
package absencetest // import "github.com/otelcol-backlog/otelcol-backlog/internal/absence/absencetest"

import (
	"encoding/binary"
	"time"

	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// Calls builds n calls of price's /prices endpoint from t0 on, one second
// apart, one trace each: a SERVER span, an internal child span, and one INFO
// log record per template, attached to the child, as an instrumented
// service emits them (the records carry the processor's template and owner).
// seq numbers the traces across calls of Calls.
func Calls(seq *uint64, t0 time.Time, n int, templates ...string) (plog.Logs, ptrace.Traces) {
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

// Batch is one batch of calls: their log records and their spans.
type Batch struct {
	Logs   plog.Logs
	Traces ptrace.Traces
}

// Batches builds n batches of per calls each (Calls), batch k starting at
// t0 plus k*per seconds, so consecutive batches continue in time.
func Batches(n, per int, t0 time.Time, templates ...string) []Batch {
	var seq uint64
	out := make([]Batch, n)
	for k := range out {
		out[k].Logs, out[k].Traces = Calls(&seq, t0.Add(time.Duration(k*per)*time.Second), per, templates...)
	}
	return out
}
