package fingerprintprocessor

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/enrich"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
)

// spanIn describes one span of a test trace.
type spanIn struct {
	service, name, route string
	kind                 ptrace.SpanKind
	id, parent           byte
	trace                byte
	start, dur           time.Duration
	errMsg               string
	exc                  [3]string // type, message, stacktrace
	attrs                map[string]any
	// raw, when set, are the start and end timestamps as sent (start, dur
	// are then ignored).
	raw *[2]uint64
}

var t0 = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

func buildTraces(t testing.TB, in []spanIn) ptrace.Traces {
	td := ptrace.NewTraces()
	for _, s := range in {
		rs := td.ResourceSpans().AppendEmpty()
		rs.Resource().Attributes().PutStr(attrs.ServiceName, s.service)
		rs.Resource().Attributes().PutStr(attrs.ServiceVersion, "v2.4.0")
		rs.Resource().Attributes().PutStr("deployment.environment.name", "prod")
		sp := rs.ScopeSpans().AppendEmpty().Spans().AppendEmpty()
		sp.SetTraceID(pcommon.TraceID{s.trace, 1})
		if s.id != 0 {
			sp.SetSpanID(pcommon.SpanID{s.id, 1})
		}
		if s.parent != 0 {
			sp.SetParentSpanID(pcommon.SpanID{s.parent, 1})
		}
		sp.SetName(s.name)
		sp.SetKind(s.kind)
		sp.SetStartTimestamp(pcommon.NewTimestampFromTime(t0.Add(s.start)))
		sp.SetEndTimestamp(pcommon.NewTimestampFromTime(t0.Add(s.start + s.dur)))
		if s.raw != nil {
			sp.SetStartTimestamp(pcommon.Timestamp(s.raw[0]))
			sp.SetEndTimestamp(pcommon.Timestamp(s.raw[1]))
		}
		if s.route != "" {
			sp.Attributes().PutStr(attrs.HTTPRoute, s.route)
		}
		require.NoError(t, sp.Attributes().FromRaw(mergeMaps(sp.Attributes().AsRaw(), s.attrs)))
		if s.errMsg != "" {
			sp.Status().SetCode(ptrace.StatusCodeError)
			sp.Status().SetMessage(s.errMsg)
		}
		if s.exc[0] != "" {
			ev := sp.Events().AppendEmpty()
			ev.SetName("exception")
			ev.Attributes().PutStr(attrs.ExceptionType, s.exc[0])
			ev.Attributes().PutStr(attrs.ExceptionMessage, s.exc[1])
			ev.Attributes().PutStr(attrs.ExceptionStacktrace, s.exc[2])
		}
	}
	return td
}

func mergeMaps(a, b map[string]any) map[string]any {
	for k, v := range b {
		a[k] = v
	}
	return a
}

// spanOut is a span's attributes and its resource's (res).
type spanOut struct{ attrs, res map[string]any }

func (s spanOut) str(k string) string {
	v, _ := s.attrs[k].(string)
	return v
}

// runTraces sends batches through one processor and returns every span's
// attributes, in order.
func runTraces(t *testing.T, cfg *Config, batches ...[]spanIn) []spanOut {
	t.Helper()
	sink := new(consumertest.TracesSink)
	p, err := NewFactory().CreateTraces(context.Background(), processortest.NewNopSettings(metadata.Type), cfg, sink)
	require.NoError(t, err)
	require.NoError(t, p.Start(context.Background(), componenttest.NewNopHost()))
	defer func() { require.NoError(t, p.Shutdown(context.Background())) }()
	var out []spanOut
	n := 0
	for _, b := range batches {
		require.NoError(t, p.ConsumeTraces(context.Background(), buildTraces(t, b)))
		n += len(b)
	}
	for _, td := range sink.AllTraces() {
		rss := td.ResourceSpans()
		for i := 0; i < rss.Len(); i++ {
			sps := rss.At(i).ScopeSpans().At(0).Spans()
			for k := 0; k < sps.Len(); k++ {
				out = append(out, spanOut{sps.At(k).Attributes().AsRaw(), rss.At(i).Resource().Attributes().AsRaw()})
			}
		}
	}
	require.Len(t, out, n, "the processor must never drop a span")
	return out
}

const javaTrace = "java.lang.IllegalStateException: Payment declined\n\tat com.shop.checkout.PaymentClient.authorize(PaymentClient.java:%d)\n\tat com.shop.checkout.CheckoutService.placeOrder(CheckoutService.java:88)\n"

