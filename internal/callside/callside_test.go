package callside

import "testing"

func TestCallerSide(t *testing.T) {
	for _, c := range []struct {
		errType, text string
		want          bool
	}{
		// the client's error: 4xx, gRPC's client codes
		{"404", "GET to users failed", true},
		{"400", "", true},
		{"429", "POST to quota failed", true},
		{"NOT_FOUND", "bank.Rates/List failed", true},
		{"invalid_argument", "", true},
		{"", "rpc error: code = PermissionDenied desc = <*>", true},
		// a name that does not resolve: the callee was never reached
		{"*net.DNSError", "", true},
		{"", "dial tcp: lookup <*> on <*>: no such host", true},
		{"java.net.UnknownHostException", "orders-prod", true},
		{"Error", "getaddrinfo ENOTFOUND payments.internal", true},
		{"", "[Errno -2] Name or service not known", true},
		{"", "curl: (6) Could not resolve host: api", true},
		// client-side discovery with no instance registered
		{"java.lang.IllegalStateException", "No instances available for <*>", true},
		{"", "Load balancer does not have available server for client: orders", true},
		// the callee's: 5xx, unavailable, refused, reset, timeouts,
		// certificates, answers that do not decode
		{"503", "GET to users failed", false},
		{"UNAVAILABLE", "connection refused", false},
		{"", "rpc error: code = Unavailable desc = <*>", false},
		{"CERT_HAS_EXPIRED", "GET to users failed", false},
		{"javax.net.ssl.SSLHandshakeException", "PKIX path validation failed", false},
		{"", "read ECONNRESET", false},
		{"", "connect ECONNREFUSED <*>", false},
		{"java.net.SocketTimeoutException", "Read timed out", false},
		{"", "json: cannot unmarshal string into Go struct field", false},
		{"4040", "", false},
		{"4x4", "", false},
		{"", "", false},
	} {
		if got := CallerSide(c.errType, c.text); got != c.want {
			t.Errorf("CallerSide(%q, %q) = %v, want %v", c.errType, c.text, got, c.want)
		}
	}
}
