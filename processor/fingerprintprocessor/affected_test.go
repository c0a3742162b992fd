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

// TestLogsAffectedFromResource: a record without attributes of its own
// takes its tenant and user from the resource, computed once per resource
// (enrichRecord's bare path); it must give what the per-record lookup
// gives a record whose attributes hold none of the source keys, for plain,
// hashed and truncated values, and must not be taken when a source key is
// one the processor writes on the record before the lookup.
func TestLogsAffectedFromResource(t *testing.T) {
	consume := func(t *testing.T, cfg *Config, resUser string) (bare, other, own plog.LogRecord) {
		t.Helper()
		ld := plog.NewLogs()
		rl := ld.ResourceLogs().AppendEmpty()
		ra := rl.Resource().Attributes()
		ra.PutStr(attrs.ServiceName, "checkout")
		ra.PutStr(attrs.TenantID, " tenant-9 ")
		ra.PutStr("user.id", resUser)
		lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
		for i := 0; i < 3; i++ {
			lrs.AppendEmpty().Body().SetStr("payment declined for order 1234")
		}
		lrs.At(1).Attributes().PutStr("code.function", "charge")   // no source key: the per-record lookup
		lrs.At(2).Attributes().PutStr(attrs.EnduserID, "own-user") // its own user
		p, err := NewFactory().CreateLogs(context.Background(), processortest.NewNopSettings(metadata.Type), cfg, consumertest.NewNop())
		require.NoError(t, err)
		require.NoError(t, p.Start(context.Background(), componenttest.NewNopHost()))
		defer func() { require.NoError(t, p.Shutdown(context.Background())) }()
		require.NoError(t, p.ConsumeLogs(context.Background(), ld))
		return lrs.At(0), lrs.At(1), lrs.At(2)
	}
	// get reads the tenant and user as the exporter and the connector do
	// (attrs.Enrichment: the processor's, else tenant.id and enduser.id).
	get := func(lr plog.LogRecord, key string) string {
		var e attrs.Enrichment
		for k, v := range lr.Attributes().All() {
			e.Take(k, v.Str())
		}
		e.Resolve()
		switch key {
		case attrs.Tenant:
			return e.Tenant
		case attrs.User:
			return e.User
		}
		panic(key)
	}

	t.Run("plain", func(t *testing.T) {
		bare, other, own := consume(t, createDefaultConfig().(*Config), "res-user")
		for _, lr := range []plog.LogRecord{bare, other} {
			require.Equal(t, "tenant-9", get(lr, attrs.Tenant))
			require.Equal(t, "res-user", get(lr, attrs.User))
		}
		require.Equal(t, "tenant-9", get(own, attrs.Tenant))
		require.Equal(t, "own-user", get(own, attrs.User))
	})
	t.Run("hashed", func(t *testing.T) {
		cfg := createDefaultConfig().(*Config)
		cfg.Enrichment.Affected.HashUser, cfg.Enrichment.Affected.HashKey = true, "k"
		bare, other, own := consume(t, cfg, "res-user")
		require.NotEqual(t, "res-user", get(bare, attrs.User))
		require.NotEmpty(t, get(bare, attrs.User))
		require.Equal(t, get(other, attrs.User), get(bare, attrs.User))
		require.NotEqual(t, get(own, attrs.User), get(bare, attrs.User))
	})
	t.Run("truncated", func(t *testing.T) {
		cfg := createDefaultConfig().(*Config)
		cfg.Enrichment.Affected.MaxValueLength = 4
		bare, other, _ := consume(t, cfg, "a-long-user-name")
		require.Equal(t, get(other, attrs.User), get(bare, attrs.User))
		require.NotEqual(t, "a-long-user-name", get(bare, attrs.User))
	})
	t.Run("source key written by the processor", func(t *testing.T) {
		// the record's own fingerprint.kind, written before the lookup,
		// is its tenant; the resource has none
		cfg := createDefaultConfig().(*Config)
		cfg.Enrichment.Affected.TenantFrom = []string{cfg.Attributes.Kind}
		bare, other, _ := consume(t, cfg, "res-user")
		require.Equal(t, attrs.KindLog, get(bare, attrs.Tenant))
		require.Equal(t, attrs.KindLog, get(other, attrs.Tenant))
	})
}