func TestTracesErrorFingerprint(t *testing.T) {
	mk := func(trace byte, order string, line int) []spanIn {
		return []spanIn{{
			service: "checkout", name: "POST /api/checkout", route: "/api/checkout", kind: ptrace.SpanKindServer,
			id: 1, trace: trace, dur: 120 * time.Millisecond,
			errMsg: "Payment declined for order " + order,
			exc:    [3]string{"java.lang.IllegalStateException", "Payment declined for order " + order, sprintf(javaTrace, line)},
		}, {
			service: "checkout", name: "POST", kind: ptrace.SpanKindClient, id: 2, parent: 1, trace: trace,
			start: 5 * time.Millisecond, dur: 90 * time.Millisecond, errMsg: "502 Bad Gateway",
			attrs: map[string]any{"server.address": "payments.internal"},
		}}
	}
	out := runTraces(t, createDefaultConfig().(*Config), mk(1, "8812", 112), mk(2, "1234", 118))
	for i, s := range out {
		assert.Equal(t, attrs.KindError, s.str(attrs.FingerprintKind), "span %d", i)
		assert.Len(t, s.str(attrs.FingerprintID), 16, "span %d", i)
		// release and environment are the resource's facts: written there,
		// not on every span
		assert.Equal(t, "production", s.res[attrs.Environment], "span %d", i)
		assert.Equal(t, "2.4.0", s.res[attrs.Release], "span %d", i)
		assert.NotContains(t, s.attrs, attrs.Environment, "span %d", i)
		assert.NotContains(t, s.attrs, attrs.Release, "span %d", i)
	}
	assert.Equal(t, out[0].str(attrs.FingerprintID), out[2].str(attrs.FingerprintID), "same failure, other order id and line numbers")
	assert.Equal(t, out[1].str(attrs.FingerprintID), out[3].str(attrs.FingerprintID))
	assert.NotEqual(t, out[0].str(attrs.FingerprintID), out[1].str(attrs.FingerprintID))
	assert.Equal(t, "java.lang.IllegalStateException", out[0].str(attrs.ErrorType))
	assert.Equal(t, "/api/checkout", out[0].str(attrs.Operation))
	assert.Equal(t, "payments.internal", out[1].str(attrs.Dependency))
}

func TestTracesLatencyOutlier(t *testing.T) {
	var warm []spanIn
	for i := 0; i < 60; i++ {
		warm = append(warm, spanIn{service: "search", name: "GET /search", route: "/search", kind: ptrace.SpanKindServer,
			id: byte(i + 1), trace: byte(i + 1), start: time.Duration(i) * time.Second, dur: time.Duration(40+i%10) * time.Millisecond})
	}
	slow := []spanIn{{service: "search", name: "GET /search", route: "/search", kind: ptrace.SpanKindServer,
		id: 200, trace: 200, start: 2 * time.Minute, dur: 900 * time.Millisecond}}
	out := runTraces(t, createDefaultConfig().(*Config), warm, slow)
	for _, s := range out[:60] {
		assert.Empty(t, s.str(attrs.FingerprintID), "normal spans are not fingerprinted")
	}
	last := out[60]
	assert.Equal(t, attrs.KindLatency, last.str(attrs.FingerprintKind))
	excess, _ := last.attrs[attrs.LatencyExcessMs].(float64)
	assert.Greater(t, excess, 500.0)
}

// TestTracesAbsurdTimestamps: spans ending in 2200, starting at 0 (1970) or
// ending at 2^64-1 ns have no usable duration. They are neither judged nor
// learned (counted as malformed): one of them amid the warm-up must not
// blind latency detection, nor become a latency finding itself.
func TestTracesAbsurdTimestamps(t *testing.T) {
	at := func(d time.Duration) uint64 { return uint64(t0.Add(d).UnixNano()) }
	year2200 := uint64(time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano())
	span := func(i int, dur time.Duration) spanIn {
		return spanIn{service: "search", name: "GET /search", route: "/search", kind: ptrace.SpanKindServer,
			id: byte(i + 1), trace: byte(i + 1), start: time.Duration(i) * time.Second, dur: dur}
	}
	var batch []spanIn
	for i := 0; i < 60; i++ {
		batch = append(batch, span(i, time.Duration(40+i%10)*time.Millisecond))
		if i == 10 { // amid the warm-up
			for j, raw := range []*[2]uint64{{at(10 * time.Second), year2200}, {0, at(10 * time.Second)}, {at(10 * time.Second), ^uint64(0)}, {at(10 * time.Second), at(10*time.Second) + 1<<62}} {
				s := span(100+j, 0)
				s.raw = raw
				batch = append(batch, s)
			}
		}
	}
	slow := span(200, 900*time.Millisecond)
	slow.start = 2 * time.Minute
	out := runTraces(t, createDefaultConfig().(*Config), batch, []spanIn{slow})
	for i, s := range out[11:15] {
		assert.Empty(t, s.str(attrs.FingerprintID), "absurd span %d is a finding", i)
		assert.Nil(t, s.attrs[attrs.LatencyExcessMs], "absurd span %d has a latency excess", i)
	}
	last := out[len(out)-1]
	assert.Equal(t, attrs.KindLatency, last.str(attrs.FingerprintKind), "the slow call is still found")
	excess, _ := last.attrs[attrs.LatencyExcessMs].(float64)
	assert.Greater(t, excess, 500.0)
	assert.Less(t, excess, 1000.0)
}

