package tracker

// What people do on tickets: mute labels, closes (won't fix, done) and
// what a hit after a close does.

import (
	"context"
	"slices"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

// humanState reads what people did on the ticket: a mute label, a close as
// won't fix (both mute, done), a close or reopen. open is whether the ticket
// is open now.
func (k *Sink) humanState(state context.Context, fp string, rec *record, t *Ticket, res *Result) (open, done bool, err error) {
	open = !rec.Closed
	if t != nil {
		if k.s.MuteLabel != "" && slices.Contains(t.Labels, k.s.MuteLabel) {
			rec.Muted = "label"
			res.Feedback = append(res.Feedback, k.feedback(fp, rec, FeedbackMuted, "label"))
			return open, true, k.save(state, fp, rec)
		}
		if !t.Open && t.WontFix {
			rec.Muted, rec.Closed = "wontfix", true
			res.Feedback = append(res.Feedback, k.feedback(fp, rec, FeedbackMuted, "wontfix"))
			return open, true, k.save(state, fp, rec)
		}
		rec.Muted = ""
		open = t.Open
		if !t.Open {
			if !rec.Closed || rec.ClosedAt.IsZero() {
				rec.ClosedAt = t.ClosedAt
			}
			if !rec.Closed {
				rec.ClosedByUs = false
			}
			rec.Closed = true
		} else {
			rec.Closed, rec.ClosedByUs = false, false
		}
	}
	return open, false, nil
}

// reopen handles a closed ticket: a hit after the close reopens it (the
// item becomes regressed); otherwise the close stands (done), reported as
// resolved when a person closed it.
func (k *Sink) reopen(ctx, state context.Context, it *backlog.Item, rec *record, c Content, budget *int, res *Result) (done bool, err error) {
	fp := k.keyOf(*it)
	hit := it.State != backlog.StateResolved && (rec.ClosedAt.IsZero() || it.LastSeen.After(rec.ClosedAt))
	if !hit {
		if !rec.ClosedByUs {
			res.Feedback = append(res.Feedback, k.feedback(fp, rec, FeedbackResolved, "closed"))
		}
		return true, k.save(state, fp, rec)
	}
	if err := k.spend(budget); err != nil {
		return true, err
	}
	if err := k.be.Reopen(ctx, rec.ID, c); err != nil {
		return true, err
	}
	rec.Closed, rec.ClosedByUs, rec.ClosedAt = false, false, time.Time{}
	rec.State = "" // force the regressed comment below
	it.State = backlog.StateRegressed
	res.Reopened++
	res.Feedback = append(res.Feedback, k.feedback(fp, rec, FeedbackRegressed, "seen after close"))
	if err := k.save(state, fp, rec); err != nil {
		return true, err
	}
	return false, nil
}
