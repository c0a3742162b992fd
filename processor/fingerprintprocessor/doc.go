//go:generate mdatagen metadata.yaml

// Package fingerprintprocessor masks volatile tokens in log records and spans,
// mines templates, and derives a stable, versioned fingerprint per failure
// family (fingerprint.id), enriching each record with release, environment,
// owner team, journey, tenant and user. It never drops data: records it
// cannot fingerprint pass through unharmed and are counted.
package fingerprintprocessor // import "github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor"
