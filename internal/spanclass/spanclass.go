// Package spanclass classifies the spans of a batch as errors, latency
// outliers or retries, and prepares the inputs of their fingerprints.
//
// Latency is judged per (service, operation, dependency, span kind) against a
// streaming DDSketch baseline, before the span is added to it (a fault must
// not judge itself), and slow spans enter their baseline with a small weight
// so that a fault does not quickly become the new normal. A busy baseline
// (1,000 spans' weight) learns one span in eight with eight times the
// weight (baseline.go); every span is still judged. The excess of a
// slow span is attributed bottom-up within the batch: a span whose excess is
// explained by slow descendants is marked Propagated, so one slow leaf does
// not blame every ancestor. A client span whose server child is in the batch
// is split into the child's duration and the gap around it (network,
// queueing, connection setup), which has its own baselines; a slow gap is
// attributed to the callee, or to the caller when the caller's other
// outbound gaps are slow too (see Class.Network). A slow span that ran
// alongside a slow sibling for most of its time (asynchronous
// instrumentation that records the waiting span as the call's sibling) is
// explained by that sibling. A slow client span is never a cause (its time
// is the callee's, judged by the callee's spans wherever they arrive), except
// a database call, whose callee records no span: so a verdict never depends
// on whether the callee's spans share the batch. When a client span and its
// server span arrive in different batches, the first half waits (bounded,
// join.go) and the second half's batch judges their gap. A failed span is linked to
// the deepest failed span below it (Class.CausedBy), evidence of error
// propagation.
//
// Per batch, Classify allocates nothing in steady state (beyond new names
// waiting in the join): working arrays are
// pooled, baselines are sharded by key under short mutexes.
package spanclass // import "github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"

import (
	"cmp"
	"errors"
	"strconv"
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
	StatusOK             bool // the instrumentation said the call succeeded
	StatusMessage        string
	ErrorType            string // error.type attribute, if any
	// HTTPStatus is http.response.status_code (0: none); RPCStatus the
	// gRPC status code (rpc.grpc.status_code, or the name in
	// rpc.response.status_code; "": none). Spans of instrumentations that
	// leave the span status unset still tell a failure through them.
	HTTPStatus int
	RPCStatus  string
	Exception  Exception
	// Dependency is the first of server.address, peer.service,
	// db.system.name, rpc.service, messaging.destination.name.
	Dependency  string
	ResendCount int // http.request.resend_count
	// Names the semantic conventions give the operation, preferred to the
	// span name (see Operation): rpc.service and rpc.method,
	// db.query.summary, db.operation.name and db.collection.name,
	// messaging.operation.name and messaging.destination.template,
	// http.request.method and url.template (client spans).
	RPCService, RPCMethod                     string
	DBQuerySummary, DBOperation, DBCollection string
	MessagingOperation, MessagingDestination  string
	HTTPMethod, URLTemplate                   string
	// DB marks a database call (db.system.name or db.system is set): its
	// callee records no server span, so its time is its own.
	DB bool
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
	// CausedBy, on a failed span, is 1 + the batch index of the deepest
	// failed span below it (through its children, across services): the
	// callee failure that explains this one (0: none in the batch). It is
	// evidence for ranking (the callee heads the problem), not a verdict:
	// a callee in another batch or collector leaves it 0.
	CausedBy int
	// Saturation marks a latency found as a slowdown of the whole service
	// (saturation.go): the span's self time is relatively slow while most
	// of the service's entry spans are. Operation is then "": the finding
	// is the service's, not one operation's.
	Saturation bool
	// Slow marks a span slower than its baseline whatever its verdict (an
	// error, a gap, a symptom), and SlowExcessMs is its whole excess: what
	// it explains of its ancestors' excess. The trace_findings connector
	// attributes latency over whole traces from them (Attribute).
	Slow         bool
	SlowExcessMs float64
	// Delegated marks a slow client call whose time is its callee's (not a
	// database call): never a latency cause itself, only an explanation.
	Delegated bool
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
	sat   saturation
	join  joiner
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
	m  map[string]opEntry
}

