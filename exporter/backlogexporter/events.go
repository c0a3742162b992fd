package backlogexporter // import "github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter"

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"strings"
	"sync"

	"github.com/cespare/xxhash/v2"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/absence"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
	"github.com/otelcol-backlog/otelcol-backlog/internal/enrich"
	"github.com/otelcol-backlog/otelcol-backlog/internal/fingerprint"
)

// resourceInfo holds what an event takes from its resource.
type resourceInfo struct {
	service, release, environment string
}

func readResource(r pcommon.Resource) resourceInfo {
	ra := r.Attributes()
	return resourceInfo{
		service: str(ra, attrs.ServiceName),
		// The release is normalized like the processor's fingerprint.release, so a
		// resource-only release and the attribute agree ("v1.4.2" = "1.4.2").
		release:     enrich.NormalizeRelease(str(ra, attrs.ServiceVersion)),
		environment: str(ra, attrs.DeploymentEnvironment),
	}
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
func (e *backlogExporter) fill(ev *cluster.Event, a pcommon.Map, res resourceInfo, loc *codeLocation) string {
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
	// Without a version, a deployment id still tells releases apart.
	ev.Release = cmp.Or(release, res.release, deployment)
	ev.Environment = cmp.Or(env, res.environment)
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

// eventTime is the record's own time, falling back to the observed time.
func eventTime(ts, observed pcommon.Timestamp) int64 {
	if ts != 0 {
		return int64(ts)
	}
	return int64(observed)
}

// addLogs adds every fingerprinted record; it returns how many records were
// added and how many carried no fingerprint.
func (e *backlogExporter) addLogs(ld plog.Logs) (added, ignored int64) {
	var ev cluster.Event
	var obs *[]absence.Log
	if e.absence != nil {
		obs = borrow[absence.Log](&logObsPool)
		defer giveBack(&logObsPool, obs, e.absence.ObserveLogs)
	}
	rls := ld.ResourceLogs()
	for i := 0; i < rls.Len(); i++ {
		rl := rls.At(i)
		res := readResource(rl.Resource())
		sls := rl.ScopeLogs()
		if res.release != "" && sls.Len() > 0 && sls.At(0).LogRecords().Len() > 0 {
			first := sls.At(0).LogRecords().At(0)
			e.store.ObserveRelease(res.service, res.release, eventTime(first.Timestamp(), first.ObservedTimestamp()))
		}
		for j := 0; j < sls.Len(); j++ {
			sl := sls.At(j)
			lrs := sl.LogRecords()
			for k := 0; k < lrs.Len(); k++ {
				lr := lrs.At(k)
				ev = cluster.Event{}
				if e.absence == nil || lr.TraceID().IsEmpty() {
					ev.Fingerprint = e.fill(&ev, lr.Attributes(), res, nil)
				} else {
					var loc codeLocation
					ev.Fingerprint = e.fill(&ev, lr.Attributes(), res, &loc)
					if ev.Template != "" {
						*obs = append(*obs, absence.Log{
							TraceID: lr.TraceID(), SpanID: lr.SpanID(), Service: ev.Service, Template: ev.Template,
							Statement: loc.statement(sl.Scope().Name()),
							Failure:   ev.ErrorType != "" || (lr.SeverityNumber() != 0 || lr.SeverityText() != "") && e.severe(lr),
							Owner:     ev.Owner, Journey: ev.Journey, JourneyWeight: ev.JourneyWeight,
							User: ev.User, Tenant: ev.Tenant,
							Time: eventTime(lr.Timestamp(), lr.ObservedTimestamp()),
						})
					}
				}
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
				ev.Time = eventTime(lr.Timestamp(), lr.ObservedTimestamp())
				if lr.Body().Type() == pcommon.ValueTypeStr {
					ev.Body = lr.Body().Str()
				}
				e.store.Add(&ev)
				added++
			}
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

var severityNames = []struct {
	prefix string
	n      plog.SeverityNumber
}{
	{"trace", plog.SeverityNumberTrace}, {"debug", plog.SeverityNumberDebug},
	{"info", plog.SeverityNumberInfo}, {"notice", plog.SeverityNumberInfo2},
	{"warn", plog.SeverityNumberWarn}, {"err", plog.SeverityNumberError},
	{"crit", plog.SeverityNumberFatal}, {"alert", plog.SeverityNumberFatal},
	{"emerg", plog.SeverityNumberFatal}, {"fatal", plog.SeverityNumberFatal},
	{"panic", plog.SeverityNumberFatal}, {"severe", plog.SeverityNumberError},
}

// severityFromText maps common severity texts (any case, prefixes such as
// "WARNING" or "ERR") to a severity number.
func severityFromText(s string) (plog.SeverityNumber, bool) {
	if s == "" {
		return 0, false
	}
	for _, sn := range severityNames {
		if len(s) >= len(sn.prefix) && strings.EqualFold(s[:len(sn.prefix)], sn.prefix) {
			return sn.n, true
		}
	}
	return 0, false
}

// severityFloor parses min_severity.
func severityFloor(s string) (plog.SeverityNumber, bool) {
	switch strings.ToLower(s) {
	case "trace":
		return plog.SeverityNumberTrace, true
	case "debug":
		return plog.SeverityNumberDebug, true
	case "info":
		return plog.SeverityNumberInfo, true
	case "warn":
		return plog.SeverityNumberWarn, true
	case "error":
		return plog.SeverityNumberError, true
	case "fatal":
		return plog.SeverityNumberFatal, true
	}
	return 0, false
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
func (e *backlogExporter) addTraces(td ptrace.Traces) (added, ignored int64) {
	var ev cluster.Event
	var obs *[]absence.Span
	if e.absence != nil {
		obs = borrow[absence.Span](&spanObsPool)
		defer giveBack(&spanObsPool, obs, e.absence.ObserveSpans)
	}
	rss := td.ResourceSpans()
	for i := 0; i < rss.Len(); i++ {
		rs := rss.At(i)
		res := readResource(rs.Resource())
		sss := rs.ScopeSpans()
		if res.release != "" && sss.Len() > 0 && sss.At(0).Spans().Len() > 0 {
			e.store.ObserveRelease(res.service, res.release, int64(sss.At(0).Spans().At(0).StartTimestamp()))
		}
		for j := 0; j < sss.Len(); j++ {
			spans := sss.At(j).Spans()
			for k := 0; k < spans.Len(); k++ {
				sp := spans.At(k)
				ev = cluster.Event{}
				ev.Fingerprint = e.fill(&ev, sp.Attributes(), res, nil)
				if e.absence != nil {
					end := int64(sp.EndTimestamp())
					if end == 0 {
						end = int64(sp.StartTimestamp())
					}
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
				ev.Time = int64(sp.EndTimestamp())
				if ev.Time == 0 {
					ev.Time = int64(sp.StartTimestamp())
				}
				ev.Body = sp.Status().Message()
				e.store.Add(&ev)
				added++
			}
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
