package mask

// Credentials in command lines and argument vectors, and in a userinfo
// written without its URL's scheme (h154; h151 noticed them kept):
//
//   - the value after a long option named like a credential key
//     (secretKey: "--password hunter2", "--db-password hunter2",
//     "--api-key …", "--client-secret …"), separated by blanks, or in an
//     argument vector written as a list (Python's "['--password',
//     'hunter2']", JSON's ["--password","hunter2"]), the next element.
//     "--password=…" is a keyed value already (keyedValue). Not an option
//     that takes none: one that reads the credential from elsewhere
//     ("--password-stdin"), one that turns it off ("--no-password"), and
//     one whose value is another option ("--password -u root"). A
//     quantity's name ("--password-length 12") keeps a number as
//     keyedValue does (quantityKept);
//   - the password written onto "-p" in a command line or argument
//     vector of the MySQL and MariaDB clients ("mysql -u root -phunter2",
//     ['mysql', '-phunter2']) and of sshpass ("sshpass -phunter2 ssh …"):
//     those programs take the password attached to "-p" (their manuals);
//     sshpass also as the next argument ("sshpass -p hunter2 ssh …"),
//     while "mysql -p" alone prompts (a word after it is a database).
//     Elsewhere "-p" is a port or a flag of its own ("docker run -p 8080:80",
//     "gcc -pthread", "find -path"), so it is taken only after one of these
//     programs' names earlier on the same line;
//   - single-dash options whose manuals give them a credential (h156,
//     h154's open LOW): keytool's "-storepass …", "-keypass …",
//     openssl's "-passin pass:…", and curl's "-u user:password" after
//     curl's name (shortOptionValue), and curl's "--user user:password"
//     (longOptionValue); the user is kept;
//   - the password of a userinfo before a host without a scheme,
//     "admin:hunter2@10.0.0.5" (URL-style, as database clients and
//     connection logs print a DSN without it): a user (a letter first,
//     then word bytes, '.', '-'), ':', the password (no blank, '/' or
//     quote; ':' and '@' too since h156, after the user's first ':'),
//     '@', then a host: an IPv4 address or a name with a dot or
//     "localhost". Only the redactor looks for it
//     (ReplaceUserinfoPasswords, after its email rule, which takes
//     "to:alice@example.com" whole): the masker replaces such a token
//     whole anyway.
//
// Kept apart from the scanner in secrets.go: a credential here spans
// tokens (an option and its value), which the one-pass scan's secretIn
// never sees whole, so a message with one takes the two-pass path
// (cmdSecretIn, asked by Append before the one pass).

import "strings"

// cmdSecretIn reports a credential replaceCmdSecrets would replace with
// the wildcard in s (the masker's question, on a message the memo does
// not hold: a message with one is masked in two passes, so never
// remembered). Filtered first by what every such credential holds, a
// token that starts "--" or "-p" (optionStart).
func cmdSecretIn(s string) bool {
	if !optionStart(s) {
		return false
	}
	var ps progState
	_, _, ok := nextCmdSecret(s, 0, Wildcard, false, &ps)
	return ok
}

// optionStart reports a token of s that starts "--", or '-' and a byte
// of optionSecond (tokenStart): its '-' bytes found by strings.IndexByte
// (one search instead of one for each; BenchmarkMaskLoghub/one-pass,
// cachegrind).
func optionStart(s string) bool {
	for i := 0; i+2 < len(s); {
		j := strings.IndexByte(s[i:], '-')
		if j < 0 {
			return false
		}
		if i += j; i+2 >= len(s) {
			return false // an option and at least a byte of it (nextCmdSecret)
		}
		if optionSecond[s[i+1]] && tokenStart(s, i) {
			return true
		}
		i++
	}
	return false
}

// optionSecond: the bytes after '-' that start an option nextCmdSecret
// reads: '-' (a long option), 'p' ("-p<password>", openssl's "-passin"),
// 'u' and 'U' (curl's "-u user:password"), and 's', 'k', 'd' (keytool's
// "-storepass", "-keypass", "-srckeypass", "-destkeypass", …; h156).
var optionSecond = func() (t [256]bool) {
	for _, c := range "-puUskd" {
		t[c] = true
	}
	return t
}()

