package fingerprint

import "strings"

// NormalizeErrorType returns the stable family of an error type string: it
// trims space, unwraps Python's "<class 'X'>", drops a trailing ":" or
// ": message", Go pointer stars, generic arguments ("<...>", "[...]", .NET
// "`1"), object addresses ("@1b6d3586", "0xc000012345") and generated
// class suffixes ("$$EnhancerBySpringCGLIB$$ab12"), and keeps the fully
// qualified name otherwise. It returns "" for blank input.
func NormalizeErrorType(s string) string {
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
