package backlogexporter // import "github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter"

// Fix outcomes (h7, issue #16 part 2): what people do on tickets feeds the
// score through internal/outcome.

import (
	"context"
	"time"

	"go.uber.org/zap"

	"github.com/otelcol-backlog/otelcol-backlog/internal/outcome"
	"github.com/otelcol-backlog/otelcol-backlog/internal/score"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker"
)

// outcomesKey is the storage key of the fix-outcome ledger.
const outcomesKey = "outcomes.v1"

// setupOutcomes creates the ledger and lets the builder read its effects.
func (e *backlogExporter) setupOutcomes() error {
	l, err := outcome.New(e.cfg.FixOutcomes)
	if err != nil {
		return err
	}
	e.outcomes = l
	if !l.Enabled() {
		return nil
	}
	e.builder.Outcome = func(fp string, now int64) score.Outcome {
		ef := l.Effect(fp, time.Unix(0, now))
		return score.Outcome{FixFailed: ef.FixFailed, Dismissed: ef.Dismissed, Watch: ef.Watch, Notes: ef.Notes}
	}
	if e.digest != nil {
		e.digest.FixVerified = l.Verified
	}
	return nil
}

// restoreOutcomes reads the ledger from storage.
func (e *backlogExporter) restoreOutcomes(ctx context.Context) {
	if e.client == nil || !e.outcomes.Enabled() {
		return
	}
	data, err := e.client.Get(ctx, outcomesKey)
	switch {
	case err != nil:
		e.logger.Warn("Cannot read the fix outcomes; starting fresh", zap.Error(err))
	case len(data) > 0:
		if err := e.outcomes.Restore(data); err != nil {
			e.logger.Warn("Fix outcomes unreadable; starting fresh", zap.Error(err))
		}
	}
}

// persistOutcomes writes the ledger to storage; it returns the failures.
func (e *backlogExporter) persistOutcomes(ctx context.Context) int64 {
	if e.client == nil || !e.outcomes.Enabled() {
		return 0
	}
	data, err := e.outcomes.Snapshot()
	if err == nil {
		err = e.client.Set(ctx, outcomesKey, data)
	}
	if err != nil {
		e.logger.Warn("Cannot persist the fix outcomes", zap.Error(err))
		return 1
	}
	return 0
}

// observeOutcomes records the feedback of one tracker sync at the event
// time of its document.
func (e *backlogExporter) observeOutcomes(id string, fbs []tracker.Feedback, at time.Time) {
	if !e.outcomes.Enabled() || at.IsZero() {
		return
	}
	out := make([]outcome.Feedback, 0, len(fbs))
	for _, fb := range fbs {
		// A problem ticket speaks for each of its member clusters: the
		// score and the digest look outcomes up by fingerprint.
		fps := fb.Members
		if len(fps) == 0 {
			fps = []string{fb.Fingerprint}
		}
		for _, fp := range fps {
			out = append(out, outcome.Feedback{Fingerprint: fp, Kind: string(fb.Kind), Reason: fb.Reason, TicketID: fb.TicketID})
		}
	}
	e.outcomes.Observe(id, out, at)
}
