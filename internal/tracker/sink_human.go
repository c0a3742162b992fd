package tracker

// What people do on tickets: mute labels, closes (won't fix, done) and
// what a hit after a close does.

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/markup"
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
		// A ticket this sink closed as a duplicate (a merge) stays ours
		// while closed: its close is not a person's "won't do". The
		// merged label says so when the state that did was lost (no
		// MergedInto: kill -9 before the save, a wiped volume); a ticket
		// a person reopened and closed again is theirs (ClosedByUs false).
		merged := k.mergedInto(t.Labels)
		ours := rec.MergedInto != "" && rec.ClosedByUs && rec.Closed
		if !t.Open && (ours || merged != "" && rec.MergedInto == "") {
			if !ours {
				rec.Closed, rec.ClosedByUs, rec.MergedInto = true, true, merged
			}
			rec.Muted = ""
			if rec.ClosedAt.IsZero() {
				rec.ClosedAt = t.ClosedAt
			}
			return false, false, nil
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
			wasClosed := rec.Closed
			rec.Closed, rec.ClosedByUs = false, false
			if wasClosed {
				// A person reopened it: saved now, so a later merge
				// (which reads the record, not the ticket) closes it
				// again.
				if err := k.save(state, fp, rec); err != nil {
					return open, false, err
				}
			}
		}
	}
	return open, false, nil
}

// reopen handles a closed ticket: a hit after the close reopens it (the
// item becomes regressed); otherwise the close stands (done), reported as
// resolved when a person closed it. A ticket this sink closed as a
// duplicate (a merge) whose problem is in the document again reopens
// whatever the times: see unmerge.
func (k *Sink) reopen(ctx, state context.Context, it *backlog.Item, rec *record, c Content, budget *int, res *Result) (done bool, err error) {
	fp := k.keyOf(*it)
	if rec.MergedInto != "" && rec.ClosedByUs {
		return k.unmerge(ctx, state, fp, rec, c, budget, res)
	}
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

// unmerge reopens the ticket of a problem this sink closed as a duplicate
// of rec.MergedInto and that is back in the document under its own id:
// the merge was undone (its members split off again), so the survivor's
// ticket no longer stands for them and this one is the problem's ticket
// again. Event times cannot decide it (replayed or late telemetry is
// older than the close): the problem's presence does. The comment links
// the survivor; the item's state is unchanged (not a regression).
func (k *Sink) unmerge(ctx, state context.Context, fp string, rec *record, c Content, budget *int, res *Result) (done bool, err error) {
	if err := k.spend(budget); err != nil {
		return true, err
	}
	c.DropLabels = []string{k.mergedLabel(rec.MergedInto)}
	if err := k.be.Reopen(ctx, rec.ID, c); err != nil {
		return true, err
	}
	survivor := rec.MergedInto
	rec.Closed, rec.ClosedByUs, rec.ClosedAt, rec.MergedInto = false, false, time.Time{}, ""
	res.Reopened++
	if err := k.save(state, fp, rec); err != nil {
		return true, err
	}
	ref := markup.InlineCode(survivor)
	if s, err := k.load(state, survivor); err == nil && s != nil && s.ID != "" {
		ref += " (" + ticketRef(s) + ")"
	}
	if err := k.spend(budget); err != nil {
		return true, err
	}
	text := fmt.Sprintf("**Split again**: problem %s is back on its own; it had been merged into problem %s.", markup.InlineCode(fp), ref)
	if err := k.be.Comment(ctx, rec.ID, Transition{Fingerprint: fp, Event: EventSplit, Text: text}); err != nil {
		return true, err
	}
	res.Commented++
	return false, nil
}
