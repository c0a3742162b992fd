package fingerprintprocessor // import "github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor"

import (
	"context"
	"slices"
	"strconv"
	"sync"
	"time"

	"go.opentelemetry.io/collector/consumer"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/processor"
	"go.opentelemetry.io/collector/processor/processorhelper"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/enrich"
	"github.com/otelcol-backlog/otelcol-backlog/internal/fingerprint"
	"github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"
	"github.com/otelcol-backlog/otelcol-backlog/internal/watermark"
)

func tracesProcessor(ctx context.Context, set processor.Settings, cfg *Config, c *sharedFingerprinter, next consumer.Traces) (processor.Traces, error) {
	return processorhelper.NewTraces(ctx, set, cfg, next, c.Value.processTraces,
		processorhelper.WithCapabilities(consumer.Capabilities{MutatesData: true}),
		processorhelper.WithStart(c.Start),
		processorhelper.WithShutdown(c.Shutdown))
}

// spanBatch is the reusable per-call scratch of processTraces.
type spanBatch struct {
	in    []spanclass.Span
	out   []spanclass.Class
	spans []ptrace.Span
	res   []resourceEnrichment
	resOf []int32 // index into res of each span
}

var batchPool = sync.Pool{New: func() any { return &spanBatch{} }}

// processTraces classifies every span of the batch (errors, latency outliers,
// retries) and writes the fingerprint of each finding on its span.
func (f *fingerprinter) processTraces(ctx context.Context, td ptrace.Traces) (ptrace.Traces, error) {
	b := batchPool.Get().(*spanBatch)
	defer func() {
		clear(b.spans)
		clear(b.in)
		clear(b.res)
		b.in, b.out, b.spans, b.res, b.resOf = b.in[:0], b.out[:0], b.spans[:0], b.res[:0], b.resOf[:0]
		batchPool.Put(b)
	}()
	var counts batchCounts
	wall := time.Now().UnixNano()
	rss := td.ResourceSpans()
	for i := 0; i < rss.Len(); i++ {
		rs := rss.At(i)
		re := f.enrichResource(rs.Resource())
		b.res = append(b.res, re)
		sss := rs.ScopeSpans()
		for j := 0; j < sss.Len(); j++ {
			spans := sss.At(j).Spans()
			for k := 0; k < spans.Len(); k++ {
				sp := spans.At(k)
				b.spans = append(b.spans, sp)
				b.resOf = append(b.resOf, int32(len(b.res)-1))
				// (toClassInput writes every field: not zeroed first)
				b.in = slices.Grow(b.in, 1)[:len(b.in)+1]
				in := &b.in[len(b.in)-1]
				toClassInput(in, re.service, sp)
				// A timestamp no sane clock produces (zero, before 2000,
				// overflowing, ahead of the wall clock by more than the
				// clock skew) gives no duration: the span's latency is
				// neither judged nor learned, so one absurd span cannot
				// blind a baseline or become a 174-year latency finding.
				if !watermark.Plausible(in.Start, wall, 0) || !watermark.Plausible(in.End, wall, 0) {
					in.Start, in.End = 0, 0
				}
				// Every span may name the journey of its trace, fingerprinted
				// or not; the trace's logs and failures inherit it.
				if f.hasJourneys {
					if j, ok := f.enricher.Journey(in.Service, journeyKey(in)); ok {
						f.enricher.TraceJourneys().Put(enrich.TraceID(in.TraceID), j)
					}
				}
			}
		}
	}
	if cap(b.out) < len(b.in) {
		b.out = make([]spanclass.Class, len(b.in))
	}
	b.out = b.out[:len(b.in)]
	f.classifier.Classify(b.in, b.out)
	for i := range b.out {
		in := &b.in[i]
		if in.SpanID == [8]byte{} || in.End < in.Start || in.End == 0 {
			counts.malformed++
		}
		c := &b.out[i]
		if f.traceAttribution && c.Slow {
			// The cause verdict is the whole trace's (the trace_findings
			// connector): every slow span tells its excess, which explains
			// its ancestors'; one whose own time may have grown is a
			// candidate, annotated but without fingerprint.id.
			if c.Kind == attrs.KindLatency && !c.Network && !c.Saturation {
				if !c.Delegated {
					c.ExcessMs = c.SlowExcessMs
					f.annotate(b.spans[i], in, c, &b.res[b.resOf[i]], true)
				}
				b.spans[i].Attributes().PutDouble(attrs.LatencySlowMs, c.SlowExcessMs)
				counts.skipped++
				continue
			}
			b.spans[i].Attributes().PutDouble(attrs.LatencySlowMs, c.SlowExcessMs)
		}
		// A propagated latency is a symptom of a slow descendant, which
		// carries the fingerprint; the symptom stays unannotated.
		if c.Kind == "" || c.Propagated {
			counts.skipped++
			continue
		}
		f.annotate(b.spans[i], in, c, &b.res[b.resOf[i]], false)
		counts.fingerprinted++
	}
	// Error propagation: a failure explained by a failed span below it
	// names that span's fingerprint and service (evidence for the
	// exporter's problem head; the ids were all written above).
	for i := range b.out {
		c := &b.out[i]
		if c.CausedBy <= 0 || c.Kind != attrs.KindError {
			continue
		}
		j := c.CausedBy - 1
		id, ok := b.spans[j].Attributes().Get(f.cfg.Attributes.ID)
		if !ok || id.Type() != pcommon.ValueTypeStr {
			continue
		}
		a := b.spans[i].Attributes()
		a.PutStr(attrs.CauseID, id.Str())
		a.PutStr(attrs.CauseService, b.out[j].Service)
	}
	f.record(ctx, counts)
	return td, nil
}

