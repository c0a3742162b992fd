// Package redact removes secrets and personal data from text before it
// leaves the collector: credentials (the kinds internal/mask detects: cloud
// and SaaS keys, GitHub/GitLab/Slack tokens, JWTs, bearer and basic
// credentials, passwords in URLs, values of password/secret/token-like keys,
// private-key blocks), emails, Luhn-valid card numbers, and configurable
// patterns.
package redact

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/otelcol-backlog/otelcol-backlog/internal/mask"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/markup"
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
	// can, when set, reports a text the expression may match: one it
	// cannot is not searched (a literal every match holds, a count of
	// digits; the search costs hundreds of nanoseconds for a short text,
	// and most texts, a service name, an operation, hold none).
	can func(s string) bool
	// replace, when set, is the rule instead of re: it returns s with its
	// spans replaced by the mask.
	replace func(s, repl string) string
}

// builtin are the rules applied after the credentials (mask.FindSecrets,
// the scanner the template masker uses too: one definition of a secret).
var builtin = []rule{
	// an address's '@' written as is or percent-encoded ("%40": a query's
	// "email=alice%40example.com", h131)
	{name: "email", re: regexp.MustCompile(`[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9.-]+\.[A-Za-z]{2,}`), can: func(s string) bool {
		return strings.IndexByte(s, '@') >= 0 || strings.Contains(s, "%40")
	}},
	// the password of a userinfo without a scheme, "admin:hunter2@10.0.0.5"
	// (after the email rule, which takes "to:alice@example.com" whole; h154)
	{name: "userinfo", replace: mask.ReplaceUserinfoPasswords},
	{name: "card", re: regexp.MustCompile(`\d(?:[ -]?\d){12,18}`), check: card, can: hasDigits(13)},
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
	s = mask.ReplaceSecrets(s, Mask)
	for _, ru := range r.rules {
		s = ru.apply(s)
	}
	return s
}

// Shown is s redacted without the control characters markup.DropControls
// drops, as a text is shown. A text that holds some is read by the
// redactor with them and without them: a control may end a secret (the
// secret and what follows it are one word once it is dropped, which the
// redactor does not take for one) or split one (whole once it is
// dropped: "AKIA" ESC "Z7QW…" was left readable when they were dropped
// only after redacting, h121). The redactor puts in only its ASCII
// mask; the last pass changes nothing but a character it may have cut
// (U+FFFD). A text without any, nearly every one, is redacted once.
func (r *Redactor) Shown(s string) string {
	d := markup.DropControls(s)
	if d != s {
		d = markup.DropControls(r.String(s))
	}
	return markup.DropControls(r.String(d))
}

// Kept is s redacted as a store keeps it: String(s), its control
// characters kept, unless dropping them shows a secret String did not
// see (a control splitting it, "AKIA" U+202C "Z7QW…"): then Shown(s),
// without them, so that no reader who drops the controls reads a secret
// there (h121). A text without controls is String(s) byte for byte, and
// so is one whose controls hide nothing.
func (r *Redactor) Kept(s string) string {
	k := r.String(s)
	if markup.DropControls(s) == s {
		return k
	}
	if sh := r.Shown(s); sh != markup.DropControls(k) {
		return sh
	}
	return k
}

func (ru rule) apply(s string) string {
	if ru.replace != nil {
		return ru.replace(s, Mask)
	}
	if ru.can != nil && !ru.can(s) {
		return s
	}
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
// hex id), passes the Luhn check and is as long as the card numbers its
// first digits issue (cardIssued): one number in ten passes the Luhn
// check, so a build's timestamp (20261130090800) or an epoch in
// milliseconds (1765094400000) would be a card one time in ten.
func card(s string, start, end int) bool {
	if start > 0 && isWord(s[start-1]) || end < len(s) && isWord(s[end]) {
		return false
	}
	return luhnDigits(s[start:end]) && cardIssued(s[start:end])
}

// cardIssued reports whether the digits of s (separators ignored) have a
// length the networks issuing their first digits use (ISO/IEC 7812 issuer
// identification numbers, the networks' published ranges): UATP 1 (15
// digits); Mir 2200-2204 and Mastercard 2221-2720 (16); American Express
// 34, 37 (15), Diners Club 30, 36, 38, 39 (14-19), JCB 35 (16-19); Visa 4
// (13, 16, 19); Mastercard 51-55 and Maestro 50, 56-59 (12-19); Discover,
// UnionPay, RuPay, Maestro 6 (13-19); RuPay 81, 82 (16). Wider than any one
// network where they share a digit: a real card is never left.
func cardIssued(s string) bool {
	var d [19]byte
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; '0' <= c && c <= '9' {
			if n == len(d) {
				return false
			}
			d[n] = c - '0'
			n++
		}
	}
	if n < 2 {
		return false
	}
	two := int(d[0])*10 + int(d[1])
	switch d[0] {
	case 1:
		return n == 15
	case 2:
		four := two*100 + int(d[2])*10 + int(d[3])
		return n == 16 && (four >= 2200 && four <= 2204 || four >= 2221 && four <= 2720)
	case 3:
		switch two {
		case 34, 37:
			return n == 15
		case 35:
			return n >= 16
		case 30, 36, 38, 39:
			return n >= 14
		}
		return false
	case 4:
		return n == 13 || n == 16 || n == 19
	case 5, 6:
		return true
	case 8:
		return n == 16 && (two == 81 || two == 82)
	}
	return false
}

// hasDigits reports a text with at least n digits (a card number's
// fewest).
func hasDigits(n int) func(string) bool {
	return func(s string) bool {
		k := 0
		for i := 0; i < len(s); i++ {
			if '0' <= s[i] && s[i] <= '9' {
				if k++; k == n {
					return true
				}
			}
		}
		return false
	}
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
