// Package similar suggests merges of ranked units (today items, one
// cluster each) that look like one problem: their templates and titles are
// close, lexically (token-set Jaccard similarity of their templates) or,
// with an embeddings endpoint, semantically (cosine similarity of
// embeddings of title and template), and they share operational context
// (a service, a dependency, a release or a journey). Suggestions carry
// their similarity, method and the shared context as evidence. A merge
// happens only through an override (internal/overrides merge_into) or, when
// configured, above AutoMerge; both are read at ranking time and are
// undone by removing the rule or raising the threshold.
package similar

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

// Config configures the suggestions.
type Config struct {
	// Enabled turns suggestions on (default true; the lexical method needs
	// no endpoint).
	Enabled bool `mapstructure:"enabled"`
	// LexicalThreshold is the least Jaccard similarity of template tokens
	// suggested (default 0.6).
	LexicalThreshold float64 `mapstructure:"lexical_threshold"`
	// EmbeddingThreshold is the least cosine similarity suggested when
	// embeddings are available (default 0.9).
	EmbeddingThreshold float64 `mapstructure:"embedding_threshold"`
	// MaxSuggestions bounds the list (default 20).
	MaxSuggestions int `mapstructure:"max_suggestions"`
	// AutoMerge, when > 0, merges suggested pairs whose similarity is at
	// least this (of either method) without an override; 0 (default) never.
	AutoMerge float64 `mapstructure:"auto_merge"`
}

// Default returns the defaults.
func Default() Config {
	return Config{Enabled: true, LexicalThreshold: 0.6, EmbeddingThreshold: 0.9, MaxSuggestions: 20}
}

// Validate names the offending field.
func (c *Config) Validate() error {
	var errs []error
	for _, f := range []struct {
		name string
		v    float64
	}{{"lexical_threshold", c.LexicalThreshold}, {"embedding_threshold", c.EmbeddingThreshold}} {
		if !(f.v > 0 && f.v <= 1) {
			errs = append(errs, fmt.Errorf("%s: must be in (0, 1], got %v", f.name, f.v))
		}
	}
	if c.MaxSuggestions < 0 {
		errs = append(errs, fmt.Errorf("max_suggestions: must be >= 0, got %d", c.MaxSuggestions))
	}
	if !(c.AutoMerge == 0 || (c.AutoMerge > 0 && c.AutoMerge <= 1)) {
		errs = append(errs, fmt.Errorf("auto_merge: must be 0 (off) or in (0, 1], got %v", c.AutoMerge))
	}
	return errors.Join(errs...)
}

// Unit is what the suggestions compare.
type Unit struct {
	ID, Title, Template, Problem string
	Score                        float64
	// Context holds the operational context: "service", "dependency",
	// "release", "journey" -> values.
	Context map[string][]string
}

// Units reads the ranked units of doc (items, in rank order): the one
// place that decides what a unit is.
func Units(doc *backlog.Document) []Unit {
	out := make([]Unit, 0, len(doc.Items))
	for _, it := range doc.Items {
		u := Unit{ID: it.Fingerprint, Title: it.Title, Template: it.Template, Problem: it.Problem.ID, Score: it.Score,
			Context: map[string][]string{}}
		for name, m := range map[string]map[string]int64{"service": it.Services, "dependency": it.Dependencies, "release": it.Releases, "journey": it.Journeys} {
			for k := range m {
				if k != "" {
					u.Context[name] = append(u.Context[name], k)
				}
			}
			sort.Strings(u.Context[name])
		}
		if it.Service != "" && len(u.Context["service"]) == 0 {
			u.Context["service"] = []string{it.Service}
		}
		out = append(out, u)
	}
	return out
}

// Text is what is embedded for a unit.
func (u *Unit) Text() string { return u.Title + "\n" + u.Template }

// Tokens is the token set of a template: lowercase runs of letters and
// digits of at least two characters, without the "<*>" placeholders and
// pure numbers.
func Tokens(s string) map[string]bool {
	set := map[string]bool{}
	for _, f := range strings.FieldsFunc(strings.ReplaceAll(s, "<*>", " "), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(f) < 2 || strings.IndexFunc(f, unicode.IsLetter) < 0 {
			continue
		}
		set[strings.ToLower(f)] = true
	}
	return set
}

// Jaccard is |a ∩ b| / |a ∪ b| (0 for two empty sets).
func Jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// Suggestion is one suggested merge: B into A (A ranks higher).
type Suggestion = backlog.MergeSuggestion

// Methods.
const (
	MethodLexical   = "lexical"
	MethodEmbedding = "embedding"
)

// Suggest compares every pair of units of different problems that share
// operational context; embeddings (by unit id, may be nil) are used when
// both units have one, else the lexical similarity. Pairs at or above the
// method's threshold are returned, most similar first (ties: by ids).
func Suggest(units []Unit, embeddings map[string][]float64, cfg Config, cosine func(a, b []float64) float64) []Suggestion {
	if !cfg.Enabled {
		return nil
	}
	toks := make([]map[string]bool, len(units))
	for i := range units {
		toks[i] = Tokens(units[i].Template)
	}
	var out []Suggestion
	for i := range units {
		for j := i + 1; j < len(units); j++ {
			a, b := &units[i], &units[j]
			if a.Problem != "" && a.Problem == b.Problem {
				continue
			}
			shared := sharedContext(a, b)
			if len(shared) == 0 {
				continue
			}
			ea, eb := embeddings[a.ID], embeddings[b.ID]
			s := Suggestion{A: a.ID, B: b.ID, TitleA: a.Title, TitleB: b.Title, Shared: shared}
			if ea != nil && eb != nil && cosine != nil {
				s.Similarity, s.Method = cosine(ea, eb), MethodEmbedding
				if s.Similarity < cfg.EmbeddingThreshold {
					continue
				}
			} else {
				s.Similarity, s.Method = Jaccard(toks[i], toks[j]), MethodLexical
				if s.Similarity < cfg.LexicalThreshold {
					continue
				}
			}
			s.Similarity = math.Round(s.Similarity*1000) / 1000
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Similarity != out[j].Similarity {
			return out[i].Similarity > out[j].Similarity
		}
		if out[i].A != out[j].A {
			return out[i].A < out[j].A
		}
		return out[i].B < out[j].B
	})
	if cfg.MaxSuggestions > 0 && len(out) > cfg.MaxSuggestions {
		out = out[:cfg.MaxSuggestions]
	}
	if cfg.AutoMerge > 0 {
		used := map[string]bool{}
		for i := range out {
			s := &out[i]
			// One merge per unit per round, never a chain: reversible and
			// free of cycles.
			if s.Similarity >= cfg.AutoMerge && !used[s.A] && !used[s.B] {
				s.Merged = true
				used[s.A], used[s.B] = true, true
			}
		}
	}
	return out
}

func sharedContext(a, b *Unit) []string {
	var out []string
	for _, k := range []string{"service", "dependency", "release", "journey"} {
		for _, v := range a.Context[k] {
			for _, w := range b.Context[k] {
				if v == w {
					out = append(out, k+" "+v)
				}
			}
		}
	}
	return out
}

// Merges returns the auto merges of suggestions: B -> A.
func Merges(s []Suggestion) map[string]string {
	m := map[string]string{}
	for _, x := range s {
		if x.Merged {
			m[x.B] = x.A
		}
	}
	return m
}
