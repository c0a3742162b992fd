package fingerprint

import (
	"strings"

	"github.com/otelcol-backlog/otelcol-backlog/internal/mask"
)

// WordSlots rewrites the slots of a masked message that hold a word the
// masking keeps but that the record's structure marks as a value. Each rule
// reads only the record (no mined state), so replicas agree:
//
//   - the subject of an authentication event, "for <name> from <*>": the
//     account an attempt was made for, between "for" and the source it came
//     from ("Failed password for alice from <*>", sshd, ftpd, dovecot);
//   - the title of a unit in a lifecycle sentence: a capitalized verb
//     and a lower-case noun, or a verb of completion ("...ed", closed by
//     ".") or of an action in progress ("...ing", closed by "..."), then a
//     title that starts with a capital, up to the closing dots ("Started
//     Docker Application Container Engine.", "Reached target Network is
//     Online.", "Starting Rotate log files...": systemd writes a unit's
//     Description= so);
//   - the object of a progress question: a single token after "for", "of",
//     "in" or "by" that the ellipsis or another such word closes
//     ("checking for stdio.h... yes", "checking for dlopen in -ldl... no";
//     autoconf loops over such names with one question);
//   - an SQL statement after a label, to the end of the record
//     ("duration: <*> ms  statement: SELECT ... WHERE id = <*>"): the
//     statement is what the client sent, a value of the event "a statement
//     ran" (PostgreSQL's log_min_duration_statement, MySQL's slow log,
//     ORMs);
//   - a list of counted reasons after a label, closed by a sentence's
//     period ("0/5 nodes are available: 2 Insufficient cpu, 3 node(s) had
//     untolerated taint {...}. preemption: ..."): a program that
//     aggregates why something failed prints one "<count> <reason>" per
//     reason that occurred, so which reasons and how many vary with each
//     record (kube-scheduler; "3 errors, 1 warning."); every such list
//     of the record, after the first also one closed by the record's
//     period;
//   - the name after "device" or the kernel's "comm" (a
//     task's command name), numbered or not: "(device sda1)", "(device
//     nvme0n1p2)", "comm java:" name which instance, one slot ("sda<*>"
//     and "<*>" would otherwise be two ids of one event);
//   - the fields of a positional record (an access log: most of its tokens
//     are values the masking replaced): one or two bare tokens between
//     two such fields, and the method of its quoted request line
//     ("http-in", "UF", CoreDNS's "NXDOMAIN qr,aa,rd",
//     "\"GET <*>\"" -> "<*>", "<*>", "\"<*> <*>\"");
//   - the message of a status code that ends the record ("closed: <*>,
//     connection reset by peer"), a numbered device right after the label
//     that starts the record ("e1000e: eth0 NIC Link is Up"), a source file
//     named after a label ("WARNING: stdio.h: present but ...");
//   - names and messages the record marks as values (seventh round, each
//     rule below says how): instance names (instanceSlots), what is
//     enclosed right after an id (idQualifier), snake_case names
//     (snakeName), quoted relative paths (quotedPath), a message in
//     parentheses after a quoted value (trailingMessage), a parenthesis
//     of one labelled value (labelledParen), "is A, not B" (isNotTypes),
//     numbered hosts (numberedHost), the name of a verb's object
//     (objectName), the class of a repr (reprClass), the columns of a
//     row comparison (rowKey);
//   - eighth round: the one object of a verb in progress that is the whole
//     message (loopObject), the name in an object's braces after its id
//     (braceName), a noun's labelled value closed by a comma (labelledValue);
//     the type an attribute question asks of (progressObject) and a
//     message in parentheses before a log4j logger (trailingMessage);
//   - sixth held-out set's study: a value of several words that a field
//     alone in braces delimits, "{error=No such file or directory}"
//     (braceField).
//
// idWordSlots adds the slots of the id form alone.
func WordSlots(t string) string {
	t = authSubject(t)
	t = unitTitle(t)
	t = progressObject(t)
	t = positionalFields(t)
	t = errorCause(t)
	t = statusMessage(t)
	t = sqlStatement(t)
	t = countedList(t)
	t = deviceName(t)
	t = labelSubject(t)
	t = fileSubject(t)
	t = instanceSlots(t)
	t = idQualifier(t)
	t = snakeName(t)
	t = quotedPath(t)
	t = trailingMessage(t)
	t = keyedDetail(t)
	t = labelledParen(t)
	t = isNotTypes(t)
	t = numberedHost(t)
	t = objectName(t)
	t = reprClass(t)
	t = literalValue(t)
	t = rowKey(t)
	t = loopObject(t)
	t = braceName(t)
	t = braceField(t)
	t = labelledValue(t)
	t = transition(t)
	t = quotedPhrase(t)
	t = flagSet(t)
	return t
}

// flagSet turns into "<*>" a set of flags printed joined by commas, two
// or more names of capitals with no space ("READ,WRITE",
// "WRITE,CREATE,TRUNCATE", "SYN,ACK"; the names of the bits that are set,
// as a program prints a bit mask): which flags and how many vary with
// each record, the event does not. A token of one name stays (a single
// capital word may name the event), and so do names with spaces ("[TERM,
// HUP, INT]": a list in prose).
func flagSet(t string) string {
	for i := 0; i < len(t); {
		if i > 0 && t[i-1] != ' ' {
			i++
			continue
		}
		j, names := i, 0
		for {
			k := j
			for k < len(t) && (upper(t[k]) || isDigitByte(t[k]) || t[k] == '_') {
				k++
			}
			if k-j < 2 || !upper(t[j]) {
				names = 0
				break
			}
			names++
			j = k
			if j < len(t) && t[j] == ',' && j+1 < len(t) && upper(t[j+1]) {
				j++
				continue
			}
			break
		}
		if names >= 2 && (j == len(t) || strings.ContainsRune(" ,.;)]", rune(t[j]))) {
			t = t[:i] + "<*>" + t[j:]
			i += len("<*>")
			continue
		}
		for i < len(t) && t[i] != ' ' {
			i++
		}
		i++
	}
	return t
}

// nameWords reports words of name bytes and values only, separated by
// single spaces: "Wired connection <*>", not a formatted text with its
// own punctuation ("signal <*> (SIGKILL)", "Error <*> connecting to
// <*>. Connection refused.": billiard's and redis-py's messages, which
// a program writes from a format string).
func nameWords(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case strings.HasPrefix(s[i:], "<*>"):
			i += len("<*>") - 1
		case c == ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return false
			}
		case !isNameByte(c) || c == '.':
			return false
		}
	}
	return true
}

// MaxQuotedWords bounds the tokens of a single-quoted phrase (quotedPhrase).
const MaxQuotedWords = 8

// quotedPhrase turns into "'<*>'" a single-quoted string of several words
// that holds a value the masking found ("starting connection 'Wired
// connection <*>'", "user 'svc <*>'"): programs quote what they insert
// ('%s': a name a user gave, Python's repr of a string), and the masking
// writes such a double-quoted string as one value already. Its words are
// names and values only: a text with its own punctuation was formatted
// by the program and stays. The quote
// opens a token and closes one (followed by a space, punctuation or the
// end), with no quote between, so an apostrophe ("couldn't") is never one.
func quotedPhrase(t string) string {
	for i := 0; i < len(t); i++ {
		if t[i] != '\'' || i > 0 && !strings.ContainsRune(" (=:[", rune(t[i-1])) {
			continue
		}
		e := strings.IndexByte(t[i+1:], '\'')
		if e < 0 {
			return t
		}
		e += i + 1
		in := t[i+1 : e]
		if e+1 < len(t) && !strings.ContainsRune(" ,.;:)]", rune(t[e+1])) ||
			!strings.Contains(in, " ") || !strings.Contains(in, "<*>") || strings.Count(in, " ") >= MaxQuotedWords ||
			in[0] == ' ' || in[len(in)-1] == ' ' || !nameWords(in) {
			i = e
			continue
		}
		t = t[:i+1] + "<*>" + t[e:]
		i += len("<*>") + 1
	}
	return t
}

