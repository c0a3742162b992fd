package tracker

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/redact"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/markup"
)

// FeedbackKind is what a person said through a tracker.
type FeedbackKind string

// Feedback kinds.
const (
	// FeedbackMuted: mute label, or closed as not planned / won't do /
	// duplicate. The ticket stays closed; the exporter should mute.
	FeedbackMuted FeedbackKind = "muted"
	// FeedbackResolved: closed as done by a person and not seen since.
	FeedbackResolved FeedbackKind = "resolved"
	// FeedbackRegressed: closed as done, seen again, reopened.
	FeedbackRegressed FeedbackKind = "regressed"
)

// Feedback reports a human decision back to the exporter.
type Feedback struct {
	Fingerprint string
	Kind        FeedbackKind
	Tracker     string
	TicketID    string
	URL         string
	// Reason is "label", "not_planned", "deleted", ...
	Reason string
}

// TicketRef links a fingerprint to its ticket.
type TicketRef struct {
	Tracker string
	ID      string
	URL     string
}

// Result summarises one Sync.
type Result struct {
	Feedback []Feedback
	// Tickets maps fingerprints to their tickets (items seen this Sync).
	Tickets                                                map[string]TicketRef
	Created, Updated, Commented, Reopened, Closed, Adopted int
	// Pending counts items with work left for a later Sync.
	Pending int
	// Failed counts items whose sync failed this time.
	Failed int
}

// record is the persisted per-fingerprint state.
type record struct {
	ID         string `json:"id,omitempty"`
	InternalID string `json:"internal_id,omitempty"`
	URL        string `json:"url,omitempty"`
	// Intent is set before a create and cleared once the ticket id is
	// known: a set intent means "look up by marker before creating".
	Intent       bool      `json:"intent,omitempty"`
	IntentAt     time.Time `json:"intent_at,omitempty"`
	BodyHash     string    `json:"body_hash,omitempty"`
	State        string    `json:"state,omitempty"`
	NewInRelease string    `json:"new_in_release,omitempty"`
	Closed       bool      `json:"closed,omitempty"`
	ClosedByUs   bool      `json:"closed_by_us,omitempty"`
	ClosedAt     time.Time `json:"closed_at,omitempty"`
	Muted        string    `json:"muted,omitempty"`
}

// Sink pushes backlog documents to one tracker.
type Sink struct {
	be     Backend
	client *Client
	s      Settings
	store  Store
	clock  Clock
	red    *redact.Redactor
	render *renderer

	mu sync.Mutex // one writer per tracker
}

// NewSink returns a Sink writing through be (whose requests go through
// client) and keeping state in store.
func NewSink(be Backend, client *Client, s Settings, store Store, opts Options) (*Sink, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	if store == nil {
		return nil, errors.New("tracker: nil store")
	}
	red, err := redact.New(s.RedactPatterns)
	if err != nil {
		return nil, err
	}
	r, err := newRenderer(s)
	if err != nil {
		return nil, err
	}
	opts = opts.withDefaults()
	return &Sink{be: be, client: client, s: s, store: store, clock: opts.Clock, red: red, render: r}, nil
}

// ID names the sink's target.
func (k *Sink) ID() string { return k.be.ID() }

// Stats returns a snapshot of the counters.
func (k *Sink) Stats() Stats { return k.client.stats.snapshot() }

var (
	errBudget   = errors.New("tracker: write budget exhausted")
	errDeferred = errors.New("tracker: deferred")
)

// Sync brings the tracker in line with doc. Work that cannot be done now
// (outage, rate limit, budget, the sync_timeout deadline, ctx ending) is
// persisted and retried by later Syncs, even for items that left the
// document. The error joins per-item failures; the Result is valid either
// way.
func (k *Sink) Sync(ctx context.Context, doc backlog.Document, now time.Time) (Result, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	// State writes are local and must land even when the requests' deadline
	// has passed: an intent or a pending item lost here would cost a
	// duplicate or a missed update later.
	state := context.WithoutCancel(ctx)
	if k.s.SyncTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, k.s.SyncTimeout)
		defer cancel()
	}
	res := Result{Tickets: map[string]TicketRef{}}
	pending, err := k.loadPending(state)
	if err != nil {
		return res, err
	}
	var items []backlog.Item
	inDoc := map[string]bool{}
	for _, it := range doc.Items {
		if it.Fingerprint == "" || !k.s.Filter.Routes(it) {
			continue
		}
		inDoc[it.Fingerprint] = true
		items = append(items, it)
	}
	for _, fp := range pending.Order {
		if !inDoc[fp] {
			items = append(items, pending.Items[fp])
		}
	}
	budget := k.s.MaxWritesPerSync
	var errs []error
	var stop error
	next := newPendingSet()
	for _, it := range items {
		if stop != nil {
			next.put(it)
			continue
		}
		err := k.syncItem(ctx, state, it, now, &budget, &res)
		if err == nil {
			continue
		}
		next.put(it)
		switch {
		case errors.Is(err, errDeferred):
		case errors.Is(err, errBudget):
			stop = err
			k.client.stats.add(func(s *Stats) { s.BudgetExhausted++ })
		default:
			res.Failed++
			errs = append(errs, fmt.Errorf("%s: %w", it.Fingerprint, err))
			if !itemSpecific(err) || ctx.Err() != nil {
				// Outage, rate limit, bad credentials: stop talking to the
				// tracker; everything left stays pending.
				stop = err
			}
		}
	}
	dropped := next.trim(k.s.MaxPending)
	if err := k.savePending(state, next); err != nil {
		errs = append(errs, err)
	}
	res.Pending = len(next.Order)
	k.client.stats.add(func(s *Stats) {
		s.Pending = int64(res.Pending)
		s.PendingDropped += int64(dropped)
		s.Created += int64(res.Created)
		s.Updated += int64(res.Updated)
		s.Commented += int64(res.Commented)
		s.Reopened += int64(res.Reopened)
		s.Closed += int64(res.Closed)
		s.Adopted += int64(res.Adopted)
	})
	return res, errors.Join(errs...)
}

