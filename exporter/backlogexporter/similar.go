package backlogexporter // import "github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter"

// Similar problems (h7, issue #16 part 5): merge suggestions, lexical or
// by embeddings, and the optional auto merge above a threshold.

import (
	"context"
	"fmt"

	"go.opentelemetry.io/collector/component"

	"github.com/otelcol-backlog/otelcol-backlog/internal/ai"
	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/overrides"
	"github.com/otelcol-backlog/otelcol-backlog/internal/similar"
)

// SimilarConfig configures merge suggestions; Embeddings (off without an
// endpoint) is an OpenAI-compatible API base for /embeddings.
type SimilarConfig struct {
	similar.Config `mapstructure:",squash"`
	Embeddings     AIConfig `mapstructure:"embeddings"`
}

// embeddingsCapacity bounds the vectors kept.
const embeddingsCapacity = 4096

// prepareSimilar builds the embeddings client when configured.
func (e *backlogExporter) prepareSimilar(ctx context.Context, host component.Host) error {
	ec := e.cfg.Similar.Embeddings
	if !e.cfg.Similar.Enabled || ec.Endpoint == "" {
		return nil
	}
	hc, err := ec.ClientConfig.ToClient(ctx, host.GetExtensions(), e.set.TelemetrySettings)
	if err != nil {
		return fmt.Errorf("similar.embeddings: %w", err)
	}
	emb, err := ai.NewEmbedder(ec.Config, ec.Endpoint, hc)
	if err != nil {
		return fmt.Errorf("similar.embeddings.%w", err)
	}
	e.embeddings = similar.NewEmbeddings(emb, embeddingsCapacity)
	return nil
}

// runSimilar runs the embeddings cache until runCtx ends or Shutdown
// begins.
func (e *backlogExporter) runSimilar(runCtx context.Context) {
	if e.embeddings != nil {
		e.runBackground(runCtx, e.embeddings.Run)
	}
}

// useAutoMerges makes the builder rank with the auto merges of the last
// flush on top of its other overrides (only with similar.auto_merge).
func (e *backlogExporter) useAutoMerges() {
	if !e.cfg.Similar.Enabled || e.cfg.Similar.AutoMerge == 0 {
		return
	}
	prev := e.builder.Overrides
	e.builder.Overrides = func() *overrides.Set {
		var s *overrides.Set
		if prev != nil {
			s = prev()
		}
		if m := e.autoMerges.Load(); m != nil {
			s = s.WithMerges(*m)
		}
		return s
	}
}

// autoMerged is the auto merges the next build applies (those the
// overrides leave: overrides.Set.WithMerges), source -> target, for
// eviction (cluster.Store.SetMerges); nil without any. Their targets are
// not protected as a person's are: what records say must not make a
// cluster unevictable.
func (e *backlogExporter) autoMerged() map[string]string {
	m := e.autoMerges.Load()
	if m == nil || len(*m) == 0 || e.builder.Overrides == nil {
		return nil
	}
	set := e.builder.Overrides()
	out := make(map[string]string, len(*m))
	for src, tgt := range *m {
		if set.MergeTarget(src) == tgt {
			out[src] = tgt
		}
	}
	return out
}

// suggestMerges adds the merge suggestions to doc (redacted texts: the
// document is) and keeps its auto merges for the next build.
func (e *backlogExporter) suggestMerges(doc *backlog.Document) {
	if !e.cfg.Similar.Enabled {
		return
	}
	units := similar.Units(doc)
	var vectors map[string][]float64
	if e.embeddings != nil {
		vectors = e.embeddings.Vectors(units)
		e.embeddings.Offer(units)
	}
	doc.MergeSuggestions = similar.Suggest(units, vectors, e.cfg.Similar.Config, ai.Cosine)
	if e.cfg.Similar.AutoMerge > 0 {
		m := similar.Merges(doc.MergeSuggestions)
		// Pairs merged now are one item in this document: keep them
		// merged while the suggestion holds in the merged view.
		if prev := e.autoMerges.Load(); prev != nil {
			for _, it := range doc.Items {
				for _, src := range it.MergedFrom {
					if (*prev)[src] == it.Fingerprint {
						m[src] = it.Fingerprint
					}
				}
			}
		}
		e.autoMerges.Store(&m)
	}
}
