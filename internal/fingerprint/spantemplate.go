package fingerprint

import "github.com/otelcol-backlog/otelcol-backlog/internal/attrs"

// SpanTemplate composes the template of a latency or retry span
// fingerprint from its operation: "slow <op>", "slow network or queueing
// before <op>" (network: the time went to the gap before the callee), or
// "retries of <op>". Error spans are templated by their masked message;
// for them, and any other kind, it returns "".
func SpanTemplate(kind, operation string, network bool) string {
	switch kind {
	case attrs.KindLatency:
		if network {
			return "slow network or queueing before " + operation
		}
		return "slow " + operation
	case attrs.KindRetry:
		return "retries of " + operation
	}
	return ""
}