// ReplaceUserinfoPasswords returns s with the password of every userinfo
// written without a scheme ("admin:hunter2@10.0.0.5") replaced by repl.
func ReplaceUserinfoPasswords(s, repl string) string {
	if strings.IndexByte(s, '@') < 0 {
		return s
	}
	return replaceCmdSecrets(s, repl, true)
}

// replaceCmdSecrets returns s with every credential of nextCmdSecret
// replaced by repl (s itself when it holds none); userinfo: the
// passwords of userinfos without a scheme instead of the options'.
func replaceCmdSecrets(s, repl string, userinfo bool) string {
	if !userinfo && !optionStart(s) {
		return s
	}
	var b []byte
	var ps progState
	last := 0
	for i := 0; ; {
		start, end, ok := nextCmdSecret(s, i, repl, userinfo, &ps)
		if !ok {
			break
		}
		i = end
		if b == nil {
			b = make([]byte, 0, len(s)+len(repl))
		}
		b = append(b, s[last:start]...)
		b = append(b, repl...)
		last = end
	}
	if b == nil {
		return s
	}
	b = append(b, s[last:]...)
	return string(b)
}

// nextCmdSecret returns the leftmost credential of s at or after from.
// A value that already is skip, the wildcard or Mask-like "[REDACTED]"
// is passed over, as are digits only when skip is the wildcard (the
// masker's: replaceSecrets leaves those to the scan too). ps carries
// what was read of the lines before (progState) from one call to the
// next over the same s, from left to right.
func nextCmdSecret(s string, from int, skip string, userinfo bool, ps *progState) (int, int, bool) {
	for i := from; i < len(s); i++ {
		var start, end int
		switch s[i] {
		case '-':
			if userinfo || !tokenStart(s, i) || i+2 >= len(s) {
				continue
			}
			if s[i+1] == '-' {
				start, end = longOptionValue(s, i, ps)
			} else {
				start, end = shortOptionValue(s, i, ps)
			}
		case '@':
			if userinfo {
				start, end = userinfoPassword(s, i)
			}
		default:
			continue
		}
		if end <= start || start < from {
			continue // (a userinfo's password ends at the '@' it was found at)
		}
		v := s[start:end]
		if v == skip || v == Wildcard || v == "[REDACTED]" || skip == Wildcard && run(s, start, isDigit) == end {
			continue
		}
		return start, end, true
	}
	return 0, 0, false
}

// tokenStart reports that s[i] begins a token of a command line or an
// element of a list: at the text's start or after a blank, a quote, '[',
// '(' or ','.
func tokenStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	switch s[i-1] {
	case ' ', '\t', '\n', '\r', '"', '\'', '[', '(', ',':
		return true
	}
	return false
}

// valueAfter returns the argument that follows an option ending at s[k]:
// after blanks, or, when the option is an element of a list (a quote
// closes it), after the quote, a ',' and blanks, the next element in the
// same quotes. The argument must not be another option, a nested list or
// empty.
func valueAfter(s string, k int) (int, int) {
	if k >= len(s) {
		return 0, 0
	}
	if q := s[k]; q == '"' || q == '\'' {
		j := k + 1
		for j < len(s) && j < k+8 && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j >= len(s) || s[j] != ',' {
			return 0, 0
		}
		j++
		for j < len(s) && j < k+16 && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j >= len(s) || s[j] != q {
			return 0, 0
		}
		st := j + 1
		for e := st; e < len(s) && e <= st+MaxQuotedValue; e++ {
			if s[e] == q {
				if e == st || s[st] == '-' {
					return 0, 0
				}
				return st, e
			}
			if s[e] == '\n' || s[e] == '\r' {
				break
			}
		}
		return 0, 0
	}
	j := k
	for j < len(s) && j < k+8 && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if j == k || j >= len(s) {
		return 0, 0
	}
	if q := s[j]; q == '"' || q == '\'' {
		// a quoted argument, "--password 'hunter 2'"
		for e := j + 1; e < len(s) && e <= j+1+MaxQuotedValue; e++ {
			if s[e] == q {
				if e == j+1 {
					return 0, 0
				}
				return j + 1, e
			}
			if s[e] == '\n' || s[e] == '\r' {
				break
			}
		}
		return 0, 0
	}
	if s[j] == '-' || s[j] == '[' || s[j] == '{' {
		return 0, 0
	}
	e := j
	for e < len(s) && !isSpace(s[e]) && s[e] != '"' && s[e] != '\'' && s[e] != ',' && s[e] != ']' {
		e++
	}
	if e == j {
		return 0, 0
	}
	return j, e
}

