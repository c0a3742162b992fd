package fingerprint

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

func TestSpanTemplate(t *testing.T) {
	assert.Equal(t, "slow GET /cart", SpanTemplate(attrs.KindLatency, "GET /cart", "", false))
	assert.Equal(t, "slow POST to checkout", SpanTemplate(attrs.KindLatency, "POST", "checkout", false))
	assert.Equal(t, "slow network or queueing before GET /cart to cart", SpanTemplate(attrs.KindLatency, "GET /cart", "cart", true))
	assert.Equal(t, "retries of POST to payment", SpanTemplate(attrs.KindRetry, "POST", "payment", false))
	assert.Equal(t, "slow pkg.CurrencyService/Convert", SpanTemplate(attrs.KindLatency, "pkg.CurrencyService/Convert", "pkg.CurrencyService/Convert", false))
	assert.Equal(t, "", SpanTemplate(attrs.KindError, "charge", "payment", false))
}

func TestErrorSpanTemplate(t *testing.T) {
	assert.Equal(t, "POST to checkout failed", ErrorSpanTemplate("POST", "checkout"))
	assert.Equal(t, "/api/orders failed", ErrorSpanTemplate("/api/orders", ""))
	assert.Equal(t, "", ErrorSpanTemplate("", "checkout"))
}
