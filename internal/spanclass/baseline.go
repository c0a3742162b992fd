package spanclass // import "github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"

import (
	"sync"

	"github.com/DataDog/sketches-go/ddsketch"
	"github.com/DataDog/sketches-go/ddsketch/mapping"
	"github.com/DataDog/sketches-go/ddsketch/store"
	"github.com/cespare/xxhash/v2"
)

const numShards = 16

// Baseline kinds: the duration of a span, the gap between a client span
// and the server span it called (network, queueing, connection setup), or
// an entry span's self time.
const (
	bkSpan uint8 = iota
	bkGap
	bkSelf // the self time of an entry span (saturation.go)
)

type bkey struct {
	service, operation, dependency string
	kind                           uint8 // span kind, or 0x80|bkGap for gaps
}

// baseline is the streaming latency distribution of one key, in ms.
type baseline struct {
	key        bkey
	hash       uint64    // hashOf(key): its shard and its chain in the shard's map
	sameHash   *baseline // the next baseline of the shard with the same hash
	sk         *ddsketch.DDSketch
	n          float64 // sk.GetCount(), kept with every change of sk (count)
	p50, p99   float64
	p90        float64 // self-time baselines only (saturation.go)
	stale      int     // adds since the quantiles were cached
	passed     uint    // adds past learnFrom (one in learnEvery is learned)
	threshold  int     // index into Config.Thresholds, -1 none
	prev, next *baseline
}

// shard maps the full 64-bit hash that chose the shard (hashOf) to a
// chain of baselines, so a key's text is hashed once per lookup (for its
// shard and its map entry together) and compared only with the keys of
// its hash: a lookup by bkey hashed the three strings a second time.
type shard struct {
	mu   sync.Mutex
	m    map[uint64]*baseline
	n    int       // baselines in m
	head *baseline // most recently used
	tail *baseline
	max  int
	free *baseline // one evicted baseline kept for reuse

	evictions uint64
}

type store_ struct {
	shards  [numShards]shard
	mapping mapping.IndexMapping
	maxBins int
}

func newStore(cfg *Config) (*store_, error) {
	m, err := mapping.NewLogarithmicMapping(cfg.RelativeAccuracy)
	if err != nil {
		return nil, err
	}
	s := &store_{mapping: m, maxBins: cfg.MaxBins}
	per := (cfg.MaxBaselines + numShards - 1) / numShards
	for i := range s.shards {
		s.shards[i].m = make(map[uint64]*baseline)
		s.shards[i].max = per
	}
	return s, nil
}

func (s *store_) newSketch() *ddsketch.DDSketch {
	return ddsketch.NewDDSketch(s.mapping,
		store.NewCollapsingLowestDenseStore(s.maxBins),
		store.NewCollapsingLowestDenseStore(16)) // durations are never negative
}

func hashOf(k *bkey) uint64 {
	return keyHash(strHash(k.service)^strHash(k.operation)*31, strHash(k.dependency), k.kind)
}

// A key's hash is composed of its strings' hashes, so that the keys of one
// span, which share their strings (the span's own, its gap's edge, its
// self time: the same service and operation, the same dependency or none),
// hash each string once per span, not once per key: keyHash(so, dep, kind)
// with so = strHash(service)^strHash(operation)*31 and dep =
// strHash(dependency) is hashOf (TestKeyHashLikeHashOf).
func keyHash(so, dep uint64, kind uint8) uint64 { return so ^ dep*17 ^ uint64(kind) }

// emptyHash is xxhash of "" (the dependency of every inbound span, the
// service and operation of the gaps' callee and global keys).
var emptyHash = xxhash.Sum64String("")

// emptySO is the so of a key without service and operation.
var emptySO = emptyHash ^ emptyHash*31

func strHash(s string) uint64 {
	if s == "" {
		return emptyHash
	}
	return xxhash.Sum64String(s)
}

// shardOf returns k's shard and hashOf(k), which get takes.
func (s *store_) shardOf(k *bkey) (*shard, uint64) {
	h := hashOf(k)
	return &s.shards[h%numShards], h
}

// shardAt returns the shard of a key whose hashOf is h.
func (s *store_) shardAt(h uint64) *shard { return &s.shards[h%numShards] }

