package faultsim

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// nouns name services and their resources. Generic business nouns, none
// taken from a data set.
var nouns = []string{
	"order", "payment", "inventory", "catalog", "cart", "shipping", "account",
	"auth", "notification", "pricing", "recommendation", "search", "review",
	"checkout", "invoice", "ledger", "fraud", "loyalty", "coupon", "media",
	"profile", "session", "email", "sms", "tax", "currency", "warehouse",
	"routing", "booking", "reservation", "ticket", "schedule", "analytics",
	"report", "audit", "config", "document", "subscription", "refund", "quote",
	"policy", "claim", "vendor", "contract", "feed", "index",
}

var suffixes = []string{"-service", "-svc", "", "-api"}

// system is one simulated microservice system.
type system struct {
	seed      uint64
	index     int
	name      string
	services  []*service
	entries   []*operation
	entryW    []float64
	deps      []*dependency
	traceOnly bool // no logs, no span status
	codeAttrs bool // log records carry code.* attributes
	stackBody bool // Java-style: the stack trace is in the log body
	rate      float64
	day       time.Time
}

func (s *system) info() SystemInfo {
	in := SystemInfo{Name: s.name, Services: len(s.services), TraceOnly: s.traceOnly, RatePerS: int(s.rate + 0.5)}
	for _, sv := range s.services {
		if sv.proto == protoGRPC {
			in.GRPC++
		}
	}
	for _, d := range s.deps {
		switch d.kind {
		case depDB:
			in.Databases++
		case depCache:
			in.Caches++
		case depQueue:
			in.Queues++
		case depExternal:
			in.Externals++
		}
	}
	return in
}

func title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func camel(s string) string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' || r == '.' })
	for i, p := range parts {
		parts[i] = title(p)
	}
	return strings.Join(parts, "")
}

func lognormal(r *rand.Rand, median time.Duration, sigma float64) time.Duration {
	v := float64(median) * mathExp(r.NormFloat64()*sigma)
	return time.Duration(v)
}

