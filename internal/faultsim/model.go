// Package faultsim simulates microservice systems and injects labelled
// faults into their telemetry, so that root-cause ranking can be measured on
// more incidents than a recorded data set holds.
//
// A system is a seeded random service graph of 5 to 40 services: gateways
// that take the traffic, mid-tier services, and leaves; services own
// databases, caches and message queues and call external HTTP APIs; they
// speak HTTP or gRPC, synchronously or through a queue. Traffic through the
// graph produces OTLP traces (SERVER/CLIENT/PRODUCER/CONSUMER spans with the
// OpenTelemetry semantic-convention attributes: http.*, rpc.*, db.*,
// messaging.*, error.type) and, unless the system is trace-only, log records
// correlated by trace and span id (an INFO line per step, WARN noise,
// chronic low-rate errors). Faults of eleven kinds (FaultKinds) are
// injected into one service at a known time.
//
// Every window is deterministic from (seed, system index): Generate(seed, i)
// yields the same telemetry on every machine. Windows are written in the
// layout of the shared Nezha data (cases.jsonl, one directory per window
// with logs.jsonl.gz, traces.jsonl.gz and label.json) by WriteDir, or used
// in memory.
package faultsim // import "github.com/otelcol-backlog/otelcol-backlog/internal/faultsim"

import (
	"time"

	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
)

// Fault kinds (the label's fault_type).
const (
	Exception        = "exception"
	ErrorReturn      = "error_return"
	Latency          = "latency"
	NetworkDelay     = "network_delay"
	CPUSaturation    = "cpu_saturation"
	RetryStorm       = "retry_storm"
	PartialFailure   = "partial_failure"
	DependencyDown   = "dependency_down"
	BadRelease       = "bad_release"
	SilentFailure    = "silent_failure"
	CascadingTimeout = "cascading_timeout"
)

// FaultKinds lists every kind, in the order cases cycle through them.
var FaultKinds = []string{
	Exception, ErrorReturn, Latency, NetworkDelay, CPUSaturation, RetryStorm,
	PartialFailure, DependencyDown, BadRelease, SilentFailure, CascadingTimeout,
}

// faultClass groups the kinds like the Nezha labels' fault_class.
func faultClass(kind string) string {
	switch kind {
	case Latency, NetworkDelay, CPUSaturation, CascadingTimeout:
		return "latency"
	case SilentFailure:
		return "silent"
	}
	return "error"
}

// Label is a window's label.json: the fields of the shared data's labels
// plus what the simulator knows.
type Label struct {
	otlpjson.Case
	Source string `json:"source"`
	// System describes the simulated system the window comes from.
	System SystemInfo `json:"system"`
	// RootCauseOperation is the operation (span name) the fault was
	// injected into, when it targets one.
	RootCauseOperation string `json:"root_cause_operation,omitempty"`
	// RootCauseDependency is the database, cache or external API that
	// went down (dependency_down); root_cause_service is then its owner.
	RootCauseDependency string `json:"root_cause_dependency,omitempty"`
	// Detail says in words what was injected.
	Detail string `json:"fault_detail,omitempty"`
}

// SystemInfo summarizes a simulated system.
type SystemInfo struct {
	Name      string `json:"name"`
	Services  int    `json:"services"`
	GRPC      int    `json:"grpc_services"`
	TraceOnly bool   `json:"trace_only"`
	Queues    int    `json:"queues"`
	Databases int    `json:"databases"`
	Caches    int    `json:"caches"`
	Externals int    `json:"externals"`
	RatePerS  int    `json:"requests_per_second"`
}

// Window is one labelled window of telemetry: a fault case or a fault-free
// window (Label.Kind).
type Window struct {
	Label  Label
	Traces []ptrace.Traces
	Logs   []plog.Logs
}

// Options shape what Generate produces. The zero value is the default.
type Options struct {
	// CasesPerSystem is the number of fault cases per system (default 6).
	CasesPerSystem int
	// Window is the length of each window (default 4m); faults are
	// injected 40 % into it.
	Window time.Duration
	// MinServices and MaxServices bound the graph size (default 5 and 40).
	MinServices, MaxServices int
	// Only, when set, simulates only the window with this case id; the
	// others get their labels (without stats) and no telemetry. The result
	// for that window is the same as without Only.
	Only string
}

func (o Options) withDefaults() Options {
	if o.CasesPerSystem <= 0 {
		o.CasesPerSystem = 6
	}
	if o.Window <= 0 {
		o.Window = 4 * time.Minute
	}
	if o.MinServices <= 0 {
		o.MinServices = 5
	}
	if o.MaxServices < o.MinServices {
		o.MaxServices = max(40, o.MinServices)
	}
	return o
}

// protocol of a service's API.
type protocol int

const (
	protoHTTP protocol = iota
	protoGRPC
)

type depKind int

const (
	depDB depKind = iota
	depCache
	depQueue
	depExternal
)

type language int

const (
	langJava language = iota
	langGo
	langPython
)

type service struct {
	name    string
	version string
	lang    language
	proto   protocol
	pkg     string // gRPC package / Java package
	tier    int    // 0: gateway
	ops     []*operation
	db      *dependency
	cache   *dependency
	ext     *dependency
	inst    string
}

type operation struct {
	svc      *service
	name     string // span name
	method   string // HTTP method
	route    string // HTTP route
	rpcSvc   string // gRPC service
	rpcMeth  string // gRPC method
	noun     string
	self     time.Duration // median self time
	calls    []*call
	lines    []string // INFO lines every call writes: first at entry, the rest at exit
	warn     string   // WARN noise line
	warnRate float64
	chronic  *chronic
	consumer *dependency // set for a queue consumer operation
	function string      // code.function.name
	file     string      // code.file.path
}

type chronic struct {
	rate    float64
	status  int // HTTP status the call returns
	errType string
	msg     string
	stack   bool
}

type callKind int

const (
	callService callKind = iota
	callDB
	callCache
	callPublish
	callExternal
)

type call struct {
	kind     callKind
	target   *operation  // callService
	dep      *dependency // other kinds
	prob     float64     // the branch is taken with this probability
	optional bool        // a failure is handled (fallback), not propagated
	timeout  time.Duration
	dbOp     string
	table    string
	line     string // INFO line written when the branch is taken ("" none)
}

type dependency struct {
	kind     depKind
	system   string // db.system.name / messaging.system
	name     string // database / topic / API host
	host     string
	port     int
	owner    *service
	consumer *operation // queue consumer
	latency  time.Duration
}

// fault is what is injected, active from at (unix ns).
type fault struct {
	kind    string
	at      int64
	svc     *service
	op      *operation
	dep     *dependency
	factor  float64       // latency multiplier
	extra   time.Duration // added latency / network delay (each way)
	rate    float64       // fraction of calls affected
	errType string
	errMsg  string
	line    int    // silent_failure: index in op.lines of the line that stops
	version string // bad_release: the new version
}
