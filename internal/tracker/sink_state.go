package tracker

// The persisted state of a sink: one record per fingerprint and the set
// of items with unfinished work, kept in the Store.

import (
	"context"
	"encoding/json"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

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
	// Members are the fingerprints of a problem ticket's members, as of
	// its last sync (feedback applies to them); MergedInto is the key of
	// the problem that absorbed this one (its ticket closed as duplicate).
	Members    []string `json:"members,omitempty"`
	MergedInto string   `json:"merged_into,omitempty"`
}

func (k *Sink) key(fp string) string { return k.be.ID() + "/t/" + fp }

func (k *Sink) load(ctx context.Context, fp string) (*record, error) { return k.loadAt(ctx, k.key(fp)) }

func (k *Sink) save(ctx context.Context, fp string, r *record) error {
	return k.saveAt(ctx, k.key(fp), r)
}

func (k *Sink) loadAt(ctx context.Context, key string) (*record, error) {
	b, err := k.store.Get(ctx, key)
	if err != nil || b == nil {
		return nil, err
	}
	var r record
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, nil // corrupt: recover by marker
	}
	return &r, nil
}

func (k *Sink) saveAt(ctx context.Context, key string, r *record) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return k.store.Set(ctx, key, b)
}

// pendingSet keeps items with unfinished work, in order, by ticket key.
type pendingSet struct {
	Order []string                `json:"order"`
	Items map[string]backlog.Item `json:"items"`
	key   func(backlog.Item) string
}

func (k *Sink) newPendingSet() *pendingSet {
	return &pendingSet{Items: map[string]backlog.Item{}, key: k.keyOf}
}

func (p *pendingSet) put(it backlog.Item) {
	key := p.key(it)
	if _, ok := p.Items[key]; !ok {
		p.Order = append(p.Order, key)
	}
	p.Items[key] = it
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
	p := k.newPendingSet()
	b, err := k.store.Get(ctx, k.be.ID()+"/pending")
	if err != nil || b == nil {
		return p, err
	}
	if json.Unmarshal(b, p) != nil || p.Items == nil {
		return k.newPendingSet(), nil
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

// waitSet counts how long each item that may open a ticket has been in the
// document without one (Settings.GroupWait). A Sync carries over the
// items it sees again and drops the others, so an item that leaves the
// document, or whose ticket key changes (its problem merged into
// another), starts its wait again.
type waitSet struct {
	prev    map[string]time.Duration
	next    map[string]time.Duration
	elapsed time.Duration // wall-clock time since the previous Sync
}

// due records that fp is waiting and reports whether it has waited wait.
func (w *waitSet) due(fp string, wait time.Duration) bool {
	if wait <= 0 {
		return true
	}
	d, seen := w.prev[fp]
	if seen {
		d += w.elapsed
	}
	if _, again := w.next[fp]; !again {
		w.next[fp] = d
	}
	return d >= wait
}

func (k *Sink) waitKey() string { return k.be.ID() + "/wait" }

// loadWaits starts a Sync's wait set: the waits of the previous Sync (as
// persisted, so a restart keeps them) and the wall-clock time since it
// (0 on the first Sync of a process, and when the clock went back).
func (k *Sink) loadWaits(ctx context.Context, now time.Time) (*waitSet, error) {
	w := &waitSet{prev: map[string]time.Duration{}, next: map[string]time.Duration{}}
	if !k.lastSync.IsZero() && now.After(k.lastSync) {
		w.elapsed = now.Sub(k.lastSync)
	}
	k.lastSync = now
	b, err := k.store.Get(ctx, k.waitKey())
	if err != nil || b == nil {
		return w, err
	}
	if json.Unmarshal(b, &w.prev) != nil || w.prev == nil {
		w.prev = map[string]time.Duration{} // corrupt: waits start again
	}
	return w, nil
}

func (k *Sink) saveWaits(ctx context.Context, w *waitSet) error {
	if len(w.next) == 0 {
		if len(w.prev) == 0 {
			return nil
		}
		return k.store.Delete(ctx, k.waitKey())
	}
	b, err := json.Marshal(w.next)
	if err != nil {
		return err
	}
	return k.store.Set(ctx, k.waitKey(), b)
}