// newSystem builds the service graph of system i.
func newSystem(seed uint64, i int, o Options) *system {
	r := rand.New(rand.NewPCG(seed, uint64(i)*0x9e3779b97f4a7c15+1))
	n := o.MinServices + r.IntN(o.MaxServices-o.MinServices+1)
	s := &system{seed: seed, index: i, name: fmt.Sprintf("sim%03d", i)}
	s.traceOnly = r.Float64() < 0.3
	s.codeAttrs = r.Float64() < 0.5
	s.stackBody = r.Float64() < 0.5
	s.day = time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
	grpcShare := []float64{0, 0.3, 0.7, 1}[r.IntN(4)]
	suffix := suffixes[r.IntN(len(suffixes))]
	perm := r.Perm(len(nouns))
	gateways := 1 + r.IntN(2)
	if n >= 20 {
		gateways++
	}
	for k := 0; k < n; k++ {
		noun := nouns[perm[k%len(nouns)]]
		name := noun + suffix
		if k < gateways {
			name = []string{"web-gateway", "mobile-bff", "edge-api", "frontend", "public-api"}[(k+i)%5]
		}
		sv := &service{
			name: name, tier: 0,
			version: fmt.Sprintf("%d.%d.%d", 1+r.IntN(3), r.IntN(20), r.IntN(10)),
			lang:    language(r.IntN(3)),
			proto:   protoHTTP,
			inst:    fmt.Sprintf("%s-%x", name, r.Uint32()),
		}
		if k >= gateways && r.Float64() < grpcShare {
			sv.proto = protoGRPC
		}
		sv.pkg = strings.ReplaceAll("shop."+strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, "-service"), "-svc"), "-api"), "-", "")
		if k >= gateways {
			// tiers 1..3 by position: later services are deeper
			sv.tier = 1 + (k-gateways)*3/max(1, n-gateways)
		}
		s.services = append(s.services, sv)
	}
	// Dependencies owned by services (database per service).
	dbSystems := []string{"postgresql", "mysql", "mongodb"}
	for k, sv := range s.services {
		if sv.tier == 0 {
			continue
		}
		if r.Float64() < 0.55 {
			sys := dbSystems[r.IntN(len(dbSystems))]
			d := &dependency{kind: depDB, system: sys, name: strings.ReplaceAll(sv.pkg[5:], ".", "") + "db", owner: sv,
				host: fmt.Sprintf("%s-db-%d", sv.pkg[5:], k), port: map[string]int{"postgresql": 5432, "mysql": 3306, "mongodb": 27017}[sys],
				latency: time.Duration(1+r.IntN(4)) * time.Millisecond}
			sv.db = d
			s.deps = append(s.deps, d)
		}
		if r.Float64() < 0.25 {
			d := &dependency{kind: depCache, system: "redis", name: "0", owner: sv, host: fmt.Sprintf("%s-redis", sv.pkg[5:]), port: 6379,
				latency: 300 * time.Microsecond}
			sv.cache = d
			s.deps = append(s.deps, d)
		}
		if r.Float64() < 0.12 {
			host := []string{"api.payments.example.net", "maps.example.org", "mail.example.com", "geo.example.net", "kyc.example.org"}[r.IntN(5)]
			d := &dependency{kind: depExternal, system: "http", name: host, owner: sv, host: host, port: 443,
				latency: time.Duration(40+r.IntN(120)) * time.Millisecond}
			sv.ext = d
			s.deps = append(s.deps, d)
		}
	}
	// Operations.
	for _, sv := range s.services {
		nops := 1 + r.IntN(3)
		if sv.tier == 0 {
			nops = 2 + r.IntN(4)
		}
		for j := 0; j < nops; j++ {
			sv.ops = append(sv.ops, newOperation(r, s, sv, j))
		}
	}
	// Calls: each operation calls operations of deeper services (a DAG).
	byTier := func(minTier int) []*service {
		var out []*service
		for _, sv := range s.services {
			if sv.tier >= minTier {
				out = append(out, sv)
			}
		}
		return out
	}
	called := map[*service]bool{}
	for _, sv := range s.services {
		deeper := byTier(sv.tier + 1)
		if sv.tier == 0 {
			deeper = byTier(1)
		}
		for _, op := range sv.ops {
			nc := 0
			if len(deeper) > 0 {
				nc = r.IntN(min(4, len(deeper)) + 1)
				if sv.tier == 0 {
					nc = max(1, nc)
				}
			}
			for c := 0; c < nc; c++ {
				t := deeper[r.IntN(len(deeper))]
				// prefer services not yet called so the whole graph gets traffic
				for _, u := range deeper {
					if !called[u] && r.Float64() < 0.5 {
						t = u
						break
					}
				}
				called[t] = true
				tgt := t.ops[r.IntN(len(t.ops))]
				cl := &call{kind: callService, target: tgt, prob: 1, timeout: time.Duration(1+(3-min(3, sv.tier))+r.IntN(2)) * time.Second}
				if r.Float64() < 0.3 {
					cl.prob = 0.2 + 0.6*r.Float64()
					cl.line = fmt.Sprintf("Fetching %s details from %s", tgt.noun, t.name)
				}
				cl.optional = r.Float64() < 0.25
				op.calls = append(op.calls, cl)
			}
			if sv.cache != nil && r.Float64() < 0.7 {
				op.calls = append([]*call{{kind: callCache, dep: sv.cache, prob: 1, optional: true, timeout: 200 * time.Millisecond, dbOp: []string{"GET", "HGETALL", "MGET"}[r.IntN(3)]}}, op.calls...)
			}
			if sv.db != nil && r.Float64() < 0.8 {
				nq := 1 + r.IntN(2)
				for q := 0; q < nq; q++ {
					dbOp := []string{"SELECT", "SELECT", "INSERT", "UPDATE"}[r.IntN(4)]
					if sv.db.system == "mongodb" {
						dbOp = []string{"find", "find", "insert", "update"}[r.IntN(4)]
					}
					cl := &call{kind: callDB, dep: sv.db, prob: 1, timeout: 5 * time.Second, dbOp: dbOp, table: op.noun + "s"}
					if sv.cache != nil && q == 0 {
						cl.prob = 0.3 // cache miss
						cl.line = fmt.Sprintf("Cache miss for %s, loading from database", op.noun)
					}
					op.calls = append(op.calls, cl)
				}
			}
			if sv.ext != nil && r.Float64() < 0.5 {
				op.calls = append(op.calls, &call{kind: callExternal, dep: sv.ext, prob: 0.5 + 0.5*r.Float64(), timeout: 3 * time.Second,
					dbOp: []string{"GET", "POST"}[r.IntN(2)], line: "Calling " + sv.ext.name})
			}
		}
	}
	// Queues: some services publish events that a deeper service consumes.
	for _, sv := range s.services {
		if sv.tier == 0 || r.Float64() > 0.2 {
			continue
		}
		deeper := byTier(sv.tier)
		var cands []*service
		for _, u := range deeper {
			if u != sv {
				cands = append(cands, u)
			}
		}
		if len(cands) == 0 {
			continue
		}
		cons := cands[r.IntN(len(cands))]
		topic := strings.TrimSuffix(sv.pkg[5:], "s") + ".events"
		d := &dependency{kind: depQueue, system: []string{"kafka", "rabbitmq"}[r.IntN(2)], name: topic, owner: sv,
			host: "broker", port: 9092, latency: 2 * time.Millisecond}
		cop := &operation{svc: cons, name: "process " + topic, noun: sv.ops[0].noun + "-event", consumer: d,
			self: lognormal(r, 3*time.Millisecond, 0.5)}
		cop.lines = []string{fmt.Sprintf("Received %s event from %s", sv.ops[0].noun, topic), fmt.Sprintf("Processed %s event", sv.ops[0].noun)}
		cop.function, cop.file = codeLocation(cons, "handle"+camel(topic))
		if cons.db != nil {
			cop.calls = append(cop.calls, &call{kind: callDB, dep: cons.db, prob: 1, timeout: 5 * time.Second, dbOp: "INSERT", table: cop.noun + "s"})
		}
		cons.ops = append(cons.ops, cop)
		d.consumer = cop
		s.deps = append(s.deps, d)
		op := sv.ops[r.IntN(len(sv.ops))]
		op.calls = append(op.calls, &call{kind: callPublish, dep: d, prob: 1, timeout: time.Second})
	}
	// Chronic background errors: 1 to 3 operations fail at a low rate in
	// every window.
	nch := 1 + r.IntN(3)
	for c := 0; c < nch; c++ {
		sv := s.services[r.IntN(len(s.services))]
		op := sv.ops[r.IntN(len(sv.ops))]
		if op.chronic != nil || op.consumer != nil {
			continue
		}
		if r.Float64() < 0.5 {
			op.chronic = &chronic{rate: 0.005 + 0.02*r.Float64(), status: 400, errType: validationError(sv.lang),
				msg: fmt.Sprintf("Validation failed for %s request: field '%s' must not be empty", op.noun, []string{"email", "id", "quantity", "currency", "date"}[r.IntN(5)])}
		} else {
			op.chronic = &chronic{rate: 0.002 + 0.008*r.Float64(), status: 500, errType: transientError(sv.lang), stack: true,
				msg: []string{"Deadlock found when trying to get lock; try restarting transaction", "Connection reset by peer", "Lock wait timeout exceeded"}[r.IntN(3)]}
		}
	}
	// Entry points: the gateway operations, Zipf-like weights.
	for _, sv := range s.services {
		if sv.tier != 0 {
			continue
		}
		for _, op := range sv.ops {
			s.entries = append(s.entries, op)
			s.entryW = append(s.entryW, 1/float64(len(s.entries)))
		}
	}
	// Rate: about 60 spans per second whatever the size of the graph.
	spans := 0
	for k := 0; k < 200; k++ {
		spans += countSpans(r, s.pickEntry(r), 0)
	}
	s.rate = min(12, max(1.5, 60/(float64(spans)/200)))
	return s
}