// transition turns into "<*>" both states of a change written "A -> B"
// when each is one word: a program that reports a change of state writes
// the old and the new one ("state change: disconnected -> prepare",
// NetworkManager's "%s -> %s"; a connection's, a node's role, a circuit
// breaker's "closed -> open"), which pair occurs varies, the event does
// not. A side that is not one word stays ("(level, low) -> IRQ <*>":
// a mapping, not a state).
func transition(t string) string {
	return rewriteAfter(t, " -> ", func(t string, i int) (string, int) {
		a := i - len(" -> ")
		s := a
		for s > 0 && isNameByte(t[s-1]) {
			s--
		}
		if s == a || s > 0 && t[s-1] != ' ' && t[s-1] != '(' || !isLetter(t[s]) || strings.Contains(t[s:a], "<*>") {
			return t, i
		}
		e := i
		for e < len(t) && isNameByte(t[e]) {
			e++
		}
		for e > i && t[e-1] == '.' {
			e-- // a sentence's period
		}
		if e == i || !isLetter(t[i]) || e < len(t) && !strings.ContainsRune(" ,;:.)", rune(t[e])) {
			return t, i
		}
		t = t[:s] + "<*> -> <*>" + t[e:]
		return t, s + len("<*> -> <*>")
	})
}

// braceName turns into "<*>" the name that follows the id in an object's
// braces, "Type{<*> name}": Java's and Android's toString of a component
// ("ActivityInfo{1a2b3c com.example.app.MainActivity}", an identity hash
// and the component's name) names which instance, as the kernel's "%d
// (%s)" does (idQualifier). Several words there stay (ActivityRecord's
// "{<*> u0 pkg/.Activity t<*>}" is a record of its own fields).
func braceName(t string) string {
	return rewriteAfter(t, "{<*> ", func(t string, i int) (string, int) {
		j := i
		for j < len(t) && (isNameByte(t[j]) || t[j] == '/' || t[j] == '$') {
			j++
		}
		if j == i || j >= len(t) || t[j] != '}' || strings.Contains(t[i:j], "<*>") || !isLetter(t[i]) {
			return t, i
		}
		return t[:i] + "<*>" + t[j:], i + len("<*>")
	})
}

// braceField turns into "<*>" the value of a field written alone in
// braces when it has several words: "{error=No such file or directory}"
// (GlusterFS's structured messages print each field as "{key=value}").
// The braces delimit the value, so its words are one value, as the
// first word already is to the miner (a keyed word). A value that holds
// another key, a separator or a nested enclosure stays (a record of its
// own fields, "{a=1, b=2}").
func braceField(t string) string {
	return rewriteAfter(t, "{", func(t string, i int) (string, int) {
		k := i
		for k < len(t) && isWordByte(t[k]) {
			k++
		}
		if k == i || k >= len(t) || t[k] != '=' {
			return t, i
		}
		v := k + 1
		e := strings.IndexByte(t[v:], '}')
		if e <= 0 {
			return t, i
		}
		val := t[v : v+e]
		if !strings.Contains(val, " ") || strings.ContainsAny(val, "={[(\"',;") || val == mask.Wildcard {
			return t, i
		}
		return t[:v] + mask.Wildcard + t[v+e:], v + len(mask.Wildcard)
	})
}

// labelledValue turns into "<*>" the value of a noun's label when one
// token and a comma follow it and the sentence goes on: "Loading offline
// registry hive: SOFTWARE, into registry key ..." (Windows' CBS, "hive:
// %s, into ..."): the label names what the value is, the comma closes
// it. After a verb's colon it stays ("cache flushed: warm, ready"), so
// does a value that ends the record (a status, the miner's), and so does
// one after a label that starts the record (Windows' "NonStart: Success,
// startup processing not required", a status line: Loghub-2k).
func labelledValue(t string) string {
	return rewriteAfter(t, ": ", func(t string, i int) (string, int) {
		k := i - 2
		if k < 4 || !nounBefore(t[:k]) || !strings.Contains(t[:k], " ") {
			return t, i // a label that starts the record is its subject
		}
		c := strings.Index(t[i:], ", ")
		if c <= 0 || strings.ContainsAny(t[i:i+c], " <>\"'()[]{}") {
			return t, i
		}
		if e := i + c + 2; e >= len(t) || !lowerWord(t[e:e+strings.IndexFunc(t[e:]+" ", func(r rune) bool { return r == ' ' })]) {
			return t, i
		}
		return t[:i] + "<*>" + t[i+c:], i + len("<*>")
	})
}

// idWordSlots are the word slots of the id form only (IDForm): values the
// record marks, but that the miner's template keeps until it has seen them
// vary, as a program's other enumerations (the verdict's method: a corpus
// whose failures are all by password writes "Failed password for").
func idWordSlots(t string) string {
	t = verdictMethod(t)
	t = trailingField(t)
	t = unspecifiedAddress(t)
	return t
}

// trailingField turns into "<*>" the value of a labelled field that ends
// the record after its sentence: "... data mode. Quota mode: none."
// (ext4's mount line, "... mode. Quota mode: %s."): a field appended to
// the event, one token, its label of one to three words starting with a
// capital. A label that starts the record stays ("Mounting other
// filesystems: failed" is the outcome of a step, Loghub-2k's
// Thunderbird), and so does one that names a failure ("Error: timeout").
// After a list's comma it stays too: the e1000e driver's "%s Duplex, Flow
// Control: %s" would lose one id of two, but the miner, which unites
// what the id form unites, then splits the family by its duplex (corpus
// Kernel warm GA 0.946 -> 0.907). Id form only: the miner keeps such a
// value until it has seen it vary.
func trailingField(t string) string {
	body, dot := t, ""
	if strings.HasSuffix(body, ".") {
		body, dot = body[:len(body)-1], "."
	}
	k := strings.LastIndex(body, ": ")
	if k < 0 {
		return t
	}
	v := body[k+2:]
	if v == "" || v == "<*>" {
		return t
	}
	for _, c := range []byte(v) {
		if !(isWordByte(c) || c == '-' || c == '/') {
			return t
		}
	}
	label := body[:k]
	j := strings.LastIndex(label, ". ")
	if j < 0 {
		return t
	}
	words := strings.Split(label[j+2:], " ")
	if len(words) > 3 || words[0] == "" || !upper(words[0][0]) || errorWords(label[j+2:]) {
		return t
	}
	for _, w := range words {
		if !letters(w) {
			return t
		}
	}
	return body[:k+2] + "<*>" + dot
}

// unspecifiedAddress turns the IPv6 unspecified address, a bare "::"
// token (RFC 4291: "Listening on :: port 22", sshd's and many daemons'
// bind address), into "<*>": where an address goes it is one of the
// addresses, a value the masking keeps because it has no digits. A scope
// operator inside a name stays ("Foo::Bar").
func unspecifiedAddress(t string) string {
	return rewriteAfter(t, "::", func(t string, i int) (string, int) {
		s := i - 2
		if s > 0 && t[s-1] != ' ' || i < len(t) && t[i] != ' ' && t[i] != ',' && t[i] != '.' {
			return t, i
		}
		return t[:s] + "<*>" + t[i:], s + len("<*>")
	})
}

