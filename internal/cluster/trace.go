package cluster

import (
	"sort"
	"sync"
)

// spansPerTrace bounds the failing spans remembered per recent trace.
const spansPerTrace = 8

// KindLog is the fingerprint kind of log records.
const KindLog = "log"

// Link kinds.
const (
	// LinkCause: Parent's failing span has Child's failing span as a direct
	// child, so Child explains Parent; or, for log records of two services
	// in one trace, the earlier record explains the later one.
	LinkCause = "cause"
	// LinkTrace: both clusters occurred in the same trace (A < B).
	LinkTrace = "trace"
)

type spanEntry struct {
	span, parent [8]byte
	fp           string
	t            int64  // event time
	svc          uint64 // hash of the service; 0 for a span event
}

type traceSlot struct {
	id    [16]byte
	n     uint8
	spans [spansPerTrace]spanEntry
}

type linkKey struct {
	a, b  string
	cause bool
}

// traceShard is a direct-mapped window of recent traces plus the links seen.
type traceShard struct {
	mu    sync.Mutex
	slots []traceSlot
	links map[linkKey]int64
	// causes counts the cause links the events name themselves (Event.
	// Cause): the same evidence as a parent/child pair of the walk when
	// the cause is a direct child, so Links takes the larger of the two
	// counts per pair, never their sum.
	causes       map[linkKey]int64
	maxLinks     int
	evictions    int64
	dropped      int64
	linksDropped int64
	_            [40]byte
}

func (t *traceShard) init(slots, maxLinks int) {
	if slots < 1 {
		slots = 1
	}
	t.slots = make([]traceSlot, slots)
	t.links = make(map[linkKey]int64)
	t.causes = make(map[linkKey]int64)
	t.maxLinks = maxLinks
}

func (t *traceShard) add(ev *Event, h uint64, fp string) {
	var svc uint64
	if ev.Kind == KindLog && ev.ParentSpanID == ([8]byte{}) && ev.Service != "" {
		svc = hashString(ev.Service) | 1
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if ev.Cause != "" && ev.Cause != fp {
		// A failure explained by a failed span below it, however deep
		// (intermediate spans that did not fail, or were not kept in the
		// window, break the walk's parent/child pairs).
		k := linkKey{a: fp, b: ev.Cause, cause: true}
		if n, ok := t.causes[k]; ok || len(t.causes) < t.maxLinks {
			t.causes[k] = n + 1
		} else {
			t.linksDropped++
		}
	}
	s := &t.slots[(h>>8)%uint64(len(t.slots))]
	if s.id != ev.TraceID {
		if s.n > 0 {
			t.evictions++
		}
		s.id, s.n = ev.TraceID, 0
	}
	if ev.SpanID != ([8]byte{}) {
		for i := 0; i < int(s.n); i++ {
			if x := &s.spans[i]; x.fp == fp && x.span == ev.SpanID {
				// The same span seen again (an exporter's retry delivers
				// a batch twice): no link counted again, whatever came
				// between.
				return
			}
		}
	}
	for i := 0; i < int(s.n); i++ {
		x := &s.spans[i]
		if x.fp == fp {
			if x.span == ev.SpanID {
				return // kept once in its trace
			}
			continue
		}
		switch {
		case x.span == ev.ParentSpanID:
			t.link(linkKey{a: x.fp, b: fp, cause: true})
		case x.parent == ev.SpanID:
			t.link(linkKey{a: fp, b: x.fp, cause: true})
		case svc != 0 && x.svc != 0 && svc != x.svc && x.t < ev.Time:
			// Log records of two services in one trace: a caller logs its
			// failure after its callee's failure came back, so the
			// earlier record explains the later one.
			t.link(linkKey{a: fp, b: x.fp, cause: true})
		case svc != 0 && x.svc != 0 && svc != x.svc && ev.Time < x.t:
			t.link(linkKey{a: x.fp, b: fp, cause: true})
		case x.fp < fp:
			t.link(linkKey{a: x.fp, b: fp})
		default:
			t.link(linkKey{a: fp, b: x.fp})
		}
	}
	if int(s.n) >= spansPerTrace {
		t.dropped++
		return
	}
	s.spans[s.n] = spanEntry{span: ev.SpanID, parent: ev.ParentSpanID, fp: fp, t: ev.Time, svc: svc}
	s.n++
}

func (t *traceShard) link(k linkKey) {
	if len(t.links) < t.maxLinks {
		t.links[k]++ // one map operation, known link or new
		return
	}
	if _, ok := t.links[k]; ok {
		t.links[k]++
		return
	}
	t.linksDropped++
}

// Link is an observed relation between two clusters.
type Link struct {
	// For LinkCause, A is the parent (explained) and B the child (cause);
	// for LinkTrace, A < B.
	A, B  string
	Kind  string
	Count int64
}

// Links returns every recorded link, summed over shards, sorted. A link
// both found by the trace walk and named by the events themselves counts
// the larger of the two, never their sum.
func (s *Store) Links() []Link {
	walk, own := s.sumLinks()
	for k, n := range own {
		walk[k] = max(walk[k], n)
	}
	return linkList(walk)
}

// linkParts returns the walk's links and the links the events name
// themselves (Event.Cause) apart, summed over shards and sorted: the
// snapshot's form, from which Links' merge is computed again after a
// restore.
func (s *Store) linkParts() (walk, causes []Link) {
	w, own := s.sumLinks()
	return linkList(w), linkList(own)
}

// sumLinks sums the walk's links and the events' own cause links over
// the shards.
func (s *Store) sumLinks() (walk, own map[linkKey]int64) {
	walk, own = map[linkKey]int64{}, map[linkKey]int64{}
	for i := range s.traces {
		t := &s.traces[i]
		t.mu.Lock()
		for k, n := range t.links {
			walk[k] += n
		}
		for k, n := range t.causes {
			own[k] += n
		}
		t.mu.Unlock()
	}
	return walk, own
}

// linkList is m as sorted links.
func linkList(m map[linkKey]int64) []Link {
	out := make([]Link, 0, len(m))
	for k, n := range m {
		kind := LinkTrace
		if k.cause {
			kind = LinkCause
		}
		out = append(out, Link{A: k.a, B: k.b, Kind: kind, Count: n})
	}
	sortLinks(out)
	return out
}

func sortLinks(l []Link) {
	sort.Slice(l, func(i, j int) bool {
		if l[i].A != l[j].A {
			return l[i].A < l[j].A
		}
		if l[i].B != l[j].B {
			return l[i].B < l[j].B
		}
		return l[i].Kind < l[j].Kind
	})
}
