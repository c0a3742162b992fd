package faultsim3

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

type system struct {
	name    string
	app     *tmplApp
	svcs    []*svc
	byName  map[string]*svc
	ops     map[string]*op
	entries []*op
	weights []float64
	topics  map[string]*topic
	keys    []string // product / item / hotel ids
	users   []string
	rate    float64 // requests per second at the entry
	chronic []*chronicErr
	warns   []*warnNoise
}

type svc struct {
	name     string
	lang     lang
	grpc     bool
	pkg      string
	port     int
	version  string
	replicas int
	sdkLogs  bool // logs through the OTel SDK bridge (severity, trace context); else stdout lines collected by a filelog receiver
	db       *dep
	cache    *dep
	ops      []*op
	entry    bool
	callers  int
	podHash  string
}

type dep struct {
	system, name, host string
	port               int
	lat                time.Duration
}

type op struct {
	id     string
	svc    *svc
	rpc    string
	name   string
	method string
	self   time.Duration
	keyed  bool
	info   string
	steps  []*step
	topic  *topic // consumer of this topic
	logger string // logger / caller name in the language's style
	public bool   // takes the users' requests (behind the proxy, if any)
}

type step struct {
	kind     stepKind
	target   *op
	topic    *topic
	dbOp     string
	coll     string
	prob     float64
	optional bool
	timeout  time.Duration
	retries  int
}

type topic struct {
	system, name string
	consumers    []*op
	linked       bool // consumer spans start a new trace linked to the producer span
}

type chronicErr struct {
	op      *op
	rate    float64
	status  int // HTTP status (404: a client error, not a server error)
	message string
}

type warnNoise struct {
	op   *op
	rate float64
	msg  string
}

// spanName is the server span's name (semantic conventions: "{method}
// {route}" for HTTP, "{rpc.service}/{rpc.method}" for gRPC, "process
// {destination}" for a consumer).
func (o *op) spanName() string {
	switch {
	case o.topic != nil:
		return "process " + o.topic.name
	case o.rpc != "":
		return o.rpcService() + "/" + o.name
	}
	return o.method + " " + o.name
}

func (o *op) rpcService() string { return o.svc.pkg + "." + o.rpc }

func buildSystem(seed uint64, idx int) *system {
	rng := rand.New(rand.NewPCG(seed, uint64(idx)*0x9e3779b97f4a7c15+1))
	app := &apps[(idx+int(seed))%len(apps)]
	s := &system{name: fmt.Sprintf("%s-%02d", app.name, idx), app: app, byName: map[string]*svc{}, ops: map[string]*op{}, topics: map[string]*topic{}}
	s.rate = 2.5 + 3*rng.Float64()
	for _, ts := range app.services {
		if ts.optional && rng.Float64() < 0.25 {
			continue
		}
		v := &svc{name: ts.name, lang: ts.lang, grpc: ts.grpc, pkg: ts.pkg, port: ts.port,
			version:  fmt.Sprintf("%d.%d.%d", 1+rng.IntN(3), rng.IntN(20), rng.IntN(10)),
			replicas: 1 + rng.IntN(3), sdkLogs: rng.Float64() < 0.6,
			podHash: randHex(rng, 9)}
		if ts.lang == langDotnet || ts.lang == langCpp {
			v.sdkLogs = rng.Float64() < 0.8
		}
		if ts.lang.infra() {
			v.sdkLogs = false
		}
		if ts.db != nil {
			d := dep(*ts.db)
			d.lat = time.Duration(float64(d.lat) * (0.7 + 0.6*rng.Float64()))
			v.db = &d
		}
		if ts.cache != nil {
			d := dep(*ts.cache)
			v.cache = &d
		}
		s.svcs = append(s.svcs, v)
		s.byName[v.name] = v
	}
	for _, tt := range app.topics {
		s.topics[tt.name] = &topic{system: tt.system, name: tt.name, linked: rng.Float64() < 0.5}
	}
	for _, to := range app.ops {
		v := s.byName[to.svc]
		if v == nil {
			continue
		}
		o := &op{id: to.id, svc: v, rpc: to.rpc, name: to.name, method: to.method, keyed: to.keyed, info: to.info,
			self: time.Duration(float64(to.self) * (0.6 + 0.8*rng.Float64()))}
		if to.consumes != "" {
			o.topic = s.topics[to.consumes]
			o.topic.consumers = append(o.topic.consumers, o)
		}
		o.logger = loggerName(v, o)
		v.ops = append(v.ops, o)
		s.ops[o.id] = o
	}
	for _, to := range app.ops {
		o := s.ops[to.id]
		if o == nil {
			continue
		}
		for _, ts := range to.steps {
			st := &step{kind: ts.kind, dbOp: ts.dbOp, coll: ts.coll, prob: ts.prob, optional: ts.optional, timeout: ts.timeout, retries: ts.retries}
			switch ts.kind {
			case stepCall:
				st.target = s.ops[ts.target]
				if st.target == nil {
					continue
				}
				st.target.svc.callers++
			case stepPublish:
				st.topic = s.topics[ts.target]
			}
			o.steps = append(o.steps, st)
		}
	}
	px := s.byName[app.proxy]
	for _, e := range app.entries {
		o := s.ops[e.op]
		o.public = true
		if px != nil {
			// the proxy routes the request to the entry (Envoy's default
			// route timeout 15 s, no retry policy)
			p := &op{id: px.name + "." + o.id, svc: px, name: o.name, method: o.method, self: 300 * time.Microsecond,
				steps: []*step{{kind: stepCall, target: o, prob: 1, timeout: 15 * time.Second}}}
			p.logger = px.name
			px.ops = append(px.ops, p)
			s.ops[p.id] = p
			o.svc.callers++
			o = p
		}
		s.entries = append(s.entries, o)
		s.weights = append(s.weights, e.weight)
		o.svc.entry = true
	}
	for i := 0; i < 12; i++ {
		switch app.name {
		case "astronomy-shop":
			s.keys = append(s.keys, randUpper(rng, 10))
		case "sock-shop":
			s.keys = append(s.keys, uuid(rng))
		default:
			s.keys = append(s.keys, fmt.Sprint(1+rng.IntN(80)))
		}
	}
	for i := 0; i < 40; i++ {
		s.users = append(s.users, uuid(rng))
	}
	// noise: chronic errors and warnings, on operations the seed picks
	var ops []*op
	for _, o := range s.allOps() {
		if !o.svc.lang.infra() {
			ops = append(ops, o)
		}
	}
	for k := 0; k < 1+rng.IntN(2); k++ {
		o := ops[rng.IntN(len(ops))]
		c := &chronicErr{op: o, rate: 0.002 + 0.008*rng.Float64(), status: 500}
		if o.keyed && rng.Float64() < 0.6 {
			c.status = 404
			c.message = "not found: {id}"
		} else {
			c.message = chronicMessages[rng.IntN(len(chronicMessages))]
		}
		s.chronic = append(s.chronic, c)
	}
	for k := 0; k < 2+rng.IntN(2); k++ {
		o := ops[rng.IntN(len(ops))]
		s.warns = append(s.warns, &warnNoise{op: o, rate: 0.01 + 0.04*rng.Float64(), msg: warnMessages[rng.IntN(len(warnMessages))]})
	}
	return s
}

