package cluster

import (
	"encoding/binary"
	"encoding/hex"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/otelcol-backlog/otelcol-backlog/internal/score"
)

// maxKnownServices bounds Services: the first services seen are kept,
// none is ever evicted (a record naming new services cannot push the
// system's own out).
const maxKnownServices = 4096

// Services is the set of service names that sent records (resource
// `service.name`), bounded at maxKnownServices, safe for concurrent use.
// Reads are lock-free: a new service copies the set (services are few and
// rarely new).
type Services struct {
	mu sync.Mutex
	m  atomic.Pointer[serviceSet]
}

// serviceSet is one immutable state of Services: the names (each mapped to
// the set's own copy) and, to pass over most tokens without hashing them,
// the first bytes and the length range of the names.
type serviceSet struct {
	names          map[string]string
	byHash         map[string]string // nameKey(name) -> name
	first          [256]bool
	minLen, maxLen int
}

// Observe adds a service that sent records.
func (s *Services) Observe(name string) {
	if name == "" || len(name) > 253 {
		return
	}
	if learnt(s.m.Load(), name) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.m.Load()
	if learnt(old, name) {
		return
	}
	next := &serviceSet{names: map[string]string{}, byHash: map[string]string{}, minLen: len(name), maxLen: len(name)}
	if old != nil {
		next.names = make(map[string]string, len(old.names)+1)
		next.byHash = make(map[string]string, len(old.names)+1)
		for k, v := range old.names {
			next.names[k] = v
		}
		for k, v := range old.byHash {
			next.byHash[k] = v
		}
		next.first, next.minLen, next.maxLen = old.first, min(old.minLen, len(name)), max(old.maxLen, len(name))
	}
	name = cloneString(name) // no reference to a record's memory
	next.names[name] = name
	next.byHash[nameKey(name)] = name
	next.first[name[0]] = true
	s.m.Store(next)
}

// learnt reports whether name is in set, or the set is full (nothing more
// is learnt).
func learnt(set *serviceSet, name string) bool {
	if set == nil {
		return false
	}
	_, ok := set.names[name]
	return ok || len(set.names) >= maxKnownServices
}

func (s *Services) len() int {
	if set := s.m.Load(); set != nil {
		return len(set.names)
	}
	return 0
}

// has reports whether name is in set (nil: nothing is).
func (set *serviceSet) has(name string) bool {
	if set == nil || len(name) < set.minLen || len(name) > set.maxLen || !set.first[name[0]] {
		return false
	}
	_, ok := set.names[name]
	return ok
}

// ByKey returns the service whose nameKey is key, if it sent records.
func (s *Services) ByKey(key string) (string, bool) {
	set := s.m.Load()
	if set == nil {
		return "", false
	}
	name, ok := set.byHash[key]
	return name, ok
}

// nameKey is what a cluster keeps of a name its records give: 16 hex
// digits of its hash, never the word (a record's words may be secrets, and
// only the names of services are ever looked up).
func nameKey(w string) string {
	var key string
	withNameKey(w, func(k string) { key = strings.Clone(k) })
	return key
}

// withNameKey calls f with nameKey(w) without allocating it (f must not
// keep it: topK.add clones what it keeps).
func withNameKey(w string, f func(string)) {
	var b [16]byte
	var h [8]byte
	binary.BigEndian.PutUint64(h[:], hashString(w))
	hex.Encode(b[:], h[:])
	f(unsafe.String(&b[0], len(b)))
}

// failing reports whether a log event reports a failure: an error type, or
// a severity of error or above (a record without a severity counts as
// failing, as for specificFailure).
func failing(ev *Event) bool {
	if ev.ErrorType != "" || ev.Severity == "" {
		return true
	}
	return score.ParseSeverity(ev.Severity) >= score.SeverityError
}

// maxNameCandidates bounds the names counted per record.
const maxNameCandidates = 8

// ObserveService records a service that sent records (resource
// `service.name`): a failing log naming it names its callee (Group).
func (s *Store) ObserveService(name string) { s.services.Observe(name) }

// ServiceByKey returns the service that sent records whose nameKey is key.
func (s *Store) ServiceByKey(key string) (string, bool) { return s.services.ByKey(key) }

// countNames counts in c the names body gives (at most maxNameCandidates,
// each once): a word shaped like a host or service name (nameShaped)
// that joins parts with '-', '_' or '.' ("ts-seat-service", "cart.api":
// counted whatever the services known so far, so the count does not depend
// on the order records arrive in), or a plain word that is the name of a
// service that sent records already ("payments"). Called with c's shard
// locked.
func (s *Store) countNames(c *cluster, body string) {
	set := s.services.m.Load()
	var seen [maxNameCandidates]string
	n := 0
	words(body, func(w string) {
		if n == maxNameCandidates || len(w) < 2 || len(w) > 63 {
			return
		}
		shaped, joined := nameShape(w)
		if !shaped || !joined && !set.has(w) {
			return
		}
		for _, x := range seen[:n] {
			if x == w {
				return
			}
		}
		seen[n] = w
		n++
		withNameKey(w, func(key string) { c.named.addKey(key, s.cfg.TopK, &c.replaced) })
	})
}

// nameShape reports whether every '-', '_' or '.' separated part of w
// begins with a letter (shaped), and whether w has such a separator
// (joined).
func nameShape(w string) (shaped, joined bool) {
	start := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == '-' || c == '_' || c == '.' {
			if start {
				return false, false
			}
			start, joined = true, true
			continue
		}
		if start && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false, false
		}
		start = false
	}
	if start {
		return false, false
	}
	return true, joined
}

// words calls yield with each run of name bytes of text (final dots
// trimmed).
func words(text string, yield func(string)) {
	for i := 0; i < len(text); {
		for i < len(text) && !nameBytes[text[i]] {
			i++
		}
		j := i
		for j < len(text) && nameBytes[text[j]] {
			j++
		}
		k := j
		for k > i && text[k-1] == '.' {
			k--
		}
		if k > i {
			yield(text[i:k])
		}
		i = j
	}
}

// nameBytes marks the bytes a host or service name is made of.
var nameBytes = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c == '-' || c == '_' || c == '.' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return t
}()
