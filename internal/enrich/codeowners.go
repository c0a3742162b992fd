package enrich

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	hcodeowners "github.com/hmarr/codeowners"
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
// "@user", "@org/team" or e-mail addresses. Errors name the line.
//
// Owners are read with github.com/hmarr/codeowners' matchers; the lines are
// not read with its ParseFile because (read in v1.2.1) it rejects the
// documented "regex:" patterns (':', '|', '[' are not pattern characters
// there), returns no error when a line is too long for its scanner (the
// rest of the file is silently dropped) and has no size bound; and its
// matching is for repository paths, not the service/route subjects here.
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

// parseOwner accepts the owners GitHub's CODEOWNERS accepts, as matched by
// github.com/hmarr/codeowners: "@user", "@org/team" (returned without the
// '@') and e-mail addresses.
func parseOwner(o string) (string, bool) {
	for _, m := range hcodeowners.DefaultOwnerMatchers {
		if ow, err := m.Match(o); err == nil {
			return ow.Value, true
		}
	}
	return "", false
}
