package fingerprintprocessor // import "github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor"

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/open-telemetry/opentelemetry-collector-contrib/pkg/ottl"
	"github.com/open-telemetry/opentelemetry-collector-contrib/pkg/ottl/contexts/ottllog"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/enrich"
	"github.com/otelcol-backlog/otelcol-backlog/internal/fingerprint"
	"github.com/otelcol-backlog/otelcol-backlog/internal/score"
	"github.com/otelcol-backlog/otelcol-backlog/internal/stacktrace"
	"github.com/otelcol-backlog/otelcol-backlog/internal/textutil"
)

// batchCounts accumulates a batch's counters so telemetry is recorded once
// per batch, not once per record.
type batchCounts struct {
	fingerprinted, skipped, malformed, conditionErrors int64
}

func (f *fingerprinter) record(ctx context.Context, c batchCounts) {
	if c.fingerprinted > 0 {
		f.tel.ProcessorFingerprintRecordsFingerprinted.Add(ctx, c.fingerprinted)
	}
	if c.skipped > 0 {
		f.tel.ProcessorFingerprintRecordsSkipped.Add(ctx, c.skipped)
	}
	if c.malformed > 0 {
		f.tel.ProcessorFingerprintRecordsMalformed.Add(ctx, c.malformed)
	}
	if c.conditionErrors > 0 {
		f.tel.ProcessorFingerprintConditionErrors.Add(ctx, c.conditionErrors)
	}
}

// processLogs fingerprints every selected log record in place. It never
// drops a record: what cannot be fingerprinted passes through and is counted.
func (f *fingerprinter) processLogs(ctx context.Context, ld plog.Logs) (plog.Logs, error) {
	var counts batchCounts
	ids, _ := f.logIDs.Get().(*logIDs)
	if ids == nil {
		ids = new(logIDs)
	}
	defer f.logIDs.Put(ids)
	rls := ld.ResourceLogs()
	for i := 0; i < rls.Len(); i++ {
		rl := rls.At(i)
		re := f.enrichResource(rl.Resource())
		sls := rl.ScopeLogs()
		for j := 0; j < sls.Len(); j++ {
			sl := sls.At(j)
			lrs := sl.LogRecords()
			for k := 0; k < lrs.Len(); k++ {
				lr := lrs.At(k)
				if f.logConds != nil {
					tctx := ottllog.NewTransformContext(rl, sl, lr)
					ok, err := f.logConds.Eval(ctx, tctx)
					tctx.Close()
					if err != nil {
						counts.conditionErrors++
						if f.cfg.ErrorMode == ottl.PropagateError {
							f.record(ctx, counts)
							counts = batchCounts{}
							return ld, err
						}
						counts.skipped++
						continue
					}
					if !ok {
						counts.skipped++
						continue
					}
				}
				if k+1 < lrs.Len() {
					f.prefetchLog(lrs.At(k + 1))
				}
				f.fingerprintLog(&re, lr, ids, &counts)
			}
		}
	}
	f.record(ctx, counts)
	counts = batchCounts{}
	return ld, nil
}

// prefetchLog hints the miner at the next record's message while this one
// is processed (logtemplate.Miner.Prefetch): its memo's cache miss
// overlaps the current record's work. A string body is the usual message;
// another body, or a message fingerprintLog derives otherwise (a stack
// trace's first line, a cut), only wastes the hint.
func (f *fingerprinter) prefetchLog(lr plog.LogRecord) {
	if b := lr.Body(); b.Type() == pcommon.ValueTypeStr {
		f.miner.Prefetch(b.Str())
	}
}