// toClassInput reads the classifier's inputs off a span into in, every
// field of it (processTraces' batch slot). The fields are written one by
// one, not as one composite value: that was built aside and copied in
// whole (392 bytes, a bulk write barrier while the GC runs), a tenth of
// the reader's time (TestSpanAttrValuesReadLikeGet reuses one slot, so a
// field left unwritten shows).
func toClassInput(in *spanclass.Span, service string, sp ptrace.Span) {
	var sa spanAttrValues
	sa.read(sp.Attributes())
	in.TraceID = sp.TraceID()
	in.SpanID = sp.SpanID()
	in.ParentSpanID = sp.ParentSpanID()
	in.Service = service
	in.Name = sp.Name()
	in.Route = sa.str(saRoute)
	in.Kind = int(sp.Kind())
	in.Start = int64(sp.StartTimestamp())
	in.End = int64(sp.EndTimestamp())
	st := sp.Status()
	in.StatusError = st.Code() == ptrace.StatusCodeError
	in.StatusOK = st.Code() == ptrace.StatusCodeOk
	in.StatusMessage = st.Message()
	in.ErrorType = sa.str(saErrorType)
	in.RPCService = sa.str(saRPCService)
	in.RPCMethod = sa.str(saRPCMethod)
	in.DBQuerySummary = sa.str(saDBQuerySummary)
	in.DBOperation = sa.str(saDBOperation)
	in.DBCollection = sa.str(saDBCollection)
	in.DB = sa.str(saDBSystem) != "" || sa.str(saDBSystemOld) != ""
	in.MessagingOperation = sa.str(saMessagingOperation)
	in.MessagingDestination = sa.str(saMessagingDestinationTemplate)
	in.HTTPMethod = sa.str(saHTTPMethod)
	in.URLTemplate = sa.str(saURLTemplate)
	in.Dependency = ""
	for _, slot := range dependencySlots {
		if v := sa.str(slot); v != "" {
			in.Dependency = v
			break
		}
	}
	in.ResendCount, in.HTTPStatus, in.RPCStatus = 0, 0, ""
	// Most spans have none of the keys below: one test passes them over
	// (sa.int is a call, a tenth of this function's instructions).
	if sa.seen&statusSlots != 0 {
		if v, ok := sa.int(saResendCount); ok {
			in.ResendCount = int(v)
		}
		for _, slot := range [...]int{saHTTPStatus, saHTTPStatusOld} {
			if v, ok := sa.int(slot); ok {
				in.HTTPStatus = int(v)
				break
			}
		}
		if v, ok := sa.get(saRPCStatus); ok && v.Type() == pcommon.ValueTypeStr {
			in.RPCStatus = v.Str()
		} else if v, ok := sa.int(saGRPCStatus); ok {
			in.RPCStatus = grpcCodeText(v)
		}
	}
	in.Exception = spanclass.Exception{}
	evs := sp.Events()
	for i := 0; i < evs.Len(); i++ {
		ev := evs.At(i)
		if ev.Name() != "exception" {
			continue
		}
		ea := ev.Attributes()
		in.Exception = spanclass.Exception{
			Type:       stringAttr(ea, attrs.ExceptionType),
			Message:    stringAttr(ea, attrs.ExceptionMessage),
			Stacktrace: stringAttr(ea, attrs.ExceptionStacktrace),
		}
		break
	}
}

// grpcCodeText is a gRPC status number as text without allocating for
// the defined codes (0 to 16).
func grpcCodeText(n int64) string {
	if n >= 0 && n < int64(len(smallInts)) {
		return smallInts[n]
	}
	return strconv.FormatInt(n, 10)
}

