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
