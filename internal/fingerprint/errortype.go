package fingerprint

import "strings"

// NormalizeErrorType returns the stable family of an error type string: it
// trims space, unwraps Python's "<class 'X'>", drops a trailing ":" or
// ": message", Go pointer stars, generic arguments ("<...>", "[...]", .NET
// "`1"), object addresses ("@1b6d3586", "0xc000012345") and generated
// class suffixes ("$$EnhancerBySpringCGLIB$$ab12"), and keeps the fully
// qualified name otherwise. It returns "" for blank input and for a generic
// wrapper type (see [GenericErrorType]): such a type says how an error was
// built or carried, not which failure it is.
func NormalizeErrorType(s string) string {
	if s == "" { // most log records carry no type: skip the trims and the map
		return ""
	}
	s = normalizeErrorType(s)
	if GenericErrorType(s) {
		return ""
	}
	return s
}

func normalizeErrorType(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "<class '") && strings.HasSuffix(s, "'>") {
		s = s[len("<class '") : len(s)-2]
	}
	if i := strings.Index(s, ": "); i > 0 && !strings.ContainsAny(s[:i], " \t") {
		s = s[:i]
	}
	s = strings.TrimRight(s, ": \t")
	s = strings.TrimLeft(s, "*&")
	if !needsClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	depth := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '<' || c == '[':
			depth++
			continue
		case c == '>' || c == ']':
			if depth > 0 {
				depth--
			}
			continue
		case depth > 0:
			continue
		case c == '`':
			i = skipWhile(s, i+1, isDigit) - 1
			continue
		case c == '@':
			if j := skipWhile(s, i+1, isHex); j > i+1 && (j == len(s) || !isIdent(s[j])) {
				i = j - 1
				continue
			}
		case c == '0' && i+1 < len(s) && (s[i+1] == 'x' || s[i+1] == 'X') && (i == 0 || !isIdent(s[i-1])):
			i = skipWhile(s, i+2, isHex) - 1
			continue
		case c == '$' && i+1 < len(s) && s[i+1] == '$':
			// Generated subclass: drop to the end of this name segment.
			i = skipWhile(s, i, func(c byte) bool { return c != '.' }) - 1
			continue
		case c == '*':
			continue
		}
		b.WriteByte(c)
	}
	return strings.Trim(strings.Join(strings.Fields(b.String()), " "), ".")
}

func needsClean(s string) bool {
	return strings.ContainsAny(s, "<[`@$*") || strings.Contains(s, "0x")
}

func skipWhile(s string, i int, f func(byte) bool) int {
	for i < len(s) && f(s[i]) {
		i++
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isHex(c byte) bool {
	return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func isIdent(c byte) bool {
	return isHex(c) || (c >= 'g' && c <= 'z') || (c >= 'G' && c <= 'Z') || c == '_'
}

// GenericErrorType reports whether a normalized error type is one that
// carries no meaning of its own: the type a language's ad-hoc error
// constructor produces, or a wrapper whose only job is to carry another
// error. Every ecosystem has both, and the failure is the error inside (or
// the message), never the envelope:
//
//   - Go: the unexported types behind the standard constructors
//     errors.New (errors.errorString), fmt.Errorf with %w
//     (fmt.wrapError, fmt.wrapErrors), errors.Join (errors.joinError), and
//     those of the error-construction packages that mimic them
//     (github.com/pkg/errors: errors.fundamental, errors.withStack,
//     errors.withMessage; golang.org/x/xerrors: xerrors.errorString,
//     xerrors.wrapError, xerrors.noWrapError). span.RecordError reports the
//     outermost dynamic type, so a wrapped *payment.GatewayError arrives as
//     *fmt.wrapError while a log statement names the cause.
//   - JVM: exceptions that exist to carry a cause across a boundary
//     (java.util.concurrent.ExecutionException, CompletionException,
//     java.lang.reflect.InvocationTargetException,
//     UndeclaredThrowableException).
//   - .NET: System.AggregateException and
//     System.Reflection.TargetInvocationException, the same roles.
//   - JavaScript AggregateError and Python's ExceptionGroup and
//     BaseExceptionGroup: the analogues of errors.Join.
//
// Base classes that a thrower picks on purpose (Exception, Error,
// RuntimeException) stay types: they are a choice, not plumbing.
func GenericErrorType(s string) bool {
	if pkg, name, ok := goQualified(s); ok && (pkg == "errors" || pkg == "fmt" || pkg == "xerrors") {
		// An unexported type of an error-construction package.
		return name[0] >= 'a' && name[0] <= 'z'
	}
	_, ok := genericWrappers[s]
	return ok
}

// goQualified splits "pkg.name" (Go's %T form after the pointer star is
// dropped: one dot, identifier characters only).
func goQualified(s string) (pkg, name string, ok bool) {
	i := strings.IndexByte(s, '.')
	if i <= 0 || i == len(s)-1 || strings.IndexByte(s[i+1:], '.') >= 0 {
		return "", "", false
	}
	for j := 0; j < len(s); j++ {
		if j != i && !isIdent(s[j]) {
			return "", "", false
		}
	}
	return s[:i], s[i+1:], true
}

var genericWrappers = map[string]struct{}{
	"java.util.concurrent.ExecutionException":        {},
	"java.util.concurrent.CompletionException":       {},
	"java.lang.reflect.InvocationTargetException":    {},
	"java.lang.reflect.UndeclaredThrowableException": {},
	"System.AggregateException":                      {},
	"System.Reflection.TargetInvocationException":    {},
	"AggregateError":     {},
	"ExceptionGroup":     {},
	"BaseExceptionGroup": {},
}