func (s *system) pickEntry(r *rand.Rand) *operation {
	total := 0.0
	for _, w := range s.entryW {
		total += w
	}
	x := r.Float64() * total
	for k, w := range s.entryW {
		if x < w {
			return s.entries[k]
		}
		x -= w
	}
	return s.entries[len(s.entries)-1]
}

func countSpans(r *rand.Rand, op *operation, depth int) int {
	n := 1
	if depth > 12 {
		return n
	}
	for _, c := range op.calls {
		if r.Float64() >= c.prob {
			continue
		}
		switch c.kind {
		case callService:
			n += 1 + countSpans(r, c.target, depth+1)
		case callPublish:
			n += 1 + countSpans(r, c.dep.consumer, depth+1)
		default:
			n++
		}
	}
	return n
}

var verbs = map[string][]string{
	"GET":    {"Get", "List", "Find"},
	"POST":   {"Create", "Submit", "Validate"},
	"PUT":    {"Update", "Replace"},
	"DELETE": {"Delete", "Cancel"},
}

func newOperation(r *rand.Rand, s *system, sv *service, j int) *operation {
	noun := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(sv.name, "-service"), "-svc"), "-api")
	if sv.tier == 0 || j > 0 {
		noun = nouns[r.IntN(len(nouns))]
	}
	method := []string{"GET", "GET", "GET", "POST", "PUT", "DELETE"}[r.IntN(6)]
	verb := verbs[method][r.IntN(len(verbs[method]))]
	op := &operation{svc: sv, noun: noun, method: method, self: lognormal(r, time.Duration(1+r.IntN(8))*time.Millisecond, 0.4)}
	if sv.proto == protoGRPC {
		op.rpcSvc = sv.pkg + ".v1." + camel(noun) + "Service"
		op.rpcMeth = verb + camel(noun)
		op.name = op.rpcSvc + "/" + op.rpcMeth
	} else {
		op.route = fmt.Sprintf("/api/v%d/%ss", 1+r.IntN(2), noun)
		if method != "POST" || r.Float64() < 0.3 {
			op.route += "/{id}"
		}
		op.name = method + " " + op.route
	}
	op.function, op.file = codeLocation(sv, strings.ToLower(verb[:1])+verb[1:]+camel(noun))
	// INFO lines: one at entry, one or two at exit, worded like real
	// services (an id or a count varies per call).
	entry := []string{
		"%s %s request received for id=%%d",
		"Handling %s %s, id %%d",
		"Start %s %s id=%%d",
	}[r.IntN(3)]
	op.lines = append(op.lines, fmt.Sprintf(entry, strings.ToLower(verb), noun))
	if r.Float64() < 0.7 {
		exit := []string{
			"%s %s completed in %%d ms",
			"%s %s returned %%d records",
			"%s %s done, %%d items",
		}[r.IntN(3)]
		op.lines = append(op.lines, fmt.Sprintf(exit, verb, noun))
	}
	if r.Float64() < 0.4 {
		op.lines = append(op.lines, fmt.Sprintf("Audit: %s %s by user u-%%d", strings.ToLower(verb), noun))
	}
	if r.Float64() < 0.5 {
		op.warnRate = 0.002 + 0.03*r.Float64()
		op.warn = []string{
			"Slow %s lookup: took %d ms",
			"Retrying %s connection, attempt %d of 3",
			"Deprecated parameter 'v1' used by client %d for %s",
			"Request for %s exceeded soft limit: %d items",
		}[r.IntN(4)]
		op.warn = strings.ReplaceAll(op.warn, "%s", noun)
	}
	return op
}