// TestAffectedNotCopied: a record whose own tenant.id and enduser.id are
// its tenant and user gets no second copy of them (readers fall back to
// those keys); a value the readers would not find there is written: from
// another source key, trimmed or cut, hashed, or over a fingerprint.user
// the record carried (a sender's word must not win over its own user).
func TestAffectedNotCopied(t *testing.T) {
	run := func(t *testing.T, cfg *Config, set func(m map[string]string)) (written map[string]string, seen attrs.Enrichment) {
		t.Helper()
		ld := plog.NewLogs()
		rl := ld.ResourceLogs().AppendEmpty()
		rl.Resource().Attributes().PutStr(attrs.ServiceName, "checkout")
		lr := rl.ScopeLogs().AppendEmpty().LogRecords().AppendEmpty()
		lr.Body().SetStr("payment declined for order 1234")
		in := map[string]string{attrs.EnduserID: "user-17", attrs.TenantID: "tenant-3"}
		set(in)
		for k, v := range in {
			lr.Attributes().PutStr(k, v)
		}
		p, err := NewFactory().CreateLogs(context.Background(), processortest.NewNopSettings(metadata.Type), cfg, consumertest.NewNop())
		require.NoError(t, err)
		require.NoError(t, p.Start(context.Background(), componenttest.NewNopHost()))
		defer func() { require.NoError(t, p.Shutdown(context.Background())) }()
		require.NoError(t, p.ConsumeLogs(context.Background(), ld))
		written = map[string]string{}
		for _, k := range []string{attrs.Tenant, attrs.User} {
			if v, ok := lr.Attributes().Get(k); ok {
				written[k] = v.Str()
			}
		}
		for k, v := range lr.Attributes().All() {
			seen.Take(k, v.Str())
		}
		seen.Resolve()
		return written, seen
	}
	t.Run("own keys", func(t *testing.T) {
		written, seen := run(t, createDefaultConfig().(*Config), func(map[string]string) {})
		require.Empty(t, written)
		require.Equal(t, "user-17", seen.User)
		require.Equal(t, "tenant-3", seen.Tenant)
	})
	t.Run("another source key", func(t *testing.T) {
		written, seen := run(t, createDefaultConfig().(*Config), func(m map[string]string) {
			delete(m, attrs.EnduserID)
			m["user.id"] = "user-18"
		})
		require.Equal(t, map[string]string{attrs.User: "user-18"}, written)
		require.Equal(t, "user-18", seen.User)
	})
	t.Run("trimmed", func(t *testing.T) {
		written, seen := run(t, createDefaultConfig().(*Config), func(m map[string]string) { m[attrs.TenantID] = " tenant-3 " })
		require.Equal(t, map[string]string{attrs.Tenant: "tenant-3"}, written)
		require.Equal(t, "tenant-3", seen.Tenant)
	})
	t.Run("hashed", func(t *testing.T) {
		cfg := createDefaultConfig().(*Config)
		cfg.Enrichment.Affected.HashUser, cfg.Enrichment.Affected.HashKey = true, "k"
		written, seen := run(t, cfg, func(map[string]string) {})
		require.Contains(t, written, attrs.User)
		require.NotContains(t, written, attrs.Tenant)
		require.NotEqual(t, "user-17", seen.User)
	})
	t.Run("carried", func(t *testing.T) {
		written, seen := run(t, createDefaultConfig().(*Config), func(m map[string]string) { m[attrs.User] = "someone-else" })
		require.Equal(t, map[string]string{attrs.User: "user-17"}, written)
		require.Equal(t, "user-17", seen.User)
	})
}
