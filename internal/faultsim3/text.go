package faultsim3

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// family groups languages by the error texts their libraries write.
func (l lang) family() string {
	switch l {
	case langGoZap, langGoSlog, langGoZerolog:
		return "go"
	case langJava, langKotlin:
		return "jvm"
	case langNode:
		return "node"
	case langPython:
		return "python"
	case langDotnet:
		return "dotnet"
	case langRust:
		return "rust"
	case langRuby:
		return "ruby"
	case langNginx:
		return "nginx"
	case langEnvoy:
		return "envoy"
	}
	return "cpp"
}

// canaryErrors is the bug a bad release ships, as the language reports it.
var canaryErrors = map[string][2]string{
	"go":     {"runtime.Error", "runtime error: invalid memory address or nil pointer dereference"},
	"jvm":    {"java.lang.NullPointerException", "Cannot invoke \"String.length()\" because \"currencyCode\" is null"},
	"node":   {"TypeError", "Cannot read properties of undefined (reading 'currencyCode')"},
	"python": {"KeyError", "'product_ids'"},
	"dotnet": {"System.NullReferenceException", "Object reference not set to an instance of an object."},
	"rust":   {"panic", "called `Option::unwrap()` on a `None` value"},
	"ruby":   {"NoMethodError", "undefined method `email' for nil:NilClass"},
	"cpp":    {"std::out_of_range", "map::at"},
	"nginx":  {"upstream", "upstream prematurely closed connection"},
}

type cause int

const (
	causeRefused cause = iota
	causeTimeout
	causeReset
	causeDNS
	causeTLS
	causeStatus // the callee answered with an error status
	causeDB     // the database answered with an error
)

// failure is why a call failed, as seen by the caller.
type failure struct {
	cause   cause
	host    string
	ip      string
	port    int
	code    int    // HTTP status (causeStatus)
	grpc    int    // gRPC status (causeStatus)
	msg     string // the callee's message (causeStatus, causeDB)
	excType string // injected exception type at the origin
	// rendered: msg is already the text the failing side's library
	// wrote (database and broker clients)
	rendered bool
	viaGRPC  bool // the failed call was a gRPC call
}

var grpcNames = map[int]string{0: "OK", 2: "UNKNOWN", 4: "DEADLINE_EXCEEDED", 5: "NOT_FOUND", 13: "INTERNAL", 14: "UNAVAILABLE", 16: "UNAUTHENTICATED"}

func grpcCamel(code int) string {
	n := strings.ToLower(grpcNames[code])
	parts := strings.Split(n, "_")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "")
}

