package backlogexporter // import "github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter"

// AI-assisted summaries (h7, issue #16 part 4): suggestions from an
// OpenAI-compatible endpoint, attached to the top items, labelled, never
// changing a score or a gate; with ai.influence.owner an unowned item may
// take the suggested owner, under guardrails.

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"go.opentelemetry.io/collector/component"

	"github.com/otelcol-backlog/otelcol-backlog/internal/ai"
	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

// aiCacheCapacity bounds the suggestions kept.
const aiCacheCapacity = 4096

// prepareAI builds the client (no-op when no endpoint is configured).
func (e *backlogExporter) prepareAI(ctx context.Context, host component.Host) error {
	if e.cfg.AI.Endpoint == "" {
		return nil
	}
	hc, err := e.cfg.AI.ClientConfig.ToClient(ctx, host.GetExtensions(), e.set.TelemetrySettings)
	if err != nil {
		return fmt.Errorf("ai: %w", err)
	}
	c, err := ai.New(e.cfg.AI.Config, e.cfg.AI.Endpoint, hc)
	if err != nil {
		return fmt.Errorf("ai.%w", err)
	}
	e.ai = ai.NewAnnotator(c, aiCacheCapacity)
	return nil
}

// runAI runs the annotator until runCtx ends or Shutdown begins (an
// unfinished request is cancelled).
func (e *backlogExporter) runAI(runCtx context.Context) {
	if e.ai != nil {
		e.runBackground(runCtx, e.ai.Run)
	}
}

// runBackground runs run on its own goroutine with a context that ends
// with runCtx or when Shutdown begins; Shutdown waits for it (e.wg).
func (e *backlogExporter) runBackground(runCtx context.Context, run func(context.Context)) {
	ctx, cancel := context.WithCancel(runCtx)
	stop := e.stop
	e.wg.Add(1)
	go func() {
		defer e.wg.Done()
		defer cancel()
		go func() {
			select {
			case <-stop:
				cancel()
			case <-ctx.Done():
			}
		}()
		run(ctx)
	}()
}

// aiEvidence is what is sent about an item: its (redacted) title,
// template, service, error type, operations and exemplar bodies ("e1" is
// the first exemplar), with the teams of the document as candidate owners.
func aiEvidence(it *backlog.Item, teams []string) ai.Evidence {
	ev := ai.Evidence{
		ID: it.Fingerprint, Title: it.Title, Template: it.Template, Kind: it.Kind, Service: it.Service,
		ErrorType: it.ErrorType, Journey: backlog.Dominant(mapAll(it.Journeys)), Teams: teams,
	}
	for _, c := range backlog.Top(it.Operations, 5) {
		ev.Operations = append(ev.Operations, c.Key)
	}
	for i, x := range it.Exemplars {
		if x.Body != "" {
			ev.Items = append(ev.Items, ai.EvidenceItem{ID: fmt.Sprintf("e%d", i+1), Text: x.Body})
		}
	}
	return ev
}

func mapAll(m map[string]int64) func(func(string, int64) bool) {
	return func(yield func(string, int64) bool) {
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}
}

// annotate attaches the known suggestions to the top items of doc and
// offers them for the next round. The document is already redacted
// (Builder.Redact), so only redacted evidence leaves.
func (e *backlogExporter) annotate(doc *backlog.Document) {
	if e.ai == nil {
		return
	}
	seen := map[string]bool{}
	var teams []string
	for _, it := range doc.Items {
		if it.Owner != "" && !seen[it.Owner] {
			seen[it.Owner] = true
			teams = append(teams, it.Owner)
		}
	}
	sort.Strings(teams)
	n := min(len(doc.Items), e.cfg.AI.maxItems())
	evs := make([]ai.Evidence, 0, n)
	for i := 0; i < n; i++ {
		it := &doc.Items[i]
		ev := aiEvidence(it, teams)
		evs = append(evs, ev)
		if s, ok := e.ai.Lookup(&ev); ok {
			it.AI = &backlog.AISuggestion{
				Label: backlog.AILabel, Model: s.Model,
				Summary:        backlog.AIClaim(s.Summary),
				LikelyCause:    backlog.AIClaim(s.Cause),
				SuggestedOwner: backlog.AIClaim(s.Owner),
			}
			// The model's texts join a document redacted already (Build):
			// they take the document's redaction here, as untrusted as
			// the telemetry they were made of (h121: a bidi override, an
			// ESC or a secret in an answer reached the page, its API and
			// backlog.json as the model wrote it).
			if r := e.builder.Redact; r != nil {
				a := it.AI
				a.Summary.Text, a.LikelyCause.Text, a.SuggestedOwner.Text = r(a.Summary.Text), r(a.LikelyCause.Text), r(a.SuggestedOwner.Text)
			}
			if e.cfg.AI.Influence.Owner {
				applyAIOwner(it, e.cfg.AI.Influence)
			}
		}
	}
	e.ai.Offer(evs)
}

// applyAIOwner gives an item without a deterministic owner the
// AI-suggested owner under ai.influence.owner's guardrails, and says in
// the score breakdown what was done or why not. The score and the gate
// stay as they are.
func applyAIOwner(it *backlog.Item, inf AIInfluence) {
	c := it.AI.SuggestedOwner
	if it.Owner != "" || c.Text == "" {
		return
	}
	claim := fmt.Sprintf("%s owner %q (confidence %.2f, evidence %s)", backlog.AILabel, c.Text, c.Confidence, evidenceList(c.Evidence))
	var note string
	switch {
	case c.Confidence < inf.minConfidence():
		note = fmt.Sprintf("%s not used: confidence below ai.influence.min_confidence %.2f", claim, inf.minConfidence())
	case it.Score > inf.MaxScore:
		note = fmt.Sprintf("%s not used: score %.3g above ai.influence.max_score %.3g, so it is not routed on AI output alone (it waits for an ownership rule)", claim, it.Score, inf.MaxScore)
	default:
		it.Owner = c.Text
		note = fmt.Sprintf("owner from the %s (ai.influence.owner; no ownership rule matched); score and gate unchanged", claim)
	}
	it.ScoreBreakdown.Notes = append(it.ScoreBreakdown.Notes, note)
}

func evidenceList(ids []string) string {
	if len(ids) == 0 {
		return "none"
	}
	return strings.Join(ids, ", ")
}
