package fingerprintprocessor

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
)

// h141's review of h138's planned tenant and user (planAffected): with
// the processor's own attribute keys (attributes.template, .id, .kind)
// configured to fingerprint.tenant or fingerprint.user, the processor
// writes the key the plan decides on before enrichRecord: the lookups
// after the writes overwrote it with the tenant (or left it when the
// value was the record's fallback), where the plan, which read the
// record before the writes, decided otherwise. Each configuration's
// records must come out as the lookups write them.
func TestAffectedPlanWithProcessorKeysOnAffected(t *testing.T) {
	for _, field := range []string{"template", "id", "kind"} {
		for _, key := range []string{attrs.Tenant, attrs.User} {
			t.Run(field+"="+key, func(t *testing.T) {
				cfg := createDefaultConfig().(*Config)
				switch field {
				case "template":
					cfg.Attributes.Template = key
				case "id":
					cfg.Attributes.ID = key
				case "kind":
					cfg.Attributes.Kind = key
				}
				run := func(planned bool) [][]string {
					f, err := newFingerprinter(processortest.NewNopSettings(metadata.Type), cfg)
					require.NoError(t, err)
					if !planned {
						f.affKeys = nil
					}
					return processedAffected(t, f)
				}
				want, got := run(false), run(true)
				for i := range want {
					require.Equal(t, want[i], got[i], "record %d: looked up after the writes, then planned", i)
				}
			})
		}
	}
}

// Concurrent ConsumeLogs calls on one processor plan each record's tenant
// and user alike (race detector; the plan keeps no state across records):
// each call's tenants and users are those one call looking them up after
// the writes gives.
func TestAffectedPlanConcurrentCalls(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	affected := func(f *fingerprinter) []string {
		var out []string
		for r, kvs := range processedAffected(t, f) {
			for _, kv := range kvs {
				if strings.HasPrefix(kv, attrs.Tenant+"=") || strings.HasPrefix(kv, attrs.User+"=") {
					out = append(out, fmt.Sprint(r, " ", kv))
				}
			}
		}
		return out
	}
	lookedUp, err := newFingerprinter(processortest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	lookedUp.affKeys = nil
	want := affected(lookedUp)
	require.NotEmpty(t, want)
	f, err := newFingerprinter(processortest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	require.NotNil(t, f.affKeys)
	var wg sync.WaitGroup
	got := make([][]string, 4)
	for g := range got {
		wg.Go(func() {
			for range 20 {
				got[g] = affected(f)
			}
		})
	}
	wg.Wait()
	for g := range got {
		require.Equal(t, want, got[g], "call %d", g)
	}
}
