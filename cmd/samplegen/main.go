// Command samplegen writes the bundled sample telemetry that `make run` and
// the end-to-end tests replay: 30 minutes of a small shop (frontend,
// checkout, payment, cart, catalog, auth) with background noise, two chronic
// problems, a checkout regression after release 2.4.0, and a silent failure
// after cart release 3.1.0 (adding an item stops reserving stock, and stops
// logging that it did; nothing logs an error). Output is deterministic
// (fixed seed, fixed event times).
//
//	go run ./cmd/samplegen -out testdata/sample
package main

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/ptrace"
)

var (
	start   = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	release = start.Add(15 * time.Minute)
	// cartRelease ships cart 3.1.0, whose add-to-cart silently skips the
	// stock reservation.
	cartRelease = start.Add(20 * time.Minute)
	end         = start.Add(30 * time.Minute)
)

type logLine struct {
	TS        string `json:"ts"`
	Level     string `json:"level"`
	Service   string `json:"service"`
	Version   string `json:"version"`
	Env       string `json:"env"`
	TraceID   string `json:"trace_id,omitempty"`
	SpanID    string `json:"span_id,omitempty"`
	User      string `json:"user,omitempty"`
	Tenant    string `json:"tenant,omitempty"`
	Msg       string `json:"msg"`
	ExcType   string `json:"exception.type,omitempty"`
	ExcStack  string `json:"exception.stacktrace,omitempty"`
	HTTPRoute string `json:"http.route,omitempty"`
}

type gen struct {
	rng    *rand.Rand
	logs   []logLine
	traces ptrace.Traces
	rss    map[string]ptrace.ScopeSpans
}

func versionOf(service string, t time.Time) string {
	switch service {
	case "checkout":
		if t.Before(release) {
			return "2.3.0"
		}
		return "2.4.0"
	case "frontend":
		return "5.1.0"
	case "payment":
		return "1.9.2"
	case "cart":
		if t.Before(cartRelease) {
			return "3.0.1"
		}
		return "3.1.0"
	case "catalog":
		return "4.2.0"
	default:
		return "2.0.0"
	}
}

func (g *gen) id(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.rng.IntN(256))
	}
	return hex.EncodeToString(b)
}

func (g *gen) log(t time.Time, level, service, msg string, extra func(*logLine)) {
	l := logLine{
		TS: t.Format("2006-01-02T15:04:05.000Z07:00"), Level: level, Service: service,
		Version: versionOf(service, t), Env: "prod", Msg: msg,
	}
	if extra != nil {
		extra(&l)
	}
	g.logs = append(g.logs, l)
}

func (g *gen) scope(service string, t time.Time) ptrace.ScopeSpans {
	key := service + "@" + versionOf(service, t)
	if ss, ok := g.rss[key]; ok {
		return ss
	}
	rs := g.traces.ResourceSpans().AppendEmpty()
	ra := rs.Resource().Attributes()
	ra.PutStr("service.name", service)
	ra.PutStr("service.version", versionOf(service, t))
	ra.PutStr("deployment.environment.name", "production")
	ss := rs.ScopeSpans().AppendEmpty()
	ss.Scope().SetName("samplegen")
	g.rss[key] = ss
	return ss
}

type spanSpec struct {
	service, name, route string
	kind                 ptrace.SpanKind
	parent               pcommon.SpanID
	start                time.Time
	dur                  time.Duration
	err                  string
	excType, excStack    string
	attrs                map[string]string
}

func (g *gen) span(trace pcommon.TraceID, s spanSpec) pcommon.SpanID {
	sp := g.scope(s.service, s.start).Spans().AppendEmpty()
	var sid pcommon.SpanID
	b, _ := hex.DecodeString(g.id(8))
	copy(sid[:], b)
	sp.SetTraceID(trace)
	sp.SetSpanID(sid)
	sp.SetParentSpanID(s.parent)
	sp.SetName(s.name)
	sp.SetKind(s.kind)
	sp.SetStartTimestamp(pcommon.NewTimestampFromTime(s.start))
	sp.SetEndTimestamp(pcommon.NewTimestampFromTime(s.start.Add(s.dur)))
	if s.route != "" {
		sp.Attributes().PutStr("http.route", s.route)
	}
	for k, v := range s.attrs {
		sp.Attributes().PutStr(k, v)
	}
	if s.err != "" {
		sp.Status().SetCode(ptrace.StatusCodeError)
		sp.Status().SetMessage(s.err)
		if s.excType != "" {
			ev := sp.Events().AppendEmpty()
			ev.SetName("exception")
			ev.SetTimestamp(pcommon.NewTimestampFromTime(s.start.Add(s.dur)))
			ev.Attributes().PutStr("exception.type", s.excType)
			ev.Attributes().PutStr("exception.message", s.err)
			ev.Attributes().PutStr("exception.stacktrace", s.excStack)
		}
	}
	return sid
}

