package enrich

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Bounds of a CODEOWNERS file.
const (
	maxCodeOwnersLines    = 10000
	maxCodeOwnersLineSize = 4096
)

// FileRule is one line of a CODEOWNERS-style file.
type FileRule struct {
	// Line is the 1-based line number.
	Line    int
	Pattern Pattern
	// Owner is the owners joined with ",", '@' dropped; empty means
	// explicitly unowned.
	Owner string
}

// ParseCodeOwners parses a CODEOWNERS-style file: one "<pattern> [owner...]"
// per line, '#' starts a comment, blank lines are skipped. Owners are
// "@team", "@org/team" or e-mail addresses. Errors name the line.
func ParseCodeOwners(r io.Reader) ([]FileRule, error) {
	var rules []FileRule
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1024), maxCodeOwnersLineSize)
	n := 0
	for sc.Scan() {
		n++
		if n > maxCodeOwnersLines {
			return nil, fmt.Errorf("more than %d lines", maxCodeOwnersLines)
		}
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		pat := strings.TrimPrefix(fields[0], "/")
		if strings.HasSuffix(pat, "/") {
			pat += "**"
		}
		if pat == "" || pat == "*" {
			pat = "**"
		}
		p, err := CompilePattern(pat)
		if err != nil {
			return nil, fmt.Errorf("line %d: pattern: %w", n, err)
		}
		owners := fields[1:]
		for i, o := range owners {
			name, ok := parseOwner(o)
			if !ok {
				return nil, fmt.Errorf("line %d: owner %q: want @team, @org/team or an e-mail", n, o)
			}
			owners[i] = name
		}
		rules = append(rules, FileRule{Line: n, Pattern: p, Owner: strings.Join(owners, ",")})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", n+1, err)
	}
	return rules, nil
}

// parseOwner accepts "@team", "@org/team" (returning "team", "org/team")
// and "user@example.com".
func parseOwner(o string) (string, bool) {
	if name, ok := strings.CutPrefix(o, "@"); ok {
		if name == "" || strings.HasPrefix(name, "/") || strings.HasSuffix(name, "/") || strings.Count(name, "/") > 1 {
			return "", false
		}
		for i := 0; i < len(name); i++ {
			c := name[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '/') {
				return "", false
			}
		}
		return name, true
	}
	local, domain, ok := strings.Cut(o, "@")
	if !ok || local == "" || domain == "" || strings.Contains(domain, "@") || !strings.Contains(domain, ".") {
		return "", false
	}
	return o, true
}
