package main

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
)

// The pipeline workload is a small shop: requests enter the frontend and
// fan out to a few services, each request is one trace, every span writes
// one log line (so logs and spans arrive at the same rate and share trace
// and span ids, as an instrumented service's do). A span fails with
// probability errorRate (status error, an exception event, and its log line
// is an ERROR line naming the failure), warnRate of the remaining lines are
// warnings, the rest INFO. Every line is a template with variables filled
// in at random (ids, amounts, durations, addresses, users), so the miner
// sees a stable set of templates and the masker real variable tokens.

const (
	errorRate = 0.10
	warnRate  = 0.05
)

// A step is one span of a request shape.
type step struct {
	service string
	name    string
	kind    ptrace.SpanKind
	parent  int     // index of the parent step, -1 for the root
	ms      float64 // median duration
	route   string  // http.route, if any
	db      string  // db.system.name, if any
	info    []string
	warn    []string
	errs    []failure
}

// A failure is what a failing span writes: its log line and, on the span,
// the exception type and message.
type failure struct {
	line string
	typ  string
	// stack adds an exception.stacktrace (Java) to the log record and the
	// span's exception event.
	stack bool
}

// shapes are the request types; weights in shapeWeights.
var shapes = [][]step{
	{ // checkout
		{service: "frontend", name: "POST /checkout", kind: ptrace.SpanKindServer, parent: -1, ms: 180, route: "/checkout",
			info: []string{"POST /checkout {status} {ms}ms user={user} session={hex}"},
			warn: []string{"checkout took {ms}ms for user {user}, above the 500ms budget"},
			errs: []failure{{line: "upstream checkout returned 503 for /checkout after {ms}ms", typ: "UpstreamError"}}},
		{service: "frontend", name: "POST", kind: ptrace.SpanKindClient, parent: 0, ms: 160,
			info: []string{"calling checkout at http://checkout.{ns}.svc:8080/api/checkout request_id={uuid}"},
			errs: []failure{{line: "dial tcp 10.{b}.{b}.{b}:8080: connect: connection refused", typ: "*net.OpError"}}},
		{service: "checkout", name: "POST /api/checkout", kind: ptrace.SpanKindServer, parent: 1, ms: 150, route: "/api/checkout",
			info: []string{"order {order} created for user {user}: {small} items, total {amount} EUR"},
			warn: []string{"retrying call to payment attempt {small}/3 after {ms}ms"},
			errs: []failure{{line: "failed to reserve inventory for order {order}: insufficient stock for sku {sku}", typ: "InsufficientStockException"},
				{line: "Cannot invoke \"Cart.getItems()\" because \"cart\" is null", typ: "java.lang.NullPointerException", stack: true}}},
		{service: "checkout", name: "INSERT shop.orders", kind: ptrace.SpanKindClient, parent: 2, ms: 8, db: "postgresql",
			info: []string{"INSERT INTO orders (id, user_id, total) VALUES ({order}, {int}, {amount}) took {ms}ms"},
			warn: []string{"slow query on table orders: {ms}ms > 500ms threshold"},
			errs: []failure{{line: "ERROR: duplicate key value violates unique constraint \"orders_pkey\" (SQLSTATE 23505) order {order}", typ: "org.postgresql.util.PSQLException"}}},
		{service: "checkout", name: "POST", kind: ptrace.SpanKindClient, parent: 2, ms: 90,
			info: []string{"payment request {uuid} sent to payment, amount {amount}"},
			errs: []failure{{line: "payment call timed out after {ms}ms (deadline 2000ms) order {order}", typ: "java.net.SocketTimeoutException", stack: true}}},
		{service: "payment", name: "POST /charge", kind: ptrace.SpanKindServer, parent: 4, ms: 80, route: "/charge",
			info: []string{"charged card ending {card} amount={amount} currency=EUR txn={uuid}"},
			warn: []string{"3-D Secure challenge for card ending {card}, txn={uuid}"},
			errs: []failure{{line: "payment declined for order {order}: card_declined (code {code})", typ: "CardDeclined"}}},
	},
	{ // product page
		{service: "frontend", name: "GET /products/{id}", kind: ptrace.SpanKindServer, parent: -1, ms: 40, route: "/products/{id}",
			info: []string{"GET /products/{int} {status} {ms}ms user={user}"},
			errs: []failure{{line: "template render failed for product {int}: missing field price", typ: "TemplateError"}}},
		{service: "frontend", name: "GET", kind: ptrace.SpanKindClient, parent: 0, ms: 30,
			info: []string{"fetching product {int} from catalog"},
			errs: []failure{{line: "context deadline exceeded while fetching product {int} from catalog after {ms}ms", typ: "context.DeadlineExceeded"}}},
		{service: "catalog", name: "GET /api/products/{id}", kind: ptrace.SpanKindServer, parent: 1, ms: 25, route: "/api/products/{id}",
			info: []string{"product {int} served from {source} in {ms}ms"},
			warn: []string{"cache miss rate {pct}% above 20% for prefix product:"},
			errs: []failure{{line: "connection to db-{small}.internal:5432 timed out after {ms}ms", typ: "java.sql.SQLTimeoutException", stack: true}}},
		{service: "catalog", name: "SELECT shop.products", kind: ptrace.SpanKindClient, parent: 2, ms: 6, db: "postgresql",
			info: []string{"SELECT * FROM products WHERE id = {int} rows={small} took {ms}ms"},
			warn: []string{"slow query on table products: {ms}ms > 500ms threshold"},
			errs: []failure{{line: "ERROR: canceling statement due to statement timeout (SQLSTATE 57014)", typ: "org.postgresql.util.PSQLException"}}},
	},
	{ // add to cart
		{service: "frontend", name: "POST /cart", kind: ptrace.SpanKindServer, parent: -1, ms: 35, route: "/cart",
			info: []string{"POST /cart {status} {ms}ms user={user}"},
			errs: []failure{{line: "invalid quantity {int} for sku {sku}: must be between 1 and 99", typ: "ValidationError"}}},
		{service: "frontend", name: "POST", kind: ptrace.SpanKindClient, parent: 0, ms: 25,
			info: []string{"adding sku {sku} x{small} to cart {uuid}"},
			errs: []failure{{line: "cart service unavailable: 503 Service Unavailable after {ms}ms", typ: "UpstreamError"}}},
		{service: "cart", name: "POST /api/cart/items", kind: ptrace.SpanKindServer, parent: 1, ms: 20, route: "/api/cart/items",
			info: []string{"cart {uuid} updated: {small} items"},
			errs: []failure{{line: "redis: connection pool exhausted (size={small}0, waiting={int})", typ: "redis.PoolTimeoutError"}}},
		{service: "cart", name: "HSET", kind: ptrace.SpanKindClient, parent: 2, ms: 2, db: "redis",
			info: []string{"HSET cart:{uuid} took {ms}ms"},
			errs: []failure{{line: "READONLY You can't write against a read only replica. key cart:{uuid}", typ: "redis.Error"}}},
	},
	{ // login
		{service: "frontend", name: "POST /login", kind: ptrace.SpanKindServer, parent: -1, ms: 60, route: "/login",
			info: []string{"POST /login {status} {ms}ms from {ip}"},
			errs: []failure{{line: "login rejected for {ip}: too many requests ({int} in 60s)", typ: "RateLimited"}}},
		{service: "frontend", name: "POST", kind: ptrace.SpanKindClient, parent: 0, ms: 50,
			info: []string{"authenticating {user} at auth"},
			errs: []failure{{line: "auth returned 401 for user {user}: invalid credentials", typ: "AuthError"}}},
		{service: "auth", name: "POST /api/sessions", kind: ptrace.SpanKindServer, parent: 1, ms: 45, route: "/api/sessions",
			info: []string{"session {hex} created for user {user} from {ip}"},
			warn: []string{"{small} failed login attempts for user {user} from {ip}"},
			errs: []failure{{line: "token signing failed for user {user}: key {hex} expired at {date}", typ: "jwt.SigningError"}}},
		{service: "auth", name: "SELECT auth.users", kind: ptrace.SpanKindClient, parent: 2, ms: 4, db: "postgresql",
			info: []string{"SELECT id, password_hash FROM users WHERE email = $1 took {ms}ms"},
			errs: []failure{{line: "FATAL: remaining connection slots are reserved for non-replication superuser connections", typ: "org.postgresql.util.PSQLException"}}},
	},
}

