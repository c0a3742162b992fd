package fingerprintprocessor

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
)

// affectedShapes are log records' attributes (OTLP/JSON key-values, so
// that a key may be duplicated, as pdata's decoding keeps it) for
// TestAffectedPlanLikeLookup: the source keys present or not, empty,
// padded, non-string and duplicated values, the fallbacks equal to the
// value or not, fingerprint.tenant and fingerprint.user of their own.
var affectedShapes = []string{
	``,
	`{"key":"code.function","value":{"stringValue":"charge"}}`,
	`{"key":"tenant.id","value":{"stringValue":"t-1"}},{"key":"enduser.id","value":{"stringValue":"u-1"}}`,
	`{"key":"enduser.id","value":{"stringValue":"u-1"}},{"key":"tenant.id","value":{"stringValue":"t-1"}},{"key":"http.route","value":{"stringValue":"/pay"}}`,
	`{"key":"tenant.id","value":{"stringValue":" t-1 "}},{"key":"enduser.id","value":{"stringValue":"u-1\t"}}`,
	`{"key":"tenant.id","value":{"stringValue":""}},{"key":"enduser.id","value":{"stringValue":"  "}},{"key":"user.id","value":{"stringValue":"u-2"}}`,
	`{"key":"enduser.id","value":{"intValue":"42"}},{"key":"tenant.id","value":{"boolValue":true}}`,
	`{"key":"user.id","value":{"stringValue":"u-3"}}`,
	`{"key":"tenant.id","value":{"stringValue":"t-1"}},{"key":"tenant.id","value":{"stringValue":"t-2"}},{"key":"enduser.id","value":{"stringValue":"u-1"}},{"key":"enduser.id","value":{"stringValue":"u-9"}}`,
	`{"key":"tenant.id","value":{"stringValue":""}},{"key":"tenant.id","value":{"stringValue":"t-2"}}`,
	`{"key":"fingerprint.tenant","value":{"stringValue":"old"}},{"key":"tenant.id","value":{"stringValue":"t-1"}}`,
	`{"key":"fingerprint.user","value":{"stringValue":"old"}},{"key":"user.id","value":{"stringValue":"u-4"}},{"key":"enduser.id","value":{"stringValue":""}}`,
	`{"key":"fingerprint.tenant","value":{"stringValue":"old"}},{"key":"fingerprint.user","value":{"stringValue":"old"}}`,
	`{"key":"exception.type","value":{"stringValue":"java.io.IOException"}},{"key":"tenant.id","value":{"stringValue":"t-5"}}`,
}

// affectedResources are the resources the shapes are sent under.
var affectedResources = []string{
	``,
	`{"key":"tenant.id","value":{"stringValue":"res-t"}}`,
	`{"key":"tenant.id","value":{"stringValue":"res-t"}},{"key":"user.id","value":{"stringValue":"res-u"}},{"key":"enduser.id","value":{"stringValue":"res-e"}}`,
}

func affectedLogs(t *testing.T) plog.Logs {
	t.Helper()
	var rls []string
	for i, res := range affectedResources {
		var recs []string
		for j, a := range affectedShapes {
			recs = append(recs, fmt.Sprintf(`{"body":{"stringValue":"payment declined for order %d"},"attributes":[%s]}`, 1000+j, a))
		}
		ra := fmt.Sprintf(`{"key":"service.name","value":{"stringValue":"svc-%d"}}`, i)
		if res != "" {
			ra += "," + res
		}
		rls = append(rls, fmt.Sprintf(`{"resource":{"attributes":[%s]},"scopeLogs":[{"logRecords":[%s]}]}`, ra, strings.Join(recs, ",")))
	}
	doc := `{"resourceLogs":[` + strings.Join(rls, ",") + `]}`
	require.True(t, json.Valid([]byte(doc)))
	ld, err := (&plog.JSONUnmarshaler{}).UnmarshalLogs([]byte(doc))
	require.NoError(t, err)
	return ld
}

// keyValues is a map's attributes in order, duplicates kept.
func keyValues(m pcommon.Map) []string {
	var out []string
	for k, v := range m.All() {
		out = append(out, k+"="+v.AsString())
	}
	return out
}

// processedAffected runs f over affectedLogs and returns each record's
// attributes in order (keyValues), resource after resource.
func processedAffected(t *testing.T, f *fingerprinter) [][]string {
	t.Helper()
	ld := affectedLogs(t)
	_, err := f.processLogs(context.Background(), ld)
	require.NoError(t, err)
	var out [][]string
	rls := ld.ResourceLogs()
	for i := 0; i < rls.Len(); i++ {
		lrs := rls.At(i).ScopeLogs().At(0).LogRecords()
		for j := 0; j < lrs.Len(); j++ {
			out = append(out, keyValues(lrs.At(j).Attributes()))
		}
	}
	return out
}

// TestAffectedPlanLikeLookup: a log record's tenant and user decided from
// scanLogAttrs's pass before the processor writes (planAffected) are
// written exactly as enrichRecord's lookups after the writes write them
// (f.affKeys nil), plain and hashed, and planAffected counts exactly the
// attributes the lookups add (the slots fingerprintLog reserves for
// them).
func TestAffectedPlanLikeLookup(t *testing.T) {
	// the default sources, and the user's in the other order (a
	// resource's user.id before a record's enduser.id: planAffected's
	// own reading of the sources keeps their order and the resource's
	// place in it)
	for n, userFrom := range [][]string{nil, {"user.id", attrs.EnduserID}} {
		for _, hashed := range []bool{false, true} {
			t.Run(fmt.Sprint("sources=", n, "/hashed=", hashed), func(t *testing.T) {
				testAffectedPlanLikeLookup(t, userFrom, hashed)
			})
		}
	}
}

