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
// environment, carrying a user and a tenant, gets the processor's
// attributes and the enrichment ones (release, environment, tenant, user)
// with one growth of its attribute slice: its allocations per record are
// one wrapper per new string attribute (pdata's) plus one slice, not two
// (the enrichment attributes used to grow the slice a second time).
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
		lr.Attributes().PutStr(attrs.EnduserID, "user-17")
		lr.Attributes().PutStr(attrs.TenantID, "tenant-3")
	}
	before := lrs.At(0).Attributes().Len()
	p, err := NewFactory().CreateLogs(context.Background(), processortest.NewNopSettings(metadata.Type), createDefaultConfig(), consumertest.NewNop())
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
	added := warm.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0).Attributes().Len() - before
	require.GreaterOrEqual(t, added, 7, "template, id, kind, release, environment, tenant, user")

	const runs = 20
	batches := make([]plog.Logs, runs+1)
	for i := range batches {
		batches[i] = fresh()
	}
	next := 0
	perRecord := testing.AllocsPerRun(runs, func() {
		if err := p.ConsumeLogs(context.Background(), batches[next]); err != nil {
			t.Fatal(err)
		}
		next++
	}) / records
	t.Logf("%d attributes added, %.2f allocations per record", added, perRecord)
	// + 0.2: processorhelper's per-batch telemetry over 50 records
	if limit := float64(added) + 1 + 0.2; perRecord > limit {
		t.Errorf("%.2f allocations per record, want <= %.1f (one wrapper per new attribute and one slice growth)", perRecord, limit)
	}
}
