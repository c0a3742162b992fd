package backlogexporter // import "github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter"

import (
	"cmp"
	"context"
	"encoding/binary"
	"encoding/hex"
	"hash/maphash"
	"sync"
	"time"

	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
	"github.com/otelcol-backlog/otelcol-backlog/internal/enrich"
	"github.com/otelcol-backlog/otelcol-backlog/internal/score"
	"github.com/otelcol-backlog/otelcol-backlog/internal/watermark"
)

// resourceInfo is what an event takes from its resource: the processor's
// release, environment and deployment, else (derived on demand by the
// processor's default rules) the fallback (enrich.Resource).
type resourceInfo = enrich.Resource

func (e *backlogExporter) readResource(r pcommon.Resource) resourceInfo {
	return enrich.ReadResource(r)
}

// derive fills in the fallback of a resource the processor did not enrich.
func (e *backlogExporter) derive(ri *resourceInfo) { ri.Derive(e.fallback) }

// observeRelease records the resource's release for new-release detection
// (the first event time of the resource's records), unless the resource's
// release is a fallback while its records show that the processor ran (it
// found no release: none is invented).
func (e *backlogExporter) observeRelease(res *resourceInfo, processorRecords bool, first int64) {
	if !res.Processed && processorRecords {
		return
	}
	e.derive(res)
	e.store.ObserveRelease(res.Service, cmp.Or(res.Release, res.Deployment), first)
}

// fill sets the event fields shared by logs and spans from record
// attributes in one pass, falling back to the resource for release and
// environment. It returns the fingerprint (empty: not fingerprinted).
func (e *backlogExporter) fill(ev *cluster.Event, a pcommon.Map, res *resourceInfo) string {
	var fp, release, env, deployment, spanTemplate string
	var enr attrs.Enrichment
	keys := &e.cfg.Attributes
	a.Range(func(k string, v pcommon.Value) bool {
		switch v.Type() {
		case pcommon.ValueTypeStr:
		case pcommon.ValueTypeDouble:
			switch k {
			case attrs.JourneyCriticality:
				ev.JourneyWeight = v.Double()
			case attrs.LatencyExcessMs:
				ev.LatencyExcessMs = v.Double()
			case attrs.LatencyBaselineMs:
				ev.LatencyBaselineMs = v.Double()
			}
			return true
		case pcommon.ValueTypeBool: // h7: business hours
			if k == attrs.BusinessHours {
				ev.BusinessHours = -1
				if v.Bool() {
					ev.BusinessHours = 1
				}
			}
			return true
		default:
			return true
		}
		s := v.Str()
		switch k {
		case keys.Fingerprint:
			if validFingerprint(s) {
				fp = s
			}
		case keys.Kind:
			ev.Kind = s
		case keys.Template:
			ev.Template = s
		case attrs.SpanTemplate:
			spanTemplate = s
		case attrs.ErrorType:
			ev.ErrorType = s
		case attrs.Frames:
			ev.Frames = s
		case attrs.Operation:
			ev.Operation = s
		case attrs.Dependency:
			ev.Dependency = s
		case attrs.CauseID:
			if validFingerprint(s) {
				ev.Cause = s
			}
		case attrs.Service:
			ev.Service = s
		case attrs.Release:
			release = s
		case attrs.Environment:
			env = s
		case attrs.Deployment:
			deployment = s
		case attrs.ParentSpanID:
			// A trace_findings latency finding (a log record) links in its
			// trace as its span would (a span's own parent id wins).
			var id [8]byte
			if len(s) == 2*len(id) {
				if _, err := hex.Decode(id[:], []byte(s)); err == nil {
					ev.ParentSpanID = id
				}
			}
		default:
			enr.Take(k, s)
		}
		return true
	})
	if ev.Service == "" {
		ev.Service = res.Service
	}
	// Without a version, a deployment id still tells releases apart. A
	// record the processor fingerprinted (it carries the kind, or its log
	// resource does) takes only what the processor wrote; a resource
	// fallback is for other records.
	if res.Processed || ev.Kind == "" && !res.Fingerprinted {
		e.derive(res)
		ev.Release = cmp.Or(release, res.Release, deployment, res.Deployment)
		ev.Environment = cmp.Or(env, res.Environment)
	} else {
		ev.Release = cmp.Or(release, deployment)
		ev.Environment = env
	}
	enr.Resolve()
	ev.Owner, ev.Journey, ev.User, ev.Tenant = enr.Owner, enr.Journey, enr.User, enr.Tenant
	if ev.Template == "" {
		ev.Template = spanTemplate
	}
	return fp
}

