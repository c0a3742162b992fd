package backlogexporter

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/consumer"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/exporter"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor"
)

// sampleLogs reads the bundled sample app.log (JSON lines) into plog, as the
// file_log receiver of `make run` would.
func sampleLogs(t *testing.T) plog.Logs {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "sample", "app.log"))
	require.NoError(t, err)
	defer f.Close()
	ld := plog.NewLogs()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var l map[string]string
		require.NoError(t, json.Unmarshal(sc.Bytes(), &l))
		rl := ld.ResourceLogs().AppendEmpty()
		ra := rl.Resource().Attributes()
		ra.PutStr("service.name", l["service"])
		ra.PutStr("service.version", l["version"])
		ra.PutStr("deployment.environment.name", l["env"])
		lr := rl.ScopeLogs().AppendEmpty().LogRecords().AppendEmpty()
		ts, err := time.Parse(time.RFC3339Nano, l["ts"])
		require.NoError(t, err)
		lr.SetTimestamp(pcommon.NewTimestampFromTime(ts))
		lr.SetSeverityText(l["level"])
		lr.Body().SetStr(l["msg"])
		for k, v := range l {
			switch k {
			case "user":
				lr.Attributes().PutStr("enduser.id", v)
			case "tenant":
				lr.Attributes().PutStr("tenant.id", v)
			case "exception.type", "exception.stacktrace":
				lr.Attributes().PutStr(k, v)
			}
		}
	}
	require.NoError(t, sc.Err())
	return ld
}

func sampleTraces(t *testing.T) ptrace.Traces {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "sample", "traces.json"))
	require.NoError(t, err)
	td, err := (&ptrace.JSONUnmarshaler{}).UnmarshalTraces(data)
	require.NoError(t, err)
	return td
}

// pipeline is fingerprint -> backlog, in process.
type pipeline struct {
	logs   consumer.Logs
	traces consumer.Traces
	exp    *backlogExporter
	stop   func()
}

func newPipeline(t *testing.T, cfg *Config) *pipeline {
	t.Helper()
	ctx := context.Background()
	host := componenttest.NewNopHost()
	set := exportertest.NewNopSettings(metadata.Type)
	le, err := createLogs(ctx, set, cfg)
	require.NoError(t, err)
	te, err := createTraces(ctx, set, cfg)
	require.NoError(t, err)
	pf := fingerprintprocessor.NewFactory()
	pcfg := pf.CreateDefaultConfig()
	pset := processortest.NewNopSettings(pf.Type())
	lp, err := pf.CreateLogs(ctx, pset, pcfg, le)
	require.NoError(t, err)
	tp, err := pf.CreateTraces(ctx, pset, pcfg, te)
	require.NoError(t, err)
	for _, c := range []component.Component{le, te, lp, tp} {
		require.NoError(t, c.Start(ctx, host))
	}
	c, err := getOrCreate(set, cfg)
	require.NoError(t, err)
	exp := c.Value
	_ = c.Shutdown(ctx) // drop the extra reference taken by getOrCreate
	return &pipeline{logs: lp, traces: tp, exp: exp, stop: func() {
		for _, c := range []component.Component{lp, tp, le, te} {
			require.NoError(t, c.Shutdown(ctx))
		}
	}}
}

var _ exporter.Logs

func TestPipelineRanksTheRegression(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = t.TempDir()
	p := newPipeline(t, cfg)
	ctx := context.Background()
	require.NoError(t, p.traces.ConsumeTraces(ctx, sampleTraces(t)))
	require.NoError(t, p.logs.ConsumeLogs(ctx, sampleLogs(t)))
	p.exp.flush(ctx)
	p.stop()

	data, err := os.ReadFile(filepath.Join(cfg.Directory, "backlog.json"))
	require.NoError(t, err)
	var doc backlog.Document
	require.NoError(t, json.Unmarshal(data, &doc))
	require.NotEmpty(t, doc.Items)
	for i, it := range doc.Items[:min(5, len(doc.Items))] {
		t.Logf("#%d %-10s %-8s %-10s score=%.2f count=%d new_in=%q %s", i+1, it.State, it.Kind, it.Service, it.Score, it.Count, it.NewInRelease, it.Title)
	}
	top := doc.Items[0]
	assert.Equal(t, "checkout", top.Service)
	assert.Contains(t, top.Title, "IllegalStateException")
	assert.Equal(t, "2.4.0", top.NewInRelease)
	md, err := os.ReadFile(filepath.Join(cfg.Directory, "backlog.md"))
	require.NoError(t, err)
	assert.True(t, strings.Contains(string(md), top.Fingerprint))
}

// fingerprintedSampleLogs returns the sample logs after the fingerprint
// processor (default configuration).
func fingerprintedSampleLogs(t *testing.T) plog.Logs {
	t.Helper()
	pf := fingerprintprocessor.NewFactory()
	sink := new(consumertest.LogsSink)
	p, err := pf.CreateLogs(context.Background(), processortest.NewNopSettings(pf.Type()), pf.CreateDefaultConfig(), sink)
	require.NoError(t, err)
	require.NoError(t, p.Start(context.Background(), componenttest.NewNopHost()))
	require.NoError(t, p.ConsumeLogs(context.Background(), sampleLogs(t)))
	require.NoError(t, p.Shutdown(context.Background()))
	return sink.AllLogs()[0]
}
