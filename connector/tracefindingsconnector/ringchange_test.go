package tracefindingsconnector

import (
	"context"
	"encoding/binary"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// ringCall is one call of price's /prices: a SERVER span from start to
// start+dur and one INFO log record per line, at its offset, attached to the
// span.
type ringCall struct {
	seq   uint64
	start time.Time
	dur   time.Duration
	lines []ringLine
}

type ringLine struct {
	at   time.Duration
	tmpl string
}

// ringGateway is one gateway's connector and the batch it is being sent.
type ringGateway struct {
	c    *connections
	sink *consumertest.LogsSink
	ld   plog.Logs
	td   ptrace.Traces
	lrs  plog.LogRecordSlice
	sps  ptrace.SpanSlice
}

func newRingGateway(t *testing.T) *ringGateway {
	g := &ringGateway{sink: new(consumertest.LogsSink)}
	g.c = newConnections(t, createDefaultConfig().(*Config), g.sink)
	g.c.start(t, componenttest.NewNopHost())
	g.reset()
	return g
}

func (g *ringGateway) reset() {
	g.ld, g.td = plog.NewLogs(), ptrace.NewTraces()
	rl := g.ld.ResourceLogs().AppendEmpty()
	rl.Resource().Attributes().PutStr(attrs.ServiceName, "price")
	g.lrs = rl.ScopeLogs().AppendEmpty().LogRecords()
	rs := g.td.ResourceSpans().AppendEmpty()
	rs.Resource().Attributes().PutStr(attrs.ServiceName, "price")
	g.sps = rs.ScopeSpans().AppendEmpty().Spans()
}

// flush sends the batch (logs, then spans, as an agent's pipelines do).
func (g *ringGateway) flush(t *testing.T) {
	g.c.consume(t, g.ld, g.td)
	g.reset()
}

// send routes each record of call by its own time (a log record's, a span's
// end): to before up to the ring change at cut, to after from then on.
func (c ringCall) send(before, after *ringGateway, cut time.Time) {
	var tid [16]byte
	binary.BigEndian.PutUint64(tid[:], c.seq)
	tid[15] = 7
	sid := [8]byte{3, byte(c.seq >> 8), byte(c.seq)}
	to := func(at time.Time) *ringGateway {
		if at.Before(cut) {
			return before
		}
		return after
	}
	for _, l := range c.lines {
		at := c.start.Add(l.at)
		lr := to(at).lrs.AppendEmpty()
		lr.SetTimestamp(pcommon.NewTimestampFromTime(at))
		lr.SetSeverityNumber(plog.SeverityNumberInfo)
		lr.Body().SetStr(l.tmpl)
		lr.Attributes().PutStr(attrs.LogRecordTemplate, l.tmpl)
		lr.SetTraceID(tid)
		lr.SetSpanID(sid)
	}
	end := c.start.Add(c.dur)
	s := to(end).sps.AppendEmpty()
	s.SetTraceID(tid)
	s.SetSpanID(sid)
	s.SetName("/prices")
	s.SetKind(ptrace.SpanKindServer)
	s.SetStartTimestamp(pcommon.NewTimestampFromTime(c.start))
	s.SetEndTimestamp(pcommon.NewTimestampFromTime(end))
}

// TestRingChangeCutsNoAbsence: two gateways share an operation's traces
// (by trace id) and have both learned that each call writes a line when it
// starts and one when it is done. The ring then changes at an instant cut:
// every record written before it went to gateway A, every record from it on
// to gateway B. The calls in flight at the cut show B their entry span and
// their "done" line but not their "start" line (A has that, without its
// span): silent calls missing an expected line, as many as were in flight.
// That is no absence, and neither gateway may report one. The calls after
// the cut are whole again on B. A line that really stops a little later
// is still reported, every call of it and none of the cut ones.
func TestRingChangeCutsNoAbsence(t *testing.T) {
	const start, done = "[findPrice][Query price][route: <*>]", "[findPrice][Found price][rate: <*>]"
	whole := []ringLine{{time.Millisecond, start}, {9 * time.Second, done}}
	for _, tc := range []struct {
		name  string
		later []ringLine // the lines of B's calls from 40 s after the cut
		want  int64      // B's reported calls
	}{
		{"the calls after the cut are whole", whole, 0},
		{"the start line really stops later", whole[1:], 30},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, b := newRingGateway(t), newRingGateway(t)
			defer a.c.shutdown(t)
			defer b.c.shutdown(t)
			t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
			var seq uint64
			call := func(at time.Time, lines []ringLine) ringCall {
				seq++
				return ringCall{seq: seq, start: at, dur: 10 * time.Second, lines: lines}
			}
			// Learning: 60 whole calls, a second apart, routed by trace id.
			for i := range 60 {
				c := call(t0.Add(time.Duration(i)*time.Second), whole)
				g := a
				if c.seq%2 == 0 {
					g = b
				}
				c.send(g, g, time.Time{})
			}
			a.flush(t)
			b.flush(t)
			// The ring changes at cut, while 20 calls are in flight (started
			// 10 s to 2.4 s before it, 10 s long).
			cut := t0.Add(2 * time.Minute)
			for i := range 20 {
				call(cut.Add(-10*time.Second+time.Duration(i)*400*time.Millisecond), whole).send(a, b, cut)
			}
			a.flush(t)
			b.flush(t)
			// After the cut, all on B: 10 whole calls, then 30 calls with
			// tc.later's lines, 4 s apart.
			for i := range 40 {
				lines := whole
				if i >= 10 {
					lines = tc.later
				}
				call(cut.Add(time.Duration(i)*4*time.Second), lines).send(b, b, cut)
			}
			b.flush(t)
			a.c.core.evaluate(context.Background(), true)
			b.c.core.evaluate(context.Background(), true)

			reported := func(g *ringGateway) (n int64) {
				got, _ := records(g.sink)
				for _, lr := range got {
					require.Equal(t, "missing log line: "+start, attr(lr, attrs.LogRecordTemplate))
					n++ // one record per call
				}
				return n
			}
			assert.Zero(t, reported(a), "gateway A (the start lines of the cut calls, without their spans) reported an absence")
			assert.Equal(t, tc.want, reported(b), "gateway B's reported calls")
			assert.Equal(t, int64(2), int64(len(b.c.core.det.Expectations())), "B still expects both lines")
		})
	}
}