// ignorable reports, without reading every attribute (fill), that a record
// lacking attribute key altogether is ignored and fill would learn nothing
// else from it: either the resource already has a record of the processor
// (known), or the record has no kind attribute either. Most records take
// this path: spans the processor found nothing in (no fingerprint) and log
// records below min_severity (no error type).
func (e *backlogExporter) ignorable(a pcommon.Map, key string, known bool) bool {
	if _, ok := a.Get(key); ok {
		return false
	}
	if known {
		return true
	}
	_, hasKind := a.Get(e.cfg.Attributes.Kind)
	return !hasKind
}

// validFingerprint accepts what the fingerprint processor writes (16 hex
// digits) and any other token-like id: 1 to 64 of A-Z a-z 0-9 . _ : -.
// The fingerprint goes into ticket markers and labels, tracker searches
// and file anchors, so anything else (markup, spaces) is no fingerprint:
// the record is counted in records_ignored.
func validFingerprint(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '_' || c == ':' || c == '-') {
			return false
		}
	}
	return true
}

// batchTimes gives the records of one batch their event times: it clamps
// implausible timestamps (watermark.Clamp), counts each fallback by reason
// and collects the times for the event-time clock (a record that fell back
// to its receive time is one record among the bulk like any other: records
// without any timestamp still move the clock of a live stream).
type batchTimes struct {
	received int64
	skew     time.Duration
	adjusted [watermark.Future + 1]int64
	times    []int64
}

var batchTimesPool = sync.Pool{New: func() any { return new(batchTimes) }}

func (e *backlogExporter) newBatchTimes() *batchTimes {
	if now, ok := e.eventNow(); ok {
		e.store.SetNowBefore(now) // what "regressed" is judged against
	}
	b := batchTimesPool.Get().(*batchTimes)
	b.received, b.skew = e.now().UnixNano(), e.cfg.MaxClockSkew
	return b
}

// at returns the event time of a record with timestamp ts and observed
// timestamp observed (a span: end and start).
func (b *batchTimes) at(ts, observed pcommon.Timestamp) int64 {
	t, reason := watermark.Clamp(uint64(ts), uint64(observed), b.received, b.skew)
	if reason != watermark.OK {
		b.adjusted[reason]++
	}
	b.times = append(b.times, t)
	return t
}

// doneBatchTimes feeds the clock, counts the fallbacks and recycles b.
func (e *backlogExporter) doneBatchTimes(ctx context.Context, b *batchTimes) {
	e.clock.Observe(b.times, b.received)
	for _, r := range watermark.Reasons {
		if n := b.adjusted[r]; n > 0 {
			e.tel.ExporterBacklogTimestampsAdjusted.Add(ctx, n, reasonAttrs[r])
		}
	}
	b.adjusted = [watermark.Future + 1]int64{}
	b.times = b.times[:0]
	batchTimesPool.Put(b)
}

// reasonAttrs are the metric attributes of each fallback reason.
var reasonAttrs = func() map[watermark.Reason]metric.AddOption {
	m := map[watermark.Reason]metric.AddOption{}
	for _, r := range watermark.Reasons {
		m[r] = metric.WithAttributeSet(attribute.NewSet(attribute.String("reason", r.String())))
	}
	return m
}()

