// Package callside tells whether a failed remote call, as the caller
// reports it, is the caller's own doing rather than the callee's: the
// callee refused the request as the client's error (an HTTP 4xx status, a
// gRPC status of the client's kind), or the name the caller calls does not
// resolve to an address or, with client-side discovery, to an instance
// (the callee was never reached). Everything else a caller reports
// of a call (a 5xx or UNAVAILABLE status, a refused or reset connection, a
// timeout, a certificate the callee presented, an answer it could not
// decode) is evidence against the callee.
//
// The words are those of the protocols (RFC 9110's status classes, gRPC's
// status codes) and of the runtimes' resolvers (Go's net, Java's
// UnknownHostException, Node's getaddrinfo codes, glibc's and Python's
// gai_strerror texts, curl, .NET). Text comes from telemetry: it only
// says which side its own cluster's failures are on.
package callside

import (
	"strings"
)

// CallerSide reports whether a call failure reported with this error type
// (error.type: a status code, an exception type) and text (the message or
// its template) is on the caller's side.
func CallerSide(errorType, text string) bool {
	if clientStatus(errorType) {
		return true
	}
	for _, s := range [...]string{errorType, text} {
		if s == "" {
			continue
		}
		l := strings.ToLower(s)
		for _, w := range resolverWords {
			if strings.Contains(l, w) {
				return true
			}
		}
		for _, w := range grpcClientText {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	return false
}

// clientStatus reports an HTTP status of the client-error class (4xx,
// RFC 9110 section 15.5) or a gRPC status code that says the request was
// wrong, not permitted or withdrawn by the caller.
func clientStatus(t string) bool {
	if len(t) == 3 && t[0] == '4' && t[1] >= '0' && t[1] <= '9' && t[2] >= '0' && t[2] <= '9' {
		return true
	}
	switch strings.ToUpper(t) {
	case "CANCELLED", "INVALID_ARGUMENT", "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED",
		"UNAUTHENTICATED", "FAILED_PRECONDITION", "OUT_OF_RANGE":
		return true
	}
	return false
}

// grpcClientText: the same codes as Go's status error prints them
// ("rpc error: code = NotFound desc = ..."), lower-cased.
var grpcClientText = [...]string{
	"code = canceled", "code = invalidargument", "code = notfound", "code = alreadyexists",
	"code = permissiondenied", "code = unauthenticated", "code = failedprecondition", "code = outofrange",
}

// resolverWords: a name that does not resolve to any address or instance,
// in the words of the usual resolvers and client-side service discovery,
// lower-cased.
var resolverWords = [...]string{
	"no such host",                         // Go net (*net.DNSError), .NET ("No such host is known")
	"unknownhostexception",                 // Java
	"enotfound", "eai_again", "eai_noname", // Node (getaddrinfo)
	"name or service not known",            // glibc gai_strerror (EAI_NONAME), Python socket.gaierror
	"temporary failure in name resolution", // glibc (EAI_AGAIN)
	"nodename nor servname",                // BSD/macOS gai_strerror
	"no address associated with hostname",  // glibc (EAI_NODATA)
	"could not resolve host",               // curl
	"nameresolutionerror",                  // urllib3
	"dnserror",                             // Go's type name
	// client-side discovery: the caller's registry knows no instance
	"no instances available",         // Spring Cloud LoadBalancer / Ribbon ("No instances available for X")
	"does not have available server", // Netflix Ribbon ("Load balancer does not have available server for client: X")
	"produced zero addresses",        // grpc-go name resolver
}
