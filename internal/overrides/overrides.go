// Package overrides parses and hot-reloads human overrides of the backlog:
// per-fingerprint rules to pin, boost, mute or merge a cluster, each with a
// required reason code. The file is YAML (JSON is accepted too):
//
//	rules:
//	  - fingerprint: 3f2a9c0d1b2e4f56
//	    action: boost        # pin | boost | mute | merge_into
//	    factor: 3            # boost only, > 0
//	    reason: SLA-BREACH   # required reason code
//	  - fingerprint: 0000000000000001
//	    action: merge_into
//	    into: 3f2a9c0d1b2e4f56
//	    reason: same-root-cause
package overrides

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"math"
	"os"
	"regexp"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"go.yaml.in/yaml/v3"
)

// Actions.
const (
	ActionPin   = "pin"
	ActionBoost = "boost"
	ActionMute  = "mute"
	ActionMerge = "merge_into"
)

// Rule is one override.
type Rule struct {
	Fingerprint string  `yaml:"fingerprint" json:"fingerprint"`
	Action      string  `yaml:"action" json:"action"`
	Factor      float64 `yaml:"factor,omitempty" json:"factor,omitempty"`
	Into        string  `yaml:"into,omitempty" json:"into,omitempty"`
	Reason      string  `yaml:"reason" json:"reason"`
	// Line is the rule's line in the file (1-based).
	Line int `yaml:"-" json:"-"`
}

var reasonRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.:/#-]{0,63}$`)

// Set is an immutable, validated set of rules keyed by fingerprint.
type Set struct {
	rules map[string]Rule
	merge map[string]string // resolved final merge target
}

// Empty is the set with no rules.
var Empty = &Set{rules: map[string]Rule{}, merge: map[string]string{}}

// Parse parses and validates a rules file. Errors name the line and the rule.
func Parse(data []byte) (*Set, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return Empty, nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("overrides: %w", err)
	}
	var file struct {
		Rules []yaml.Node `yaml:"rules"`
	}
	if err := doc.Decode(&file); err != nil {
		return nil, fmt.Errorf("overrides: %w", err)
	}
	s := &Set{rules: map[string]Rule{}, merge: map[string]string{}}
	for i, n := range file.Rules {
		var r Rule
		if err := n.Decode(&r); err != nil {
			return nil, fmt.Errorf("overrides: line %d: rule %d: %w", n.Line, i+1, err)
		}
		r.Line = n.Line
		if err := r.validate(); err != nil {
			return nil, fmt.Errorf("overrides: line %d: rule %d (%s): %w", n.Line, i+1, r.Fingerprint, err)
		}
		if prev, ok := s.rules[r.Fingerprint]; ok {
			return nil, fmt.Errorf("overrides: line %d: rule %d (%s): duplicate of the rule at line %d", n.Line, i+1, r.Fingerprint, prev.Line)
		}
		s.rules[r.Fingerprint] = r
	}
	for fp, r := range s.rules {
		if r.Action != ActionMerge {
			continue
		}
		target, seen := r.Into, map[string]bool{fp: true}
		for {
			if seen[target] {
				return nil, fmt.Errorf("overrides: line %d: rule (%s): merge_into cycle through %s", r.Line, fp, target)
			}
			seen[target] = true
			next, ok := s.rules[target]
			if !ok || next.Action != ActionMerge {
				break
			}
			target = next.Into
		}
		s.merge[fp] = target
	}
	return s, nil
}

func (r *Rule) validate() error {
	switch {
	case r.Fingerprint == "":
		return errors.New("fingerprint is required")
	case r.Reason == "":
		return errors.New("reason is required")
	case !reasonRE.MatchString(r.Reason):
		return fmt.Errorf("reason %q: want a code of letters, digits and _.:/#- (max 64)", r.Reason)
	}
	switch r.Action {
	case ActionPin, ActionMute:
		if r.Factor != 0 || r.Into != "" {
			return fmt.Errorf("action %s takes no factor or into", r.Action)
		}
	case ActionBoost:
		if !(r.Factor > 0) || math.IsInf(r.Factor, 0) {
			return fmt.Errorf("boost: factor must be > 0, got %v", r.Factor)
		}
	case ActionMerge:
		if r.Into == "" {
			return errors.New("merge_into: into is required")
		}
		if r.Into == r.Fingerprint {
			return errors.New("merge_into: cannot merge into itself")
		}
	case "":
		return errors.New("action is required (pin, boost, mute, merge_into)")
	default:
		return fmt.Errorf("unknown action %q (pin, boost, mute, merge_into)", r.Action)
	}
	return nil
}

// Lookup returns the rule for fp.
func (s *Set) Lookup(fp string) (Rule, bool) {
	if s == nil {
		return Rule{}, false
	}
	r, ok := s.rules[fp]
	return r, ok
}

// MergeTarget returns the final fingerprint fp is merged into, or "".
func (s *Set) MergeTarget(fp string) string {
	if s == nil {
		return ""
	}
	return s.merge[fp]
}

// Rules returns every rule sorted by line.
func (s *Set) Rules() []Rule {
	if s == nil {
		return nil
	}
	out := make([]Rule, 0, len(s.rules))
	for _, r := range s.rules {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Line < out[j].Line })
	return out
}

// File is a rules file reloaded when it changes. Safe for concurrent use.
type File struct {
	path string

	mu      sync.Mutex
	mtime   time.Time
	size    int64
	hash    [32]byte
	checked time.Time

	set     atomic.Pointer[Set]
	reloads atomic.Int64
	errs    atomic.Int64
}

// NewFile returns a File for path with no rules loaded; call Reload.
func NewFile(path string) *File {
	f := &File{path: path}
	f.set.Store(Empty)
	return f
}

// ForceInterval re-reads the file even when mtime and size are unchanged
// (coarse file-system timestamps), at most this often.
const ForceInterval = time.Minute

// Reload re-reads the file when its mtime or size changed (or ForceInterval
// passed since the last read) and swaps the rules in when the content hash
// changed and the new content is valid. On error the previous rules stay. A
// missing file means no rules. It reports whether the rules changed.
func (f *File) Reload(now time.Time) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	st, err := os.Stat(f.path)
	if errors.Is(err, os.ErrNotExist) {
		changed := f.set.Load() != Empty
		f.set.Store(Empty)
		f.mtime, f.size, f.hash = time.Time{}, 0, [32]byte{}
		return changed, nil
	}
	if err != nil {
		f.errs.Add(1)
		return false, fmt.Errorf("overrides: %w", err)
	}
	if st.ModTime().Equal(f.mtime) && st.Size() == f.size && now.Sub(f.checked) < ForceInterval {
		return false, nil
	}
	data, err := os.ReadFile(f.path)
	if err != nil {
		f.errs.Add(1)
		return false, fmt.Errorf("overrides: %w", err)
	}
	f.checked = now
	f.mtime, f.size = st.ModTime(), st.Size()
	h := sha256.Sum256(data)
	if h == f.hash {
		return false, nil
	}
	s, err := Parse(data)
	if err != nil {
		f.errs.Add(1)
		return false, fmt.Errorf("%s: %w", f.path, err)
	}
	f.hash = h
	f.set.Store(s)
	f.reloads.Add(1)
	return true, nil
}

// Set returns the current rules (never nil).
func (f *File) Set() *Set { return f.set.Load() }

// Reloads and Errors count successful reloads and failed ones.
func (f *File) Reloads() int64 { return f.reloads.Load() }

// Errors counts failed reloads.
func (f *File) Errors() int64 { return f.errs.Load() }
