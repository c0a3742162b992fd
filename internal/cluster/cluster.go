package cluster

import (
	"math"
	"strings"
	"sync/atomic"

	"github.com/axiomhq/hyperloglog"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/lineage"
	"github.com/otelcol-backlog/otelcol-backlog/internal/redact"
	"github.com/otelcol-backlog/otelcol-backlog/internal/textutil"
)

// Event is one fingerprinted log record or span, converted by the exporter
// shell. Strings are only referenced while Add runs; anything kept is copied.
type Event struct {
	Fingerprint   string
	Kind          string
	Template      string
	Service       string
	Operation     string
	Dependency    string
	ErrorType     string
	Release       string
	Environment   string
	Owner         string
	Journey       string
	JourneyWeight float64
	Severity      string
	User          string
	Tenant        string
	TraceID       [16]byte
	SpanID        [8]byte
	ParentSpanID  [8]byte
	// Time is the event time in unix nanoseconds.
	Time            int64
	LatencyExcessMs float64
	// LatencyBaselineMs is the baseline the latency excess was measured
	// against (0: unknown).
	LatencyBaselineMs float64
	// Body is the exemplar body (may be long; truncated when kept).
	Body string
	// Frames are the top in-app stack frames of the fingerprint, one per
	// line (kept from the first event that has them).
	Frames string
	// BusinessHours is +1 when the event fell in its tenant's or region's
	// working hours, -1 when outside, 0 when unknown.
	BusinessHours int8
	// Cause is the fingerprint of the failure that explains this one (the
	// processor's fingerprint.cause.id: the deepest failed span below this
	// failed span in its trace); "" when none.
	Cause string
}

// bucket is one slot of the trend ring.
type bucket struct {
	idx int64 // bucket number (time / width); slot is valid when it matches
	n   int64
}

// kv is one top-K counter slot.
type kv struct {
	key string
	n   int64
}

// topK is a bounded Space-Saving counter: when full, a new key replaces the
// smallest slot and inherits its count (an overestimate, never an omission of
// a heavy hitter).
type topK []kv

// add counts one record whose key is raw, as received. The counter keeps
// a key as keyText makes it (redacted and bounded, h127): a raw key the
// counter holds already is counted without redacting it again (a key
// that holds nothing to redact, nearly every one, is kept as received,
// and is met as such); another is made so first and counted under what
// it became, so a key's records written with two secrets count as one
// key.
func (t *topK) add(cfg *Config, raw string, limit int, replaced *int64) {
	if t.inc(raw) {
		return
	}
	key := keyText(cfg, raw)
	if key != raw && t.inc(key) {
		return
	}
	t.put(key, limit, replaced)
}

// addKey counts key as it is (a key that holds no text of a record: a
// hash, Store.countNames).
func (t *topK) addKey(key string, limit int, replaced *int64) {
	if !t.inc(key) {
		t.put(key, limit, replaced)
	}
}

// inc counts one more of key when the counter holds it.
func (t topK) inc(key string) bool {
	for i := range t {
		if t[i].key == key {
			t[i].n++
			return true
		}
	}
	return false
}

// put adds key, which the counter does not hold, with one record.
func (t *topK) put(key string, limit int, replaced *int64) {
	s := *t
	if len(s) < limit {
		*t = append(s, kv{key: strings.Clone(key), n: 1})
		return
	}
	mi := 0
	for i := range s {
		if s[i].n < s[mi].n {
			mi = i
		}
	}
	s[mi] = kv{key: strings.Clone(key), n: s[mi].n + 1}
	*replaced++
}

// kept is the key that add counts raw under: the counter's own when it
// holds raw (no redaction again), else keyText's (a copy).
func (t topK) kept(cfg *Config, raw string) string {
	for _, e := range t {
		if e.key == raw {
			return e.key
		}
	}
	return strings.Clone(keyText(cfg, raw))
}

