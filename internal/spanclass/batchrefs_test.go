package spanclass

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
)

// TestBatchRefsClassifyAlike: the batch's table of baselines (lookup)
// changes nothing: two classifiers, one finding every baseline by shardOf
// and the shard's map, give every span the same class, and end with the
// same baselines in the same recency order and the same evictions, over a
// stream with gaps (client and server halves in the batch and across
// batches), self times, retries and failures: the spans of Nezha cases
// (two of them, in batches of 200) and synthetic retry batches, with the
// default baseline table and one small enough to evict within a batch.
func TestBatchRefsClassifyAlike(t *testing.T) {
	var streams [][][]Span
	streams = append(streams, retryBatches(5, 60))
	if _, err := filepath.Abs(nezhaDir); err == nil {
		if cases, err := otlpjson.ReadCasesFile(filepath.Join(nezhaDir, "cases.jsonl")); err == nil && len(cases) >= 2 {
			streams = append(streams, append(loadCase(t, cases[0].ID, 200), loadCase(t, cases[1].ID, 200)...))
		} else {
			t.Log("shared Nezha data absent: synthetic batches only")
		}
	}
	for _, maxBaselines := range []int{0, 16} {
		for si, batches := range streams {
			a, err := New(Config{MaxBaselines: maxBaselines})
			require.NoError(t, err)
			b, err := New(Config{MaxBaselines: maxBaselines})
			require.NoError(t, err)
			b.noRefs = true
			spans := 0
			for bi, batch := range batches {
				oa, ob := make([]Class, len(batch)), make([]Class, len(batch))
				a.Classify(batch, oa)
				b.Classify(batch, ob)
				if !reflect.DeepEqual(oa, ob) {
					t.Fatalf("max %d, stream %d, batch %d: classes differ", maxBaselines, si, bi)
				}
				spans += len(batch)
			}
			var evictions uint64
			for i := range a.st.shards {
				sa, sb := &a.st.shards[i], &b.st.shards[i]
				if len(sa.m) != len(sb.m) || sa.evictions != sb.evictions {
					t.Fatalf("max %d, stream %d, shard %d: %d baselines, %d evictions; without the table %d, %d", maxBaselines, si, i, len(sa.m), sa.evictions, len(sb.m), sb.evictions)
				}
				evictions += sa.evictions
				for x, y := sa.head, sb.head; x != nil || y != nil; x, y = x.next, y.next {
					if x == nil || y == nil || x.key != y.key || x.sk.GetCount() != y.sk.GetCount() || x.p50 != y.p50 || x.p99 != y.p99 || x.p90 != y.p90 {
						t.Fatalf("max %d, stream %d, shard %d: baselines differ in content or recency order", maxBaselines, si, i)
					}
				}
			}
			if maxBaselines == 16 && evictions == 0 {
				t.Fatalf("stream %d: the small table evicted nothing", si)
			}
			t.Logf("max %d, stream %d: %d batches, %d spans, %d evictions", maxBaselines, si, len(batches), spans, evictions)
		}
	}
}
