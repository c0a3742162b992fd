package fingerprintprocessor // import "github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor"

import (
	"sync"
	"unsafe"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
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
	// logs holds the keys of log records (kind log, a masked message, no
	// operation or dependency) under a three-string key: a lookup per log
	// record hashes and compares half the fields of idKey.
	logs map[logIDKey]string
}

// logIDKey is an idKey{kind: attrs.KindLog, masked: true} without the fields
// that are constant or empty for log records.
type logIDKey struct {
	service, errorType, masked string
}

func newIDCache(max int) idCache {
	return idCache{max: max, m: make(map[idKey]string, 1024), logs: make(map[logIDKey]string, 1024)}
}

// getLog is get(idKey{kind: attrs.KindLog, service: service, errorType:
// errorType, template: masked, masked: true}). form is
// fingerprint.IDForm(masked) when the caller has it (the miner computed it
// for a new masked form), else empty.
func (c *idCache) getLog(service, errorType, masked, form string) string {
	k := logIDKey{service: service, errorType: errorType, masked: masked}
	c.mu.RLock()
	id, ok := c.logs[k]
	c.mu.RUnlock()
	if ok {
		return id
	}
	if form == "" {
		form = fingerprint.IDForm(masked)
	}
	id = fingerprint.ID(fingerprint.Key{
		Kind:      attrs.KindLog,
		Service:   service,
		ErrorType: errorType,
		Template:  form,
	})
	c.mu.Lock()
	if len(c.m)+len(c.logs) >= c.max {
		clear(c.m)
		clear(c.logs)
	}
	c.logs[k] = id
	c.mu.Unlock()
	return id
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
	if len(c.m)+len(c.logs) >= c.max {
		clear(c.m)
		clear(c.logs)
	}
	c.m[k] = id
	c.mu.Unlock()
	return id
}

// logIDs is a small direct-mapped table in front of idCache.getLog, used by
// one goroutine at a time (processLogs takes one from the processor's pool
// for a batch): the records of a batch share a few masked forms, and the
// miner returns the same string for a masked form it knows, so a form met
// again is found in its slot without the shared cache's lock and map hash.
// A slot is chosen by the string's address and length, but a hit compares
// the three inputs by content (the same address compares at once), so the
// id is always getLog's: ids are pure functions of their inputs.
type logIDs struct {
	e [logIDSlots]logIDEntry
}

const logIDSlots = 128 // a power of two

type logIDEntry struct {
	service, errorType, masked, id string
}

func (t *logIDs) get(c *idCache, service, errorType, masked, form string) string {
	p := uintptr(unsafe.Pointer(unsafe.StringData(masked)))
	e := &t.e[(p>>4^p>>11^uintptr(len(masked)))&(logIDSlots-1)]
	if e.id != "" && e.masked == masked && e.service == service && e.errorType == errorType {
		return e.id
	}
	id := c.getLog(service, errorType, masked, form)
	*e = logIDEntry{service: service, errorType: errorType, masked: masked, id: id}
	return id
}
