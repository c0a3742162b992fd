package backlogexporter // import "github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter"

import (
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"sync"
	"time"

	"github.com/cespare/xxhash/v2"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"

	"github.com/otelcol-backlog/otelcol-backlog/internal/absence"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
	"github.com/otelcol-backlog/otelcol-backlog/internal/enrich"
	"github.com/otelcol-backlog/otelcol-backlog/internal/fingerprint"
	"github.com/otelcol-backlog/otelcol-backlog/internal/score"
	"github.com/otelcol-backlog/otelcol-backlog/internal/watermark"
)

// resourceInfo holds what an event takes from its resource.
type resourceInfo struct {
	service, release, environment, deployment string
	// processed: the fingerprint processor wrote its release, environment
	// or deployment on the resource; nothing else is derived then.
	processed bool
	// derived: the fallback was derived (lazily, from attrs: most
	// resources never need it).
	derived bool
	attrs   pcommon.Map
}

// readResource takes release, environment and deployment from the
// fingerprint processor, which owns them (fingerprint.release,
// fingerprint.environment, fingerprint.deployment on the resource). For a
// resource the processor did not enrich (another source), derive gets them
// by the processor's default rules, through the same enrich functions:
// release from service.version (normalized), environment from
// deployment.environment.name, deployment.environment or env (lowercased,
// built-in aliases), deployment from deployment.id.
func (e *backlogExporter) readResource(r pcommon.Resource) resourceInfo {
	ra := r.Attributes()
	ri := resourceInfo{
		service:     str(ra, attrs.ServiceName),
		release:     str(ra, attrs.Release),
		environment: str(ra, attrs.Environment),
		deployment:  str(ra, attrs.Deployment),
		attrs:       ra,
	}
	ri.processed = ri.release != "" || ri.environment != "" || ri.deployment != ""
	return ri
}

// derive fills in the fallback of a resource the processor did not enrich.
func (e *backlogExporter) derive(ri *resourceInfo) {
	if ri.processed || ri.derived {
		return
	}
	ri.derived = true
	get := enrich.MapLookup(ri.attrs)
	ri.release = e.fallback.Release(get)
	ri.environment = e.fallback.Environment(get)
	ri.deployment = e.fallback.Deployment(get)
}

// observeRelease records the resource's release for new-release detection
// (the first event time of the resource's records), unless the resource's
// release is a fallback while its records show that the processor ran (it
// found no release: none is invented).
func (e *backlogExporter) observeRelease(res *resourceInfo, processorRecords bool, first int64) {
	if !res.processed && processorRecords {
		return
	}
	e.derive(res)
	e.store.ObserveRelease(res.service, cmp.Or(res.release, res.deployment), first)
}

func str(m pcommon.Map, key string) string {
	if v, ok := m.Get(key); ok {
		if v.Type() == pcommon.ValueTypeStr {
			return v.Str()
		}
		return ""
	}
	return ""
}

