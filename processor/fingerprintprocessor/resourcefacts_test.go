package fingerprintprocessor

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// TestResourceFactsOnce: release, environment and deployment are derived
// from the resource and written there once, not copied onto every record;
// the kind of log records is written once, on their resource, when one of
// its records was fingerprinted. A record that carried its own value of
// one of them (another collector's, the application's) gets the
// resource's, as when the processor copied them onto every record; where
// the resource gives none, the record's own stays (as before).
func TestResourceFactsOnce(t *testing.T) {
	f := newTestFingerprinter(t)
	ld := plog.NewLogs()
	add := func(res map[string]string, records ...map[string]string) plog.ResourceLogs {
		rl := ld.ResourceLogs().AppendEmpty()
		for k, v := range res {
			rl.Resource().Attributes().PutStr(k, v)
		}
		lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
		for _, a := range records {
			lr := lrs.AppendEmpty()
			lr.SetSeverityNumber(plog.SeverityNumberError)
			lr.Body().SetStr("order 42 failed: card declined")
			for k, v := range a {
				if k == "body" {
					lr.Body().SetStr(v)
					continue
				}
				lr.Attributes().PutStr(k, v)
			}
		}
		return rl
	}
	full := map[string]string{attrs.ServiceName: "checkout", attrs.ServiceVersion: "v2.4.0", attrs.DeploymentEnvironment: "prod", attrs.DeploymentID: "d-7"}
	known := add(full,
		map[string]string{},
		map[string]string{attrs.Release: "9.9.9", attrs.Environment: "staging", attrs.Deployment: "d-0", attrs.FingerprintKind: "latency"},
	)
	bare := add(map[string]string{attrs.ServiceName: "mailer"}, map[string]string{attrs.Release: "1.0.0"})
	skipped := add(map[string]string{attrs.ServiceName: "idle"}, map[string]string{"body": ""})
	_, err := f.processLogs(context.Background(), ld)
	require.NoError(t, err)

	res := known.Resource().Attributes().AsRaw()
	assert.Equal(t, "2.4.0", res[attrs.Release])
	assert.Equal(t, "production", res[attrs.Environment])
	assert.Equal(t, "d-7", res[attrs.Deployment])
	assert.Equal(t, attrs.KindLog, res[attrs.FingerprintKind])
	plain := known.ScopeLogs().At(0).LogRecords().At(0).Attributes().AsRaw()
	assert.Len(t, plain[attrs.FingerprintID], 16)
	for _, k := range []string{attrs.Release, attrs.Environment, attrs.Deployment, attrs.FingerprintKind} {
		assert.NotContains(t, plain, k, "a fact of the resource copied onto the record")
	}
	own := known.ScopeLogs().At(0).LogRecords().At(1).Attributes().AsRaw()
	assert.Equal(t, map[string]any{attrs.Release: "2.4.0", attrs.Environment: "production", attrs.Deployment: "d-7", attrs.FingerprintKind: attrs.KindLog},
		map[string]any{attrs.Release: own[attrs.Release], attrs.Environment: own[attrs.Environment], attrs.Deployment: own[attrs.Deployment], attrs.FingerprintKind: own[attrs.FingerprintKind]},
		"a record's own values are the resource's and the processor's")

	assert.Equal(t, map[string]any{attrs.ServiceName: "mailer", attrs.FingerprintKind: attrs.KindLog}, bare.Resource().Attributes().AsRaw())
	assert.Equal(t, "1.0.0", bare.ScopeLogs().At(0).LogRecords().At(0).Attributes().AsRaw()[attrs.Release], "the resource gives none: the record's own stays")

	assert.Equal(t, map[string]any{attrs.ServiceName: "idle"}, skipped.Resource().Attributes().AsRaw(), "no record fingerprinted: no kind on the resource")

	// Spans: the kind stays per span (it differs from span to span); the
	// resource's facts are written on the resource only, and over a
	// span's own value.
	out := runTraces(t, createDefaultConfig().(*Config), []spanIn{{
		service: "checkout", name: "POST /api/pay", route: "/api/pay", kind: ptrace.SpanKindServer,
		id: 1, trace: 1, dur: 80 * time.Millisecond, errMsg: "payment declined",
	}, {
		service: "checkout", name: "POST /api/pay", route: "/api/pay", kind: ptrace.SpanKindServer,
		id: 2, trace: 2, dur: 80 * time.Millisecond, errMsg: "payment declined",
		attrs: map[string]any{attrs.Release: "9.9.9"},
	}})
	require.Len(t, out, 2)
	assert.Equal(t, "2.4.0", out[0].res[attrs.Release])
	assert.NotContains(t, out[0].attrs, attrs.Release)
	assert.Equal(t, attrs.KindError, out[0].str(attrs.FingerprintKind))
	assert.Equal(t, "2.4.0", out[1].str(attrs.Release), "a span's own release is the resource's")
}
