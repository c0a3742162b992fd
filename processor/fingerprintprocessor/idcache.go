package fingerprintprocessor // import "github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor"

import (
	"sync"

	"github.com/otelcol-backlog/otelcol-backlog/internal/fingerprint"
)

// idKey identifies a fingerprint whose inputs carry no stack frames; such ids
// are cached so the steady-state path neither hashes nor allocates.
type idKey struct {
	kind, service, errorType, template, operation, dependency string
	// masked: template is a masked log message (hashed as
	// fingerprint.IDForm), not a mined or span template (IDTemplate)
	masked bool
}

// idCache is a bounded map from fingerprint inputs to interned ids. When full
// it is cleared (ids are pure functions of their inputs, so nothing is lost
// but a few recomputations).
type idCache struct {
	mu  sync.RWMutex
	max int
	m   map[idKey]string
}

func newIDCache(max int) idCache {
	return idCache{max: max, m: make(map[idKey]string, 1024)}
}

// get returns the id for k, computing it with fingerprint.ID on a miss.
func (c *idCache) get(k idKey) string {
	c.mu.RLock()
	id, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return id
	}
	tpl := fingerprint.IDTemplate(k.template)
	if k.masked {
		tpl = fingerprint.IDForm(k.template)
	}
	id = fingerprint.ID(fingerprint.Key{
		Kind:       k.kind,
		Service:    k.service,
		ErrorType:  k.errorType,
		Template:   tpl,
		Operation:  k.operation,
		Dependency: k.dependency,
	})
	c.mu.Lock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[k] = id
	c.mu.Unlock()
	return id
}
