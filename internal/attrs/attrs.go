// Package attrs holds the attribute contract between the fingerprint
// processor and the backlog exporter: every attribute key the processor writes
// and the exporter reads. Keys follow OpenTelemetry semantic conventions where
// one exists; the rest live under the "fingerprint." namespace.
package attrs

import semconv "go.opentelemetry.io/otel/semconv/v1.43.0"

// Written by the fingerprint processor.
const (
	// FingerprintID is the grouping key: 16 lowercase hex digits of a
	// versioned xxhash64 over canonical bytes.
	FingerprintID = "fingerprint.id"
	// FingerprintKind is one of KindLog, KindError, KindLatency, KindRetry.
	FingerprintKind = "fingerprint.kind"
	// LogRecordTemplate is the mined template of a log body ("<*>" for
	// variables), the same key as contrib's drain processor.
	LogRecordTemplate = "log.record.template"
	// SpanTemplate is the normalized template describing a span fingerprint
	// (operation, masked status message, exception).
	SpanTemplate = "fingerprint.template"
	// ErrorType is the error type or family that went into the id.
	ErrorType = "fingerprint.error.type"
	// Frames are the normalized top in-app stack frames that went into the
	// id, innermost first, one per line (absent without a stack trace).
	Frames = "fingerprint.frames"
	// Operation is the normalized operation (http.route or span name).
	Operation = "fingerprint.operation"
	// Service is the service a span fingerprint is attributed to, written
	// only when it differs from the resource's service.name (a network or
	// queueing delay between a client and its callee is the callee's).
	Service = "fingerprint.service"
	// Dependency is the downstream dependency of a failing client span.
	Dependency = "fingerprint.dependency"
	// LatencyExcessMs is how far a span ran above its baseline, in ms.
	LatencyExcessMs = "fingerprint.latency.excess_ms"
	// LatencyBaselineMs is the baseline the span was compared with, in ms.
	LatencyBaselineMs = "fingerprint.latency.baseline_ms"
	// RetryCount is the number of retries seen for a retry fingerprint.
	RetryCount = "fingerprint.retry.count"
	// LatencySlowMs (double) marks a span slower than its baseline with its
	// whole excess in ms, whatever the span's own verdict, when the
	// processor leaves latency attribution to the whole trace
	// (traces.latency.attribution: trace): the trace_findings connector
	// explains a slow span's excess by the slow spans below it.
	LatencySlowMs = "fingerprint.latency.slow_ms"
	// LatencyCandidateID is the fingerprint id a slow span would have as a
	// latency cause (its own time grew), written instead of FingerprintID
	// and FingerprintKind when the verdict is the whole trace's: the
	// trace_findings connector emits it as a latency finding only when no
	// slow span below it explains its excess.
	LatencyCandidateID = "fingerprint.latency.candidate_id"
	// ParentSpanID is the span's parent span id (hex) on a latency finding
	// the trace_findings connector emits as a log record: the exporter
	// links it in its trace as it links the span.
	ParentSpanID = "fingerprint.parent_span_id"

	// Enrichment.
	Release     = "fingerprint.release"
	Environment = "fingerprint.environment"
	// Deployment is the deployment id (semconv deployment.id), if any.
	Deployment = "fingerprint.deployment"
	Owner      = "fingerprint.owner"
	Journey    = "fingerprint.journey"
	// JourneyCriticality is the weight of the journey (double, default 1).
	JourneyCriticality = "fingerprint.journey.criticality"
	Tenant             = "fingerprint.tenant"
	User               = "fingerprint.user"
	// BusinessHours (bool) tells whether the record's time fell in the
	// working hours of its tenant's or region's time zone; written only
	// when a schedule applies.
	BusinessHours = "fingerprint.business_hours"
)

// Fingerprint kinds.
const (
	KindLog     = "log"
	KindError   = "error"
	KindLatency = "latency"
	KindRetry   = "retry"
	// KindAbsence marks the backlog exporter's own clusters of calls that
	// lacked a log line they always wrote (never written by the processor).
	KindAbsence = "absence"
)

// Semantic-convention keys read by the components, from the semconv
// package of the OpenTelemetry Go API already in the module's dependency
// graph (go.opentelemetry.io/otel/semconv/v1.43.0). Keys that convention
// no longer defines, but SDKs still emit, are spelled out (marked).
const (
	ServiceName           = string(semconv.ServiceNameKey)
	ServiceVersion        = string(semconv.ServiceVersionKey)
	DeploymentEnvironment = string(semconv.DeploymentEnvironmentNameKey)
	DeploymentID          = string(semconv.DeploymentIDKey)
	ExceptionType         = string(semconv.ExceptionTypeKey)
	ExceptionMessage      = string(semconv.ExceptionMessageKey)
	ExceptionStacktrace   = string(semconv.ExceptionStacktraceKey)
	HTTPRoute             = string(semconv.HTTPRouteKey)
	ServerAddress         = string(semconv.ServerAddressKey)
	ErrorTypeSemconv      = string(semconv.ErrorTypeKey)
	PeerService           = "peer.service" // deprecated in semconv (service.peer.name), still emitted
	DBSystemName          = string(semconv.DBSystemNameKey)
	RPCService            = "rpc.service" // deprecated in semconv, still emitted
	MessagingDestination  = string(semconv.MessagingDestinationNameKey)
	HTTPResendCount       = string(semconv.HTTPRequestResendCountKey)
	HTTPResponseStatus    = string(semconv.HTTPResponseStatusCodeKey)
	HTTPStatusCodeOld     = "http.status_code"     // deprecated, still emitted
	RPCGRPCStatusCode     = "rpc.grpc.status_code" // deprecated (rpc.response.status_code), still emitted
	RPCResponseStatus     = string(semconv.RPCResponseStatusCodeKey)
	EnduserID             = string(semconv.EnduserIDKey)
	TenantID              = "tenant.id" // not a semantic convention; a common custom key
	CloudRegion           = string(semconv.CloudRegionKey)
	// Code location of a log statement (current names and the deprecated
	// ones still emitted by many SDKs).
	CodeFilePath      = string(semconv.CodeFilePathKey)
	CodeFilePathOld   = "code.filepath"
	CodeFunctionName  = string(semconv.CodeFunctionNameKey)
	CodeFunctionOld   = "code.function"
	CodeLineNumber    = string(semconv.CodeLineNumberKey)
	CodeLineNumberOld = "code.lineno"
)