// fill sets the event fields shared by logs and spans from record
// attributes in one pass, falling back to the resource for release and
// environment. It returns the fingerprint (empty: not fingerprinted).
// When loc is not nil it also collects the record's code location.
func (e *backlogExporter) fill(ev *cluster.Event, a pcommon.Map, res *resourceInfo, loc *codeLocation) string {
	var fp, user, tenant, release, env, deployment, spanTemplate string
	keys := &e.cfg.Attributes
	a.Range(func(k string, v pcommon.Value) bool {
		switch v.Type() {
		case pcommon.ValueTypeStr:
		case pcommon.ValueTypeInt:
			if loc != nil && (k == attrs.CodeLineNumber || k == attrs.CodeLineNumberOld) {
				loc.line = v.Int()
			}
			return true
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
		case attrs.Operation:
			ev.Operation = s
		case attrs.Dependency:
			ev.Dependency = s
		case attrs.Service:
			ev.Service = s
		case attrs.Release:
			release = s
		case attrs.Environment:
			env = s
		case attrs.Deployment:
			deployment = s
		case attrs.Owner:
			ev.Owner = s
		case attrs.Journey:
			ev.Journey = s
		case attrs.User:
			ev.User = s
		case attrs.EnduserID:
			user = s
		case attrs.Tenant:
			ev.Tenant = s
		case attrs.TenantID:
			tenant = s
		case attrs.CodeFilePath, attrs.CodeFilePathOld:
			if loc != nil {
				loc.file = s
			}
		case attrs.CodeFunctionName, attrs.CodeFunctionOld:
			if loc != nil {
				loc.function = s
			}
		}
		return true
	})
	if ev.Service == "" {
		ev.Service = res.service
	}
	// Without a version, a deployment id still tells releases apart. A
	// record the processor fingerprinted (it carries the kind) takes only
	// what the processor wrote; a resource fallback is for other records.
	if res.processed || ev.Kind == "" {
		e.derive(res)
		ev.Release = cmp.Or(release, res.release, deployment, res.deployment)
		ev.Environment = cmp.Or(env, res.environment)
	} else {
		ev.Release = cmp.Or(release, deployment)
		ev.Environment = env
	}
	if ev.User == "" {
		ev.User = user
	}
	if ev.Tenant == "" {
		ev.Tenant = tenant
	}
	if ev.Template == "" {
		ev.Template = spanTemplate
	}
	return fp
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

// codeLocation is a log record's code.* attributes.
type codeLocation struct {
	file, function string
	line           int64
}

// statement hashes the location with the scope name: 0 when the record
// has neither a line number nor a function.
func (c *codeLocation) statement(scope string) uint64 {
	if c.line == 0 && c.function == "" {
		return 0
	}
	var d xxhash.Digest
	d.Reset()
	for _, s := range []string{scope, c.file, c.function} {
		_, _ = d.WriteString(s)
		_, _ = d.Write([]byte{0})
	}
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(c.line))
	_, _ = d.Write(b[:])
	return d.Sum64() | 1
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
	times := e.newBatchTimes()
	defer e.doneBatchTimes(ctx, times)
	var obs *[]absence.Log
	if e.absence != nil {
		obs = borrow[absence.Log](&logObsPool)
		defer giveBack(&logObsPool, obs, e.absence.ObserveLogs)
	}
	rls := ld.ResourceLogs()
	for i := 0; i < rls.Len(); i++ {
		rl := rls.At(i)
		res := e.readResource(rl.Resource())
		sls := rl.ScopeLogs()
		processorRecords := false
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
				ev = cluster.Event{}
				if e.absence == nil || lr.TraceID().IsEmpty() {
					ev.Fingerprint = e.fill(&ev, lr.Attributes(), &res, nil)
				} else {
					var loc codeLocation
					ev.Fingerprint = e.fill(&ev, lr.Attributes(), &res, &loc)
					if ev.Template != "" {
						*obs = append(*obs, absence.Log{
							TraceID: lr.TraceID(), SpanID: lr.SpanID(), Service: ev.Service, Template: ev.Template,
							Statement: loc.statement(sl.Scope().Name()),
							Failure:   ev.ErrorType != "" || (lr.SeverityNumber() != 0 || lr.SeverityText() != "") && e.severe(lr),
							Owner:     ev.Owner, Journey: ev.Journey, JourneyWeight: ev.JourneyWeight,
							User: ev.User, Tenant: ev.Tenant,
							Time: at,
						})
					}
				}
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
	times := e.newBatchTimes()
	defer e.doneBatchTimes(ctx, times)
	var obs *[]absence.Span
	if e.absence != nil {
		obs = borrow[absence.Span](&spanObsPool)
		defer giveBack(&spanObsPool, obs, e.absence.ObserveSpans)
	}
	rss := td.ResourceSpans()
	for i := 0; i < rss.Len(); i++ {
		rs := rss.At(i)
		res := e.readResource(rs.Resource())
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
				ev = cluster.Event{}
				ev.Fingerprint = e.fill(&ev, sp.Attributes(), &res, nil)
				processorRecords = processorRecords || ev.Kind != ""
				if e.absence != nil {
					*obs = append(*obs, absence.Span{
						TraceID: sp.TraceID(), SpanID: sp.SpanID(), ParentID: sp.ParentSpanID(),
						Entry:   sp.Kind() == ptrace.SpanKindServer || sp.Kind() == ptrace.SpanKindConsumer,
						Service: cmp.Or(res.service, ev.Service), Name: sp.Name(), End: end,
						Release: ev.Release, Environment: ev.Environment,
					})
				}
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

// Observation buffers, one batch's worth, handed to the absence detector
// under one lock.
var (
	logObsPool  = sync.Pool{New: func() any { return new([]absence.Log) }}
	spanObsPool = sync.Pool{New: func() any { return new([]absence.Span) }}
)

func borrow[T any](pool *sync.Pool) *[]T { return pool.Get().(*[]T) }

// giveBack hands the buffered observations to the detector, drops their
// references and returns the buffer to its pool.
func giveBack[T any](pool *sync.Pool, buf *[]T, observe func([]T)) {
	observe(*buf)
	clear(*buf)
	*buf = (*buf)[:0]
	pool.Put(buf)
}

// addMisses evaluates the settled traces (all of them when final) and adds
// each sustained absence as events of an absence cluster.
func (e *backlogExporter) addMisses(final bool) int64 {
	if e.absence == nil {
		return 0
	}
	var n int64
	for _, m := range e.absence.Evaluate(final) {
		ev := cluster.Event{
			Fingerprint: fingerprint.ID(fingerprint.Key{Kind: attrs.KindAbsence, Service: m.Service, Template: m.Template, Operation: m.Operation}),
			Kind:        attrs.KindAbsence,
			Template:    m.Template,
			Service:     m.Service,
			Operation:   m.Operation,
			ErrorType:   absenceErrorType,
			Severity:    "ERROR",
			Release:     m.Release,
			Environment: m.Environment,
			Owner:       m.Owner,
			Journey:     m.Journey,
			User:        m.User,
			Tenant:      m.Tenant,
			TraceID:     m.TraceID,
			SpanID:      m.SpanID,
			Time:        m.Time,
			// A journey's criticality weighs its silent failures too.
			JourneyWeight: m.JourneyWeight,
			Body: fmt.Sprintf("%s ended without the log line %q (written by %.0f%% of its calls before)",
				m.Operation, m.Template, 100*m.Expected),
		}
		for i := int64(0); i < m.Count; i++ {
			e.store.Add(&ev)
		}
		n += m.Count
	}
	return n
}

// absenceErrorType is the error type of absence clusters (it heads their
// titles: "[service] missing log line: template").
const absenceErrorType = "missing log line"