// clientError is the error.type and the message a caller written in fam
// reports for f on a gRPC or HTTP call.
func clientError(fam string, grpc bool, f failure) (errType, text string) {
	addr := fmt.Sprintf("%s:%d", f.ip, f.port)
	if grpc {
		code := 14
		switch f.cause {
		case causeTimeout:
			code = 4
		case causeStatus:
			code = f.grpc
		}
		detail := f.msg
		switch f.cause {
		case causeRefused:
			detail = fmt.Sprintf("connection error: desc = \"transport: Error while dialing: dial tcp %s: connect: connection refused\"", addr)
		case causeTimeout:
			detail = "context deadline exceeded"
		case causeReset:
			detail = "error reading from server: read tcp: connection reset by peer"
		case causeDNS:
			detail = fmt.Sprintf("name resolver error: produced zero addresses (lookup %s: no such host)", f.host)
		case causeTLS:
			detail = "connection error: desc = \"transport: authentication handshake failed: x509: certificate has expired or is not yet valid\""
		}
		errType = grpcNames[code]
		switch fam {
		case "jvm":
			return errType, fmt.Sprintf("io.grpc.StatusRuntimeException: %s: %s", grpcNames[code], detail)
		case "node":
			return errType, fmt.Sprintf("%d %s: %s", code, grpcNames[code], detail)
		case "python":
			return errType, fmt.Sprintf("<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.%s\n\tdetails = \"%s\"\n>", grpcNames[code], detail)
		case "dotnet":
			return errType, fmt.Sprintf("Status(StatusCode=\"%s\", Detail=\"%s\")", grpcCamel(code), detail)
		}
		return errType, fmt.Sprintf("rpc error: code = %s desc = %s", grpcCamel(code), detail)
	}
	switch f.cause {
	case causeStatus:
		return fmt.Sprint(f.code), fmt.Sprintf("%d %s", f.code, httpText(f.code))
	case causeRefused:
		switch fam {
		case "jvm":
			return "java.net.ConnectException", "Connection refused"
		case "node":
			return "ECONNREFUSED", "connect ECONNREFUSED " + addr
		case "python":
			return "requests.exceptions.ConnectionError", fmt.Sprintf("HTTPConnectionPool(host='%s', port=%d): Max retries exceeded (Caused by NewConnectionError: [Errno 111] Connection refused)", f.host, f.port)
		case "dotnet":
			return "System.Net.Http.HttpRequestException", fmt.Sprintf("Connection refused (%s)", addr)
		case "rust":
			return "reqwest::Error", fmt.Sprintf("error sending request for url (http://%s/): tcp connect error: Connection refused (os error 111)", addr)
		}
		return "*net.OpError", fmt.Sprintf("dial tcp %s: connect: connection refused", addr)
	case causeTimeout:
		switch fam {
		case "jvm":
			return "java.net.SocketTimeoutException", "Read timed out"
		case "node":
			return "TimeoutError", "The operation was aborted due to timeout"
		case "python":
			return "requests.exceptions.ReadTimeout", fmt.Sprintf("HTTPConnectionPool(host='%s', port=%d): Read timed out.", f.host, f.port)
		case "dotnet":
			return "System.Threading.Tasks.TaskCanceledException", "The request was canceled due to the configured HttpClient.Timeout elapsing."
		}
		return "context.DeadlineExceeded", fmt.Sprintf("Post \"http://%s:%d/\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)", f.host, f.port)
	case causeReset:
		switch fam {
		case "jvm":
			return "java.net.SocketException", "Connection reset"
		case "node":
			return "ECONNRESET", "socket hang up"
		case "python":
			return "requests.exceptions.ConnectionError", "('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))"
		case "dotnet":
			return "System.Net.Http.HttpRequestException", "An error occurred while sending the request. Connection reset by peer"
		}
		return "*url.Error", fmt.Sprintf("Post \"http://%s:%d/\": read tcp: connection reset by peer", f.host, f.port)
	case causeDNS:
		switch fam {
		case "jvm":
			return "java.net.UnknownHostException", f.host + ": Name or service not known"
		case "node":
			return "ENOTFOUND", "getaddrinfo ENOTFOUND " + f.host
		case "python":
			return "requests.exceptions.ConnectionError", fmt.Sprintf("Failed to resolve '%s' ([Errno -2] Name or service not known)", f.host)
		case "dotnet":
			return "System.Net.Http.HttpRequestException", fmt.Sprintf("Name or service not known (%s:%d)", f.host, f.port)
		}
		return "*net.DNSError", fmt.Sprintf("dial tcp: lookup %s on 10.96.0.10:53: no such host", f.host)
	case causeTLS:
		switch fam {
		case "jvm":
			return "javax.net.ssl.SSLHandshakeException", "PKIX path validation failed: java.security.cert.CertificateNotYetValidException"
		case "node":
			return "CERT_NOT_YET_VALID", "certificate is not yet valid"
		case "python":
			return "ssl.SSLCertVerificationError", "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate is not yet valid"
		case "dotnet":
			return "System.Security.Authentication.AuthenticationException", "The remote certificate is invalid because of errors in the certificate chain: NotTimeValid"
		}
		return "x509.CertificateInvalidError", "x509: certificate has expired or is not yet valid"
	}
	return "_OTHER", f.msg
}

