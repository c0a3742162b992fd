package fingerprint

import (
	"strings"

	"github.com/otelcol-backlog/otelcol-backlog/internal/mask"
)

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

// keyedValueEnd is valueEnd for the value of a key in a log message: a
// bracketed part inside the value belongs to it ("ws=WorkSource{<*>}",
// Java's toString "Name{...}", "Task[a, b](x)"), so the value runs past it
// to the next separator. An unbalanced bracket ends it as in valueEnd, and
// so does one with keys inside: an object written as its fields
// ("Notification(pri=<*> flags=<*>)") has its keyed slots, which keys
// it has tells the event.
func keyedValueEnd(t string, i int) int {
	if i >= len(t) {
		return i
	}
	j := bracketEnd(t, i)
	for j < len(t) && !strings.ContainsRune(",;)]} \t", rune(t[j])) {
		if k := bracketEnd(t, j); k > j && !strings.ContainsRune(t[j:k], '=') {
			j = k
			continue
		}
		j++
	}
	return j
}

// joinedValues returns the end of a token of masked values joined by
// commas at t[i] ("<*>,<*>,<*>"), or i.
func joinedValues(t string, i int) int {
	const w = "<*>"
	if !strings.HasPrefix(t[i:], w+","+w) {
		return i
	}
	j := i + len(w)
	for strings.HasPrefix(t[j:], ","+w) {
		j += len(w) + 1
	}
	if j < len(t) && t[j] != ' ' && t[j] != ',' && t[j] != '.' && t[j] != ';' && t[j] != ')' && t[j] != ']' && t[j] != '}' {
		return i // glued to a word: "<*>,<*>b"
	}
	return j
}

// valueList returns the index after the closer of a list at t[i] ('[' or
// '{') whose members are values only, separated by commas (with or
// without a space, a trailing one too), with at least one comma: "{<*>,
// <*>, }", "[<*>,]", "[\"<*>\", \"<*>\"]"; else i. A member is "<*>",
// "<*>" in quotes or two values joined by ':' or '='. Constant members
// stay: "[read, write]" names the modes.
func valueList(t string, i int) int {
	closer := byte(']')
	if t[i] == '{' {
		closer = '}'
	}
	j, commas := i+1, 0
	for {
		for j < len(t) && t[j] == ' ' {
			j++
		}
		if j < len(t) && t[j] == closer {
			if commas == 0 {
				return i
			}
			return j + 1
		}
		k := listValue(t, j)
		if k == j {
			// no member: only a comma may end a trailing ", " run
			return i
		}
		j = k
		if j < len(t) && t[j] == ',' {
			commas++
			j++
			continue
		}
		if j < len(t) && t[j] == closer && commas > 0 {
			return j + 1
		}
		return i
	}
}

