package enrich

import (
	"sync"
	"sync/atomic"
)

// TraceID is a W3C trace id.
type TraceID [16]byte

// Journey is a user journey and its criticality weight.
type Journey struct {
	Name        string
	Criticality float64
}

const traceShards = 16

// TraceJourneys remembers the journey of recently seen traces so that logs
// of a trace get the journey of its spans. It is a sharded LRU bounded by
// its capacity, counts evictions, is safe for concurrent use and does not
// allocate in steady state. Its memory grows with use up to the capacity
// (none when no journey is ever put, as without journey rules).
type TraceJourneys struct {
	shards    [traceShards]journeyShard
	evictions atomic.Uint64
}

type journeyShard struct {
	mu    sync.Mutex
	index map[TraceID]int32 // nil until the first Put
	nodes []journeyNode
	max   int   // capacity of the shard
	head  int32 // most recently used, -1 when empty
	tail  int32 // least recently used
	_     [32]byte
}

type journeyNode struct {
	id         TraceID
	j          Journey
	prev, next int32
}

// NewTraceJourneys returns a memory of at most capacity traces (rounded up
// to a multiple of 16); capacity <= 0 means DefaultTraceJourneyCapacity.
func NewTraceJourneys(capacity int) *TraceJourneys {
	if capacity <= 0 {
		capacity = DefaultTraceJourneyCapacity
	}
	per := (capacity + traceShards - 1) / traceShards
	t := &TraceJourneys{}
	for i := range t.shards {
		s := &t.shards[i]
		s.max = per
		s.head, s.tail = -1, -1
	}
	return t
}

func (t *TraceJourneys) shard(id TraceID) *journeyShard {
	// Trace ids are random; their last byte spreads well.
	return &t.shards[id[15]%traceShards]
}

// Put records that trace id belongs to journey j, replacing an earlier
// journey of the same trace, and evicts the least recently used trace of
// the shard when full.
func (t *TraceJourneys) Put(id TraceID, j Journey) {
	s := t.shard(id)
	s.mu.Lock()
	if i, ok := s.index[id]; ok {
		s.nodes[i].j = j
		s.moveFront(i)
		s.mu.Unlock()
		return
	}
	if s.index == nil {
		s.index = map[TraceID]int32{}
	}
	var i int32
	if len(s.nodes) < s.max {
		i = int32(len(s.nodes))
		s.nodes = append(s.nodes, journeyNode{})
	} else {
		i = s.tail
		s.unlink(i)
		delete(s.index, s.nodes[i].id)
		t.evictions.Add(1)
	}
	s.nodes[i] = journeyNode{id: id, j: j, prev: -1, next: -1}
	s.index[id] = i
	s.pushFront(i)
	s.mu.Unlock()
}

// Get returns the journey of trace id and marks it recently used.
func (t *TraceJourneys) Get(id TraceID) (Journey, bool) {
	s := t.shard(id)
	s.mu.Lock()
	i, ok := s.index[id]
	if !ok {
		s.mu.Unlock()
		return Journey{}, false
	}
	s.moveFront(i)
	j := s.nodes[i].j
	s.mu.Unlock()
	return j, true
}

// Len returns the number of traces remembered.
func (t *TraceJourneys) Len() int {
	n := 0
	for i := range t.shards {
		s := &t.shards[i]
		s.mu.Lock()
		n += len(s.index)
		s.mu.Unlock()
	}
	return n
}

// Evictions returns how many traces were evicted to stay within capacity.
func (t *TraceJourneys) Evictions() uint64 { return t.evictions.Load() }

func (s *journeyShard) unlink(i int32) {
	n := &s.nodes[i]
	if n.prev >= 0 {
		s.nodes[n.prev].next = n.next
	} else {
		s.head = n.next
	}
	if n.next >= 0 {
		s.nodes[n.next].prev = n.prev
	} else {
		s.tail = n.prev
	}
	n.prev, n.next = -1, -1
}

func (s *journeyShard) pushFront(i int32) {
	n := &s.nodes[i]
	n.prev, n.next = -1, s.head
	if s.head >= 0 {
		s.nodes[s.head].prev = i
	}
	s.head = i
	if s.tail < 0 {
		s.tail = i
	}
}

func (s *journeyShard) moveFront(i int32) {
	if s.head == i {
		return
	}
	s.unlink(i)
	s.pushFront(i)
}
