package enrich

import (
	"strings"
	"testing"
)

func FuzzParseCodeOwners(f *testing.F) {
	f.Add(codeowners)
	f.Add("* @a\n# c\n/x/ @b @c\n")
	f.Add("regex:[a-z]+ a@b.c\n\xff\xfe @x\n")
	f.Fuzz(func(t *testing.T, s string) {
		rules, err := ParseCodeOwners(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, r := range rules {
			_ = r.Pattern.Match("svc/route")
			if strings.Contains(r.Owner, "@@") {
				t.Fatalf("owner %q", r.Owner)
			}
		}
	})
}

func FuzzPattern(f *testing.F) {
	f.Add("a/**/b*", "a/x/bc")
	f.Add("*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab")
	f.Fuzz(func(t *testing.T, pattern, s string) {
		p, err := CompilePattern(pattern)
		if err != nil {
			return
		}
		got := p.Match(s)
		if !strings.HasPrefix(pattern, RegexPrefix) && !strings.Contains(pattern, "*") && got != (pattern == s) {
			t.Fatalf("literal %q vs %q: %v", pattern, s, got)
		}
	})
}
