// Package acceptance is a small shop instrumented with the real
// OpenTelemetry Go SDK, as a user's services would be: frontend -> checkout
// -> payment over loopback HTTP with W3C trace context (otelhttp), checkout
// querying a PostgreSQL-like orders database, every service with its own
// TracerProvider and LoggerProvider exporting OTLP/HTTP to its own
// collector endpoint, semantic-convention attributes throughout.
//
// Requests choose their path with the "case" query parameter, as real
// inputs choose real code paths; the failure kinds are written the way Go
// services write them (span.RecordError with a stack trace, a recovered
// panic logged with its runtime stack, wrapped errors, retries with
// http.request.resend_count, a pool error, a branch that stops logging).
package acceptance

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/exporters/otlp/otlplog/otlploghttp"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/log"
	"go.opentelemetry.io/otel/propagation"
	sdklog "go.opentelemetry.io/otel/sdk/log"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	"go.opentelemetry.io/otel/trace"
)

// Cases a request can take (the "case" query parameter of POST /checkout).
const (
	CaseOK      = "ok"      // the happy path
	CaseGateway = "gateway" // payment's gateway refuses: payment 500, checkout and frontend 502
	CasePanic   = "panic"   // checkout panics in a coupon path, recovered and logged with its stack
	CaseSlowDB  = "slowdb"  // the orders database answers 10x slower
	CaseRetry   = "retry"   // payment answers 503 twice, checkout retries
	CasePool    = "pool"    // the orders database pool is exhausted
	CaseSilent  = "silent"  // checkout skips the stock reservation without a word
	CaseFraud   = "fraud"   // payment's fraud check: fails only in the bad release
	CaseTax     = "tax"     // checkout's tax lookup fails (the returning error)
)

// Service is one running service: its HTTP server and its own providers.
type Service struct {
	Name, Version string
	Addr          string // 127.0.0.1:port
	tp            *sdktrace.TracerProvider
	lp            *sdklog.LoggerProvider
	tracer        trace.Tracer
	logger        log.Logger
	srv           *http.Server
	client        *http.Client
}

// Hosts maps the service host names the shop calls ("checkout",
// "payment") to their loopback addresses, as a cluster's DNS would.
type Hosts struct {
	mu sync.RWMutex
	m  map[string]string
}

func (h *Hosts) set(name, addr string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.m == nil {
		h.m = map[string]string{}
	}
	h.m[name] = addr
}

func (h *Hosts) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	h.mu.RLock()
	real, ok := h.m[host]
	h.mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("unknown host %q", host)
	}
	var d net.Dialer
	return d.DialContext(ctx, network, real)
}

var propagator = propagation.TraceContext{}

// start creates a service's providers (OTLP/HTTP to endpoint, host:port)
// and serves mux on a free loopback port.
func start(ctx context.Context, hosts *Hosts, name, version, endpoint string, mux func(*Service) *http.ServeMux) (*Service, error) {
	res := resource.NewWithAttributes(semconv.SchemaURL,
		semconv.ServiceName(name), semconv.ServiceVersion(version),
		attribute.String("deployment.environment.name", "production"))
	texp, err := otlptracehttp.New(ctx, otlptracehttp.WithEndpoint(endpoint), otlptracehttp.WithInsecure())
	if err != nil {
		return nil, err
	}
	lexp, err := otlploghttp.New(ctx, otlploghttp.WithEndpoint(endpoint), otlploghttp.WithInsecure())
	if err != nil {
		return nil, err
	}
	s := &Service{Name: name, Version: version}
	s.tp = sdktrace.NewTracerProvider(sdktrace.WithResource(res),
		sdktrace.WithBatcher(texp, sdktrace.WithBatchTimeout(300*time.Millisecond)))
	s.lp = sdklog.NewLoggerProvider(sdklog.WithResource(res),
		sdklog.WithProcessor(sdklog.NewBatchProcessor(lexp, sdklog.WithExportInterval(300*time.Millisecond))))
	s.tracer = s.tp.Tracer("shop/" + name)
	s.logger = s.lp.Logger("shop/" + name)
	s.client = &http.Client{Timeout: 10 * time.Second, Transport: otelhttp.NewTransport(
		resendCounter{&http.Transport{DialContext: hosts.dial}},
		otelhttp.WithTracerProvider(s.tp), otelhttp.WithPropagators(propagator))}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s.Addr = l.Addr().String()
	hosts.set(name, s.Addr)
	s.srv = &http.Server{Handler: otelhttp.NewHandler(mux(s), name,
		otelhttp.WithTracerProvider(s.tp), otelhttp.WithPropagators(propagator),
		otelhttp.WithSpanNameFormatter(func(_ string, r *http.Request) string { return r.Method + " " + r.URL.Path })),
		ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = s.srv.Serve(l) }()
	return s, nil
}

// Stop ends the server and flushes the providers.
func (s *Service) Stop(ctx context.Context) error {
	err := s.srv.Shutdown(ctx)
	return errors.Join(err, s.tp.Shutdown(ctx), s.lp.Shutdown(ctx))
}

