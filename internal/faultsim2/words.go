package faultsim2

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// The texts below follow what the libraries print (checked against
// public documentation and reports: Spring RestTemplate's
// ResourceAccessException "I/O error on GET request for ...: Read timed
// out", HikariCP's SQLTransientConnectionException "HikariPool-1 -
// Connection is not available, request timed out after 30000ms.", gRPC-Go
// "rpc error: code = DeadlineExceeded desc = context deadline exceeded",
// Go's "dial tcp: lookup x: no such host", Node's ECONNREFUSED /
// CERT_HAS_EXPIRED, Python requests' ReadTimeout and SQLAlchemy's
// QueuePool TimeoutError). They are written per language, not per fault.

func scopeOf(sv *service, what string) string {
	switch sv.lang {
	case langJava:
		return map[string]string{"server": "io.opentelemetry.tomcat-10.0", "client": "io.opentelemetry.http-url-connection", "db": "io.opentelemetry.jdbc", "redis": "io.opentelemetry.lettuce-5.1", "kafka": "io.opentelemetry.kafka-clients-2.6", "rabbitmq": "io.opentelemetry.rabbitmq-2.7"}[what]
	case langGo:
		if sv.grpc && (what == "server" || what == "client") {
			return "go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
		}
		return map[string]string{"server": "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp", "client": "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp", "db": "github.com/XSAM/otelsql", "redis": "github.com/redis/go-redis/extra/redisotel", "kafka": "github.com/IBM/sarama/otelsarama", "rabbitmq": "amqp091-otel"}[what]
	case langNode:
		return map[string]string{"server": "@opentelemetry/instrumentation-http", "client": "@opentelemetry/instrumentation-http", "db": "@opentelemetry/instrumentation-pg", "redis": "@opentelemetry/instrumentation-ioredis", "kafka": "@opentelemetry/instrumentation-kafkajs", "rabbitmq": "@opentelemetry/instrumentation-amqplib"}[what]
	}
	return map[string]string{"server": "opentelemetry.instrumentation.flask", "client": "opentelemetry.instrumentation.requests", "db": "opentelemetry.instrumentation.sqlalchemy", "redis": "opentelemetry.instrumentation.redis", "kafka": "opentelemetry.instrumentation.kafka", "rabbitmq": "opentelemetry.instrumentation.pika"}[what]
}

func loggerOf(sv *service) string {
	switch sv.lang {
	case langJava:
		return sv.pkg + ".web." + className(sv) + "Controller"
	case langGo:
		return sv.logger
	case langNode:
		return sv.logger
	}
	return sv.logger + ".views"
}

func httpServerAttrs(sv *service, method, route, path string, status int, ua string) []attr {
	if sv.oldConv {
		return []attr{{"http.method", method}, {"http.route", route}, {"http.target", path}, {"http.scheme", "http"}, {"http.status_code", status}, {"net.host.port", sv.port}, {"http.user_agent", ua}}
	}
	return []attr{{"http.request.method", method}, {"http.route", route}, {"url.path", path}, {"url.scheme", "http"}, {"http.response.status_code", status}, {"server.port", sv.port}, {"network.protocol.version", "1.1"}, {"user_agent.original", ua}}
}

func serverAttrs(sv *service, o *op, p *pod, res outcome, extra []attr) []attr {
	if o.topic != nil {
		a := []attr{{"messaging.system", o.topic.system}, {"messaging.destination.name", o.topic.name}, {"messaging.operation.type", "process"}}
		return append(a, extra...)
	}
	if sv.grpc {
		return append([]attr{{"rpc.system", "grpc"}, {"rpc.service", o.rpcSvc}, {"rpc.method", o.rpcMeth}, {"rpc.grpc.status_code", res.code}, {"server.port", sv.port}}, extra...)
	}
	path := o.route
	if o.path != "" {
		path = o.path + "1"
	}
	ua := "Mozilla/5.0"
	if !sv.edge {
		ua = map[lang]string{langJava: "Java-http-client/21", langGo: "Go-http-client/1.1", langNode: "axios/1.7.2", langPython: "python-requests/2.32.3"}[sv.lang]
	}
	return append(httpServerAttrs(sv, o.method, o.route, path, max(res.status, 200), ua), extra...)
}

