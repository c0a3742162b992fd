package fingerprintprocessor

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/enrich"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
)

// fingerprint.business_hours comes from the record's time (the observed
// time when it has none) and the zone of its tenant or cloud.region, which
// may sit on the resource.
func TestBusinessHoursAttribute(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.Enrichment.BusinessHours = enrich.BusinessHoursConfig{
		Tenants: map[string]enrich.Schedule{"acme": {TimeZone: "America/Los_Angeles"}},
		Regions: map[string]enrich.Schedule{"eu-central-1": {TimeZone: "Europe/Berlin"}},
	}
	f, err := newFingerprinter(processortest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	// Monday 2 March 2026 10:00 UTC: 11:00 in Berlin, 02:00 in Los Angeles.
	ld := buildLogs(t, []logIn{
		{service: "checkout", body: "payment failed", attrs: map[string]any{"tenant.id": "acme"}},
		{service: "checkout", body: "payment failed"},
		{service: "checkout", body: "payment failed"},
	})
	ts := pcommon.NewTimestampFromTime(t0)
	rls := ld.ResourceLogs()
	rls.At(0).ScopeLogs().At(0).LogRecords().At(0).SetTimestamp(ts)
	rls.At(1).Resource().Attributes().PutStr(attrs.CloudRegion, "eu-central-1")
	rls.At(1).ScopeLogs().At(0).LogRecords().At(0).SetObservedTimestamp(ts)
	rls.At(2).ScopeLogs().At(0).LogRecords().At(0).SetTimestamp(ts)
	_, err = f.processLogs(context.Background(), ld)
	require.NoError(t, err)
	bh := func(i int) (bool, bool) {
		v, ok := rls.At(i).ScopeLogs().At(0).LogRecords().At(0).Attributes().Get(attrs.BusinessHours)
		return v.Bool(), ok
	}
	in, ok := bh(0)
	assert.True(t, ok)
	assert.False(t, in, "02:00 in Los Angeles")
	in, ok = bh(1)
	assert.True(t, ok)
	assert.True(t, in, "11:00 in Berlin, by the observed time and the resource's region")
	_, ok = bh(2)
	assert.False(t, ok, "no schedule applies: not written")

	td := buildTraces(t, []spanIn{{service: "checkout", name: "GET /pay", kind: ptrace.SpanKindServer, id: 1, trace: 1,
		start: 6 * time.Hour, dur: time.Millisecond, errMsg: "boom", attrs: map[string]any{attrs.CloudRegion: "eu-central-1"}}})
	_, err = f.processTraces(context.Background(), td)
	require.NoError(t, err)
	v, ok := td.ResourceSpans().At(0).ScopeSpans().At(0).Spans().At(0).Attributes().Get(attrs.BusinessHours)
	require.True(t, ok)
	assert.False(t, v.Bool(), "16:00 UTC is 17:00 in Berlin: after hours")
}