// longOptionValue matches the argument of the long option at s[i] ("--"
// and a name) when the name is a credential key, or the password of
// curl's "--user user:password" and "--proxy-user …" (userPassword).
func longOptionValue(s string, i int, ps *progState) (int, int) {
	k := i + 2
	for k < len(s) && k-i < maxKeyLen && keyPartByte[s[k]] {
		k++
	}
	name := s[i+2 : k]
	if len(name) < 3 || k < len(s) && keyPartByte[s[k]] {
		return 0, 0
	}
	if (name == "user" || name == "proxy-user") && ps.before(s, i)&progCurl != 0 {
		st, end := valueAfter(s, k)
		return userPassword(s, st, end)
	}
	kind := secretKey(name)
	if kind == plainKey || foldHas(name, "no-") || foldHas(name, "no_") || foldSuffix(name, "stdin") {
		return 0, 0
	}
	st, end := valueAfter(s, k)
	if end <= st {
		return 0, 0
	}
	return quantityKept(kind, s, st, end)
}

// shortOptionValue matches the credential of the single-dash option at
// s[i] (h156; their manuals name them so):
//   - keytool's and jarsigner's "-storepass", "-keypass", "-srcstorepass",
//     "-deststorepass", "-srckeypass", "-destkeypass" and their next
//     argument ("-storepass:env VAR" and "-storepass:file path" name
//     where it is, kept);
//   - openssl's "-passin", "-passout" and "-pass" with an argument
//     "pass:<password>" (the password after "pass:"; "env:VAR",
//     "file:path", "fd:N", "stdin" name where it is, kept);
//   - curl's "-u user:password" and "-U user:password" (also attached,
//     "-uuser:password"), after curl's name on the line: the password
//     after the first ':' (the user is kept; a user alone, "-u bob",
//     makes curl prompt, and elsewhere "-u" is a user or a uid:gid,
//     "docker run -u 1000:1000", "sudo -u www-data");
//   - else the password written onto "-p" (attachedPassword).
func shortOptionValue(s string, i int, ps *progState) (int, int) {
	k := i + 1
	for k < len(s) && k-i <= 16 && isAlpha(s[k]) {
		k++
	}
	name := s[i+1 : k]
	if k == len(s) || !keyPartByte[s[k]] {
		switch name {
		case "storepass", "keypass", "srcstorepass", "deststorepass", "srckeypass", "destkeypass":
			return valueAfter(s, k)
		case "passin", "passout", "pass":
			if st, end := valueAfter(s, k); end > st+len("pass:") && hasPrefix(s[st:end], "pass:") {
				return st + len("pass:"), end
			}
		}
	}
	switch s[i+1] {
	case 'p':
		return attachedPassword(s, i, ps)
	case 'u', 'U':
		if ps.before(s, i)&progCurl == 0 {
			return 0, 0
		}
		if isSpace(s[i+2]) || s[i+2] == '"' || s[i+2] == '\'' {
			st, end := valueAfter(s, i+2)
			return userPassword(s, st, end)
		}
		e := i + 2
		for e < len(s) && !isSpace(s[e]) && s[e] != '"' && s[e] != '\'' && s[e] != ',' && s[e] != ']' {
			e++
		}
		return userPassword(s, i+2, e)
	}
	return 0, 0
}

// userPassword returns the password of the "user:password" at s[st:end]
// (curl's -u): after its first ':', or nothing without one.
func userPassword(s string, st, end int) (int, int) {
	if end <= st {
		return 0, 0
	}
	c := strings.IndexByte(s[st:end], ':')
	if c <= 0 || st+c+1 < end && s[st+c+1] == '/' {
		return 0, 0 // a user alone; a URL ("-u https://…")
	}
	return st + c + 1, end
}

