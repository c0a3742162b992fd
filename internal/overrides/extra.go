package overrides

// WithMutes returns a set that also mutes the given fingerprints (value: the
// reason code, e.g. "tracker:not_planned"), as decided by people in an issue
// tracker. A rule of the file for the same fingerprint wins. s is unchanged.
func (s *Set) WithMutes(mutes map[string]string) *Set {
	if len(mutes) == 0 {
		return s
	}
	if s == nil {
		s = Empty
	}
	out := &Set{rules: make(map[string]Rule, len(s.rules)+len(mutes)), merge: s.merge}
	for fp, r := range s.rules {
		out.rules[fp] = r
	}
	for fp, reason := range mutes {
		if _, ok := out.rules[fp]; !ok {
			out.rules[fp] = Rule{Fingerprint: fp, Action: ActionMute, Reason: reason}
		}
	}
	return out
}

// WithMerges returns s plus merges (source -> target) for sources without
// a rule of their own whose target is not merged itself (so no chain or
// cycle arises); s is not changed. h7: similar problems.
func (s *Set) WithMerges(merges map[string]string) *Set {
	if len(merges) == 0 {
		return s
	}
	if s == nil {
		s = Empty
	}
	out := &Set{rules: s.rules, merge: make(map[string]string, len(s.merge)+len(merges))}
	targets := map[string]bool{}
	for fp, t := range s.merge {
		out.merge[fp] = t
		targets[t] = true
	}
	for fp, target := range merges {
		if targets[fp] {
			continue
		}
		if _, ok := s.rules[fp]; ok || fp == target {
			continue
		}
		if _, ok := out.merge[target]; ok {
			continue
		}
		if _, ok := out.merge[fp]; ok {
			continue
		}
		out.merge[fp] = target
		targets[target] = true
	}
	return out
}
