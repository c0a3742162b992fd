// Package redact removes secrets and personal data from text before it
// leaves the collector: emails, bearer tokens, API keys, JWTs, passwords in
// URLs, Luhn-valid card numbers, and configurable patterns.
package redact

import (
	"fmt"
	"regexp"
	"strings"
)

// Mask replaces every redacted span.
const Mask = "[REDACTED]"

type rule struct {
	name string
	re   *regexp.Regexp
	// group, when > 0, redacts only that submatch.
	group int
	// check, when set, must accept the match for it to be redacted.
	check func(s string, start, end int) bool
}

var builtin = []rule{
	// Passwords in URLs: scheme://user:pass@host -> scheme://user:[REDACTED]@host.
	{name: "url_password", re: regexp.MustCompile(`(?i)\b[a-z][a-z0-9+.-]*://[^\s:/@]+:([^\s@/]+)@`), group: 1},
	{name: "jwt", re: regexp.MustCompile(`\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}`)},
	{name: "bearer", re: regexp.MustCompile(`(?i)\b(?:bearer|token|basic)\s+([A-Za-z0-9._~+/=-]{8,})`), group: 1},
	{name: "api_key", re: regexp.MustCompile(`\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}|(?:AKIA|ASIA)[A-Z0-9]{16}|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}|AIza[A-Za-z0-9_-]{35}|sk-[A-Za-z0-9_-]{20,})`)},
	{name: "secret_assignment", re: regexp.MustCompile(`(?i)\b(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret)\b["']?\s*[:=]\s*["']?([^\s"'&,;]{3,})`), group: 1},
	{name: "email", re: regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)},
	{name: "card", re: regexp.MustCompile(`\d(?:[ -]?\d){12,18}`), check: card},
}

// Redactor redacts text. The zero value is not usable; use New.
type Redactor struct {
	rules []rule
}

// New returns a Redactor with the built-in rules plus the given regular
// expressions (RE2 syntax); each whole match of a pattern is masked.
func New(patterns []string) (*Redactor, error) {
	r := &Redactor{rules: append([]rule(nil), builtin...)}
	for i, p := range patterns {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, fmt.Errorf("redact: pattern %d: %w", i, err)
		}
		r.rules = append(r.rules, rule{name: fmt.Sprintf("custom_%d", i), re: re})
	}
	return r, nil
}

// Default returns a Redactor with the built-in rules only.
func Default() *Redactor {
	r, _ := New(nil)
	return r
}

// String returns s with every sensitive span replaced by Mask.
func (r *Redactor) String(s string) string {
	if s == "" {
		return s
	}
	for _, ru := range r.rules {
		s = ru.apply(s)
	}
	return s
}

func (ru rule) apply(s string) string {
	idx := ru.re.FindAllStringSubmatchIndex(s, -1)
	if len(idx) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range idx {
		start, end := m[0], m[1]
		if ru.group > 0 {
			start, end = m[2*ru.group], m[2*ru.group+1]
			if start < 0 {
				continue
			}
		}
		if start < last {
			continue
		}
		if ru.check != nil && !ru.check(s, start, end) {
			continue
		}
		b.WriteString(s[last:start])
		b.WriteString(Mask)
		last = end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// card accepts a digit run that stands alone (not part of a longer word or
// hex id) and passes the Luhn check.
func card(s string, start, end int) bool {
	if start > 0 && isWord(s[start-1]) || end < len(s) && isWord(s[end]) {
		return false
	}
	return luhnDigits(s[start:end])
}

func isWord(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// luhnDigits reports whether the digits of s (separators ignored) pass the
// Luhn check.
func luhnDigits(s string) bool {
	sum, n := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c < '0' || c > '9' {
			continue
		}
		d := int(c - '0')
		if n%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		n++
	}
	return n >= 13 && sum%10 == 0
}
