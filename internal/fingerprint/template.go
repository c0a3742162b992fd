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

// IDForm returns the form of a masked log message that goes into a log
// fingerprint (version 2). It is a function of the record alone, so an id
// never changes when the miner's template of the record generalizes, and
// every replica derives the same id from the same record, whatever it saw
// before. On top of the masking it turns every value a program fills into a
// named slot into "<*>", following the conventions of how software writes
// logs:
//
//   - key=value: the value (a bracketed list as a whole, and an empty value
//     too: "logname= uid=0" -> "logname=<*> uid=<*>"); the key stays;
//   - JSON members "key":value: the value, whole;
//   - a single word or an empty slot in parentheses, brackets or quotes:
//     "(host.example)" and "()" -> "(<*>)";
//   - the number of a numbered name ("eth0" -> "eth<*>"), except in keys
//     ("r24=", "R08:").
//
// The values of the message keys msg, message and event (logfmt, JSON) are
// the format string of the record and stay.
//
// Quotes and brackets pair up ambiguously in hostile text, so the rewrite
// repeats until nothing changes: IDForm(IDForm(s)) == IDForm(s).
func IDForm(masked string) string {
	if !strings.ContainsAny(masked, "=:([{'\"0123456789") {
		return masked
	}
	for range 16 {
		next := idFormOnce(masked)
		if next == masked {
			break
		}
		masked = next
	}
	return masked
}

func idFormOnce(t string) string {
	b := lazyWriter{src: t}
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case c == '=' && i > 0 && isKeyByte(t[i-1]) && (i+1 == len(t) || t[i+1] != '='):
			b.write("=")
			i++
			end := valueEnd(t, i)
			if isMessageKey(keyBefore(t, i-1)) {
				b.write(t[i:end])
			} else {
				b.write("<*>")
			}
			i = end
		case c == '"' && jsonMember(t, i):
			// "key": value
			k := strings.IndexByte(t[i+1:], '"') + i + 1
			key := t[i+1 : k]
			b.write(t[i : k+2])
			i = k + 2
			end := jsonValueEnd(t, i)
			if isMessageKey(key) {
				b.write(t[i:end])
			} else {
				b.write("<*>")
			}
			i = end
		case isDigitByte(c) && i > 0 && isWordByte(t[i-1]) && !keyAhead(t, i):
			// a number inside a name the masking kept ("eth0", "sda1"):
			// numbered names of one family differ only there
			j := i
			for j < len(t) && isDigitByte(t[j]) {
				j++
			}
			b.write("<*>")
			i = j
		case c == '(' || c == '[' || c == '\'' || c == '"':
			if end, ok := singleEnclosed(t, i); ok {
				b.write(t[i : i+1])
				b.write("<*>")
				b.write(t[end-1 : end])
				i = end
				continue
			}
			b.write(t[i : i+1])
			i++
		default:
			b.write(t[i : i+1])
			i++
		}
	}
	return b.String()
}

// lazyWriter rewrites src without allocating while what is written equals
// src: the result is src itself when nothing changed.
type lazyWriter struct {
	src      string
	n        int // bytes of src mirrored so far
	buf      []byte
	diverged bool
}

func (w *lazyWriter) write(s string) {
	if !w.diverged {
		if w.n+len(s) <= len(w.src) && w.src[w.n:w.n+len(s)] == s {
			w.n += len(s)
			return
		}
		w.diverged = true
		w.buf = make([]byte, w.n, len(w.src)+16)
		copy(w.buf, w.src[:w.n])
	}
	w.buf = append(w.buf, s...)
}

func (w *lazyWriter) String() string {
	if !w.diverged {
		return w.src[:w.n]
	}
	return string(w.buf)
}

func isMessageKey(k string) bool {
	switch strings.ToLower(k) {
	case "msg", "message", "event":
		return true
	}
	return false
}

// keyBefore returns the key that ends just before t[i] ('=').
func keyBefore(t string, i int) string {
	k := i
	for k > 0 && isKeyByte(t[k-1]) {
		k--
	}
	return t[k:i]
}

// jsonMember reports whether t[i] opens the key of a JSON member: a quoted
// run of key bytes followed by ':' and preceded by '{' or ','.
func jsonMember(t string, i int) bool {
	if i == 0 || t[i-1] != '{' && t[i-1] != ',' && t[i-1] != ' ' {
		return false
	}
	k := i + 1
	for k < len(t) && isKeyByte(t[k]) {
		k++
	}
	return k > i+1 && k+1 < len(t) && t[k] == '"' && t[k+1] == ':'
}

// jsonValueEnd returns the end of the JSON value at i: a string, an array
// or object, or a scalar up to ',', '}' or ']'.
func jsonValueEnd(t string, i int) int {
	if i >= len(t) {
		return i
	}
	switch t[i] {
	case '"':
		for k := i + 1; k < len(t); k++ {
			if t[k] == '\\' {
				k++
				continue
			}
			if t[k] == '"' {
				return scalarEnd(t, k+1)
			}
		}
		return len(t)
	case '[', '{':
		if j := bracketEnd(t, i); j > i {
			return scalarEnd(t, j)
		}
	}
	return scalarEnd(t, i)
}

// scalarEnd returns the index of the next ',', '}' or ']' from i.
func scalarEnd(t string, i int) int {
	for i < len(t) && t[i] != ',' && t[i] != '}' && t[i] != ']' {
		i++
	}
	return i
}

// singleEnclosed reports a single word or nothing between t[i] and its
// closer on the same token: "(eadmin1)", "[LNKD]", "'x'", "()". It returns
// the index after the closer.
func singleEnclosed(t string, i int) (int, bool) {
	if i > 0 && (t[i-1] == '"' || t[i-1] == '\'' || (t[i] == '"' || t[i] == '\'') && isWordByte(t[i-1])) {
		return 0, false
	}
	closer := t[i]
	switch closer {
	case '(':
		closer = ')'
	case '[':
		closer = ']'
	}
	for k := i + 1; k < len(t) && k-i <= 64; k++ {
		switch t[k] {
		case closer:
			if k+1 < len(t) && (t[k+1] == '"' || t[k+1] == '\'' || isWordByte(t[k+1])) {
				return 0, false
			}
			inner := t[i+1 : k]
			if strings.Contains(inner, "<*>") || inner != "" && !strings.ContainsFunc(inner, func(r rune) bool { return r < 128 && isWordByte(byte(r)) }) {
				return 0, false
			}
			return k + 1, true
		case ' ', '(', ')', '[', ']', '{', '}', '"', '\'', '=', ',', ';':
			return 0, false
		}
	}
	return 0, false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// keyAhead reports whether the word around t[i] is a key: followed by '='
// or by ':' and a space.
func keyAhead(t string, i int) bool {
	for i < len(t) && isWordByte(t[i]) {
		i++
	}
	return i < len(t) && (t[i] == '=' || t[i] == ':' && (i+1 == len(t) || t[i+1] == ' '))
}
