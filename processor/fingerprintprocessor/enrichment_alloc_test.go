package fingerprintprocessor

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
)

// TestLogsEnrichedGrowOnce: a record of a resource with a release and an
// environment, carrying a user and a tenant under keys readers do not fall
// back to, gets the processor's attributes and the enrichment ones
// (release, environment, tenant, user) with one growth of its attribute
// slice. Compared with the same records
// through a processor whose enrichment is off, the enrichment costs one
// wrapper per attribute it adds (pdata's) and nothing more; it cost one
// more allocation per record when its attributes grew the slice a second
// time. (A difference of two runs, so that what the race detector's pool
// drops add cancels out.)
func TestLogsEnrichedGrowOnce(t *testing.T) {
	const records = 50
	src := plog.NewLogs()
	rl := src.ResourceLogs().AppendEmpty()
	ra := rl.Resource().Attributes()
	ra.PutStr(attrs.ServiceName, "checkout")
	ra.PutStr("service.version", "1.8.0")
	ra.PutStr("deployment.environment.name", "production")
	lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
	for i := 0; i < records; i++ {
		lr := lrs.AppendEmpty()
		lr.SetSeverityNumber(plog.SeverityNumberError)
		lr.Body().SetStr("payment declined for order 1234: card_declined")
		lr.Attributes().PutStr("user.id", "user-17")
		lr.Attributes().PutStr("org.id", "tenant-3")
	}
	before := lrs.At(0).Attributes().Len()

	// run returns the attributes added to a record and the allocations per
	// record of fresh batches through a warm processor.
	run := func(cfg *Config) (added int, perRecord float64) {
		p, err := NewFactory().CreateLogs(context.Background(), processortest.NewNopSettings(metadata.Type), cfg, consumertest.NewNop())
		require.NoError(t, err)
		require.NoError(t, p.Start(context.Background(), componenttest.NewNopHost()))
		defer func() { require.NoError(t, p.Shutdown(context.Background())) }()
		fresh := func() plog.Logs {
			ld := plog.NewLogs()
			src.CopyTo(ld)
			return ld
		}
		warm := fresh()
		require.NoError(t, p.ConsumeLogs(context.Background(), warm)) // the miner learns the template
		added = warm.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0).Attributes().Len() - before
		const runs = 40
		batches := make([]plog.Logs, runs+1)
		for i := range batches {
			batches[i] = fresh()
		}
		next := 0
		perRecord = testing.AllocsPerRun(runs, func() {
			if err := p.ConsumeLogs(context.Background(), batches[next]); err != nil {
				t.Fatal(err)
			}
			next++
		}) / records
		return added, perRecord
	}
	plain := createDefaultConfig().(*Config)
	plain.Enrichment.ReleaseFrom, plain.Enrichment.EnvironmentFrom, plain.Enrichment.DeploymentFrom = []string{}, []string{}, []string{}
	plain.Enrichment.Affected.TenantFrom, plain.Enrichment.Affected.UserFrom = []string{}, []string{}
	addedPlain, allocsPlain := run(plain)
	full := createDefaultConfig().(*Config)
	full.Enrichment.Affected.TenantFrom = []string{"org.id"}
	addedFull, allocsFull := run(full)
	require.Equal(t, 2, addedPlain, "template, id (the kind, release and environment go on the resource)")
	require.Equal(t, 4, addedFull, "template, id, tenant, user")
	extra := allocsFull - allocsPlain
	t.Logf("allocations per record: %.2f without enrichment, %.2f with (+%.2f for %d attributes)", allocsPlain, allocsFull, extra, addedFull-addedPlain)
	if limit := float64(addedFull-addedPlain) + 0.4; extra > limit {
		t.Errorf("enrichment costs %.2f allocations per record, want <= %.1f (a wrapper per attribute, no second growth)", extra, limit)
	}
}