// addLogs adds every fingerprinted record; it returns how many records were
// added and how many carried no fingerprint.
func (e *backlogExporter) addLogs(ctx context.Context, ld plog.Logs) (added, ignored int64) {
	var ev cluster.Event
	delivery := e.redelivered.Delivery() // this call is one delivery
	times := e.newBatchTimes()
	defer e.doneBatchTimes(ctx, times)
	rls := ld.ResourceLogs()
	for i := 0; i < rls.Len(); i++ {
		rl := rls.At(i)
		res := e.readResource(rl.Resource())
		e.store.ObserveService(res.Service)
		// The processor writes the kind of log records once, on their
		// resource (fingerprintprocessor: a record carries one only over
		// its own).
		res.Fingerprinted = stringAttrIs(rl.Resource().Attributes(), e.cfg.Attributes.Kind, attrs.KindLog)
		sls := rl.ScopeLogs()
		processorRecords := res.Fingerprinted
		var first int64 // the resource's first record time (clamped)
		hasFirst := false
		for j := 0; j < sls.Len(); j++ {
			sl := sls.At(j)
			lrs := sl.LogRecords()
			for k := 0; k < lrs.Len(); k++ {
				lr := lrs.At(k)
				at := times.at(lr.Timestamp(), lr.ObservedTimestamp())
				if !hasFirst {
					first, hasFirst = at, true
				}
				if !e.severe(lr) && e.ignorable(lr.Attributes(), attrs.ErrorType, processorRecords) {
					ignored++ // below min_severity without an error type
					continue
				}
				ev = cluster.Event{}
				ev.Fingerprint = e.fill(&ev, lr.Attributes(), &res)
				processorRecords = processorRecords || ev.Kind != ""
				if ev.Fingerprint == "" || (ev.ErrorType == "" && !e.severe(lr)) {
					ignored++
					continue
				}
				if ev.Kind == "" {
					ev.Kind = attrs.KindLog
				}
				ev.Severity = severity(lr)
				ev.TraceID = lr.TraceID()
				ev.SpanID = lr.SpanID()
				ev.Time = at
				if lr.Body().Type() == pcommon.ValueTypeStr {
					ev.Body = lr.Body().Str()
				}
				if e.logRedelivered(lr, &ev, res.Service, delivery) {
					ignored++
					continue
				}
				e.store.Add(&ev)
				added++
			}
		}
		if hasFirst {
			e.observeRelease(&res, processorRecords, first)
		}
	}
	return added, ignored
}

// stringAttrIs reports whether m's key is the string value.
func stringAttrIs(m pcommon.Map, key, value string) bool {
	v, ok := m.Get(key)
	return ok && v.Type() == pcommon.ValueTypeStr && v.Str() == value
}

// severe reports whether a record is at or above min_severity; a record
// with no severity at all counts as severe (nothing says otherwise).
func (e *backlogExporter) severe(lr plog.LogRecord) bool {
	n := lr.SeverityNumber()
	if n == plog.SeverityNumberUnspecified {
		var ok bool
		if n, ok = severityFromText(lr.SeverityText()); !ok {
			return true
		}
	}
	return n >= e.minSeverity
}

// severityFromText maps a severity text to the first number of its level
// (score.ParseSeverity: any case, common spellings and prefixes such as
// "WARNING" or "ERR").
func severityFromText(s string) (plog.SeverityNumber, bool) {
	sev := score.ParseSeverity(s)
	return plog.SeverityNumber(sev.Number()), sev != score.SeverityUnknown
}

// severityFloor parses min_severity (score.SeverityByName).
func severityFloor(s string) (plog.SeverityNumber, bool) {
	sev, ok := score.SeverityByName(s)
	return plog.SeverityNumber(sev.Number()), ok
}

// severity is the record's severity text, or the text of its number.
func severity(lr plog.LogRecord) string {
	if s := lr.SeverityText(); s != "" {
		return s
	}
	if lr.SeverityNumber() == plog.SeverityNumberUnspecified {
		return ""
	}
	return lr.SeverityNumber().String()
}

