package backlogexporter

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/config/configoptional"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/plog"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/webui"
)

// A fingerprint attribute holding markup is no fingerprint: it would land
// in ticket marker comments, labels, searches and backlog.md anchors.
func TestHostileFingerprintIsIgnored(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = ""
	ctx := context.Background()
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	require.NoError(t, e.Start(ctx, componenttest.NewNopHost()))
	ld := plog.NewLogs()
	lrs := ld.ResourceLogs().AppendEmpty().ScopeLogs().AppendEmpty().LogRecords()
	for _, fp := range []string{"00000000000000aa", "x --> <img src=x onerror=alert(1)> <!--", "a b", "[~admin]"} {
		lr := lrs.AppendEmpty()
		lr.SetSeverityNumber(plog.SeverityNumberError)
		lr.Body().SetStr("boom")
		lr.Attributes().PutStr(attrs.FingerprintID, fp)
	}
	added, ignored := e.addLogs(ctx, ld)
	assert.Equal(t, int64(1), added)
	assert.Equal(t, int64(3), ignored)
	require.NoError(t, e.Shutdown(ctx))
	for _, fp := range []string{"0123456789abcdef", "svc:checkout.v2_x-1"} {
		assert.True(t, validFingerprint(fp), fp)
	}
}

// Issue #9 point 5 end to end in the component: the web server the
// exporter starts on loopback refuses a rebinding Host header.
func TestWebPageChecksHost(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close())
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = ""
	srv := defaultServer()
	srv.NetAddr.Endpoint = addr
	cfg.HTTP = configoptional.Some(srv)
	ctx := context.Background()
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	require.NoError(t, e.Start(ctx, componenttest.NewNopHost()))
	defer func() { require.NoError(t, e.Shutdown(ctx)) }()
	for host, want := range map[string]int{"": http.StatusOK, "evil.example": http.StatusMisdirectedRequest, "localhost": http.StatusOK} {
		req, err := http.NewRequest(http.MethodGet, "http://"+addr+"/api/backlog", nil)
		require.NoError(t, err)
		if host != "" {
			req.Host = host
		}
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		res.Body.Close()
		assert.Equal(t, want, res.StatusCode, "Host %q", host)
	}
}

// Security LOW (docs/security.md, Telemetry text in outputs; closed by
// h118): the web page inserts text with textContent, where a browser
// still obeys a bidi override or isolate, and its JSON island and
// /api/backlog carried them as sent. A record whose service name,
// template, error type, body and enrichment attributes carry U+202E,
// U+2066 and ESC reaches the page, the API and backlog.json without them
// (the document drops them where it is redacted: markup.DropControls,
// the placements' own set).
func TestControlsNeverReachThePage(t *testing.T) {
	cfg := openGates(createDefaultConfig().(*Config))
	cfg.Directory = t.TempDir()
	ctx := context.Background()
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	require.NoError(t, e.Start(ctx, componenttest.NewNopHost()))
	hostile := func(s string) string { return s + " \u202egnp.exe\u202c \u2066x\u2069 \x1b[31mred\x1b]0;t\x07" }
	ld := plog.NewLogs()
	rl := ld.ResourceLogs().AppendEmpty()
	rl.Resource().Attributes().PutStr("service.name", hostile("checkout"))
	rl.Resource().Attributes().PutStr("service.version", hostile("2.4.1"))
	rl.Resource().Attributes().PutStr("deployment.environment.name", hostile("prod"))
	lr := rl.ScopeLogs().AppendEmpty().LogRecords().AppendEmpty()
	lr.SetSeverityNumber(plog.SeverityNumberError)
	lr.Body().SetStr(hostile("payment failed"))
	lr.Attributes().PutStr(attrs.FingerprintID, "00000000000000dd")
	lr.Attributes().PutStr(attrs.LogRecordTemplate, hostile("payment failed"))
	lr.Attributes().PutStr(attrs.ErrorType, hostile("PaymentError"))
	lr.Attributes().PutStr(attrs.Owner, hostile("team-pay"))
	lr.Attributes().PutStr(attrs.Journey, hostile("checkout"))
	for i := 0; i < 5; i++ {
		require.NoError(t, e.consumeLogs(ctx, ld))
	}
	e.flush(ctx)

	outputs := map[string]string{}
	data, err := os.ReadFile(filepath.Join(cfg.Directory, "backlog.json"))
	require.NoError(t, err)
	outputs["backlog.json"] = string(data)
	h := webui.New(func() *backlog.Document { return e.doc.Load() })
	for _, path := range []string{"/", "/api/backlog", "/api/clusters"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		require.Equal(t, http.StatusOK, rec.Code)
		outputs[path] = rec.Body.String()
	}
	require.NoError(t, e.Shutdown(ctx))
	for _, want := range []string{"00000000000000dd", "gnp.exe", "team-pay", "PaymentError", "prod", "2.4.1", "red"} {
		require.True(t, strings.Contains(outputs["/"], want), "the record's %q did not reach the page", want)
	}
	for name, out := range outputs {
		for _, c := range []string{"\u202e", "\u202c", "\u2066", "\u2069", "\x1b", "\x07", `\u001b`, `\u0007`, `\u202e`, `\u2066`} {
			assert.False(t, strings.Contains(out, c), "%s holds %q", name, c)
		}
	}
}