// fingerprintLog derives the template and fingerprint of one record.
func (f *fingerprinter) fingerprintLog(re *resourceEnrichment, lr plog.LogRecord, ids *logIDs, counts *batchCounts) {
	service := re.service
	la := lr.Attributes()
	bare := la.Len() == 0
	in := f.scanLogAttrs(la)
	msg, odd := f.message(lr.Body())
	if f.cfg.Logs.DetectSeverity && lr.SeverityNumber() == plog.SeverityNumberUnspecified && lr.SeverityText() == "" {
		detectSeverity(lr)
	}
	exType, stack := in.exType, in.stack
	if msg == "" {
		msg = in.exMsg
	}
	// A multi-line body whose tail is a stack trace: the first line is the
	// message, the rest gives the frames.
	var trace *stacktrace.Trace
	if nl := strings.IndexByte(msg, '\n'); nl >= 0 && stack == "" {
		if t := f.stack.Parse(msg); len(t.TopFrames(1)) > 0 {
			trace = t
			msg = strings.TrimRight(msg[:nl], "\r")
		}
	}
	if len(msg) > f.cfg.Logs.MaxMessageLength {
		msg = truncateUTF8(msg, f.cfg.Logs.MaxMessageLength)
		odd = true
	}
	if !utf8.ValidString(msg) {
		msg = strings.ToValidUTF8(msg, "\uFFFD")
		odd = true
	}
	if odd {
		counts.malformed++
	}
	if msg == "" && exType == "" && stack == "" && trace == nil {
		counts.skipped++
		return
	}

	if trace == nil && stack != "" {
		trace = f.stack.Parse(stack)
	}
	var frames []string
	if trace != nil {
		if rc := trace.RootCause(); exType == "" && rc != nil {
			exType = rc.Type
		}
		frames = trace.TopFrames(f.cfg.Stack.Frames)
	}
	// A generic wrapper type (fingerprint.GenericErrorType) is no type:
	// error.type, if any, names the failure instead.
	exType = fingerprint.NormalizeErrorType(exType)
	if exType == "" {
		exType = fingerprint.NormalizeErrorType(in.errType)
	}

	// The template is what the miner learned so far and may generalize; the
	// id is derived from the masked record alone (fingerprint.IDForm), so it
	// never drifts and replicas agree.
	template, masked, form := "", "", ""
	if msg != "" {
		r := f.miner.Process(msg)
		template, masked, form = r.Template, r.Masked, r.Form
	}

	var id string
	if len(frames) == 0 {
		id = ids.get(&f.ids, service, exType, masked, form)
	} else {
		if form == "" {
			form = fingerprint.IDForm(masked)
		}
		id = f.frameIDs.ID(fingerprint.Key{Kind: attrs.KindLog, Service: service, ErrorType: exType, Template: form, Frames: frames})
	}

	// Reserve room only for the keys that are not there yet: a record
	// fingerprinted before (a second collector, a replay) is overwritten in
	// place, without growing its attribute slice again.
	// The tenant and user are decided first (planAffected), when the
	// record's own attributes were read for them: only the slots of those
	// written are reserved.
	slots := f.logSlots(re, bare)
	var plan *affectedPlan
	var planned affectedPlan
	if f.affKeys != nil && !(bare && re.resOK) {
		var adds int
		planned, adds = f.planAffected(&in.aff, re.res)
		plan = &planned
		slots += adds - 2 // logSlots counted both
	}
	if missing := in.missing(exType != ""); missing > 0 {
		la.EnsureCapacity(la.Len() + missing + slots)
	}
	la.PutStr(f.cfg.Attributes.Template, template)
	la.PutStr(f.cfg.Attributes.ID, id)
	// The kind of a log record is a fact of the signal: it is written
	// once, on the resource, with its first fingerprinted record, and on
	// a record only over a kind it carried (another collector's, the
	// application's).
	if in.hasKind {
		la.PutStr(f.cfg.Attributes.Kind, attrs.KindLog)
	}
	if !re.kindSet {
		re.res.PutStr(f.cfg.Attributes.Kind, attrs.KindLog)
		re.kindSet = true
	}
	if exType != "" {
		la.PutStr(attrs.ErrorType, exType)
	}
	if len(frames) > 0 {
		la.PutStr(attrs.Frames, f.frameTexts.text(id, frames))
	}
	route := stringAttr(la, attrs.HTTPRoute)
	var journey enrich.Journey
	var hasJourney bool
	if f.hasJourneys {
		journey, hasJourney = f.enricher.TraceJourneys().Get(enrich.TraceID(lr.TraceID()))
		if !hasJourney && route != "" {
			journey, hasJourney = f.enricher.Journey(service, route)
		}
	}
	ts := lr.Timestamp()
	if ts == 0 {
		ts = lr.ObservedTimestamp()
	}
	f.enrichRecord(la, re, route, template, journey, hasJourney, bare, in.own, int64(ts), plan)
	counts.fingerprinted++
}

// message extracts the message of a body: strings as they are, map bodies
// through the configured keys, valid UTF-8 bytes as text. odd reports a body
// that is not plain text (binary, empty, or of another type).
func (f *fingerprinter) message(body pcommon.Value) (msg string, odd bool) {
	switch body.Type() {
	case pcommon.ValueTypeStr:
		s := body.Str()
		return s, s == ""
	case pcommon.ValueTypeMap:
		m := body.Map()
		for _, key := range f.cfg.Logs.BodyKeys {
			if v, ok := m.Get(key); ok && v.Type() == pcommon.ValueTypeStr {
				return v.Str(), false
			}
		}
		return "", true
	case pcommon.ValueTypeBytes:
		b := body.Bytes().AsRaw()
		if len(b) > 0 && utf8.Valid(b) {
			return string(b), true
		}
		return "", true
	case pcommon.ValueTypeEmpty:
		return "", true
	default:
		// Numbers, booleans and slices: their string form is the message.
		return body.AsString(), true
	}
}

