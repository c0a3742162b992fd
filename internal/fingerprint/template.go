package fingerprint

import "strings"

// IDTemplate returns the form of a mined template that goes into an id.
//
// Templates of structured dumps ("Seat(travelDate=<*>, startStation=nanjing,
// stations=[nanjing, shanghai])") keep a plain-word value constant until the
// miner has seen it vary, so two replicas that saw different slices of the
// same traffic could hold different templates of one family. When a template
// has at least two key=value pairs, IDTemplate therefore replaces every value
// (a bracketed list as a whole) with "<*>": the family is the shape of the
// dump, not its field values. Templates with fewer pairs are returned as they
// are, so "state=FAILED" and "state=RUNNING" stay apart.
func IDTemplate(t string) string {
	if strings.Count(t, "=") < 2 {
		return t
	}
	pairs := 0
	for i := 0; i < len(t); i++ {
		if t[i] == '=' && i > 0 && isKeyByte(t[i-1]) {
			pairs++
		}
	}
	if pairs < 2 {
		return t
	}
	var b strings.Builder
	b.Grow(len(t))
	for i := 0; i < len(t); {
		c := t[i]
		b.WriteByte(c)
		i++
		if c != '=' || i < 2 || !isKeyByte(t[i-2]) {
			continue
		}
		end := valueEnd(t, i)
		if end > i {
			b.WriteString("<*>")
			i = end
		}
	}
	return b.String()
}

func isKeyByte(c byte) bool {
	return c == '_' || c == '-' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

// valueEnd returns the end of the value starting at i: a bracketed list up
// to its matching bracket, then the run up to a separator.
func valueEnd(t string, i int) int {
	if i >= len(t) {
		return i
	}
	j := bracketEnd(t, i)
	for j < len(t) && !strings.ContainsRune(",;)]} \t", rune(t[j])) {
		j++
	}
	return j
}

// bracketEnd returns the end of the bracketed list at i, or i.
func bracketEnd(t string, i int) int {
	if open := t[i]; open == '[' || open == '{' || open == '(' {
		closeB := map[byte]byte{'[': ']', '{': '}', '(': ')'}[open]
		depth := 0
		for j := i; j < len(t); j++ {
			switch t[j] {
			case open:
				depth++
			case closeB:
				depth--
				if depth == 0 {
					return j + 1
				}
			}
		}
		return i // unbalanced: not a list
	}
	return i
}
