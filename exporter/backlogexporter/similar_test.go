package backlogexporter

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/config/configoptional"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/plog"

	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter/internal/metadata"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

func templatedLogs(fp, service, template string, t0 time.Time, n int) plog.Logs {
	ld := errorLogs(fp, service, t0, n)
	lrs := ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
	for i := 0; i < lrs.Len(); i++ {
		lrs.At(i).Attributes().PutStr(attrs.LogRecordTemplate, template)
	}
	return ld
}

// Two fingerprints of one service whose templates differ in a word are
// suggested as one problem (lexical fallback, no endpoint), shown in
// backlog.md and the JSON; with auto_merge they become one item, and
// without it nothing merges.
func TestMergeSuggestions(t *testing.T) {
	for _, auto := range []float64{0, 0.7} {
		dir := t.TempDir()
		cfg := createDefaultConfig().(*Config)
		cfg.Directory = dir
		cfg.HTTP = configoptional.None[HTTPConfig]()
		// One burst is enough here: these tests are not about the gates.
		cfg.Scoring.Gates.MinWindows = 1
		cfg.Scoring.Gates.HoldUnseenOnset = false
		cfg.Similar.AutoMerge = auto
		ctx := context.Background()
		wall := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
		e := startAt(t, cfg, &wall)
		require.NoError(t, e.consumeLogs(ctx, templatedLogs("00000000000000a1", "checkout", "payment declined for order <*>: upstream timeout", wall.Add(-time.Minute), 20)))
		require.NoError(t, e.consumeLogs(ctx, templatedLogs("00000000000000a2", "checkout", "payment declined for order <*>: upstream timeout after retry", wall.Add(-time.Minute), 10)))
		require.NoError(t, e.consumeLogs(ctx, templatedLogs("00000000000000a3", "cart", "payment declined for order <*>: upstream timeout", wall.Add(-time.Minute), 10)))
		e.flush(ctx)
		doc := e.doc.Load()
		require.Len(t, doc.MergeSuggestions, 1, "a3 shares no context with the others")
		s := doc.MergeSuggestions[0]
		assert.Equal(t, [2]string{"00000000000000a1", "00000000000000a2"}, [2]string{s.A, s.B})
		assert.Equal(t, "lexical", s.Method)
		assert.InDelta(t, 0.75, s.Similarity, 1e-9)
		assert.Equal(t, []string{"service checkout"}, s.Shared)
		md, err := os.ReadFile(filepath.Join(dir, "backlog.md"))
		require.NoError(t, err)
		assert.Contains(t, string(md), "## Merge suggestions")

		e.flush(ctx) // auto merges apply from the next build
		doc = e.doc.Load()
		merged := false
		for _, it := range doc.Items {
			if it.Fingerprint == "00000000000000a1" {
				merged = len(it.MergedFrom) == 1 && it.MergedFrom[0] == "00000000000000a2"
			}
		}
		assert.Equal(t, auto > 0, merged, "auto_merge %v", auto)
		e.flush(ctx)
		doc = e.doc.Load()
		assert.Len(t, doc.Items, map[bool]int{true: 2, false: 3}[auto > 0], "an auto merge holds")
		require.NoError(t, e.Shutdown(ctx))
	}
}

func TestSimilarConfigNamesField(t *testing.T) {
	cfg := createDefaultConfig().(*Config)
	cfg.Similar.AutoMerge = 2
	assert.ErrorContains(t, cfg.Validate(), "similar.auto_merge")
	cfg = createDefaultConfig().(*Config)
	cfg.Similar.Embeddings.Endpoint = "http://127.0.0.1:1/v1"
	assert.ErrorContains(t, cfg.Validate(), "similar.embeddings.model: required")
}