// get returns the baseline of k (h: hashOf(k)), creating (and evicting)
// as needed. The shard's lock must be held. created reports a fresh
// baseline, whose threshold the caller resolves.
func (sh *shard) get(s *store_, k *bkey, h uint64) (b *baseline, created bool) {
	for b = sh.m[h]; b != nil; b = b.sameHash {
		if b.key == *k {
			sh.touch(b)
			return b, false
		}
	}
	if sh.n >= sh.max && sh.tail != nil {
		old := sh.tail
		sh.unlink(old)
		sh.remove(old)
		sh.evictions++
		old.sk.Clear()
		sh.free = old
	}
	if sh.free != nil {
		b, sh.free = sh.free, nil
		*b = baseline{sk: b.sk}
	} else {
		b = &baseline{sk: s.newSketch()}
	}
	b.key = bkey{
		service:    cloneStr(k.service),
		operation:  cloneStr(k.operation),
		dependency: cloneStr(k.dependency),
		kind:       k.kind,
	}
	b.threshold = -1
	b.hash, b.sameHash = h, sh.m[h]
	sh.m[h] = b
	sh.n++
	sh.pushFront(b)
	return b, true
}

// remove takes b out of the shard's map (not out of the recency list).
func (sh *shard) remove(b *baseline) {
	p := sh.m[b.hash]
	switch {
	case p == b && b.sameHash == nil:
		delete(sh.m, b.hash)
	case p == b:
		sh.m[b.hash] = b.sameHash
	default:
		for p.sameHash != b {
			p = p.sameHash
		}
		p.sameHash = b.sameHash
	}
	b.sameHash = nil
	sh.n--
}

// cloneStr copies s so that a baseline key never pins a caller's buffer.
func cloneStr(s string) string {
	if s == "" {
		return ""
	}
	return string(append(make([]byte, 0, len(s)), s...))
}

func (sh *shard) touch(b *baseline) {
	if sh.head == b {
		return
	}
	sh.unlink(b)
	sh.pushFront(b)
}

func (sh *shard) unlink(b *baseline) {
	if b.prev != nil {
		b.prev.next = b.next
	} else {
		sh.head = b.next
	}
	if b.next != nil {
		b.next.prev = b.prev
	} else {
		sh.tail = b.prev
	}
	b.prev, b.next = nil, nil
}

func (sh *shard) pushFront(b *baseline) {
	b.next = sh.head
	if sh.head != nil {
		sh.head.prev = b
	}
	sh.head = b
	if sh.tail == nil {
		sh.tail = b
	}
}

// refreshEvery is how many adds may pass before cached quantiles are
// recomputed (a quantile query walks the sketch's bins).
const refreshEvery = 8

// count is the sketch's count (its weight), read from the baseline: a
// span past learnFrom that is not learned (seven in eight) then touches
// neither the sketch nor its stores, each an object of its own in memory,
// where GetCount was the sketch's first read for every judged span.
func (b *baseline) count() float64 { return b.n }

// quantiles returns the cached p50 and p99 (refreshed every refreshEvery
// adds, so they may lag the sketch by a few spans).
func (b *baseline) quantiles() (p50, p99 float64) {
	if b.p50 == 0 || b.stale >= refreshEvery {
		b.refresh()
	}
	return b.p50, b.p99
}

func (b *baseline) refresh() {
	b.stale = 0
	if b.sk.IsEmpty() {
		b.p50, b.p90, b.p99 = 0, 0, 0
		return
	}
	b.p50, _ = b.sk.GetValueAtQuantile(0.5)
	b.p99, _ = b.sk.GetValueAtQuantile(0.99)
	if b.key.kind == 0x80|bkSelf {
		b.p90, _ = b.sk.GetValueAtQuantile(0.9)
	}
}

// selfQuantiles returns the cached p50 and p90 of a self-time baseline.
func (b *baseline) selfQuantiles() (p50, p90 float64) {
	if b.p50 == 0 || b.stale >= refreshEvery {
		b.refresh()
	}
	return b.p50, b.p90
}

// A baseline that holds learnFrom weight (with the default DecayCount of
// 2,000 it never falls below it again: a decay halves 2,000 to 1,000)
// learns one span in learnEvery, every learnEvery-th of its own, with
// learnEvery times its weight: the same weight per span on average, and
// the same window (the decay counts weight), for an eighth of the sketch
// adds and quantile refreshes. Which span is learned follows the
// baseline's own stream, not anything a span carries (an id a sender
// picks), so no span weighs more than learnEvery of the baseline's
// 1,000-2,000, and a slow one learnEvery times OutlierWeight.
const (
	learnFrom  = 1000
	learnEvery = 8
)

// add records a duration with a weight, decaying old weight past
// decayCount; past learnFrom, one call in learnEvery (see above).
func (b *baseline) add(ms, weight, decayCount float64) {
	if ms <= 0 || weight <= 0 {
		return
	}
	if b.n >= learnFrom {
		if b.passed++; b.passed%learnEvery != 0 {
			return
		}
		weight *= learnEvery
	}
	_ = b.sk.AddWithCount(ms, weight)
	if b.n = b.sk.GetCount(); b.n > decayCount {
		_ = b.sk.Reweight(0.5)
		b.n = b.sk.GetCount()
	}
	b.stale++
	if b.stale >= refreshEvery {
		b.refresh()
	}
}
