package fingerprintprocessor

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore/statestoretest"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
)

// plantedCorpus reads testdata/secrets: log lines embedding one credential
// each, and the credentials.
func plantedCorpus(t *testing.T) (lines, secrets []string) {
	t.Helper()
	read := func(name string) []string {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "secrets", name))
		require.NoError(t, err)
		var out []string
		for _, l := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "#") {
				out = append(out, strings.ReplaceAll(l, `\n`, "\n"))
			}
		}
		return out
	}
	return read("planted.txt"), read("secrets.txt")
}

// TestSecretsNotInTemplatesOrState: the planted corpus as log bodies, and a
// credential in a span's status and exception message: no credential is in
// a template attribute or in the processor's stored state.
func TestSecretsNotInTemplatesOrState(t *testing.T) {
	lines, secrets := plantedCorpus(t)
	storageID := component.MustNewID("file_storage")
	ext := statestoretest.New()
	cfg := createDefaultConfig().(*Config)
	cfg.Storage = &storageID
	set := processortest.NewNopSettings(metadata.Type)
	f, err := newFingerprinter(set, cfg)
	require.NoError(t, err)
	ctx := context.Background()
	require.NoError(t, f.Start(ctx, statestoretest.NewHost(storageID, ext)))

	var in []logIn
	for _, l := range lines {
		in = append(in, logIn{service: "api", body: l})
	}
	ld := buildLogs(t, in)
	_, err = f.processLogs(ctx, ld)
	require.NoError(t, err)
	var templates []string
	rls := ld.ResourceLogs()
	for i := 0; i < rls.Len(); i++ {
		templates = append(templates, get(rls.At(i).ScopeLogs().At(0).LogRecords().At(0), attrs.LogRecordTemplate))
	}

	td := buildTraces(t, []spanIn{{
		service: "api", name: "POST /login", route: "/login", kind: ptrace.SpanKindServer, id: 1, trace: 1, dur: time.Millisecond,
		errMsg: "upstream rejected Authorization: Bearer abcdefghijklmnopqrstuvwxyzABCDEF",
		exc:    [3]string{"AuthError", "login failed password=correcthorsebatterystaple", ""},
	}})
	_, err = f.processTraces(ctx, td)
	require.NoError(t, err)
	spanTpl := get2(td.ResourceSpans().At(0).ScopeSpans().At(0).Spans().At(0).Attributes().AsRaw(), attrs.SpanTemplate)
	require.NotEmpty(t, spanTpl)
	templates = append(templates, spanTpl)
	require.NoError(t, f.Shutdown(ctx))

	client, err := ext.GetClient(ctx, component.KindProcessor, set.ID, storageClientName)
	require.NoError(t, err)
	var state []byte
	for _, key := range []string{minerKey, baselinesKey} {
		v, err := client.Get(ctx, key)
		require.NoError(t, err)
		state = append(state, v...)
	}
	require.NotEmpty(t, state)
	for _, s := range secrets {
		for i, tpl := range templates {
			if strings.Contains(tpl, s) {
				t.Errorf("template %d %q holds %q", i, tpl, s)
			}
		}
		if strings.Contains(string(state), s) {
			t.Errorf("stored state holds %q", s)
		}
	}
	assert.Contains(t, templates, "request rejected: password=<*> does not meet policy")
	assert.Contains(t, templates, "outgoing request headers: Authorization: Bearer <*>")
}

// TestCutMessageDropsCutToken: a message longer than max_message_length cut
// inside a credential keeps no head of it.
func TestCutMessageDropsCutToken(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	msg := "upload failed for key AKIAIOSFODNN7EXAMPLE in bucket logs"
	cfg.Logs.MaxMessageLength = strings.Index(msg, "AKIA") + 8
	f, err := newFingerprinter(processortest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	ld := buildLogs(t, []logIn{{service: "api", body: msg}})
	_, err = f.processLogs(context.Background(), ld)
	require.NoError(t, err)
	assert.Equal(t, "upload failed for key", get(ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0), attrs.LogRecordTemplate))
}

func get2(m map[string]any, k string) string {
	v, _ := m[k].(string)
	return v
}