// attachedPassword matches the password written onto "-p" at s[i] after
// the name of a program that takes it so (progState.before).
func attachedPassword(s string, i int, ps *progState) (int, int) {
	st := i + 2
	e := st
	for e < len(s) && !isSpace(s[e]) && s[e] != '"' && s[e] != '\'' && s[e] != ',' && s[e] != ']' {
		e++
	}
	progs := ps.before(s, i)
	if progs&(progMySQL|progSSHPass) == 0 {
		return 0, 0
	}
	if e == st {
		if progs&progSSHPass != 0 {
			return valueAfter(s, st) // sshpass -p hunter2 (mysql's "-p" alone prompts)
		}
		return 0, 0
	}
	return st, e
}

// passwordPrograms are the programs whose options nextCmdSecret reads
// only after their name: the MySQL and MariaDB clients (mysql(1) and its
// siblings' "-p[password]"), sshpass(1) ("-p password", also attached),
// and curl(1) ("-u user:password", "--user …", "-U"/"--proxy-user …";
// h156), each with its bit (progState).
var passwordPrograms = []struct {
	name string
	bit  uint8
}{
	{"mysql", progMySQL}, {"mysqldump", progMySQL}, {"mysqladmin", progMySQL},
	{"mysqlimport", progMySQL}, {"mysqlcheck", progMySQL}, {"mysqlshow", progMySQL},
	{"mysqlbinlog", progMySQL}, {"mysqlpump", progMySQL}, {"mysqlslap", progMySQL},
	{"mysqlsh", progMySQL},
	{"mariadb", progMySQL}, {"mariadb-dump", progMySQL}, {"mariadb-admin", progMySQL},
	{"mariadb-import", progMySQL}, {"mariadb-check", progMySQL},
	{"mariadb-show", progMySQL}, {"mariadb-binlog", progMySQL}, {"mariadb-slap", progMySQL},
	{"sshpass", progSSHPass},
	{"curl", progCurl},
}

// The kinds of passwordPrograms.
const (
	progMySQL   = 1 << iota // takes "-p<password>"
	progSSHPass             // takes "-p<password>" and "-p <password>"
	progCurl                // takes "-u user:password"
)

// progState is what was read of s before upto: which passwordPrograms
// were named on the line that upto is on (their bits). Each byte is
// read once however many options a line holds (h154's first version
// read the line again from its start for each "-p": 0.5 s for 16 KiB of
// " -px", BenchmarkH154ShapesHostile).
type progState struct {
	upto  int
	progs uint8
}

// before returns the bits of passwordPrograms named as a token (or a
// path's last part) before s[i] on its line; i at or after the last
// call's.
func (ps *progState) before(s string, i int) uint8 {
	if i < ps.upto {
		*ps = progState{} // not left to right: read again (not done by its callers)
	}
	from := ps.upto
	if nl := strings.LastIndexByte(s[from:i], '\n'); nl >= 0 {
		from += nl + 1
		ps.progs = 0
	}
	ps.progs |= programsIn(s, from, i)
	ps.upto = i
	return ps.progs
}

// programsIn returns the bits of passwordPrograms named as a token (or
// a path's last part) starting in s[from:i].
func programsIn(s string, from, i int) uint8 {
	var bits uint8
	for k := from; k < i; k++ {
		c := s[k]
		if c != 'm' && c != 's' && c != 'c' || !(tokenStart(s, k) || s[k-1] == '/') {
			continue
		}
		e := k
		for e < i && (isAlpha(s[e]) || s[e] == '-') {
			e++
		}
		if e < len(s) && (isWordByte(s[e]) || s[e] == '.') {
			continue
		}
		w := s[k:e]
		for _, p := range passwordPrograms {
			if w == p.name {
				bits |= p.bit
				break
			}
		}
		k = e - 1 // (each byte once)
	}
	return bits
}

