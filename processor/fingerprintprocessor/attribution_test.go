package fingerprintprocessor

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// TestTracesGRPCOperationName: a gRPC method name is an identifier. Before,
// span names went through the log masker, which made every method "<*>":
// one baseline per service and items titled "slow <*>".
func TestTracesGRPCOperationName(t *testing.T) {
	var warm []spanIn
	for i := range 60 {
		warm = append(warm, spanIn{service: "currency", name: "pkg.CurrencyService/Convert", kind: ptrace.SpanKindServer,
			id: byte(i + 1), trace: byte(i + 1), start: time.Duration(i) * time.Second, dur: time.Duration(4+i%5) * time.Millisecond})
	}
	slow := []spanIn{{service: "currency", name: "pkg.CurrencyService/Convert", kind: ptrace.SpanKindServer,
		id: 200, trace: 200, start: 2 * time.Minute, dur: 400 * time.Millisecond}}
	out := runTraces(t, createDefaultConfig().(*Config), warm, slow)
	last := out[len(out)-1]
	require.Equal(t, attrs.KindLatency, last.str(attrs.FingerprintKind))
	assert.Equal(t, "pkg.CurrencyService/Convert", last.str(attrs.Operation))
	assert.Equal(t, "slow pkg.CurrencyService/Convert", last.str(attrs.SpanTemplate))
}

// TestTracesUserMaskAppliesToSpanNames: templates.masks still apply to span
// names, before the identifier-preserving default mask.
func TestTracesUserMaskAppliesToSpanNames(t *testing.T) {
	m, err := spanNameMask([]MaskRule{{Name: "tenant", Pattern: `tenant-[a-z]+`, Replacement: "tenant-<*>"}})
	require.NoError(t, err)
	assert.Equal(t, "GET /tenant-<*>/orders/<*>", m("GET /tenant-acme/orders/1234"))
	assert.Equal(t, "pkg.CurrencyService/Convert", m("pkg.CurrencyService/Convert"))
}

// TestTracesErrorWithoutMessageNamesTheCall: a failed client span with a
// bare status code is titled by its operation and dependency, not "502".
func TestTracesErrorWithoutMessageNamesTheCall(t *testing.T) {
	out := runTraces(t, createDefaultConfig().(*Config), []spanIn{{
		service: "frontend", name: "POST", kind: ptrace.SpanKindClient, id: 1, trace: 1, dur: 30 * time.Millisecond,
		attrs: map[string]any{"server.address": "checkout", "http.response.status_code": int64(502)},
	}})
	assert.Equal(t, attrs.KindError, out[0].str(attrs.FingerprintKind))
	assert.Equal(t, "502", out[0].str(attrs.ErrorType))
	assert.Equal(t, "POST to checkout failed", out[0].str(attrs.SpanTemplate))
}

// shop is one request: frontend server -> frontend client (POST) ->
// checkout server -> checkout db client, durations in ms; the frontend's
// spans and checkout's spans are returned apart (each SDK exports its own).
func shop(trace byte, start time.Duration, dbMs int) (front, back []spanIn) {
	d := func(ms int) time.Duration { return time.Duration(ms) * time.Millisecond }
	db := d(dbMs)
	front = []spanIn{
		{service: "frontend", name: "POST /buy", route: "/buy", kind: ptrace.SpanKindServer, id: 1, trace: trace, start: start, dur: db + d(9)},
		{service: "frontend", name: "POST", kind: ptrace.SpanKindClient, id: 2, parent: 1, trace: trace, start: start + d(1), dur: db + d(7),
			attrs: map[string]any{"server.address": "checkout"}},
	}
	back = []spanIn{
		{service: "checkout", name: "POST /checkout", route: "/checkout", kind: ptrace.SpanKindServer, id: 3, parent: 2, trace: trace, start: start + d(2), dur: db + d(5)},
		{service: "checkout", name: "SELECT orders", kind: ptrace.SpanKindClient, id: 4, parent: 3, trace: trace, start: start + d(3), dur: db,
			attrs: map[string]any{"db.system.name": "postgresql", "db.query.summary": "SELECT orders"}},
	}
	return front, back
}

// findings maps every fingerprinted span to "kind template" and returns
// the set of their fingerprint ids (the item identity, which includes the
// attributed service).
func findings(out []spanOut) map[string]bool {
	m := map[string]bool{}
	for _, s := range out {
		if k := s.str(attrs.FingerprintKind); k != "" {
			m[k+" "+s.str(attrs.SpanTemplate)] = true
			m["id "+s.str(attrs.FingerprintID)] = true
		}
	}
	return m
}

// ids returns the "id …" keys of findings.
func ids(m map[string]bool) (out []string) {
	for k := range m {
		if len(k) > 3 && k[:3] == "id " {
			out = append(out, k)
		}
	}
	return out
}

