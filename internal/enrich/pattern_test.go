package enrich

import (
	"math/rand/v2"
	"strings"
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

// A glob whose every wildcard is a "**" outside a segment is matched by
// MatchRoute, any other by its RE2 translation; both agree with the
// backtracking matcher.
func TestPatternLinearAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 1))
	alpha := []string{"a", "b", "/", "**", "*"}
	for range 2000 {
		var sb strings.Builder
		for range 1 + rng.IntN(8) {
			sb.WriteString(alpha[rng.IntN(len(alpha))])
		}
		p, err := CompilePattern(sb.String())
		if err != nil {
			continue
		}
		for range 5 {
			var sub strings.Builder
			for range rng.IntN(8) {
				sub.WriteString(alpha[rng.IntN(3)])
			}
			s := sub.String()
			want := p.kind == patAny || matchTokens(p.tokens, s, 0)
			if p.kind == patExact {
				want = s == p.lit
			} else if p.kind == patPrefix {
				want = strings.HasPrefix(s, p.lit)
			}
			assert.Equal(t, want, p.Match(s), "%q ~ %q (linear %v)", p.src, s, p.linear)
		}
	}
	assert.True(t, MustCompilePattern("a**b**c").linear)
	assert.False(t, MustCompilePattern("a/**/c").linear, `"/**/" may match "/"`)
	assert.False(t, MustCompilePattern("a*b**c").linear)
}

func TestMatchRoute(t *testing.T) {
	for _, tt := range []struct {
		p, s string
		want bool
	}{
		{"GET /api/*", "GET /api/users/{id}", true}, // '*' crosses '/'
		{"/a/*/c", "/a/b/x/c", true},
		{"/a/*/c", "/a/c", false},
		{"*a*a*a*a*a*a*a*a*a*b", strings.Repeat("a", 300), false}, // more than 8 wildcards
		{"*", "", true},
		{"", "", true},
		{"", "x", false},
	} {
		assert.Equal(t, tt.want, MatchRoute(tt.p, tt.s), "%q ~ %q", tt.p, tt.s)
	}
}

func BenchmarkMatchRoutePathological(b *testing.B) {
	s := strings.Repeat("a", 256)
	p := MustCompilePattern("**a**a**a**a**a**a**a**b")
	b.ReportAllocs()
	for b.Loop() {
		_ = p.Match(s)
	}
}

// matchTokens is the backtracking glob matcher the patterns used before
// RE2: the reference the compiled expressions are checked against.
// (matchTokens matches s against toks, skipping the first skip bytes of the
// first token's literal.)
func matchTokens(toks []token, s string, skip int) bool {
	for len(toks) > 0 {
		t := toks[0]
		if t.star == 0 {
			lit := t.lit[skip:]
			skip = 0
			if !strings.HasPrefix(s, lit) {
				return false
			}
			s, toks = s[len(lit):], toks[1:]
			continue
		}
		rest := toks[1:]
		if t.dir && matchTokens(rest, s, 1) {
			return true
		}
		if len(rest) == 0 {
			return t.star == 2 || strings.IndexByte(s, '/') < 0
		}
		for i := 0; i <= len(s); i++ {
			// Skip ahead to candidates for a literal that follows.
			if next := rest[0]; next.star == 0 && !strings.HasPrefix(s[i:], next.lit) {
				if t.star == 1 && i < len(s) && s[i] == '/' {
					return false
				}
				continue
			}
			if matchTokens(rest, s[i:], 0) {
				return true
			}
			if t.star == 1 && i < len(s) && s[i] == '/' {
				return false
			}
		}
		return false
	}
	return s == ""
}

// TestHostileSubjectIsLinear: a route crafted against a many-wildcard rule
// (each '*' could stop at every '-') made the backtracking matcher take
// exponential time; the compiled RE2 expression answers at once.
func TestHostileSubjectIsLinear(t *testing.T) {
	p := MustCompilePattern("*-*-*-*-*-*-*-x")
	hostile := strings.Repeat("-", 4096)
	assert.False(t, p.Match(hostile))
	assert.True(t, p.Match(hostile+"x"))
}

func BenchmarkPatternHostileSubject(b *testing.B) {
	p := MustCompilePattern("*-*-*-*-*-*-*-x")
	hostile := strings.Repeat("-", 4096)
	b.ReportAllocs()
	for b.Loop() {
		p.Match(hostile)
	}
}
