package backlogexporter

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor"
)

// throughProcessor runs ld through a fingerprint processor configured by
// mod and returns its output.
func throughProcessor(t *testing.T, mod func(*fingerprintprocessor.Config), ld plog.Logs) plog.Logs {
	t.Helper()
	pf := fingerprintprocessor.NewFactory()
	pcfg := pf.CreateDefaultConfig().(*fingerprintprocessor.Config)
	mod(pcfg)
	out := new(consumertest.LogsSink)
	p, err := pf.CreateLogs(context.Background(), processortest.NewNopSettings(pf.Type()), pcfg, out)
	require.NoError(t, err)
	require.NoError(t, p.Start(context.Background(), componenttest.NewNopHost()))
	require.NoError(t, p.ConsumeLogs(context.Background(), ld))
	require.NoError(t, p.Shutdown(context.Background()))
	require.Len(t, out.AllLogs(), 1)
	return out.AllLogs()[0]
}

// deployLogs is one resource of service checkout with the given resource
// attributes and three ERROR records.
func deployLogs(at time.Time, res map[string]string) plog.Logs {
	ld := plog.NewLogs()
	rl := ld.ResourceLogs().AppendEmpty()
	rl.Resource().Attributes().PutStr(attrs.ServiceName, "checkout")
	for k, v := range res {
		rl.Resource().Attributes().PutStr(k, v)
	}
	lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
	for i := range 3 {
		lr := lrs.AppendEmpty()
		lr.SetTimestamp(pcommon.NewTimestampFromTime(at.Add(time.Duration(i) * time.Second)))
		lr.SetSeverityNumber(plog.SeverityNumberError)
		lr.Body().SetStr("order 42 failed: card declined")
	}
	return ld
}

// TestReleaseIsTheProcessors: with release_from: [git.sha], the exporter
// takes the processor's release and environment (with its aliases) and
// derives nothing from service.version or the raw environment: the first
// data of a service is not "new in release".
func TestReleaseIsTheProcessors(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = ""
	cfg.HTTP = noServer()
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	mod := func(c *fingerprintprocessor.Config) {
		c.Enrichment.ReleaseFrom = []string{"git.sha"}
		c.Enrichment.EnvironmentAliases = map[string]string{"prd-eu": "production"}
	}
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	ld := throughProcessor(t, mod, deployLogs(t0, map[string]string{
		attrs.ServiceVersion: "1.4.2", "git.sha": "9f3c2e1", attrs.DeploymentEnvironment: "prd-eu",
	}))
	require.NoError(t, e.consumeLogs(context.Background(), ld))

	assert.Equal(t, map[string][]string{"checkout": {"9f3c2e1"}}, e.store.Releases(), "one release per service, the processor's")
	doc := e.builder.Build(t0)
	items := append(doc.Items, doc.Watchlist...)
	require.NotEmpty(t, items)
	for _, it := range items {
		assert.Empty(t, it.NewInRelease, "the service's first data is not new in a release")
		assert.Equal(t, map[string]int64{"9f3c2e1": 3}, it.Releases)
		assert.Equal(t, map[string]int64{"production": 3}, it.Environments)
	}

	// The next deployment is new in its release.
	ld = throughProcessor(t, mod, deployLogs(t0.Add(time.Hour), map[string]string{
		attrs.ServiceVersion: "1.4.2", "git.sha": "0a1b2c3", attrs.DeploymentEnvironment: "prd-eu",
	}))
	ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0).Body().SetStr("stock reservation timed out")
	require.NoError(t, e.consumeLogs(context.Background(), ld))
	assert.Equal(t, map[string][]string{"checkout": {"9f3c2e1", "0a1b2c3"}}, e.store.Releases())
}

// TestResourceReleaseWithoutProcessor: records that did not pass the
// fingerprint processor take release, environment and deployment from
// their resource the way the processor's defaults would (enrich's default
// rules: service.version normalized, environment lowercased and aliased).
func TestResourceReleaseWithoutProcessor(t *testing.T) {
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), createDefaultConfig().(*Config))
	require.NoError(t, err)
	r := pcommon.NewResource()
	r.Attributes().PutStr(attrs.ServiceName, "checkout")
	r.Attributes().PutStr(attrs.ServiceVersion, "v2.0.1")
	r.Attributes().PutStr(attrs.DeploymentEnvironment, "PROD")
	got := e.readResource(r)
	e.derive(&got)
	assert.Equal(t, [4]string{"checkout", "2.0.1", "production", ""}, [4]string{got.Service, got.Release, got.Environment, got.Deployment})
	assert.False(t, got.Processed)

	// The processor's resource attributes win, and nothing else is derived.
	r.Attributes().PutStr(attrs.Release, "9f3c2e1")
	got = e.readResource(r)
	e.derive(&got)
	assert.Equal(t, [4]string{"checkout", "9f3c2e1", "", ""}, [4]string{got.Service, got.Release, got.Environment, got.Deployment})
	assert.True(t, got.Processed)
}

// TestProcessorFoundNoRelease: when the processor finds no release,
// environment or deployment for a resource (its sources are absent), the
// exporter invents none from the default sources for the records it
// fingerprinted, although those records carry no kind of their own (the
// processor writes the kind of log records once, on their resource).
// Records of another source under a resource without that kind still get
// the default fallback.
func TestProcessorFoundNoRelease(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = ""
	cfg.HTTP = noServer()
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	mod := func(c *fingerprintprocessor.Config) {
		c.Enrichment.ReleaseFrom = []string{"git.sha"}
		c.Enrichment.EnvironmentFrom = []string{"stage"}
		c.Enrichment.DeploymentFrom = []string{}
	}
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	ld := throughProcessor(t, mod, deployLogs(t0, map[string]string{
		attrs.ServiceVersion: "1.4.2", attrs.DeploymentEnvironment: "prod",
	}))
	lr := ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0)
	_, hasKind := lr.Attributes().Get(attrs.FingerprintKind)
	require.False(t, hasKind, "the record carries no kind of its own")
	require.NoError(t, e.consumeLogs(context.Background(), ld))
	assert.Empty(t, e.store.Releases(), "no release invented for the processor's records")
	doc := e.builder.Build(t0)
	items := append(doc.Items, doc.Watchlist...)
	require.NotEmpty(t, items)
	for _, it := range items {
		assert.Equal(t, attrs.KindLog, it.Kind)
		assert.Empty(t, it.Releases)
		assert.Empty(t, it.Environments)
	}

	// The same records from another source (no processor): the fallback.
	e2, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	other := deployLogs(t0, map[string]string{attrs.ServiceVersion: "1.4.2", attrs.DeploymentEnvironment: "prod"})
	for _, lr := range other.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().All() {
		lr.Attributes().PutStr(attrs.FingerprintID, "0123456789abcdef")
	}
	require.NoError(t, e2.consumeLogs(context.Background(), other))
	assert.Equal(t, map[string][]string{"checkout": {"1.4.2"}}, e2.store.Releases())
}
