// Package spanclass classifies the spans of a batch as errors, latency
// outliers or retries, and prepares the inputs of their fingerprints.
//
// Latency is judged per (service, operation, dependency, span kind) against a
// streaming DDSketch baseline, before the span is added to it (a fault must
// not judge itself), and slow spans enter their baseline with a small weight
// so that a fault does not quickly become the new normal. The excess of a
// slow span is attributed bottom-up within the batch: a span whose excess is
// explained by slow descendants is marked Propagated, so one slow leaf does
// not blame every ancestor. A client span whose server child is in the batch
// is split into the child's duration and the gap around it (network,
// queueing, connection setup), which has its own baselines; a slow gap is
// attributed to the callee, or to the caller when the caller's other
// outbound gaps are slow too (see Class.Network). A slow span that ran
// alongside a slow sibling for most of its time (asynchronous
// instrumentation that records the waiting span as the call's sibling) is
// explained by that sibling.
//
// Per batch, Classify allocates nothing in steady state: working arrays are
// pooled, baselines are sharded by key under short mutexes.
package spanclass // import "github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"

import (
	"errors"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cespare/xxhash/v2"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/textutil"
)

// OTel span kinds (the values of the OTLP SpanKind enum).
const (
	SpanKindUnspecified = 0
	SpanKindInternal    = 1
	SpanKindServer      = 2
	SpanKindClient      = 3
	SpanKindProducer    = 4
	SpanKindConsumer    = 5
)

// Exception is the content of a span's first "exception" event.
type Exception struct {
	Type, Message, Stacktrace string
}

// Span is the input the processor fills from pdata. Strings are only read
// during Classify (baseline keys are copied).
type Span struct {
	TraceID              [16]byte
	SpanID, ParentSpanID [8]byte
	Service              string // resource service.name
	Name                 string
	Route                string // http.route, if any
	Kind                 int    // OTel span kind
	Start, End           int64  // unix nanos
	StatusError          bool
	StatusMessage        string
	ErrorType            string // error.type attribute, if any
	Exception            Exception
	// Dependency is the first of server.address, peer.service,
	// db.system.name, rpc.service, messaging.destination.name.
	Dependency  string
	ResendCount int // http.request.resend_count
}

// Class is the verdict on one span.
type Class struct {
	// Kind is "" (nothing to report), attrs.KindError, KindLatency or KindRetry.
	Kind string
	// Service is the service the finding is attributed to: the span's own
	// service, or the callee for a network (gap) latency.
	Service string
	// Operation is the normalized operation: the route, else the masked name.
	Operation  string
	Dependency string
	ErrorType  string
	Message    string
	// ExcessMs is the excess over the baseline that this span is blamed for:
	// the excess not explained by slow descendants for a cause, the whole
	// excess for a Propagated span.
	ExcessMs   float64
	BaselineMs float64 // p50 of the baseline, or the configured budget
	RetryCount int
	// Propagated marks a latency span whose excess is explained by slow
	// descendants: it is a symptom, not a cause.
	Propagated bool
	// Network marks a latency found in the gap between a client span and
	// its server child: time spent outside the callee's handler (network,
	// queueing, connection pools). Service is the callee by default (a
	// delayed link or an overloaded ingress most often sits there), or the
	// caller when the caller's gaps to other callees are clearly slow too
	// (a starved or delayed caller); Dependency is always the callee.
	Network bool
}

// Stats are cumulative counters.
type Stats struct {
	Spans             uint64
	Errors            uint64
	Latency           uint64 // latency causes (not propagated)
	LatencyPropagated uint64
	Network           uint64 // latency causes found in client/server gaps
	Retries           uint64
	WarmingUp         uint64 // spans not judged: baseline below MinSamples
	Baselines         int
	BaselineEvictions uint64
	// Malformed input, counted and classified without latency judgement.
	MissingSpanID       uint64
	DuplicateSpanID     uint64
	NonPositiveDuration uint64
	ParentCycles        uint64 // spans in or above a parent-link cycle
	Truncated           uint64 // strings cut to MaxKeyLen
	ShortOutput         uint64 // spans left unclassified: len(out) < len(batch)
	EndpointReset       uint64 // endpoint gap statistics dropped at MaxBaselines services
	OperationCacheReset uint64
}