// listValue returns the end of one member of a value list at t[j] ("<*>",
// "\"<*>\"", "'<*>'", "<*>:<*>", "<*>=<*>"), or j.
func listValue(t string, j int) int {
	const w = "<*>"
	one := func(j int) int {
		if strings.HasPrefix(t[j:], w) {
			return j + len(w)
		}
		if j < len(t) && (t[j] == '"' || t[j] == '\'') && strings.HasPrefix(t[j+1:], w) && j+len(w)+1 < len(t) && t[j+len(w)+1] == t[j] {
			return j + len(w) + 2
		}
		return j
	}
	k := one(j)
	if k > j && k < len(t) && (t[k] == ':' || t[k] == '=') {
		if e := one(k + 1); e > k+1 {
			return e
		}
	}
	return k
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
//     too: "logname= uid=0" -> "logname=<*> uid=<*>"), through a bracketed
//     part without keys ("ws=WorkSource{<*>}"); the key stays;
//   - masked values joined by commas, one token ("<*>,<*>"): one value;
//   - JSON members "key":value: the value, whole; a quoted key before
//     "=" or, in braces, ": " (Ruby's "k"=>v, Python's {'k': v}) stays;
//   - Field:value of a struct printed whole (Go's %+v of a protobuf
//     message, "&Meta{Name:web,Attempt:0,}"): the value;
//   - a single word or an empty slot in parentheses, brackets or quotes:
//     "(host.example)" and "()" -> "(<*>)"; a quoted call without
//     arguments is one word ("\"String.length()\"");
//   - a name that says which instance, except in keys ("r24=", "R08:"):
//     numbered ("eth0", "sda1" -> "<*>"), ending in an id the masking
//     replaced ("node-<*>"), qualified by its id ("postgres[<*>]", the
//     program of a pid; "news(uid=<*>)" and "(uid=<*>)", the user of a
//     uid), a pair of names ("api_back/api-a"), flags written with dashes
//     for the unset ones ("SC--");
//   - a field written as dashes, "-", "----" or a quoted "-": an absent
//     value in positional records (Common Log Format, HAProxy, Envoy);
//   - the ident and user fields of the Common Log Format ("<*> - alice
//     [<*>] \"GET <*>\"" -> "<*> <*> <*> [<*>] \"GET <*>\"");
//   - a unit or code after a number: "<*> KB", "<*> GBP:" (capitals that
//     end a phrase: currencies, protocols);
//   - the result of a progress report, the last word after a question
//     that ends in an ellipsis ("checking for gawk... gawk", "Checking
//     'hlt' instruction... OK.", "... (cached) yes" -> "... (cached) <*>"):
//     the program prints the question, works, then prints what it found;
//   - the value of a member ", key: value" of a comma-separated list (one
//     token or one quoted string: nginx's "server: <*>, request: "GET
//     <*>""), and in records of " ; "-separated fields (sudo) the value of
//     a field up to the separator and the subject before " : ".
//
// The method of a quoted HTTP request line that is the record's subject
// stays ("GET <*>", as the masking keeps it): it names the operation.
//
// The values of the message keys msg, message and event (logfmt, JSON) are
// the format string of the record and stay.
//
// Quotes and brackets pair up ambiguously in hostile text, so the rewrite
// repeats until nothing changes: IDForm(IDForm(s)) == IDForm(s).
func IDForm(masked string) string {
	masked = progressResult(masked)
	for range 16 {
		next := idWordSlots(WordSlots(masked))
		if strings.ContainsAny(next, "=:([{'\"0123456789-/") {
			next = idFormOnce(next)
		}
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
			end := keyedValueEnd(t, i)
			if k := fieldEnd(t, i); k > end {
				end = k
			}
			if isMessageKey(keyBefore(t, i-1)) {
				b.write(t[i:end])
			} else {
				b.write("<*>")
			}
			i = end
		case c == ':' && structField(t, i):
			// Field:value of a struct printed whole, the form of Go's
			// %+v of a protobuf message ("&ContainerMetadata{Name:web,
			// Attempt:0,}"): the value, up to ',' or '}', is a slot
			b.write(":<*>")
			i = structValueEnd(t, i+1)
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
		case isLetter(c) && (i == 0 || !isNameByte(t[i-1])) && instanceName(t, i) > i:
			// a name that says which instance: numbered ("eth0", "sda1",
			// "python3"), ending in an id ("node-<*>", "kube-<*>"), or
			// qualified by its id in brackets ("postgres[<*>]", the
			// program of a pid; "news(uid=<*>)", the user of a uid)
			b.write("<*>")
			i = instanceName(t, i)
		case isDigitByte(c) && i > 0 && isWordByte(t[i-1]) && !keyAhead(t, i):
			// a number inside a name the masking kept ("eth0", "sda1"):
			// numbered names of one family differ only there
			j := i
			for j < len(t) && isDigitByte(t[j]) {
				j++
			}
			b.write("<*>")
			i = j
		case isLetter(c) && unitAfter(t, i) > i:
			// the unit or code of the number before it: "<*> KB" and
			// "<*> MB", "<*> GBP" and "<*> USD" (ISO 4217 writes an
			// amount so), "<*> TCP"
			b.write("<*>")
			i = unitAfter(t, i)
		case c == '<' && (i == 0 || t[i-1] == ' ') && joinedValues(t, i) > i:
			// values joined by commas without a space, one token: a
			// list a program printed joined (strings.Join(xs, ","),
			// String.join): how many varies, one slot
			b.write("<*>")
			i = joinedValues(t, i)
		case (c == '[' || c == '{') && valueList(t, i) > i:
			// a list in brackets or braces of values only ("{<*>, <*>,
			// }", "[<*>,]": a collection printed whole, Java's
			// toString of a map or list): how many members it has
			// varies with the data, one slot
			b.write(t[i : i+1])
			b.write("<*>")
			i = valueList(t, i)
			b.write(t[i-1 : i])
		case c == '(' && (i == 0 || t[i-1] == ' ') && idParen(t, i):
			// an empty name before its id: "by (uid=<*>)" where others
			// have "by news(uid=<*>)"
			b.write("<*>(")
			i++
		case c == ':' && listMember(t, i) > i+2:
			// ", key: value" in a list of such members (nginx's "client:
			// <*>, server: <*>, request: "GET <*>""): the value, one token
			// or one quoted string, is one value
			b.write(": <*>")
			i = listMember(t, i)
		case i > 3 && t[i-1] == ' ' && t[0] == '<' && isNameByte(c) && clfUser(t, i) > i:
			// the ident and user fields of the Common Log Format
			// ("<*> - alice [<*>] \"GET <*>\""): values, "-" when absent
			b.write("<*>")
			i = clfUser(t, i)
		case c == '<' && maskedPair(t, i) > i:
			// a pair of names the masking found values in ("<*>/<*>":
			// "static/web1", a backend and its server) is one value, as
			// the pair it kept is ("api_back/api-a")
			b.write("<*>")
			i = maskedPair(t, i)
		case c == '-' && dashField(t, i) > i:
			// a field written as dashes is an absent value: positional
			// records (the Common Log Format, HAProxy, Envoy) write "-"
			// or "----" where another record of the family has a value
			b.write("<*>")
			i = dashField(t, i)
		case (c == '\'' || c == '"') && quotedKey(t, i) > i:
			// the quoted name of a member: Ruby's inspect of a hash
			// ("{\"count\"=>3}") and Python's repr of a dict ("{'count':
			// 3, 'user': 'bob'}") quote their keys; a key is the record's
			// structure and stays, as a JSON member's does
			b.write(t[i:quotedKey(t, i)])
			i = quotedKey(t, i)
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

func isMessageKey(k string) bool { return mask.MessageKey(k) }

// keyBefore returns the key that ends just before t[i] ('=').
func keyBefore(t string, i int) string {
	k := i
	for k > 0 && isKeyByte(t[k-1]) {
		k--
	}
	return t[k:i]
}

// quotedKey returns the end of the quoted name of a member that opens at
// t[i], or i: a quoted run of key bytes followed by "=" (Ruby's "=>", the
// masking leaves "=<*>"), or, after "{" or ", ", by ": " (Python's repr of
// a dict). A quoted word before ": " elsewhere is a value a message
// names ("cannot open 'app.yml': denied").
func quotedKey(t string, i int) int {
	q := t[i]
	k := i + 1
	for k < len(t) && isKeyByte(t[k]) {
		k++
	}
	if k == i+1 || k+1 >= len(t) || t[k] != q {
		return i
	}
	switch {
	case t[k+1] == '=':
		return k + 1
	case t[k+1] == ':' && k+2 < len(t) && t[k+2] == ' ' && (i > 0 && t[i-1] == '{' || i > 1 && t[i-2] == ',' && t[i-1] == ' '):
		return k + 1
	}
	return i
}

// jsonMember reports whether t[i] opens the key of a JSON member: a quoted
// run of key bytes followed by ':' and preceded by '{' or ','.
// StructFields returns t with the value of every Field:value of a struct
// printed whole ("{Name:web,Attempt:0,}") replaced by "<*>", the rest as
// it is: the slots of that form IDForm marks, for a miner that makes the
// values of named fields variables from a record's first sight.
func StructFields(t string) string {
	if !strings.Contains(t, "{") {
		return t
	}
	b := lazyWriter{src: t}
	for i := 0; i < len(t); {
		if t[i] == ':' && structField(t, i) {
			b.write(":<*>")
			i = structValueEnd(t, i+1)
			continue
		}
		b.write(t[i : i+1])
		i++
	}
	return b.String()
}

// structField reports t[i] == ':' after an identifier that opens a struct's
// field list or follows a field's comma, inside braces and without a space
// ("{Name:web,Attempt:0,}"), and a value after it: not a scope ("a::b"),
// not a "key: value" phrase.
func structField(t string, i int) bool {
	if i == 0 || i+1 >= len(t) || t[i+1] == ':' || t[i+1] == ' ' || t[i+1] == ',' || t[i+1] == '}' || t[i-1] == ':' {
		return false
	}
	k := i
	for k > 0 && (isWordByte(t[k-1])) {
		k--
	}
	if k == i || k == 0 || !isLetter(t[k]) {
		return false
	}
	if t[k-1] == '{' {
		return true
	}
	if t[k-1] != ',' {
		return false
	}
	// a comma of a field list: an unmatched '{' before it, no space between
	for j := k - 2; j >= 0 && t[j] != ' '; j-- {
		switch t[j] {
		case '}':
			return false
		case '{':
			return true
		}
	}
	return false
}

// structValueEnd returns the end of a struct field's value at i: up to
// ',' or '}' outside brackets the value opens.
func structValueEnd(t string, i int) int {
	depth := 0
	for ; i < len(t); i++ {
		switch t[i] {
		case '{', '[', '(':
			depth++
		case ']', ')':
			depth--
		case '}':
			if depth == 0 {
				return i
			}
			depth--
		case ',', ' ':
			if depth <= 0 {
				return i
			}
		}
	}
	return i
}

func jsonMember(t string, i int) bool {
	if i == 0 || t[i-1] != '{' && t[i-1] != ',' && t[i-1] != ' ' {
		return false
	}
	k := i + 1
	if k < len(t) && t[k] == '@' {
		k++ // a reserved key: ECS's "@timestamp", CLEF's "@mt"
	}
	for k < len(t) && isKeyByte(t[k]) {
		k++
	}
	return k > i+1 && t[k-1] != '@' && k+1 < len(t) && t[k] == '"' && t[k+1] == ':'
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
		case '(':
			if (closer == '"' || closer == '\'') && k+1 < len(t) && t[k+1] == ')' && k > i+1 && isWordByte(t[k-1]) {
				// a call without arguments is one word in quotes:
				// "Buffer.flip()" (Java's helpful NullPointerException
				// names the method it could not invoke)
				k++
				continue
			}
			return 0, false
		case ' ', ')', '[', ']', '{', '}', '"', '\'', '=', ',', ';', ':':
			// ':' joins a qualified name: "(sudo:session)" names the
			// service, one kind of event each
			return 0, false
		}
	}
	return 0, false
}

// instanceName returns the end of the name that starts at t[i] when it
// names an instance rather than a kind (see idFormOnce), or i. Keys stay:
// "r24=<*>", "R08: <*>".
func instanceName(t string, i int) int {
	j, wildEnd := i, false
	for j < len(t) {
		switch {
		case strings.HasPrefix(t[j:], "<*>"):
			j += len("<*>")
			wildEnd = true
			continue
		case isNameByte(t[j]):
		default:
			goto end
		}
		wildEnd = false
		j++
	}
end:
	name := t[i:j]
	// a name ending in an id the masking replaced ("node-<*>"; a numbered
	// name keeps its letters: "ee0" and "alt0" are two interfaces in
	// Loghub's HPC, two events)
	idEnd := wildEnd && len(name) > len("<*>") && strings.ContainsRune("-_.", rune(name[len(name)-len("<*>")-1]))
	if j < len(t) && (t[j] == '=' || t[j] == ':' && (j+1 == len(t) || t[j+1] == ' ') && !idEnd) {
		// a key; not before ": " when the masking found an id in it
		// (HAProxy's "http-in/2: SSL handshake failure", a frontend and
		// its bind): a key is a constant name
		return i
	}
	switch {
	case strings.HasPrefix(t[j:], "[<*>]"):
		// program[pid]
	case j < len(t) && t[j] == '(' && idParen(t, j):
		// user(uid=<*>)
	case i == 0 && strings.HasPrefix(t[j:], " : ") && strings.Contains(t, " ; "):
		// the subject of a record of " ; "-separated fields: "alice :
		// TTY=<*> ; PWD=<*> ; ..." (sudo)
	case flagField(name) || j < len(t) && t[j] == '/' && pathPair(t, i) > j:
		// flags ("SC--", "-r--r--r--"), a pair of names ("api_back/api-a",
		// a backend and its server)
		return max(j, pathPair(t, i))
	case idEnd:
	default:
		return i
	}
	return j
}

// maskedPair returns the end of a token "<*>/<*>" that starts at t[i]
// (perhaps before a sentence's period or a list's comma), or i.
func maskedPair(t string, i int) int {
	const pair = "<*>/<*>"
	j := i + len(pair)
	if !strings.HasPrefix(t[i:], pair) || i > 0 && t[i-1] != ' ' {
		return i
	}
	if j < len(t) && t[j] != ' ' && !(strings.IndexByte(".,;:)]", t[j]) >= 0 && (j+1 == len(t) || t[j+1] == ' ')) {
		return i
	}
	return j
}

// flagField reports a field of flags where '-' marks a flag that is not
// set: letters and dashes with a run of two dashes or a dash at the end
// ("SC--", "cD--", "-r--"), not a hyphenated name ("api-a").
func flagField(s string) bool {
	if len(s) < 2 || !(strings.Contains(s, "--") || s[len(s)-1] == '-') {
		return false
	}
	for k := 0; k < len(s); k++ {
		if !isLetter(s[k]) && s[k] != '-' {
			return false
		}
	}
	return true
}

// pathRunEnd returns the end of the run of name bytes, '/' and "<*>" that
// starts at t[i].
func pathRunEnd(t string, i int) int {
	j := i
	for j < len(t) && (isNameByte(t[j]) || t[j] == '/' || strings.HasPrefix(t[j:], "<*>")) {
		if t[j] == '<' {
			j += len("<*>")
			continue
		}
		j++
	}
	return j
}

// pathPair returns the end of a token "name/name[/...]" of names that
// starts at t[i] (a relative path, a backend and its server), or i.
func pathPair(t string, i int) int {
	j := pathRunEnd(t, i)
	if j < len(t) && t[j] != ' ' && t[j] != ',' && t[j] != ')' && t[j] != ']' && t[j] != '"' {
		return i
	}
	if strings.Count(t[i:j], "/") == 0 || t[j-1] == '/' || strings.Contains(t[i:j], "//") {
		return i
	}
	if t[j-1] == '.' && (j == len(t) || t[j] == ' ') {
		return j - 1 // the period that ends a sentence: "affinity/selector."
	}
	return j
}

// unitAfter returns the end of a unit word at t[i] that follows a whole
// "<*>" token: 1 to 4 capitals that end a phrase (a currency, a protocol),
// or a unit of sizes and durations. Else i.
func unitAfter(t string, i int) int {
	if i < 4 || t[i-4:i] != "<*> " || i > 4 && t[i-5] != ' ' && t[i-5] != '(' {
		return i
	}
	j, upper := i, true
	for j < len(t) && isLetter(t[j]) {
		upper = upper && t[j] <= 'Z'
		j++
	}
	if j < len(t) && !strings.ContainsRune(" ,;:.)]}", rune(t[j])) {
		return i
	}
	// capitals end the phrase ("<*> GBP:", "<*> TCP"); before another
	// word they may start one ("<*> NIC Link is Down")
	if upper && j-i <= 4 && (j == len(t) || t[j] != ' ') || units[t[i:j]] {
		return j
	}
	return i
}

var units = map[string]bool{"B": true, "KB": true, "MB": true, "GB": true, "TB": true, "KiB": true, "MiB": true, "GiB": true, "TiB": true, "kB": true,
	"bytes": true, "ns": true, "us": true, "ms": true, "s": true, "sec": true, "secs": true}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isNameByte reports bytes of a name: word bytes, '-' and '.'.
func isNameByte(c byte) bool { return isWordByte(c) || c == '-' || c == '.' }

// idParen reports a parenthesis at t[i] that opens "key=" of a key made
// of word bytes: "(uid=<*>)".
func idParen(t string, i int) bool {
	k := i + 1
	for k < len(t) && isWordByte(t[k]) {
		k++
	}
	return k > i+1 && k < len(t) && t[k] == '='
}

// fieldEnd returns, for a value at t[i] in a record of " ; "-separated
// fields ("TTY=pts/0 ; PWD=/root ; COMMAND=/bin/ls -l /tmp", sudo), the
// end of its field: values run to the separator, spaces and all. Else i.
func fieldEnd(t string, i int) int {
	if i < 2 || !strings.Contains(t, " ; ") {
		return i
	}
	k := strings.LastIndexByte(t[:i], ' ')
	if k < 1 || t[k-1] != ';' {
		return i // the key does not start a field
	}
	if n := strings.Index(t[i:], " ; "); n >= 0 {
		return i + n
	}
	return len(t)
}

// listMember returns, for the ':' at t[i] of a member ", key: value" of a
// comma-separated list, the end of its value when it is one quoted string
// or one token up to the next ',' or the end. Else i.
func listMember(t string, i int) int {
	k := i
	for k > 0 && isKeyByte(t[k-1]) {
		k--
	}
	if k == i || k < 2 || t[k-2:k] != ", " || !strings.HasPrefix(t[i:], ": ") || i+2 >= len(t) {
		return i
	}
	j := i + 2
	if q := t[j]; q == '"' {
		n := strings.IndexByte(t[j+1:], q)
		if n < 0 {
			return i
		}
		j += n + 2
	} else {
		for j < len(t) && t[j] != ',' && t[j] != ' ' {
			j++
		}
	}
	if j < len(t) && t[j] != ',' {
		return i // a whole member, up to the next ',' or the end
	}
	return j
}

// clfUser returns the end of the name at t[i] when it is the second or
// third field of a Common Log Format record (NCSA: host, ident, authuser,
// "[date]", "request"): the record starts with a masked host, the name is
// one of the two fields before the bracketed stamp that a quoted request
// follows. Else i.
func clfUser(t string, i int) int {
	if i < 4 || t[i-1] != ' ' || !strings.HasPrefix(t, "<*> ") || !isNameByte(t[i]) {
		return i
	}
	if strings.Count(t[:i], " ") > 2 {
		return i
	}
	j := i
	for j < len(t) && isNameByte(t[j]) {
		j++
	}
	rest := t[j:]
	if strings.Count(t[:i], " ") == 1 && len(rest) > 1 && rest[0] == ' ' && !strings.HasPrefix(rest, " [<*>] \"") {
		// the ident, before the user field
		if k := strings.IndexByte(rest[1:], ' '); k >= 0 {
			rest = rest[1+k:]
		}
	}
	if !strings.HasPrefix(rest, " [<*>] \"") {
		return i
	}
	return j
}

// dashField returns the end of a field of dashes only that starts at t[i]
// (a whole token, or the whole of a quoted string: "-"), or i.
func dashField(t string, i int) int {
	quoted := i > 0 && t[i-1] == '"'
	if i > 0 && t[i-1] != ' ' && !(quoted && (i == 1 || t[i-2] == ' ')) {
		return i
	}
	j := i
	for j < len(t) && t[j] == '-' {
		j++
	}
	switch {
	case quoted && j < len(t) && t[j] == '"' && (j+1 == len(t) || t[j+1] == ' '):
		return j
	case !quoted && (j == len(t) || t[j] == ' ') && !(i == 0 && j == len(t)):
		return j // (dashes alone, the whole message, are a rule drawn between the parts of a report: no field)
	}
	return i
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

// progressResult returns t with the result of a progress report turned
// into "<*>": the last token, when the token before it ends in an ellipsis
// ("..", "...") or is one word in parentheses after such a token (autoconf's
// "(cached)"). Programs that report progress print the question ("checking
// for gawk... ", "Checking 'hlt' instruction... ") before they do the work
// and the result ("gawk", "no", "OK.", "disabled") after it, from another
// statement (autoconf's AC_MSG_CHECKING and AC_MSG_RESULT): the result is a
// value of the question's event.
func progressResult(t string) string {
	sp := strings.LastIndexByte(t, ' ')
	if sp < 2 || sp == len(t)-1 || t[sp+1:] == "<*>" {
		return t
	}
	prev := t[:sp]
	if ps := strings.LastIndexByte(prev, ' '); ps > 0 && len(prev)-ps > 2 && prev[ps+1] == '(' && prev[len(prev)-1] == ')' &&
		!strings.ContainsAny(prev[ps+2:len(prev)-1], "() ") {
		prev = prev[:ps] // "(cached)"
	}
	if len(prev) < 3 || prev[len(prev)-1] != '.' || prev[len(prev)-2] != '.' {
		return t
	}
	if k := strings.TrimRight(prev, "."); k == "" || k[len(k)-1] == ' ' {
		return t // dots that stand alone are no question
	}
	return t[:sp+1] + "<*>"
}