var grpcNames = map[int]string{0: "OK", 2: "UNKNOWN", 4: "DEADLINE_EXCEEDED", 5: "NOT_FOUND", 13: "INTERNAL", 14: "UNAVAILABLE"}

func grpcCodeName(c int) string { return grpcNames[c] }

// clientSpan names a client span and sets its attributes.
func clientSpan(sv *service, tg *op, host string, res outcome, attempt int) (string, []attr) {
	h := strings.SplitN(host, ":", 2)[0]
	if tg.svc.grpc {
		code := res.code
		if !res.fail {
			code = 0
		}
		a := []attr{{"rpc.system", "grpc"}, {"rpc.service", tg.rpcSvc}, {"rpc.method", tg.rpcMeth}, {"rpc.grpc.status_code", code}, {"server.address", h}, {"server.port", tg.svc.port}}
		if sv.oldConv {
			a[4] = attr{"net.peer.name", h}
			a[5] = attr{"net.peer.port", tg.svc.port}
		}
		if res.fail {
			a = append(a, attr{"error.type", grpcCodeName(code)})
		}
		return tg.name, a
	}
	path := tg.route
	if tg.path != "" {
		path = tg.path + "1"
	}
	url := "http://" + h + ":" + fmt.Sprint(tg.svc.port) + path
	var a []attr
	name := tg.method
	if sv.oldConv {
		name = "HTTP " + tg.method
		a = []attr{{"http.method", tg.method}, {"http.url", url}, {"net.peer.name", h}, {"net.peer.port", tg.svc.port}}
		if res.status > 0 && res.errType != "" && !isNumeric(res.errType) {
			// a connection error: no response
		} else if res.status > 0 || !res.fail {
			a = append(a, attr{"http.status_code", max(res.status, 200)})
		}
	} else {
		a = []attr{{"http.request.method", tg.method}, {"url.full", url}, {"server.address", h}, {"server.port", tg.svc.port}}
		if res.status > 0 && (res.errType == "" || isNumeric(res.errType)) {
			a = append(a, attr{"http.response.status_code", res.status})
		}
		if attempt > 0 {
			a = append(a, attr{"http.request.resend_count", attempt})
		}
	}
	if res.fail {
		et := res.errType
		if et == "" {
			et = fmt.Sprint(res.status)
		}
		a = append(a, attr{"error.type", et})
	}
	return name, a
}

func extSpan(sv *service, host string, status, attempt int) (string, []attr) {
	url := "https://" + host + "/v1/requests"
	if sv.oldConv {
		return "HTTP POST", []attr{{"http.method", "POST"}, {"http.url", url}, {"net.peer.name", host}, {"http.status_code", status}}
	}
	a := []attr{{"http.request.method", "POST"}, {"url.full", url}, {"server.address", host}, {"server.port", 443}, {"http.response.status_code", status}}
	if attempt > 0 {
		a = append(a, attr{"http.request.resend_count", attempt})
	}
	return "POST", a
}

func query(db *store, st step) (q, coll string) {
	coll = st.table
	switch st.dbOp {
	case "SELECT":
		q = "SELECT id, status, updated_at FROM " + coll + " WHERE id = ?"
	case "INSERT":
		q = "INSERT INTO " + coll + " (id, payload, created_at) VALUES (?, ?, ?)"
	case "UPDATE":
		q = "UPDATE " + coll + " SET status = ? WHERE id = ?"
	case "DELETE":
		q = "DELETE FROM " + coll + " WHERE id = ?"
	default:
		q = ""
	}
	if db.system == "postgresql" && q != "" {
		q = strings.ReplaceAll(q, "?", "$1")
	}
	return q, coll
}