// Classifier is safe for concurrent use.
type Classifier struct {
	cfg   Config
	mask  func(string) string
	st    *store_
	ops   [numShards]opShard
	eps   endpoints
	thrMs []float64
	pool  sync.Pool

	minExcessMs float64

	spans, errs, lat, latProp, network, retries, warming             atomic.Uint64
	missingID, dupID, nonPos, cycles, trunc, short, opReset, epReset atomic.Uint64
}

type opShard struct {
	mu sync.Mutex
	m  map[string]string
}

// New returns a Classifier; zero Config fields take their defaults.
func New(cfg Config) (*Classifier, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	st, err := newStore(&cfg)
	if err != nil {
		return nil, errors.New("relative_accuracy: " + err.Error())
	}
	c := &Classifier{cfg: cfg, st: st, mask: cfg.Mask, minExcessMs: float64(cfg.MinExcess) / 1e6}
	if c.mask == nil {
		c.mask = DefaultMask
	}
	c.thrMs = make([]float64, len(cfg.Thresholds))
	for i, t := range cfg.Thresholds {
		c.thrMs[i] = float64(t.Max) / 1e6
	}
	for i := range c.ops {
		c.ops[i].m = make(map[string]string)
	}
	c.eps.m = make(map[string]*endpoint)
	c.eps.edges = make(map[edgeKey]*edge)
	c.pool.New = func() any { return &scratch{idx: make(map[spanKey]int32)} }
	return c, nil
}

// Stats returns a snapshot of the counters.
func (c *Classifier) Stats() Stats {
	s := Stats{
		Spans: c.spans.Load(), Errors: c.errs.Load(), Latency: c.lat.Load(),
		LatencyPropagated: c.latProp.Load(), Network: c.network.Load(),
		Retries: c.retries.Load(), WarmingUp: c.warming.Load(),
		MissingSpanID: c.missingID.Load(), DuplicateSpanID: c.dupID.Load(),
		NonPositiveDuration: c.nonPos.Load(), ParentCycles: c.cycles.Load(),
		Truncated:   c.trunc.Load(),
		ShortOutput: c.short.Load(), OperationCacheReset: c.opReset.Load(),
		EndpointReset: c.epReset.Load(),
	}
	for i := range c.st.shards {
		sh := &c.st.shards[i]
		sh.mu.Lock()
		s.Baselines += len(sh.m)
		s.BaselineEvictions += sh.evictions
		sh.mu.Unlock()
	}
	return s
}

type spanKey struct {
	trace [16]byte
	span  [8]byte
}

const (
	fKnown uint8 = 1 << iota
	fSlow
	fGapSlow
	fBadDuration
	fError
	fGapKnown
	fBlameCaller
)

