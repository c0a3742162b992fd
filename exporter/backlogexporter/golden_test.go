package backlogexporter

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/open-telemetry/opentelemetry-collector-contrib/pkg/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/config/configoptional"
	"go.opentelemetry.io/collector/exporter"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"
	"go.opentelemetry.io/otel/sdk/metric/metricdata/metricdatatest"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadatatest"
)

// Golden tests: fingerprinted telemetry (testdata/input/<case>.logs.yaml
// and/or <case>.traces.yaml, read with contrib's pkg/golden) goes through
// the real factory into one exporter whose wall clock is fixed; one manual
// flush writes backlog.json and backlog.md, compared with
// testdata/expected/<case>.json and <case>.md. The wall-clock time of the
// flush (generated_at) is the only volatile field; it is replaced by
// goldenWallPlaceholder before the comparison.
//
// Rewrite the expected files after a deliberate change with
//
//	go test ./exporter/backlogexporter/ -run TestGolden -update
//
// and review the diff.
var update = flag.Bool("update", false, "rewrite testdata/expected/* from the current output")

// goldenWall is the injected wall clock: five minutes after the inputs.
var goldenWall = time.Date(2026, 3, 2, 10, 5, 0, 0, time.UTC)

const goldenWallPlaceholder = "<generated_at>"

type exporterGoldenCase struct {
	name              string
	ingested, ignored int64
}

var exporterGoldenCases = []exporterGoldenCase{
	{name: "one_cluster", ingested: 10},
	{name: "problem_links", ingested: 6},
	{name: "watchlist", ingested: 4},
	{name: "below_min_severity", ingested: 1, ignored: 2},
}

func TestGolden(t *testing.T) {
	for _, tc := range exporterGoldenCases {
		t.Run(tc.name, func(t *testing.T) {
			dir := runExporterGolden(t, tc)
			for _, file := range []string{"backlog.json", "backlog.md"} {
				got, err := os.ReadFile(filepath.Join(dir, file))
				require.NoError(t, err)
				got = bytes.ReplaceAll(got, []byte(goldenWall.Format(time.RFC3339)), []byte(goldenWallPlaceholder))
				expected := filepath.Join("testdata", "expected", tc.name+filepath.Ext(file))
				if *update {
					require.NoError(t, os.MkdirAll(filepath.Dir(expected), 0o755))
					require.NoError(t, os.WriteFile(expected, got, 0o600))
				}
				want, err := os.ReadFile(expected)
				require.NoError(t, err)
				assert.Equal(t, string(want), string(got), "%s differs from %s", file, expected)
			}
		})
	}
}

// factoryExporter is one exporter instance made by the real factory, with
// its logs and traces sides (sharing it) started, a fixed wall clock and its
// own telemetry; stop shuts both sides down (once).
type factoryExporter struct {
	logs   exporter.Logs
	traces exporter.Traces
	e      *backlogExporter
	tel    *componenttest.Telemetry
	stop   func()
}

func startFactoryExporter(tb testing.TB, cfg *Config, wall time.Time) *factoryExporter {
	tb.Helper()
	ctx := context.Background()
	tel := componenttest.NewTelemetry()
	tb.Cleanup(func() { require.NoError(tb, tel.Shutdown(ctx)) })
	set := exportertest.NewNopSettings(metadata.Type)
	set.TelemetrySettings = tel.NewTelemetrySettings()
	f := NewFactory()
	le, err := f.CreateLogs(ctx, set, cfg)
	require.NoError(tb, err)
	te, err := f.CreateTraces(ctx, set, cfg)
	require.NoError(tb, err)
	c, err := getOrCreate(set, cfg) // the instance both share
	require.NoError(tb, err)
	e := c.Value
	require.NoError(tb, c.Shutdown(ctx)) // drop the extra reference
	e.now = func() time.Time { return wall }
	for _, comp := range []component.Component{le, te} {
		require.NoError(tb, comp.Start(ctx, componenttest.NewNopHost()))
	}
	stopped := false
	stop := func() {
		if !stopped {
			stopped = true
			require.NoError(tb, le.Shutdown(ctx))
			require.NoError(tb, te.Shutdown(ctx))
		}
	}
	tb.Cleanup(stop)
	return &factoryExporter{logs: le, traces: te, e: e, tel: tel, stop: stop}
}

// runExporterGolden sends the inputs of a case through the factory's logs
// and traces exporters (one shared instance), flushes once and returns the
// output directory. The counters are checked against the case.
func runExporterGolden(t *testing.T, tc exporterGoldenCase) string {
	t.Helper()
	name := tc.name
	ctx := context.Background()
	cfg := createDefaultConfig().(*Config)
	cfg.Directory = t.TempDir()
	cfg.HTTP = configoptional.None[HTTPConfig]()
	// The inputs begin with their failures, as a collector started during
	// them; the hold of such failures (gates.hold_unseen_onset) is tested in
	// internal/rank (TestHoldUnseenOnset).
	cfg.Scoring.Gates.HoldUnseenOnset = false
	fe := startFactoryExporter(t, cfg, goldenWall)
	le, te, e, tel, stop := fe.logs, fe.traces, fe.e, fe.tel, fe.stop

	base := filepath.Join("testdata", "input", name)
	if path := base + ".traces.yaml"; exists(path) {
		td, err := golden.ReadTraces(path)
		require.NoError(t, err)
		require.NoError(t, te.ConsumeTraces(ctx, td))
	}
	if path := base + ".logs.yaml"; exists(path) {
		ld, err := golden.ReadLogs(path)
		require.NoError(t, err)
		require.NoError(t, le.ConsumeLogs(ctx, ld))
	}
	e.flush(ctx)
	// The files of the manual flush are compared, not those of the final
	// flush at shutdown: save them before stopping.
	out := t.TempDir()
	for _, file := range []string{"backlog.json", "backlog.md"} {
		data, err := os.ReadFile(filepath.Join(cfg.Directory, file))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(out, file), data, 0o600))
	}
	stop()

	metadatatest.AssertEqualExporterBacklogRecordsIngested(t, tel,
		[]metricdata.DataPoint[int64]{{Value: tc.ingested}}, metricdatatest.IgnoreTimestamp(), metricdatatest.IgnoreExemplars())
	if tc.ignored > 0 {
		metadatatest.AssertEqualExporterBacklogRecordsIgnored(t, tel,
			[]metricdata.DataPoint[int64]{{Value: tc.ignored}}, metricdatatest.IgnoreTimestamp(), metricdatatest.IgnoreExemplars())
	}
	return out
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