// dbError is the error.type and message of a database client in fam.
func dbError(fam string, d *dep, f failure) (string, string) {
	if f.cause == causeDB {
		return dbErrType(fam, d), f.msg
	}
	t, m := clientError(fam, false, f)
	switch d.system {
	case "redis":
		if fam == "dotnet" {
			return "StackExchange.Redis.RedisConnectionException", fmt.Sprintf("It was not possible to connect to the redis server(s). %s: %s", d.host, m)
		}
	case "mongodb":
		if fam == "jvm" {
			return "com.mongodb.MongoTimeoutException", fmt.Sprintf("Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=UNKNOWN, servers=[{address=%s:%d, type=UNKNOWN, state=CONNECTING, exception={%s: %s}}]", d.host, d.port, t, m)
		}
		if fam == "go" {
			return "mongo.ServerSelectionError", "server selection error: context deadline exceeded, current topology: { Type: Unknown, Servers: [{ Addr: " + d.host + fmt.Sprintf(":%d", d.port) + ", Type: Unknown, Last error: " + m + " }, ] }"
		}
	case "memcached":
		if fam == "go" {
			return "*net.OpError", "memcache: " + m
		}
	}
	return t, m
}

func dbErrType(fam string, d *dep) string {
	switch fam {
	case "jvm":
		if d.system == "mongodb" {
			return "com.mongodb.MongoWriteException"
		}
		return "org.postgresql.util.PSQLException"
	case "dotnet":
		return "Npgsql.PostgresException"
	case "python":
		return "psycopg2.errors.OperationalError"
	}
	return "*pgconn.PgError"
}

func httpText(code int) string {
	switch code {
	case 400:
		return "Bad Request"
	case 401:
		return "Unauthorized"
	case 404:
		return "Not Found"
	case 500:
		return "Internal Server Error"
	case 502:
		return "Bad Gateway"
	case 503:
		return "Service Unavailable"
	case 504:
		return "Gateway Timeout"
	}
	return "Error"
}

// stack is a stack trace in the language's format for an exception thrown
// in o, or "" where the language's loggers write none.
func stack(o *op, excType, msg string) string {
	v := o.svc
	base := strings.ReplaceAll(v.name, "-", "")
	fn := strings.Trim(strings.ReplaceAll(o.name, "/", "_"), "_{}")
	switch v.lang.family() {
	case "jvm":
		cls := o.logger
		return fmt.Sprintf("%s: %s\n\tat %s.%s(%sService.java:%d)\n\tat %s.%sController.handle(%sController.java:%d)\n\tat io.grpc.stub.ServerCalls$UnaryServerCallHandler$UnaryServerCallListener.onHalfClose(ServerCalls.java:182)\n\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)",
			excType, msg, cls, lowerFirst(fn), titleWord(v.name), 40+len(fn)*3, v.pkg, titleWord(v.name), titleWord(v.name), 60+len(fn))
	case "python":
		return fmt.Sprintf("Traceback (most recent call last):\n  File \"/app/%s_server.py\", line %d, in %s\n    response = self.handle(request)\n  File \"/app/%s_server.py\", line %d, in handle\n    raise %s(%q)\n%s: %s",
			base, 80+len(fn), fn, base, 40+len(fn), excType, msg, excType, msg)
	case "node":
		return fmt.Sprintf("%s: %s\n    at %s (/app/%s/index.js:%d:11)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)", excType, msg, lowerFirst(fn), base, 30+len(fn))
	case "dotnet":
		return fmt.Sprintf("%s: %s\n   at %s.%s() in /app/src/%s.cs:line %d\n   at Grpc.AspNetCore.Server.Internal.CallHandlers.UnaryServerCallHandler`3.HandleCallAsyncCore(HttpContext httpContext, HttpContextServerCallContext serverCallContext)", excType, msg, o.logger, fn, titleWord(v.name), 50+len(fn))
	case "go":
		if v.lang == langGoZap {
			return fmt.Sprintf("main.(*%s).%s\n\t/usr/src/app/main.go:%d\ngoogle.golang.org/grpc.(*Server).processUnaryRPC\n\t/go/pkg/mod/google.golang.org/grpc@v1.67.1/server.go:1394", base, fn, 200+len(fn))
		}
	}
	return ""
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// render fills a message template's placeholders.
func render(tmpl string, vals map[string]string) string {
	if !strings.Contains(tmpl, "{") {
		return tmpl
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			break
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			break
		}
		k := tmpl[i+1 : i+j]
		b.WriteString(tmpl[:i])
		if v, ok := vals[k]; ok {
			b.WriteString(v)
		} else {
			b.WriteString(tmpl[i : i+j+1])
		}
		tmpl = tmpl[i+j+1:]
	}
	return b.String()
}

