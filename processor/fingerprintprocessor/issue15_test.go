package fingerprintprocessor

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
)

// Status and exception messages of spans are mined like log bodies: a slot
// that holds a handful of plain words (currency codes) becomes one "<*>"
// once the miner has seen enough of them, for spans exactly as for logs.
func TestSpanMessagesMinedLikeLogBodies(t *testing.T) {
	currencies := []string{"GBP", "USD", "CHF", "EUR", "JPY", "SEK", "NOK"}
	msg := func(cur string) string {
		return fmt.Sprintf("authorize payment: card declined by gateway for amount 12.50 %s", cur)
	}
	var spans []spanIn
	var logs []logIn
	for i, cur := range currencies {
		spans = append(spans, spanIn{
			service: "payment", name: "POST /authorize", route: "/authorize", kind: ptrace.SpanKindServer,
			id: 1, trace: byte(i + 1), dur: 20 * time.Millisecond, errMsg: msg(cur),
		})
		logs = append(logs, logIn{service: "payment", body: msg(cur), sev: 17})
	}
	out := runTraces(t, createDefaultConfig().(*Config), spans)
	lrs := runLogs(t, createDefaultConfig().(*Config), processortest.NewNopSettings(metadata.Type), logs)
	last := len(currencies) - 1
	spanTpl := out[last].str(attrs.SpanTemplate)
	assert.Equal(t, get(lrs[last], attrs.LogRecordTemplate), spanTpl, "a span message and a log body with the same text get the same template")
	assert.NotContains(t, spanTpl, currencies[last], "the currency slot is a variable once mined")
	assert.Equal(t, out[last-1].str(attrs.SpanTemplate), spanTpl, "one template for the family")
	for i, s := range out {
		assert.Equal(t, attrs.KindError, s.str(attrs.FingerprintKind), "span %d", i)
	}
}

// A Go wrapper type (span.RecordError reports the outermost dynamic type,
// *fmt.wrapError for fmt.Errorf("...: %w", err)) is no type: the span's
// error.type names the failure, as the log statement of the same failure
// does, so one failure does not get two types.
func TestGenericWrapperTypeIsNoType(t *testing.T) {
	out := runTraces(t, createDefaultConfig().(*Config), []spanIn{{
		service: "payment", name: "POST /authorize", route: "/authorize", kind: ptrace.SpanKindServer,
		id: 1, trace: 1, dur: 20 * time.Millisecond, errMsg: "authorize: gateway refused",
		exc:   [3]string{"*fmt.wrapError", "authorize: gateway refused", ""},
		attrs: map[string]any{"error.type": "*payment.GatewayError"},
	}, {
		service: "checkout", name: "POST /checkout", route: "/checkout", kind: ptrace.SpanKindServer,
		id: 1, trace: 2, dur: 20 * time.Millisecond, errMsg: "payment authorization failed",
		exc: [3]string{"*errors.errorString", "payment authorization failed", ""},
	}})
	assert.Equal(t, "payment.GatewayError", out[0].str(attrs.ErrorType))
	assert.Empty(t, out[1].str(attrs.ErrorType), "errors.New's type names no failure")

	lrs := runLogs(t, createDefaultConfig().(*Config), processortest.NewNopSettings(metadata.Type), []logIn{
		{service: "payment", body: "authorize: gateway refused", sev: 17,
			attrs: map[string]any{"exception.type": "*fmt.wrapError", "error.type": "*payment.GatewayError"}},
		{service: "payment", body: "authorize: gateway refused", sev: 17,
			attrs: map[string]any{"exception.type": "*payment.GatewayError"}},
	})
	require.Len(t, lrs, 2)
	assert.Equal(t, "payment.GatewayError", get(lrs[0], attrs.ErrorType))
	assert.Equal(t, get(lrs[1], attrs.FingerprintID), get(lrs[0], attrs.FingerprintID), "one failure, one type, one id")
	assert.False(t, strings.Contains(get(lrs[0], attrs.ErrorType), "wrapError"))
}
