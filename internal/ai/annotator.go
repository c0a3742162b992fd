package ai

import (
	"context"
	"errors"
	"hash/fnv"
	"sync"
	"sync/atomic"
)

// Annotator asks for suggestions off the flush path: Offer hands it the
// latest units (latest wins), Run asks for those without a current
// suggestion, Lookup returns what is known. A suggestion is current while
// the unit's title, template and service are unchanged.
type Annotator struct {
	c        *Client
	capacity int

	mu    sync.Mutex
	cache map[string]cached

	latest atomic.Pointer[[]Evidence]
	wake   chan struct{}

	requests, failures, refused atomic.Int64
}

type cached struct {
	key uint64
	s   Suggestion
}

// NewAnnotator returns an annotator keeping at most capacity suggestions.
func NewAnnotator(c *Client, capacity int) *Annotator {
	return &Annotator{c: c, capacity: max(capacity, 1), cache: map[string]cached{}, wake: make(chan struct{}, 1)}
}

func evidenceKey(ev *Evidence) uint64 {
	h := fnv.New64a()
	for _, s := range []string{ev.Title, ev.Template, ev.Service, ev.ErrorType} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// Offer replaces the units waiting to be summarized.
func (a *Annotator) Offer(evs []Evidence) {
	if len(evs) > a.c.MaxItems() {
		evs = evs[:a.c.MaxItems()]
	}
	a.latest.Store(&evs)
	select {
	case a.wake <- struct{}{}:
	default:
	}
}

// Lookup returns the current suggestion for ev, if any.
func (a *Annotator) Lookup(ev *Evidence) (Suggestion, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	c, ok := a.cache[ev.ID]
	if !ok || c.key != evidenceKey(ev) {
		return Suggestion{}, false
	}
	return c.s, true
}

// Stats are the annotator's counters.
type Stats struct {
	// Requests sent, Failures (transport, timeouts, status) and Refused
	// answers (invalid per Parse).
	Requests, Failures, Refused int64
}

// Stats returns the counters.
func (a *Annotator) Stats() Stats {
	return Stats{Requests: a.requests.Load(), Failures: a.failures.Load(), Refused: a.refused.Load()}
}

// Run works until ctx ends.
func (a *Annotator) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-a.wake:
			a.Process(ctx)
		}
	}
}

// Process asks for the offered units that have no current suggestion.
func (a *Annotator) Process(ctx context.Context) {
	p := a.latest.Swap(nil)
	if p == nil {
		return
	}
	for i := range *p {
		ev := &(*p)[i]
		if _, ok := a.Lookup(ev); ok {
			continue
		}
		if ctx.Err() != nil {
			return
		}
		a.requests.Add(1)
		s, err := a.c.Suggest(ctx, *ev)
		if err != nil {
			if errors.Is(err, ErrInvalid) {
				a.refused.Add(1)
			} else {
				a.failures.Add(1)
			}
			continue
		}
		a.mu.Lock()
		if _, ok := a.cache[ev.ID]; !ok && len(a.cache) >= a.capacity {
			for k := range a.cache { // evict one (arbitrary)
				delete(a.cache, k)
				break
			}
		}
		a.cache[ev.ID] = cached{key: evidenceKey(ev), s: s}
		a.mu.Unlock()
	}
}
