package webui

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

func TestIsLoopback(t *testing.T) {
	for ep, want := range map[string]bool{
		"localhost:8787": true, "LOCALHOST:1": true, "127.0.0.1:8787": true, "127.1.2.3:80": true, "[::1]:8787": true,
		":8787": false, "0.0.0.0:8787": false, "[::]:8787": false, "10.0.0.1:8787": false, "backlog.example:8787": false,
	} {
		assert.Equal(t, want, IsLoopback(ep), ep)
	}
}

// Issue #9 point 5: DNS rebinding. A page bound to loopback answers only to
// loopback host names (any port); elsewhere to allowed_hosts when set.
func TestCheckHost(t *testing.T) {
	h := New(func() *backlog.Document { return testDoc() })
	for _, tc := range []struct {
		endpoint string
		extra    []string
		host     string
		status   int
	}{
		{"localhost:8787", nil, "localhost:8787", 200},
		{"localhost:8787", nil, "LocalHost.:9000", 200},
		{"localhost:8787", nil, "127.0.0.1:8787", 200},
		{"localhost:8787", nil, "127.0.0.2", 200},
		{"localhost:8787", nil, "[::1]:8787", 200},
		{"localhost:8787", nil, "evil.example:8787", http.StatusMisdirectedRequest},
		{"localhost:8787", nil, "rebind.127.0.0.1.nip.example", http.StatusMisdirectedRequest},
		{"localhost:8787", nil, "localhost.evil.example", http.StatusMisdirectedRequest},
		{"localhost:8787", nil, "", http.StatusMisdirectedRequest},
		{"127.0.0.1:8787", []string{"backlog.internal.example"}, "backlog.internal.example:8787", 200},
		{"0.0.0.0:8787", []string{"backlog.example"}, "backlog.example", 200},
		{"0.0.0.0:8787", []string{"backlog.example"}, "evil.example", http.StatusMisdirectedRequest},
		{"0.0.0.0:8787", []string{"backlog.example"}, "localhost", http.StatusMisdirectedRequest},
		{"0.0.0.0:8787", nil, "anything.example", 200},
	} {
		srv := CheckHost(AllowedHosts(tc.endpoint, tc.extra), h)
		for _, path := range []string{"/", "/api/backlog"} {
			req := httptest.NewRequest("GET", path, nil)
			req.Host = tc.host
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, req)
			assert.Equal(t, tc.status, rec.Code, "%s %v Host %q %s", tc.endpoint, tc.extra, tc.host, path)
			if rec.Code != 200 {
				assert.NotContains(t, rec.Body.String(), "items", "nothing of the backlog is served")
			}
		}
	}
}

func TestFrameAncestors(t *testing.T) {
	h := New(func() *backlog.Document { return testDoc() })
	res := get(t, h, "GET", "/")
	assert.Contains(t, res.Header.Get("Content-Security-Policy"), "frame-ancestors 'none'")
	assert.Contains(t, res.Header.Get("Content-Security-Policy"), "default-src 'none'", "the existing policy stays")
	assert.Equal(t, "DENY", res.Header.Get("X-Frame-Options"))
}