var shapeWeights = []int{3, 5, 3, 2}

var services = map[string]struct{ version, host string }{
	"frontend": {"2.14.1", "frontend-7d9f8c6b5-x2k4p"},
	"checkout": {"1.8.0", "checkout-5c7b9d8f4-q9w2e"},
	"payment":  {"3.2.7", "payment-6b8c7d9e5-r4t6y"},
	"catalog":  {"4.0.3", "catalog-8d7c6b5a4-u7i8o"},
	"cart":     {"1.1.12", "cart-9e8d7c6b5-p0a1s"},
	"auth":     {"5.4.0", "auth-4a5b6c7d8-d2f3g"},
}

const javaStack = "\n\tat com.shop.%s.Service.handle(Service.java:%d)\n\tat com.shop.%s.Controller.post(Controller.java:%d)\n\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:897)\n\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:750)"

// workload generates requests.
type workload struct {
	r     *rand.Rand
	total int // sum of shapeWeights
}

func newWorkload(seed uint64) *workload {
	w := &workload{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	for _, n := range shapeWeights {
		w.total += n
	}
	return w
}

func (w *workload) pickShape() []step {
	n := w.r.IntN(w.total)
	for i, wt := range shapeWeights {
		if n < wt {
			return shapes[i]
		}
		n -= wt
	}
	return shapes[0]
}

// batch returns the logs and spans of requests until at least n spans were
// written (so about n log records and n spans), stamped around now.
func (w *workload) batch(n int, now time.Time) (plog.Logs, ptrace.Traces) {
	ld := plog.NewLogs()
	td := ptrace.NewTraces()
	logsBy := map[string]plog.LogRecordSlice{}
	spansBy := map[string]ptrace.SpanSlice{}
	for written := 0; written < n; {
		written += w.request(now, ld, td, logsBy, spansBy)
	}
	return ld, td
}

func resourceFor(res pcommon.Resource, service string) {
	s := services[service]
	res.Attributes().PutStr("service.name", service)
	res.Attributes().PutStr("service.version", s.version)
	res.Attributes().PutStr("deployment.environment.name", "production")
	res.Attributes().PutStr("host.name", s.host)
	res.Attributes().PutStr("telemetry.sdk.language", "java")
}

// request writes one request (one trace) and returns its span count.
func (w *workload) request(now time.Time, ld plog.Logs, td ptrace.Traces, logsBy map[string]plog.LogRecordSlice, spansBy map[string]ptrace.SpanSlice) int {
	shape := w.pickShape()
	var tid pcommon.TraceID
	binary.LittleEndian.PutUint64(tid[:8], w.r.Uint64())
	binary.LittleEndian.PutUint64(tid[8:], w.r.Uint64())
	sids := make([]pcommon.SpanID, len(shape))
	starts := make([]time.Time, len(shape))
	ends := make([]time.Time, len(shape))
	user := "user-" + strconv.Itoa(w.r.IntN(50000))
	tenant := "tenant-" + strconv.Itoa(w.r.IntN(40))
	// durations: log-normal around the median, 1 % ten times slower
	for i, st := range shape {
		binary.LittleEndian.PutUint64(sids[i][:], w.r.Uint64()|1)
		d := st.ms * math.Exp(w.r.NormFloat64()*0.35)
		if w.r.Float64() < 0.01 {
			d *= 10
		}
		dur := time.Duration(d * float64(time.Millisecond))
		if st.parent < 0 {
			starts[i] = now.Add(-dur)
		} else {
			p := st.parent
			starts[i] = starts[p].Add(time.Duration(w.r.Float64() * float64(ends[p].Sub(starts[p])) * 0.1))
			if pe := ends[p]; starts[i].Add(dur).After(pe) {
				dur = pe.Sub(starts[i])
			}
		}
		ends[i] = starts[i].Add(dur)
	}
	for i, st := range shape {
		spans, ok := spansBy[st.service]
		if !ok {
			rs := td.ResourceSpans().AppendEmpty()
			resourceFor(rs.Resource(), st.service)
			ss := rs.ScopeSpans().AppendEmpty()
			ss.Scope().SetName("io.opentelemetry.spring-webmvc-6.0")
			spans = ss.Spans()
			spansBy[st.service] = spans
		}
		sp := spans.AppendEmpty()
		sp.SetTraceID(tid)
		sp.SetSpanID(sids[i])
		if st.parent >= 0 {
			sp.SetParentSpanID(sids[st.parent])
		}
		sp.SetName(st.name)
		sp.SetKind(st.kind)
		sp.SetStartTimestamp(pcommon.NewTimestampFromTime(starts[i]))
		sp.SetEndTimestamp(pcommon.NewTimestampFromTime(ends[i]))
		a := sp.Attributes()
		switch {
		case st.route != "":
			a.PutStr("http.request.method", strings.Fields(st.name)[0])
			a.PutStr("http.route", st.route)
			a.PutStr("url.path", strings.ReplaceAll(st.route, "{id}", strconv.Itoa(w.r.IntN(100000))))
		case st.db != "":
			a.PutStr("db.system.name", st.db)
			a.PutStr("server.address", "db-1.internal")
		case st.kind == ptrace.SpanKindClient:
			a.PutStr("http.request.method", st.name)
			if i+1 < len(shape) {
				a.PutStr("server.address", shape[i+1].service)
			}
		}
		a.PutStr("enduser.id", user)
		a.PutStr("tenant.id", tenant)

		logs, ok := logsBy[st.service]
		if !ok {
			rl := ld.ResourceLogs().AppendEmpty()
			resourceFor(rl.Resource(), st.service)
			sl := rl.ScopeLogs().AppendEmpty()
			sl.Scope().SetName("com.shop." + st.service)
			logs = sl.LogRecords()
			logsBy[st.service] = logs
		}
		lr := logs.AppendEmpty()
		lr.SetTimestamp(pcommon.NewTimestampFromTime(ends[i]))
		lr.SetObservedTimestamp(pcommon.NewTimestampFromTime(now))
		lr.SetTraceID(tid)
		lr.SetSpanID(sids[i])
		lr.Attributes().PutStr("enduser.id", user)
		lr.Attributes().PutStr("tenant.id", tenant)
		u := w.r.Float64()
		switch {
		case u < errorRate:
			f := st.errs[w.r.IntN(len(st.errs))]
			msg := w.fill(f.line)
			sp.Status().SetCode(ptrace.StatusCodeError)
			sp.Status().SetMessage(msg)
			ev := sp.Events().AppendEmpty()
			ev.SetName("exception")
			ev.SetTimestamp(pcommon.NewTimestampFromTime(ends[i]))
			ev.Attributes().PutStr("exception.type", f.typ)
			ev.Attributes().PutStr("exception.message", msg)
			lr.SetSeverityNumber(plog.SeverityNumberError)
			lr.SetSeverityText("ERROR")
			lr.Body().SetStr(msg)
			lr.Attributes().PutStr("exception.type", f.typ)
			if f.stack {
				cls := st.service
				trace := f.typ + ": " + msg + fmt.Sprintf(javaStack, cls, 40+w.r.IntN(3), cls, 100+w.r.IntN(3))
				ev.Attributes().PutStr("exception.stacktrace", trace)
				lr.Attributes().PutStr("exception.stacktrace", trace)
			}
		case len(st.warn) > 0 && u < errorRate+warnRate:
			lr.SetSeverityNumber(plog.SeverityNumberWarn)
			lr.SetSeverityText("WARN")
			lr.Body().SetStr(w.fill(st.warn[w.r.IntN(len(st.warn))]))
		default:
			lr.SetSeverityNumber(plog.SeverityNumberInfo)
			lr.SetSeverityText("INFO")
			lr.Body().SetStr(w.fill(st.info[w.r.IntN(len(st.info))]))
		}
	}
	return len(shape)
}

// fill replaces every {slot} of a line template with a random value.
func (w *workload) fill(tpl string) string {
	var sb strings.Builder
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			sb.WriteString(tpl)
			return sb.String()
		}
		j := strings.IndexByte(tpl[i:], '}')
		if j < 0 {
			sb.WriteString(tpl)
			return sb.String()
		}
		sb.WriteString(tpl[:i])
		sb.WriteString(w.value(tpl[i+1 : i+j]))
		tpl = tpl[i+j+1:]
	}
}

