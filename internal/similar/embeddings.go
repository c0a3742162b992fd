package similar

import (
	"context"
	"errors"
	"hash/fnv"
	"sync"
	"sync/atomic"
)

// Embedder returns one vector per text (internal/ai.Embedder).
type Embedder interface {
	Embed(ctx context.Context, texts []string) ([][]float64, error)
}

// batchSize is the number of texts per embeddings request.
const batchSize = 32

// Embeddings caches the embeddings of units off the flush path: Offer
// hands it the latest units, Process embeds those whose text changed,
// Vectors returns what is known.
type Embeddings struct {
	e        Embedder
	capacity int

	mu    sync.Mutex
	cache map[string]vec

	latest atomic.Pointer[[]Unit]
	wake   chan struct{}

	requests, failures atomic.Int64
}

type vec struct {
	key uint64
	v   []float64
}

// NewEmbeddings returns a cache of at most capacity vectors.
func NewEmbeddings(e Embedder, capacity int) *Embeddings {
	return &Embeddings{e: e, capacity: max(capacity, 1), cache: map[string]vec{}, wake: make(chan struct{}, 1)}
}

func textKey(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// Offer replaces the units waiting to be embedded.
func (c *Embeddings) Offer(units []Unit) {
	c.latest.Store(&units)
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

// Vectors returns the current vectors of units (by id).
func (c *Embeddings) Vectors(units []Unit) map[string][]float64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := map[string][]float64{}
	for i := range units {
		if v, ok := c.cache[units[i].ID]; ok && v.key == textKey(units[i].Text()) {
			out[units[i].ID] = v.v
		}
	}
	return out
}

// Requests and Failures count embeddings requests.
func (c *Embeddings) Requests() int64 { return c.requests.Load() }

// Failures counts failed or refused requests.
func (c *Embeddings) Failures() int64 { return c.failures.Load() }

// Run works until ctx ends.
func (c *Embeddings) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-c.wake:
			c.Process(ctx)
		}
	}
}

// Process embeds the offered units without a current vector.
func (c *Embeddings) Process(ctx context.Context) {
	p := c.latest.Swap(nil)
	if p == nil {
		return
	}
	known := c.Vectors(*p)
	var todo []Unit
	for _, u := range *p {
		if _, ok := known[u.ID]; !ok {
			todo = append(todo, u)
		}
	}
	for len(todo) > 0 && ctx.Err() == nil {
		n := min(batchSize, len(todo))
		batch := todo[:n]
		todo = todo[n:]
		texts := make([]string, n)
		for i := range batch {
			texts[i] = batch[i].Text()
		}
		c.requests.Add(1)
		vs, err := c.e.Embed(ctx, texts)
		if err != nil || len(vs) != n {
			c.failures.Add(1)
			if errors.Is(err, context.Canceled) {
				return
			}
			continue
		}
		c.mu.Lock()
		for i := range batch {
			if _, ok := c.cache[batch[i].ID]; !ok && len(c.cache) >= c.capacity {
				for k := range c.cache {
					delete(c.cache, k)
					break
				}
			}
			c.cache[batch[i].ID] = vec{key: textKey(texts[i]), v: vs[i]}
		}
		c.mu.Unlock()
	}
}