var smallInts = [...]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16"}

// dependencySlots name the downstream dependency of a span, in order:
// server.address, peer.service, db.system.name, rpc.service,
// messaging.destination.name.
var dependencySlots = [...]int{saServerAddress, saPeerService, saDBSystem, saRPCService, saMessagingDestination}

// The span attributes toClassInput reads, by slot.
const (
	saRoute = iota
	saErrorType
	saRPCService
	saRPCMethod
	saDBQuerySummary
	saDBOperation
	saDBCollection
	saDBSystem
	saDBSystemOld
	saMessagingOperation
	saMessagingDestinationTemplate
	saHTTPMethod
	saURLTemplate
	saServerAddress
	saPeerService
	saMessagingDestination
	saResendCount
	saHTTPStatus
	saHTTPStatusOld
	saRPCStatus
	saGRPCStatus
	numSpanAttrSlots
)

// statusSlots are the slots toClassInput reads for the resend count and
// the HTTP and RPC status codes.
const statusSlots = 1<<saResendCount | 1<<saHTTPStatus | 1<<saHTTPStatusOld | 1<<saRPCStatus | 1<<saGRPCStatus

// spanAttrSlot is the slot of an attribute key, -1 for keys not read.
func spanAttrSlot(k string) int {
	switch k {
	case attrs.HTTPRoute:
		return saRoute
	case attrs.ErrorTypeSemconv:
		return saErrorType
	case attrs.RPCService:
		return saRPCService
	case attrs.RPCMethod:
		return saRPCMethod
	case attrs.DBQuerySummary:
		return saDBQuerySummary
	case attrs.DBOperationName:
		return saDBOperation
	case attrs.DBCollectionName:
		return saDBCollection
	case attrs.DBSystemName:
		return saDBSystem
	case attrs.DBSystemOld:
		return saDBSystemOld
	case attrs.MessagingOperationName:
		return saMessagingOperation
	case attrs.MessagingDestinationTemplate:
		return saMessagingDestinationTemplate
	case attrs.HTTPRequestMethod:
		return saHTTPMethod
	case attrs.URLTemplate:
		return saURLTemplate
	case attrs.ServerAddress:
		return saServerAddress
	case attrs.PeerService:
		return saPeerService
	case attrs.MessagingDestination:
		return saMessagingDestination
	case attrs.HTTPResendCount:
		return saResendCount
	case attrs.HTTPResponseStatus:
		return saHTTPStatus
	case attrs.HTTPStatusCodeOld:
		return saHTTPStatusOld
	case attrs.RPCResponseStatus:
		return saRPCStatus
	case attrs.RPCGRPCStatusCode:
		return saGRPCStatus
	}
	return -1
}

// spanAttrValues are the attributes toClassInput reads, found in one pass
// over a span's attributes instead of a pcommon.Map.Get (a scan) per key,
// 25 of them per span (a tenth of the span path). Of a duplicated key the
// first decides, as Get finds it (TestSpanAttrValuesReadLikeGet).
type spanAttrValues struct {
	seen uint32
	v    [numSpanAttrSlots]pcommon.Value
}

func (sa *spanAttrValues) read(m pcommon.Map) {
	for k, v := range m.All() {
		if i := spanAttrSlot(k); i >= 0 && sa.seen&(1<<i) == 0 {
			sa.seen |= 1 << i
			sa.v[i] = v
		}
	}
}

// get is m.Get of the slot's key.
func (sa *spanAttrValues) get(slot int) (pcommon.Value, bool) {
	if sa.seen&(1<<slot) == 0 {
		return pcommon.Value{}, false
	}
	return sa.v[slot], true
}

// str is stringAttr of the slot's key. Value.Str is "" for a value that
// is not a string, so no type switch is needed (Value.Type is one): small
// enough to inline, it was a call and a switch for each of the ~17 string
// slots of every span.
func (sa *spanAttrValues) str(slot int) string {
	if sa.seen&(1<<slot) == 0 {
		return ""
	}
	return sa.v[slot].Str()
}

// int is the slot's value when it is an integer.
func (sa *spanAttrValues) int(slot int) (int64, bool) {
	if v, ok := sa.get(slot); ok && v.Type() == pcommon.ValueTypeInt {
		return v.Int(), true
	}
	return 0, false
}