func dbSpanName(sv *service, db *store, st step) string {
	if sv.oldConv {
		if db.system == "mongodb" {
			return st.table + "." + st.dbOp
		}
		return st.dbOp + " " + db.name + "." + st.table
	}
	return st.dbOp + " " + st.table
}

func dbAttrs(sv *service, db *store, dbOp, coll, q string) []attr {
	var a []attr
	if sv.oldConv {
		a = []attr{{"db.system", db.system}, {"db.name", db.name}, {"db.operation", dbOp}, {"net.peer.name", db.host}, {"net.peer.port", db.port}}
		if q != "" {
			a = append(a, attr{"db.statement", q})
		}
		if coll != "" {
			a = append(a, attr{"db.sql.table", coll})
		}
		return a
	}
	a = []attr{{"db.system.name", db.system}, {"db.namespace", db.name}, {"db.operation.name", dbOp}, {"server.address", db.host}, {"server.port", db.port}}
	if q != "" {
		a = append(a, attr{"db.query.text", q})
	}
	if coll != "" {
		a = append(a, attr{"db.collection.name", coll})
	}
	return a
}

func excEvent(t int64, et, msg, st string) event {
	a := []attr{{"exception.type", et}, {"exception.message", msg}}
	if st != "" {
		a = append(a, attr{"exception.stacktrace", st})
	}
	return event{name: "exception", t: t, attrs: a}
}

func stack(sv *service, o *op, et string) string {
	fn := "handle"
	if o != nil {
		fn = o.fn
	}
	cls := camel(singular(sv.noun + "x"))
	switch sv.lang {
	case langJava:
		return fmt.Sprintf("%s\n\tat %s.service.%sService.%s(%sService.java:%d)\n\tat %s.web.%sController.%s(%sController.java:%d)\n\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)", et, sv.pkg, cls, fn, cls, 40+len(fn)*3, sv.pkg, cls, fn, cls, 20+len(fn))
	case langNode:
		return fmt.Sprintf("%s\n    at %s (/app/src/%s.js:%d:17)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)", et, fn, sv.logger, 30+len(fn))
	case langPython:
		return fmt.Sprintf("Traceback (most recent call last):\n  File \"/app/%s/views.py\", line %d, in %s\n    return handler(request)\n%s", sv.logger, 50+len(fn), fn, et)
	}
	return fmt.Sprintf("goroutine 1 [running]:\nmain.(*server).%s(...)\n\t/src/%s/server.go:%d", fn, sv.logger, 60+len(fn))
}

func timeoutType(sv *service) string {
	switch sv.lang {
	case langJava:
		return "java.net.SocketTimeoutException"
	case langGo:
		return "context.DeadlineExceeded"
	case langNode:
		return "ETIMEDOUT"
	}
	return "requests.exceptions.ReadTimeout"
}

// concrete is the path of a call to tg about id.
func concrete(tg *op, id string) string {
	if tg.path != "" {
		return tg.path + id
	}
	return tg.route
}

func timeoutErr(sv *service, tg *op, host, id string) string {
	if tg.svc.grpc {
		switch sv.lang {
		case langGo:
			return "rpc error: code = DeadlineExceeded desc = context deadline exceeded"
		case langJava:
			return "io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: deadline exceeded after " + fmt.Sprintf("%.9fs", sv.timeout.Seconds())
		case langNode:
			return "4 DEADLINE_EXCEEDED: Deadline exceeded"
		}
		return "<_InactiveRpcError of RPC that terminated with: status = StatusCode.DEADLINE_EXCEEDED details = \"Deadline Exceeded\">"
	}
	path := concrete(tg, id)
	switch sv.lang {
	case langJava:
		return fmt.Sprintf("I/O error on %s request for \"http://%s%s\": Read timed out", tg.method, host, path)
	case langGo:
		return fmt.Sprintf("%s \"http://%s%s\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)", strings.ToUpper(tg.method[:1])+strings.ToLower(tg.method[1:]), host, path)
	case langNode:
		return "Error: timeout of " + fmt.Sprint(sv.timeout.Milliseconds()) + "ms exceeded"
	}
	return fmt.Sprintf("HTTPConnectionPool(host='%s', port=%d): Read timed out. (read timeout=%.1f)", strings.SplitN(host, ":", 2)[0], tg.svc.port, sv.timeout.Seconds())
}

