package spanclass // import "github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"

import "strings"

// Wildcard replaces a masked token.
const Wildcard = "<*>"

// DefaultMask replaces identifier-like tokens of a span name with <*>: runs
// of digits (and dates such as 2023-01-30), uuids, and hex strings of at
// least 8 characters that contain a digit. Tokens are maximal runs of
// letters, digits, '-' and '_'. A name with nothing to mask is returned as
// is, without allocating.
func DefaultMask(s string) string {
	first := -1
	for i := 0; i < len(s); {
		j := tokenEnd(s, i)
		if j == i {
			i++
			continue
		}
		if isVariable(s[i:j]) {
			first = i
			break
		}
		i = j
	}
	if first < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:first])
	for i := first; i < len(s); {
		j := tokenEnd(s, i)
		if j == i {
			b.WriteByte(s[i])
			i++
			continue
		}
		if isVariable(s[i:j]) {
			b.WriteString(Wildcard)
		} else {
			b.WriteString(s[i:j])
		}
		i = j
	}
	return b.String()
}

func isTokenByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_'
}

func tokenEnd(s string, i int) int {
	for i < len(s) && isTokenByte(s[i]) {
		i++
	}
	return i
}

// isVariable reports whether a token looks like an id or a number.
func isVariable(t string) bool {
	digits, hex, other := 0, 0, 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F':
			hex++
		case c == '-' || c == '_':
		default:
			other++
		}
	}
	if digits == 0 || other > 0 {
		return false
	}
	if hex == 0 {
		return true // 42, 2023-01-30, 12_000
	}
	return digits+hex >= 8 // deadbeef01, uuids
}
