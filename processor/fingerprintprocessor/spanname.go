package fingerprintprocessor // import "github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor"

import (
	"fmt"
	"regexp"

	"github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"
)

// spanNameMask returns the mask of span names: the user's templates.masks
// rules, then spanclass.DefaultMask. A span name is an identifier
// ("pkg.CurrencyService/Convert", "GET /api/v1/orders/{accountId}"), not a
// message: the log masker's built-ins, which take any dotted or slashed
// token for a value, would turn it into <*>; DefaultMask masks only ids,
// numbers and hashes.
func spanNameMask(rules []MaskRule) (func(string) string, error) {
	type rule struct {
		re   *regexp.Regexp
		repl string
	}
	compiled := make([]rule, 0, len(rules))
	for i, r := range rules {
		re, err := regexp.Compile(r.Pattern)
		if err != nil {
			return nil, fmt.Errorf("templates.masks[%d].pattern: %w", i, err)
		}
		compiled = append(compiled, rule{re, r.Replacement})
	}
	if len(compiled) == 0 {
		return spanclass.DefaultMask, nil
	}
	return func(name string) string {
		for _, r := range compiled {
			name = r.re.ReplaceAllString(name, r.repl)
		}
		return spanclass.DefaultMask(name)
	}, nil
}
