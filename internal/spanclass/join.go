package spanclass // import "github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"

import (
	"strings"
	"sync"
)

// The gap between a client span and its server span needs both halves.
// When they arrive in different batches (each SDK exports its own
// service's spans), the first half waits here, bounded, for the second:
// a client half (the caller's service, operation, dependency and
// duration) under its span id, a server half (the callee's service and
// duration) under its parent's id. The second half's batch judges the
// gap exactly as if both had shared one batch, so a network finding does
// not depend on batching. When the callee's spans never reach this
// collector (a sidecar), nothing is judged: no finding rather than a
// guess. The oldest halves are dropped past maxPendingHalves (counted).

const maxPendingHalves = 16384

type halfSpan struct {
	client  bool
	dur     int64
	service string // client: the caller; server: the callee
	op, dep string // client only
	slot    int    // index in joiner.ring
}

type joiner struct {
	mu      sync.Mutex
	m       map[spanKey]halfSpan
	ring    []spanKey
	next    int
	dropped uint64
	names   map[string]string // interned service names and dependencies
}

// intern returns a copy of s owned by the joiner (bounded: reset when full).
func (j *joiner) intern(s string) string {
	if s == "" {
		return ""
	}
	if v, ok := j.names[s]; ok {
		return v
	}
	if len(j.names) >= maxPendingHalves {
		clear(j.names)
	}
	v := strings.Clone(s)
	j.names[v] = v
	return v
}

// match takes the other half of k, or stores h under k when it has not
// arrived. ok reports a match.
func (j *joiner) match(k spanKey, h halfSpan) (other halfSpan, ok bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if o, found := j.m[k]; found {
		if o.client != h.client {
			delete(j.m, k)
			j.ring[o.slot] = spanKey{}
			return o, true
		}
		return halfSpan{}, false // a duplicate half: keep the first
	}
	if j.m == nil {
		j.m = make(map[spanKey]halfSpan)
		j.names = make(map[string]string)
		j.ring = make([]spanKey, maxPendingHalves)
	}
	if old := j.ring[j.next]; old != (spanKey{}) {
		if _, live := j.m[old]; live {
			delete(j.m, old)
			j.dropped++
		}
	}
	h.service, h.op, h.dep = j.intern(h.service), j.intern(h.op), j.intern(h.dep)
	h.slot = j.next
	j.ring[j.next] = k
	j.m[k] = h
	j.next = (j.next + 1) % maxPendingHalves
	return halfSpan{}, false
}
