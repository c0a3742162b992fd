package fingerprintprocessor

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
)

// TestDetectSeverity: a record that carries no severity gets the level its
// own line states (a raw line read with no parser: its header's level
// word, a map body's level key); a record with a severity, and a line
// whose level is only in its prose, keep theirs; logs.detect_severity:
// false leaves every record as it came.
func TestDetectSeverity(t *testing.T) {
	type rec struct {
		body     any
		number   plog.SeverityNumber
		text     string
		wantNum  plog.SeverityNumber
		wantText string
	}
	recs := []rec{
		{body: "2026-03-02 10:00:00.123  INFO 4242 --- [nio-8080-exec-1] c.a.p.w.PaymentController : flag v2 on", wantNum: plog.SeverityNumberInfo, wantText: "INFO"},
		{body: `time="2026-03-02T10:00:00Z" level=error msg="pool exhausted"`, wantNum: plog.SeverityNumberError, wantText: "error"},
		{body: map[string]any{"level": int64(40), "msg": "slow request"}, wantNum: plog.SeverityNumberWarn, wantText: "WARN"},
		{body: map[string]any{"@l": "Information", "@mt": "Request {Path} done"}, wantNum: plog.SeverityNumberInfo, wantText: "Information"},
		{body: "an error occurred while charging card 42"},
		{body: "2026-03-02 10:00:00 INFO charged", number: plog.SeverityNumberError, text: "ERROR", wantNum: plog.SeverityNumberError, wantText: "ERROR"},
		{body: "INFO charged", text: "notice", wantText: "notice"},
	}
	build := func() plog.Logs {
		ld := plog.NewLogs()
		rl := ld.ResourceLogs().AppendEmpty()
		rl.Resource().Attributes().PutStr("service.name", "payments")
		lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
		for _, r := range recs {
			lr := lrs.AppendEmpty()
			switch b := r.body.(type) {
			case string:
				lr.Body().SetStr(b)
			case map[string]any:
				require.NoError(t, lr.Body().SetEmptyMap().FromRaw(b))
			}
			lr.SetSeverityNumber(r.number)
			lr.SetSeverityText(r.text)
		}
		return ld
	}
	f := newTestFingerprinter(t)
	ld, err := f.processLogs(context.Background(), build())
	require.NoError(t, err)
	lrs := ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
	for i, r := range recs {
		lr := lrs.At(i)
		assert.Equal(t, r.wantNum, lr.SeverityNumber(), "record %d (%v)", i, r.body)
		assert.Equal(t, r.wantText, lr.SeverityText(), "record %d (%v)", i, r.body)
	}

	cfg := createDefaultConfig().(*Config)
	cfg.Logs.DetectSeverity = false
	off, err := newFingerprinter(processortest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	ld, err = off.processLogs(context.Background(), build())
	require.NoError(t, err)
	lrs = ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
	for i, r := range recs {
		assert.Equal(t, r.number, lrs.At(i).SeverityNumber(), "detect_severity off: record %d", i)
	}
}