// opEntry is a cached operation and its strHash.
type opEntry struct {
	op   string
	hash uint64
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
		c.ops[i].m = make(map[string]opEntry)
	}
	c.sat.m, c.sat.max = make(map[string]*satState), cfg.MaxBaselines
	c.eps.m = make(map[string]*endpoint)
	c.eps.edges = make(map[edgeKey]*edge)
	c.pool.New = func() any { return new(scratch) }
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
		s.Baselines += sh.n
		s.BaselineEvictions += sh.evictions
		sh.mu.Unlock()
	}
	return s
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

	var tl batchTally
	s.link(batch, &tl)            // tree.go: index, parents, children, server children
	c.describe(batch, s, &tl)     // operations, dependencies, errors
	c.judgeLatency(batch, s, &tl) // latency.go: baselines and gaps, then learn
	c.judgeSaturation(batch, s)   // saturation.go: self time, per service
	c.order(batch, s)             // tree.go: children before parents
	c.gapEndpoints(batch, s)      // gaps.go: whom a slow gap blames
	s.explain()                   // latency.go: excess explained bottom-up
	c.verdicts(batch, out, s)
	c.retryGroups(batch, out, s) // retries.go
	s.causes(out)
	c.count(out, &tl)
}

// batchTally counts what one batch adds to the Stats besides its verdicts.
type batchTally struct{ missing, dup, nonPos, trunc, warming uint64 }

// describe sets the operation and the dependency of every span and flags
// the failed ones.
func (c *Classifier) describe(batch []Span, s *scratch, tl *batchTally) {
	for i := range batch {
		sp := &batch[i]
		var t bool
		op, h := c.operationHashOf(sp, s)
		if s.ops[i], t = c.truncate(op); t {
			tl.trunc++
			h = strHash(s.ops[i])
		}
		s.opHash[i] = h
		if isOutbound(sp.Kind) {
			d := sp.Dependency
			if d == "" && s.serverChild[i] >= 0 {
				d = batch[s.serverChild[i]].Service
			}
			if s.deps[i], t = c.truncate(d); t {
				tl.trunc++
			}
		} else {
			s.deps[i] = ""
		}
		if isError(sp) {
			s.flags[i] |= fError
		}
	}
}

// verdicts classifies every span from its flags, excess and explanation
// (retries are found afterwards, over the verdicts).
func (c *Classifier) verdicts(batch []Span, out []Class, s *scratch) {
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
			*cl = c.networkClass(s, int32(i))
		case f&fSaturated != 0:
			*cl = Class{Kind: attrs.KindLatency, Service: sp.Service, ExcessMs: s.satEx[i], BaselineMs: s.satBase[i], Saturation: true}
		case f&fSlow != 0:
			*cl = Class{Kind: attrs.KindLatency, Service: sp.Service, Operation: s.ops[i], Dependency: s.deps[i],
				ExcessMs: s.excess[i], BaselineMs: s.base[i]}
			e := s.explained[i]
			if sp.Kind == SpanKindClient && !sp.DB {
				// A client call's time is its callee's and the way there.
				// The callee's spans judge the callee wherever they arrive
				// (another batch, another collector), and the gap is judged
				// above when both halves are here: blaming the caller would
				// depend on which spans share this batch. Database calls
				// have no server span: their time is the query's.
				cl.Propagated, cl.Delegated = true, true
				break
			}
			if e < frac*s.excess[i] {
				e += c.siblingExplained(batch, s, int32(i))
			}
			if e >= frac*s.excess[i] {
				cl.Propagated = true
			} else {
				cl.ExcessMs -= e
			}
		}
		if cl.Kind == "" && f&fGapJoinedSlow != 0 && s.gapEx[i] >= s.carry[i] {
			*cl = c.networkClass(s, int32(i)) // the gap before this server span (join.go)
		}
		if f&fSlow != 0 {
			cl.Slow, cl.SlowExcessMs = true, s.excess[i]
		}
	}
}

// networkClass is the verdict on a slow client/server gap recorded on span i:
// the callee's, or the caller's when its other outbound gaps are slow too.
func (c *Classifier) networkClass(s *scratch, i int32) Class {
	callee := s.gapCallee[i]
	blamed := callee
	if s.flags[i]&fBlameCaller != 0 {
		blamed = s.gapCaller[i]
	}
	return Class{Kind: attrs.KindLatency, Service: blamed, Operation: s.gapOp[i], Dependency: callee,
		ExcessMs: s.gapEx[i], BaselineMs: s.gapBase[i], Network: true}
}

// causes links every failed span to the deepest failed span below it
// (children before parents, so a child's link is known first): a failure
// whose child failed is explained by that child's own cause.
func (s *scratch) causes(out []Class) {
	for _, i := range s.order {
		if out[i].Kind != attrs.KindError {
			continue
		}
		for j := s.firstChild[i]; j >= 0; j = s.nextSibling[j] {
			if out[j].Kind != attrs.KindError {
				continue
			}
			if out[j].CausedBy > 0 {
				out[i].CausedBy = out[j].CausedBy
			} else {
				out[i].CausedBy = int(j) + 1
			}
			break
		}
	}
}

