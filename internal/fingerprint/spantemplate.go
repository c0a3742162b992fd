package fingerprint

import "github.com/otelcol-backlog/otelcol-backlog/internal/attrs"

// SpanTemplate composes the template of a latency or retry span
// fingerprint from its operation and, when known, the dependency it calls:
// "slow <op>", "slow <op> to <dependency>", "slow network or queueing
// before <op> to <dependency>" (network: the time went to the gap before
// the callee), or "retries of <op> to <dependency>". A client span's name
// is often only its method ("POST"): the dependency is what makes the title
// mean something. Error spans are templated by their masked message (see
// ErrorSpanTemplate); for any other kind it returns "".
func SpanTemplate(kind, operation, dependency string, network bool) string {
	var t string
	switch kind {
	case attrs.KindLatency:
		if network {
			t = "slow network or queueing before " + operation
		} else {
			t = "slow " + operation
		}
	case attrs.KindRetry:
		t = "retries of " + operation
	default:
		return ""
	}
	if dependency != "" && dependency != operation {
		t += " to " + dependency
	}
	return t
}

// ErrorSpanTemplate is the template of a failed span that carries no
// message (no exception message, no status message): "<op> to <dependency>
// failed", "<op> failed", or "" without an operation. A bare status code
// ("502") says neither what failed nor where.
func ErrorSpanTemplate(operation, dependency string) string {
	switch {
	case operation == "":
		return ""
	case dependency != "" && dependency != operation:
		return operation + " to " + dependency + " failed"
	}
	return operation + " failed"
}

// SaturationTemplate is the template of a service-wide slowdown (every
// operation's own time grew: CPU, threads, GC, a lock), one finding per
// service rather than one per operation.
const SaturationTemplate = "saturation: every operation slower"