// addTraces adds every fingerprinted span.
func (e *backlogExporter) addTraces(ctx context.Context, td ptrace.Traces) (added, ignored int64) {
	var ev cluster.Event
	delivery := e.redelivered.Delivery() // this call is one delivery
	times := e.newBatchTimes()
	defer e.doneBatchTimes(ctx, times)
	rss := td.ResourceSpans()
	for i := 0; i < rss.Len(); i++ {
		rs := rss.At(i)
		res := e.readResource(rs.Resource())
		e.store.ObserveService(res.Service)
		sss := rs.ScopeSpans()
		processorRecords := false
		var first int64 // the resource's first record time (clamped)
		hasFirst := false
		for j := 0; j < sss.Len(); j++ {
			spans := sss.At(j).Spans()
			for k := 0; k < spans.Len(); k++ {
				sp := spans.At(k)
				// A span's time is its end, else its start.
				end := times.at(sp.EndTimestamp(), sp.StartTimestamp())
				if !hasFirst {
					first, hasFirst = end, true
				}
				if e.ignorable(sp.Attributes(), e.cfg.Attributes.Fingerprint, processorRecords) {
					ignored++ // no fingerprint
					continue
				}
				ev = cluster.Event{}
				ev.Fingerprint = e.fill(&ev, sp.Attributes(), &res)
				processorRecords = processorRecords || ev.Kind != ""
				if ev.Fingerprint == "" {
					ignored++
					continue
				}
				if ev.Operation == "" {
					ev.Operation = sp.Name()
				}
				if sp.Status().Code() == ptrace.StatusCodeError {
					ev.Severity = "ERROR"
				}
				ev.TraceID = sp.TraceID()
				ev.SpanID = sp.SpanID()
				ev.ParentSpanID = sp.ParentSpanID()
				ev.Time = end
				ev.Body = sp.Status().Message()
				if e.spanRedelivered(&ev, delivery) {
					ignored++
					continue
				}
				e.store.Add(&ev)
				added++
			}
		}
		if hasFirst {
			e.observeRelease(&res, processorRecords, first)
		}
	}
	return added, ignored
}

// redeliveryWindow is the number of slots of the table that recognises a
// fingerprinted record delivered again, with deduplicate_redelivered
// (internal/dedup): 1 MiB, a copy
// within the next ~32,000 fingerprinted records is recognised with
// probability ~98 %.
const redeliveryWindow = 1 << 17

// spanRedelivered reports a span already added by another delivery (call):
// a span is identified by its trace and span ids (and the fingerprint, for
// spans the processor did not key). Spans without ids are never taken for
// copies, nor equal spans of one delivery (the source's own).
func (e *backlogExporter) spanRedelivered(ev *cluster.Event, delivery uint64) bool {
	if !e.cfg.DeduplicateRedelivered {
		return false
	}
	if ev.TraceID == ([16]byte{}) || ev.SpanID == ([8]byte{}) {
		return false
	}
	var h maphash.Hash
	h.SetSeed(e.redelivered.Seed())
	h.WriteByte('S')
	h.Write(ev.TraceID[:])
	h.Write(ev.SpanID[:])
	h.WriteString(ev.Fingerprint)
	return e.redelivered.Seen(h.Sum64(), delivery)
}

// logRedelivered reports a log record already added by another delivery
// (call): same trace and span ids, timestamps, fingerprint, service and
// body. Equal records of one delivery are the source's own and all count.
// Only records carrying a trace id or an observed timestamp (set where the
// record was read or emitted, in nanoseconds) are identified: without
// either, two equal lines of one second in two deliveries are
// indistinguishable from a copy.
func (e *backlogExporter) logRedelivered(lr plog.LogRecord, ev *cluster.Event, service string, delivery uint64) bool {
	if !e.cfg.DeduplicateRedelivered {
		return false
	}
	observed := lr.ObservedTimestamp()
	if ev.TraceID == ([16]byte{}) && observed == 0 {
		return false
	}
	var h maphash.Hash
	h.SetSeed(e.redelivered.Seed())
	var b [17]byte
	b[0] = 'L'
	binary.LittleEndian.PutUint64(b[1:], uint64(lr.Timestamp()))
	binary.LittleEndian.PutUint64(b[9:], uint64(observed))
	h.Write(b[:])
	h.Write(ev.TraceID[:])
	h.Write(ev.SpanID[:])
	h.WriteString(ev.Fingerprint)
	h.WriteByte(0)
	h.WriteString(service)
	h.WriteByte(0)
	h.WriteString(ev.Body)
	return e.redelivered.Seen(h.Sum64(), delivery)
}