// verdictMethod turns the method of a verdict on an account into "<*>":
// "Accepted publickey for <*> from <*>", "Failed password for ...",
// "Postponed keyboard-interactive/pam for ...": sshd writes "%s %s for
// %s from %s port %d" with the verdict, the method and the account, and
// daemons that copy its lines (ftpd, dovecot, the PAM modules' callers)
// write the method there too. The verdict starts the record (a
// capitalized past form) and stays: success and failure are two events;
// the account is authSubject's. A particle stays ("Logged in for").
func verdictMethod(t string) string {
	i := strings.IndexByte(t, ' ')
	if i < 4 || !upper(t[0]) || !letters(t[:i]) || !strings.HasSuffix(t[:i], "ed") {
		return t
	}
	j := strings.IndexByte(t[i+1:], ' ')
	if j < 2 {
		return t
	}
	j += i + 1
	rest := t[j:]
	if !strings.HasPrefix(rest, " for ") || !strings.Contains(rest, " from <*>") {
		return t
	}
	m := t[i+1 : j]
	for _, c := range []byte(m) {
		if !(c >= 'a' && c <= 'z' || isDigitByte(c) || c == '-' || c == '/') {
			return t
		}
	}
	if isParticle(m) {
		return t
	}
	return t[:i+1] + "<*>" + rest
}

// isParticle reports an adverb particle of a phrasal verb ("logged in",
// "shutting down"): part of the verb, no object.
func isParticle(w string) bool {
	switch w {
	case "in", "on", "up", "down", "out", "off", "over", "back", "away", "through":
		return true
	}
	return false
}

// loopObject turns the one object of a verb in progress into "<*>" when
// the verb and its object are the whole message, in lower case, after an
// optional label: "config.status: creating Makefile", "removing echo"
// (xinetd), "deleting stale.lock": a program that works through a list
// prints one such line per item (autoconf's config.status, xinetd, rsync,
// make install's "installing %s"), the verb is the event and the item
// its value. A capitalized message is a sentence of its own ("Starting
// scheduler"), and a particle is part of the verb ("shutting down").
func loopObject(t string) string {
	body := t
	if k := strings.Index(t, ": "); k > 0 && !strings.ContainsRune(t[:k], ' ') {
		body = t[k+2:]
	}
	v, o, ok := strings.Cut(body, " ")
	if !ok || len(v) < 5 || !strings.HasSuffix(v, "ing") || !lowerLetters(v) {
		return t
	}
	if o == "" || strings.ContainsAny(o, " <>") || isParticle(o) || isArticle(o) || strings.ContainsRune(":,;.", rune(o[len(o)-1])) {
		return t
	}
	return t[:len(t)-len(o)] + "<*>"
}

