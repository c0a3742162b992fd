// Package faultsim2 is a second fault simulator, written apart from
// internal/faultsim and from the ranking, to measure root-cause ranking on
// systems and faults whose assumptions are not the ranking's own.
//
// A system is a seeded microservice application in the style of the
// public benchmarks (Sock Shop, Online Boutique, DeathStarBench's social
// network and hotel reservation, Train-Ticket): an edge service (gateway or
// BFF), mid-tier services and leaves, 1 to 3 replicas each
// (service.instance.id is the pod name), each written in Java/Spring, Go,
// Node.js or Python, speaking HTTP or gRPC, owning a database and
// sometimes a Redis cache, some producing to or consuming from Kafka
// topics. Every service has its own logging habits: which lines it writes,
// in whose words it reports a failed call (naming the callee or not),
// whether its logs carry trace context (the OTel log bridge) or are raw
// stdout lines with no severity and no ids (a filelog receiver without
// parsing), and which semantic-convention generation its instrumentation
// emits (stable http.request.method / db.system.name, or the older
// http.method / db.system).
//
// Traffic is a Poisson stream of user requests whose rate drifts and
// bursts; calls have client timeouts, some retry with backoff, some are
// optional (a fallback handles their failure); Kubernetes probes hit
// every replica; chronic background (404s, invalid tokens, retried
// deadlocks, a rate-limited third-party API, a failing scheduled job) runs
// in every window; benign rolling releases happen in some windows.
//
// Faults (FaultKinds) are injected into one service at a known time; their
// effects propagate only through the mechanisms above (timeouts, retries,
// error propagation, pool waits, routing to a crashed replica, lag behind a
// stuck partition). Windows use the types and on-disk layout of
// internal/faultsim (faultsim.Window, faultsim.WriteDir), so
// `cmd/evalfaults -data DIR` reads them.
package faultsim2 // import "github.com/otelcol-backlog/otelcol-backlog/internal/faultsim2"

import "time"

// Fault kinds (the label's fault_type). Each names a failure of a real
// component, as injected by chaos tools (Chaos Mesh, ChaosBlade) in the
// published RCA benchmarks, or as reported in post-mortems.
const (
	// CPUSaturation: a CPU hog or noisy neighbour on the nodes of the
	// service's replicas: every operation's own time grows; no error at
	// the service itself (RCAEval "cpu", Nezha "cpu_contention").
	CPUSaturation = "cpu_saturation"
	// GCPause: one JVM replica near its heap limit: stop-the-world pauses
	// of seconds every few seconds stall every request in flight.
	GCPause = "gc_pause"
	// NetworkDelay: netem delay on the service's pods' interface: callers'
	// client spans grow, the service's own server spans do not (RCAEval
	// "delay").
	NetworkDelay = "network_delay"
	// PacketLoss: netem loss on the service's pods: TCP retransmissions
	// (200 ms minimum RTO) slow some calls, some connections are reset
	// (RCAEval "loss").
	PacketLoss = "packet_loss"
	// InstanceCrash: one replica is OOM-killed: in-flight requests are
	// cut (their spans never exported), connections are refused until the
	// endpoint is removed, the container restarts and logs its start-up.
	InstanceCrash = "instance_crash"
	// CodeException: an operation throws for a share of its inputs (a
	// null dereference, a missing key): 500s with exception events
	// (Train-Ticket's F-faults, Nezha "exception").
	CodeException = "code_exception"
	// ErrorReturn: an operation returns a malformed payload with 200 OK;
	// its callers fail decoding or validating it, in their own words
	// (Nezha "return"; errors far from their cause).
	ErrorReturn = "error_return"
	// SlowDatabase: the service's database is slow (slow disk, lock
	// contention): its queries take many times longer and its connection
	// pool saturates (Little's law), so requests wait for connections.
	SlowDatabase = "slow_database"
	// PoolLeak: a code path leaks database connections: the pool drains
	// over a minute and then requests wait pool-timeout and fail
	// (HikariCP "Connection is not available, request timed out").
	PoolLeak = "pool_leak"
	// BadRelease: a new version rolls out replica by replica (or to one
	// canary) and fails on one endpoint (a missing configuration
	// property, a schema mismatch); benign releases happen elsewhere too.
	BadRelease = "bad_release"
	// BadConfig: a configuration push to the service points one of its
	// callee clients at a host that does not resolve: the service's calls
	// fail with DNS errors naming the callee, the callee sees nothing; the
	// root is the caller.
	BadConfig = "bad_config"
	// CertExpiry: the service's serving certificate expires: callers fail
	// the TLS handshake, the service gets no requests at all (its
	// plain-HTTP probes still pass).
	CertExpiry = "cert_expiry"
	// PoisonMessage: a consumer meets a record it cannot deserialize,
	// retries it forever and blocks its partition: consumer errors, lag,
	// no user-facing error.
	PoisonMessage = "poison_message"
)

// FaultKinds lists every kind, in the order cases cycle through them.
var FaultKinds = []string{
	CPUSaturation, GCPause, NetworkDelay, PacketLoss, InstanceCrash,
	CodeException, ErrorReturn, SlowDatabase, PoolLeak, BadRelease,
	BadConfig, CertExpiry, PoisonMessage,
}

func faultClass(kind string) string {
	switch kind {
	case CPUSaturation, GCPause, NetworkDelay, SlowDatabase:
		return "latency"
	case PoisonMessage, ErrorReturn:
		return "silent"
	}
	return "error"
}

// Options shape Generate's output. The zero value is the default.
type Options struct {
	// CasesPerSystem is the number of fault cases per system (default 5).
	CasesPerSystem int
	// Normals is the number of fault-free windows per system (default 2,
	// at least 2: evalfaults warms each up on another one).
	Normals int
	// Window is the length of each window (default 3m); faults start
	// 35-50 % into it.
	Window time.Duration
	// Rate scales the request rate (default 1).
	Rate float64
}

func (o Options) withDefaults() Options {
	if o.CasesPerSystem <= 0 {
		o.CasesPerSystem = 5
	}
	if o.Normals < 2 {
		o.Normals = 2
	}
	if o.Window <= 0 {
		o.Window = 3 * time.Minute
	}
	if o.Rate <= 0 {
		o.Rate = 1
	}
	return o
}