func refusedType(sv *service) string {
	switch sv.lang {
	case langJava:
		return "java.net.ConnectException"
	case langGo:
		return "*net.OpError"
	case langNode:
		return "ECONNREFUSED"
	}
	return "requests.exceptions.ConnectionError"
}

func refused(sv *service, host string, port int) string {
	h := strings.SplitN(host, ":", 2)[0]
	ip := fmt.Sprintf("10.%d.%d.%d", 1+len(h)%200, len(host)%250, 2+port%250)
	switch sv.lang {
	case langJava:
		return "Connection refused"
	case langGo:
		return fmt.Sprintf("dial tcp %s:%d: connect: connection refused", ip, port)
	case langNode:
		return fmt.Sprintf("connect ECONNREFUSED %s:%d", ip, port)
	}
	return fmt.Sprintf("HTTPConnectionPool(host='%s', port=%d): Max retries exceeded (Caused by NewConnectionError: Failed to establish a new connection: [Errno 111] Connection refused)", h, port)
}

func resetType(sv *service) string {
	switch sv.lang {
	case langJava:
		return "java.net.SocketException"
	case langGo:
		return "*net.OpError"
	case langNode:
		return "ECONNRESET"
	}
	return "requests.exceptions.ConnectionError"
}

func resetErr(sv *service, host string) string {
	switch sv.lang {
	case langJava:
		return "Connection reset"
	case langGo:
		return "read tcp: connection reset by peer"
	case langNode:
		return "socket hang up"
	}
	return "('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))"
}

func dnsErrType(sv *service) string {
	switch sv.lang {
	case langJava:
		return "java.net.UnknownHostException"
	case langGo:
		return "*net.DNSError"
	case langNode:
		return "ENOTFOUND"
	}
	return "requests.exceptions.ConnectionError"
}

func dnsErr(sv *service, host string) string {
	h := strings.SplitN(host, ":", 2)[0]
	switch sv.lang {
	case langJava:
		return h + ": Name or service not known"
	case langGo:
		return "dial tcp: lookup " + h + " on 10.96.0.10:53: no such host"
	case langNode:
		return "getaddrinfo ENOTFOUND " + h
	}
	return "Failed to resolve '" + h + "' ([Errno -2] Name or service not known)"
}

func tlsErrType(sv *service) string {
	switch sv.lang {
	case langJava:
		return "javax.net.ssl.SSLHandshakeException"
	case langGo:
		return "x509.CertificateInvalidError"
	case langNode:
		return "CERT_HAS_EXPIRED"
	}
	return "ssl.SSLCertVerificationError"
}

func tlsErr(sv *service, host string, at int64) string {
	switch sv.lang {
	case langJava:
		return "PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed"
	case langGo:
		return "tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time " + time.Unix(0, at).UTC().Add(time.Minute).Format(time.RFC3339) + " is after " + time.Unix(0, at).UTC().Truncate(time.Minute).Format(time.RFC3339)
	case langNode:
		return "certificate has expired"
	}
	return "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)"
}

// propagateLine is the ERROR line a service writes when a required call
// failed: in its own words, naming the callee or not.
func propagateLine(sv *service, tg *op, sub outcome) string {
	who := tg.svc.name
	what := singular(tg.svc.noun)
	if !sv.names {
		switch sv.lang {
		case langJava:
			return "Request processing failed: " + sub.errMsg
		case langGo:
			return "request failed: " + sub.errMsg
		case langNode:
			return "Unhandled error: " + sub.errMsg
		}
		return "Exception on request [" + sub.errType + "]: " + sub.errMsg
	}
	switch sv.lang {
	case langJava:
		return "Failed to fetch " + what + " from " + who + ": " + sub.errMsg
	case langGo:
		return "calling " + who + ": " + sub.errMsg
	case langNode:
		return what + " lookup failed (" + who + "): " + sub.errMsg
	}
	return "Error calling " + who + ": " + sub.errMsg
}

