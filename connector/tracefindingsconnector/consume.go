package tracefindingsconnector // import "github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector"

import (
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"strings"
	"sync"

	"github.com/cespare/xxhash/v2"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/absence"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/enrich"
	"github.com/otelcol-backlog/otelcol-backlog/internal/fingerprint"
	"github.com/otelcol-backlog/otelcol-backlog/internal/score"
	"github.com/otelcol-backlog/otelcol-backlog/internal/watermark"
)

// batch is one consumed batch's scratch: its receive time, the clamped
// event times for the clock, the timestamp fallbacks and the observations.
type batch struct {
	received int64
	adjusted [watermark.Future + 1]int64
	times    []int64
	logs     []absence.Log
	spans    []absence.Span
}

var batchPool = sync.Pool{New: func() any { return new(batch) }}

func (f *findings) newBatch() *batch {
	b := batchPool.Get().(*batch)
	b.received = f.now().UnixNano()
	return b
}

// at returns the event time of a record with timestamp ts and observed
// timestamp observed (a span: end and start), clamped like the exporter's
// (watermark.Clamp).
func (f *findings) at(b *batch, ts, observed pcommon.Timestamp) int64 {
	t, reason := watermark.Clamp(uint64(ts), uint64(observed), b.received, f.cfg.MaxClockSkew)
	if reason != watermark.OK {
		b.adjusted[reason]++
	}
	b.times = append(b.times, t)
	return t
}

// observe hands the observations to the detector, feeds the clock, counts
// the fallbacks and recycles b.
func (f *findings) observe(ctx context.Context, b *batch) {
	if len(b.spans) > 0 {
		f.det.ObserveSpans(b.spans)
	}
	if len(b.logs) > 0 {
		f.det.ObserveLogs(b.logs)
	}
	f.clock.Observe(b.times, b.received)
	for _, r := range watermark.Reasons {
		if n := b.adjusted[r]; n > 0 {
			f.tel.ConnectorTraceFindingsTimestampsAdjusted.Add(ctx, n, reasonAttrs[r])
		}
	}
	b.adjusted = [watermark.Future + 1]int64{}
	b.times = b.times[:0]
	clear(b.logs)
	clear(b.spans)
	b.logs, b.spans = b.logs[:0], b.spans[:0]
	batchPool.Put(b)
}

func str(m pcommon.Map, key string) string {
	if v, ok := m.Get(key); ok && v.Type() == pcommon.ValueTypeStr {
		return v.Str()
	}
	return ""
}

// fingerprintPrefix begins every key readSpanAttrs reads
// (TestReadSpanAttrsReadsLikeStr).
const fingerprintPrefix = "fingerprint."

// spanAttrs are the attributes consumeTraces reads of a span.
type spanAttrs struct {
	release, env, deployment, kind, service string
	// slowMs is fingerprint.latency.slow_ms (a double; 0 otherwise);
	// candidate: fingerprint.latency.candidate_id is a non-empty string.
	slowMs    float64
	candidate bool
}

// readSpanAttrs reads spanAttrs in one pass over the span's attributes, as
// str would read each (the first attribute of a key decides; a value that
// is not a string reads ""). All of them are the processor's
// "fingerprint." attributes.
func readSpanAttrs(m pcommon.Map) (sa spanAttrs) {
	var seen uint8
	for k, v := range m.All() {
		if !strings.HasPrefix(k, fingerprintPrefix) {
			continue
		}
		var bit uint8
		var dst *string
		switch k {
		case attrs.LatencySlowMs:
			if seen&32 == 0 {
				seen |= 32
				if v.Type() == pcommon.ValueTypeDouble {
					sa.slowMs = v.Double()
				}
			}
			continue
		case attrs.LatencyCandidateID:
			if seen&64 == 0 {
				seen |= 64
				sa.candidate = v.Type() == pcommon.ValueTypeStr && v.Str() != ""
			}
			continue
		case attrs.Release:
			bit, dst = 1, &sa.release
		case attrs.Environment:
			bit, dst = 2, &sa.env
		case attrs.Deployment:
			bit, dst = 4, &sa.deployment
		case attrs.FingerprintKind:
			bit, dst = 8, &sa.kind
		case attrs.Service:
			bit, dst = 16, &sa.service
		default:
			continue
		}
		if seen&bit != 0 {
			continue
		}
		seen |= bit
		if v.Type() == pcommon.ValueTypeStr {
			*dst = v.Str()
		}
	}
	return sa
}