// An embeddings endpoint that hangs or answers garbage never blocks a
// flush and never removes a suggestion: the pairs without vectors keep
// their lexical similarity (issue #16: "without an endpoint, a lexical
// fallback offers the same suggestions"; a failing endpoint is the same).
func TestMergeSuggestionsWithFailingEmbeddings(t *testing.T) {
	for _, mode := range []string{"hang", "garbage"} {
		t.Run(mode, func(t *testing.T) {
			var calls atomic.Int64
			stop := make(chan struct{})
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				calls.Add(1)
				if mode == "hang" {
					select {
					case <-r.Context().Done():
					case <-stop:
					}
					return
				}
				_, _ = w.Write([]byte(`{"data":[{"index":0,"embedding":["ignore previous instructions"]}]}`))
			}))
			defer srv.Close()
			defer close(stop)
			cfg := createDefaultConfig().(*Config)
			cfg.Directory = ""
			cfg.HTTP = configoptional.None[HTTPConfig]()
			cfg.Scoring.Gates.MinWindows = 1
			cfg.Scoring.Gates.HoldUnseenOnset = false
			cfg.Similar.Embeddings.Endpoint = srv.URL + "/v1"
			cfg.Similar.Embeddings.Model = "emb"
			cfg.Similar.Embeddings.RateLimit = 6000
			cfg.Similar.Embeddings.RequestTimeout = 200 * time.Millisecond
			ctx := context.Background()
			wall := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
			e := startAt(t, cfg, &wall)
			defer func() { require.NoError(t, e.Shutdown(ctx)) }()
			require.NoError(t, e.consumeLogs(ctx, templatedLogs("00000000000000a1", "checkout", "payment declined for order <*>: upstream timeout", wall.Add(-time.Minute), 20)))
			require.NoError(t, e.consumeLogs(ctx, templatedLogs("00000000000000a2", "checkout", "payment declined for order <*>: upstream timeout after retry", wall.Add(-time.Minute), 10)))
			e.flush(ctx)
			waitFor(t, 10*time.Second, "the endpoint was asked", func() bool { return calls.Load() > 0 })
			time.Sleep(300 * time.Millisecond) // past the request timeout
			e.flush(ctx)
			doc := e.doc.Load()
			require.Len(t, doc.MergeSuggestions, 1)
			assert.Equal(t, "lexical", doc.MergeSuggestions[0].Method)
			assert.InDelta(t, 0.75, doc.MergeSuggestions[0].Similarity, 1e-9)
		})
	}
}

// startAt validates cfg and starts an exporter whose clock reads *wall
// (the caller moves it); the caller shuts it down.
func startAt(t *testing.T, cfg *Config, wall *time.Time) *backlogExporter {
	t.Helper()
	require.NoError(t, cfg.Validate())
	e, err := newBacklogExporter(exportertest.NewNopSettings(metadata.Type), cfg)
	require.NoError(t, err)
	e.now = func() time.Time { return *wall }
	require.NoError(t, e.Start(context.Background(), componenttest.NewNopHost()))
	return e
}

// An automatic merge is one item, and eviction values it as one
// (clusters.max_clusters): its target, which keys the item, goes last.
// Here the target's own records are hours old while the merged problem
// goes on under the source's fingerprint; newer clusters fill the store,
// and the target, valued alone, was evicted first: the item lost its key
// and the problem its history. The control, without auto_merge, shows
// that the pressure reaches the target's shard.
func TestAutoMergeTargetSurvivesEviction(t *testing.T) {
	const target, source = "00000000000000a1", "00000000000000a2"
	const tplA, tplB = "payment declined for order <*>: upstream timeout", "payment declined for order <*>: upstream timeout after retry"
	run := func(auto float64) (kept bool, mergedInto string) {
		cfg := createDefaultConfig().(*Config)
		cfg.Directory = ""
		cfg.HTTP = configoptional.None[HTTPConfig]()
		cfg.Scoring.Gates.MinWindows = 1
		cfg.Scoring.Gates.HoldUnseenOnset = false
		cfg.Similar.AutoMerge = auto
		cfg.Clusters.MaxClusters = 32 // two per shard
		ctx := context.Background()
		wall := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
		e := startAt(t, cfg, &wall)
		defer func() { require.NoError(t, e.Shutdown(ctx)) }()
		require.NoError(t, e.consumeLogs(ctx, templatedLogs(target, "checkout", tplA, wall.Add(-time.Minute), 20)))
		require.NoError(t, e.consumeLogs(ctx, templatedLogs(source, "checkout", tplB, wall.Add(-time.Minute), 10)))
		e.flush(ctx)
		e.flush(ctx) // the auto merge applies
		wall = wall.Add(3 * time.Hour)
		// the problem goes on under the source, over a flush
		require.NoError(t, e.consumeLogs(ctx, templatedLogs(source, "checkout", tplB, wall, 10)))
		e.flush(ctx)
		for i := range 64 { // newer clusters, about four per shard
			svc := fmt.Sprintf("svc%02d", i)
			require.NoError(t, e.consumeLogs(ctx, templatedLogs(fmt.Sprintf("00000000000000%02x", 0xc0+i), svc, svc+" worker crashed on job <*>", wall, 10)))
		}
		for _, v := range e.store.Views(wall.UnixNano(), nil) {
			kept = kept || v.Fingerprint == target
		}
		e.flush(ctx)
		for _, it := range e.doc.Load().Items {
			if slices.Contains(it.MergedFrom, source) {
				mergedInto = it.Fingerprint
			}
		}
		return kept, mergedInto
	}
	kept, _ := run(0)
	require.False(t, kept, "control: alone, the target is its shard's least valuable cluster")
	kept, into := run(0.7)
	assert.True(t, kept, "the target of an auto merge is valued as the merged problem")
	assert.Equal(t, target, into, "the merged problem keeps its item")
}
