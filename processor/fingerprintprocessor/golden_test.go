package fingerprintprocessor

import (
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/open-telemetry/opentelemetry-collector-contrib/pkg/golden"
	"github.com/open-telemetry/opentelemetry-collector-contrib/pkg/pdatatest/plogtest"
	"github.com/open-telemetry/opentelemetry-collector-contrib/pkg/pdatatest/ptracetest"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/confmap"
	"go.opentelemetry.io/collector/confmap/confmaptest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/processor"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"
	"go.opentelemetry.io/otel/sdk/metric/metricdata/metricdatatest"

	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadatatest"
)

// Golden tests, as in contrib (logdedupprocessor, ...): each case feeds
// testdata/input/<case>.yaml through the real factory and compares what
// leaves the processor with testdata/expected/<case>.yaml. The processor's
// configuration of a case is testdata/config/<case>.yaml when it exists,
// else the default. A case may warm the processor up first with
// testdata/input/<case>.warmup.yaml (its output is not compared): learned
// latency baselines judge nothing before traces.latency.min_samples spans.
//
// Rewrite the expected files after a deliberate change with
//
//	go test ./processor/fingerprintprocessor/ -run TestGolden -update
//
// and review the diff: the expected files are the documentation of what a
// user gets.
var update = flag.Bool("update", false, "rewrite testdata/expected/*.yaml from the current output")

// goldenCase is one golden test; counts, when set, are the processor's
// counters after the case (warm-up included).
type goldenCase struct {
	name   string
	traces bool
	counts *goldenCounts
}

type goldenCounts struct{ fingerprinted, skipped, malformed int64 }

var goldenCases = []goldenCase{
	{name: "error_log", counts: &goldenCounts{fingerprinted: 2}},
	{name: "java_stacktrace"},
	{name: "map_body"},
	{name: "below_condition", counts: &goldenCounts{fingerprinted: 1, skipped: 2}},
	{name: "binary_empty_body", counts: &goldenCounts{fingerprinted: 1, skipped: 3, malformed: 4}},
	{name: "enrichment_log"},
	{name: "credential_in_message"},
	{name: "error_span", traces: true},
	{name: "slow_span_threshold", traces: true},
	{name: "slow_span_baseline", traces: true},
	{name: "retry_run", traces: true},
}

func TestGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := goldenConfig(t, tc.name)
			tel := componenttest.NewTelemetry()
			t.Cleanup(func() { require.NoError(t, tel.Shutdown(context.Background())) })
			set := metadatatest.NewSettings(tel)
			input := filepath.Join("testdata", "input", tc.name+".yaml")
			warmup := filepath.Join("testdata", "input", tc.name+".warmup.yaml")
			expected := filepath.Join("testdata", "expected", tc.name+".yaml")
			if tc.traces {
				runGoldenTraces(t, cfg, set, warmup, input, expected)
			} else {
				runGoldenLogs(t, cfg, set, warmup, input, expected)
			}
			if c := tc.counts; c != nil {
				metadatatest.AssertEqualProcessorFingerprintRecordsFingerprinted(t, tel,
					[]metricdata.DataPoint[int64]{{Value: c.fingerprinted}}, metricdatatest.IgnoreTimestamp())
				if c.skipped > 0 {
					metadatatest.AssertEqualProcessorFingerprintRecordsSkipped(t, tel,
						[]metricdata.DataPoint[int64]{{Value: c.skipped}}, metricdatatest.IgnoreTimestamp())
				}
				if c.malformed > 0 {
					metadatatest.AssertEqualProcessorFingerprintRecordsMalformed(t, tel,
						[]metricdata.DataPoint[int64]{{Value: c.malformed}}, metricdatatest.IgnoreTimestamp())
				}
			}
		})
	}
}

// goldenConfig is testdata/config/<name>.yaml over the default
// configuration, validated as the collector does.
func goldenConfig(t *testing.T, name string) *Config {
	cfg := createDefaultConfig().(*Config)
	path := filepath.Join("testdata", "config", name+".yaml")
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return cfg
	}
	cm, err := confmaptest.LoadConf(path)
	require.NoError(t, err)
	require.NoError(t, cm.Unmarshal(cfg))
	require.NoError(t, confmap.Validate(cfg))
	return cfg
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func runGoldenLogs(t *testing.T, cfg *Config, set processor.Settings, warmup, input, expected string) {
	sink := new(consumertest.LogsSink)
	p, err := NewFactory().CreateLogs(context.Background(), set, cfg, sink)
	require.NoError(t, err)
	require.NoError(t, p.Start(context.Background(), componenttest.NewNopHost()))
	t.Cleanup(func() { require.NoError(t, p.Shutdown(context.Background())) })
	if exists(warmup) {
		ld, err := golden.ReadLogs(warmup)
		require.NoError(t, err)
		require.NoError(t, p.ConsumeLogs(context.Background(), ld))
		sink.Reset()
	}
	in, err := golden.ReadLogs(input)
	require.NoError(t, err)
	n := in.LogRecordCount()
	require.NoError(t, p.ConsumeLogs(context.Background(), in))
	all := sink.AllLogs()
	require.Len(t, all, 1)
	actual := all[0]
	require.Equal(t, n, actual.LogRecordCount(), "the processor must never drop a record")
	if *update {
		require.NoError(t, golden.WriteLogsToFile(expected, actual))
	}
	want, err := golden.ReadLogs(expected)
	require.NoError(t, err)
	require.NoError(t, plogtest.CompareLogs(want, actual))
}

func runGoldenTraces(t *testing.T, cfg *Config, set processor.Settings, warmup, input, expected string) {
	sink := new(consumertest.TracesSink)
	p, err := NewFactory().CreateTraces(context.Background(), set, cfg, sink)
	require.NoError(t, err)
	require.NoError(t, p.Start(context.Background(), componenttest.NewNopHost()))
	t.Cleanup(func() { require.NoError(t, p.Shutdown(context.Background())) })
	if exists(warmup) {
		td, err := golden.ReadTraces(warmup)
		require.NoError(t, err)
		require.NoError(t, p.ConsumeTraces(context.Background(), td))
		sink.Reset()
	}
	in, err := golden.ReadTraces(input)
	require.NoError(t, err)
	n := in.SpanCount()
	require.NoError(t, p.ConsumeTraces(context.Background(), in))
	all := sink.AllTraces()
	require.Len(t, all, 1)
	actual := all[0]
	require.Equal(t, n, actual.SpanCount(), "the processor must never drop a span")
	if *update {
		require.NoError(t, golden.WriteTracesToFile(expected, actual))
	}
	want, err := golden.ReadTraces(expected)
	require.NoError(t, err)
	require.NoError(t, ptracetest.CompareTraces(want, actual))
}
