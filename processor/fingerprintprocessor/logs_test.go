package fingerprintprocessor

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/processor"
	"go.opentelemetry.io/collector/processor/processortest"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"
	"go.opentelemetry.io/otel/sdk/metric/metricdata/metricdatatest"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadatatest"
)

// logIn describes one input record.
type logIn struct {
	service string
	body    any // string, []byte, map[string]any, []any, int64, nil
	attrs   map[string]any
	sev     plog.SeverityNumber
}

func buildLogs(t testing.TB, in []logIn) plog.Logs {
	ld := plog.NewLogs()
	for _, r := range in {
		rl := ld.ResourceLogs().AppendEmpty()
		if r.service != "" {
			rl.Resource().Attributes().PutStr(attrs.ServiceName, r.service)
		}
		lr := rl.ScopeLogs().AppendEmpty().LogRecords().AppendEmpty()
		lr.SetSeverityNumber(r.sev)
		switch b := r.body.(type) {
		case string:
			lr.Body().SetStr(b)
		case []byte:
			lr.Body().SetEmptyBytes().FromRaw(b)
		case map[string]any:
			require.NoError(t, lr.Body().SetEmptyMap().FromRaw(b))
		case []any:
			require.NoError(t, lr.Body().SetEmptySlice().FromRaw(b))
		case int64:
			lr.Body().SetInt(b)
		case nil:
		}
		require.NoError(t, lr.Attributes().FromRaw(r.attrs))
	}
	return ld
}

// runLogs sends the records through a fresh processor and returns the
// records as they left it.
func runLogs(t *testing.T, cfg *Config, set processor.Settings, in []logIn) []plog.LogRecord {
	t.Helper()
	sink := new(consumertest.LogsSink)
	p, err := NewFactory().CreateLogs(context.Background(), set, cfg, sink)
	require.NoError(t, err)
	require.NoError(t, p.Start(context.Background(), componenttest.NewNopHost()))
	defer func() { require.NoError(t, p.Shutdown(context.Background())) }()
	require.NoError(t, p.ConsumeLogs(context.Background(), buildLogs(t, in)))
	var out []plog.LogRecord
	for _, ld := range sink.AllLogs() {
		rls := ld.ResourceLogs()
		for i := 0; i < rls.Len(); i++ {
			lrs := rls.At(i).ScopeLogs().At(0).LogRecords()
			for k := 0; k < lrs.Len(); k++ {
				out = append(out, lrs.At(k))
			}
		}
	}
	require.Len(t, out, len(in), "the processor must never drop a record")
	return out
}

func get(lr plog.LogRecord, key string) string {
	v, ok := lr.Attributes().Get(key)
	if !ok {
		return ""
	}
	return v.AsString()
}

func TestLogsFamilies(t *testing.T) {
	javaStack := func(line int, method string) string {
		return "java.lang.IllegalStateException: Payment failed for order 123\n" +
			"\tat com.shop.checkout.PaymentClient." + method + "(PaymentClient.java:" + strings.Repeat("1", line) + ")\n" +
			"\tat com.shop.checkout.CheckoutService.placeOrder(CheckoutService.java:88)\n" +
			"\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:897)\n"
	}
	in := []logIn{
		0: {service: "checkout", body: "Connection to 10.0.0.1:5432 failed after 3 retries"},
		1: {service: "checkout", body: "Connection to 10.0.0.7:5432 failed after 17 retries"},
		2: {service: "cart", body: "Connection to 10.0.0.7:5432 failed after 17 retries"},
		3: {service: "checkout", body: "User 4411 logged in"},
		4: {service: "checkout", body: map[string]any{"msg": "User 912 logged in", "level": "info"}},
		5: {service: "checkout", body: "Payment failed", attrs: map[string]any{"exception.type": "java.lang.IllegalStateException", "exception.stacktrace": javaStack(1, "authorize")}},
		6: {service: "checkout", body: "Payment failed", attrs: map[string]any{"exception.type": "java.lang.IllegalStateException", "exception.stacktrace": javaStack(3, "authorize")}},
		7: {service: "checkout", body: "Payment failed", attrs: map[string]any{"exception.type": "java.lang.IllegalStateException", "exception.stacktrace": javaStack(1, "capture")}},
		8: {service: "checkout", body: "Payment failed", attrs: map[string]any{"exception.type": "java.lang.IllegalArgumentException"}},
		9: {service: "checkout", body: "Request failed\n" + javaStack(2, "authorize")},
	}
	out := runLogs(t, createDefaultConfig().(*Config), processortest.NewNopSettings(metadata.Type), in)
	id := func(i int) string { return get(out[i], attrs.FingerprintID) }
	for i, lr := range out {
		assert.Len(t, id(i), 16, "record %d: fingerprint.id", i)
		// the kind of log records is written once, on their resource
		assert.Empty(t, get(lr, attrs.FingerprintKind), "record %d", i)
		assert.NotEmpty(t, get(lr, attrs.LogRecordTemplate), "record %d", i)
	}
	same := [][2]int{{0, 1}, {3, 4}, {5, 6}}
	for _, p := range same {
		assert.Equal(t, id(p[0]), id(p[1]), "records %d and %d are one family", p[0], p[1])
	}
	differ := [][2]int{{1, 2}, {0, 3}, {5, 7}, {5, 8}}
	for _, p := range differ {
		assert.NotEqual(t, id(p[0]), id(p[1]), "records %d and %d are different families", p[0], p[1])
	}
	assert.Equal(t, "java.lang.IllegalStateException", get(out[5], attrs.ErrorType))
	// The stack trace in a multi-line body is not part of the template.
	assert.Equal(t, "Request failed", get(out[9], attrs.LogRecordTemplate))
	assert.Equal(t, "java.lang.IllegalStateException", get(out[9], attrs.ErrorType))
	assert.NotContains(t, get(out[0], attrs.LogRecordTemplate), "10.0.0.1")
	// The top in-app frames that went into the id are written, so the
	// backlog can show them.
	frames := get(out[5], attrs.Frames)
	assert.Contains(t, frames, "PaymentClient.authorize")
	assert.Equal(t, frames, get(out[6], attrs.Frames), "one family, one set of frames")
	assert.NotEqual(t, frames, get(out[7], attrs.Frames))
	assert.Empty(t, get(out[0], attrs.Frames), "no stack, no frames")
}