// count adds the batch's verdicts and batchTally to the Stats.
func (c *Classifier) count(out []Class, tl *batchTally) {
	var nErr, nLat, nProp, nNet, nRetry uint64
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

	c.spans.Add(uint64(len(out)))
	c.errs.Add(nErr)
	c.lat.Add(nLat)
	c.retries.Add(nRetry)
	c.latProp.Add(nProp)
	c.network.Add(nNet)
	c.warming.Add(tl.warming)
	c.missingID.Add(tl.missing)
	c.dupID.Add(tl.dup)
	c.nonPos.Add(tl.nonPos)
	c.trunc.Add(tl.trunc)
}

func isOutbound(kind int) bool { return kind == SpanKindClient || kind == SpanKindProducer }

// isError: the span status says so, an exception was recorded, or (status
// unset) the semantic conventions' failure signals: error.type is set only
// when an operation failed; an HTTP server answered 5xx, a client got 4xx or
// 5xx; a gRPC server failed with a server-side code, a client got any code
// but OK.
func isError(sp *Span) bool {
	if sp.StatusError || sp.Exception.Type != "" || sp.Exception.Message != "" {
		return true
	}
	return !sp.StatusOK && (sp.ErrorType != "" || protocolFailure(sp) != "")
}

// protocolFailure names the failure the span's HTTP or gRPC status code
// reports ("503", "UNAVAILABLE"), or "" when it reports none.
func protocolFailure(sp *Span) string {
	client := isOutbound(sp.Kind)
	if c := sp.HTTPStatus; c >= 500 && c < 600 || client && c >= 400 && c < 500 {
		return httpCodes[c-400]
	}
	switch sp.RPCStatus {
	case "", "OK", "0":
		return ""
	}
	name := sp.RPCStatus
	if n, err := strconv.Atoi(name); err == nil {
		if n < 0 || n >= len(grpcCodes) {
			return ""
		}
		name = grpcCodes[n]
	}
	if client {
		return name
	}
	switch name { // the codes the gRPC conventions count as server errors
	case "UNKNOWN", "DEADLINE_EXCEEDED", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS":
		return name
	}
	return ""
}

// grpcCodes are the gRPC status code names by number.
var grpcCodes = []string{"OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
	"ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED",
	"OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED"}

// httpCodes[c-400] is the decimal text of status code c (400 to 599),
// precomputed so the per-span path does not allocate.
var httpCodes = func() (t [200]string) {
	for i := range t {
		t[i] = strconv.Itoa(400 + i)
	}
	return t
}()

func errorOf(sp *Span) (typ, msg string) {
	typ = cmp.Or(sp.Exception.Type, sp.ErrorType)
	if typ == "" {
		typ = protocolFailure(sp) // as error.type would say it: "503"
	}
	msg = sp.Exception.Message
	if msg == "" {
		msg = sp.StatusMessage
	}
	return typ, msg
}

// operation masks a span name through a bounded cache; h is strHash of
// the operation.
func (c *Classifier) operation(name string) (op string, h uint64) {
	if name == "" {
		return "", emptyHash
	}
	sh := &c.ops[xxhash.Sum64String(name)%numShards]
	sh.mu.Lock()
	e, ok := sh.m[name]
	sh.mu.Unlock()
	if ok {
		return e.op, e.hash
	}
	return c.remember(sh, strings.Clone(name))
}

// operationBytes is operation for a name composed in a scratch buffer
// (looked up without a copy).
func (c *Classifier) operationBytes(name []byte) (string, uint64) {
	if len(name) == 0 {
		return "", emptyHash
	}
	sh := &c.ops[xxhash.Sum64(name)%numShards]
	sh.mu.Lock()
	e, ok := sh.m[string(name)]
	sh.mu.Unlock()
	if ok {
		return e.op, e.hash
	}
	return c.remember(sh, string(name))
}

// remember masks name (owned by the cache from now on) and caches the
// result with its strHash.
func (c *Classifier) remember(sh *opShard, name string) (string, uint64) {
	e := opEntry{op: c.mask(name)}
	e.hash = strHash(e.op)
	sh.mu.Lock()
	if len(sh.m) >= (c.cfg.MaxOperations+numShards-1)/numShards {
		clear(sh.m)
		c.opReset.Add(1)
	}
	sh.m[name] = e
	sh.mu.Unlock()
	return e.op, e.hash
}

// truncate cuts s to MaxKeyLen bytes on a rune boundary.
func (c *Classifier) truncate(s string) (string, bool) {
	if len(s) <= c.cfg.MaxKeyLen {
		return s, false
	}
	return textutil.Truncate(s, c.cfg.MaxKeyLen), true
}