var chronicMessages = []string{
	"deadlock detected while updating row {n}",
	"upstream connect error or disconnect/reset before headers",
	"request body exceeded the limit of {n} bytes",
	"lock wait timeout exceeded; try restarting transaction",
}

var warnMessages = []string{
	"slow request took {ms} ms",
	"retrying after transient error (attempt {n})",
	"deprecated field 'currency_code' used by client",
	"connection pool at {n} percent of capacity",
	"response cache miss ratio above threshold: {n} percent",
}

func (s *system) allOps() []*op {
	var out []*op
	for _, v := range s.svcs {
		out = append(out, v.ops...)
	}
	return out
}

// loggerName is the logger or caller field the language's logging library
// writes.
func loggerName(v *svc, o *op) string {
	base := strings.ReplaceAll(v.name, "-", "")
	switch v.lang {
	case langJava, langKotlin:
		p := v.pkg
		if p == "" {
			p = "oteldemo." + base
		}
		return p + "." + strings.ToUpper(base[:1]) + base[1:] + "Service"
	case langDotnet:
		return base + ".services." + strings.ToUpper(base[:1]) + base[1:] + "Service"
	case langRust:
		return base + "::" + strings.ToLower(strings.Trim(strings.ReplaceAll(o.name, "/", "_"), "_-"))
	case langPython:
		return base + "_server"
	case langGoZap, langGoSlog, langGoZerolog:
		return fmt.Sprintf("%s/main.go:%d", base, 40+len(o.id)*7%300)
	}
	return base
}

func randHex(rng *rand.Rand, n int) string {
	const hx = "0123456789abcdef"
	b := make([]byte, n)
	for i := range b {
		b[i] = hx[rng.IntN(16)]
	}
	return string(b)
}

func randUpper(rng *rand.Rand, n int) string {
	const al = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	b := make([]byte, n)
	for i := range b {
		b[i] = al[rng.IntN(len(al))]
	}
	return string(b)
}

func randLower(rng *rand.Rand, n int) string {
	const al = "bcdfghjklmnpqrstvwxz2456789"
	b := make([]byte, n)
	for i := range b {
		b[i] = al[rng.IntN(len(al))]
	}
	return string(b)
}

func uuid(rng *rand.Rand) string {
	h := randHex(rng, 32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:]
}