func (w *workload) value(slot string) string {
	r := w.r
	switch slot {
	case "status":
		return []string{"200", "200", "200", "201", "302", "400", "404"}[r.IntN(7)]
	case "ms":
		return strconv.Itoa(1 + r.IntN(900))
	case "user":
		return "user-" + strconv.Itoa(r.IntN(50000))
	case "hex":
		return fmt.Sprintf("%016x", r.Uint64())
	case "uuid":
		a, b := r.Uint64(), r.Uint64()
		return fmt.Sprintf("%08x-%04x-%04x-%04x-%012x", a>>32, a>>16&0xffff, a&0xffff, b>>48, b&0xffffffffffff)
	case "ns":
		return []string{"prod", "prod-eu", "prod-us"}[r.IntN(3)]
	case "b":
		return strconv.Itoa(r.IntN(256))
	case "order":
		return "ORD-" + strconv.Itoa(1000000+r.IntN(9000000))
	case "small":
		return strconv.Itoa(1 + r.IntN(9))
	case "amount":
		return strconv.FormatFloat(float64(r.IntN(100000))/100, 'f', 2, 64)
	case "sku":
		return fmt.Sprintf("SKU-%05d", r.IntN(100000))
	case "int":
		return strconv.Itoa(r.IntN(100000))
	case "card":
		return fmt.Sprintf("%04d", r.IntN(10000))
	case "code":
		return []string{"05", "51", "54", "61"}[r.IntN(4)]
	case "source":
		return []string{"cache", "cache", "db"}[r.IntN(3)]
	case "pct":
		return strconv.Itoa(20 + r.IntN(60))
	case "ip":
		return fmt.Sprintf("%d.%d.%d.%d", 11+r.IntN(200), r.IntN(256), r.IntN(256), 1+r.IntN(254))
	case "date":
		return time.Unix(1_700_000_000+r.Int64N(50_000_000), 0).UTC().Format(time.RFC3339)
	}
	return "{" + slot + "}"
}