const checkoutStack = `java.lang.IllegalStateException: Payment authorization failed for order %d: gateway returned 502
	at com.shop.checkout.payment.PaymentClient.authorize(PaymentClient.java:%d)
	at com.shop.checkout.service.CheckoutService.placeOrder(CheckoutService.java:%d)
	at com.shop.checkout.api.CheckoutController.checkout(CheckoutController.java:57)
	at jdk.internal.reflect.GeneratedMethodAccessor%d.invoke(Unknown Source)
	at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:897)
	at org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)`

var users = []string{"u-1001", "u-1002", "u-1003", "u-1004", "u-1005", "u-1006", "u-1007", "u-1008", "u-1009", "u-1010", "u-1011", "u-1012"}
var tenants = []string{"acme", "globex", "initech", "umbrella"}

func main() {
	out := flag.String("out", "testdata/sample", "output directory")
	flag.Parse()
	g := &gen{rng: rand.New(rand.NewPCG(7, 11)), traces: ptrace.NewTraces(), rss: map[string]ptrace.ScopeSpans{}}

	for t := start; t.Before(end); t = t.Add(time.Duration(400+g.rng.IntN(400)) * time.Millisecond) {
		user := users[g.rng.IntN(len(users))]
		tenant := tenants[g.rng.IntN(len(tenants))]
		var trace pcommon.TraceID
		tb, _ := hex.DecodeString(g.id(16))
		copy(trace[:], tb)
		withTrace := func(sid pcommon.SpanID) func(*logLine) {
			return func(l *logLine) {
				l.TraceID = hex.EncodeToString(trace[:])
				l.SpanID = hex.EncodeToString(sid[:])
				l.User, l.Tenant = user, tenant
			}
		}
		switch r := g.rng.IntN(10); {
		case r < 4: // browse the catalog
			item := 1000 + g.rng.IntN(9000)
			root := g.span(trace, spanSpec{service: "frontend", name: "GET /products/{id}", route: "/products/{id}", kind: ptrace.SpanKindServer, start: t, dur: time.Duration(30+g.rng.IntN(40)) * time.Millisecond})
			c := g.span(trace, spanSpec{service: "catalog", name: "GET /api/products/{id}", route: "/api/products/{id}", kind: ptrace.SpanKindServer, parent: root, start: t.Add(2 * time.Millisecond), dur: time.Duration(15+g.rng.IntN(20)) * time.Millisecond})
			g.log(t, "INFO", "catalog", fmt.Sprintf("Served product %d in %d ms", item, 15+g.rng.IntN(20)), withTrace(c))
		case r < 6: // cart
			cart := g.span(trace, spanSpec{service: "cart", name: "POST /api/cart/items", route: "/api/cart/items", kind: ptrace.SpanKindServer, start: t, dur: time.Duration(10+g.rng.IntN(15)) * time.Millisecond})
			item, qty := 1000+g.rng.IntN(9000), 1+g.rng.IntN(3)
			g.log(t, "INFO", "cart", fmt.Sprintf("Added item %d (qty %d) to cart of %s", item, qty, user), withTrace(cart))
			if t.Before(cartRelease) {
				g.log(t.Add(4*time.Millisecond), "INFO", "cart", fmt.Sprintf("Reserved %d units of item %d in warehouse %s", qty, item, []string{"FRA-1", "AMS-2", "MAD-1"}[item%3]), withTrace(cart))
			}
		case r < 8: // checkout
			failing := !t.Before(release) && g.rng.IntN(100) < 45
			dur := time.Duration(120+g.rng.IntN(80)) * time.Millisecond
			errMsg := ""
			if failing {
				errMsg = "Payment authorization failed"
			}
			root := g.span(trace, spanSpec{service: "frontend", name: "POST /checkout", route: "/checkout", kind: ptrace.SpanKindServer, start: t, dur: dur + 10*time.Millisecond, err: errMsg, attrs: map[string]string{"enduser.id": user, "tenant.id": tenant}})
			order := 80000 + g.rng.IntN(20000)
			if failing {
				stack := fmt.Sprintf(checkoutStack, order, 112+g.rng.IntN(3), 88, 40+g.rng.IntN(20))
				co := g.span(trace, spanSpec{service: "checkout", name: "POST /api/checkout", route: "/api/checkout", kind: ptrace.SpanKindServer, parent: root, start: t.Add(3 * time.Millisecond), dur: dur, err: fmt.Sprintf("Payment authorization failed for order %d: gateway returned 502", order), excType: "java.lang.IllegalStateException", excStack: stack, attrs: map[string]string{"enduser.id": user, "tenant.id": tenant}})
				g.span(trace, spanSpec{service: "checkout", name: "POST", kind: ptrace.SpanKindClient, parent: co, start: t.Add(5 * time.Millisecond), dur: dur - 10*time.Millisecond, attrs: map[string]string{"server.address": "payment", "http.request.method": "POST"}})
				g.log(t.Add(dur), "ERROR", "checkout", fmt.Sprintf("Payment authorization failed for order %d: gateway returned 502", order), func(l *logLine) {
					withTrace(co)(l)
					l.ExcType = "java.lang.IllegalStateException"
					l.ExcStack = stack
				})
			} else {
				co := g.span(trace, spanSpec{service: "checkout", name: "POST /api/checkout", route: "/api/checkout", kind: ptrace.SpanKindServer, parent: root, start: t.Add(3 * time.Millisecond), dur: dur})
				pc := g.span(trace, spanSpec{service: "checkout", name: "POST", kind: ptrace.SpanKindClient, parent: co, start: t.Add(5 * time.Millisecond), dur: dur - 20*time.Millisecond, attrs: map[string]string{"server.address": "payment"}})
				g.span(trace, spanSpec{service: "payment", name: "POST /authorize", route: "/authorize", kind: ptrace.SpanKindServer, parent: pc, start: t.Add(8 * time.Millisecond), dur: dur - 30*time.Millisecond})
				g.log(t.Add(dur), "INFO", "checkout", fmt.Sprintf("Order %d placed for %s, total %d.%02d EUR", order, user, 10+g.rng.IntN(300), g.rng.IntN(100)), withTrace(co))
			}
		default: // sign-in
			a := g.span(trace, spanSpec{service: "auth", name: "POST /login", route: "/login", kind: ptrace.SpanKindServer, start: t, dur: time.Duration(40+g.rng.IntN(30)) * time.Millisecond})
			g.log(t, "INFO", "auth", fmt.Sprintf("User %s signed in from 10.%d.%d.%d", user, g.rng.IntN(255), g.rng.IntN(255), g.rng.IntN(255)), withTrace(a))
		}
		// Chronic background problems, steady over the whole window.
		if g.rng.IntN(25) == 0 {
			g.log(t, "WARN", "catalog", fmt.Sprintf("Slow query on products table took %d ms", 900+g.rng.IntN(600)), nil)
		}
		if g.rng.IntN(40) == 0 {
			g.log(t, "ERROR", "auth", fmt.Sprintf("Token refresh failed for client %d: upstream timeout after %ds", 1000+g.rng.IntN(50), 5), nil)
		}
	}

	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	lf, err := os.Create(filepath.Join(*out, "app.log"))
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(lf)
	enc := json.NewEncoder(w)
	for _, l := range g.logs {
		if err := enc.Encode(l); err != nil {
			log.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	lf.Close()

	tb, err := (&ptrace.JSONMarshaler{}).MarshalTraces(g.traces)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*out, "traces.json"), append(tb, '\n'), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %d log lines and %d spans to %s\n", len(g.logs), g.traces.SpanCount(), *out)
}