// lowerLetters reports a non-empty word of lower-case ASCII letters.
func lowerLetters(w string) bool {
	for _, c := range []byte(w) {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// rowKey turns the column names of a row comparison "(names)=(values)"
// into "<*>" when the values are a variable ("Key (email)=(<*>) already
// exists.", PostgreSQL's "Key (%s)=(%s)": the columns of the index that
// the row violated, filled in with the values; "(tenant_id, sku)=(<*>)"):
// which key it was is a value of the event, as which values.
func rowKey(t string) string {
	return rewriteAfter(t, ")=(<*>", func(t string, i int) (string, int) {
		e := i - len(")=(<*>")
		o := strings.LastIndexByte(t[:e], '(')
		if o < 0 || o+1 == e || t[o+1:e] == "<*>" {
			return t, i
		}
		if o > 0 && t[o-1] != ' ' {
			return t, i // a call's arguments: "f(x)=(<*>)"
		}
		for _, c := range []byte(t[o+1 : e]) {
			if !isNameByte(c) && c != ',' && c != ' ' {
				return t, i
			}
		}
		return t[:o+1] + "<*>" + t[e:], o + 1 + len(")=(<*>")
	})
}

// reprClass turns the class of an object's repr that ends the record
// after a label into "<*>": "raised unexpected: ValueError('<*>')"
// (Python's %r of an exception, "Name('message')"; Celery's "Task
// %s[%s] raised unexpected: %r"): the object is the value, its class
// with it ("requests.HTTPError(...)": a class, capitalized after its
// module); the quoted argument is the masking's.
func reprClass(t string) string {
	if !strings.HasSuffix(t, "')") && !strings.HasSuffix(t, `")`) {
		return t
	}
	k := strings.LastIndex(t, ": ")
	if k < 0 {
		return t
	}
	i := k + 2
	j := i
	for j < len(t) && (isWordByte(t[j]) || t[j] == '.') {
		j++
	}
	if j == i || !upper(t[i+strings.LastIndexByte(t[i:j], '.')+1]) || j+2 >= len(t) || t[j] != '(' || t[j+1] != t[len(t)-2] || strings.ContainsRune(t[j+2:len(t)-2], rune(t[j+1])) {
		return t
	}
	return t[:i] + "<*>" + t[j:]
}

// literalValue turns into "<*>" a dict or list literal that ends the
// record right after a label's colon: "succeeded in <*>: {'<*>': <*>,
// '<*>': <*>}" (Celery's "Task %s[%s] succeeded in %ss: %r", the task's
// return value; Python's %r and JSON write a value so). The value has
// members (", " or ": " inside) and one of them is a value the masking
// found; which members and how many vary with the value, as a repr's
// class does (reprClass). A literal of constant members stays ("modes:
// [read, write]").
func literalValue(t string) string {
	if !strings.HasSuffix(t, "}") && !strings.HasSuffix(t, "]") {
		return t
	}
	depth, o := 0, -1
	for i := len(t) - 1; i >= 0 && o < 0; i-- {
		switch t[i] {
		case '}', ']':
			depth++
		case '{', '[':
			if depth--; depth == 0 {
				o = i
			}
		}
	}
	if o < 3 || t[o-2:o] != ": " || (t[o] == '{') != (t[len(t)-1] == '}') {
		return t
	}
	inner := t[o+1 : len(t)-1]
	if !strings.Contains(inner, "<*>") || !strings.Contains(inner, ", ") && !strings.Contains(inner, ": ") {
		return t
	}
	return t[:o] + "<*>"
}

// objectName turns into "<*>" the name of a verb's object: a verb, a noun
// that introduces a name (mask.NameNoun) and a plain word ("Stabilized
// group billing generation <*>", "Preparing to rebalance group billing in
// state ...", "Dropped table invoices"): what was acted on is named
// right after its noun, whatever the name's form. The masking takes most
// such names already; it keeps words that end like a verb form or a
// derived noun ("billing", "shipping"), since after a noun alone they
// often describe the event ("group loading in progress"); after a verb
// and its object they cannot. The verb is a past form ("...ed") or an
// infinitive after "to".
func objectName(t string) string {
	// the last four words: w[3] is the candidate name, w[2] the noun,
	// w[1] the verb, w[0] the word before the verb
	var w [4]string
	start := 0
	for i := 0; i <= len(t); i++ {
		if i < len(t) && t[i] != ' ' {
			continue
		}
		w[0], w[1], w[2], w[3] = w[1], w[2], w[3], t[start:i]
		name, s := w[3], start
		start = i + 1
		if w[1] == "" || !mask.NameNoun(w[2]) || !lettered(name, func(c byte) bool { return c == '-' || c == '_' }) || !isLetter(name[len(name)-1]) || isArticle(strings.ToLower(name)) || isFunctionWord(name) {
			continue
		}
		if !letters(w[1]) || !(strings.HasSuffix(w[1], "ed") || w[0] == "to") {
			continue
		}
		t = t[:s] + "<*>" + t[i:]
		w[3] = "<*>"
		i = s + len("<*>")
		start = i + 1
	}
	return t
}

// isFunctionWord reports the verbs "to be" and "to have" and other words
// that follow a noun without naming it, and the nouns that say a name
// follows ("trusted host name dadmin3", Loghub-2k's Thunderbird).
func isFunctionWord(w string) bool {
	switch strings.ToLower(w) {
	case "is", "was", "are", "were", "be", "been", "has", "had", "have", "not", "and", "or", "as", "if", "than", "but", "into", "via", "over", "under", "during",
		"name", "names", "id", "ids", "unknown":
		return true
	}
	return false
}

// numberedHost turns a host name whose first label is numbered into "<*>"
// ("worker<*>.lan", "db<*>.internal": "worker7.lan" after the id form's
// digits): a numbered name in a domain is one host among many, a value;
// the masking takes the host names it knows by their domain already. A
// numbered name alone keeps its letters (Loghub's HPC: "ee0", "alt0").
func numberedHost(t string) string {
	if !strings.Contains(t, "<*>.") {
		return t
	}
	for i := 0; i < len(t); i++ {
		if !isLetter(t[i]) || i > 0 && t[i-1] != ' ' && t[i-1] != '(' && t[i-1] != '@' && t[i-1] != '/' {
			continue
		}
		j := i
		for j < len(t) && (isNameByte(t[j]) || strings.HasPrefix(t[j:], "<*>")) {
			if t[j] == '<' {
				j += len("<*>")
				continue
			}
			j++
		}
		name := strings.TrimSuffix(t[i:j], ".")
		e := i + len(name)
		d := strings.IndexByte(name, '.')
		last := name[strings.LastIndexByte(name, '.')+1:]
		if d < 0 || !strings.HasSuffix(name[:d], "<*>") || len(last) < 2 || !letters(last) || e < len(t) && !strings.ContainsRune(" ,;:)]'\"", rune(t[e])) {
			i = j
			continue
		}
		t = t[:i] + "<*>" + t[e:]
		i += len("<*>")
	}
	return t
}

// isNotTypes turns the two values of "... is A, not B" that ends the
// record into "<*>" ("interface conversion: interface {} is string, not
// map[string]interface {}": Go's TypeAssertionError, "%s is %s, not %s",
// the type a value had and the type the code asserted; "got a float, not
// an int"): what something was against what was expected, both filled in
// by the program. Each side is a short type or value, at most three
// tokens without a sentence's punctuation.
func isNotTypes(t string) string {
	k := strings.LastIndex(t, ", not ")
	if k < 0 {
		return t
	}
	is := strings.LastIndex(t[:k], " is ")
	if is < 0 {
		return t
	}
	a, b := t[is+len(" is "):k], t[k+len(", not "):]
	if !typeText(a) || !typeText(b) || a == "<*>" && b == "<*>" {
		return t
	}
	return t[:is] + " is <*>, not <*>"
}

// typeText reports a short type or value: one to three tokens, none
// ending in sentence punctuation.
func typeText(s string) bool {
	if s == "" || strings.Count(s, " ") > 2 || strings.ContainsAny(s, ",;:!?") || strings.HasSuffix(s, ".") {
		return false
	}
	return true
}

// labelledParen turns the value of a parenthesis that holds one labelled
// value, "(label: text)", into "<*>", to the parenthesis that closes it
// ("(reason: Adding new member <*> with group <*> id None; client
// reason: not provided)": Kafka's group coordinator appends "(reason:
// %s)", free text that the code building it chose). A label names a
// value; a parenthesis of several labelled members (", key: ") is a list
// whose members are the masking's ("(highWatermark: <*>, endOffset:
// <*>)"), and a label of several words is prose ("(using password: YES)").
func labelledParen(t string) string {
	return rewriteAfter(t, "(", func(t string, i int) (string, int) {
		j := i
		for j < len(t) && (isLetter(t[j]) || t[j] == '_') {
			j++
		}
		if j == i || !strings.HasPrefix(t[j:], ": ") {
			return t, i
		}
		v := j + 2
		depth, e := 1, -1
		for k := v; k < len(t) && e < 0; k++ {
			switch t[k] {
			case '(':
				depth++
			case ')':
				if depth--; depth == 0 {
					e = k
				}
			}
		}
		if e < 0 || t[v:e] == "<*>" || !strings.Contains(t[v:e], " ") || strings.Contains(t[v:e], ", ") && keyAfterComma(t[v:e]) {
			return t, i
		}
		return t[:v] + "<*>" + t[e:], v + len("<*>")
	})
}

// keyAfterComma reports a member ", key: " in s.
func keyAfterComma(s string) bool {
	for _, part := range strings.Split(s, ", ")[1:] {
		k := strings.Index(part, ": ")
		if k > 0 && !strings.Contains(part[:k], " ") {
			return true
		}
	}
	return false
}

// trailingMessage turns into "<*>" a parenthesized message that ends the
// record right after a quoted value ("Aborted connection <*> to db: '<*>'
// user: '<*>' host: '<*>' (Got an error reading communication packets)":
// mysqld's "... host: '%s' (%s)", the text of the error that ended it):
// a program that quotes its values and then appends "(%s)" fills that
// slot at run time too. Only there: a parenthesis after words is often
// the event's own qualifier ("VM Started (Lifecycle Event)"); and not a
// labelled value, whose label stays ("... '<*>'@'<*>' (using password:
// YES)": the value is the masking's and the miner's).
//
// Eighth round: the value before it may be a parenthesized keyed value
// ("(channelId=<*>) (SSL handshake failed)", Kafka's "%s (%s)" after a
// connection's id), and the record may end in the logger that log4j's
// and logback's "%m (%c)" patterns append, masked "(<*>)": the message
// is then the one before it.
func trailingMessage(t string) string {
	const logger = " (<*>)"
	if s, ok := strings.CutSuffix(t, logger); ok && strings.HasSuffix(s, ")") && !strings.HasSuffix(s, "(<*>)") {
		if r := trailingMessage(s); r != s {
			return r + logger
		}
		return t
	}
	if !strings.HasSuffix(t, ")") || strings.HasSuffix(t, "(<*>)") {
		return t
	}
	k := strings.LastIndex(t, " (")
	if k < 3 || strings.ContainsAny(t[k+2:len(t)-1], "()") || !strings.Contains(t[k+2:], " ") || strings.Contains(t[k+2:], ": ") {
		return t
	}
	if strings.HasSuffix(t[:k], "=<*>)") {
		return t[:k+2] + "<*>)" // after "(key=<*>)"
	}
	if q := t[k-1]; q != '\'' && q != '"' || t[k-2] == q {
		return t
	}
	return t[:k+2] + "<*>)"
}

// keyedDetail turns into "<*>" the parenthesized detail that ends the
// record right after a key=value field, when it has several words and a
// value the masking found: "... dsn=<*>, status=deferred (connect to <*>:
// Connection timed out)" (postfix's "status=%s (%s)", the remote server's
// reply or the error that explains the status): a program that appends
// "(%s)" to a field fills it at run time. The parenthesis is the last one
// opened at the record's level, nested ones inside ("(... (in reply to
// RCPT TO command))") are its text. A parenthesis of constant words stays
// ("nrcpt=<*> (queue active)": a qualifier the program prints as it is),
// so does one of one token.
func keyedDetail(t string) string {
	if !strings.HasSuffix(t, ")") || strings.HasSuffix(t, "(<*>)") {
		return t
	}
	depth, k := 0, -1
	for i := len(t) - 1; i >= 0 && k < 0; i-- {
		switch t[i] {
		case ')':
			depth++
		case '(':
			if depth--; depth == 0 {
				k = i
			}
		}
	}
	if k < 4 || t[k-1] != ' ' {
		return t
	}
	inner := t[k+1 : len(t)-1]
	if !strings.Contains(inner, " ") || !strings.Contains(inner, "<*>") {
		return t
	}
	f := t[strings.LastIndexByte(t[:k-1], ' ')+1 : k-1]
	e := strings.IndexByte(f, '=')
	if e <= 0 || e == len(f)-1 || !letters(f[:e]) || strings.ContainsAny(f[e+1:], "()[]{}\"'=") {
		return t
	}
	return t[:k+1] + "<*>)"
}

// quotedPath turns a quoted relative path into "<*>" ("Table
// './shop/line_items' is marked as crashed": MySQL names a table by its
// file path; "open '../conf/app.yml' failed"): a path is a value, and
// the quotes say where it starts and ends. Absolute paths are the
// masking's already.
func quotedPath(t string) string {
	for _, q := range [...]string{"'./", "'../", "\"./", "\"../"} {
		t = rewriteAfter(t, q, func(t string, i int) (string, int) {
			s := i - len(q)
			if s > 0 && t[s-1] != ' ' && t[s-1] != '(' && t[s-1] != '=' {
				return t, i
			}
			j := pathRunEnd(t, i)
			if j == i || j >= len(t) || t[j] != q[0] {
				return t, i
			}
			return t[:s+1] + "<*>" + t[j:], s + 1 + len("<*>")
		})
	}
	return t
}

// snakeName turns into "<*>" an identifier in snake_case that follows a
// noun, bare or alone in brackets ("backend api_back has no server",
// "constraint [line_items_order_id_fkey]"), with the name of a server
// after it ("api_back/api-b"): lower-case words joined by '_' are no
// prose but a name someone gave a thing in a configuration or a schema
// (HAProxy's backends, PostgreSQL's constraints and tables), the value
// of the noun before it. Not after a preposition or a verb form ("During
// sync_power_state the", "not allocating divert_blk for": Loghub-2k's
// OpenStack and Thunderbird keep those), not first ("mod_jk child", a
// module), not in a list of flags ("< ... quick_settings >", Android's),
// and not a key or a file ("acpi_id[<*>]", "ib_sm_sweep.c:").
func snakeName(t string) string {
	if strings.IndexByte(t, '_') < 0 {
		return t
	}
	for i := 1; i < len(t); i++ {
		if t[i-1] != ' ' && t[i-1] != '[' || t[i] < 'a' || t[i] > 'z' {
			continue
		}
		j := i
		for j < len(t) && (t[j] >= 'a' && t[j] <= 'z' || isDigitByte(t[j]) || t[j] == '_') {
			j++
		}
		name := t[i:j]
		if !strings.Contains(name, "_") || name[len(name)-1] == '_' || strings.Contains(name, "__") {
			i = j
			continue
		}
		e := j
		if e < len(t) && t[e] == '/' {
			if k := pathPair(t, i); k > e {
				e = k
			}
		}
		open := t[i-1] == '['
		switch {
		case open && (e == len(t) || t[e] != ']'):
			i = j
			continue
		case !open && e < len(t) && !strings.ContainsRune(" ,;)", rune(t[e])):
			i = j
			continue
		}
		k := i - 1
		if open {
			k--
		}
		if k < 1 || t[k] != ' ' || !nounBefore(t[:k]) || inAngles(t[:i]) {
			i = j
			continue
		}
		t = t[:i] + "<*>" + t[e:]
		i += len("<*>")
	}
	return t
}

// inAngles reports that before ends inside "< ... >", a list of flag
// names (Android's "disable: < expand icons* alerts ... quick_settings >"
// names which flags are set: constants).
func inAngles(before string) bool {
	before = strings.ReplaceAll(before, "<*>", "")
	return strings.LastIndex(before, "< ") > strings.LastIndex(before, " >")
}

// nounBefore reports that the word that ends before is a noun that can
// name what follows: letters, not a preposition, an article or a verb
// form ("...ing", "...ed").
func nounBefore(before string) bool {
	w := before[strings.LastIndexByte(before, ' ')+1:]
	if !letters(w) || len(w) < 3 {
		return false
	}
	l := strings.ToLower(w)
	return !isArticle(l) && l != "during" && l != "into" && l != "via" && !strings.HasSuffix(l, "ing") && !strings.HasSuffix(l, "ed")
}

// idQualifier turns into "<*>" what a record encloses right after an id
// to say which thing or which state the id has:
//
//   - the name of a numbered thing, one word in parentheses after its id
//     ("Killed process <*> (chrome)": the kernel's "%d (%s)", a pid and
//     its command; ps and top print the same pair);
//   - the state of a numbered thing in the header that ends the record,
//     words in brackets and a colon ("goroutine <*> [chan receive]:",
//     "[IO wait, <*> minutes]:": Go's traceback header "goroutine %d
//     [%s]:", the goroutine's wait reason and how long it waited).
//
// Words there after other text stay ("scsi channel <*> [virtual] for
// logical drives", "<*> (has extras)", "Mounted <*> (ext2 filesystem).":
// Loghub-2k's Thunderbird and Android keep them).
func idQualifier(t string) string {
	return rewriteAfter(t, "<*> ", func(t string, i int) (string, int) {
		if i >= len(t) || i > len("<*> ") && t[i-len("<*> ")-1] != ' ' {
			return t, i
		}
		switch t[i] {
		case '(':
			j := i + 1
			for j < len(t) && isNameByte(t[j]) {
				j++
			}
			if j == i+1 || j >= len(t) || t[j] != ')' || !lowerWord(t[i+1:j]) || j+1 < len(t) && !strings.ContainsRune(" ,;:", rune(t[j+1])) {
				return t, i
			}
			return t[:i+1] + "<*>" + t[j:], i + 1 + len("<*>")
		case '[':
			if !strings.HasSuffix(t, "]:") || len(t)-2 <= i+1 {
				return t, i
			}
			state := t[i+1 : len(t)-2]
			if state == "<*>" || !isLetter(state[0]) || !lettered(strings.ReplaceAll(state, "<*>", "0"), func(c byte) bool { return c == ' ' || c == ',' || c == '-' || isDigitByte(c) }) {
				return t, i
			}
			return t[:i+1] + "<*>]:", -1
		}
		return t, i
	})
}

// instanceSlots turns into "<*>" a name the record itself marks as the
// instance of something, where the masking kept its letters:
//
//   - a key's value that is a name ending in an id ("partition=orders-<*>",
//     Kafka's topic-partition; "pod=web-<*>"): the key names it, and a
//     plain word there is a value already (IDForm);
//   - the user of a uid, a lower-case name glued to "(uid=<*>)" (pam's
//     "session opened for user news(uid=<*>) by dave(uid=<*>)": the name
//     and the number of one account);
//   - the program of a pid in the tag that starts the record,
//     "name[<*>]:" (syslog's TAG[pid]: and the kernel's "comm[pid]:
//     segfault at ...": which program it was is the value);
//   - a lower-case name ending in an id after a word ("Partition
//     orders-<*>", "replica set cart-<*>", "on host mesos-slave-<*>"):
//     names that operators and controllers give instances are DNS labels
//     (RFC 1123: lower case, digits, '-'; Kubernetes objects, host names,
//     Kafka's topic-partition), the whole name is the value. Not when the
//     word before names the prefix, the kind of a member numbered within
//     it ("node node-<*>", "nodes node-<*>": Loghub's HPC keeps that
//     prefix), and not a capitalized component ("tree Interconnect-<*>",
//     HPC again).
func instanceSlots(t string) string {
	if !strings.Contains(t, "<*>") {
		return t
	}
	if j := tagProgram(t); j > 0 {
		t = "<*>" + t[j:]
	}
	for i := 1; i < len(t); i++ {
		if !isLetter(t[i]) || isNameByte(t[i-1]) || t[i-1] == '<' {
			continue
		}
		j := i
		for j < len(t) && isNameByte(t[j]) {
			j++
		}
		switch {
		case t[i-1] == '=' && i > 1 && isWordByte(t[i-2]) && strings.HasPrefix(t[j:], "<*>") && j > i+1 && strings.ContainsRune("-_.", rune(t[j-1])):
			// key=name-<*>
			e := j + len("<*>")
			if e < len(t) && !strings.ContainsRune(" ,;)]", rune(t[e])) {
				continue
			}
			t = t[:i] + "<*>" + t[e:]
		case t[i-1] == ' ' && strings.HasPrefix(t[j:], "(uid=<*>)") && lowerWord(t[i:j]):
			t = t[:i] + "<*>" + t[j:]
		case t[i-1] == ' ' && strings.HasPrefix(t[j:], "<*>") && j > i+1 && strings.ContainsRune("-_", rune(t[j-1])) && lowerWord(t[i:j-1]) && !kindNamed(t[:i-1], t[i:j-1]):
			e := j + len("<*>")
			if e < len(t) && !strings.ContainsRune(" ,;:)](", rune(t[e])) {
				continue
			}
			t = t[:i] + "<*>" + t[e:]
		}
	}
	return t
}

// kindNamed reports a name prefix that the word before it names: the
// kind of a member numbered within it ("node node-<*>", "nodes
// node-<*>"), where the prefix is the naming scheme's constant.
func kindNamed(before, prefix string) bool {
	w := strings.TrimLeft(before[strings.LastIndexByte(before, ' ')+1:], "[(")
	return len(w) >= len(prefix) && strings.EqualFold(w[:len(prefix)], prefix) || !letters(w)
}

// tagProgram returns the end of the program name of a record that starts
// with the tag "name[<*>]:", or 0.
func tagProgram(t string) int {
	j := 0
	for j < len(t) && isNameByte(t[j]) {
		j++
	}
	if j == 0 || !isLetter(t[0]) || !strings.HasPrefix(t[j:], "[<*>]: ") {
		return 0
	}
	return j
}

// lowerWord reports a word of lower-case letters, digits, '_', '-' and '.'
// that starts with a letter: an account's name.
func lowerWord(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; !(c >= 'a' && c <= 'z' || isDigitByte(c) || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// authSubject turns the name in "for <name> from <*>" into "<*>".
func authSubject(t string) string {
	return rewriteAfter(t, " for ", func(t string, i int) (string, int) {
		j := i
		for j < len(t) && (isNameByte(t[j]) || t[j] == '@') {
			j++
		}
		if j > i && strings.HasPrefix(t[j:], " from <*>") && t[i:j] != "<*>" && isLetter(t[i]) {
			t = t[:i] + "<*>" + t[j:]
			j = i + len("<*>")
		}
		return t, j
	})
}

// rewriteAfter finds sep in t from left to right and calls f with the index
// just past each occurrence; f returns t, rewritten or not, and the index
// to search on from, or -1 to stop. The rules of WordSlots that look for a
// word or a label share it.
func rewriteAfter(t, sep string, f func(t string, i int) (string, int)) string {
	for from := 0; from >= 0; {
		k := strings.Index(t[from:], sep)
		if k < 0 {
			break
		}
		t, from = f(t, from+k+len(sep))
	}
	return t
}

// unitTitle turns the title of a lifecycle sentence into "<*>".
func unitTitle(t string) string {
	if len(t) < 4 || !upper(t[0]) || t[len(t)-1] != '.' {
		return t
	}
	body := strings.TrimRight(t, ".")
	dots := t[len(body):]
	if dots != "." && dots != "..." {
		return t
	}
	sp := strings.IndexByte(body, ' ')
	if sp < 0 || !letters(body[:sp]) {
		return t
	}
	verb := body[:sp]
	start := sp + 1
	rest := body[start:]
	if len(rest) == 0 {
		return t
	}
	k := strings.IndexByte(rest, ' ')
	switch {
	case upper(rest[0]):
		// a title right after the verb: only a completion ("Started
		// Docker Application Container Engine.") or an action in progress
		// ("Starting Cleanup of Temporary Directories..."), and of two
		// words or more; a verb and capitalized words that end in a
		// period are as often the event itself: "Starting TrustedInstaller
		// initialization." and "... finalization." are two events
		// (Windows' CBS log, Loghub-2k)
		if k < 0 || !(strings.HasSuffix(verb, "ed") && dots == "." || strings.HasSuffix(verb, "ing") && dots == "...") {
			return t
		}
	case k < 0 || !letters(rest[:k]) || isArticle(rest[:k]) || k+1 >= len(rest) || !upper(rest[k+1]):
		return t
	default:
		// a lower-case noun before the title: "Reached target Sockets."
		start += k + 1
	}
	for _, w := range strings.Split(body[start:], " ") {
		if !titleWord(w) {
			return t
		}
	}
	return body[:start] + "<*>" + dots
}

// titleWord reports a word of a title: letters, digits and '-', '/', '\”
// with at least one letter.
func titleWord(w string) bool {
	if w == "<*>" {
		return true
	}
	return lettered(w, func(c byte) bool { return isDigitByte(c) || c == '-' || c == '/' || c == '\'' })
}

// lettered reports a word of letters and bytes other accepts, with at
// least one letter.
func lettered(w string, other func(byte) bool) bool {
	has := false
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case isLetter(c):
			has = true
		case other(c):
		default:
			return false
		}
	}
	return has
}

func isArticle(w string) bool {
	switch w {
	case "the", "a", "an", "for", "of", "in", "to", "on", "by", "with", "from", "at":
		return true
	}
	return false
}

func letters(w string) bool {
	if w == "" {
		return false
	}
	for k := 0; k < len(w); k++ {
		if !isLetter(w[k]) {
			return false
		}
	}
	return true
}

func upper(c byte) bool { return 'A' <= c && c <= 'Z' }

// progressObject turns the single-token objects of the prepositions of a
// progress question into "<*>" (see WordSlots).
func progressObject(t string) string {
	q := strings.Index(t, ".. ")
	if q < 0 || strings.Count(t[q:], " ") > 2 || progressResult(t) == t && !strings.HasSuffix(t, " <*>") {
		return t // not a question and its result
	}
	for q > 0 && t[q-1] == '.' {
		q--
	}
	question := t[:q]
	toks := strings.Split(question, " ")
	changed := false
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i] {
		case "for", "of", "in", "by":
		default:
			continue
		}
		o := toks[i+1]
		last := i+1 == len(toks)-1
		if toks[i] == "of" && !last && i > 0 && attributeObject(toks[i-1], toks[i+1:]) {
			// "checking size of long long...": what an attribute
			// question asks of, to the ellipsis (autoconf's
			// AC_CHECK_SIZEOF and AC_CHECK_ALIGNOF print a C type)
			toks = append(toks[:i+1], "<*>")
			changed = true
			break
		}
		if o == "" || o == "<*>" || !(last || isPreposition(toks[i+2])) {
			continue
		}
		if strings.ContainsAny(o, "()[]{}\"'") {
			continue
		}
		toks[i+1] = "<*>"
		changed = true
	}
	if !changed {
		return t
	}
	return strings.Join(toks, " ") + t[q:]
}

