package fingerprint

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

func TestSpanTemplate(t *testing.T) {
	assert.Equal(t, "slow GET /cart", SpanTemplate(attrs.KindLatency, "GET /cart", false))
	assert.Equal(t, "slow network or queueing before GET /cart", SpanTemplate(attrs.KindLatency, "GET /cart", true))
	assert.Equal(t, "retries of charge", SpanTemplate(attrs.KindRetry, "charge", false))
	assert.Equal(t, "", SpanTemplate(attrs.KindError, "charge", false))
}
