package cluster

import (
	"strings"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/callside"
	"github.com/otelcol-backlog/otelcol-backlog/internal/textutil"
)

// likelyCause returns the service a problem's failures point at when that
// service shows none of its own. The problem's head is the deepest failure
// the traces show; when its service fails mostly calling one other service
// of the system (of the events of its unexplained failed spans, more than
// half are failed or retried calls to it, by their dependency) on that
// callee's side of the call (callside: not a client error status, not a
// name that does not resolve), and no whole member of
// the problem is that callee's, the callee is the likely cause: an expired
// certificate, a crashed replica, a malformed answer show only in their
// callers. "" otherwise: the head's service is the likely cause.
//
// It names a service of the system only (known: that sent records), so a
// callee outside it (a third-party API, a name that does not resolve) is
// never named, and it changes no grouping, score or id: it is the
// problem's attribution.
func likelyCause(own []int, views []View, explained []bool, head int, known func(key string) (string, bool)) string {
	svc := views[head].Service
	var total int64
	blame, excuse := map[string]int64{}, map[string]int64{}
	for _, m := range own {
		v := &views[m]
		if v.Service != svc || explained[m] {
			continue
		}
		if v.Kind != attrs.KindError && v.Kind != attrs.KindRetry {
			// A log's words are no call (the service its message names
			// may be a word of it: "Failed to process document 42" in a
			// system with a document service), and a traced service's
			// logs repeat its failed spans; a latency is not a failure.
			continue
		}
		callee := hostService(v.Dependency, known)
		total += v.Count
		if callee == "" || callee == svc {
			continue
		}
		if callside.CallerSide(v.ErrorType, v.Template) {
			excuse[callee] += v.Count
		} else {
			blame[callee] += v.Count
		}
	}
	cause, best := "", int64(0)
	for c, n := range blame {
		if n > best || n == best && c < cause {
			cause, best = c, n
		}
	}
	if cause == "" || 2*best <= total || best <= excuse[cause] {
		return ""
	}
	for _, m := range own {
		if views[m].Service == cause {
			return ""
		}
	}
	return cause
}

// hostService returns the service of the system a call's dependency
// (server.address, peer.service, a host name) names: the name itself, or
// the service part of a service-discovery name: Kubernetes'
// "<service>.<namespace>.svc[.<cluster domain>]" and Consul's
// "<service>.service.consul", with or without a port. "" when it names
// none the system knows.
func hostService(dep string, known func(key string) (string, bool)) string {
	if dep == "" {
		return ""
	}
	if s, ok := known(nameKey(dep)); ok {
		return s
	}
	h := dep
	if i := strings.LastIndexByte(h, ':'); i > 0 && textutil.AllDigits(h[i+1:]) {
		h = h[:i]
		if s, ok := known(nameKey(h)); ok {
			return s
		}
	}
	first, rest, ok := strings.Cut(h, ".")
	if !ok || first == "" {
		return ""
	}
	rest = strings.TrimSuffix(rest, ".")
	if r := "." + rest + "."; !strings.Contains(r, ".svc.") && !strings.HasSuffix(r, ".service.consul.") {
		return ""
	}
	if s, ok := known(nameKey(first)); ok {
		return s
	}
	return ""
}
