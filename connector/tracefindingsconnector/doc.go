//go:generate mdatagen metadata.yaml

// Package tracefindingsconnector runs the work that needs whole traces where
// whole traces are: it consumes spans (traces -> logs) and the fingerprint
// processor's log records (logs -> logs), joins them by trace with one
// shared detector per component ID, learns the log lines each operation
// always writes and, on a ticker with a decision_wait like tail sampling,
// emits calls that silently stopped writing one as fingerprinted log records
// (fingerprint.kind=absence) that the backlog exporter clusters like any
// other record.
package tracefindingsconnector // import "github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector"
