package tracefindingsconnector

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/internal/absence/absencetest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/enrich"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor"
)

// throughProcessor runs ld through a fingerprint processor with the given
// business hours (none when zero) and returns what it emitted.
func throughProcessor(t *testing.T, bh enrich.BusinessHoursConfig, ld plog.Logs) plog.Logs {
	t.Helper()
	f := fingerprintprocessor.NewFactory()
	cfg := f.CreateDefaultConfig().(*fingerprintprocessor.Config)
	cfg.Enrichment.BusinessHours = bh
	sink := new(consumertest.LogsSink)
	p, err := f.CreateLogs(context.Background(), processortest.NewNopSettings(f.Type()), cfg, sink)
	require.NoError(t, err)
	require.NoError(t, p.ConsumeLogs(context.Background(), ld))
	require.Len(t, sink.AllLogs(), 1)
	return sink.AllLogs()[0]
}

// TestFindingsCarryBusinessHours: the connector's findings carry
// fingerprint.business_hours like the processor's own records, and the
// processor alone decides it (one schedule, in the processor's
// enrichment): an absence takes the call's, as the processor judged the
// call's other log records; a latency cause keeps its candidate span's.
// Without business hours in the processor the attribute is absent.
func TestFindingsCarryBusinessHours(t *testing.T) {
	berlin := enrich.BusinessHoursConfig{Default: enrich.Schedule{TimeZone: "Europe/Berlin"}} // 09:00-17:00, Mon-Fri
	// Monday 2 March 2026, 10:00 UTC: 11:00 in Berlin.
	monday := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name   string
		bh     enrich.BusinessHoursConfig
		silent time.Time // when the silent calls happen
		want   any       // true, false, or nil: no attribute
	}{
		{"silent in working hours", berlin, monday.Add(time.Minute), true},
		{"silent after hours", berlin, monday.Add(8 * time.Hour), false}, // 19:00 in Berlin
		{"no business hours configured", enrich.BusinessHoursConfig{}, monday.Add(time.Minute), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sink := new(consumertest.LogsSink)
			c := newConnections(t, createDefaultConfig().(*Config), sink)
			var seq uint64
			ld, td := absencetest.Calls(&seq, monday.Add(-time.Hour), 40, query, found)
			c.consume(t, throughProcessor(t, tc.bh, ld), td)
			ld, td = absencetest.Calls(&seq, tc.silent, 20, query)
			c.consume(t, throughProcessor(t, tc.bh, ld), td)
			c.core.evaluate(context.Background(), true)
			got, _ := records(sink)
			require.Len(t, got, 20, "one finding per silent call")
			for _, lr := range got {
				require.Equal(t, attrs.KindAbsence, attr(lr, attrs.FingerprintKind))
				v, ok := lr.Attributes().Get(attrs.BusinessHours)
				if tc.want == nil {
					assert.False(t, ok, "no schedule: not known, not written")
					continue
				}
				require.True(t, ok, "the finding lacks %s", attrs.BusinessHours)
				assert.Equal(t, pcommon.ValueTypeBool, v.Type())
				assert.Equal(t, tc.want, v.Bool())
			}
		})
	}

	// A latency cause: the candidate span's own attribute (the processor
	// writes it on candidates with the rest of its enrichment) is kept.
	sink := new(consumertest.LogsSink)
	c := newConnections(t, createDefaultConfig().(*Config), sink)
	td := ptrace.NewTraces()
	for i, in := range []bool{true, false} {
		sp := candidateSpan(td, uint32(i+1), monday)
		sp.Attributes().PutBool(attrs.BusinessHours, in)
	}
	require.NoError(t, c.traces.ConsumeTraces(context.Background(), td))
	c.core.evaluate(context.Background(), true)
	got, _ := records(sink)
	require.Len(t, got, 2, "both candidates are causes")
	for i, lr := range got {
		assert.Equal(t, attrs.KindLatency, attr(lr, attrs.FingerprintKind))
		v, ok := lr.Attributes().Get(attrs.BusinessHours)
		require.True(t, ok)
		assert.Equal(t, i == 0, v.Bool())
	}
}