// logAttrs is what fingerprintLog needs from a record's attributes before it
// writes any, gathered in one pass: the inputs, each as stringAttr reads it
// (the first entry with the key; "" unless it is a string), and which of
// the attributes it writes are there already.
type logAttrs struct {
	exType, stack, exMsg, errType             string
	hasTemplate, hasID, hasKind, hasErrorType bool
	own                                       uint8 // ownFacts bits: release, environment, deployment
	aff                                       affectedScan
}

func (f *fingerprinter) scanLogAttrs(la pcommon.Map) (r logAttrs) {
	keys := &f.cfg.Attributes
	var seen [4]bool // the inputs, in the order of the switch below
	first := func(i int, dst *string, v pcommon.Value) {
		if !seen[i] {
			seen[i] = true
			if v.Type() == pcommon.ValueTypeStr {
				*dst = v.Str()
			}
		}
	}
	for k, v := range la.All() {
		switch k {
		case attrs.ExceptionType:
			first(0, &r.exType, v)
		case attrs.ExceptionStacktrace:
			first(1, &r.stack, v)
		case attrs.ExceptionMessage:
			first(2, &r.exMsg, v)
		case attrs.ErrorTypeSemconv:
			first(3, &r.errType, v)
		case attrs.Release:
			r.own |= ownRelease
		case attrs.Environment:
			r.own |= ownEnvironment
		case attrs.Deployment:
			r.own |= ownDeployment
		}
		if f.affKeys != nil {
			r.aff.read(f.affKeys, k, v)
		}
		// Not a switch: the configured keys may coincide.
		r.hasTemplate = r.hasTemplate || k == keys.Template
		r.hasID = r.hasID || k == keys.ID
		r.hasKind = r.hasKind || k == keys.Kind
		r.hasErrorType = r.hasErrorType || k == attrs.ErrorType
	}
	return r
}

// missing counts the attributes fingerprintLog adds rather than overwrites
// (withErrorType: it writes the error type too; the kind it only
// overwrites).
func (r *logAttrs) missing(withErrorType bool) int {
	n := 0
	for _, has := range [...]bool{r.hasTemplate, r.hasID, r.hasErrorType || !withErrorType} {
		if !has {
			n++
		}
	}
	return n
}

func stringAttr(m pcommon.Map, key string) string {
	if v, ok := m.Get(key); ok && v.Type() == pcommon.ValueTypeStr {
		return v.Str()
	}
	return ""
}

// truncateUTF8 cuts s to at most n bytes without splitting a rune. A token
// cut in two is dropped whole (when an earlier space allows it): its head
// could be the head of a secret the masker no longer recognises.
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if sp := strings.LastIndexAny(s[:n+1], " \t\n\r"); sp > 0 {
		return s[:sp]
	}
	return textutil.Truncate(s, n)
}

// detectSeverity sets the severity of a record that carries none from the
// level its body states (logs.detect_severity): a string body's header
// (score.DetectInText), a map body's level key (score.LevelKeys: a level
// word or pino's number). The text is the word as written (a number's
// level name in capitals).
func detectSeverity(lr plog.LogRecord) {
	var lv score.Severity
	var w string
	switch body := lr.Body(); body.Type() {
	case pcommon.ValueTypeStr:
		lv, w = score.DetectInText(body.Str())
	case pcommon.ValueTypeMap:
		m := body.Map()
		for _, k := range score.LevelKeys() {
			v, ok := m.Get(k)
			if !ok {
				continue
			}
			switch v.Type() {
			case pcommon.ValueTypeStr:
				w = v.Str()
			case pcommon.ValueTypeInt:
				w = strconv.FormatInt(v.Int(), 10)
			default:
				continue
			}
			if lv = score.LevelWord(w); lv != score.SeverityUnknown {
				break
			}
		}
	}
	if lv == score.SeverityUnknown {
		return
	}
	if w == "" || w[0] >= '0' && w[0] <= '9' {
		w = strings.ToUpper(lv.String())
	}
	lr.SetSeverityNumber(plog.SeverityNumber(lv.Number()))
	lr.SetSeverityText(w)
}