// annotate derives the fingerprint of a classified span and writes it; a
// latency candidate (whose verdict is the
// trace_findings connector's) takes its id as fingerprint.latency.candidate_id
// and no fingerprint.id or kind, so that nothing downstream counts it
// before the verdict.
func (f *fingerprinter) annotate(sp ptrace.Span, in *spanclass.Span, c *spanclass.Class, re *resourceEnrichment, candidate bool) {
	var template, masked, form string // form: the miner's fingerprint.IDForm(masked), if it gave one
	var frames []string
	switch c.Kind {
	case attrs.KindError:
		msg := c.Message
		if len(msg) > f.cfg.Logs.MaxMessageLength {
			msg = truncateUTF8(msg, f.cfg.Logs.MaxMessageLength)
		}
		// Status and exception messages are mined like log bodies: the
		// template shown is the miner's (values in one slot become one
		// "<*>" as the miner learns them), the id hashes the masked
		// message as a log's does, so it never drifts.
		if msg != "" {
			r := f.miner.Process(msg)
			template, masked, form = r.Template, r.Masked, r.Form
		}
		if template == "" {
			// No message at all: the call itself names the failure.
			template = fingerprint.ErrorSpanTemplate(c.Operation, c.Dependency)
			masked = template
		}
		if in.Exception.Stacktrace != "" {
			frames = f.stack.Parse(in.Exception.Stacktrace).TopFrames(f.cfg.Stack.Frames)
		}
	case attrs.KindLatency, attrs.KindRetry:
		template = fingerprint.SpanTemplate(c.Kind, c.Operation, c.Dependency, c.Network)
		if c.Saturation {
			template = fingerprint.SaturationTemplate
		}
	}
	// A generic wrapper type (the span's outermost error, say
	// *fmt.wrapError) is no type: the span's error.type names the failure.
	errorType := fingerprint.NormalizeErrorType(c.ErrorType)
	if errorType == "" && c.Kind == attrs.KindError {
		errorType = fingerprint.NormalizeErrorType(in.ErrorType)
	}
	key := idKey{kind: c.Kind, service: c.Service, errorType: errorType, template: template, operation: c.Operation, dependency: c.Dependency}
	if c.Kind == attrs.KindError {
		key.template, key.masked = masked, true
	}
	var id string
	if len(frames) == 0 {
		id = f.ids.get(key)
	} else {
		// The id's template form is derived here only: the id cache
		// derives it itself on a miss (a tenth of the span path's
		// time was this form computed for every error span and unused).
		// An error's form is the miner's when it mined the message (kept
		// with the masked form in its cache), as on the log path.
		idTemplate := fingerprint.IDTemplate(template)
		if c.Kind == attrs.KindError {
			idTemplate = form
			if idTemplate == "" {
				idTemplate = fingerprint.IDForm(masked)
			}
		}
		id = f.frameIDs.ID(fingerprint.Key{Kind: c.Kind, Service: c.Service, ErrorType: errorType, Template: idTemplate, Operation: c.Operation, Dependency: c.Dependency, Frames: frames})
	}
	a := sp.Attributes()
	a.EnsureCapacity(a.Len() + 8 + f.enrichSlots(re))
	if candidate {
		a.PutStr(attrs.LatencyCandidateID, id)
	} else {
		a.PutStr(f.cfg.Attributes.ID, id)
		a.PutStr(f.cfg.Attributes.Kind, c.Kind)
	}
	a.PutStr(attrs.SpanTemplate, template)
	a.PutStr(attrs.Operation, c.Operation)
	if c.Service != in.Service {
		a.PutStr(attrs.Service, c.Service)
	}
	if c.Dependency != "" {
		a.PutStr(attrs.Dependency, c.Dependency)
	}
	if errorType != "" {
		a.PutStr(attrs.ErrorType, errorType)
	}
	if len(frames) > 0 {
		a.PutStr(attrs.Frames, f.frameTexts.text(id, frames))
	}
	switch c.Kind {
	case attrs.KindLatency:
		a.PutDouble(attrs.LatencyExcessMs, c.ExcessMs)
		a.PutDouble(attrs.LatencyBaselineMs, c.BaselineMs)
	case attrs.KindRetry:
		a.PutInt(attrs.RetryCount, int64(c.RetryCount))
	}
	var journey enrich.Journey
	var hasJourney bool
	if f.hasJourneys {
		journey, hasJourney = f.enricher.TraceJourneys().Get(enrich.TraceID(in.TraceID))
	}
	f.enrichRecord(a, re, journeyKey(in), template, journey, hasJourney, false, ownUnknown, in.Start, nil)
}

// journeyKey is what journey and ownership rules match a span's route
// against: http.route, else the span name.
func journeyKey(in *spanclass.Span) string {
	if in.Route != "" {
		return in.Route
	}
	return in.Name
}
