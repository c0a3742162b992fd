package attrs // import "github.com/otelcol-backlog/otelcol-backlog/internal/attrs"

import semconv "go.opentelemetry.io/otel/semconv/v1.43.0"

// Semantic-convention keys that name a span's operation (see
// spanclass.Span.Operation): an operation is an identifier, and these
// attributes carry it without the span name's variable parts.
const (
	RPCMethod                    = string(semconv.RPCMethodKey)
	DBQuerySummary               = string(semconv.DBQuerySummaryKey)
	DBOperationName              = string(semconv.DBOperationNameKey)
	DBCollectionName             = string(semconv.DBCollectionNameKey)
	DBSystemOld                  = "db.system" // deprecated (db.system.name), still emitted
	MessagingOperationName       = string(semconv.MessagingOperationNameKey)
	MessagingDestinationTemplate = string(semconv.MessagingDestinationTemplateKey)
	URLTemplate                  = string(semconv.URLTemplateKey)
	HTTPRequestMethod            = string(semconv.HTTPRequestMethodKey)
)

// Error-propagation evidence the fingerprint processor writes on a failed
// span whose failure a failed span below it explains (see
// docs/attributes.md): the fingerprint id and the service of the deepest
// failed span under it in the same batch. The exporter may make that
// callee the head of the caller's problem.
const (
	CauseID      = "fingerprint.cause.id"
	CauseService = "fingerprint.cause.service"
)
