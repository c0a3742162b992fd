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
