package tracefindingsconnector // import "github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector"

import (
	"encoding/hex"

	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/absence"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// Whole-trace latency attribution. With traces.latency.attribution: trace,
// the fingerprint processor does not decide per batch whether a slow span's
// own time grew: it marks every slow span with its whole excess
// (fingerprint.latency.slow_ms) and a span that may be the cause with the id
// it would have (fingerprint.latency.candidate_id). The connector holds a
// copy of each candidate until its trace settles (the absence detector's
// decision_wait and settle), judges it with every span of the trace
// (spanclass.Attribute) and emits the causes as log records of kind
// latency: the span's attributes with fingerprint.id, fingerprint.kind and
// the excess its own time is blamed for, its trace and span id, its parent
// span id (fingerprint.parent_span_id) and its resource. The symptoms are
// dropped. The verdict is the same however the trace's spans were batched.

// maxHeldCandidates bounds the candidates waiting for their trace's verdict
// (candidates beyond it are dropped, counted as trace_full).
const maxHeldCandidates = 16384

type candKey struct {
	trace [16]byte
	span  [8]byte
}

type heldCandidate struct {
	res  pcommon.Resource
	span ptrace.Span
}

// holdCandidate copies a candidate span and its resource until its trace's
// verdict; false when the bound is reached.
func (f *findings) holdCandidate(res pcommon.Resource, sp ptrace.Span) bool {
	k := candKey{sp.TraceID(), sp.SpanID()}
	f.candMu.Lock()
	defer f.candMu.Unlock()
	if f.cands == nil {
		f.cands = make(map[candKey]heldCandidate)
	}
	if _, ok := f.cands[k]; ok {
		return true // a copy is held already
	}
	if len(f.cands) >= maxHeldCandidates {
		f.candDropped.Add(1)
		return false
	}
	h := heldCandidate{res: pcommon.NewResource(), span: ptrace.NewSpan()}
	res.CopyTo(h.res)
	sp.CopyTo(h.span)
	f.cands[k] = h
	return true
}

// latencyRecords appends a record per cause of verdicts to ld and forgets
// every judged candidate.
func (f *findings) latencyRecords(verdicts []absence.Latency, ld plog.Logs) {
	if len(verdicts) == 0 {
		return
	}
	f.candMu.Lock()
	defer f.candMu.Unlock()
	for i := range verdicts {
		v := &verdicts[i]
		k := candKey{v.TraceID, v.SpanID}
		h, ok := f.cands[k]
		if !ok {
			continue // judged already (a span sent twice)
		}
		delete(f.cands, k)
		if !v.Cause {
			continue
		}
		rl := ld.ResourceLogs().AppendEmpty()
		h.res.MoveTo(rl.Resource())
		sl := rl.ScopeLogs().AppendEmpty()
		sl.Scope().SetName(metadata.ScopeName)
		latencyRecord(h.span, v.ExcessMs, sl.LogRecords().AppendEmpty())
	}
}

// latencyRecord turns a judged candidate span into its finding.
func latencyRecord(sp ptrace.Span, excessMs float64, lr plog.LogRecord) {
	t := sp.EndTimestamp()
	lr.SetTimestamp(t)
	lr.SetObservedTimestamp(t)
	lr.SetTraceID(sp.TraceID())
	lr.SetSpanID(sp.SpanID())
	sp.Attributes().MoveTo(lr.Attributes())
	a := lr.Attributes()
	id, _ := a.Get(attrs.LatencyCandidateID)
	a.PutStr(attrs.FingerprintID, id.Str())
	a.PutStr(attrs.FingerprintKind, attrs.KindLatency)
	a.PutDouble(attrs.LatencyExcessMs, excessMs)
	a.Remove(attrs.LatencyCandidateID)
	a.Remove(attrs.LatencySlowMs)
	if p := sp.ParentSpanID(); !p.IsEmpty() {
		a.PutStr(attrs.ParentSpanID, hex.EncodeToString(p[:]))
	}
}