// TestTracesLatencyCauseIndependentOfBatching: a slow database call in
// checkout gives the same findings whether the trace arrives in one batch,
// split by service over two batches (each SDK exports its own spans), or
// the frontend's collector never sees checkout's spans (sidecar). Before,
// the split and sidecar shapes blamed the frontend's call ("slow POST").
func TestTracesLatencyCauseIndependentOfBatching(t *testing.T) {
	var warm [][]spanIn
	for i := range 60 {
		f, b := shop(byte(i+1), time.Duration(i)*time.Second, 5+i%4)
		warm = append(warm, append(f, b...))
	}
	front, back := shop(200, 2*time.Minute, 600)
	cfg := createDefaultConfig().(*Config)

	one := runTraces(t, cfg, append(warm, append(append([]spanIn{}, front...), back...))...)
	split := runTraces(t, cfg, append(warm, front, back)...)
	sidecar := runTraces(t, cfg, append(warm, front)...)

	got := findings(one[len(one)-4:])
	require.Len(t, ids(got), 1)
	assert.True(t, got["latency slow SELECT orders to postgresql"], "one batch: %v", got)
	assert.Equal(t, got, findings(split[len(split)-4:]), "split by service")
	assert.Empty(t, findings(sidecar[len(sidecar)-2:]), "the caller's collector alone: no cause in the caller")
}

// TestTracesErrorPropagationEvidence: payment fails, checkout's call and
// handler fail, the frontend's call and handler fail: every caller's
// failure names payment's fingerprint and service as its cause.
func TestTracesErrorPropagationEvidence(t *testing.T) {
	d := time.Millisecond
	status := func(code int64) map[string]any { return map[string]any{"http.response.status_code": code} }
	out := runTraces(t, createDefaultConfig().(*Config), []spanIn{
		{service: "frontend", name: "POST /buy", route: "/buy", kind: ptrace.SpanKindServer, id: 1, trace: 1, dur: 50 * d, attrs: status(502)},
		{service: "frontend", name: "POST", kind: ptrace.SpanKindClient, id: 2, parent: 1, trace: 1, start: d, dur: 45 * d,
			attrs: mergeMaps(status(502), map[string]any{"server.address": "checkout"})},
		{service: "checkout", name: "POST /checkout", route: "/checkout", kind: ptrace.SpanKindServer, id: 3, parent: 2, trace: 1, start: 2 * d, dur: 40 * d, attrs: status(502)},
		{service: "checkout", name: "POST", kind: ptrace.SpanKindClient, id: 4, parent: 3, trace: 1, start: 3 * d, dur: 30 * d,
			attrs: mergeMaps(status(500), map[string]any{"server.address": "payment"})},
		{service: "payment", name: "POST /authorize", route: "/authorize", kind: ptrace.SpanKindServer, id: 5, parent: 4, trace: 1, start: 4 * d, dur: 20 * d,
			exc: [3]string{"GatewayError", "payment authorization failed", ""}},
		{service: "payment", name: "GET /health", route: "/health", kind: ptrace.SpanKindServer, id: 6, trace: 2, dur: d},
	})
	payment := out[4].str(attrs.FingerprintID)
	require.NotEmpty(t, payment)
	for i := range 4 {
		assert.Equal(t, attrs.KindError, out[i].str(attrs.FingerprintKind), "span %d", i)
		assert.Equal(t, payment, out[i].str(attrs.CauseID), "span %d", i)
		assert.Equal(t, "payment", out[i].str(attrs.CauseService), "span %d", i)
	}
	assert.Empty(t, out[4].str(attrs.CauseID), "the root cause has no cause")
	assert.Empty(t, out[5].str(attrs.CauseID))
}

// TestTracesNetworkGapIndependentOfBatching: the network delay between the
// frontend's call and checkout's handler is found whether both halves
// share a batch or not, in either order of arrival; a caller's collector
// that never sees checkout's spans reports nothing.
func TestTracesNetworkGapIndependentOfBatching(t *testing.T) {
	var warm [][]spanIn
	for i := range 60 {
		f, b := shop(byte(i+1), time.Duration(i)*time.Second, 5+i%4)
		warm = append(warm, append(f, b...))
	}
	front, back := shop(200, 2*time.Minute, 5)
	front[0].dur += 400 * time.Millisecond // 400 ms between the call and the handler
	front[1].dur += 400 * time.Millisecond
	back[0].start += 200 * time.Millisecond
	back[1].start += 200 * time.Millisecond
	cfg := createDefaultConfig().(*Config)

	one := runTraces(t, cfg, append(warm, append(append([]spanIn{}, front...), back...))...)
	want := findings(one[len(one)-4:])
	require.Len(t, ids(want), 1)
	assert.True(t, want["latency slow network or queueing before POST to checkout"], "one batch: %v", want)
	for _, s := range one[len(one)-4:] {
		if s.str(attrs.FingerprintKind) != "" {
			assert.Equal(t, "checkout", s.str(attrs.Service), "attributed to the callee")
		}
	}
	split := runTraces(t, cfg, append(warm, front, back)...)
	assert.Equal(t, want, findings(split[len(split)-4:]), "caller's spans first")
	reverse := runTraces(t, cfg, append(warm, back, front)...)
	assert.Equal(t, want, findings(reverse[len(reverse)-4:]), "callee's spans first")
	sidecar := runTraces(t, cfg, append(warm, front)...)
	assert.Empty(t, findings(sidecar[len(sidecar)-2:]), "the caller's collector alone")
}