// codeLocation is a function and file name in the service's language.
func codeLocation(sv *service, fn string) (string, string) {
	base := camel(strings.TrimPrefix(sv.pkg, "shop."))
	switch sv.lang {
	case langJava:
		return "com.example." + strings.TrimPrefix(sv.pkg, "shop.") + "." + base + "Controller." + fn,
			"com/example/" + strings.TrimPrefix(sv.pkg, "shop.") + "/" + base + "Controller.java"
	case langGo:
		return "example.com/" + strings.TrimPrefix(sv.pkg, "shop.") + "/internal/handler." + title(fn),
			"internal/handler/" + strings.ToLower(base) + ".go"
	}
	return strings.TrimPrefix(sv.pkg, "shop.") + ".views." + toSnake(fn), strings.TrimPrefix(sv.pkg, "shop.") + "/views.py"
}

func toSnake(s string) string {
	var b strings.Builder
	for k, c := range s {
		if c >= 'A' && c <= 'Z' {
			if k > 0 {
				b.WriteByte('_')
			}
			c += 'a' - 'A'
		}
		b.WriteRune(c)
	}
	return b.String()
}

func validationError(l language) string {
	switch l {
	case langJava:
		return "javax.validation.ConstraintViolationException"
	case langGo:
		return "*validation.Error"
	}
	return "ValueError"
}

func transientError(l language) string {
	switch l {
	case langJava:
		return "org.springframework.dao.CannotAcquireLockException"
	case langGo:
		return "*pq.Error"
	}
	return "psycopg2.errors.DeadlockDetected"
}
