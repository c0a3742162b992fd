package cluster

import (
	"sync"
	"sync/atomic"
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
	first          [256]bool
	minLen, maxLen int
}

// Observe adds a service that sent records.
func (s *Services) Observe(name string) {
	if name == "" || len(name) > 253 {
		return
	}
	if known(s.m.Load(), name) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.m.Load()
	if known(old, name) {
		return
	}
	next := &serviceSet{names: map[string]string{}, minLen: len(name), maxLen: len(name)}
	if old != nil {
		next.names = make(map[string]string, len(old.names)+1)
		for k, v := range old.names {
			next.names[k] = v
		}
		next.first, next.minLen, next.maxLen = old.first, min(old.minLen, len(name)), max(old.maxLen, len(name))
	}
	name = cloneString(name) // no reference to a record's memory
	next.names[name] = name
	next.first[name[0]] = true
	s.m.Store(next)
}

// known reports whether name is in set, or the set is full (nothing more
// is learnt).
func known(set *serviceSet, name string) bool {
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

// Named returns the one known service other than own that body names as a
// whole token, or "" when it names none or several. A token is a run of
// the bytes a host or service name is made of (letters, digits, '-', '_',
// '.'), a sentence's final dots trimmed: "No instances available for
// payments", "dial tcp payments:8080: connection refused" and
// "http://payments/api" all name payments. The name returned is the set's
// own string, never a slice of body.
func (s *Services) Named(body, own string) string {
	set := s.m.Load()
	if set == nil {
		return ""
	}
	found := ""
	for i := 0; i < len(body); {
		for i < len(body) && !nameByte(body[i]) {
			i++
		}
		j := i
		for j < len(body) && nameByte(body[j]) {
			j++
		}
		k := j
		for k > i && body[k-1] == '.' {
			k--
		}
		if n := k - i; n >= set.minLen && n <= set.maxLen && set.first[body[i]] && body[i:k] != own {
			if name, ok := set.names[body[i:k]]; ok {
				if found != "" && found != name {
					return ""
				}
				found = name
			}
		}
		i = j
	}
	return found
}

func nameByte(c byte) bool { return nameBytes[c] }

// nameBytes marks the bytes a host or service name is made of.
var nameBytes = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c == '-' || c == '_' || c == '.' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return t
}()