// attributeObject reports the object of "<noun> of" that runs to the end
// of a progress question in two or three words of a type name (letters,
// digits, "_", "*"): "size of unsigned long", "alignment of void *". The
// noun is a plain word, no verb form ("checking", "looking").
func attributeObject(noun string, obj []string) bool {
	if !lowerLetters(noun) || strings.HasSuffix(noun, "ing") || isPreposition(noun) || isArticle(noun) || len(obj) > 3 {
		return false
	}
	for _, w := range obj {
		if w == "" || isArticle(w) {
			return false
		}
		for _, c := range []byte(w) {
			if !(c >= 'a' && c <= 'z' || isDigitByte(c) || c == '_' || c == '*') {
				return false
			}
		}
	}
	return true
}

func isPreposition(w string) bool {
	switch w {
	case "for", "of", "in", "by":
		return true
	}
	return false
}

// positionalFields rewrites the bare tokens of a positional record that
// sit between two of its value fields, and the method of its quoted
// request line (see WordSlots).
func positionalFields(t string) string {
	if strings.Count(t, "<*>") < 5 || strings.Count(t, " ") < 7 {
		return t
	}
	toks := strings.Split(t, " ")
	fields := 0
	for _, w := range toks {
		if valueField(w) || absentField(w) {
			fields++
		}
	}
	if 4*fields < 3*len(toks) || fields < 6 {
		return t
	}
	changed := false
	for i, w := range toks {
		if len(w) > 2 && w[0] == '"' && upperWord(w[1:]) && i+1 < len(toks) && strings.HasPrefix(toks[i+1], "<*>") {
			// "GET <*>": the method of the request line
			toks[i] = `"<*>`
			changed = true
		}
	}
	for i, w := range toks {
		if absentField(w) {
			// "-", "\"-\"": a field without a value this time
			toks[i] = "<*>"
			if w[0] == '"' {
				toks[i] = `"<*>"`
			}
			changed = true
		}
	}
	out := make([]string, len(toks))
	copy(out, toks)
	for i := 1; i+1 < len(toks); i++ {
		if w := toks[i]; !valueField(w) && bareField(w) && valueField(toks[i-1]) && valueField(toks[i+1]) {
			out[i] = "<*>"
			changed = true
		}
		// two bare fields in a row between value fields (CoreDNS's
		// "{rcode} {>rflags}": "NXDOMAIN qr,aa,rd"): a record of fields
		// names no event with a word, each is a value
		if i+2 < len(toks) && valueField(toks[i-1]) && valueField(toks[i+2]) &&
			!valueField(toks[i]) && bareField(toks[i]) && !valueField(toks[i+1]) && bareField(toks[i+1]) {
			out[i], out[i+1] = "<*>", "<*>"
			changed = true
		}
	}
	if !changed {
		return t
	}
	return strings.Join(out, " ")
}

