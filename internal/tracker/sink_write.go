package tracker

// Writes to a ticket that exists: update, transition comments, close.

import (
	"context"
	"fmt"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/markup"
)

// update rewrites the ticket when what it shows changed.
func (k *Sink) update(ctx, state context.Context, fp string, rec *record, c Content, hash string, budget *int, res *Result) error {
	if rec.BodyHash == hash {
		return nil
	}
	if err := k.spend(budget); err != nil {
		return err
	}
	if err := k.be.Update(ctx, rec.ID, c); err != nil {
		return err
	}
	rec.BodyHash = hash
	res.Updated++
	return k.save(state, fp, rec)
}

// comment posts a comment for the item's state transition, if any.
func (k *Sink) comment(ctx context.Context, rec *record, it backlog.Item, budget *int, res *Result) error {
	if ev := transition(rec, it); ev != "" {
		if err := k.spend(budget); err != nil {
			return err
		}
		if err := k.be.Comment(ctx, rec.ID, Transition{Fingerprint: k.keyOf(it), Event: ev, Text: k.red.String(commentText(ev, it)), Item: it}); err != nil {
			return err
		}
		res.Commented++
	}
	return nil
}

func transition(rec *record, it backlog.Item) string {
	switch {
	case it.State == rec.State && it.NewInRelease == rec.NewInRelease:
		return ""
	case it.State == backlog.StateRegressed && rec.State != backlog.StateRegressed:
		return EventRegressed
	case it.State == backlog.StateEscalating && rec.State != backlog.StateEscalating:
		return EventEscalating
	case it.State == backlog.StateResolved && rec.State != backlog.StateResolved:
		return EventResolved
	case it.NewInRelease != "" && it.NewInRelease != rec.NewInRelease:
		return EventNewInRelease
	}
	return ""
}

func commentText(ev string, it backlog.Item) string {
	switch ev {
	case EventRegressed:
		return fmt.Sprintf("**Regressed**: seen again (last seen %s, %d occurrences, %.1f minutes of pain).", ts(it.LastSeen), it.Count, it.MinutesOfPain)
	case EventEscalating:
		return fmt.Sprintf("**Escalating**: now rank %d, score %.3g, %d occurrences, %.1f minutes of pain.", it.Rank, it.Score, it.Count, it.MinutesOfPain)
	case EventResolved:
		return fmt.Sprintf("**Resolved**: no occurrence since %s.", ts(it.LastSeen))
	case EventNewInRelease:
		return "**New in release** " + markup.InlineCode(it.NewInRelease) + "."
	}
	return ev
}

// closeResolved closes the ticket of a resolved item when configured to.
func (k *Sink) closeResolved(ctx, state context.Context, fp string, rec *record, it backlog.Item, c Content, now time.Time, budget *int, res *Result) error {
	if it.State == backlog.StateResolved && k.s.CloseResolved && !rec.Closed {
		if err := k.spend(budget); err != nil {
			return err
		}
		if err := k.be.Close(ctx, rec.ID, c); err != nil {
			return err
		}
		rec.Closed, rec.ClosedByUs, rec.ClosedAt = true, true, now
		res.Closed++
		return k.save(state, fp, rec)
	}
	return nil
}