// itemSpecific reports whether err concerns one item only (a request the
// tracker rejected for its content), so the Sync may go on with the others.
func itemSpecific(err error) bool {
	var se *StatusError
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code {
	case http.StatusBadRequest, http.StatusConflict, http.StatusGone, http.StatusRequestEntityTooLarge, http.StatusUnprocessableEntity:
		return true
	}
	return false
}

func (k *Sink) spend(budget *int) error {
	if *budget <= 0 {
		return errBudget
	}
	*budget--
	return nil
}

// syncItem talks to the tracker on ctx and keeps its state on state (not
// cancelled with ctx).
func (k *Sink) syncItem(ctx, state context.Context, it backlog.Item, now time.Time, budget *int, res *Result) error {
	fp := it.Fingerprint
	rec, err := k.load(state, fp)
	if err != nil {
		return err
	}
	if it.State == backlog.StateMuted {
		return nil
	}
	it = k.redactItem(it)
	c, hash, err := k.content(it)
	if err != nil {
		return err
	}
	var t *Ticket
	if rec == nil || rec.ID == "" {
		t, err = k.be.Find(ctx, fp)
		if err != nil {
			return err
		}
		if t == nil {
			if rec != nil && rec.Intent && !k.be.ConsistentFind() && now.Sub(rec.IntentAt) < k.s.SearchGracePeriod {
				return errDeferred // the unconfirmed create may not be searchable yet
			}
			if !k.s.Filter.Opens(it) {
				return nil
			}
			if err := k.spend(budget); err != nil {
				return err
			}
			rec = &record{Intent: true, IntentAt: now, BodyHash: hash, State: it.State, NewInRelease: it.NewInRelease}
			if err := k.save(state, fp, rec); err != nil {
				return err
			}
			t, err = k.be.Create(ctx, c)
			if err != nil {
				return err
			}
			rec.Intent, rec.ID, rec.InternalID, rec.URL = false, t.ID, t.InternalID, t.URL
			res.Created++
			res.Tickets[fp] = TicketRef{Tracker: k.be.ID(), ID: t.ID, URL: t.URL}
			return k.save(state, fp, rec)
		}
		// Found by marker: a create whose answer was lost, or lost state.
		if rec == nil || !rec.Intent {
			rec = &record{State: it.State, NewInRelease: it.NewInRelease}
		}
		rec.Intent, rec.ID, rec.InternalID, rec.URL = false, t.ID, t.InternalID, t.URL
		res.Adopted++
		if err := k.save(state, fp, rec); err != nil {
			return err
		}
	} else {
		t, err = k.be.Get(ctx, rec.ID)
		if errors.Is(err, ErrNotFound) {
			rec.Muted = "deleted"
			res.Feedback = append(res.Feedback, k.feedback(fp, rec, FeedbackMuted, "deleted"))
			return k.save(state, fp, rec)
		}
		if err != nil {
			return err
		}
	}
	if t != nil && t.URL != "" {
		rec.URL = t.URL
	}
	res.Tickets[fp] = TicketRef{Tracker: k.be.ID(), ID: rec.ID, URL: rec.URL}
	if rec.Muted == "deleted" {
		res.Feedback = append(res.Feedback, k.feedback(fp, rec, FeedbackMuted, "deleted"))
		return nil
	}

	open := !rec.Closed
	if t != nil {
		if k.s.MuteLabel != "" && slices.Contains(t.Labels, k.s.MuteLabel) {
			rec.Muted = "label"
			res.Feedback = append(res.Feedback, k.feedback(fp, rec, FeedbackMuted, "label"))
			return k.save(state, fp, rec)
		}
		if !t.Open && t.WontFix {
			rec.Muted, rec.Closed = "wontfix", true
			res.Feedback = append(res.Feedback, k.feedback(fp, rec, FeedbackMuted, "wontfix"))
			return k.save(state, fp, rec)
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
	if !open {
		hit := it.State != backlog.StateResolved && (rec.ClosedAt.IsZero() || it.LastSeen.After(rec.ClosedAt))
		if !hit {
			if !rec.ClosedByUs {
				res.Feedback = append(res.Feedback, k.feedback(fp, rec, FeedbackResolved, "closed"))
			}
			return k.save(state, fp, rec)
		}
		if err := k.spend(budget); err != nil {
			return err
		}
		if err := k.be.Reopen(ctx, rec.ID, c); err != nil {
			return err
		}
		rec.Closed, rec.ClosedByUs, rec.ClosedAt = false, false, time.Time{}
		rec.State = "" // force the regressed comment below
		it.State = backlog.StateRegressed
		res.Reopened++
		res.Feedback = append(res.Feedback, k.feedback(fp, rec, FeedbackRegressed, "seen after close"))
		if err := k.save(state, fp, rec); err != nil {
			return err
		}
	}
	if rec.BodyHash != hash {
		if err := k.spend(budget); err != nil {
			return err
		}
		if err := k.be.Update(ctx, rec.ID, c); err != nil {
			return err
		}
		rec.BodyHash = hash
		res.Updated++
		if err := k.save(state, fp, rec); err != nil {
			return err
		}
	}
	if ev := transition(rec, it); ev != "" {
		if err := k.spend(budget); err != nil {
			return err
		}
		if err := k.be.Comment(ctx, rec.ID, Transition{Event: ev, Text: k.red.String(commentText(ev, it)), Item: it}); err != nil {
			return err
		}
		res.Commented++
	}
	if rec.State != it.State || rec.NewInRelease != it.NewInRelease {
		rec.State, rec.NewInRelease = it.State, it.NewInRelease
		if err := k.save(state, fp, rec); err != nil {
			return err
		}
	}
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

func (k *Sink) feedback(fp string, rec *record, kind FeedbackKind, reason string) Feedback {
	return Feedback{Fingerprint: fp, Kind: kind, Tracker: k.be.ID(), TicketID: rec.ID, URL: rec.URL, Reason: reason}
}

// content renders the ticket for it and hashes what the tracker shows.
func (k *Sink) content(it backlog.Item) (Content, string, error) {
	title, body, err := k.render.render(it, k.be.BodyLimit(), k.be.BodyLen)
	if err != nil {
		return Content{}, "", err
	}
	labels := append(slices.Clone(k.s.Labels), k.be.MarkerLabel(it.Fingerprint))
	h := sha256.Sum256([]byte(title + "\x00" + body))
	return Content{Fingerprint: it.Fingerprint, Title: title, Body: body, Labels: labels, Item: it}, hex.EncodeToString(h[:]), nil
}

// redactItem masks every free-text field before rendering.
func (k *Sink) redactItem(it backlog.Item) backlog.Item { return it.Redacted(k.red.String) }

func (k *Sink) key(fp string) string { return k.be.ID() + "/t/" + fp }

func (k *Sink) load(ctx context.Context, fp string) (*record, error) {
	b, err := k.store.Get(ctx, k.key(fp))
	if err != nil || b == nil {
		return nil, err
	}
	var r record
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, nil // corrupt: recover by marker
	}
	return &r, nil
}

func (k *Sink) save(ctx context.Context, fp string, r *record) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return k.store.Set(ctx, k.key(fp), b)
}

// pendingSet keeps items with unfinished work, in order.
type pendingSet struct {
	Order []string                `json:"order"`
	Items map[string]backlog.Item `json:"items"`
}

func newPendingSet() *pendingSet { return &pendingSet{Items: map[string]backlog.Item{}} }

func (p *pendingSet) put(it backlog.Item) {
	if _, ok := p.Items[it.Fingerprint]; !ok {
		p.Order = append(p.Order, it.Fingerprint)
	}
	p.Items[it.Fingerprint] = it
}

// trim keeps the first n items and returns how many were dropped.
func (p *pendingSet) trim(n int) int {
	if len(p.Order) <= n {
		return 0
	}
	for _, fp := range p.Order[n:] {
		delete(p.Items, fp)
	}
	d := len(p.Order) - n
	p.Order = p.Order[:n]
	return d
}

func (k *Sink) loadPending(ctx context.Context) (*pendingSet, error) {
	p := newPendingSet()
	b, err := k.store.Get(ctx, k.be.ID()+"/pending")
	if err != nil || b == nil {
		return p, err
	}
	if json.Unmarshal(b, p) != nil || p.Items == nil {
		return newPendingSet(), nil
	}
	return p, nil
}

func (k *Sink) savePending(ctx context.Context, p *pendingSet) error {
	if len(p.Order) == 0 {
		return k.store.Delete(ctx, k.be.ID()+"/pending")
	}
	b, err := json.Marshal(p)
	if err != nil {
		return err
	}
	return k.store.Set(ctx, k.be.ID()+"/pending", b)
}
