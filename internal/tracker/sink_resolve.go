package tracker

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

// resolve finds the ticket of it: by the stored id, else by its marker
// (adopting a ticket whose create answer or state was lost), else it
// creates one (when the filter opens it and the budget allows). done means
// the item needs nothing more this sync (err says why, if it failed).
func (k *Sink) resolve(ctx, state context.Context, it backlog.Item, rec *record, c Content, hash string, now time.Time, budget *int, res *Result) (_ *record, t *Ticket, done bool, err error) {
	fp := k.keyOf(it)
	if rec == nil || rec.ID == "" {
		if (rec == nil || !rec.Intent) && k.opens(it) && !k.waits.due(fp, k.s.GroupWait) {
			res.Waiting++ // within group_wait: no lookup, no ticket yet
			return rec, nil, true, nil
		}
		t, err = k.be.Find(ctx, fp)
		if err != nil {
			return rec, t, true, err
		}
		if t == nil {
			if rec != nil && rec.Intent && !k.be.ConsistentFind() && now.Sub(rec.IntentAt) < k.s.SearchGracePeriod {
				return rec, t, true, errDeferred // the unconfirmed create may not be searchable yet
			}
			if !k.opens(it) {
				return rec, t, true, nil
			}
			if err := k.spend(budget); err != nil {
				return rec, t, true, err
			}
			rec = &record{Intent: true, IntentAt: now, BodyHash: hash, State: it.State, NewInRelease: it.NewInRelease, Members: k.membersOf(it)}
			if err := k.save(state, fp, rec); err != nil {
				return rec, t, true, err
			}
			t, err = k.be.Create(ctx, c)
			if err != nil {
				return rec, t, true, err
			}
			rec.Intent, rec.ID, rec.InternalID, rec.URL = false, t.ID, t.InternalID, t.URL
			res.Created++
			res.Tickets[fp] = TicketRef{Tracker: k.be.ID(), ID: t.ID, URL: t.URL}
			return rec, t, true, k.save(state, fp, rec)
		}
		// Found by marker: a create whose answer was lost, or lost state.
		if rec == nil || !rec.Intent {
			rec = &record{State: it.State, NewInRelease: it.NewInRelease, Members: k.membersOf(it)}
		}
		rec.Intent, rec.ID, rec.InternalID, rec.URL = false, t.ID, t.InternalID, t.URL
		res.Adopted++
		if err := k.save(state, fp, rec); err != nil {
			return rec, t, true, err
		}
	} else {
		t, err = k.be.Get(ctx, rec.ID)
		if errors.Is(err, ErrNotFound) {
			rec.Muted = "deleted"
			res.Feedback = append(res.Feedback, k.feedback(fp, rec, FeedbackMuted, "deleted"))
			return rec, t, true, k.save(state, fp, rec)
		}
		if err != nil {
			return rec, t, true, err
		}
	}
	if t != nil && t.URL != "" {
		rec.URL = t.URL
	}
	res.Tickets[fp] = TicketRef{Tracker: k.be.ID(), ID: rec.ID, URL: rec.URL}
	if rec.Muted == "deleted" {
		res.Feedback = append(res.Feedback, k.feedback(fp, rec, FeedbackMuted, "deleted"))
		return rec, t, true, nil
	}
	return rec, t, false, nil
}

// opens reports whether it may open a ticket: the filter's score and
// states, and debt candidates only with open_debt.
func (k *Sink) opens(it backlog.Item) bool {
	return k.s.Filter.Opens(it) && (k.s.OpenDebt || !slices.Contains(it.Labels, backlog.LabelDebt))
}