// scratch holds the per-batch working arrays, pooled so that steady-state
// batches allocate nothing.
type scratch struct {
	idx                          map[spanKey]int32
	parent, serverChild, depth   []int32
	order, cand                  []int32
	firstChild, nextSibling      []int32
	ops, deps                    []string
	excess, base, gapEx, gapBase []float64
	explained, carry             []float64
	flags                        []uint8
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func (s *scratch) reset(n int) {
	clear(s.idx)
	s.parent = grow(s.parent, n)
	s.serverChild = grow(s.serverChild, n)
	s.depth = grow(s.depth, n)
	s.order = grow(s.order, n)
	s.firstChild = grow(s.firstChild, n)
	s.nextSibling = grow(s.nextSibling, n)
	s.ops = grow(s.ops, n)
	s.deps = grow(s.deps, n)
	s.excess = grow(s.excess, n)
	s.base = grow(s.base, n)
	s.gapEx = grow(s.gapEx, n)
	s.gapBase = grow(s.gapBase, n)
	s.explained = grow(s.explained, n)
	s.carry = grow(s.carry, n)
	s.flags = grow(s.flags, n)
	clear(s.explained)
	clear(s.flags)
	clear(s.ops) // drop references to the previous batch's strings on return
	clear(s.deps)
}

func (s *scratch) release() {
	clear(s.ops)
	clear(s.deps)
	clear(s.idx)
}

// Classify classifies batch[i] into out[i]. The batch is the spans of one
// ConsumeTraces call: parent/child comparisons happen within it. out must be
// at least as long as batch; spans beyond len(out) are skipped and counted.
func (c *Classifier) Classify(batch []Span, out []Class) {
	n := len(batch)
	if len(out) < n {
		c.short.Add(uint64(n - len(out)))
		n = len(out)
	}
	if n == 0 {
		return
	}
	batch, out = batch[:n], out[:n]
	s := c.pool.Get().(*scratch)
	s.reset(n)
	defer func() { s.release(); c.pool.Put(s) }()

	var missing, dup, nonPos, trunc uint64

	// Index spans and link parents and server children.
	for i := range batch {
		sp := &batch[i]
		if sp.SpanID == ([8]byte{}) {
			missing++
			continue
		}
		k := spanKey{sp.TraceID, sp.SpanID}
		if _, ok := s.idx[k]; ok {
			dup++
			continue
		}
		s.idx[k] = int32(i)
	}
	for i := range batch {
		sp := &batch[i]
		s.parent[i], s.serverChild[i] = -1, -1
		if sp.ParentSpanID == ([8]byte{}) {
			continue
		}
		if p, ok := s.idx[spanKey{sp.TraceID, sp.ParentSpanID}]; ok && int(p) != i {
			s.parent[i] = p
		}
	}
	for i := range batch {
		s.firstChild[i], s.nextSibling[i] = -1, -1
	}
	for i := len(batch) - 1; i >= 0; i-- {
		if p := s.parent[i]; p >= 0 {
			s.nextSibling[i] = s.firstChild[p]
			s.firstChild[p] = int32(i)
		}
	}
	for i := range batch {
		p := s.parent[i]
		if p >= 0 && batch[i].Kind == SpanKindServer && batch[p].Kind == SpanKindClient && s.serverChild[p] < 0 {
			s.serverChild[p] = int32(i)
		}
	}

	// Operations and dependencies.
	for i := range batch {
		sp := &batch[i]
		var t bool
		if sp.Route != "" {
			s.ops[i], t = c.truncate(sp.Route)
		} else {
			s.ops[i], t = c.truncate(c.operation(sp.Name))
		}
		if t {
			trunc++
		}
		if isOutbound(sp.Kind) {
			d := sp.Dependency
			if d == "" && s.serverChild[i] >= 0 {
				d = batch[s.serverChild[i]].Service
			}
			if s.deps[i], t = c.truncate(d); t {
				trunc++
			}
		} else {
			s.deps[i] = ""
		}
		if isError(sp) {
			s.flags[i] |= fError
		}
	}

	// Judge latency against baselines, then learn.
	var warming uint64
	for i := range batch {
		sp := &batch[i]
		if sp.End <= sp.Start {
			s.flags[i] |= fBadDuration
			nonPos++
			continue
		}
		ms := float64(sp.End-sp.Start) / 1e6
		svc, t := c.truncate(sp.Service)
		if t {
			trunc++
		}
		k := bkey{service: svc, operation: s.ops[i], dependency: s.deps[i], kind: uint8(sp.Kind)}
		w := 1.0
		if s.flags[i]&fError != 0 {
			w = c.cfg.OutlierWeight // failures are often fast: keep them out
		}
		ex, base, known, slow := c.judge(&k, ms, w)
		if !known {
			warming++
		}
		s.excess[i], s.base[i] = ex, base
		if known {
			s.flags[i] |= fKnown
		}
		if slow {
			s.flags[i] |= fSlow
		}
		if ch := s.serverChild[i]; ch >= 0 {
			cs := &batch[ch]
			if cs.End > cs.Start && cs.End-cs.Start <= sp.End-sp.Start {
				gap := ms - float64(cs.End-cs.Start)/1e6
				gex, gbase, gknown, gslow := c.judgeGap(svc, s.ops[i], s.deps[i], gap)
				if gknown {
					s.flags[i] |= fGapKnown
				}
				if gknown && gslow {
					s.flags[i] |= fGapSlow
					s.gapEx[i], s.gapBase[i] = gex, gbase
				}
			}
		}
	}

	c.order(batch, s)
	c.gapEndpoints(batch, s)

	// Bottom-up: how much of each span's excess its descendants explain.
	for _, i := range s.order {
		f := s.flags[i]
		e := s.explained[i]
		if f&fGapSlow != 0 {
			e += s.gapEx[i]
		}
		s.explained[i] = e
		var cr float64
		switch {
		case f&fSlow != 0:
			cr = s.excess[i]
		case f&fKnown != 0:
			cr = math.Min(e, math.Max(0, s.excess[i]))
		default:
			cr = e
		}
		s.carry[i] = cr
		if p := s.parent[i]; p >= 0 {
			s.explained[p] += cr
		}
	}

	// Verdicts.
	var nErr, nLat, nProp, nNet uint64
	frac := c.cfg.ExplainedFraction
	for i := range batch {
		sp := &batch[i]
		f := s.flags[i]
		cl := &out[i]
		*cl = Class{}
		switch {
		case f&fError != 0:
			*cl = Class{Kind: attrs.KindError, Service: sp.Service, Operation: s.ops[i], Dependency: s.deps[i]}
			cl.ErrorType, cl.Message = errorOf(sp)
		case sp.ResendCount > 0:
			*cl = Class{Kind: attrs.KindRetry, Service: sp.Service, Operation: s.ops[i], Dependency: s.deps[i], RetryCount: sp.ResendCount}
		case f&fGapSlow != 0 && (s.serverChild[i] < 0 || s.gapEx[i] >= s.carry[s.serverChild[i]]):
			callee := batch[s.serverChild[i]].Service
			blamed := callee
			if f&fBlameCaller != 0 {
				blamed = sp.Service
			}
			*cl = Class{Kind: attrs.KindLatency, Service: blamed, Operation: s.ops[i], Dependency: callee,
				ExcessMs: s.gapEx[i], BaselineMs: s.gapBase[i], Network: true}
		case f&fSlow != 0:
			*cl = Class{Kind: attrs.KindLatency, Service: sp.Service, Operation: s.ops[i], Dependency: s.deps[i],
				ExcessMs: s.excess[i], BaselineMs: s.base[i]}
			e := s.explained[i]
			if e < frac*s.excess[i] {
				e += c.siblingExplained(batch, s, int32(i))
			}
			if e >= frac*s.excess[i] {
				cl.Propagated = true
			} else {
				cl.ExcessMs -= e
			}
		}
	}

	c.retryGroups(batch, out, s)
	var nRetry uint64
	for i := range out {
		switch cl := &out[i]; {
		case cl.Kind == attrs.KindError:
			nErr++
		case cl.Kind == attrs.KindRetry:
			nRetry++
		case cl.Kind == attrs.KindLatency && cl.Propagated:
			nProp++
		case cl.Kind == attrs.KindLatency:
			nLat++
			if cl.Network {
				nNet++
			}
		}
	}

	c.spans.Add(uint64(n))
	c.errs.Add(nErr)
	c.lat.Add(nLat)
	c.retries.Add(nRetry)
	c.latProp.Add(nProp)
	c.network.Add(nNet)
	c.warming.Add(warming)
	c.missingID.Add(missing)
	c.dupID.Add(dup)
	c.nonPos.Add(nonPos)
	c.trunc.Add(trunc)
}

func isOutbound(kind int) bool { return kind == SpanKindClient || kind == SpanKindProducer }

func isError(sp *Span) bool {
	return sp.StatusError || sp.Exception.Type != "" || sp.Exception.Message != ""
}

func errorOf(sp *Span) (typ, msg string) {
	typ = sp.Exception.Type
	if typ == "" {
		typ = sp.ErrorType
	}
	msg = sp.Exception.Message
	if msg == "" {
		msg = sp.StatusMessage
	}
	return typ, msg
}

// judge compares ms with the key's baseline, then adds it (with weight, or
// OutlierWeight when slow).
func (c *Classifier) judge(k *bkey, ms, weight float64) (excess, base float64, known, slow bool) {
	sh := c.st.shardOf(k)
	sh.mu.Lock()
	b := c.baseline(sh, k)
	excess, base, known, slow = c.assess(b, ms)
	if slow {
		weight = c.cfg.OutlierWeight
	}
	b.add(ms, weight, c.cfg.DecayCount)
	sh.mu.Unlock()
	return excess, base, known, slow
}

// baseline returns k's baseline; the shard's lock must be held.
func (c *Classifier) baseline(sh *shard, k *bkey) *baseline {
	b, created := sh.get(c.st, k)
	if created {
		b.threshold = c.resolve(k)
	}
	return b
}

// assess compares ms with a baseline: a configured budget, else (once warm)
// max(P99Factor*p99, p50 + SpreadFactor*(p99-p50), p50 + MinExcess).
func (c *Classifier) assess(b *baseline, ms float64) (excess, base float64, known, slow bool) {
	switch {
	case b.threshold >= 0:
		base = c.thrMs[b.threshold]
		excess, known, slow = ms-base, true, ms > base
	case b.count() >= float64(c.cfg.MinSamples):
		p50, p99 := b.quantiles()
		limit := max(c.cfg.P99Factor*p99, p50+c.cfg.SpreadFactor*(p99-p50), p50+c.minExcessMs)
		base, excess, known, slow = p50, ms-p50, true, ms > limit
	}
	return excess, base, known, slow
}

// judgeGap judges a client/server gap against the finest warm of three
// baselines: the (caller, operation, callee) edge, the callee's inbound
// gaps, and all gaps. A gap is mostly a property of the link rather than of
// the operation, so a rarely used edge borrows its callee's or the global
// distribution instead of waiting for its own warm-up. The gap is then
// learned by all three, with OutlierWeight when slow, so that a fault that
// starts while an edge is still warming up does not become its baseline.
func (c *Classifier) judgeGap(caller, op, callee string, ms float64) (excess, base float64, known, slow bool) {
	keys := [3]bkey{
		{service: caller, operation: op, dependency: callee, kind: 0x80 | bkGap},
		{dependency: callee, kind: 0x80 | bkGap},
		{kind: 0x80 | bkGap},
	}
	for i := range keys {
		sh := c.st.shardOf(&keys[i])
		sh.mu.Lock()
		excess, base, known, slow = c.assess(c.baseline(sh, &keys[i]), ms)
		sh.mu.Unlock()
		if known {
			break
		}
	}
	w := 1.0
	if slow {
		w = c.cfg.OutlierWeight
	}
	for i := range keys {
		sh := c.st.shardOf(&keys[i])
		sh.mu.Lock()
		c.baseline(sh, &keys[i]).add(ms, w, c.cfg.DecayCount)
		sh.mu.Unlock()
	}
	return excess, base, known, slow
}

// resolve finds the first configured threshold matching a span key.
func (c *Classifier) resolve(k *bkey) int {
	if k.kind&0x80 != 0 {
		return -1
	}
	for i, t := range c.cfg.Thresholds {
		if (t.Service == "" || t.Service == "*" || t.Service == k.service) && (t.Route == "" || match(t.Route, k.operation)) {
			return i
		}
	}
	return -1
}

// operation masks a span name through a bounded cache.
func (c *Classifier) operation(name string) string {
	if name == "" {
		return ""
	}
	h := xxhash.Sum64String(name)
	sh := &c.ops[h%numShards]
	sh.mu.Lock()
	op, ok := sh.m[name]
	sh.mu.Unlock()
	if ok {
		return op
	}
	op = c.mask(name)
	sh.mu.Lock()
	if len(sh.m) >= (c.cfg.MaxOperations+numShards-1)/numShards {
		clear(sh.m)
		c.opReset.Add(1)
	}
	if op == name {
		op = strings.Clone(name)
		sh.m[op] = op
	} else {
		sh.m[strings.Clone(name)] = op
	}
	sh.mu.Unlock()
	return op
}

// truncate cuts s to MaxKeyLen bytes on a rune boundary.
func (c *Classifier) truncate(s string) (string, bool) {
	if len(s) <= c.cfg.MaxKeyLen {
		return s, false
	}
	return textutil.Truncate(s, c.cfg.MaxKeyLen), true
}

// siblingExplained is the carry of the siblings that ran during most of
// span i's interval (bounded by the overlap). Asynchronous instrumentation (reactive gateways, executor
// hand-offs) often records a span that waits for a call as the call's
// sibling rather than its parent; the waiting span's excess is then the
// sibling's, not its own.
func (c *Classifier) siblingExplained(batch []Span, s *scratch, i int32) float64 {
	p := s.parent[i]
	if p < 0 {
		return 0
	}
	var e float64
	a := &batch[i]
	for j := s.firstChild[p]; j >= 0; j = s.nextSibling[j] {
		if j == i || s.carry[j] <= 0 {
			continue
		}
		b := &batch[j]
		overlap := min(a.End, b.End) - max(a.Start, b.Start)
		if 2*overlap >= a.End-a.Start {
			e += min(s.carry[j], float64(overlap)/1e6)
		}
	}
	return e
}

// order sorts the batch children before parents (Kahn's algorithm on the
// parent links, any depth); spans in or above a parent cycle come last.
func (c *Classifier) order(batch []Span, s *scratch) {
	pending := s.depth
	clear(pending)
	for i := range batch {
		if p := s.parent[i]; p >= 0 {
			pending[p]++
		}
	}
	s.order = s.order[:0]
	for i := range batch {
		if pending[i] == 0 {
			s.order = append(s.order, int32(i))
		}
	}
	for k := 0; k < len(s.order); k++ {
		if p := s.parent[s.order[k]]; p >= 0 {
			pending[p]--
			if pending[p] == 0 {
				s.order = append(s.order, p)
			}
		}
	}
	if len(s.order) < len(batch) {
		var cyc uint64
		for i := range batch {
			if pending[i] > 0 {
				s.order = append(s.order, int32(i))
				cyc++
			}
		}
		c.cycles.Add(cyc)
	}
}

// retryGroups finds sibling client calls to the same dependency and
// operation under one parent: a failure followed by a success makes every
// call of the group a retry; a group that never succeeds stays errors with
// its RetryCount set. With MinRepeatedCalls > 0, long sequential runs of
// identical calls are retries even without failures.
func (c *Classifier) retryGroups(batch []Span, out []Class, s *scratch) {
	anyErr := false
	s.cand = s.cand[:0]
	for i := range batch {
		sp := &batch[i]
		if !isOutbound(sp.Kind) || sp.ParentSpanID == ([8]byte{}) {
			continue
		}
		s.cand = append(s.cand, int32(i))
		if s.flags[i]&fError != 0 {
			anyErr = true
		}
	}
	if len(s.cand) < 2 || (!anyErr && c.cfg.MinRepeatedCalls == 0) {
		return
	}
	slices.SortFunc(s.cand, func(a, b int32) int {
		x, y := &batch[a], &batch[b]
		if r := compareBytes(x.TraceID[:], y.TraceID[:]); r != 0 {
			return r
		}
		if r := compareBytes(x.ParentSpanID[:], y.ParentSpanID[:]); r != 0 {
			return r
		}
		if r := strings.Compare(x.Service, y.Service); r != 0 {
			return r
		}
		if r := strings.Compare(s.deps[a], s.deps[b]); r != 0 {
			return r
		}
		if r := strings.Compare(s.ops[a], s.ops[b]); r != 0 {
			return r
		}
		return cmpInt64(x.Start, y.Start)
	})
	same := func(a, b int32) bool {
		x, y := &batch[a], &batch[b]
		return x.TraceID == y.TraceID && x.ParentSpanID == y.ParentSpanID && x.Service == y.Service &&
			s.deps[a] == s.deps[b] && s.ops[a] == s.ops[b]
	}
	for lo := 0; lo < len(s.cand); {
		hi := lo + 1
		for hi < len(s.cand) && same(s.cand[lo], s.cand[hi]) {
			hi++
		}
		g := s.cand[lo:hi]
		lo = hi
		if len(g) < 2 {
			continue
		}
		firstErr := -1
		for k, i := range g {
			if s.flags[i]&fError != 0 {
				firstErr = k
				break
			}
		}
		last := g[len(g)-1]
		retries := len(g) - 1
		switch {
		case firstErr >= 0 && firstErr < len(g)-1 && s.flags[last]&fError == 0:
			typ, msg := errorOf(&batch[g[firstErr]])
			for _, i := range g {
				out[i] = Class{Kind: attrs.KindRetry, Service: batch[i].Service, Operation: s.ops[i], Dependency: s.deps[i],
					ErrorType: typ, Message: msg, RetryCount: retries}
			}
		case firstErr >= 0:
			for _, i := range g {
				if out[i].Kind == attrs.KindError {
					out[i].RetryCount = retries
				}
			}
		case c.cfg.MinRepeatedCalls > 0 && len(g) >= c.cfg.MinRepeatedCalls && sequential(batch, g):
			for _, i := range g[1:] {
				if out[i].Kind == "" || out[i].Kind == attrs.KindLatency {
					out[i] = Class{Kind: attrs.KindRetry, Service: batch[i].Service, Operation: s.ops[i], Dependency: s.deps[i], RetryCount: retries}
				}
			}
		}
	}
}

func sequential(batch []Span, g []int32) bool {
	for k := 1; k < len(g); k++ {
		if batch[g[k]].Start < batch[g[k-1]].End {
			return false
		}
	}
	return true
}

func compareBytes(a, b []byte) int { return strings.Compare(string(a), string(b)) }

func cmpInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// endpoints keeps decayed counts of client/server gaps per service, as
// caller (outbound) and as callee (inbound), and per (caller, callee) edge,
// with how many were slow.
type endpoints struct {
	mu    sync.Mutex
	m     map[string]*endpoint
	edges map[edgeKey]*edge
}

type endpoint struct {
	inN, inSlow, outN, outSlow float64
}

type edgeKey struct{ caller, callee string }

type edge struct{ n, slow float64 }

func (c *Classifier) endpoint(svc string) *endpoint {
	e := c.eps.m[svc]
	if e == nil {
		if len(c.eps.m) >= c.cfg.MaxBaselines {
			clear(c.eps.m)
			clear(c.eps.edges)
			c.epReset.Add(1)
		}
		e = &endpoint{}
		c.eps.m[strings.Clone(svc)] = e
	}
	return e
}

func (c *Classifier) edge(caller, callee string) *edge {
	k := edgeKey{caller, callee}
	e := c.eps.edges[k]
	if e == nil {
		if len(c.eps.edges) >= c.cfg.MaxBaselines {
			clear(c.eps.edges)
			c.epReset.Add(1)
		}
		e = &edge{}
		c.eps.edges[edgeKey{strings.Clone(caller), strings.Clone(callee)}] = e
	}
	return e
}

// callerBlameRate is the slow-gap rate on a caller's other edges from which
// a slow gap is attributed to the caller.
const callerBlameRate = 0.05

func halve(n, slow *float64, limit float64) {
	if *n > limit {
		*n, *slow = *n/2, *slow/2
	}
}

// gapEndpoints updates the gap statistics with the batch's judged gaps and
// decides, for each slow gap, which endpoint it is attributed to. A delayed
// or overloaded callee slows its inbound calls from other callers too; a
// starved or delayed caller slows its outbound calls to other callees too.
// So the slow-gap rate of the caller's other outbound edges (excluding the
// edge itself, which both share) is compared with that of the callee's
// other inbound edges. The callee is the default (a callee with a single
// caller has no other evidence); the caller is blamed only when its other
// edges are clearly slow: at least callerBlameRate (5x the ~1% tail a
// baseline flags by design) and more than twice the callee's rate.
func (c *Classifier) gapEndpoints(batch []Span, s *scratch) {
	found := false
	for i := range batch {
		if s.flags[i]&fGapKnown != 0 {
			found = true
			break
		}
	}
	if !found {
		return
	}
	decay := c.cfg.DecayCount
	c.eps.mu.Lock()
	defer c.eps.mu.Unlock()
	for i := range batch {
		f := s.flags[i]
		if f&fGapKnown == 0 {
			continue
		}
		slow := 0.0
		if f&fGapSlow != 0 {
			slow = 1
		}
		caller, callee := batch[i].Service, batch[s.serverChild[i]].Service
		out, in, e := c.endpoint(caller), c.endpoint(callee), c.edge(caller, callee)
		out.outN++
		out.outSlow += slow
		in.inN++
		in.inSlow += slow
		e.n++
		e.slow += slow
		halve(&out.outN, &out.outSlow, decay)
		halve(&in.inN, &in.inSlow, decay)
		halve(&e.n, &e.slow, decay)
	}
	for i := range batch {
		if s.flags[i]&fGapSlow == 0 {
			continue
		}
		caller, callee := batch[i].Service, batch[s.serverChild[i]].Service
		out, in, e := c.eps.m[caller], c.eps.m[callee], c.eps.edges[edgeKey{caller, callee}]
		if out == nil || in == nil || e == nil {
			continue // reset by the bound within this batch
		}
		callerOther := max(0, out.outSlow-e.slow) / (max(0, out.outN-e.n) + 1)
		calleeOther := max(0, in.inSlow-e.slow) / (max(0, in.inN-e.n) + 1)
		if callerOther >= callerBlameRate && callerOther > 2*calleeOther {
			s.flags[i] |= fBlameCaller
		}
	}
}
