package spanclass // import "github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"

import "strings"

// The operation of a span is an identifier: the name its instrumentation
// gives the work, without what varies between calls. The semantic
// conventions carry it in attributes that are free of ids by design, so
// they are preferred to the span name, in this order:
//
//  1. http.route (server spans): "/api/v1/orders/{accountId}";
//  2. rpc.method when fully qualified ("pkg.CurrencyService/Convert"),
//     else rpc.service + "/" + rpc.method; "_OTHER" (an unrecognised
//     method) is no name;
//  3. db.query.summary ("SELECT orders"), else db.operation.name and
//     db.collection.name ("findAndModify users");
//  4. messaging.operation.name and messaging.destination.template
//     ("publish orders.{region}");
//  5. http.request.method and url.template (client spans):
//     "GET /users/{id}";
//  6. the span name with ids, numbers and hashes masked (Config.Mask,
//     DefaultMask): "pkg.Frontend/Recv." and "GET /users/{id}" keep their
//     names, "GET /users/42" becomes "GET /users/<*>".
//
// Every name passes through the mask (an attribute may still carry an id,
// e.g. an http.route filled from the raw path by a misconfigured
// framework); the result is cached, so the steady state allocates nothing.
func (c *Classifier) operationOf(sp *Span, s *scratch) string {
	op, _ := c.operationHashOf(sp, s)
	return op
}

// operationHashOf is operationOf with the operation's strHash, kept with
// it in the cache (the operation is part of every baseline key of the span).
func (c *Classifier) operationHashOf(sp *Span, s *scratch) (string, uint64) {
	if sp.Route != "" {
		return c.operation(sp.Route)
	}
	b := s.opBuf[:0]
	switch {
	case sp.RPCMethod != "" && sp.RPCMethod != "_OTHER":
		if sp.RPCService != "" && !strings.Contains(sp.RPCMethod, "/") {
			b = append(append(append(b, sp.RPCService...), '/'), sp.RPCMethod...)
		} else {
			b = append(b, sp.RPCMethod...)
		}
	case sp.DBQuerySummary != "":
		b = append(b, sp.DBQuerySummary...)
	case sp.DBOperation != "":
		b = append(b, sp.DBOperation...)
		if sp.DBCollection != "" {
			b = append(append(b, ' '), sp.DBCollection...)
		}
	case sp.MessagingOperation != "":
		b = append(b, sp.MessagingOperation...)
		if sp.MessagingDestination != "" {
			b = append(append(b, ' '), sp.MessagingDestination...)
		}
	case sp.URLTemplate != "":
		if sp.HTTPMethod != "" {
			b = append(append(b, sp.HTTPMethod...), ' ')
		}
		b = append(b, sp.URLTemplate...)
	default:
		return c.operation(sp.Name)
	}
	s.opBuf = b
	return c.operationBytes(b)
}