// userinfoPassword matches the password of "user:password@host" without
// a scheme, s[i] its '@'.
func userinfoPassword(s string, i int) (int, int) {
	// the host: an IPv4 address, a name with a dot, or localhost
	h := i + 1
	e := h
	dots := 0
	for e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '.') {
		if s[e] == '.' {
			dots++
		}
		e++
	}
	for e > h && s[e-1] == '.' {
		e-- // a sentence's full stop
		dots--
	}
	if e == h || !isAlnum(s[h]) || dots == 0 && s[h:e] != "localhost" {
		return 0, 0
	}
	// the password: back to the ':' after the user
	p := i
	for p > 0 && i-p <= MaxQuotedValue && !isSpace(s[p-1]) && s[p-1] != ':' && s[p-1] != '@' && s[p-1] != '/' && s[p-1] != '"' && s[p-1] != '\'' {
		p--
	}
	if p < i && p > 0 && s[p-1] == ':' && userBefore(s, p-1) {
		return p, i
	}
	// A password holding ':' or '@' ("admin:pa:ss@…", "admin:p@ss@…";
	// h154 left it open, h156): the token back to a blank, a quote or
	// '/', and the password after its first ':' when a user is before
	// that (RFC 3986: a user holds no ':'; an '@' in the password is a
	// mistake many write, and parsers take the last '@').
	b := i
	for b > 0 && i-b <= MaxQuotedValue && !isSpace(s[b-1]) && s[b-1] != '/' && s[b-1] != '"' && s[b-1] != '\'' {
		b--
	}
	c := strings.IndexByte(s[b:i], ':')
	if c < 0 || b+c+1 == i || b+c+1 == p || !userBefore(s, b+c) {
		return 0, 0 // no ':'; the same as above
	}
	return b + c + 1, i
}

// userBefore reports a user before the ':' at s[c] (a letter first, then
// word bytes, '.' and '-'), which is no scheme of an opaque URI and not
// after ':', '/' or '@' (a URL's "//user:…", urlPassword's, or a time's).
func userBefore(s string, c int) bool {
	u := c
	for u > 0 && c-u < maxKeyLen && (isWordByte(s[u-1]) || s[u-1] == '.' || s[u-1] == '-') {
		u--
	}
	if u == c || !isAlpha(s[u]) || u > 0 && (s[u-1] == ':' || s[u-1] == '/' || s[u-1] == '@') {
		return false
	}
	return !userinfoScheme(s[u:c]) // "sip:alice@10.0.0.5": a scheme and its user, no password
}

// A JSON member's name written with dots ("x.password.y",
// "db.password.hint") names a credential by any of its parts, as one
// written with underscores does by any of its words ("x_password_y" was
// masked, "x.password.y" kept: only the last dotted part was read, which
// keeps a logger's or a class's name before a ':' from naming a key,
// "org.apache.hadoop.security.token.Token: …"). A quoted name is a
// member's, no logger's, so for it the whole name is read, its dots as
// word separators: the last word still says what the value is
// (attributeWord: "secret.name", "password.length"; h154).

// quotedKeyEnd reports a quote (plain, escaped or a character
// reference) right after a key ending at s[ke], or after punctuation
// ending it inside its quotes.
func quotedKeyEnd(s string, ke int) bool {
	k := ke
	for k < len(s) && k-ke < maxKeyPunct && keyPunct[s[k]] && s[k] != ':' && s[k] != '=' {
		k++
	}
	if k >= len(s) {
		return false
	}
	switch s[k] {
	case '"', '\'':
		return true
	case '\\':
		return k+1 < len(s) && (s[k+1] == '"' || s[k+1] == '\'')
	case '&':
		n, _ := quoteRef(s, k)
		return n > 0
	}
	return false
}

// dottedKey judges a quoted key with dots by its whole name (secretKey;
// attributeWord reads '.' as a word separator). key is what keyedValue
// tests for Exception and Error.
func dottedKey(full string) (keyKind, string) {
	return secretKey(full), full
}

// dottedKeyBefore is keyAt's test for a quoted key whose last dotted
// part (s[st:e]) names no credential: the whole dotted name, scanned
// back to lo, does.
func dottedKeyBefore(s string, st, lo, e int) bool {
	for st > lo && keyByte[s[st-1]] {
		st--
	}
	return secretKey(s[st:e]) != plainKey
}

// userinfoScheme reports the scheme of an opaque URI whose user is
// written after it without "//" and without a password: opaqueScheme's
// (sip:, sips:, tel:, mailto:; sipPassword finds a sip: URI's password
// after its user) and RFC 5122's xmpp:, RFC 3860's im: and RFC 3859's
// pres:, any case.
func userinfoScheme(w string) bool {
	var b [10]byte
	l, ok := lowerWord(&b, w)
	if !ok {
		return false
	}
	return opaqueScheme(l) || l == "xmpp" || l == "im" || l == "pres"
}