// stdoutLine is the line the service's logging library writes to stdout
// (collected by a filelog receiver with no parsing): each language's
// default format. level is "info", "warn" or "error".
func stdoutLine(v *svc, o *op, pod string, t int64, level, msg, trace string) string {
	ts := time.Unix(0, t).UTC()
	logger := v.name
	if o != nil {
		logger = o.logger
	}
	switch v.lang {
	case langEnvoy:
		return msg // the access log line as it is
	case langGoZap:
		m := map[string]any{"level": level, "ts": float64(t) / 1e9, "caller": logger, "msg": msg}
		if trace != "" {
			m["stacktrace"] = trace
		}
		return jsonLine(m)
	case langGoZerolog:
		return jsonLine(map[string]any{"level": level, "time": ts.Format(time.RFC3339), "caller": "/go/src/github.com/harlow/go-micro-services/" + logger, "message": msg})
	case langGoSlog:
		return fmt.Sprintf("time=%s level=%s msg=%q", ts.Format(time.RFC3339Nano), map[string]string{"info": "INFO", "warn": "WARN", "error": "ERROR"}[level], msg)
	case langJava, langKotlin:
		s := fmt.Sprintf("%s %5s 1 --- [%s] %-40s : %s", ts.Format("2006-01-02 15:04:05.000"), strings.ToUpper(level), "nio-8080-exec-"+fmt.Sprint(1+t/7%10), abbreviate(logger), msg)
		if trace != "" {
			s += "\n" + trace
		}
		return s
	case langNode:
		m := map[string]any{"level": map[string]int{"info": 30, "warn": 40, "error": 50}[level], "time": t / 1e6, "pid": 1, "hostname": pod, "msg": msg}
		if trace != "" {
			m["err"] = map[string]any{"type": "Error", "stack": trace}
		}
		return jsonLine(m)
	case langPython:
		s := fmt.Sprintf("%s - %s - %s - %s", ts.Format("2006-01-02 15:04:05")+fmt.Sprintf(",%03d", ts.Nanosecond()/1e6), logger, strings.ToUpper(level), msg)
		if trace != "" {
			s += "\n" + trace
		}
		return s
	case langDotnet:
		s := fmt.Sprintf("%s: %s[0]\n      %s", map[string]string{"info": "info", "warn": "warn", "error": "fail"}[level], logger, msg)
		if trace != "" {
			s += "\n" + trace
		}
		return s
	case langRust:
		return fmt.Sprintf("%s %5s %s: %s", ts.Format("2006-01-02T15:04:05.000000Z"), strings.ToUpper(level), logger, msg)
	case langRuby:
		return fmt.Sprintf("%s, [%s #1] %5s -- : %s", strings.ToUpper(level[:1]), ts.Format("2006-01-02T15:04:05.000000"), strings.ToUpper(level), msg)
	}
	return fmt.Sprintf("[%s] [%s] %s", ts.Format("2006-01-02 15:04:05.000"), level, msg)
}

// abbreviate shortens a Java logger name like logback's %logger{39}.
func abbreviate(name string) string {
	parts := strings.Split(name, ".")
	for i := 0; i < len(parts)-1 && len(strings.Join(parts, ".")) > 39; i++ {
		parts[i] = parts[i][:1]
	}
	return strings.Join(parts, ".")
}

func jsonLine(m map[string]any) string {
	b, _ := json.Marshal(m) // keys sorted: deterministic
	return string(b)
}
