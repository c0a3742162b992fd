package cluster

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A problem whose head's service fails calling one service of the system
// that shows no failure of its own names that callee as its likely cause:
// failed calls by their dependency (a Kubernetes or Consul name of the
// service, with a port or not), a failing log by the callee it names. It
// names none when the callee has a failure of its own in the problem, when
// the failures are the caller's side of the call (a client error status, a
// name that does not resolve), when the callee is not a service of the
// system, or when most of the caller's failures are not calls to it.
func TestGroupLikelyCause(t *testing.T) {
	known := []View{ // services that sent records (their clusters are quiet here)
		{Fingerprint: "k1", Kind: KindLog, Service: "users", Services: map[string]int64{"users": 1}, Count: 1, Severity: map[string]int64{"INFO": 1}},
		{Fingerprint: "k2", Kind: KindLog, Service: "ledger", Services: map[string]int64{"ledger": 1}, Count: 1, Severity: map[string]int64{"INFO": 1}},
	}
	call := func(fp, svc, dep, errType, tmpl string, n int64) View {
		return View{Fingerprint: fp, Kind: "error", Service: svc, Services: map[string]int64{svc: n}, Count: n,
			Dependency: dep, Dependencies: map[string]int64{dep: n}, ErrorType: errType, Template: tmpl}
	}
	cause := func(views ...View) map[string]string {
		var links []Link // the views given are one problem: they share traces
		for i := 1; i < len(views); i++ {
			links = append(links, Link{A: views[0].Fingerprint, B: views[i].Fingerprint, Kind: LinkTrace, Count: 5})
		}
		got := map[string]string{}
		for _, p := range Group(append(views, known...), links, DefaultGroupOptions()) {
			if p.Cause != "" {
				got[p.Head] = p.Cause
			}
		}
		return got
	}
	certs := call("tls", "web", "users.prod.svc.cluster.local:8443", "CERT_HAS_EXPIRED", "GET to users failed", 10)
	assert.Equal(t, map[string]string{"tls": "users"}, cause(certs))
	assert.Equal(t, map[string]string{"tls": "users"}, cause(call("tls", "web", "users", "503", "GET to users failed", 10)))
	assert.Equal(t, map[string]string{"tls": "users"}, cause(call("tls", "web", "users.service.consul", "UNAVAILABLE", "connection refused", 10)))
	// the callee has a failure of its own in the problem: it heads
	own := call("own", "users", "", "java.lang.NullPointerException", "<*>", 10)
	ps := Group(append([]View{certs, own}, known...), []Link{{A: "tls", B: "own", Kind: LinkCause, Count: 10}}, DefaultGroupOptions())
	for _, p := range ps {
		assert.Empty(t, p.Cause, "problem headed by %s", p.Head)
	}
	// the caller's side of the call
	assert.Empty(t, cause(call("c", "web", "users", "404", "GET to users failed", 10)))
	assert.Empty(t, cause(call("c", "web", "users.prod.svc.cluster.local", "", "dial tcp: lookup <*> on <*>: no such host", 10)))
	// not a service of the system; not a discovery name of one
	assert.Empty(t, cause(call("c", "web", "api.partner.example", "503", "POST failed", 10)))
	assert.Empty(t, cause(call("c", "web", "users.partner.example", "503", "POST failed", 10)))
	// most of the caller's failures are not calls to it; more 4xx than 5xx
	mixed := call("n", "web", "", "java.lang.IllegalArgumentException", "bad input <*>", 30)
	assert.Empty(t, cause(call("c", "web", "users", "503", "GET to users failed", 10), mixed))
	assert.Empty(t, cause(call("c", "web", "users", "503", "GET to users failed", 10), call("d", "web", "users", "400", "GET to users failed", 20)))
	// a failing log is no call, whatever service its words name ("Failed
	// to process document 42" in a system with a document service), and
	// it repeats its service's failed spans: it names no cause and counts
	// neither for nor against one
	logs := View{Fingerprint: "l", Kind: KindLog, Service: "web", Services: map[string]int64{"web": 8}, Count: 8, Severity: map[string]int64{"ERROR": 8},
		Template: "Failed to process ledger <*>", Named: map[string]int64{nameKey("ledger"): 8}}
	assert.Empty(t, cause(logs))
	assert.Len(t, cause(call("c", "web", "users", "503", "GET to users failed", 2), logs), 1)
	for _, c := range cause(call("c", "web", "users", "503", "GET to users failed", 2), logs) {
		assert.Equal(t, "users", c)
	}
}

func TestHostService(t *testing.T) {
	ks := map[string]string{nameKey("users"): "users", nameKey("cart-api"): "cart-api"}
	known := func(k string) (string, bool) { s, ok := ks[k]; return s, ok }
	for dep, want := range map[string]string{
		"users": "users", "users:8080": "users", "cart-api.shop.svc.cluster.local": "cart-api",
		"cart-api.shop.svc": "cart-api", "cart-api.svc.cluster.local.": "cart-api", "users.service.consul:8500": "users",
		"users.example.com": "", "users.svc-old.example": "", "api": "", "": "", ":8080": "", "users:http": "",
	} {
		assert.Equal(t, want, hostService(dep, known), dep)
	}
}