// valueField reports a token that is a whole value: "<*>", "[<*>]",
// "\"<*>\"", "\"<*>", "<*>\"".
func valueField(w string) bool {
	switch w {
	case "<*>", "[<*>]", `"<*>"`, `"<*>`, `<*>"`:
		return true
	}
	return false
}

// absentField reports a field written as dashes, bare or quoted: "-",
// "----", "\"-\"".
func absentField(w string) bool {
	w = strings.TrimSuffix(strings.TrimPrefix(w, `"`), `"`)
	return w != "" && strings.Trim(w, "-") == ""
}

// bareField reports a token of name bytes only (letters, digits, '_', '-',
// '.') with a letter, or a comma-separated list of such names and values:
// a field value the masking kept ("http-in", "UF", "<*>,URX").
func bareField(w string) bool {
	if strings.Contains(w, ",") {
		w = strings.ReplaceAll(strings.ReplaceAll(w, "<*>", ""), ",", "")
	}
	return lettered(w, isNameByte)
}

func upperWord(w string) bool {
	for k := 0; k < len(w); k++ {
		if !upper(w[k]) {
			return false
		}
	}
	return w != ""
}

// deviceName turns the name after the nouns "device" and "comm" into
// "<*>", bare or alone in parentheses ("device sda1", NetworkManager's
// "device (eth0): ..."). Not after "interface": Loghub's HPC writes "via
// interface ee0" and "via interface alt0" as two events (its truth keeps
// them, and mining them as one fell HPC's GA from 0.996 to 0.951).
func deviceName(t string) string {
	for _, noun := range [...]string{"device ", "comm "} {
		t = rewriteAfter(t, noun, func(t string, i int) (string, int) {
			if k := i - len(noun); k > 0 && t[k-1] != ' ' && t[k-1] != '(' {
				return t, i
			}
			if i < len(t) && t[i] == '(' {
				// the name alone in parentheses: "device (eth0):"
				j := strings.IndexByte(t[i:], ')')
				if j < 2 || !isLetter(t[i+1]) || strings.ContainsAny(t[i+1:i+j], " (<") {
					return t, i
				}
				for k := i + 1; k < i+j; k++ {
					if !isNameByte(t[k]) {
						return t, i
					}
				}
				return t[:i+1] + "<*>" + t[i+j:], i + 1 + len("<*>")
			}
			j := i
			for j < len(t) && (isNameByte(t[j]) || strings.HasPrefix(t[j:], "<*>")) {
				if t[j] == '<' {
					j += len("<*>")
					continue
				}
				j++
			}
			if j < len(t) && t[j-1] == '.' {
				j--
			}
			if j == i || t[i:j] == "<*>" || !isLetter(t[i]) && t[i] != '<' || j < len(t) && !strings.ContainsRune(" ):,;", rune(t[j])) {
				return t, i
			}
			return t[:i] + "<*>" + t[j:], i + len("<*>")
		})
	}
	return t
}