// top returns the dominant key (backlog.Dominant: the highest count, ties:
// the smallest key).
func (t topK) top() string {
	return backlog.Dominant(func(yield func(string, int64) bool) {
		for _, e := range t {
			if !yield(e.key, e.n) {
				return
			}
		}
	})
}

func (t topK) asMap() map[string]int64 {
	if len(t) == 0 {
		return nil
	}
	m := make(map[string]int64, len(t))
	for _, e := range t {
		m[e.key] += e.n
	}
	return m
}

// exemplar is one kept occurrence.
type exemplar struct {
	Time    int64
	Body    string
	TraceID [16]byte
	SpanID  [8]byte
	Service string
}

// cluster is the aggregate of one fingerprint. Guarded by its shard's lock.
type cluster struct {
	// seq orders clusters by creation in this store (persisted): the
	// anchor of a problem is its oldest member by seq, so a new cluster,
	// whatever the event time it carries, never takes a problem's id.
	seq uint64
	// claim is the id of the problem this cluster was first a whole member
	// of while that problem was ticket-worthy (Store.Claim); claimOrd
	// orders claims (persisted, like seq). The problem id rule of Group.
	claim     string
	claimOrd  uint64
	fp        string
	hash      uint64
	kind      string
	template  string
	errorType string
	frames    string // top stack frames, one per line (redacted, bounded)

	count       int64
	first, last int64
	// unobservedAtLast is the store's unobserved time when last was set:
	// the time nobody watched since then is the store's now minus it.
	unobservedAtLast int64
	ring             []bucket
	lastBucket       int64
	windows          int64 // distinct buckets with events, lifetime

	users, tenants, traces *hyperloglog.Sketch
	// small caches the first distinct user/tenant hashes: repeats of a few
	// values skip the sparse sketch, whose re-inserts churn its temp set.
	smallUsers, smallTenants smallSet

	services, operations, deps, journeys, releases, envs, severity, owners topK
	// named counts the names a failing log cluster's records give
	// (Store.countNames), by nameKey (never the words): the callee such a
	// record names is resolved against the services of the system when
	// problems are built (Group).
	named topK

	latencyMs  float64
	baselineMs float64 // summed baselines of the events with an excess
	journeySum float64
	journeyMax float64
	// bizIn and bizKnown count events in business hours and events whose
	// business hours were known.
	bizIn, bizKnown int64

	exemplars []exemplar
	rng       uint64

	lastRelease  string
	newInRelease string

	resolved bool
	manual   bool // resolved by a human or tracker
	// linGap and linLatest date the lineage's trust in the store's
	// creation order (lineage.Member.OriginAt, LatestAt; trustedAt):
	// linGap is how many clusters were created between this one and the
	// trust of its first template, plus one (0 and MaxUint16: unknown),
	// linLatest the newest seq when it last trusted a template for the
	// first time (0: unknown, as past MaxInt32). Where the fields around
	// them left padding, so that a cluster keeps its size class.
	linGap      uint16
	linLatest   int32
	resolvedAt  int64
	regressedAt int64
	regressions int64

	lin lineage.Trust // the templates its records agreed on (Store.Lineage)
	// fam is set on a family's root (the cluster its family folds into)
	// at each Store.Lineage: eviction values the root as its family.
	fam *family

	replaced  int64 // top-K slots taken over by a new key
	truncated int64 // exemplar bodies cut at ExemplarBodyMax
}

func newCluster(ev *Event, h uint64, cfg *Config) *cluster {
	c := &cluster{
		fp:         strings.Clone(ev.Fingerprint),
		hash:       h,
		kind:       strings.Clone(keyText(cfg, ev.Kind)),
		template:   redactedCut(cfg, ev.Template, MaxText),
		errorType:  redactedCut(cfg, ev.ErrorType, MaxText),
		frames:     redactedFrames(cfg, ev.Frames),
		first:      ev.Time,
		last:       ev.Time,
		ring:       make([]bucket, cfg.Buckets),
		lastBucket: -1 << 62,
		exemplars:  make([]exemplar, 0, cfg.Exemplars),
		rng:        (h ^ cfg.Seed) | 1,
	}
	c.users = newSketch(cfg.HLLPrecision)
	c.tenants = newSketch(cfg.HLLPrecision)
	c.traces = newSketch(cfg.HLLPrecision)
	for i := range c.ring {
		c.ring[i].idx = -1
	}
	return c
}

