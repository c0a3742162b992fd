package enrich

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPattern(t *testing.T) {
	tests := []struct {
		pattern string
		yes     []string
		no      []string
	}{
		{"checkout", []string{"checkout"}, []string{"checkout2", "Checkout", "", "checkout/x"}},
		{"checkout*", []string{"checkout", "checkout-api"}, []string{"checkout/x", "check"}},
		{"checkout/**", []string{"checkout/", "checkout/a/b"}, []string{"checkout", "checkoutx/a"}},
		{"*/api/*", []string{"svc/api/x"}, []string{"svc/api/x/y", "a/b/api/x", "svc/api"}},
		{"**/pay*", []string{"a/b/payment", "x/pay", "pay"}, []string{"xpay", "a/b/payment/x"}},
		{"**", []string{"", "a/b/c"}, nil},
		{"/api/**/cart", []string{"/api/cart", "/api/v1/cart", "/api/v1/x/cart"}, []string{"/api/v1/cart/x"}},
		{"*a*a*a*b", []string{"aaab", "xaxaxab"}, []string{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}},
		{"regex:(GET|POST) /orders.*", []string{"GET /orders/1", "POST /orders"}, []string{"PUT /orders", "xGET /orders"}},
	}
	for _, tt := range tests {
		p, err := CompilePattern(tt.pattern)
		require.NoError(t, err, tt.pattern)
		assert.Equal(t, tt.pattern, p.String())
		for _, s := range tt.yes {
			assert.True(t, p.Match(s), "%q should match %q", tt.pattern, s)
		}
		for _, s := range tt.no {
			assert.False(t, p.Match(s), "%q should not match %q", tt.pattern, s)
		}
	}
	for _, bad := range []string{"", "regex:", "regex:(", "a***b", "*a*a*a*a*a*a*a*a*a"} {
		_, err := CompilePattern(bad)
		assert.Error(t, err, bad)
	}
	var zero Pattern
	assert.True(t, zero.Match("anything"))
}