func fallbackLine(sv *service, tg *op, sub outcome) string {
	if sv.names {
		return "Falling back: " + tg.svc.name + " unavailable (" + sub.errMsg + ")"
	}
	return "Using cached/default response after downstream error: " + sub.errMsg
}

func retryLine(sv *service, tg *op, sub outcome, attempt int) string {
	switch sv.lang {
	case langJava:
		return fmt.Sprintf("Retrying call to %s (attempt %d): %s", tg.svc.name, attempt+1, sub.errType)
	case langGo:
		return fmt.Sprintf("retrying request attempt=%d err=%q", attempt+1, sub.errMsg)
	case langNode:
		return fmt.Sprintf("retry %d after error %s", attempt, sub.errType)
	}
	return fmt.Sprintf("Retrying (Retry(total=%d)) after connection broken by '%s'", 2-attempt, sub.errType)
}

// decodeError is the error a caller raises on a malformed payload.
func decodeError(sv *service, tg *op) (string, string) {
	field := pick1(tg.svc.noun)
	switch sv.lang {
	case langJava:
		return "com.fasterxml.jackson.databind.exc.MismatchedInputException", "Cannot deserialize value of type `java.math.BigDecimal` from String \"\": not a valid representation (field \"" + field + "\")"
	case langGo:
		return "*json.UnmarshalTypeError", "json: cannot unmarshal string into Go struct field Response." + field + " of type float64"
	case langNode:
		return "TypeError", "Cannot read properties of undefined (reading '" + field + "')"
	}
	return "KeyError", "'" + field + "'"
}

// chronicError is a low-rate failure a service has lived with for months.
func chronicError(sv *service, r *rand.Rand) (string, string) {
	switch sv.lang {
	case langJava:
		return pick(r, []string{"org.springframework.orm.ObjectOptimisticLockingFailureException", "java.util.ConcurrentModificationException"}),
			pick(r, []string{"Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect)", "null"})
	case langGo:
		return "*errors.errorString", pick(r, []string{"context canceled", "EOF", "unexpected EOF"})
	case langNode:
		return "Error", pick(r, []string{"socket hang up", "read ECONNRESET"})
	}
	return pick(r, []string{"IntegrityError", "ValueError"}), pick(r, []string{"duplicate key value violates unique constraint", "invalid literal for int() with base 10: ''"})
}

func pick1(noun string) string {
	switch len(noun) % 4 {
	case 0:
		return "amount"
	case 1:
		return "items"
	case 2:
		return "status"
	}
	return "price"
}

func poolError(sv *service) (string, string) {
	ms := sv.poolWait.Milliseconds()
	switch sv.lang {
	case langJava:
		return "java.sql.SQLTransientConnectionException", fmt.Sprintf("HikariPool-1 - Connection is not available, request timed out after %dms.", ms)
	case langGo:
		return "context.DeadlineExceeded", "sql: acquire conn: context deadline exceeded"
	case langNode:
		return "Error", "timeout exceeded when trying to connect"
	}
	return "sqlalchemy.exc.TimeoutError", fmt.Sprintf("QueuePool limit of size %d overflow 10 reached, connection timed out, timeout %.2f", sv.pool, sv.poolWait.Seconds())
}

func slowQueryLine(sv *service, d int64) string {
	switch sv.lang {
	case langJava:
		return fmt.Sprintf("Slow query detected: took %d ms", d/1e6)
	case langNode:
		return fmt.Sprintf("slow query (%d ms)", d/1e6)
	}
	return fmt.Sprintf("Query took %.3fs", float64(d)/1e9)
}