func testAffectedPlanLikeLookup(t *testing.T, userFrom []string, hashed bool) {
	{
		{
			cfg := createDefaultConfig().(*Config)
			if userFrom != nil {
				cfg.Enrichment.Affected.UserFrom = userFrom
			}
			if hashed {
				cfg.Enrichment.Affected.HashTenant, cfg.Enrichment.Affected.HashUser, cfg.Enrichment.Affected.HashKey = true, true, "k"
			}
			fp := func(planned bool) *fingerprinter {
				f, err := newFingerprinter(processortest.NewNopSettings(metadata.Type), cfg)
				require.NoError(t, err)
				require.NotNil(t, f.affKeys, "the default sources are read early")
				if !planned {
					f.affKeys = nil
				}
				return f
			}
			run := func(planned bool) plog.Logs {
				ld := affectedLogs(t)
				_, err := fp(planned).processLogs(context.Background(), ld)
				require.NoError(t, err)
				return ld
			}
			want, got := run(false), run(true)
			wr, gr := want.ResourceLogs(), got.ResourceLogs()
			written := 0
			for i := 0; i < wr.Len(); i++ {
				require.Equal(t, keyValues(wr.At(i).Resource().Attributes()), keyValues(gr.At(i).Resource().Attributes()))
				wl, gl := wr.At(i).ScopeLogs().At(0).LogRecords(), gr.At(i).ScopeLogs().At(0).LogRecords()
				for j := 0; j < wl.Len(); j++ {
					w := keyValues(wl.At(j).Attributes())
					require.Equal(t, w, keyValues(gl.At(j).Attributes()), "resource %d, record %d", i, j)
					for _, s := range w {
						if strings.HasPrefix(s, attrs.Tenant+"=") || strings.HasPrefix(s, attrs.User+"=") {
							written++
						}
					}
				}
			}
			require.Greater(t, written, 10, "the shapes write tenants and users")

			// adds: what the lookups add to a record, counted on the
			// records as they are when enrichRecord runs.
			f := fp(true)
			ld := affectedLogs(t)
			rls := ld.ResourceLogs()
			for i := 0; i < rls.Len(); i++ {
				res := rls.At(i).Resource().Attributes()
				lrs := rls.At(i).ScopeLogs().At(0).LogRecords()
				for j := 0; j < lrs.Len(); j++ {
					la := lrs.At(j).Attributes()
					in := f.scanLogAttrs(la)
					_, adds := f.planAffected(&in.aff, res)
					before := la.Len()
					get := bothLookup(la, res)
					putAffected(la, attrs.Tenant, attrs.TenantID, f.enricher.Tenant(get), cfg.Enrichment.Affected.HashTenant)
					putAffected(la, attrs.User, attrs.EnduserID, f.enricher.User(get), cfg.Enrichment.Affected.HashUser)
					require.Equal(t, la.Len()-before, adds, "resource %d, record %d", i, j)
				}
			}
		}
	}
}

// TestEarlyAffectedKeys: the record's tenant and user are read before the
// processor's writes only when no key read is one it writes.
func TestEarlyAffectedKeys(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	require.Equal(t, []string{attrs.TenantID, attrs.EnduserID, "user.id"}, earlyAffectedKeys(cfg))
	for _, k := range []string{attrs.Frames, attrs.ErrorType, attrs.Tenant, attrs.Release} {
		cfg := createDefaultConfig().(*Config)
		cfg.Enrichment.Affected.UserFrom = []string{k}
		require.Nil(t, earlyAffectedKeys(cfg), k)
	}
	cfg = createDefaultConfig().(*Config)
	cfg.Attributes.ID = attrs.TenantID // a fallback the processor writes first
	require.Nil(t, earlyAffectedKeys(cfg))
	cfg = createDefaultConfig().(*Config)
	cfg.Enrichment.Affected.UserFrom = []string{"a", "b", "c", "d", "e", "f", "g"}
	require.Nil(t, earlyAffectedKeys(cfg), "more keys than an affectedScan holds")
	cfg.Enrichment.Affected.TenantFrom, cfg.Enrichment.Affected.UserFrom = nil, nil
	require.Nil(t, earlyAffectedKeys(cfg))
}

// TestTrimSpaceLikeStrings: trimSpace's shortcut returns what
// strings.TrimSpace does, for every first and last byte around a middle,
// and for Unicode white space at either end (fails with the shortcut
// taken for bytes at or above utf8.RuneSelf, or for the first byte only).
func TestTrimSpaceLikeStrings(t *testing.T) {
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			for _, s := range []string{string([]byte{byte(a), 'x', byte(b)}), string([]byte{byte(a)}), string([]byte{byte(a), byte(b)})} {
				if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
					t.Fatalf("trimSpace(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
	for _, s := range []string{"", " ", "\u00a0t-1", "t-1\u0085", "\u2003u-1\u3000", "t-1\u00a0", "\u00a0", "é", "ét-1é"} {
		require.Equal(t, strings.TrimSpace(s), trimSpace(s), "%q", s)
	}
}