// consumeTraces observes every span with a trace and span id.
func (f *findings) consumeTraces(ctx context.Context, td ptrace.Traces) {
	b := f.newBatch()
	defer f.observe(ctx, b)
	rss := td.ResourceSpans()
	for i := 0; i < rss.Len(); i++ {
		rs := rss.At(i)
		res := enrich.ReadResource(rs.Resource())
		sss := rs.ScopeSpans()
		for j := 0; j < sss.Len(); j++ {
			spans := sss.At(j).Spans()
			for k := 0; k < spans.Len(); k++ {
				sp := spans.At(k)
				// A span's time is its end, else its start.
				end := f.at(b, sp.EndTimestamp(), sp.StartTimestamp())
				if sp.TraceID().IsEmpty() || sp.SpanID().IsEmpty() {
					continue
				}
				sa := readSpanAttrs(sp.Attributes())
				release, env := sa.release, sa.env
				// A span the processor fingerprinted takes only what the
				// processor wrote; the resource fallback is for the others.
				if res.Processed || sa.kind == "" {
					res.Derive(f.fallback)
					release, env = cmp.Or(release, res.Release, sa.deployment, res.Deployment), cmp.Or(env, res.Environment)
				} else {
					release = cmp.Or(release, sa.deployment)
				}
				b.spans = append(b.spans, absence.Span{
					TraceID: sp.TraceID(), SpanID: sp.SpanID(), ParentID: sp.ParentSpanID(),
					Entry:   sp.Kind() == ptrace.SpanKindServer || sp.Kind() == ptrace.SpanKindConsumer,
					Service: cmp.Or(res.Service, sa.service), Name: sp.Name(), End: end,
					Release: release, Environment: env,
					Error: sp.Status().Code() == ptrace.StatusCodeError,
				})
				// A slow span (the processor's judgement, when it leaves
				// latency attribution to whole traces) explains its
				// ancestors; a candidate waits here for its trace's verdict.
				if sa.slowMs > 0 {
					s := &b.spans[len(b.spans)-1]
					s.SlowMs, s.Start = sa.slowMs, int64(sp.StartTimestamp())
					if sa.candidate && f.holdCandidate(rs.Resource(), sp) {
						s.Candidate = true
					}
				}
			}
		}
	}
}

// consumeLogs observes every templated log record with a trace and span
// id. The connector's own findings (fingerprint.kind=absence) are skipped,
// should a configuration route them back.
func (f *findings) consumeLogs(ctx context.Context, ld plog.Logs) {
	b := f.newBatch()
	defer f.observe(ctx, b)
	rls := ld.ResourceLogs()
	for i := 0; i < rls.Len(); i++ {
		rl := rls.At(i)
		service := str(rl.Resource().Attributes(), attrs.ServiceName)
		sls := rl.ScopeLogs()
		for j := 0; j < sls.Len(); j++ {
			sl := sls.At(j)
			lrs := sl.LogRecords()
			for k := 0; k < lrs.Len(); k++ {
				lr := lrs.At(k)
				at := f.at(b, lr.Timestamp(), lr.ObservedTimestamp())
				if lr.TraceID().IsEmpty() || lr.SpanID().IsEmpty() {
					continue
				}
				if l, ok := observeLog(lr, sl.Scope().Name(), service); ok {
					l.Time = at
					b.logs = append(b.logs, l)
				}
			}
		}
	}
}

// observeLog reads what the detector needs of a record: the processor's
// template and enrichment, the record's code location and whether it is a
// failure (an error type, or WARN and above).
func observeLog(lr plog.LogRecord, scope, service string) (absence.Log, bool) {
	l := absence.Log{TraceID: lr.TraceID(), SpanID: lr.SpanID(), Service: service}
	var kind, errType, file, function string
	var enr attrs.Enrichment
	var line int64
	lr.Attributes().Range(func(k string, v pcommon.Value) bool {
		switch v.Type() {
		case pcommon.ValueTypeStr:
		case pcommon.ValueTypeInt:
			if k == attrs.CodeLineNumber || k == attrs.CodeLineNumberOld {
				line = v.Int()
			}
			return true
		case pcommon.ValueTypeDouble:
			if k == attrs.JourneyCriticality {
				l.JourneyWeight = v.Double()
			}
			return true
		case pcommon.ValueTypeBool:
			if k == attrs.BusinessHours {
				l.BusinessHours = -1
				if v.Bool() {
					l.BusinessHours = 1
				}
			}
			return true
		default:
			return true
		}
		s := v.Str()
		switch k {
		case attrs.LogRecordTemplate:
			l.Template = s
		case attrs.FingerprintKind:
			kind = s
		case attrs.ErrorType:
			errType = s
		case attrs.Service:
			l.Service = s
		case attrs.CodeFilePath, attrs.CodeFilePathOld:
			file = s
		case attrs.CodeFunctionName, attrs.CodeFunctionOld:
			function = s
		default:
			enr.Take(k, s)
		}
		return true
	})
	if l.Template == "" || kind == attrs.KindAbsence {
		return l, false
	}
	enr.Resolve()
	l.Owner, l.Journey, l.User, l.Tenant = enr.Owner, enr.Journey, enr.User, enr.Tenant
	l.Failure = errType != "" || failure(lr)
	l.Statement = statement(scope, file, function, line)
	return l, true
}