// labelSubject turns a numbered name right after the label that starts the
// record into "<*>" when a capitalized message follows it: "e1000e: eth0
// NIC Link is Up" (the kernel's drivers print "driver: ifname message",
// netdev_info's "%s: " with the device's name; "ens3", "wlan0" and "eth1"
// are the same event on three hosts).
func labelSubject(t string) string {
	k := strings.Index(t, ": ")
	if k <= 0 || strings.ContainsRune(t[:k], ' ') {
		return t
	}
	i := k + 2
	j := i
	for j < len(t) && isLetter(t[j]) {
		j++
	}
	d := j
	for j < len(t) && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	if d == i || j == d || j+2 > len(t) || t[j] != ' ' || !upper(t[j+1]) {
		return t
	}
	return t[:i] + "<*>" + t[j:]
}

// fileSubject turns a source file named after a label, "label: name.h:
// message", into "<*>": the file a tool reports on (autoconf's "configure:
// WARNING: stdio.h: present but cannot be compiled", a compiler's "x.c:
// In function"); a path there is a value already. The extension is one of
// source code (mask.SourceExt), so a host name or a type stays; a file and its
// line ("main.go:<*>") is a code location and stays.
func fileSubject(t string) string {
	return rewriteAfter(t, ": ", func(t string, i int) (string, int) {
		j := i
		for j < len(t) && (isNameByte(t[j]) || t[j] == '.') {
			j++
		}
		if !strings.HasPrefix(t[j:], ": ") || !isLetter(t[i]) {
			return t, j
		}
		dot := strings.LastIndexByte(t[i:j], '.')
		if dot <= 0 || !mask.SourceExt(t[i+dot+1:j]) {
			return t, j
		}
		return t[:i] + "<*>" + t[j:], i + len("<*>")
	})
}