// resendKey carries the attempt number of an outgoing request.
type resendKey struct{}

// resendCounter writes http.request.resend_count on the client span
// otelhttp started for the request.
type resendCounter struct{ next http.RoundTripper }

func (rc resendCounter) RoundTrip(r *http.Request) (*http.Response, error) {
	if n, ok := r.Context().Value(resendKey{}).(int); ok && n > 0 {
		trace.SpanFromContext(r.Context()).SetAttributes(semconv.HTTPRequestResendCount(n))
	}
	return rc.next.RoundTrip(r)
}

// emit writes one log record under ctx's span.
func (s *Service) emit(ctx context.Context, sev log.Severity, body string, kv ...attribute.KeyValue) {
	var r log.Record
	r.SetTimestamp(time.Now())
	r.SetSeverity(sev)
	r.SetSeverityText(strings.ToUpper(sevText(sev)))
	r.SetBody(attribute.StringValue(body))
	r.AddAttributes(kv...)
	s.logger.Emit(ctx, r)
}

func sevText(s log.Severity) string {
	switch {
	case s >= log.SeverityError:
		return "error"
	case s >= log.SeverityWarn:
		return "warn"
	}
	return "info"
}

func uuid() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

// call posts to http://host/path?q with the service's instrumented client
// (attempt: the resend count); it returns the status code.
func (s *Service) call(ctx context.Context, host, path, q string, attempt int) (int, error) {
	ctx = context.WithValue(ctx, resendKey{}, attempt)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+host+path+"?"+q, nil)
	if err != nil {
		return 0, err
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return 0, err
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}

// Shop is the running shop.
type Shop struct {
	hosts                       Hosts
	Frontend, Checkout, Payment *Service
	endpoints                   map[string]string
}

// Endpoints maps each service to its OTLP/HTTP endpoint (host:port): one
// collector for all, or one agent per service.
func Start(ctx context.Context, endpoints map[string]string, paymentVersion string) (*Shop, error) {
	sh := &Shop{endpoints: endpoints}
	var err error
	if sh.Payment, err = start(ctx, &sh.hosts, "payment", paymentVersion, endpoints["payment"], paymentMux); err != nil {
		return nil, err
	}
	if sh.Checkout, err = start(ctx, &sh.hosts, "checkout", "3.2.0", endpoints["checkout"], checkoutMux); err != nil {
		return nil, err
	}
	if sh.Frontend, err = start(ctx, &sh.hosts, "frontend", "1.8.0", endpoints["frontend"], frontendMux); err != nil {
		return nil, err
	}
	return sh, nil
}

// Deploy replaces the payment service by another version (a release).
func (sh *Shop) Deploy(ctx context.Context, paymentVersion string) error {
	if err := sh.Payment.Stop(ctx); err != nil {
		return err
	}
	p, err := start(ctx, &sh.hosts, "payment", paymentVersion, sh.endpoints["payment"], paymentMux)
	if err != nil {
		return err
	}
	sh.Payment = p
	return nil
}

// Stop stops every service, flushing its telemetry.
func (sh *Shop) Stop(ctx context.Context) error {
	return errors.Join(sh.Frontend.Stop(ctx), sh.Checkout.Stop(ctx), sh.Payment.Stop(ctx))
}

// Request sends one user request to the frontend; it returns the status.
func (sh *Shop) Request(c, currency, user string) (int, error) {
	q := "case=" + c + "&currency=" + currency + "&user=" + user
	resp, err := http.Post("http://"+sh.Frontend.Addr+"/checkout?"+q, "text/plain", nil)
	if err != nil {
		return 0, err
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}

// frontend: POST /checkout calls checkout and turns its failures into 502.
func frontendMux(s *Service) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /checkout", func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		user := r.URL.Query().Get("user")
		span := trace.SpanFromContext(ctx)
		span.SetAttributes(semconv.HTTPRoute("/checkout"), semconv.EnduserID(user))
		s.emit(ctx, log.SeverityInfo, "checkout requested by user "+user, attribute.String("enduser.id", user))
		code, err := s.call(ctx, "checkout", "/orders", r.URL.RawQuery, 0)
		if err != nil || code >= 500 {
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		w.WriteHeader(code)
	})
	return mux
}

// GatewayError is the payment gateway's refusal.
type GatewayError struct {
	Status         int
	Amount         string
	Currency       string
	GatewayMessage string
}

func (e *GatewayError) Error() string {
	return fmt.Sprintf("gateway declined %s %s: %s (status %d)", e.Amount, e.Currency, e.GatewayMessage, e.Status)
}

// attempts counts payment calls per order (for CaseRetry).
var attempts sync.Map