func newSketch(p uint8) *hyperloglog.Sketch {
	sk, err := hyperloglog.NewSketch(p, true)
	if err != nil {
		return hyperloglog.New()
	}
	return sk
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// add folds one event into c. It returns true when the event was older than
// the trend ring (still counted, not in the trend).
// quietFor is how long c has been quiet at now in observed time: the time
// since its last event less the time nobody watched (Store.SetNowBefore).
func (c *cluster) quietFor(now, unobserved int64) int64 {
	return now - c.last - (unobserved - c.unobservedAtLast)
}

// trustedAt notes that c trusted a template for the first time when the
// store's newest cluster was seq's: a cluster created later was first
// seen after (lineage.Roots). A date is never earlier than the trust.
func (c *cluster) trustedAt(seq uint64) {
	c.linLatest = 0 // unknown past MaxInt32, never wrapped
	if seq <= math.MaxInt32 {
		c.linLatest = int32(seq)
	}
	if c.linGap == 0 && len(c.lin.Trusted) == 1 && c.lin.Origin == c.lin.Trusted[0] && seq >= c.seq {
		c.linGap = uint16(min(seq-c.seq, math.MaxUint16-1) + 1)
	}
}

// originAt is when c trusted its first template, in seq (0: unknown).
func (c *cluster) originAt() int64 {
	if c.linGap == 0 || c.linGap == math.MaxUint16 {
		return 0
	}
	return int64(c.seq) + int64(c.linGap) - 1
}

// restoreDates sets the dates a snapshot kept (originAt, linLatest; 0:
// unknown): one that cannot be kept exactly is unknown.
func (c *cluster) restoreDates(origin int64, latest int32) {
	if origin > 0 && uint64(origin) >= c.seq && c.lin.Origin != 0 {
		c.linGap = uint16(min(uint64(origin)-c.seq, math.MaxUint16-1) + 1)
	}
	c.linLatest = 0
	if latest > 0 && uint64(latest) >= c.seq { // never before the cluster
		c.linLatest = latest
	}
}

// boundDates makes a restored date past newest (the newest cluster the
// store holds) unknown: no store wrote it, and a store goes on numbering
// from newest, so a later date would read as after the clusters created
// next (h130).
func (c *cluster) boundDates(newest int64) {
	if c.originAt() > newest {
		c.linGap = 0
	}
	if int64(c.linLatest) > newest {
		c.linLatest = 0
	}
}

func (c *cluster) add(ev *Event, cfg *Config, width, before, unobserved int64, tick uint64, seq *atomic.Uint64) (late bool) {
	// Quiet for the quiet period, the cluster was resolved at its last
	// event (as Views shows it at any later now); this event regresses it,
	// provided the store's now before this batch (when known) had seen it
	// quiet that long in observed time (Store.SetNowBefore).
	quiet := int64(cfg.QuietPeriod)
	if !c.resolved && c.count > 0 && ev.Time-c.last >= quiet && (before == 0 || c.quietFor(before, unobserved) >= quiet) {
		c.resolved, c.resolvedAt = true, c.last
	}
	c.count++
	if c.kind == KindLog { // the miner's template; a span's is its fingerprint's
		c.lin.ObserveTick(tick)
		if c.lin.ObserveRecord(ev.Template, ev.Body, cfg.Lineage) {
			c.trustedAt(seq.Load())
		}
	}
	if c.frames == "" && ev.Frames != "" {
		c.frames = redactedFrames(cfg, ev.Frames)
	}
	if ev.Time < c.first {
		c.first = ev.Time
	}
	if ev.Time > c.last {
		c.last, c.unobservedAtLast = ev.Time, unobserved
	}
	if c.resolved && ev.Time > c.resolvedAt {
		c.resolved, c.manual = false, false
		c.regressedAt = ev.Time
		c.regressions++
	}

	b := floorDiv(ev.Time, width)
	slot := &c.ring[int(uint64(b)%uint64(len(c.ring)))]
	switch {
	case slot.idx == b:
		slot.n++
	case slot.idx < b:
		slot.idx, slot.n = b, 1
	default:
		late = true
	}
	if b > c.lastBucket {
		c.lastBucket = b
		c.windows++
	}

	if ev.User != "" {
		if h := hashString(ev.User); c.smallUsers.add(h) {
			c.users.InsertHash(h)
		}
	}
	if ev.Tenant != "" {
		if h := hashString(ev.Tenant); c.smallTenants.add(h) {
			c.tenants.InsertHash(h)
		}
	}
	if ev.TraceID != ([16]byte{}) {
		c.traces.InsertHash(hashTrace(&ev.TraceID))
	}

	k := cfg.TopK
	if ev.Service != "" {
		c.services.add(cfg, ev.Service, k, &c.replaced)
	}
	if ev.Operation != "" {
		c.operations.add(cfg, ev.Operation, k, &c.replaced)
	}
	if ev.Dependency != "" {
		c.deps.add(cfg, ev.Dependency, k, &c.replaced)
	}
	if ev.Journey != "" {
		c.journeys.add(cfg, ev.Journey, k, &c.replaced)
	}
	if ev.Release != "" {
		c.releases.add(cfg, ev.Release, k, &c.replaced)
	}
	if ev.Environment != "" {
		c.envs.add(cfg, ev.Environment, k, &c.replaced)
	}
	if ev.Severity != "" {
		c.severity.add(cfg, ev.Severity, k, &c.replaced)
	}
	if ev.Owner != "" {
		c.owners.add(cfg, ev.Owner, k, &c.replaced)
	}

	if ev.LatencyExcessMs > 0 {
		c.latencyMs += ev.LatencyExcessMs
		if ev.LatencyBaselineMs > 0 {
			c.baselineMs += ev.LatencyBaselineMs
		}
	}
	if ev.BusinessHours != 0 {
		c.bizKnown++
		if ev.BusinessHours > 0 {
			c.bizIn++
		}
	}
	w := ev.JourneyWeight
	if w <= 0 {
		w = 1
	}
	c.journeySum += w
	if w > c.journeyMax {
		c.journeyMax = w
	}

	// Reservoir sampling (Algorithm R) with a per-cluster deterministic RNG.
	if len(c.exemplars) < cap(c.exemplars) {
		c.exemplars = append(c.exemplars, c.makeExemplar(ev, cfg))
	} else if cap(c.exemplars) > 0 {
		if j := c.next() % uint64(c.count); j < uint64(len(c.exemplars)) {
			c.exemplars[j] = c.makeExemplar(ev, cfg)
		}
	}
	return late
}

// next is xorshift64*.
func (c *cluster) next() uint64 {
	x := c.rng
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	c.rng = x
	return x * 2685821657736338717
}

func (c *cluster) makeExemplar(ev *Event, cfg *Config) exemplar {
	if len(ev.Body) > cfg.ExemplarBodyMax {
		c.truncated++
	}
	return exemplar{
		Time:    ev.Time,
		Body:    redactedBody(cfg, ev.Body),
		TraceID: ev.TraceID,
		SpanID:  ev.SpanID,
		Service: redactedCut(cfg, ev.Service, MaxKey),
	}
}

// redacted is a copy of s, through cfg.Redact when set.
func redacted(cfg *Config, s string) string {
	if cfg.Redact == nil || s == "" {
		return strings.Clone(s)
	}
	return strings.Clone(cfg.Redact(s))
}

// maxFrames bounds the kept frames text.
const maxFrames = 2048

// redactedFrames is frames redacted and cut at maxFrames.
func redactedFrames(cfg *Config, frames string) string {
	if frames == "" {
		return ""
	}
	return redactedCut(cfg, frames, maxFrames)
}

// redactMargin is how far past ExemplarBodyMax a body is redacted before it
// is cut, so a secret that straddles the cut is still recognised whole.
const redactMargin = 512

// redactedBody is an exemplar body cut at ExemplarBodyMax, redacted first.
func redactedBody(cfg *Config, body string) string {
	return redactedCut(cfg, body, cfg.ExemplarBodyMax)
}

// MaxText bounds the template and error type a cluster keeps, MaxKey its
// kind and each top-K key (service, operation, dependency, journey,
// release, environment, severity, owner): a record that reaches the
// exporter without the processor (any OTLP sender) writes them as it
// likes, and one cluster per fingerprint would otherwise keep a
// request's worth of text each (h121's note). Real templates, type names
// and resource names are far shorter.
const (
	MaxText = 8192
	MaxKey  = 1024
)

// redactedCut is boundedText cloned: the template, error type, frames,
// exemplar body and service a cluster keeps.
func redactedCut(cfg *Config, s string, max int) string {
	return strings.Clone(boundedText(cfg, s, max))
}

// keyText is a kind, a top-K key or a release as kept: boundedText at
// MaxKey (the outputs redact it again). Until h127 a key up to MaxKey
// bytes was kept as received, so the stored snapshot held the secrets a
// service name or an owner carried. It may be s or a part of it: the
// caller clones what it keeps.
func keyText(cfg *Config, s string) string {
	return boundedText(cfg, s, MaxKey)
}

// boundedText is s redacted and cut at max bytes (at a rune boundary),
// every bounded text kept passing here. Only the first max+redactMargin
// bytes are redacted, so a secret that straddles the cut is still
// recognised whole. A cut text is redacted again: the cut can make a
// secret of what the redactor left whole ("4111111111111111x", a word, is
// no card; cut before the "x" it is one: h131's finding, closed by h133).
// The text kept is one the redactor leaves as it is; a text under max
// bytes is redacted once, as before. Redacting again may lengthen the
// text ("[REDACTED]" for a shorter secret), so it is cut and redacted
// until it no longer changes, a few rounds; a text still changing after
// them (made to) is kept as the redactor's marker alone.
func boundedText(cfg *Config, s string, max int) string {
	if cfg.Redact == nil || s == "" {
		return textutil.Truncate(s, max)
	}
	s = cfg.Redact(textutil.Truncate(s, max+redactMargin))
	for range 4 {
		if len(s) <= max {
			return s
		}
		c := textutil.Truncate(s, max)
		if s = cfg.Redact(c); s == c {
			return s
		}
	}
	if len(s) <= max {
		return s
	}
	return textutil.Truncate(redact.Mask, max)
}

// value is the cheap eviction value: count, journey weight and regressions,
// decayed by hours since last seen (relative to the shard's newest event).
func (c *cluster) value(now int64) float64 {
	return evictionValue(c.count, c.journeyMax, c.regressions, c.last, now)
}

func evictionValue(count int64, journeyMax float64, regressions, last, now int64) float64 {
	age := float64(now-last) / 3.6e12
	if age < 0 {
		age = 0
	}
	return float64(count) * journeyMax * float64(1+regressions) / (1 + age)
}

func cloneString(s string) string { return strings.Clone(s) }

// smallSet remembers up to 8 hashes exactly; past that it reports every
// value as new.
type smallSet struct {
	h [8]uint64
	n uint8
}

// add reports whether h must go to the sketch.
func (s *smallSet) add(h uint64) bool {
	if int(s.n) > len(s.h) {
		return true
	}
	for i := 0; i < int(s.n); i++ {
		if s.h[i] == h {
			return false
		}
	}
	if int(s.n) < len(s.h) {
		s.h[s.n] = h
	}
	s.n++
	return true
}
