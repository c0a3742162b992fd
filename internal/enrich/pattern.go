package enrich

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// RegexPrefix marks a pattern as a regular expression (RE2 syntax, matched
// against the whole subject).
const RegexPrefix = "regex:"

// maxWildcards bounds the wildcards of a glob pattern (it keeps rules
// readable; matching is linear in the subject whatever their number).
const maxWildcards = 8

// Pattern is a compiled glob or regular expression. The zero Pattern
// matches everything.
type Pattern struct {
	src    string
	kind   patternKind
	lit    string // exact, prefix
	tokens []token
	re     *regexp.Regexp
	// linear: every wildcard is a "**" that does not stand for a segment,
	// so the glob is matched by MatchRoute without backtracking.
	linear bool
}

type patternKind uint8

const (
	patAny patternKind = iota
	patExact
	patPrefix // "lit**"
	patGlob
	patRegex
)

type token struct {
	lit  string
	star uint8 // 0: literal, 1: "*", 2: "**"
	// dir marks a "**" between '/'s ("a/**/b"), which may also match
	// nothing, together with one of the slashes ("a/b").
	dir bool
}

// CompilePattern compiles a pattern: "regex:<RE2>" for a regular
// expression anchored at both ends, otherwise a glob where "*" matches any
// run of characters except '/', "**" matches any run including '/', and
// every other character matches itself. An empty pattern is an error.
func CompilePattern(s string) (Pattern, error) {
	p := Pattern{src: s}
	if re, ok := strings.CutPrefix(s, RegexPrefix); ok {
		if re == "" {
			return p, errors.New("empty regular expression")
		}
		c, err := regexp.Compile(`^(?:` + re + `)$`)
		if err != nil {
			return p, err
		}
		p.kind, p.re = patRegex, c
		return p, nil
	}
	if s == "" {
		return p, errors.New("empty pattern")
	}
	if s == "**" {
		p.kind = patAny
		return p, nil
	}
	stars := 0
	for i := 0; i < len(s); {
		if s[i] != '*' {
			j := strings.IndexByte(s[i:], '*')
			if j < 0 {
				j = len(s) - i
			}
			p.tokens = append(p.tokens, token{lit: s[i : i+j]})
			i += j
			continue
		}
		n := 0
		for i < len(s) && s[i] == '*' {
			n++
			i++
		}
		if n > 2 {
			return p, fmt.Errorf("%q: more than two consecutive '*'", s)
		}
		stars++
		p.tokens = append(p.tokens, token{star: uint8(n)})
	}
	for i := range p.tokens {
		t := &p.tokens[i]
		if t.star == 2 && i+1 < len(p.tokens) && strings.HasPrefix(p.tokens[i+1].lit, "/") &&
			(i == 0 || strings.HasSuffix(p.tokens[i-1].lit, "/")) {
			t.dir = true
		}
	}
	p.linear = true
	for _, t := range p.tokens {
		if t.star == 1 || t.dir {
			p.linear = false
		}
	}
	if stars > maxWildcards {
		return p, fmt.Errorf("%q: more than %d wildcards", s, maxWildcards)
	}
	switch {
	case stars == 0:
		p.kind, p.lit, p.tokens = patExact, s, nil
	case stars == 1 && len(p.tokens) == 2 && p.tokens[1].star == 2:
		p.kind, p.lit, p.tokens = patPrefix, p.tokens[0].lit, nil
	default:
		p.kind = patGlob
		if !p.linear {
			re, err := globRegexp(p.tokens)
			if err != nil {
				return p, err
			}
			p.re = re
		}
	}
	return p, nil
}

// MustCompilePattern is CompilePattern that panics on error, for tests and
// constants.
func MustCompilePattern(s string) Pattern {
	p, err := CompilePattern(s)
	if err != nil {
		panic(err)
	}
	return p
}

// cost ranks how expensive Match is, to test cheap patterns first.
func (p *Pattern) cost() int {
	switch p.kind {
	case patAny:
		return 0
	case patExact, patPrefix:
		return 1
	case patGlob:
		return 2
	}
	return 3
}

// String returns the source of the pattern.
func (p Pattern) String() string { return p.src }

// Match reports whether s matches the pattern. It does not allocate.
func (p *Pattern) Match(s string) bool {
	switch p.kind {
	case patAny:
		return true
	case patExact:
		return s == p.lit
	case patPrefix:
		return strings.HasPrefix(s, p.lit)
	case patRegex:
		return p.re.MatchString(s)
	}
	if p.linear {
		return MatchRoute(p.src, s)
	}
	// Subjects (routes, span names, templates) are telemetry: a
	// backtracking matcher could be made to take exponential time by a
	// crafted route ("*-*-*-*-*-*-*-*" against a long run of '-'). The
	// glob is compiled to RE2, which matches in time linear in s.
	return p.re.MatchString(s)
}

// globRegexp translates glob tokens to an anchored RE2 expression: "*" is
// a run without '/', "**" any run, and a "**" standing for a segment
// ("a/**/b") also matches nothing together with one of its slashes.
func globRegexp(toks []token) (*regexp.Regexp, error) {
	var b strings.Builder
	b.WriteString(`^(?s:`)
	skip := false
	for _, t := range toks {
		switch {
		case t.star == 0:
			lit := t.lit
			if skip {
				lit = lit[1:] // the dir "**" took this '/'
			}
			b.WriteString(regexp.QuoteMeta(lit))
		case t.dir:
			b.WriteString(`(?:.*/)?`)
		case t.star == 2:
			b.WriteString(`.*`)
		default:
			b.WriteString(`[^/]*`)
		}
		skip = t.dir
	}
	b.WriteString(`)$`)
	return regexp.Compile(b.String())
}

// MatchRoute reports whether s matches the route glob p, where every '*'
// matches any run of characters, '/' included (a span's operation is one
// string, not a path), and every other byte matches itself: the latency
// thresholds' routes. Iterative with one backtrack point (the last '*'):
// O(len(p)*len(s)), no recursion, no allocation, any number of wildcards.
func MatchRoute(p, s string) bool {
	px, sx := 0, 0
	nextP, nextS := -1, -1
	for px < len(p) || sx < len(s) {
		if px < len(p) {
			if p[px] == '*' {
				nextP, nextS = px, sx+1
				px++
				continue
			}
			if sx < len(s) && p[px] == s[sx] {
				px++
				sx++
				continue
			}
		}
		if nextP >= 0 && nextS <= len(s) {
			px, sx = nextP+1, nextS
			nextS++
			continue
		}
		return false
	}
	return true
}
