package faultsim2

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

type lang int

const (
	langJava lang = iota
	langGo
	langNode
	langPython
)

func (l lang) sdk() string {
	return [...]string{"java", "go", "nodejs", "python"}[l]
}

// domain is the vocabulary of one kind of application, after the public
// benchmark applications (Sock Shop / Online Boutique: a shop;
// DeathStarBench: social network, hotel reservation, media; and two more
// business domains). Only the words come from there; the graph is random.
type domain struct {
	name  string
	edges []string
	nouns []string
	// consumers are nouns that typically consume events.
	consumers []string
	topics    []string
	ns        string // Java/gRPC package stem
}

var domains = []domain{
	{"shop", []string{"frontend", "storefront", "web-bff"}, []string{"cart", "checkout", "orders", "catalog", "recommendation", "shipping", "payment", "inventory", "currency", "pricing", "users", "email", "ads", "reviews"}, []string{"email", "shipping", "reviews", "inventory"}, []string{"order-events", "cart-updates"}, "shop"},
	{"social", []string{"nginx-web", "web-gateway"}, []string{"compose-post", "home-timeline", "user-timeline", "social-graph", "post-storage", "text", "media", "url-shorten", "user-mention", "unique-id", "users", "notifier"}, []string{"home-timeline", "notifier", "media"}, []string{"post-created", "follow-events"}, "social"},
	{"hotel", []string{"frontend", "booking-web"}, []string{"search", "reservation", "profile", "geo", "rate", "recommendation", "users", "availability", "loyalty", "invoices"}, []string{"loyalty", "invoices"}, []string{"reservations", "rate-changes"}, "hotel"},
	{"bank", []string{"api-gateway", "mobile-bff"}, []string{"accounts", "transfers", "ledger", "fx-rates", "fraud-check", "notifications", "customers", "cards", "statements", "limits"}, []string{"notifications", "statements", "ledger"}, []string{"transfer-events", "card-auth"}, "bank"},
	{"media", []string{"edge-api", "tv-bff"}, []string{"playback", "catalog", "entitlement", "license", "profiles", "recommendations", "billing", "ratings", "search", "artwork"}, []string{"ratings", "recommendations", "billing"}, []string{"play-events", "subscription-events"}, "media"},
	{"delivery", []string{"gateway", "customer-bff"}, []string{"restaurants", "menu", "orders", "dispatch", "eta", "payments", "promotions", "notifications", "geo", "couriers"}, []string{"notifications", "dispatch", "couriers"}, []string{"order-placed", "courier-location"}, "delivery"},
}

type service struct {
	name     string
	noun     string
	lang     lang
	grpc     bool
	edge     bool
	replicas int
	version  string
	port     int
	pkg      string // gRPC package / Java package
	oldConv  bool   // older semantic conventions (http.method, db.system)
	traceLog bool   // logs through the OTel log bridge (trace context, severity)
	noLogs   bool   // writes no application logs at all
	names    bool   // error lines name the callee
	probes   bool   // probe requests are traced
	jvm      bool
	ops      []*op
	db       *store
	cache    *store
	pool     int           // connection pool size
	poolWait time.Duration // pool acquisition timeout
	timeout  time.Duration // client timeout for its calls
	hosts    string        // DNS suffix of its callees
	logger   string        // logger / module name stem
}

type store struct {
	system string // db.system(.name)
	name   string // db.namespace
	host   string
	port   int
	tables []string
	lat    time.Duration // median query time
}

type stepKind int

const (
	stepCall stepKind = iota
	stepDB
	stepCache
	stepPublish
)

type step struct {
	kind     stepKind
	target   *op
	prob     float64
	optional bool
	retries  int
	table    string
	dbOp     string // SELECT / INSERT / UPDATE / find / GET
	topic    *topic
}

type topic struct {
	name       string
	partitions int
	consumer   *op
	system     string // kafka / rabbitmq
}

type op struct {
	svc     *service
	name    string // span name
	method  string // HTTP method
	route   string // HTTP route
	path    string // a concrete path prefix (route with the id filled in)
	rpcSvc  string
	rpcMeth string
	self    time.Duration
	steps   []step
	info    string // INFO line written per call ("" none)
	callers []*op
	topic   *topic // consumer op of this topic
	fn      string // code function
	// chronic 404 share (a lookup that misses), 0 none
	notFound float64
	noun     string // what the operation is about
	// a chronic low-rate failure (a known bug nobody fixed), 0 none
	chronic            float64
	chronicT, chronicM string
}