func TestTracesRetry(t *testing.T) {
	out := runTraces(t, createDefaultConfig().(*Config), []spanIn{{
		service: "cart", name: "GET", kind: ptrace.SpanKindClient, id: 1, trace: 9, dur: 20 * time.Millisecond,
		attrs: map[string]any{"http.request.resend_count": int64(2), "server.address": "inventory"},
	}})
	assert.Equal(t, attrs.KindRetry, out[0].str(attrs.FingerprintKind))
	assert.Len(t, out[0].str(attrs.FingerprintID), 16)
}

func TestTracesMalformedPassThrough(t *testing.T) {
	huge := make([]byte, 1<<20)
	for i := range huge {
		huge[i] = 'x'
	}
	out := runTraces(t, createDefaultConfig().(*Config), []spanIn{
		{service: "a", name: "no ids", trace: 0, dur: time.Millisecond, errMsg: "boom"},
		{service: "a", name: "negative", id: 2, trace: 3, start: time.Second, dur: -time.Second},
		{service: "a", name: "zero", id: 3, trace: 3},
		{service: "a", name: string(huge), id: 4, trace: 3, dur: time.Millisecond, errMsg: string(huge)},
		{name: "no service", id: 5, trace: 4, dur: time.Millisecond, errMsg: "\xff\xfe"},
	})
	assert.Equal(t, attrs.KindError, out[0].str(attrs.FingerprintKind))
	assert.Empty(t, out[1].str(attrs.FingerprintID))
	assert.Empty(t, out[2].str(attrs.FingerprintID))
	assert.Equal(t, attrs.KindError, out[3].str(attrs.FingerprintKind))
	assert.Less(t, len(out[3].str(attrs.SpanTemplate)), 8192)
	assert.Len(t, out[4].str(attrs.FingerprintID), 16)
}

func TestJourneyReachesLogsOfTheTrace(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.Enrichment.Journeys = []enrich.JourneyRule{{Route: "/checkout", Journey: "checkout", Criticality: 3}}
	cfg.Enrichment.Owners = []enrich.OwnerRule{{Service: "checkout", Team: "team-payments"}}
	f, err := newFingerprinter(processortest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	_, err = f.processTraces(context.Background(), buildTraces(t, []spanIn{
		{service: "frontend", name: "POST /checkout", route: "/checkout", kind: ptrace.SpanKindServer, id: 1, trace: 7, dur: 50 * time.Millisecond},
	}))
	require.NoError(t, err)
	ld := buildLogs(t, []logIn{{service: "checkout", body: "Payment failed for order 42"}})
	lr := ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0)
	lr.SetTraceID(pcommon.TraceID{7, 1})
	_, err = f.processLogs(context.Background(), ld)
	require.NoError(t, err)
	assert.Equal(t, "checkout", get(lr, attrs.Journey))
	assert.Equal(t, "3", get(lr, attrs.JourneyCriticality))
	assert.Equal(t, "team-payments", get(lr, attrs.Owner))
}

func sprintf(format string, a ...any) string { return fmt.Sprintf(format, a...) }

// TestTracesStatusUnsetFailures: instrumentations that leave the span
// status unset still say a call failed through the semantic conventions
// (http.response.status_code, rpc.grpc.status_code / rpc.response.status_code,
// error.type); such spans are errors, typed by the code.
func TestTracesStatusUnsetFailures(t *testing.T) {
	out := runTraces(t, createDefaultConfig().(*Config), []spanIn{
		{service: "front", name: "GET /cart", kind: ptrace.SpanKindServer, id: 1, trace: 1, dur: 5 * time.Millisecond,
			attrs: map[string]any{attrs.HTTPResponseStatus: 503}},
		{service: "front", name: "hipstershop.CartService/GetCart", kind: ptrace.SpanKindClient, id: 2, parent: 1, trace: 1, dur: 3 * time.Millisecond,
			attrs: map[string]any{attrs.RPCGRPCStatusCode: 14, attrs.RPCService: "hipstershop.CartService"}},
		{service: "cart", name: "hipstershop.CartService/GetCart", kind: ptrace.SpanKindServer, id: 3, parent: 2, trace: 1, dur: 2 * time.Millisecond,
			attrs: map[string]any{attrs.RPCResponseStatus: "UNAVAILABLE"}},
		{service: "front", name: "GET /ok", kind: ptrace.SpanKindServer, id: 1, trace: 2, dur: 5 * time.Millisecond,
			attrs: map[string]any{attrs.HTTPResponseStatus: 404}},
	})
	assert.Equal(t, "503", out[0].str(attrs.ErrorType))
	assert.Equal(t, "UNAVAILABLE", out[1].str(attrs.ErrorType))
	assert.Equal(t, "UNAVAILABLE", out[2].str(attrs.ErrorType))
	for i := range 3 {
		assert.Equal(t, attrs.KindError, out[i].str(attrs.FingerprintKind), "span %d", i)
	}
	assert.Empty(t, out[3].str(attrs.FingerprintKind), "a server's 404 is the client's mistake")
}
