package fingerprintprocessor

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/pdata/plog"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// TestLogSlotsMatchWrites: the room reserved on a record for the
// processor's attributes and the enrichment ones (logSlots) is never less
// than what is written (one growth of the attribute slice), and on a bare
// record under a resource that gives its tenant and user it is exactly
// what is written: no slot is reserved for a tenant or user the resource
// does not have (enrichSlots alone reserved two such slots on every record
// of BenchmarkConsumeLogs).
func TestLogSlotsMatchWrites(t *testing.T) {
	f := newTestFingerprinter(t)
	for _, tc := range []struct {
		name         string
		tenant, user string // on the resource
		bare         bool
	}{
		{"no tenant or user", "", "", true},
		{"tenant", "tenant-3", "", true},
		{"tenant and user", "tenant-3", "user-17", true},
		{"record attributes", "", "", false},
		{"record attributes, tenant", "tenant-3", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ld := plog.NewLogs()
			rl := ld.ResourceLogs().AppendEmpty()
			ra := rl.Resource().Attributes()
			ra.PutStr(attrs.ServiceName, "checkout")
			if tc.tenant != "" {
				ra.PutStr(attrs.TenantID, tc.tenant)
			}
			if tc.user != "" {
				ra.PutStr(attrs.EnduserID, tc.user)
			}
			lr := rl.ScopeLogs().AppendEmpty().LogRecords().AppendEmpty()
			lr.Body().SetStr("payment declined for order 1234: card_declined")
			if !tc.bare {
				lr.Attributes().PutStr("http.method", "POST")
			}
			re := f.enrichResource(rl.Resource())
			reserved := 2 + f.logSlots(&re, tc.bare) // template, id (the kind goes on the resource)
			before := lr.Attributes().Len()
			_, err := f.processLogs(context.Background(), ld)
			require.NoError(t, err)
			added := lr.Attributes().Len() - before
			require.LessOrEqual(t, added, reserved, "a second growth")
			if tc.bare {
				require.Equal(t, reserved, added, "slots reserved and not written")
			}
		})
	}
}
