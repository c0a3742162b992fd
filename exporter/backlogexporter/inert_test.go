package backlogexporter

import (
	"context"
	"net"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/config/configoptional"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/plog"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
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
