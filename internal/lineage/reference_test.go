package lineage

import (
	"cmp"
	"slices"
	"strings"
)

// The fold by coverage as it was before its comparisons were bounded
// (h101): the reference the bounded one must agree with wherever the bound
// is not reached (TestCoveringAgreesWithTheReference).

func coversReference(wide, narrow string) bool {
	if wide == narrow || len(narrow) > maxCoverLen || len(wide) > maxCoverLen {
		return false
	}
	var wb, nb [maxCoverTokens]string
	w, ok := refTokens(wide, wb[:0])
	if !ok {
		return false
	}
	n, ok := refTokens(narrow, nb[:0])
	if !ok {
		return false
	}
	kept, consts := 0, 0
	for _, tok := range w {
		if tok != Wildcard {
			kept++
		}
	}
	for _, tok := range n {
		if tok != Wildcard {
			consts++
		}
	}
	if 2*kept < consts {
		return false
	}
	// glob matching over tokens, the variable one or more of them (the
	// last variable is extended one token at a time: linear for a template
	// with one variable, bounded by maxCoverTokens squared otherwise)
	i, j, si, sj := 0, 0, -1, 0
	for j < len(n) {
		switch {
		case i < len(w) && w[i] == Wildcard:
			i, j = i+1, j+1
			si, sj = i, j
		case i < len(w) && refTokenCovers(w[i], n[j]):
			i, j = i+1, j+1
		case si >= 0:
			sj++
			i, j = si, sj
		default:
			return false
		}
	}
	return i == len(w) && Linkable(wide, narrow)
}

// tokens appends tpl's tokens to buf; false when there are more than it
// holds.
func refTokens(tpl string, buf []string) ([]string, bool) {
	for tok := range strings.FieldsSeq(tpl) {
		if len(buf) == cap(buf) {
			return buf, false
		}
		buf = append(buf, tok)
	}
	return buf, true
}

// tokenCovers reports whether the template token w stands for n: equal,
// or each variable of w one or more characters of n.
func refTokenCovers(w, n string) bool {
	if w == n {
		return true
	}
	if !strings.Contains(w, Wildcard) {
		return false
	}
	parts := strings.Split(w, Wildcard)
	if !strings.HasPrefix(n, parts[0]) {
		return false
	}
	n = n[len(parts[0]):]
	for k, p := range parts[1:] {
		if len(n) == 0 {
			return false
		}
		n = n[1:] // the variable's first character
		if k == len(parts)-2 {
			return strings.HasSuffix(n, p)
		}
		at := strings.Index(n, p)
		if at < 0 {
			return false
		}
		n = n[at+len(p):]
	}
	return true
}

func coveringReference(ms []Member, young []int32) []uint64 {
	type entry struct {
		hash   uint64
		text   string
		consts int
	}
	type bucket struct{ scope, tok string }
	type key struct {
		scope string
		tpl   uint64
	}
	scopes := map[string]bool{} // only theirs are indexed
	for _, i := range young {
		scopes[ms[i].Scope] = true
	}
	index := map[bucket][]entry{}
	seen := map[key]bool{}
	for i := range ms {
		m := &ms[i]
		if len(m.Templates) == 0 || m.Text == "" || !scopes[m.Scope] {
			continue
		}
		h := m.Templates[len(m.Templates)-1]
		if seen[key{m.Scope, h}] {
			continue
		}
		seen[key{m.Scope, h}] = true
		var words [maxIndexWords]string
		n, consts := 0, 0
		for tok := range strings.FieldsSeq(m.Text) {
			if !strings.Contains(tok, Wildcard) {
				consts++
				if n < len(words) && !slices.Contains(words[:n], tok) {
					words[n] = tok
					n++
				}
			}
		}
		e := entry{h, m.Text, consts}
		for _, w := range words[:n] {
			index[bucket{m.Scope, w}] = append(index[bucket{m.Scope, w}], e)
		}
		if n == 0 { // every token holds a variable
			index[bucket{m.Scope, ""}] = append(index[bucket{m.Scope, ""}], e)
		}
	}
	for _, es := range index { // independent of the order of ms
		slices.SortFunc(es, func(a, b entry) int {
			if c := cmp.Compare(b.consts, a.consts); c != 0 {
				return c
			}
			return cmp.Compare(a.hash, b.hash)
		})
	}
	cover := make([]uint64, len(young))
	type found struct {
		tok string
		es  []entry
	}
	var words []found
	for o, i := range young {
		m := &ms[i]
		var best *entry
		tries := 0
		try := func(es []entry) {
			for k := range es {
				e := &es[k]
				if tries >= maxCoverTries {
					return
				}
				if best != nil && e.hash == best.hash {
					continue // met under another word
				}
				tries++
				if best != nil && (e.consts < best.consts || e.consts == best.consts && e.hash > best.hash) {
					return // sorted: no later one is better
				}
				if coversReference(e.text, m.Text) {
					best = e
					return
				}
			}
		}
		words = words[:0]
		for tok := range strings.FieldsSeq(m.Text) {
			if len(words) == maxCoverTokens {
				break
			}
			if strings.Contains(tok, Wildcard) || slices.ContainsFunc(words, func(w found) bool { return w.tok == tok }) {
				continue
			}
			if es := index[bucket{m.Scope, tok}]; len(es) > 0 {
				words = append(words, found{tok, es})
			}
		}
		slices.SortFunc(words, func(a, b found) int {
			if c := cmp.Compare(len(a.es), len(b.es)); c != 0 {
				return c
			}
			return strings.Compare(a.tok, b.tok)
		})
		for _, w := range words {
			try(w.es)
		}
		try(index[bucket{m.Scope, ""}])
		if best != nil {
			cover[o] = best.hash
		}
	}
	return cover
}

// refSteps is the token comparisons coversReference makes.
func refSteps(wide, narrow string) int {
	var wb, nb [maxCoverTokens]string
	w, _ := refTokens(wide, wb[:0])
	n, _ := refTokens(narrow, nb[:0])
	i, j, si, sj, steps := 0, 0, -1, 0, 0
	for j < len(n) {
		steps++
		switch {
		case i < len(w) && w[i] == Wildcard:
			i, j = i+1, j+1
			si, sj = i, j
		case i < len(w) && refTokenCovers(w[i], n[j]):
			i, j = i+1, j+1
		case si >= 0:
			sj++
			i, j = si, sj
		default:
			return steps
		}
	}
	return steps
}
