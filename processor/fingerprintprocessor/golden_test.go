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
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/confmap"
	"go.opentelemetry.io/collector/confmap/confmaptest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
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
			ctx := context.Background()
			if tc.traces {
				sink := new(consumertest.TracesSink)
				p, err := NewFactory().CreateTraces(ctx, set, cfg, sink)
				startGolden(t, p, err)
				goldenTraces.run(t, p.ConsumeTraces, sink.AllTraces, sink.Reset, warmup, input, expected)
			} else {
				sink := new(consumertest.LogsSink)
				p, err := NewFactory().CreateLogs(ctx, set, cfg, sink)
				startGolden(t, p, err)
				goldenLogs.run(t, p.ConsumeLogs, sink.AllLogs, sink.Reset, warmup, input, expected)
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

// goldenSignal is what a golden case needs of one signal (logs or traces):
// its pdata type T read, written and compared as contrib does.
type goldenSignal[T any] struct {
	read    func(string) (T, error)
	write   func(string, T) error
	count   func(T) int
	compare func(expected, actual T) error
}

var (
	goldenLogs = goldenSignal[plog.Logs]{
		read: golden.ReadLogs, write: golden.WriteLogsToFile, count: plog.Logs.LogRecordCount,
		compare: func(e, a plog.Logs) error { return plogtest.CompareLogs(e, a) },
	}
	goldenTraces = goldenSignal[ptrace.Traces]{
		read: golden.ReadTraces, write: golden.WriteTracesToFile, count: ptrace.Traces.SpanCount,
		compare: func(e, a ptrace.Traces) error { return ptracetest.CompareTraces(e, a) },
	}
)

// run sends the warm-up (when the file exists), then the input, through
// consume, and compares what reached the sink (received, reset) with the
// expected file (rewritten first with -update).
func (g goldenSignal[T]) run(t *testing.T, consume func(context.Context, T) error, received func() []T, reset func(), warmup, input, expected string) {
	if exists(warmup) {
		w, err := g.read(warmup)
		require.NoError(t, err)
		require.NoError(t, consume(context.Background(), w))
		reset()
	}
	in, err := g.read(input)
	require.NoError(t, err)
	n := g.count(in)
	require.NoError(t, consume(context.Background(), in))
	all := received()
	require.Len(t, all, 1)
	actual := all[0]
	require.Equal(t, n, g.count(actual), "the processor must never drop a record or span")
	if *update {
		require.NoError(t, g.write(expected, actual))
	}
	want, err := g.read(expected)
	require.NoError(t, err)
	require.NoError(t, g.compare(want, actual))
}

// startGolden starts a processor the factory made (err is the factory's).
func startGolden(t *testing.T, c component.Component, err error) {
	require.NoError(t, err)
	require.NoError(t, c.Start(context.Background(), componenttest.NewNopHost()))
	t.Cleanup(func() { require.NoError(t, c.Shutdown(context.Background())) })
}