func TestLogsOddInputPassThrough(t *testing.T) {
	huge := strings.Repeat("word ", 1<<18) // 1.25 MiB
	in := []logIn{
		{service: "a", body: "ok \xff\xfe bytes \x00 here"},
		{service: "a", body: huge},
		{service: "a", body: ""},
		{service: "a", body: []byte{0xff, 0x00, 0x01}},
		{service: "a", body: []byte("utf8 bytes body")},
		{service: "a", body: map[string]any{"nested": map[string]any{"deep": []any{1, 2}}}},
		{service: "a", body: []any{"x", int64(1)}},
		{service: "a", body: int64(42)},
		{body: nil},
		{body: "no service at all"},
	}
	tel := componenttest.NewTelemetry()
	t.Cleanup(func() { require.NoError(t, tel.Shutdown(context.Background())) })
	out := runLogs(t, createDefaultConfig().(*Config), metadatatest.NewSettings(tel), in)

	// Bodies are untouched.
	assert.Equal(t, "ok \xff\xfe bytes \x00 here", out[0].Body().Str())
	assert.Equal(t, huge, out[1].Body().Str())
	assert.Equal(t, []byte{0xff, 0x00, 0x01}, out[3].Body().Bytes().AsRaw())
	assert.Equal(t, pcommon.ValueTypeMap, out[5].Body().Type())
	// Text-like bodies get a fingerprint; empty and undecodable ones do not.
	for _, i := range []int{0, 1, 4, 6, 7, 9} {
		assert.Len(t, get(out[i], attrs.FingerprintID), 16, "record %d", i)
	}
	for _, i := range []int{2, 3, 5, 8} {
		assert.Empty(t, get(out[i], attrs.FingerprintID), "record %d", i)
	}
	assert.LessOrEqual(t, len(get(out[1], attrs.LogRecordTemplate)), 4096+16)

	metadatatest.AssertEqualProcessorFingerprintRecordsFingerprinted(t, tel,
		[]metricdata.DataPoint[int64]{{Value: 6}}, metricdatatest.IgnoreTimestamp())
	metadatatest.AssertEqualProcessorFingerprintRecordsSkipped(t, tel,
		[]metricdata.DataPoint[int64]{{Value: 4}}, metricdatatest.IgnoreTimestamp())
	// Invalid UTF-8, oversize, empty, binary, utf-8 bytes, map without a
	// message key, slice, int and absent bodies are all odd.
	metadatatest.AssertEqualProcessorFingerprintRecordsMalformed(t, tel,
		[]metricdata.DataPoint[int64]{{Value: 9}}, metricdatatest.IgnoreTimestamp())
}

func TestLogsConditions(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.Logs.Conditions = []string{"severity_number >= SEVERITY_NUMBER_WARN"}
	tel := componenttest.NewTelemetry()
	t.Cleanup(func() { require.NoError(t, tel.Shutdown(context.Background())) })
	out := runLogs(t, cfg, metadatatest.NewSettings(tel), []logIn{
		{service: "a", body: "disk 91% full", sev: plog.SeverityNumberWarn},
		{service: "a", body: "request served", sev: plog.SeverityNumberInfo},
		{service: "a", body: "boom", sev: plog.SeverityNumberError},
	})
	assert.NotEmpty(t, get(out[0], attrs.FingerprintID))
	assert.Empty(t, get(out[1], attrs.FingerprintID))
	assert.Equal(t, 0, out[1].Attributes().Len(), "unselected records stay untouched")
	assert.NotEmpty(t, get(out[2], attrs.FingerprintID))
	metadatatest.AssertEqualProcessorFingerprintRecordsSkipped(t, tel,
		[]metricdata.DataPoint[int64]{{Value: 1}}, metricdatatest.IgnoreTimestamp())
}

func TestLogsCustomKeysAndMasks(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.Attributes = AttributesConfig{ID: "fp", Template: "tpl", Kind: "k"}
	cfg.Templates.Masks = []MaskRule{{Name: "order", Pattern: `ORD-[A-Z]+`, Replacement: "<order>"}}
	out := runLogs(t, cfg, processortest.NewNopSettings(metadata.Type), []logIn{
		{service: "a", body: "Order ORD-ABC shipped"},
		{service: "a", body: "Order ORD-XYZ shipped"},
	})
	assert.Equal(t, get(out[0], "fp"), get(out[1], "fp"))
	assert.Contains(t, get(out[0], "tpl"), "<order>")
	assert.Empty(t, get(out[0], attrs.FingerprintID))
}