func deserError(sv *service, tp *topic, part, offset int) (string, string) {
	switch sv.lang {
	case langJava:
		return "org.apache.kafka.common.errors.RecordDeserializationException", fmt.Sprintf("Error deserializing key/value for partition %s-%d at offset %d. If needed, please seek past the record to continue consumption.", tp.name, part, offset)
	case langGo:
		return "*json.SyntaxError", fmt.Sprintf("consume %s[%d]@%d: invalid character 'x' looking for beginning of value", tp.name, part, offset)
	case langNode:
		return "SyntaxError", "Unexpected token x in JSON at position 0"
	}
	return "json.decoder.JSONDecodeError", "Expecting value: line 1 column 1 (char 0)"
}

var sevText = map[int]string{9: "INFO", 13: "WARN", 17: "ERROR"}

// rawLine is a stdout line as a filelog receiver without parsing keeps it.
func rawLine(sv *service, p *pod, t int64, sev int, body string) string {
	ts := time.Unix(0, t).UTC()
	lv := sevText[sev]
	switch sv.lang {
	case langJava:
		return fmt.Sprintf("%s %5s 1 --- [nio-%d-exec-%d] %s : %s", ts.Format("2006-01-02T15:04:05.000Z07:00"), lv, sv.port, 1+int(t/1e6)%10, abbrev(loggerOf(sv)), body)
	case langGo:
		return fmt.Sprintf(`{"time":%q,"level":%q,"msg":%q,"pod":%q}`, ts.Format(time.RFC3339Nano), lv, body, p.name)
	case langNode:
		return fmt.Sprintf(`{"level":%d,"time":%d,"pid":1,"hostname":%q,"msg":%q}`, map[int]int{9: 30, 13: 40, 17: 50}[sev], t/1e6, p.name, body)
	}
	return fmt.Sprintf("[%s] %s in %s: %s", ts.Format("2006-01-02 15:04:05,000"), lv, sv.logger, body)
}

func abbrev(logger string) string {
	parts := strings.Split(logger, ".")
	for i := 0; i < len(parts)-1; i++ {
		parts[i] = parts[i][:1]
	}
	return strings.Join(parts, ".")
}

// statusErr is the error a client library reports for an error status.
func statusErr(sv *service, tg *op, host string, sub outcome, id string) (string, string) {
	if tg.svc.grpc {
		name := grpcCodeName(sub.code)
		switch sv.lang {
		case langGo:
			return name, "rpc error: code = " + camel(strings.ToLower(strings.ReplaceAll(name, "_", "-"))) + " desc = " + sub.errMsg
		case langJava:
			return name, "io.grpc.StatusRuntimeException: " + name + ": " + sub.errMsg
		case langNode:
			return name, fmt.Sprintf("%d %s: %s", sub.code, name, sub.errMsg)
		}
		return name, "<_InactiveRpcError of RPC that terminated with: status = StatusCode." + name + " details = \"" + sub.errMsg + "\">"
	}
	st := sub.status
	reason := map[int]string{500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout", 404: "Not Found"}[st]
	url := "http://" + host + concrete(tg, id)
	switch sv.lang {
	case langJava:
		return fmt.Sprint(st), fmt.Sprintf("%d %s: \"{\"status\":%d,\"error\":\"%s\",\"path\":\"%s\"}\"", st, reason, st, reason, concrete(tg, id))
	case langGo:
		return fmt.Sprint(st), fmt.Sprintf("unexpected status %d from %s", st, url)
	case langNode:
		return fmt.Sprint(st), fmt.Sprintf("Request failed with status code %d", st)
	}
	return fmt.Sprint(st), fmt.Sprintf("%d Server Error: %s for url: %s", st, reason, url)
}

func className(sv *service) string {
	if c := camel(singular(sv.noun)); c != "" {
		return c
	}
	return "App"
}
