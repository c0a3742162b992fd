package tracefindingsconnector

import (
	"context"
	"encoding/binary"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// candidateSpan appends to td a trace of its own (numbered n): a SERVER
// span and, below it, a slow CLIENT span the processor marked as a latency
// candidate (fingerprint.latency.slow_ms and candidate_id), as the
// processor does with traces.latency.attribution: trace. The candidate is
// a leaf: its whole excess is its own, so its verdict is a cause.
func candidateSpan(td ptrace.Traces, n uint32, at time.Time) ptrace.Span {
	rs := td.ResourceSpans().AppendEmpty()
	rs.Resource().Attributes().PutStr(attrs.ServiceName, "checkout")
	spans := rs.ScopeSpans().AppendEmpty().Spans()
	var tid [16]byte
	binary.BigEndian.PutUint32(tid[:], n)
	tid[15] = 7
	root, child := [8]byte{1, 0, 0, 0, byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}, [8]byte{2, 0, 0, 0, byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}
	s := spans.AppendEmpty()
	s.SetTraceID(tid)
	s.SetSpanID(root)
	s.SetName("POST /checkout")
	s.SetKind(ptrace.SpanKindServer)
	s.SetStartTimestamp(pcommon.NewTimestampFromTime(at))
	s.SetEndTimestamp(pcommon.NewTimestampFromTime(at.Add(900 * time.Millisecond)))
	s = spans.AppendEmpty()
	s.SetTraceID(tid)
	s.SetSpanID(child)
	s.SetParentSpanID(root)
	s.SetName("GET payments")
	s.SetKind(ptrace.SpanKindClient)
	s.SetStartTimestamp(pcommon.NewTimestampFromTime(at.Add(time.Millisecond)))
	s.SetEndTimestamp(pcommon.NewTimestampFromTime(at.Add(850 * time.Millisecond)))
	s.Attributes().PutDouble(attrs.LatencySlowMs, 800)
	s.Attributes().PutStr(attrs.LatencyCandidateID, "cand-id")
	return s
}

// heldCandidates is how many candidate copies the connector holds.
func (f *findings) heldCandidates() int {
	f.candMu.Lock()
	defer f.candMu.Unlock()
	return len(f.cands)
}

// TestLatencyCandidatesDrain: every candidate the connector holds gets its
// trace's verdict and is then forgotten, whether its trace settled, was
// judged early because max_pending_traces was reached, or was still
// pending at the final evaluation; candidates beyond the bound are not
// held, are counted (skipped{reason="latency_candidates_full"}) and get no
// verdict. Without the drain the held copies would grow to the bound and
// every later candidate would be refused.
func TestLatencyCandidatesDrain(t *testing.T) {
	ctx := context.Background()
	t.Run("settled and evicted traces", func(t *testing.T) {
		sink := new(consumertest.LogsSink)
		cfg := createDefaultConfig().(*Config)
		cfg.Absence.MaxPendingTraces = 5
		c := newConnections(t, cfg, sink)
		wall := &wallClock{t: time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)}
		c.core.now = wall.now
		td := ptrace.NewTraces()
		for n := range uint32(20) {
			candidateSpan(td, n+1, wall.now().Add(-2*time.Second))
		}
		require.NoError(t, c.traces.ConsumeTraces(ctx, td))
		require.Equal(t, 20, c.core.heldCandidates())

		// Nothing has settled: 15 traces are judged early (the bound of 5).
		c.core.evaluate(ctx, false)
		assert.Equal(t, int64(15), c.core.det.Stats().EarlyEvaluations)
		assert.Equal(t, 5, c.core.heldCandidates(), "the candidates of the traces judged early are forgotten")
		assert.Equal(t, 15, sink.LogRecordCount(), "each got its verdict: a cause")

		// The other five settle (settle and decision_wait pass, the stream
		// is quiet: the event clock follows the wall clock).
		for range 4 {
			wall.add(30 * time.Second)
			c.core.evaluate(ctx, false)
		}
		assert.Zero(t, c.core.det.Stats().EarlyEvaluations-15, "settled, not evicted")
		assert.Zero(t, c.core.heldCandidates(), "the candidates of settled traces are forgotten")
		got, _ := records(sink)
		require.Len(t, got, 20, "every candidate got its verdict once")
		seen := map[pcommon.TraceID]bool{}
		for _, lr := range got {
			assert.Equal(t, attrs.KindLatency, attr(lr, attrs.FingerprintKind))
			seen[lr.TraceID()] = true
		}
		assert.Len(t, seen, 20)
		assert.Zero(t, c.core.candDropped.Load())
	})
	t.Run("overflow is counted", func(t *testing.T) {
		sink := new(consumertest.LogsSink)
		c := newConnections(t, createDefaultConfig().(*Config), sink)
		at := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
		const extra = 3
		for start := uint32(0); start < maxHeldCandidates+extra; start += 1024 {
			td := ptrace.NewTraces()
			for n := start; n < min(start+1024, maxHeldCandidates+extra); n++ {
				candidateSpan(td, n+1, at)
			}
			require.NoError(t, c.traces.ConsumeTraces(ctx, td))
		}
		assert.Equal(t, maxHeldCandidates, c.core.heldCandidates(), "held up to the bound")
		assert.Equal(t, int64(extra), c.core.candDropped.Load(), "the candidates beyond it are counted")
		c.core.evaluate(ctx, true)
		assert.Zero(t, c.core.heldCandidates(), "all judged at the final evaluation and forgotten")
		assert.Equal(t, maxHeldCandidates, sink.LogRecordCount(), "a verdict per held candidate, none for a refused one")
		// Room again: a new candidate is held.
		td := ptrace.NewTraces()
		candidateSpan(td, maxHeldCandidates+extra+1, at)
		require.NoError(t, c.traces.ConsumeTraces(ctx, td))
		assert.Equal(t, 1, c.core.heldCandidates())
		assert.Equal(t, int64(extra), c.core.candDropped.Load())
	})
}
