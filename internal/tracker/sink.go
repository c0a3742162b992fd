package tracker

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/redact"
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
	// Fingerprint is the ticket's key: the problem id of a problem ticket,
	// else the cluster's fingerprint. Members lists the fingerprints the
	// decision applies to (the problem's members, or the fingerprint).
	Fingerprint string
	Members     []string
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
	// Merged counts tickets closed as duplicates of a surviving problem.
	Merged int
	// Pending counts items with work left for a later Sync.
	Pending int
	// Waiting counts items that may open a ticket but are within
	// group_wait.
	Waiting int
	// Failed counts items whose sync failed this time.
	Failed int
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
	// lastSync and waits (during a Sync) count group_wait.
	lastSync time.Time
	waits    *waitSet
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

// contexts returns the context of one Sync or Publish's requests (ctx
// bounded by sync_timeout) and the context of its state writes. State
// writes are local and must land even when the requests' deadline has
// passed: an intent or a pending item lost here would cost a duplicate or
// a missed update later.
func (k *Sink) contexts(ctx context.Context) (requests, state context.Context, cancel context.CancelFunc) {
	state = context.WithoutCancel(ctx)
	if k.s.SyncTimeout > 0 {
		requests, cancel = context.WithTimeout(ctx, k.s.SyncTimeout)
		return requests, state, cancel
	}
	return ctx, state, func() {}
}

// Sync brings the tracker in line with doc. Work that cannot be done now
// (outage, rate limit, budget, the sync_timeout deadline, ctx ending) is
// persisted and retried by later Syncs, even for items that left the
// document. The error joins per-item failures; the Result is valid either
// way.
func (k *Sink) Sync(ctx context.Context, doc backlog.Document, now time.Time) (Result, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	ctx, state, cancel := k.contexts(ctx)
	defer cancel()
	res := Result{Tickets: map[string]TicketRef{}}
	pending, err := k.loadPending(state)
	if err != nil {
		return res, err
	}
	if k.waits, err = k.loadWaits(state, now); err != nil {
		return res, err
	}
	var items []backlog.Item
	inDoc := map[string]bool{}
	for _, it := range k.units(doc) {
		if it.Fingerprint == "" || !k.s.Filter.Routes(it) {
			continue
		}
		inDoc[k.keyOf(it)] = true
		items = append(items, it)
	}
	for _, fp := range pending.Order {
		if !inDoc[fp] {
			items = append(items, pending.Items[fp])
		}
	}
	// A problem held on the watchlist (below the gates this flush) has not
	// left the document: lineage closes as absorbed only the tickets of
	// problems that are in none of its lists.
	present := maps.Clone(inDoc)
	for _, p := range doc.Problems {
		present[p.ID] = true
	}
	for _, it := range doc.Watchlist {
		present[k.keyOf(it)] = true
	}
	budget := k.s.MaxWritesPerSync
	var errs []error
	var stop error
	next := k.newPendingSet()
	for _, it := range items {
		if stop != nil {
			next.put(it)
			continue
		}
		err := k.syncItem(ctx, state, it, now, &budget, &res)
		if err == nil && k.problemTicket(it) {
			err = k.lineage(ctx, state, it, present, &budget, &res)
		}
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
	if stop != nil {
		// Items not reached this Sync keep their wait.
		for _, fp := range next.Order {
			if d, ok := k.waits.prev[fp]; ok {
				if _, again := k.waits.next[fp]; !again {
					k.waits.next[fp] = d
				}
			}
		}
	}
	dropped := next.trim(k.s.MaxPending)
	if err := k.savePending(state, next); err != nil {
		errs = append(errs, err)
	}
	if err := k.saveWaits(state, k.waits); err != nil {
		errs = append(errs, err)
	}
	res.Pending = len(next.Order)
	k.client.stats.add(func(s *Stats) {
		s.Pending = int64(res.Pending)
		s.Waiting = int64(res.Waiting)
		s.PendingDropped += int64(dropped)
		s.Created += int64(res.Created)
		s.Updated += int64(res.Updated)
		s.Commented += int64(res.Commented)
		s.Reopened += int64(res.Reopened)
		s.Closed += int64(res.Closed)
		s.Adopted += int64(res.Adopted)
		s.Merged += int64(res.Merged)
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
	fp := k.keyOf(it)
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
	if rec == nil || rec.ID == "" {
		if c, hash, err = k.withOrigin(state, it, c); err != nil {
			return err
		}
	}
	rec, t, done, err := k.resolve(ctx, state, it, rec, c, hash, now, budget, res)
	if done || err != nil {
		return err
	}
	open, done, err := k.humanState(state, fp, rec, t, res)
	if done || err != nil {
		return err
	}
	if !open {
		if t != nil {
			c.CurrentLabels = t.Labels
		}
		if done, err := k.reopen(ctx, state, &it, rec, c, budget, res); done || err != nil {
			return err
		}
	}
	if err := k.update(ctx, state, fp, rec, c, hash, budget, res); err != nil {
		return err
	}
	if err := k.comment(ctx, rec, it, budget, res); err != nil {
		return err
	}
	if rec.State != it.State || rec.NewInRelease != it.NewInRelease {
		rec.State, rec.NewInRelease = it.State, it.NewInRelease
		if err := k.save(state, fp, rec); err != nil {
			return err
		}
	}
	return k.closeResolved(ctx, state, fp, rec, it, c, now, budget, res)
}

func (k *Sink) feedback(fp string, rec *record, kind FeedbackKind, reason string) Feedback {
	members := rec.Members
	if len(members) == 0 {
		members = []string{fp}
	}
	return Feedback{Fingerprint: fp, Members: members, Kind: kind, Tracker: k.be.ID(), TicketID: rec.ID, URL: rec.URL, Reason: reason}
}

// content renders the ticket for it and hashes what the tracker shows.
func (k *Sink) content(it backlog.Item) (Content, string, error) {
	key := k.keyOf(it)
	title, body, err := k.render.render(it, key, k.be.BodyLimit(), k.be.BodyLen)
	if err != nil {
		return Content{}, "", err
	}
	labels := append(slices.Clone(k.s.Labels), k.be.MarkerLabel(key))
	if k.s.OpenDebt && slices.Contains(it.Labels, backlog.LabelDebt) {
		labels = append(labels, backlog.LabelDebt)
	}
	return Content{Fingerprint: key, Title: title, Body: body, Labels: labels, Item: it}, contentHash(title, body), nil
}

func contentHash(title, body string) string {
	h := sha256.Sum256([]byte(title + "\x00" + body))
	return hex.EncodeToString(h[:])
}

// redactItem masks every free-text field before rendering.
func (k *Sink) redactItem(it backlog.Item) backlog.Item { return it.Redacted(k.red.String) }