// failure reports whether a record is a warning or worse, by its severity
// number, else its text.
func failure(lr plog.LogRecord) bool {
	if n := lr.SeverityNumber(); n != plog.SeverityNumberUnspecified {
		return n >= plog.SeverityNumberWarn
	}
	switch score.SeverityLevel(lr.SeverityText()) {
	case "warn", "error", "fatal":
		return true
	}
	return false
}

// statement hashes a record's code location with its scope name: 0 (the
// detector derives it from the template) when the record has neither a
// line number nor a function.
func statement(scope, file, function string, line int64) uint64 {
	if line == 0 && function == "" {
		return 0
	}
	var d xxhash.Digest
	d.Reset()
	for _, s := range []string{scope, file, function} {
		_, _ = d.WriteString(s)
		_, _ = d.Write([]byte{0})
	}
	var buf [8]byte
	binary.LittleEndian.PutUint64(buf[:], uint64(line))
	_, _ = d.Write(buf[:])
	return d.Sum64() | 1
}

// MissingLine heads the template and is the error type of absence
// findings: their backlog title reads "[service] missing log line: template".
const MissingLine = "missing log line"

// Records turns the detector's misses into log records, one per silent call
// (a miss reported for several held calls becomes as many records), one
// resource per service: resource service.name; body a readable statement;
// attributes fingerprint.id (internal/fingerprint), fingerprint.kind=absence,
// log.record.template "missing log line: <template>", the operation, the
// call's release and environment, the operation's owner and journey, the
// call's user and tenant, fingerprint.business_hours as the processor judged the
// call's log records (absent when none carries it); the call's trace and span id and time; severity
// ERROR (the call failed silently: the exporter weighs it as the in-exporter
// detection did, and keeps it at any min_severity up to error).
func Records(misses []absence.Miss) plog.Logs {
	ld := plog.NewLogs()
	bySvc := map[string]plog.LogRecordSlice{}
	for i := range misses {
		m := &misses[i]
		lrs, ok := bySvc[m.Service]
		if !ok {
			rl := ld.ResourceLogs().AppendEmpty()
			rl.Resource().Attributes().PutStr(attrs.ServiceName, m.Service)
			sl := rl.ScopeLogs().AppendEmpty()
			sl.Scope().SetName(metadata.ScopeName)
			lrs = sl.LogRecords()
			bySvc[m.Service] = lrs
		}
		for n := int64(0); n < max(m.Count, 1); n++ {
			record(m, lrs.AppendEmpty())
		}
	}
	return ld
}

// AbsenceID is the fingerprint id of an absence finding: the operation and
// the missing line's statement (absence.StatementOf: the template's
// constant prefix or first words), not the whole template text. The text is
// what this collector's miner made of the first record of the line it saw,
// so it depends on which records came first: two gateways of a scale-out
// (docs/deployment.md) that each see a share of the calls would otherwise
// give one silent failure two ids, and so two backlog entries and two
// tickets.
func AbsenceID(service, operation, template string) string {
	return fingerprint.ID(fingerprint.Key{
		Kind: attrs.KindAbsence, Service: service, Template: absence.StatementOf(template), Operation: operation,
	})
}

func record(m *absence.Miss, lr plog.LogRecord) {
	t := pcommon.Timestamp(max(m.Time, 0))
	lr.SetTimestamp(t)
	lr.SetObservedTimestamp(t)
	lr.SetSeverityNumber(plog.SeverityNumberError)
	lr.SetSeverityText("ERROR")
	lr.SetTraceID(m.TraceID)
	lr.SetSpanID(m.SpanID)
	lr.Body().SetStr(fmt.Sprintf("%s ended without the log line %q (written by %.0f%% of its calls before)",
		m.Operation, m.Template, 100*m.Expected))
	a := lr.Attributes()
	a.EnsureCapacity(14)
	a.PutStr(attrs.FingerprintID, AbsenceID(m.Service, m.Operation, m.Template))
	a.PutStr(attrs.FingerprintKind, attrs.KindAbsence)
	a.PutStr(attrs.LogRecordTemplate, MissingLine+": "+m.Template)
	a.PutStr(attrs.ErrorType, MissingLine)
	a.PutStr(attrs.Operation, m.Operation)
	for _, kv := range [...][2]string{
		{attrs.Release, m.Release}, {attrs.Environment, m.Environment}, {attrs.Owner, m.Owner},
		{attrs.Journey, m.Journey}, {attrs.User, m.User}, {attrs.Tenant, m.Tenant},
	} {
		if kv[1] != "" {
			a.PutStr(kv[0], kv[1])
		}
	}
	if m.JourneyWeight > 0 {
		a.PutDouble(attrs.JourneyCriticality, m.JourneyWeight)
	}
	if m.BusinessHours != 0 {
		a.PutBool(attrs.BusinessHours, m.BusinessHours > 0)
	}
}