// payment: POST /authorize.
func paymentMux(s *Service) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /authorize", func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		q := r.URL.Query()
		span := trace.SpanFromContext(ctx)
		span.SetAttributes(semconv.HTTPRoute("/authorize"))
		order, cur := q.Get("order"), q.Get("currency")
		amount := strconv.Itoa(10+len(order)%90) + ".50"
		switch q.Get("case") {
		case CaseGateway:
			err := authorize(order, amount, cur)
			span.RecordError(err, trace.WithStackTrace(true))
			span.SetStatus(codes.Error, err.Error())
			span.SetAttributes(semconv.ErrorTypeKey.String(fmt.Sprintf("%T", errors.Unwrap(err))))
			var ge *GatewayError
			errors.As(err, &ge)
			s.emit(ctx, log.SeverityError, err.Error(),
				attribute.String("exception.type", fmt.Sprintf("%T", ge)), attribute.String("exception.message", ge.Error()))
			w.WriteHeader(http.StatusInternalServerError)
			return
		case CaseRetry:
			n, _ := attempts.LoadOrStore(order, new(int))
			c := n.(*int)
			*c++
			if *c <= 2 {
				w.WriteHeader(http.StatusServiceUnavailable)
				return
			}
		case CaseFraud:
			if s.Version >= "2" {
				err := fmt.Errorf("fraud check for order %s: score service returned malformed JSON at offset %d", order, 100+len(order))
				span.RecordError(err, trace.WithStackTrace(true))
				span.SetStatus(codes.Error, err.Error())
				s.emit(ctx, log.SeverityError, err.Error())
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
		}
		s.emit(ctx, log.SeverityInfo, fmt.Sprintf("payment authorized for order %s: %s %s", order, amount, cur))
		w.WriteHeader(http.StatusOK)
	})
	return mux
}

//go:noinline
func authorize(order, amount, cur string) error {
	return fmt.Errorf("authorize order %s: %w", order, &GatewayError{Status: 502, Amount: amount, Currency: cur, GatewayMessage: "issuer unavailable"})
}

// checkout: POST /orders.
func checkoutMux(s *Service) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /orders", func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		q := r.URL.Query()
		span := trace.SpanFromContext(ctx)
		span.SetAttributes(semconv.HTTPRoute("/orders"), semconv.EnduserID(q.Get("user")))
		c := q.Get("case")
		order := uuid()
		defer func() {
			if v := recover(); v != nil {
				stack := string(debug.Stack())
				s.emit(ctx, log.SeverityError, fmt.Sprintf("panic recovered in POST /orders: %v", v),
					attribute.String("exception.type", fmt.Sprintf("%T", v)), attribute.String("exception.stacktrace", stack))
				span.SetStatus(codes.Error, fmt.Sprint(v))
				w.WriteHeader(http.StatusInternalServerError)
			}
		}()
		// The orders database.
		if err := s.query(ctx, c); err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		if c == CasePanic {
			applyCoupon(nil, q.Get("user"))
		}
		if c == CaseTax {
			err := fmt.Errorf("tax service unavailable for order %s: timeout after 80ms", order)
			span.SetStatus(codes.Error, err.Error())
			s.emit(ctx, log.SeverityError, err.Error())
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		// The reservation branch: the silent case skips it without a word.
		if c != CaseSilent {
			s.emit(ctx, log.SeverityInfo, fmt.Sprintf("reserved %d units of sku-%d for order %s", 1+len(order)%3, 100+len(order)%7, order))
		}
		pq := "order=" + order + "&currency=" + q.Get("currency") + "&case=" + c
		var code int
		var err error
		for attempt := 0; attempt < 4; attempt++ {
			code, err = s.call(ctx, "payment", "/authorize", pq, attempt)
			if err != nil || code != http.StatusServiceUnavailable {
				break
			}
		}
		if err != nil || code >= 500 {
			// The caller turns the payment failure into a 502, without a
			// line of its own.
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		s.emit(ctx, log.SeverityInfo, fmt.Sprintf("order %s placed for user %s", order, q.Get("user")))
		w.WriteHeader(http.StatusOK)
	})
	return mux
}

// query runs the orders lookup as a PostgreSQL client span.
func (s *Service) query(ctx context.Context, c string) error {
	ctx, span := s.tracer.Start(ctx, "SELECT shop.orders", trace.WithSpanKind(trace.SpanKindClient),
		trace.WithAttributes(semconv.DBSystemNamePostgreSQL, semconv.ServerAddress("orders-db"),
			semconv.DBOperationName("SELECT"), semconv.DBCollectionName("orders")))
	defer span.End()
	_ = ctx
	switch c {
	case CasePool:
		err := errors.New("connection pool exhausted: 10 of 10 connections busy, waited 150ms")
		span.RecordError(err)
		span.SetStatus(codes.Error, err.Error())
		span.SetAttributes(semconv.ErrorTypeKey.String("pool_exhausted"))
		return err
	case CaseSlowDB:
		time.Sleep(60 * time.Millisecond)
	default:
		time.Sleep(5 * time.Millisecond)
	}
	return nil
}

//go:noinline
func applyCoupon(coupons map[string]int, user string) {
	coupons[user]++ // a nil map: panics
}