// distinct writes n ERROR log records whose messages are random words: after
// masking nearly every one is a template of its own (the worst case for
// the miner's and the cluster store's bounds). Each has its own trace id.
func (w *workload) distinct(n int, now time.Time) plog.Logs {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	ld := plog.NewLogs()
	rl := ld.ResourceLogs().AppendEmpty()
	resourceFor(rl.Resource(), []string{"frontend", "checkout", "payment", "catalog", "cart", "auth"}[w.r.IntN(6)])
	lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.Reset()
		for k := 0; k < 5; k++ {
			if k > 0 {
				sb.WriteByte(' ')
			}
			for j := 0; j < 4+w.r.IntN(6); j++ {
				sb.WriteByte(letters[w.r.IntN(len(letters))])
			}
		}
		lr := lrs.AppendEmpty()
		lr.SetTimestamp(pcommon.NewTimestampFromTime(now))
		lr.SetSeverityNumber(plog.SeverityNumberError)
		lr.SetSeverityText("ERROR")
		lr.Body().SetStr(sb.String())
		var tid pcommon.TraceID
		binary.LittleEndian.PutUint64(tid[:8], w.r.Uint64())
		binary.LittleEndian.PutUint64(tid[8:], w.r.Uint64())
		lr.SetTraceID(tid)
		var sid pcommon.SpanID
		binary.LittleEndian.PutUint64(sid[:], w.r.Uint64()|1)
		lr.SetSpanID(sid)
	}
	return ld
}
