// Package textutil holds the one UTF-8-safe truncation every component
// uses to bound telemetry text (message keys, attribute values, exemplar
// bodies, tracker and backlog.md text).
package textutil

import "unicode/utf8"

// Truncate cuts s to at most n bytes without splitting a UTF-8 sequence:
// the cut moves back to the start of the rune at byte n. n <= 0 gives "".
func Truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// AllDigits reports whether s is one or more ASCII digits.
func AllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
