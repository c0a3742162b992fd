package backlogexporter

import (
	"context"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/config/configoptional"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
)

// The exporter reads fingerprint.cause.id: a caller's failed span that the
// processor attributes to a failure deeper in its trace (through a span in
// between that did not fail, so no parent/child pair links them) is a
// symptom in the problem its cause heads.
func TestCauseIDMakesTheCalleeTheHead(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.HTTP = configoptional.None[HTTPConfig]()
	cfg.Scoring.Gates.MinWindows = 1
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	ctx := context.Background()
	const front, back = "00000000000000fa", "00000000000000fb"
	t0 := time.Now().Add(-10 * time.Minute)
	td := ptrace.NewTraces()
	span := func(svc, fp, cause string, tr [16]byte, id, parent byte, at time.Time) {
		rs := td.ResourceSpans().AppendEmpty()
		rs.Resource().Attributes().PutStr(attrs.ServiceName, svc)
		sp := rs.ScopeSpans().AppendEmpty().Spans().AppendEmpty()
		sp.SetTraceID(tr)
		sp.SetSpanID([8]byte{id})
		if parent != 0 {
			sp.SetParentSpanID([8]byte{parent})
		}
		sp.SetName("POST /pay")
		sp.SetStartTimestamp(pcommon.NewTimestampFromTime(at))
		sp.SetEndTimestamp(pcommon.NewTimestampFromTime(at.Add(time.Millisecond)))
		sp.Status().SetCode(ptrace.StatusCodeError)
		a := sp.Attributes()
		a.PutStr(attrs.FingerprintID, fp)
		a.PutStr(attrs.FingerprintKind, attrs.KindError)
		a.PutStr(attrs.SpanTemplate, svc+" failed")
		if cause != "" {
			a.PutStr(attrs.CauseID, cause)
			a.PutStr(attrs.CauseService, "back")
		}
	}
	for i := range 20 {
		tr := [16]byte{byte(i + 1)}
		at := t0.Add(time.Duration(i) * 10 * time.Second)
		// front (1) -> mid (2, did not fail, not exported here) -> back (3)
		span("front", front, back, tr, 1, 0, at)
		span("back", back, "", tr, 3, 2, at)
	}
	require.NoError(t, e.consumeTraces(ctx, td))
	var links []cluster.Link
	for _, l := range e.store.Links() {
		if l.Kind == cluster.LinkCause {
			links = append(links, l)
		}
	}
	assert.Equal(t, []cluster.Link{{A: front, B: back, Kind: cluster.LinkCause, Count: 20}}, links)
	doc := e.builder.Build(time.Now())
	var found bool
	for _, it := range append(doc.Items, doc.Watchlist...) {
		if it.Problem.Head != back || len(it.Members) != 2 {
			continue
		}
		found = true
		for _, m := range it.Members {
			want := "symptom"
			if m.Fingerprint == back {
				want = "head"
			}
			assert.Equal(t, want, m.Role, m.Fingerprint)
		}
	}
	assert.True(t, found, "no problem headed by the callee with the caller as member: %+v", doc.Items)
}

// Error logs of two callers that name one service of the system ("No
// instances available for payments-api") are one problem: the store counts
// the names each log cluster's records give, resolved against the services
// that sent records when problems are built, so the callers' records may
// come first. A name no record's resource carries links nothing.
func TestNamedServiceLinksCallersErrors(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.HTTP = configoptional.None[HTTPConfig]()
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	t0 := time.Now().Add(-10 * time.Minute)
	ld := plog.NewLogs()
	logs := func(svc, fp, body, template string, n int) {
		rl := ld.ResourceLogs().AppendEmpty()
		rl.Resource().Attributes().PutStr(attrs.ServiceName, svc)
		lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
		for i := range n {
			lr := lrs.AppendEmpty()
			lr.SetTimestamp(pcommon.NewTimestampFromTime(t0.Add(time.Duration(i) * 20 * time.Second)))
			lr.SetSeverityNumber(plog.SeverityNumberError)
			lr.Body().SetStr(body)
			lr.Attributes().PutStr(attrs.FingerprintID, fp)
			lr.Attributes().PutStr(attrs.FingerprintKind, attrs.KindLog)
			lr.Attributes().PutStr(attrs.LogRecordTemplate, template)
		}
	}
	// The callers' records come before any of payments': the order does
	// not matter, the names are resolved when problems are built.
	logs("checkout", "00000000000000a1", "No instances available for payments-api", "No instances available for <*>", 6)
	logs("cart", "00000000000000a2", "dial tcp payments-api:8080: connect: connection refused", "dial tcp <*>: connect: connection refused", 6)
	logs("orders", "00000000000000a3", "No instances available for billing", "No instances available for <*>", 6) // billing sent nothing
	logs("search", "00000000000000a4", "No instances available for billing", "No instances available for <*>", 6)
	require.NoError(t, e.consumeLogs(context.Background(), ld))
	ld = plog.NewLogs()
	logs("payments-api", "00000000000000a0", "payment declined", "payment declined", 3) // payments-api sends records
	require.NoError(t, e.consumeLogs(context.Background(), ld))
	doc := e.builder.Build(time.Now())
	members := map[string][]string{}
	for _, it := range append(doc.Items, doc.Watchlist...) {
		for _, m := range it.Members {
			members[it.Problem.Head] = append(members[it.Problem.Head], m.Fingerprint)
		}
	}
	var linked [][]string
	for _, ms := range members {
		if len(ms) > 1 {
			sort.Strings(ms)
			linked = append(linked, ms)
		}
	}
	assert.Equal(t, [][]string{{"00000000000000a1", "00000000000000a2"}}, linked)
}
