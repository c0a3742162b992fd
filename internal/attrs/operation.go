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