type system struct {
	name     string
	dom      domain
	services []*service
	topics   []*topic
	rate     float64 // requests per second
	entries  []*op   // edge operations, weighted by entryW
	entryW   []float64
	day      time.Time
	ext      *extAPI
	job      *service // service that runs a scheduled job failing now and then
}

// extAPI is a third-party HTTPS API one service calls (rate-limited now
// and then: chronic 429s retried).
type extAPI struct {
	host   string
	caller *op
}

var methods = []string{"GET", "GET", "GET", "POST", "PUT", "DELETE"}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func hexs(r *rand.Rand, n int) string {
	const d = "0123456789abcdef"
	b := make([]byte, n)
	for i := range b {
		b[i] = d[r.IntN(16)]
	}
	return string(b)
}

func alnum(r *rand.Rand, n int) string {
	const d = "bcdfghjklmnpqrstvwxz2456789"
	b := make([]byte, n)
	for i := range b {
		b[i] = d[r.IntN(len(d))]
	}
	return string(b)
}

func camel(s string) string {
	var b strings.Builder
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' }) {
		b.WriteString(strings.ToUpper(p[:1]) + p[1:])
	}
	return b.String()
}

func singular(s string) string {
	s = strings.TrimSuffix(s, "s")
	if i := strings.LastIndexByte(s, '-'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// newSystem builds system number idx from its own random stream.
func newSystem(r *rand.Rand, idx int, base time.Time) *system {
	dom := domains[r.IntN(len(domains))]
	s := &system{dom: dom, name: fmt.Sprintf("%s-%02d", dom.name, idx), day: base.AddDate(0, 0, idx)}
	nouns := slices.Clone(dom.nouns)
	r.Shuffle(len(nouns), func(i, j int) { nouns[i], nouns[j] = nouns[j], nouns[i] })
	n := 6 + r.IntN(min(9, len(nouns)-5))
	nouns = nouns[:n]
	style := r.IntN(4)
	nameOf := func(noun string) string {
		switch style {
		case 1:
			return noun + "-service"
		case 2:
			return noun + "-svc"
		case 3:
			return noun + "-api"
		}
		return noun
	}
	hostSuffix := pick(r, []string{"", ".svc.cluster.local", "." + dom.name + ".svc.cluster.local", ":8080"})
	mk := func(name, noun string, edge bool) *service {
		sv := &service{name: name, noun: noun, edge: edge, replicas: 2 + r.IntN(2)}
		switch x := r.Float64(); {
		case x < 0.4:
			sv.lang = langJava
		case x < 0.7:
			sv.lang = langGo
		case x < 0.85:
			sv.lang = langNode
		default:
			sv.lang = langPython
		}
		sv.jvm = sv.lang == langJava
		if !edge {
			g := [...]float64{0.3, 0.7, 0.1, 0.15}[sv.lang]
			sv.grpc = r.Float64() < g
			if r.Float64() < 0.2 {
				sv.replicas = 1
			}
		}
		sv.version = pick(r, []string{
			fmt.Sprintf("%d.%d.%d", 1+r.IntN(3), r.IntN(20), r.IntN(10)),
			fmt.Sprintf("v%d.%d.%d", r.IntN(2), 1+r.IntN(30), r.IntN(5)),
			fmt.Sprintf("2026.%d.%d", 1+r.IntN(11), r.IntN(9)),
			hexs(r, 7),
		})
		sv.port = pick(r, []int{8080, 8080, 3000, 5000, 9090, 50051, 8000})
		if sv.grpc {
			sv.port = pick(r, []int{50051, 9090, 8443})
		}
		sv.pkg = dom.ns + "." + strings.ReplaceAll(noun, "-", "")
		if sv.lang == langJava {
			sv.pkg = pick(r, []string{"com.", "io.", "org."}) + pick(r, []string{"acme", "example", "corp", dom.ns + "co"}) + "." + strings.ReplaceAll(noun, "-", "")
		}
		sv.oldConv = r.Float64() < 0.3
		sv.traceLog = r.Float64() < 0.7
		sv.noLogs = r.Float64() < 0.08
		sv.names = r.Float64() < 0.6
		sv.probes = r.Float64() < 0.5
		sv.pool = pick(r, []int{5, 10, 10, 20})
		sv.poolWait = time.Duration(pick(r, []int{1000, 2000, 3000, 5000, 30000})) * time.Millisecond
		switch sv.lang {
		case langJava:
			sv.timeout = time.Duration(1000+r.IntN(4)*1000) * time.Millisecond
		case langGo:
			sv.timeout = time.Duration(500+r.IntN(6)*500) * time.Millisecond
		case langNode:
			sv.timeout = time.Duration(2000+r.IntN(5)*2000) * time.Millisecond
		default:
			sv.timeout = time.Duration(1000+r.IntN(5)*1000) * time.Millisecond
		}
		sv.hosts = hostSuffix
		sv.logger = strings.ReplaceAll(noun, "-", "")
		return sv
	}
	en := pick(r, dom.edges)
	edge := mk(en, en, true)
	s.services = append(s.services, edge)
	for _, nn := range nouns {
		s.services = append(s.services, mk(nameOf(nn), nn, false))
	}
	nMid := max(2, (len(s.services)-1)*2/5)
	// stores
	for i, sv := range s.services {
		if i == 0 {
			continue
		}
		if i > nMid || r.Float64() < 0.5 {
			sys := pick(r, []string{"postgresql", "postgresql", "mysql", "mongodb"})
			port := map[string]int{"postgresql": 5432, "mysql": 3306, "mongodb": 27017}[sys]
			name := strings.ReplaceAll(sv.noun, "-", "_")
			if !strings.HasSuffix(name, "s") {
				name += "s"
			}
			sv.db = &store{system: sys, name: strings.ReplaceAll(sv.noun, "-", "_") + pick(r, []string{"", "_db", "db"}),
				host: sv.noun + "-" + pick(r, []string{"db", "postgres", "primary", "mysql"}), port: port,
				tables: []string{name, name + "_history", singular(sv.noun) + "_items"},
				lat:    time.Duration(800+r.IntN(5000)) * time.Microsecond}
			if sys == "mongodb" {
				sv.db.host = sv.noun + "-mongo"
			}
		}
		if r.Float64() < 0.3 {
			sv.cache = &store{system: "redis", name: "0", host: pick(r, []string{"redis", sv.noun + "-redis", "cache"}), port: 6379,
				lat: time.Duration(200+r.IntN(900)) * time.Microsecond}
		}
	}
	// operations
	for _, sv := range s.services {
		nops := 1 + r.IntN(3)
		if sv.edge {
			nops = 3 + r.IntN(3)
		}
		for k := 0; k < nops; k++ {
			o := &op{svc: sv, self: time.Duration(1500+r.IntN(20000)) * time.Microsecond}
			noun := sv.noun
			if sv.edge {
				noun = s.services[1+r.IntN(len(s.services)-1)].noun
			}
			verbs := []string{"Get", "List", "Create", "Update", "Check", "Compute"}
			v := verbs[r.IntN(len(verbs))]
			if sv.grpc {
				o.rpcSvc = sv.pkg + "." + camel(singular(noun)) + "Service"
				o.rpcMeth = v + camel(singular(noun))
				if k > 0 {
					o.rpcMeth = v + camel(singular(noun)) + pick(r, []string{"s", "Details", "Status", "Summary"})
				}
				o.name = o.rpcSvc + "/" + o.rpcMeth
				if slices.ContainsFunc(sv.ops, func(x *op) bool { return x.name == o.name }) {
					o.rpcMeth += fmt.Sprint(k)
					o.name = o.rpcSvc + "/" + o.rpcMeth
				}
			} else {
				o.method = methods[r.IntN(len(methods))]
				ver := pick(r, []string{"/api/v1/", "/api/", "/v2/", "/"})
				switch {
				case o.method == "GET" && r.IntN(2) == 0:
					o.route = ver + noun + "/{id}"
					o.path = ver + noun + "/"
				case o.method == "GET":
					o.route = ver + noun
				case o.method == "POST":
					o.route = ver + noun
				default:
					o.route = ver + noun + "/{id}"
					o.path = ver + noun + "/"
				}
				if k > 0 && r.IntN(2) == 0 {
					o.route += "/" + pick(r, []string{"status", "summary", "items", "search", "validate"})
					o.path = ""
				}
				if slices.ContainsFunc(sv.ops, func(x *op) bool { return x.method == o.method && x.route == o.route }) {
					o.route += fmt.Sprintf("/v%d", k)
					o.path = ""
				}
				o.name = o.method + " " + o.route
			}
			o.fn = strings.ToLower(v[:1]) + v[1:] + camel(singular(noun))
			o.noun = noun
			if r.Float64() < 0.7 {
				o.info = infoLine(r, sv, o, singular(noun))
			}
			if o.path != "" && o.method == "GET" && r.Float64() < 0.5 {
				o.notFound = 0.005 + r.Float64()*0.03
			}
			sv.ops = append(sv.ops, o)
		}
	}
	// calls: lower index -> higher index (a DAG); the edge calls the mid tier
	for i, sv := range s.services {
		for _, o := range sv.ops {
			if i > nMid && !sv.edge {
				// leaves: their own store only, sometimes a leaf further down
				if r.Float64() < 0.25 && i+1 < len(s.services) {
					o.steps = append(o.steps, callStep(r, s.services[i+1+r.IntN(len(s.services)-i-1)]))
				}
			} else {
				ncalls := 1 + r.IntN(3)
				for c := 0; c < ncalls; c++ {
					lo := i + 1
					hi := len(s.services)
					if sv.edge {
						hi = nMid + 1
						if r.Float64() < 0.25 {
							hi = len(s.services)
						}
					}
					if lo >= hi {
						break
					}
					st := callStep(r, s.services[lo+r.IntN(hi-lo)])
					if slices.ContainsFunc(o.steps, func(x step) bool { return x.target == st.target }) {
						continue
					}
					o.steps = append(o.steps, st)
				}
			}
			if sv.cache != nil && r.Float64() < 0.6 {
				o.steps = append([]step{{kind: stepCache, prob: 1, dbOp: pick(r, []string{"GET", "HGET", "MGET"})}}, o.steps...)
			}
			if sv.db != nil {
				nq := 1 + r.IntN(2)
				for q := 0; q < nq; q++ {
					st := step{kind: stepDB, prob: 1, table: pick(r, sv.db.tables)}
					switch {
					case sv.db.system == "mongodb":
						st.dbOp = pick(r, []string{"find", "find", "insert", "update", "aggregate"})
					case o.method == "POST" && q == nq-1:
						st.dbOp = "INSERT"
					case o.method == "PUT" || o.method == "DELETE":
						st.dbOp = pick(r, []string{"UPDATE", "DELETE", "SELECT"})
					default:
						st.dbOp = "SELECT"
					}
					o.steps = append(o.steps, st)
				}
			}
		}
	}
	// every non-edge service must be reached by the traffic: a call from
	// an operation the traffic reaches (a leaf is not called by the edge
	// when a mid-tier operation can call it)
	for i := 1; i < len(s.services); i++ {
		reach := s.reach()
		if slices.ContainsFunc(s.services[i].ops, func(o *op) bool { return reach[o] }) {
			continue
		}
		var from []*op
		for k, c := range s.services[:i] {
			if k == 0 && i > nMid {
				continue
			}
			for _, o := range c.ops {
				if reach[o] {
					from = append(from, o)
				}
			}
		}
		if len(from) == 0 {
			from = s.services[0].ops
		}
		o := pick(r, from)
		o.steps = append(o.steps, callStep(r, s.services[i]))
	}
	// topics
	if r.Float64() < 0.65 {
		for _, tn := range dom.topics[:1+r.IntN(2)] {
			// the producer is an operation the traffic reaches
			reach := s.reach()
			var prod *op
			for _, sv := range s.services[1 : nMid+1] {
				for _, o := range sv.ops {
					if reach[o] && o.topic == nil && (prod == nil || r.Float64() < 0.3) {
						prod = o
					}
				}
			}
			if prod == nil {
				continue
			}
			var cons *service
			for _, sv := range s.services[1:] {
				if slices.Contains(dom.consumers, sv.noun) && sv != prod.svc {
					cons = sv
				}
			}
			if cons == nil {
				cons = s.services[nMid+1+r.IntN(len(s.services)-nMid-1)]
				if cons == prod.svc {
					continue
				}
			}
			t := &topic{name: tn, partitions: pick(r, []int{3, 6, 12}), system: pick(r, []string{"kafka", "kafka", "rabbitmq"})}
			co := &op{svc: cons, self: time.Duration(1000+r.IntN(8000)) * time.Microsecond, topic: t}
			if cons.oldConv {
				co.name = tn + " process"
			} else {
				co.name = "process " + tn
			}
			co.fn = "on" + camel(tn)
			if r.Float64() < 0.7 {
				co.info = infoLine(r, cons, co, singular(tn))
			}
			if cons.db != nil {
				co.steps = append(co.steps, step{kind: stepDB, prob: 1, table: pick(r, cons.db.tables), dbOp: "INSERT"})
				if cons.db.system == "mongodb" {
					co.steps[len(co.steps)-1].dbOp = "insert"
				}
			}
			t.consumer = co
			cons.ops = append(cons.ops, co)
			prod.steps = append(prod.steps, step{kind: stepPublish, prob: 0.9, topic: t})
			s.topics = append(s.topics, t)
		}
	}
	reach := s.reach()
	for _, sv := range s.services {
		for _, o := range sv.ops {
			for _, st := range o.steps {
				if st.kind == stepCall && reach[o] {
					st.target.callers = append(st.target.callers, o)
				}
			}
		}
	}
	for _, o := range s.services[0].ops {
		s.entries = append(s.entries, o)
		s.entryW = append(s.entryW, 0.2+r.Float64()*3)
	}
	s.rate = 2 + r.Float64()*3
	// a third-party API called by one service (rate limits now and then)
	if r.Float64() < 0.6 {
		sv := s.services[1+r.IntN(len(s.services)-1)]
		s.ext = &extAPI{host: pick(r, []string{"api.stripe-like.example", "maps.provider.example", "sms.gateway.example", "api.partner.example"}), caller: pick(r, sv.ops)}
	}
	if r.Float64() < 0.6 {
		s.job = s.services[1+r.IntN(len(s.services)-1)]
	}
	// one or two chronic low-rate failures
	for k := 0; k < 1+r.IntN(2); k++ {
		sv := s.services[r.IntN(len(s.services))]
		o := pick(r, sv.ops)
		o.chronic = 0.002 + r.Float64()*0.01
		o.chronicT, o.chronicM = chronicError(sv, r)
	}
	return s
}

// reach is the set of operations the traffic reaches: the edge's, what
// they call, and the consumers of what they publish.
func (s *system) reach() map[*op]bool {
	seen := map[*op]bool{}
	var visit func(o *op)
	visit = func(o *op) {
		if seen[o] {
			return
		}
		seen[o] = true
		for _, st := range o.steps {
			switch {
			case st.kind == stepCall:
				visit(st.target)
			case st.kind == stepPublish && st.topic.consumer != nil:
				visit(st.topic.consumer)
			}
		}
	}
	for _, o := range s.services[0].ops {
		visit(o)
	}
	return seen
}

func callStep(r *rand.Rand, target *service) step {
	var cand []*op
	for _, o := range target.ops {
		if o.topic == nil {
			cand = append(cand, o)
		}
	}
	st := step{kind: stepCall, target: pick(r, cand), prob: 1}
	if r.Float64() < 0.3 {
		st.prob = 0.3 + r.Float64()*0.6
	}
	st.optional = r.Float64() < 0.2
	if r.Float64() < 0.35 && (st.target.method == "GET" || st.target.method == "") {
		st.retries = 1 + r.IntN(2)
	}
	return st
}

// infoLine is the INFO line an operation writes per call, in its
// language's habits.
func infoLine(r *rand.Rand, sv *service, o *op, noun string) string {
	switch sv.lang {
	case langJava:
		return pick(r, []string{
			"Processing " + noun + " request for id {id}",
			camel(noun) + " {id} loaded in {ms} ms",
			"Received request to " + strings.ToLower(o.fn[:1]) + o.fn[1:] + " id={id}",
		})
	case langGo:
		return pick(r, []string{
			"handled " + noun + " request",
			noun + " lookup done",
			"serving " + o.fn,
		})
	case langNode:
		return pick(r, []string{
			noun + " request completed",
			"fetched " + noun + " {id}",
		})
	}
	return pick(r, []string{
		"Handling " + noun + " {id}",
		noun + " processed in {ms}ms",
	})
}