// countedList turns each list of counted items, "<*> words[, <*> words]",
// that follows ": " and ends at ". " into "<*>", and after such a list one
// that ends at the period that ends t (kube-scheduler writes two: the
// filters' reasons, then the preemption plugin's, which end the message).
// A record with no list before does not end in one: "Session: <*>
// initialized by client WindowsUpdateAgent." (Windows' CBS log, Loghub-2k)
// and "Image size: <*> bytes." are sentences.
func countedList(t string) string {
	listed := false
	return rewriteAfter(t, ": <*> ", func(t string, past int) (string, int) {
		i := past - len("<*> ")
		e := strings.Index(t[i:], ". ")
		switch {
		case e >= 0:
			e += i
		case listed && strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ".."):
			e = len(t) - 1
		default:
			return t, -1
		}
		for _, item := range strings.Split(t[i:e], ", ") {
			if !strings.HasPrefix(item, "<*> ") || !strings.ContainsFunc(item[4:], func(r rune) bool { return r < 128 && isLetter(byte(r)) }) || strings.Contains(item, ": <*> ") {
				return t, i
			}
		}
		listed = true
		return t[:i] + "<*>" + t[e:], i + len("<*>")
	})
}

// sqlStatement turns an SQL statement that follows ": " and runs to the
// end of t into "<*>": it starts with a command keyword in capitals.
func sqlStatement(t string) string {
	return rewriteAfter(t, ": ", func(t string, i int) (string, int) {
		j := i
		for j < len(t) && upper(t[j]) {
			j++
		}
		if (j == len(t) || t[j] == ' ') && sqlCommands[t[i:j]] {
			return t[:i] + "<*>", -1
		}
		return t, i
	})
}

var sqlCommands = map[string]bool{"SELECT": true, "INSERT": true, "UPDATE": true, "DELETE": true, "WITH": true,
	"BEGIN": true, "COMMIT": true, "ROLLBACK": true, "CREATE": true, "ALTER": true, "DROP": true, "TRUNCATE": true,
	"COPY": true, "MERGE": true, "EXPLAIN": true, "VACUUM": true, "ANALYZE": true, "GRANT": true, "REVOKE": true,
	"CALL": true, "EXECUTE": true, "PREPARE": true, "REPLACE": true, "UPSERT": true}

// errorCause turns the cause that ends a wrapped error into "<*>": the text
// after the last ": " when the context before it says an error happened
// ("TLS handshake error from <*>: EOF", "failed to pull image \"<*>\":
// i/o timeout"). Programs wrap an error with where it happened
// (fmt.Errorf("...: %w", err), "%s: %s" with strerror): the cause is the
// value of that event, one of many. The cause is a short phrase (at most
// eight words, see causeText).
func errorCause(t string) string {
	body, closer, open := t, "", -1
	if strings.HasSuffix(t, `"`) {
		// the message of a logfmt record, quoted at its end: msg="...: EOF"
		body, closer = t[:len(t)-1], `"`
		if open = strings.LastIndexByte(body, '"'); open < 0 {
			return t
		}
	}
	k := strings.LastIndex(body, ": ")
	if k <= open+1 || k+2 >= len(body) {
		return t
	}
	cause := body[k+2:]
	if cause == "<*>" || strings.Count(cause, " ") > 7 || !causeText(cause) {
		return t
	}
	ctx := body[open+1 : k]
	if c := strings.LastIndex(ctx, ": "); c >= 0 {
		ctx = ctx[c+2:]
	}
	// a context of a few words says what failed ("TLS handshake error from
	// <*>"); "fatal error: concurrent map writes" and "Error:
	// ImagePullBackOff" are a label before the message itself
	if strings.Count(ctx, " ") < 2 || !errorWords(ctx) {
		return t
	}
	// a kernel header before a device's message ("BTRFS error (device
	// <*>)": the subsystem, the level, the subject in an enclosure with
	// its value) says no failure happened: what follows is the message
	if subj := subjectEnclosure(ctx); subj >= 0 && strings.Count(strings.TrimSpace(ctx[:subj]), " ") < 2 {
		return t
	}
	// a capitalized word right before the colon is the name of a field
	// ("call failed Authorization: Bearer <*>", a header and its value)
	if w := ctx[strings.LastIndexByte(ctx, ' ')+1:]; w != "" && upper(w[0]) && strings.ContainsFunc(w, func(r rune) bool { return 'a' <= r && r <= 'z' }) {
		return t
	}
	return body[:k+2] + "<*>" + closer
}

// subjectEnclosure returns where the parenthesized enclosure that ends ctx
// opens when it holds a key word and its value ("(device <*>)"), else -1
// (a sentence in it, "(origin <*> not trusted)", is a reason).
func subjectEnclosure(ctx string) int {
	if !strings.HasSuffix(ctx, " <*>)") {
		return -1
	}
	o := strings.LastIndexByte(ctx, '(')
	if o < 0 {
		return -1
	}
	w := ctx[o+1 : len(ctx)-len(" <*>)")]
	if w == "" || strings.IndexFunc(w, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_' || r == '-') }) >= 0 {
		return -1
	}
	return o
}

// statusMessage turns the message of a status code that ends the record
// into "<*>": "...closed: <*>, connection reset by peer" (envoy's "gRPC
// config stream closed: {}, {}", a gRPC status code and its message; C's
// "%d, %s" of errno and strerror). A code a label names, then a comma: the
// phrase after it says what the code means, one of many (causeText).
func statusMessage(t string) string {
	k := strings.LastIndex(t, ", ")
	if k < 0 || !strings.HasSuffix(t[:k], ": <*>") || k+2 >= len(t) {
		return t
	}
	msg := t[k+2:]
	if msg == "<*>" || strings.Count(msg, " ") > 7 || !causeText(msg) {
		return t
	}
	return t[:k+2] + "<*>"
}

// causeText reports the text of an error cause: words of letters, digits,
// '-', '_', '/' and '.' inside, or "<*>", and no sentence punctuation at
// its end (Go's error strings end without it; "Address already in use."
// is a sentence, "HALT asserted\\ cannot continue" no phrase of words).
func causeText(s string) bool {
	if s[len(s)-1] == '.' {
		return false
	}
	for k := 0; k < len(s); k++ {
		c := s[k]
		if !isWordByte(c) && !strings.ContainsRune(" -/.<*>", rune(c)) {
			return false
		}
	}
	return true
}

// errorWords reports a context that names a failure: a word "error",
// "failed" or "failure" (any case) in it.
func errorWords(s string) bool {
	for _, w := range strings.Fields(s) {
		switch strings.ToLower(strings.Trim(w, `"'.,`)) {
		case "error", "failed", "failure":
			return true
		}
	}
	return false
}
