// Package mask replaces the volatile parts of a log message (numbers, ids,
// addresses, paths, timestamps, ...) with the wildcard "<*>".
//
// The built-in maskers are one hand-written byte scanner, no regular
// expression per token. A message is split into pieces at whitespace and at
// the punctuation ,;:!=|"'[](){}@ ; the punctuation is kept and each piece
// is kept or replaced as a whole, so templates keep their shape:
// "uid:10111 pid:28601" becomes "uid:<*> pid:<*>". Adjacent wildcards joined
// by nothing, '.' or ':' collapse into one ("10.0.0.1:8080" is one "<*>"),
// and so do variables inside one quoted string and lists of LongRun or more
// variables (not a record's columns: a run after a value, or in a record
// that writes "-" for an empty field, keeps its count). A comma-separated record with empty fields (a CSV record,
// MinDelimitedFields or more fields) is masked column by column: no list
// across its columns, and a field that holds a variable is one "<*>". Whitespace runs become one space and the result is trimmed.
//
// A piece is a variable when it contains a digit, unless it is a name with
// single digits such as "eth1", "jk2_init" or "Slf4jLogger"; when it is an
// absolute path (with its query string), a URL, a Windows path, an e-mail,
// a MAC or IPv6 address, a dotted qualified name or hostname
// ("com.android.phone"), hex of 8 or more digits, a base64-like token, or
// one of the literals true/false/null/root/admin. An IPv4 address "@" its
// network ("10.0.0.1@tcp"), Java's "pkg.Class@1a2b3c" and a socket address
// with its family ("unix:/run/x.sock", "tcp:10.0.0.1:80") are one value
// each, and so is a field of a comma-separated key=value record whose value
// has spaces and holds a variable ("relay=host [10.0.0.1], dsn=" ->
// "relay=<*>, dsn="), and the quoted value of a bracketed field ("[msg
// \"any text\"]" -> "[msg \"<*>\"]"), a value in angle brackets that holds
// a variable or is a name after a name noun ("realm <relay.example.net>
// user <carol>:" -> "realm <*> user <*>:") and a URL without its scheme
// ("cdn.example.net/search?q=a", a host, a path and a query). A double quote whose next quote
// opens a string itself is a character, not a string's start. Words ending in an id keep
// their alphabetic prefix: "node-229" -> "node-<*>",
// "ts-basic-service-5dc8d4f9fd-46997" -> "ts-basic-service-<*>"; a number
// keeps the '#' before it and the '%' after it ("inode #<*>", "<*>#<*>",
// "(<*>%)"): signs the format writes, not part of the value; a code
// location "Type.member#line" keeps its names ("Scheduler.tick#<*>"). An
// HTTP status code and its registered reason phrase are one value ("200
// OK", "404 Not Found" -> "<*>"). Dates and
// times in common formats ("2015-10-18 18:01:47,978", "Jun 14 15:16:01",
// RFC 3339, "Sun Dec 04 04:47:44 2005", "12/6/2026 8:36:41 AM" with its
// 12-hour clock's AM/PM) become one "<*>" even with spaces; so does a DNS
// name in wire form ("(3)www(7)example(3)com(0)"). A path from the
// working directory ("./a.out") is a value as an absolute path is, and the
// spaces that pad a number in brackets ("[ 7]") are dropped.
// Keys stay: "user=alice id=42" -> "user=alice id=<*>" (the miner turns
// values that vary under the same key into variables).
//
// Work is bounded: at most MaxBytes bytes of a message are scanned (user
// rules included); a longer message is cut and ends with one "<*>".
package mask

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"regexp"
	"strings"
)

// Wildcard replaces every variable part.
const Wildcard = "<*>"

// DefaultMaxBytes is the default number of message bytes scanned.
const DefaultMaxBytes = 16 << 10

// Rule is a user-defined masking rule, applied to the whole message before
// the built-ins.
type Rule struct {
	Name        string `mapstructure:"name"`
	Pattern     string `mapstructure:"pattern"`
	Replacement string `mapstructure:"replacement"`
}

type compiledRule struct {
	re   *regexp.Regexp
	repl string
}

// Masker masks messages. It is immutable and safe for concurrent use.
type Masker struct {
	rules    []compiledRule
	maxBytes int
	memo     *memo // messages masked before (memo.go)
}

// New compiles rules once. maxBytes <= 0 means DefaultMaxBytes.
func New(rules []Rule, maxBytes int) (*Masker, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	m := &Masker{maxBytes: maxBytes, memo: newMemo()}
	for i, r := range rules {
		if r.Pattern == "" {
			return nil, fmt.Errorf("mask rule %d (%q): empty pattern", i, r.Name)
		}
		re, err := regexp.Compile(r.Pattern)
		if err != nil {
			return nil, fmt.Errorf("mask rule %d (%q): %w", i, r.Name, err)
		}
		m.rules = append(m.rules, compiledRule{re: re, repl: r.Replacement})
	}
	return m, nil
}

// String returns the masked message (allocates; for tests and tools).
func (m *Masker) String(msg string) string {
	b, _ := m.Append(nil, msg)
	return string(b)
}

// Append appends the masked msg to dst. truncated reports that msg was longer
// than the scan limit. Without user rules it allocates only when dst grows.
func (m *Masker) Append(dst []byte, msg string) (out []byte, truncated bool) {
	if len(msg) > m.maxBytes {
		msg = msg[:m.maxBytes]
		truncated = true
	}
	start := len(dst)
	// One pass: the scan also looks for credentials where one can start
	// and gives up at the first (rare). User rules run between the two
	// steps, and a cut message drops its last token first, so they take
	// the two-pass path. What the one pass masks is remembered (memo.go).
	if len(m.rules) == 0 && !truncated {
		remember := m.memo != nil && len(msg) <= memoMaxMessage
		var h uint64
		if remember {
			var hit bool
			if dst, h, hit = m.memo.get(dst, msg); hit {
				return dst, false
			}
		}
		var found bool
		if cmdSecretIn(msg) {
			found = true // an option's credential spans tokens, which the scan reads one by one (cmdline.go)
		} else if delimitedRecord(msg) {
			dst, found = scanFields(dst, msg, true)
		} else {
			dst, found = scan(dst, msg, true)
		}
		if !found {
			dst = collapseRuns(dst, start)
			dst = collapseRepeats(dst, start)
			if remember {
				m.memo.put(h, msg, dst[start:])
			}
			return dst, false
		}
	}
	dst = dst[:start]
	msg = maskSecrets(msg, truncated) // credentials first (secrets.go)
	for _, r := range m.rules {
		msg = r.re.ReplaceAllString(msg, r.repl)
	}
	if delimitedRecord(msg) {
		dst, _ = scanFields(dst, msg, false)
	} else {
		dst, _ = scan(dst, msg, false)
	}
	dst = collapseRuns(dst, start)
	dst = collapseRepeats(dst, start)
	if truncated {
		dst = appendWild(dst, len(dst) > 0 && dst[len(dst)-1] != ' ')
	}
	return dst, truncated
}

// Prefetch hints that msg is masked next (Append): the memo's set for it
// starts loading into the processor's caches. It changes nothing; a
// message that is not masked next costs only its hash.
func (m *Masker) Prefetch(msg string) {
	if m.memo != nil && len(m.rules) == 0 && len(msg) <= memoMaxMessage && len(msg) <= m.maxBytes {
		m.memo.prefetch(msg)
	}
}

// byte classes
const (
	clSpace = 1 << iota
	clDelim
	clDigit
	clAlpha
	clHex
	clPunct // neither a word byte nor whitespace nor a delimiter
	clSlow  // '.' and '\\': looked at one by one in a piece
	clUpper // 'A'-'Z'
	clLower // 'a'-'z'
)

var class [256]uint16

// pieceCount[c] adds c to the digit count (low 32 bits) and the hex digit
// count (high 32 bits) of a piece, without a branch per byte (pieceAtLong).
var pieceCount [256]uint64

// pieceByte[c] is what pieceAt needs of c in one load instead of two: its
// class in the low 16 bits (ORed into the classes the piece has seen), and
// 1 in the digit count (bits 32-47) and in the hex digit count (bits 48-63)
// when it is one (added). Addition carries only upwards: the classes summed
// in the low 32 bits do not reach bit 32, and the digit count does not
// reach the hex count, while the piece is shorter than 1<<16 bytes
// (pieceAt leaves longer strings to pieceAtLong).
var pieceByte [256]uint64

// pieceByteTab is &pieceByte, for pieceAtShort.
var pieceByteTab = &pieceByte

const (
	pieceDigitShift = 32
	pieceHexShift   = 48
	pieceMaxLen     = 1<<16 - 1
)

func init() {
	// control bytes separate tokens like whitespace (and never reach a
	// template)
	for c := 0; c < ' '; c++ {
		class[c] |= clSpace
	}
	class[' '] |= clSpace
	class[0x7f] |= clSpace
	for _, c := range `,;:!=|"'[](){}@` {
		class[c] |= clDelim
	}
	for c := '0'; c <= '9'; c++ {
		class[c] |= clDigit | clHex
	}
	for c := 'a'; c <= 'z'; c++ {
		class[c] |= clAlpha | clLower
		class[c-'a'+'A'] |= clAlpha | clUpper
	}
	for _, c := range "abcdefABCDEF" {
		class[c] |= clHex
	}
	for c := 0; c < 256; c++ {
		if class[c] == 0 && c != '_' {
			class[c] = clPunct
		}
		if class[c]&clDigit != 0 {
			pieceCount[c] |= 1
		}
		if class[c]&clHex != 0 {
			pieceCount[c] |= 1 << 32
		}
	}
	class['.'] |= clSlow
	class['\\'] |= clSlow
	for c := 0; c < 256; c++ {
		pieceByte[c] = uint64(class[c]) | pieceCount[c]&1<<pieceDigitShift | pieceCount[c]>>32<<pieceHexShift
	}
}

func isSpace(c byte) bool { return class[c]&clSpace != 0 }
func isDelim(c byte) bool { return class[c]&clDelim != 0 }
func isDigit(c byte) bool { return class[c]&clDigit != 0 }
func isAlpha(c byte) bool { return class[c]&clAlpha != 0 }

// appendWild appends "<*>", first a space when space is set, collapsing it
// into a wildcard that dst already ends with (directly or through '.'/':').
func appendWild(dst []byte, space bool) []byte {
	if space {
		return append(append(dst, ' '), Wildcard...)
	}
	n := len(dst)
	if n >= 3 && string(dst[n-3:]) == Wildcard {
		return dst
	}
	// a colon that opens a value, after a space or a key's '=', is the
	// value's own: Go's listen address with no host (":8080"), D-Bus's
	// unique bus name (":1.42"); there is no key before it to separate
	if n >= 2 && dst[n-1] == ':' && (dst[n-2] == ' ' || dst[n-2] == '=') {
		return append(dst[:n-1], Wildcard...)
	}
	// "10.0.0.1:80", "1.5", and lists without spaces: "10.0.0.1,10.0.0.2"
	if n >= 4 && (dst[n-1] == '.' || dst[n-1] == ':' || dst[n-1] == ',') && string(dst[n-4:n-1]) == Wildcard {
		return dst[:n-1]
	}
	return append(dst, Wildcard...)
}

// MinDelimitedFields is the number of comma-separated fields from which a
// message with an empty field is a delimited record (CSV).
const MinDelimitedFields = 8

// delimitedRecord reports a comma-separated record: MinDelimitedFields or
// more fields, joined by commas without spaces, at least one of them empty
// (Windows DHCP's audit log, IIS's and other CSV exports:
// "Renew,10.0.0.7,host-a,A0B1C2D3E4F5,,1234,0,,,,0x..,MSFT 5.0,,,,0"). A
// list of values has no empty item; columns do, where a program had
// nothing to write. Commas inside double quotes are a field's.
func delimitedRecord(s string) bool {
	// (a search for the byte first: most messages have no comma, and it
	// costs less than a search for two; BenchmarkMaskWorkload, cachegrind)
	if len(s) < 2*MinDelimitedFields || strings.IndexByte(s, ',') < 0 || !strings.Contains(s, ",,") {
		return false
	}
	commas, quoted := 0, false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			quoted = !quoted
		case ',':
			if !quoted {
				if i+1 < len(s) && s[i+1] == ' ' {
					return false // prose, or a list written for people
				}
				commas++
			}
		}
	}
	return commas+1 >= MinDelimitedFields
}

// scanFields masks a delimited record field by field: the columns are
// positions, so variables of neighbouring columns do not collapse into one
// list, and a field that holds a variable is one "<*>", as a quoted string
// that does (a vendor class "MSFT 5.0", a host name "android-dhcp-13": the
// field is what the program substituted). Empty fields stay empty.
//
// With detect, the credentials are looked for in the whole record first,
// not field by field: one can run across its commas (a PEM block's body
// runs to its END line or the end of the text, h109), and a field alone
// would not show it.
func scanFields(dst []byte, s string, detect bool) (_ []byte, found bool) {
	if detect && secretIn(s, 0, len(s)) {
		return dst, true
	}
	quoted := false
	from := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] == '"' {
			quoted = !quoted
		}
		if i < len(s) && (s[i] != ',' || quoted) {
			continue
		}
		// a NUL before the field: scan looks back for what to join a
		// variable with ("<*>," of a list), never into the column before
		dst = append(dst, 0)
		f := len(dst)
		dst, _ = scan(dst, s[from:i], false)
		if bytes.Contains(dst[f:], wildcardBytes) {
			dst = append(dst[:f], Wildcard...)
		}
		dst = append(dst[:f-1], dst[f:]...)
		if i < len(s) {
			dst = append(dst, ',')
		}
		from = i + 1
	}
	return dst, false
}

// scan's state flags
const (
	scanPending  = 1 << iota // a space is due before what comes next
	scanTokStart             // at the start of a whitespace-separated token
	scanInQuote              // inside a double-quoted string
	scanQuoteMsg             // ... that is a message key's value (messageValue)
)

// quoteState is scan's state of the open quotes and its start: five
// fields, one more than the compiler splits into registers, so it stays in
// memory and is read only where a quote or a space run needs it.
type quoteState struct {
	start                int // len(dst) at the start
	quoteDst, quoteSrc   int // the open double quote (quoteDst -1: none)
	singleDst, singleSrc int // the open single quote (singleOpens; -1: none)
}

// plainRuns turns on scan's run of plain words; the tests turn it off to
// hold it to the piece path it skips (TestPlainRuns).
var plainRuns = true

// scan masks s into dst. With detect, it reports found (and stops) at the
// first credential that maskSecrets would replace, checking every place one
// can start: word starts, '=' and ':', and the spans it consumes whole.
func scan(dst []byte, s string, detect bool) (_ []byte, found bool) {
	// the state a piece rarely changes, in memory: as values, the
	// compiler kept them in registers and moved them at the loop's head
	// of every round (BenchmarkMaskWorkload, cachegrind)
	var q quoteState
	q.start = len(dst)
	// the state's flags in one register (scanPending, ...): four bools
	// were four more values live across the loop, reloaded and shuffled
	// at its head (BenchmarkMaskLoghub, cachegrind)
	fl := uint8(scanTokStart)
	q.quoteDst, q.singleDst = -1, -1
	nounEnd := -2 // end of the last piece that is a name noun
	noList := 0   // no list of quoted strings starts before it (quotedList)
	i := 0
	for i < len(s) {
		c := s[i]
		if isSpace(c) {
			// the whole run at once: a round of the outer loop reloads
			// its state (measured, cachegrind)
			r := i
			for i++; i < len(s) && isSpace(s[i]); i++ {
			}
			fl |= scanTokStart
			if len(dst) > q.start {
				fl |= scanPending
				if i-r == 2 && s[r] == ' ' && s[r+1] == ' ' && emptyNumberedField(s, r, i) {
					// "1: 2205 2:  3: TypeLib": a numbered field printed
					// empty ("%d: %s" of ""), its value's place the second
					// space; one variable, as the field's other values
					dst = appendWild(dst, true)
				}
			} else {
				fl &^= scanPending
			}
			// the token after the run in the same round (not back
			// through the loop's head, the same again with c = s[i])
			if i == len(s) {
				break
			}
			c = s[i]
		}
		if fl&scanTokStart != 0 {
			fl &^= scanTokStart
			// a run of plain words and numbers, each a token that
			// whitespace or the end follows, written in this loop without
			// a call: each call below makes the compiler store and reload
			// the loop's state (BenchmarkMaskWorkload, cachegrind). A word
			// of ASCII letters that the loop below would copy as it is
			// (plainWord) is copied, eight bytes at a time while the
			// message has eight bytes left; a token of word bytes that
			// starts with a digit, which it would mask whole, is one
			// variable (not a status code before its reason phrase). A token the run does not take is left to the loop
			// below, at its start with the state as it was.
			if plainRuns && class[c]&(clAlpha|clDigit) != 0 {
				d := dst[:cap(dst)] // (written up to n, then dst's length)
				n := len(dst)
				for {
					j := i + 1
					if class[s[i]]&clAlpha != 0 {
						if i+8 <= len(s) {
							// the word's end among its first eight bytes in
							// one step (most words are shorter)
							j = i + bits.TrailingZeros64(nonLetters(load8(s, i)))>>3
						}
						for j < len(s) && class[s[j]]&clAlpha != 0 {
							j++
						}
						// (room for a space, the word and a last eight
						// bytes' overrun)
						if j < len(s) && class[s[j]]&clSpace == 0 || !plainWord(s, i, j) || i == nounEnd+1 && s[nounEnd] == ' ' || len(d)-n < j-i+9 {
							break
						}
						if j-i >= 8 {
							h := i
							for h < j && class[s[h]]&clHex != 0 {
								h++
							}
							if h == j {
								break // hex digits (appendWild below)
							}
						}
						if fl&scanPending != 0 {
							d[n] = ' '
							n++
						}
						if i+(j-i+7)&^7 <= len(s) {
							for k := i; k < j; k += 8 {
								binary.LittleEndian.PutUint64(d[n+k-i:], load8(s, k))
							}
						} else {
							for k := i; k < j; k++ {
								d[n+k-i] = s[k]
							}
						}
						n += j - i
					} else {
						// after a space and outside quotes, where the
						// wildcard joins nothing before it; not where a
						// date can start (dateTimeAt's test)
						if fl&(scanPending|scanInQuote) != scanPending || len(d)-n < 4 ||
							len(s)-i >= 5 && (s[i+1] == '/' || s[i+1] == ':' || s[i+2] == '/' || s[i+2] == ':' || s[i+4] == '-' || s[i+4] == '/') {
							break
						}
						for j < len(s) && wordByte[s[j]] {
							j++
						}
						// (three bytes and a space before the capital
						// that starts a reason phrase: statusPhrase's,
						// below)
						if j < len(s) && class[s[j]]&clSpace == 0 || j-i == 3 && j+1 < len(s) && s[j] == ' ' && reasonInitial[s[j+1]] {
							break
						}
						binary.LittleEndian.PutUint32(d[n:], ' '|'<'<<8|'*'<<16|'>'<<24)
						n += 4
					}
					fl |= scanPending
					nounEnd = -2
					for i = j; i < len(s) && class[s[i]]&clSpace != 0; i++ {
					}
					if i == len(s) || class[s[i]]&(clAlpha|clDigit) == 0 {
						break
					}
				}
				dst = dst[:n]
				if i == len(s) {
					break
				}
				c = s[i]
			}
			if n := maybeDateTime(s[i:]); n > 0 {
				if detect && secretIn(s, i, i+n) {
					return dst, true
				}
				dst = appendWild(dst, fl&scanPending != 0)
				fl &^= scanPending
				i += n
				continue
			}
			if c == '(' {
				if n := wireName(s[i:]); n > 0 {
					if detect && secretIn(s, i, i+n) {
						return dst, true
					}
					dst = appendWild(dst, fl&scanPending != 0)
					fl &^= scanPending
					nounEnd = -2
					i += n
					continue
				}
			}
		}
		if fl&scanPending != 0 {
			// inside a quoted string, "<*> <*>" is one value; not in a
			// message key's value, a text scanned like any other
			if fl&scanInQuote != 0 && fl&scanQuoteMsg == 0 && endsWild(dst) && startsVariable(s[i:]) {
				dst = dst[:len(dst)-len(Wildcard)]
			} else {
				dst = append(dst, ' ')
			}
			fl &^= scanPending
		}
		if isDelim(c) {
			if (c == '[' || c == '\'') && fl&scanInQuote == 0 && i >= noList {
				n, bad := quotedList(s, i)
				noList = bad
				if n > 0 {
					// a list of single-quoted strings (Python's repr of
					// a list of str, "'a', 'b'" joined for a message) is
					// one value whatever its length: an argument vector,
					// the names skipped
					if detect && secretIn(s, i, i+n) {
						return dst, true
					}
					if c == '\'' {
						dst = append(appendWild(append(dst, c), false), c)
					} else {
						dst = appendWild(dst, false)
					}
					nounEnd = -2
					i += n
					continue
				}
			}
			if c == '[' && i+2 < len(s) && s[i+1] == ' ' {
				if k := paddedNumber(s, i+1); k > 0 {
					// "[ 5]": a number right-aligned in its column
					// ("[%2d]", a backtrace's frame, dmesg's "[%5lu.%06lu]"),
					// the spaces the format's, not the value's
					dst = append(dst, c)
					i = k
					continue
				}
			}
			if c == '"' && escaped(s, i) {
				if fl&scanInQuote != 0 && escapedOpens(s, i) {
					if n := matchEscapedQuotedValue(s[i-1:]); n > 0 {
						// a quoted string inside a quoted string, its
						// quotes escaped (an access line written as a
						// JSON message: \"GET /a HTTP/1.1\" ... \"curl/8\"):
						// one value when it holds one, as unescaped
						if detect && keyAtClose(s, i+1, i+n-3) {
							return dst, true
						}
						var hit bool
						if dst, hit = nestedQuote(dst, s[i+1:i+n-3], detect); hit {
							return dst, true
						}
						i += n - 1
						continue
					}
				}
				// an escaped quote (logrus, Go's %q, JSON: `msg="for
				// \"abc\""`) is a character of the quoted string around
				// it, never its end: the text after it is not outside
				dst = append(dst, c)
				i++
				continue
			}
			if c == '"' && fl&scanInQuote == 0 {
				if n := bracketedValue(s, i); n > 0 {
					// [key "any text"]: the quoted value of a bracketed
					// field is one variable, as after key=
					if detect && secretIn(s, i, i+n) {
						return dst, true
					}
					dst = append(appendWild(append(dst, c), false), c)
					i += n
					continue
				}
			}
			if c == '"' && fl&scanInQuote == 0 && strayQuote(s, i) {
				dst = append(dst, c)
				i++
				continue
			}
			if c == '"' {
				fl ^= scanInQuote
				if fl&scanInQuote != 0 {
					q.quoteDst, q.quoteSrc = len(dst), i
					fl &^= scanQuoteMsg
					if messageValue(s[:i]) {
						fl |= scanQuoteMsg
					}
				} else if q.quoteDst >= 0 && fl&scanQuoteMsg == 0 && i-q.quoteSrc <= MaxQuotedValue && bytes.Contains(dst[q.quoteDst+1:], wildcardBytes) {
					// a quoted string that holds a variable is one value:
					// programs quote what they substitute whole (a request
					// line, a user agent, an error text, a file name); the
					// method of an HTTP request line names the operation
					// and stays ("GET <*>", "POST <*>")
					keep := q.quoteDst + 1 + httpMethod(dst[q.quoteDst+1:])
					dst = append(dst[:keep], Wildcard...)
				}
			} else if c == '\'' && fl&scanInQuote == 0 {
				if q.singleDst < 0 {
					if singleOpens(s, i) {
						q.singleDst, q.singleSrc = len(dst), i
					}
				} else if singleCloses(s, i) {
					if i-q.singleSrc <= MaxQuotedValue && bytes.Contains(dst[q.singleDst+1:], wildcardBytes) && !messageValue(s[:q.singleSrc]) {
						// a single-quoted string that holds a variable
						// is one value, as a double-quoted one (Python's
						// repr, '%s' in C and JavaScript)
						dst = append(dst[:q.singleDst+1], Wildcard...)
					}
					q.singleDst = -1
				}
			} else if c == ':' && i+1 < len(s) && s[i+1] == ':' && (i == 0 || isSpace(s[i-1]) || isDelim(s[i-1])) {
				// an IPv6 address whose first groups are zero ("::1",
				// "[::ffff:10.0.0.1]:53", RFC 4291's "::" compression)
				// starts at a delimiter: one value like "fe80::1"; a
				// "::" that joins names ("DB::Exception") follows a word
				if n := matchHexColon(s[i:]); n > 0 {
					if detect && secretIn(s, i, i+n) {
						return dst, true
					}
					dst = appendWild(dst, false)
					i += n
					continue
				}
			} else if detect && (c == '=' || c == ':') && keyAt(s, i) {
				return dst, true
			}
			dst = append(dst, c)
			i++
			if c == '=' {
				if n := commaField(s, i-1); n > 0 {
					// a field of a comma-separated key=value record
					// whose value has spaces: one value if it holds one
					mark := len(dst)
					var hit bool
					if dst, hit = scan(dst, s[i:i+n], detect); hit {
						return dst, true
					}
					if v := dst[mark:]; bytes.Contains(v, wildcardBytes) && !quantity(v) {
						dst = append(dst[:mark], Wildcard...)
					}
					i += n
				} else if n := matchNumericGroups(s[i:]); n > 0 {
					if detect && secretIn(s, i, i+n) {
						return dst, true
					}
					dst = appendWild(dst, false)
					i += n
				} else if n := matchQuotedValue(s[i:]); n > 0 && !messageKey(s[:i-1]) {
					// key="any text": the quoted value is one variable
					if detect && secretIn(s, i, i+n) {
						return dst, true
					}
					q := s[i]
					dst = append(appendWild(append(dst, q), false), q)
					i += n
				} else if n := matchEscapedQuotedValue(s[i:]); n > 0 && fl&scanInQuote != 0 && !messageKey(s[:i-1]) {
					// key=\"any text\" inside a quoted string (a
					// key=value message as a JSON string's value, the
					// inner quotes escaped): the same quoted value
					if detect && secretIn(s, i, i+n) {
						return dst, true
					}
					dst = append(appendWild(append(dst, '\\', '"'), false), '\\', '"')
					i += n
				}
			}
			continue
		}
		if i > 0 && isDelim(s[i-1]) {
			if n := maybeDateTime(s[i:]); n > 0 {
				if detect && secretIn(s, i, i+n) {
					return dst, true
				}
				dst = appendWild(dst, false)
				i += n
				continue
			}
		}
		if c == '.' && strings.HasPrefix(s[i:], "...") {
			// a run of dots is punctuation (an ellipsis, or padding up to
			// a column: "threshold..........3"), never part of a value
			k := i
			for k < len(s) && s[k] == '.' {
				k++
			}
			dst = append(dst, s[i:k]...)
			i = k
			continue
		}
		if i == 0 && len(s) > 7 && class[s[1]]&clUpper != 0 {
			if n := messageCode(s); n > 0 {
				// a message identifier that opens the message
				// ("WFLYSRV0010: Deployed", "HHH000204:", IBM's
				// "CWWKZ0001I:"): its catalogue's name for the event,
				// constant
				if detect && secretIn(s, 0, n) {
					return dst, true
				}
				dst = append(dst, s[:n]...)
				nounEnd = -2
				i = n
				continue
			}
		}
		if i+2 < len(s) && s[i+1] == ':' && s[i+2] == '\\' {
			if n := drivePath(s, i); n > 0 {
				// a Windows path with its drive ("C:\\Users\\a.txt",
				// "D:\\Data\\"): the drive is the path's root, one value
				// with it, as a path's leading '/' is
				if detect && secretIn(s, i, i+n) {
					return dst, true
				}
				dst = appendWild(dst, false)
				nounEnd = -2
				i += n
				continue
			}
		}
		path := c == '/' // a path runs through its query string
		var j int
		var seen uint16
		var st pieceStats
		if len(s) <= pieceMaxLen {
			j, seen, st = pieceAtShort(s, i, path)
		} else {
			j, seen, st = pieceAtLong(s, i, path)
		}
		if detect {
			// a piece of word bytes has one word start; others are
			// searched like the two-pass scan does, except a piece
			// without a letter: every credential starts with one (a
			// published prefix, a scheme, "-----BEGIN") or at a '=' or
			// ':', which ends a piece that is not a path
			if path || seen&(clPunct|clAlpha) == clPunct|clAlpha {
				found = secretIn(s, i, j)
			} else if seen&clPunct == 0 {
				found = triggerAt(s, i)
			}
			if found {
				return dst, true
			}
		}
		if !path && j < len(s) && s[j] == '=' && (i == 0 || isSpace(s[i-1])) && hostPathQuery(s[i:j]) {
			// a URL written without its scheme (a proxy's or an access
			// log's "host/path?query"): one value through its query
			// string, as a path's or a URL's
			j, _, _ = pieceAt(s, i, true)
			if detect && secretIn(s, i, j) {
				return dst, true
			}
			dst = appendWild(dst, false)
			nounEnd = -2
			i = j
			continue
		}
		if seen&clPunct == 0 && st.digits == 0 && (j == len(s) || class[s[j]]&clSpace != 0) {
			// a word of letters and '_' that whitespace or the end follows,
			// the commonest piece: of the tests below, only the name slot's
			// and the word's own apply (it has no '<', '.' or digit, and no
			// '@', ':' or '=' follows it); the rest are skipped
			// (BenchmarkMaskLoghub, cachegrind)
			afterNoun := i == nounEnd+1 && s[nounEnd] == ' '
			nounEnd = -2
			if c0 := c | 0x20; c0 >= 'a' && c0 <= 'z' && nounLens[c0-'a']&(1<<(j-i)) != 0 && isNounPiece(s, i, j) {
				nounEnd = j
			}
			if p := s[i:j]; afterNoun && isNameSlot(s, i, j) || st.hex == len(p) && len(p) >= 8 || isLiteralValue(p) {
				dst = appendWild(dst, false)
			} else {
				dst = append(dst, p...)
			}
			i = j
			continue
		}
		if c == '<' && j < len(s) && s[j] == '@' {
			// an address in angle brackets, the path of SMTP (RFC 5321
			// "<" Mailbox ">", "to=<alice@example.com>") and of mail
			// headers and message ids: the brackets are part of the
			// written value, one "<*>"
			if n := matchEmail(s[i+1:]); n > 0 && i+1+n < len(s) && s[i+1+n] == '>' {
				if detect && secretIn(s, i, i+n+2) {
					return dst, true
				}
				dst = appendWild(dst, false)
				i += n + 2
				continue
			}
		}
		if c == '<' && j < len(s) && s[j] == ':' && (i == 0 || isSpace(s[i-1])) {
			// a value in angle brackets whose parts a colon joins (a TURN
			// server's "user <1765000000:alice>", a time-limited user name
			// "expiry:name"; "<host:port>"): the piece ends at the colon,
			// the bracket it opened at the '>' before any whitespace or
			// other delimiter, where the value ends
			j = angleColonEnd(s, j)
		}
		if c == '<' && j-i > 2 && s[j-1] == '>' && (i == 0 || isSpace(s[i-1])) && strings.IndexByte(s[i+1:j-1], '<') < 0 && strings.IndexByte(s[i+1:j-1], '>') < 0 {
			// a value written in angle brackets ("realm <%s> user
			// <%s>:"): the brackets are part of the written value, as an
			// SMTP path's; one "<*>" when it holds a variable or is a
			// name after a noun that introduces one ("user <alice>")
			if detect && secretIn(s, i, j) {
				return dst, true
			}
			afterNoun := i == nounEnd+1 && s[nounEnd] == ' '
			nounEnd = -2
			mark := len(dst)
			var hit bool
			if dst, hit = scan(dst, s[i+1:j-1], detect); hit {
				return dst, true
			}
			if bytes.Contains(dst[mark:], wildcardBytes) || afterNoun && isNameSlot(s[i+1:j-1], 0, j-i-2) {
				dst = appendWild(dst[:mark], false)
			} else {
				dst = append(dst[:mark], s[i:j]...)
			}
			i = j
			continue
		}
		if j < len(s) && (s[j] == '@' || s[j] == ':') {
			n := 0
			switch {
			case s[j] == '@':
				n = matchEmail(s[i:])
			case strings.HasPrefix(s[j:], "://"):
				n = matchURL(s[i:])
			case opaqueScheme(s[i:j]):
				n = matchOpaqueURI(s[i:], j-i)
			case s[i] == '<' && opaqueScheme(s[i+1:j]):
				// in angle brackets (SIP's From and To headers), the
				// brackets are part of the written value, as an SMTP
				// path's
				if m := matchOpaqueURI(s[i+1:], j-i-1); m > 0 && i+1+m < len(s) && s[i+1+m] == '>' {
					n = m + 2
				}
			default:
				n = matchHexColon(s[i:])
				if n == 0 {
					n = socketAddress(s, i, j)
				}
			}
			if n == 0 && s[j] == '@' {
				n = qualifiedAt(s, i, j)
				if n == 0 {
					if slash := userAtAddress(s, i, j); slash >= 0 {
						// the user (and database) of a connection before
						// '@' and its address ("app@10.0.0.5:5432",
						// PgBouncer's and PostgreSQL's "db/user@host"):
						// values, as an e-mail address's local part
						dst = appendWild(dst, false)
						if slash > 0 {
							dst = append(append(dst, '/'), Wildcard...)
						}
						dst = append(dst, '@')
						nounEnd = -2
						i = j + 1
						continue
					}
				}
			}
			if n > 0 {
				if detect && secretIn(s, j, i+n) {
					return dst, true
				}
				dst = appendWild(dst, false)
				i += n
				continue
			}
			if st.dots > 0 && s[j] == ':' {
				if n = sourceLine(s, i, j); n > 0 {
					// a source location, file:line: the file names the
					// call site, the line is a number
					if detect && keyAt(s, j) {
						return dst, true
					}
					dst = append(append(dst, s[i:j+1]...), Wildcard...)
					i = j + 1 + n
					continue
				}
				if sourceCall(s, i, j) {
					dst = append(dst, s[i:j]...)
					i = j
					continue
				}
			}
		}
		if j < len(s) && s[j] == '=' && st.upperLower() {
			if n := base64Padding(s, j); n > 0 && randomToken(s[i:j], st) {
				// base64's padding ("...Ne0=", "...fY==", RFC 4648 §4)
				// ends the encoded value: one value with it, no key
				// with an empty value
				if detect && secretIn(s, i, j+n) {
					return dst, true
				}
				dst = appendWild(dst, false)
				nounEnd = -2
				i = j + n
				continue
			}
		}
		if uint(j-i-9) <= 1 && j < len(s) && (s[j] == ':' || s[j] == '=') {
			if v, e := userAgentField(s, i, j); e > 0 {
				// the value of a User-Agent field written without quotes
				// (an HTTP header printed as received, a client's
				// identification): products and comments, RFC 9110
				// §10.1.5, one value whatever its spaces
				if detect && secretIn(s, i, e) {
					return dst, true
				}
				dst = appendWild(append(dst, s[i:v]...), false)
				nounEnd = -2
				i = e
				continue
			}
		}
		if j < len(s) && (s[j] == '=' || s[j] == ':') && (seen&clPunct == 0 && isPlainKey(s, i, j, st.digits) || seen&clPunct != 0 && isKey(s, i, j)) {
			// the key of key=value or "key: value" is a constant name,
			// digits and all ("r24=", "R08:")
			dst = append(dst, s[i:j]...)
			i = j
			continue
		}
		afterNoun := i == nounEnd+1 && s[nounEnd] == ' '
		nounEnd = -2
		// (isNounPiece's first-letter table, inline: it rejects most pieces)
		if c0 := s[i] | 0x20; c0 >= 'a' && c0 <= 'z' && nounLens[c0-'a']&(1<<(j-i)) != 0 && isNounPiece(s, i, j) {
			nounEnd = j
		}
		if afterNoun && (isNameSlot(s, i, j) || qualifiedObject(s, i, j)) {
			// a bare word after a noun that introduces a name ("for user
			// cyrus", "table orders") is that name: a variable; so is a
			// qualified one ("TABLE SYS.AUD$UNIFIED:", "relation
			// public.orders", "plugin radius.so")
			dst = appendWild(dst, false)
			i = j
			continue
		}
		// a sentence-ending period stays outside the piece
		end := j
		if !path && end-i > 1 && s[end-1] == '.' && s[end-2] != '.' && (end == len(s) || isSpace(s[end])) {
			end--
			st.dots--
		}
		if st.dots == 1 && (end == len(s) || s[end] != '(') && !memberName(s, i, end) {
			if n := unitName(s[i:end]); n > 0 {
				// systemd names a unit "name.type": the name is a value
				// (not a method call: "Servlet.service()")
				dst = append(appendWild(dst, false), s[i+n:j]...)
				i = j
				continue
			}
		}
		if p := s[i:end]; seen&clPunct == 0 {
			// letters, '_' and digits (no '.', '/', '\\', '-', '<' or
			// non-ASCII byte: those are clPunct): plainValue, without
			// appendPiece's call and its other tests (the commonest
			// pieces; BenchmarkMaskLoghub, BenchmarkMaskWorkload,
			// cachegrind)
			if st.digits == 3 && len(p) == 3 && j < len(s) && s[j] == ' ' {
				if n := statusPhrase(p, s[j:]); n > 0 {
					// an HTTP status code and its reason phrase: one value
					dst = appendWild(dst, false)
					i = j + n
					continue
				}
			}
			if plainValue(p, st) {
				dst = appendWild(dst, false)
			} else {
				dst = append(dst, p...)
			}
		} else {
			if i == 0 || isSpace(s[i-1]) {
				st.flags |= psAlone
			}
			if p == "/" && rootPath(s, i, end) {
				dst = appendWild(dst, false)
			} else if st.digits == 0 && st.dots > 0 && eventName(p) && wholeMessage(s, i, end, fl&scanQuoteMsg != 0) && !(st.upperLower() && randomCase(p)) {
				// a dotted event name that is the whole message of a
				// structured record (lager's "message":"atc.tracker.
				// track.start", structlog's event="user.logged_in",
				// OpenTelemetry's event names): the event, constant,
				// not a host or a qualified name; letters of random
				// case are an opaque token, a value (h140)
				dst = append(dst, p...)
			} else if st.digits == 0 && st.dots > 0 && memberName(s, i, end) && eventName(p) && !(st.upperLower() && randomCase(p)) {
				// a JSON member's dotted name ("grpc.request.deadline":,
				// OpenTelemetry's attribute names): the record's schema,
				// a key like logfmt's, not a host or a qualified name
				dst = append(dst, p...)
			} else if i == 0 && end < len(s) && s[end] == ':' && namePair(p) {
				// names joined by a slash that open the message before a
				// colon are its writer's prefix (a kernel driver's
				// pr_fmt, "md/raid1:md0: ..."), not a group and member
				dst = append(dst, p...)
			} else {
				dst = appendPiece(dst, p, st)
			}
		}
		if end < j { // (a sentence-ending period; most pieces have none, and an empty append still calls memmove)
			dst = append(dst, s[end:j]...)
		}
		i = j
	}
	return dst, false
}

// pieceAt delimits the piece that starts at s[i] and counts its stats;
// seen is the union of the classes of its bytes. It is a function of its
// own, not inline in scan, for speed: in scan's body the compiler kept
// seen and the counts on the stack (a load and a store of each per byte);
// here they stay in registers (BenchmarkMaskLoghub, cachegrind).
func pieceAt(s string, i int, path bool) (j int, seen uint16, st pieceStats) {
	if len(s) > pieceMaxLen {
		return pieceAtLong(s, i, path)
	}
	return pieceAtShort(s, i, path)
}

// pieceAtShort is pieceAt for strings shorter than 1<<16 bytes. It calls
// nothing (scan calls it, or pieceAtLong, itself), so it needs no stack
// check and no locals in memory: with pieceStats in registers, 65
// instructions less per workload body than pieceAt (BenchmarkMaskWorkload,
// cachegrind).
func pieceAtShort(s string, i int, path bool) (int, uint16, pieceStats) {
	var or, sum uint64 // the union and the sum of pieceByte over the piece
	dots := 0
	backslash := false
	// the table through a pointer loaded once: the address of the array
	// itself is a constant the compiler computes again at every byte (a
	// LEAQ per byte; BenchmarkMaskWorkload, cachegrind)
	tab := pieceByteTab
	_ = tab[0] // (its nil check here, not in the loop)
	j := i
	for ; uint(j) < uint(len(s)); j++ {
		b := s[j]
		v := tab[b]
		if v&(clSpace|clDelim|clSlow) != 0 {
			if v&(clSpace|clDelim) != 0 {
				if !(path && b == '=') {
					break
				}
			} else if b == '.' {
				if j > i && !path && j+2 < len(s) && s[j+1] == '.' && s[j+2] == '.' {
					break // a run of dots ends the piece
				}
				dots++
			} else if j+1 < len(s) && class[s[j+1]]&(clSpace|clDelim) == 0 {
				backslash = true // '\\' inside a piece
			}
		}
		or |= v
		sum += v
	}
	seen := uint16(or)
	var flags uint8
	if backslash {
		flags = psBackslash
	}
	if seen&(clUpper|clLower) == clUpper|clLower {
		flags |= psUpperLower
	}
	return j, seen, pieceStats{digits: int(uint16(sum >> pieceDigitShift)), hex: int(sum >> pieceHexShift), dots: dots, flags: flags}
}

// emptyNumberedField reports whether the two spaces s[r:i] lie between
// two numbered fields' keys ("2:  3:"), digits and a colon each, the
// first a token of its own: the value of the first printed empty.
func emptyNumberedField(s string, r, i int) bool {
	k := r - 1
	if k < 1 || s[k] != ':' {
		return false
	}
	for k--; k >= 0 && s[k] >= '0' && s[k] <= '9'; k-- {
	}
	if k == r-2 || k >= 0 && !isSpace(s[k]) {
		return false
	}
	k = i
	for ; k < len(s) && s[k] >= '0' && s[k] <= '9'; k++ {
	}
	return k > i && k < len(s) && s[k] == ':' && (k+1 == len(s) || isSpace(s[k+1]))
}

// angleColonEnd is where a value in angle brackets that a piece cut at
// its colon j ends: after the '>' that closes it, when only colons and
// word bytes come before it and a delimiter, whitespace or the end after
// it; else j, the piece's own end.
func angleColonEnd(s string, j int) int {
	k := j
	for k < len(s) && s[k] != '>' && s[k] != '<' && (class[s[k]]&(clSpace|clDelim) == 0 || s[k] == ':') {
		k++
	}
	if k < len(s) && s[k] == '>' && s[k-1] != ':' && (k+1 == len(s) || class[s[k+1]]&(clSpace|clDelim) != 0) {
		return k + 1
	}
	return j
}

// pieceAtLong is pieceAt for strings too long for pieceByte's counts.
func pieceAtLong(s string, i int, path bool) (j int, seen uint16, st pieceStats) {
	var count uint64 // digits and hex digits (pieceCount)
	dots := 0
	j = i
	for ; j < len(s); j++ {
		b := s[j]
		cl := class[b]
		if cl&(clSpace|clDelim|clSlow) != 0 {
			if cl&(clSpace|clDelim) != 0 {
				if !(path && b == '=') {
					break
				}
			} else if b == '.' {
				if j > i && !path && j+2 < len(s) && s[j+1] == '.' && s[j+2] == '.' {
					break // a run of dots ends the piece
				}
				dots++
			} else if j+1 < len(s) && class[s[j+1]]&(clSpace|clDelim) == 0 {
				st.flags |= psBackslash // '\\' inside a piece
			}
		}
		seen |= cl
		count += pieceCount[b]
	}
	st.dots = dots
	st.digits, st.hex = int(uint32(count)), int(count>>32)
	if seen&(clUpper|clLower) == clUpper|clLower {
		st.flags |= psUpperLower
	}
	return j, seen, st
}

// pieceStats are counted while a piece is delimited. Four fields at most
// (the flags in one), so that the compiler keeps them in registers: with
// six, every pieceStats lived in memory and was zeroed and copied at each
// call (BenchmarkMaskWorkload, cachegrind).
type pieceStats struct {
	digits, hex, dots int
	flags             uint8 // psBackslash, psUpperLower, psAlone
}

const (
	psBackslash = 1 << iota // a '\\' inside the piece
	// the piece has an upper-case and a lower-case letter (upperLower(p),
	// from the classes the piece loop saw)
	psUpperLower
	// the piece starts a whitespace-separated token (set by scan before
	// appendPiece)
	psAlone
)

func (st pieceStats) backslash() bool  { return st.flags&psBackslash != 0 }
func (st pieceStats) upperLower() bool { return st.flags&psUpperLower != 0 }
func (st pieceStats) alone() bool      { return st.flags&psAlone != 0 }

// appendPiece appends one delimiter-free piece, masked.
// plainValue is appendPiece's verdict on a piece of letters, '_' and
// digits only (no clPunct byte), which scan asks without the call: every
// other test of appendPiece needs a '/', '-', '#', '%', '.' or '\\',
// except the random case of a word without a digit, judged only in pieces
// with a separator inside (TestPlainValueIsAppendPiece).
func plainValue(p string, st pieceStats) bool {
	if st.hex == len(p) && len(p) >= 8 {
		return true
	}
	if st.digits == 0 {
		return isLiteralValue(p)
	}
	return len(p) >= 16 && st.digits >= 2 && st.upperLower() && transitions(p) >= 4 || !nameLike(p, st.digits) ||
		st.upperLower() && randomCase(p)
}

func appendPiece(dst []byte, p string, st pieceStats) []byte {
	if p == Wildcard {
		return appendWild(dst, false)
	}
	if len(p) > 1 && p[0] == '/' && p[1] != '/' || len(p) > 2 && p[0] == '/' {
		return appendWild(dst, false) // absolute path
	}
	if len(p) > 2 && p[0] == '.' && (p[1] == '/' || len(p) > 3 && p[1] == '.' && p[2] == '/') && p[len(p)-1] != '/' {
		return appendWild(dst, false) // a path from the working directory: "./a.out", "../lib/x"
	}
	digits, hex, dots, backslash := st.digits, st.hex, st.dots, st.backslash()
	if digits > 0 && digits >= len(p)-2 && p[len(p)-1] == '%' && decimal(p[:len(p)-1]) {
		// a percentage: the number is a value, the sign the format's
		// ("%.1f%%"), outside it like any unit written apart
		return append(appendWild(dst, false), '%')
	}
	if backslash && len(p) > 2 {
		return appendWild(dst, false)
	}
	if hex == len(p) && len(p) >= 8 || dots > 0 && qualified(p) && !className(p) {
		return appendWild(dst, false)
	}
	if digits == 0 {
		if isLiteralValue(p) || len(p) == 36 && dashedHexCounted(p, hex) || st.upperLower() && randomCase(p) {
			return appendWild(dst, false)
		}
		return append(dst, p...)
	}
	if len(p) >= 16 && digits >= 2 && st.upperLower() && transitions(p) >= 4 {
		return appendWild(dst, false) // base64-like token
	}
	if nameLike(p, digits) {
		if st.upperLower() && randomCase(p) {
			// letters of random case with a digit or two among them
			// (a digest or a nonce in base64, "qZ7vLmPx...", whose
			// digits are too few for the test above): a value
			return appendWild(dst, false)
		}
		return append(dst, p...)
	}
	if st.alone() && namePair(p) {
		return append(append(appendWild(dst, false), '/'), Wildcard...)
	}
	if n := rangeLike(p); n > 0 {
		dst = appendWild(dst, false)
		dst = append(dst, '-')
		return append(dst, Wildcard...)
	}
	if dashedHexCounted(p, hex) {
		return appendWild(dst, false) // an id whose first group has no digit
	}
	if n := alphaPrefix(p); n > 0 {
		return append(append(dst, p[:n]...), Wildcard...)
	}
	if codeName(p) {
		return append(append(appendWild(dst, false), '/'), Wildcard...)
	}
	if k := codeLocation(p); k >= 0 {
		return append(append(append(dst, p[:k]...), '#'), Wildcard...)
	}
	if k := numberSign(p); k >= 0 {
		// a number after '#' ("inode #2941", nginx's "pid#tid"): the sign
		// is the program's, the number a value
		if k > 0 {
			if hasDigitByte(p[:k]) {
				dst = appendWild(dst, false)
			} else {
				dst = append(dst, p[:k]...)
			}
		}
		return append(append(dst, '#'), Wildcard...)
	}
	return appendWild(dst, false)
}

// codeLocation reports a code location written as a type, its member and
// a line after '#' ("Health.doRun#294", "Endpoint.<init>#336",
// "com.acme.Cache$Entry.get#88": java.util.logging's and Kotlin loggers'
// %C.%M#%L, Jitsi's, Javadoc's Type#member): the names are code, constant
// as a source file is before ":<line>", and the line a value. The type
// names it: a dotted part that starts with a capital (a host name is
// written in lower case: "ns1.example.com#53", BIND's address#port, stays
// one value), the member a Java identifier or "<init>"/"<clinit>"; no
// digit before the '#'. It returns the index of the '#', or -1.
func codeLocation(p string) int {
	k := strings.IndexByte(p, '#')
	if k <= 0 || k == len(p)-1 || strings.IndexByte(p[:k], '.') < 0 {
		return -1
	}
	for _, c := range []byte(p[k+1:]) {
		if !isDigit(c) {
			return -1
		}
	}
	typ, start := false, true
	for i := 0; i < k; i++ {
		c := p[i]
		switch {
		case c == '.':
			if start {
				return -1 // an empty part
			}
			start = true
			continue
		case isAlpha(c) || c == '_' || c == '$':
			if start && 'A' <= c && c <= 'Z' {
				typ = true
			}
		case c == '<' && start && (strings.HasPrefix(p[i:k], "<init>") || strings.HasPrefix(p[i:k], "<clinit>")):
			i += strings.IndexByte(p[i:k], '>')
			if i+1 != k {
				return -1 // the constructor is the last part
			}
		default:
			return -1
		}
		start = false
	}
	if start || !typ {
		return -1
	}
	return k
}

// decimal reports a number of digits with at most one '.' inside.
func decimal(p string) bool {
	dot := false
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case isDigit(c):
		case c == '.' && !dot && i > 0 && i < len(p)-1:
			dot = true
		default:
			return false
		}
	}
	return len(p) > 0
}

// numberSign returns the index of the '#' that a piece ends with before a
// run of decimal digits ("#2941", "5417#46868", "worker#3"), or -1. The
// left side is a number, a name or nothing; a piece with another '#' or
// letters after it (an anonymised "#8#", a colour "#ff0a") is not one.
func numberSign(p string) int {
	k := strings.IndexByte(p, '#')
	if k < 0 || k == len(p)-1 {
		return -1
	}
	for _, c := range []byte(p[k+1:]) {
		if !isDigit(c) {
			return -1
		}
	}
	for _, c := range []byte(p[:k]) {
		if !isDigit(c) && !isAlpha(c) && c != '_' && c != '-' {
			return -1
		}
	}
	return k
}

func hasDigitByte(s string) bool {
	for _, c := range []byte(s) {
		if isDigit(c) {
			return true
		}
	}
	return false
}

// codeName reports a number and its name joined by one slash, as programs
// write a status code with the symbolic name they resolved it to:
// systemd's "status=203/EXEC", "status=9/KILL". The code and the name are
// each one value ("<*>/<*>"): the name follows the code. A count out of a
// total ("3/5", HAProxy's "0/0" queue fields) stays one value, and a left
// side that is not a number may be one name ("HTTP/1.1",
// "com.android.phone:remote/u0a42").
func codeName(p string) bool {
	k := 0
	for k < len(p) && isDigit(p[k]) {
		k++
	}
	if k == 0 || k >= len(p)-1 || p[k] != '/' {
		return false
	}
	for m := k + 1; m < len(p); m++ {
		if c := p[m]; !isAlpha(c) && !(c == '_' && m > k+1) {
			return false
		}
	}
	return true
}

// namePair reports two names joined by one slash, each starting with a
// letter ("static/web1", "prod/web-559c10f-jlscc"): programs write a
// member after the group that holds it that way (a proxy's backend and
// server, HAProxy's "%b/%s"; a Kubernetes namespace and object,
// "namespace/name"). Each name is one value ("<*>/<*>", as the corrected
// Loghub truth writes such a pair); the piece reaches here only when it
// is a value (a digit in it). A name and its version ("curl/8.5.0") has a
// number on the right, a relative path ("./data/t1", "logs/app.log") a dot.
func namePair(p string) bool {
	k := strings.IndexByte(p, '/')
	if k <= 0 || k >= len(p)-1 || !isAlpha(p[0]) || !isAlpha(p[k+1]) {
		return false
	}
	for m := 1; m < len(p); m++ {
		if c := p[m]; m != k && !isAlpha(c) && !isDigit(c) && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// dashedHex reports an identifier written as groups of hex digits joined
// by dashes, every group 4 or more long, 16 or more hex digits in all: a
// UUID ("daefeabb-78eb-4c1e-9b1a-2f0c3d4e5f60", whose first group may have
// no decimal digit), a GUID, a dashed trace or key id. It is one value,
// never a word prefix and an id ("daefeabb-<*>").
func dashedHex(p string) bool {
	if len(p) < 19 {
		return false
	}
	groups, glen, hex := 1, 0, 0
	for k := 0; k < len(p); k++ {
		c := p[k]
		switch {
		case c == '-':
			if glen < 4 {
				return false
			}
			groups++
			glen = 0
		case class[c]&clHex != 0:
			glen++
			hex++
		default:
			return false
		}
	}
	return groups >= 2 && glen >= 4 && hex >= 16
}

// dashedHexCounted is dashedHex(p) for a piece of hex hex digits
// (pieceStats): the canonical UUID (8-4-4-4-12: dashes at 8, 13, 18 and
// 23, and 32 hex digits, so every other byte is one) without the walk over
// its bytes, and no walk for fewer than 16 hex digits (BenchmarkMaskWorkload,
// cachegrind; TestDashedHexCounted).
func dashedHexCounted(p string, hex int) bool {
	if len(p) == 36 && hex == 32 && p[8] == '-' && p[13] == '-' && p[18] == '-' && p[23] == '-' {
		return true
	}
	return hex >= 16 && dashedHex(p)
}

// literalValues are isLiteralValue's words (each checked at init).
const literalValues = "true false null root admin localhost"

func init() {
	for _, w := range strings.Fields(literalValues) {
		if !isLiteralValue(w) {
			panic("mask: " + w + " missing from isLiteralValue")
		}
	}
}

// isLiteralValue reports the value literals true, false and null, the
// superuser's names and localhost, the reserved name of the loopback host
// (RFC 6761): a value where 127.0.0.1 would be one.
func isLiteralValue(p string) bool {
	// one comparison, chosen by the length and the first letter (every
	// word of four, five or nine letters is asked; BenchmarkMaskWorkload,
	// cachegrind)
	switch len(p) {
	case 4:
		switch p[0] | 0x20 {
		case 't':
			return eqFold(p, "true")
		case 'n':
			return eqFold(p, "null")
		case 'r':
			return eqFold(p, "root")
		}
	case 5:
		switch p[0] | 0x20 {
		case 'f':
			return eqFold(p, "false")
		case 'a':
			return eqFold(p, "admin")
		}
	case 9:
		return eqFold(p, "localhost")
	}
	return false
}

func eqFold(a, lower string) bool {
	for i := 0; i < len(a); i++ {
		c := a[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// nameLike reports identifiers whose few digits are part of the name:
// "eth1", "jk2_init", "Slf4jLogger", "x86". It starts with a letter, has at
// most two digits, and every digit run follows a letter.
func nameLike(p string, digits int) bool {
	if digits > 2 || !isAlpha(p[0]) {
		return false
	}
	sep := false
	for k := 1; k < len(p); k++ {
		c := p[k]
		if c == '_' || c == '-' || c == '.' || c == '/' {
			sep = true
		}
		if isDigit(c) && (sep || !isDigit(p[k-1]) && !isAlpha(p[k-1])) {
			return false
		}
		// a name has single digits ("eth1", "jk2_init"), not numbers
		if isDigit(c) && isDigit(p[k-1]) {
			return false
		}
	}
	return true
}

// rangeLike matches "N-M" (two digit runs joined by one dash).
func rangeLike(p string) int {
	k := 0
	for k < len(p) && isDigit(p[k]) {
		k++
	}
	if k == 0 || k >= len(p)-1 || p[k] != '-' {
		return 0
	}
	for m := k + 1; m < len(p); m++ {
		if !isDigit(p[m]) {
			return 0
		}
	}
	return len(p)
}

// alphaPrefix returns the length of a leading "word-" or "word-word-" prefix
// (words of two or more letters, snake_case ones included) when the rest
// is an id without dots: "node-229", "ts-basic-service-5dc8d4f9fd-46997",
// Kafka's topic-partition "__consumer_offsets-12".
func alphaPrefix(p string) int {
	end := 0
	k := 0
	for {
		letters := 0
		for k < len(p) && (isAlpha(p[k]) || p[k] == '_') {
			if p[k] != '_' {
				letters++
			}
			k++
		}
		if letters < 2 || k >= len(p) || p[k] != '-' || p[k-1] == '_' {
			break
		}
		k++
		end = k
		if k < len(p) && !isAlpha(p[k]) && p[k] != '_' {
			break
		}
		// next word: continue only if it is all letters up to a dash
		m := k
		for m < len(p) && (isAlpha(p[m]) || p[m] == '_') {
			m++
		}
		if m < len(p) && p[m] == '-' {
			continue
		}
		break
	}
	if end == 0 || end >= len(p) {
		return 0
	}
	for m := end; m < len(p); m++ {
		if p[m] == '.' {
			return 0
		}
	}
	return end
}

// matchURL matches scheme://... up to the next space.
func matchURL(s string) int {
	k := 0
	for k < len(s) && k < 16 && (isAlpha(s[k]) || (k > 0 && (isDigit(s[k]) || s[k] == '+' || s[k] == '-' || s[k] == '.'))) {
		k++
	}
	if k < 2 || len(s) < k+4 || s[k:k+3] != "://" {
		return 0
	}
	k += 3
	start := k
	for k < len(s) && !isSpace(s[k]) && s[k] != '"' && s[k] != '\'' {
		k++
	}
	return uriEnd(s, start, k)
}

// uriEnd is the end of a URI whose address runs s[start:k]: punctuation
// that ends it belongs to the sentence around a URI in text (RFC 3986,
// appendix C): "connect to redis://h:6379/0: refused"; so does a closing
// bracket the URI did not open, the bracket of the text around it
// ("Actor[akka://sys/user/a#12]", "(see http://x/a)"; an IPv6 literal's
// "http://[::1]:80/" is balanced).
func uriEnd(s string, start, k int) int {
	for k > start+1 {
		if c := s[k-1]; strings.IndexByte(".,:;!?", c) >= 0 || (c == ']' || c == ')') && unopened(s[start:k], c) {
			k--
			continue
		}
		break
	}
	return k
}

// rootPath reports that the piece "/" at s[i:j] is the root directory, a
// path like any other ("request /", "cwd='/'", "dir=/"), not a slash
// written between two words with spaces around it ("read / write").
func rootPath(s string, i, j int) bool {
	return !(i > 0 && isSpace(s[i-1]) && j < len(s) && isSpace(s[j]))
}

// opaqueScheme reports a URI scheme written without "//" before an
// address (RFC 3986's opaque URIs): SIP's "sip:"/"sips:" (RFC 3261),
// "tel:" (RFC 3966) and "mailto:" (RFC 6068).
func opaqueScheme(p string) bool {
	switch p {
	case "sip", "sips", "tel", "mailto":
		return true
	}
	return false
}

// matchOpaqueURI matches an opaque URI whose scheme is s[:k]
// ("sip:alice@10.0.0.1:5060;transport=tcp", "tel:+12015550123"): the
// scheme and its address are one value, as a URL with "//" is, up to
// whitespace, a quote or an angle bracket, without the punctuation of the
// text around it (matchURL).
func matchOpaqueURI(s string, k int) int {
	k++ // the ':'
	start := k
	for k < len(s) && !isSpace(s[k]) && s[k] != '"' && s[k] != '\'' && s[k] != '<' && s[k] != '>' {
		k++
	}
	k = uriEnd(s, start, k)
	if k == start || !isAlpha(s[start]) && !isDigit(s[start]) && s[start] != '+' {
		return 0
	}
	return k
}

// unopened reports whether u holds more closing brackets of the kind
// closer than opening ones: it closes a bracket opened before it.
func unopened(u string, closer byte) bool {
	opener := byte('[')
	if closer == ')' {
		opener = '('
	}
	return strings.Count(u, string(closer)) > strings.Count(u, string(opener))
}

// hostPathQuery reports a host name, a path after it and the start of a
// query string ("cdn.example.net/search?q"): a URL without its scheme,
// cut by the query's first '='.
func hostPathQuery(p string) bool {
	k := strings.IndexByte(p, '/')
	if k < 3 || strings.IndexByte(p[k:], '?') < 0 {
		return false
	}
	dots := 0
	for m := 0; m < k; m++ {
		switch c := p[m]; {
		case c == '.':
			if m == 0 || m == k-1 || p[m-1] == '.' {
				return false
			}
			dots++
		case isAlpha(c) || isDigit(c) || c == '-':
		default:
			return false
		}
	}
	return dots > 0
}

// qualified reports dotted qualified names and hostnames
// ("com.android.phone", "cp-1.utah.cloudlab.us", "a.b/.C"): two or more
// dots, or a dot and a slash, between identifier characters.
func qualified(p string) bool {
	dots, slash := 0, false
	for k := 0; k < len(p); k++ {
		c := p[k]
		switch {
		case c == '.':
			if k == 0 || k == len(p)-1 {
				return false
			}
			dots++
		case c == '/':
			slash = true
		case isAlpha(c) || isDigit(c) || c == '_' || c == '-' || c == '$' || c == '*':
		default:
			return false
		}
	}
	return dots >= 2 || dots == 1 && slash
}

// base64Padding returns the length of base64's padding at s[j] ("=" or
// "==") when whitespace, the end or a closing delimiter follows it, else 0.
func base64Padding(s string, j int) int {
	n := 1
	if j+1 < len(s) && s[j+1] == '=' {
		n = 2
	}
	if k := j + n; k < len(s) && !isSpace(s[k]) && strings.IndexByte(`"',;)]}`, s[k]) < 0 {
		return 0
	}
	return n
}

// randomToken reports a piece of base64's alphabet that reads as random:
// letters of random case (randomCase), or a base64-like mix of letters and
// digits (the test appendPiece applies), at least 16 bytes.
func randomToken(p string, st pieceStats) bool {
	if len(p) < 16 || !st.upperLower() {
		return false
	}
	for k := 0; k < len(p); k++ {
		if c := p[k]; !isAlpha(c) && !isDigit(c) && c != '+' && c != '/' && c != '-' && c != '_' {
			return false
		}
	}
	return st.digits >= 2 && transitions(p) >= 4 || randomCase(p)
}

// eventName reports a name of dotted words (letters, '_' and '-', each
// part starting with a letter, no digit): the event names that structured
// loggers write as the whole message, a component and its session's path
// then the action (Cloud Foundry's lager: "atc.tracker.track.start"),
// structlog's and OpenTelemetry's dotted event names ("user.logged_in",
// "device.app.lifecycle").
func eventName(p string) bool {
	start := true
	for k := 0; k < len(p); k++ {
		c := p[k]
		switch {
		case c == '.':
			if start {
				return false
			}
			start = true
		case isAlpha(c):
			start = false
		case c == '_' || c == '-':
			if start {
				return false
			}
		default:
			return false
		}
	}
	return !start
}

// wholeMessage reports a piece s[i:end] that is the whole value of a
// message key (MessageKey): the whole quoted string when inMsg (scan is in
// a message key's quoted value: "message":"..." or msg="..."), else an
// unquoted logfmt value (msg=a.b.c followed by whitespace or the end).
func wholeMessage(s string, i, end int, inMsg bool) bool {
	if i == 0 {
		return false
	}
	if inMsg {
		return s[i-1] == '"' && end < len(s) && s[end] == '"' && messageValue(s[:i-1])
	}
	return s[i-1] == '=' && (end == len(s) || isSpace(s[end])) && messageKey(s[:i-1])
}

// className reports a qualified type name: a capitalized last part
// without digits and package parts written the way the language's naming
// conventions write namespaces, all in lower case (Java:
// "kafka.log.LocalLog", "java.lang.NullPointerException") or each
// capitalized (.NET: "System.Net.Http.HttpRequestException",
// "System.IO.IOException"). A class names code, it is constant, where a
// hostname is written in lower case (DNS names are case-insensitive) and
// its last part is not capitalized.
func className(p string) bool {
	k := strings.LastIndexByte(p, '.')
	if k < 0 || k+1 >= len(p) || p[k+1] < 'A' || p[k+1] > 'Z' {
		return false
	}
	lower := false // CamelCase, not a CONSTANT_NAME
	// pkgUpper: an upper-case letter in a package part; capitalized: every
	// package part starts with one
	pkgUpper, capitalized, partStart := false, true, true
	for m := 0; m < len(p); m++ {
		c := p[m]
		if isDigit(c) || c == '/' || c == '-' || m > k && c == '_' {
			return false
		}
		if m < k {
			up := 'A' <= c && c <= 'Z'
			pkgUpper = pkgUpper || up
			if partStart && !up {
				capitalized = false
			}
			partStart = c == '.'
		}
		lower = lower || m > k && 'a' <= c && c <= 'z'
	}
	return lower && (!pkgUpper || capitalized)
}

// matchHexColon matches colon-separated hex groups (MAC and IPv6 addresses,
// PCI slots) with at least two colons and one digit: "00:11:43:e3:ba:c3",
// "fe80::1", "0000:09:0d.0".
func matchHexColon(s string) int {
	colons, digits, k := 0, 0, 0
	for k < len(s) {
		c := s[k]
		if c == ':' {
			colons++
		} else if class[c]&clHex != 0 {
			if isDigit(c) {
				digits++
			}
		} else if c != '.' {
			break
		}
		k++
	}
	for k > 0 && (s[k-1] == ':' || s[k-1] == '.') {
		if s[k-1] == ':' {
			colons--
		}
		k--
	}
	if colons < 2 || digits == 0 || s[0] == ':' && (len(s) < 2 || s[1] != ':') {
		return 0
	}
	if k < len(s) && !isSpace(s[k]) && !isDelim(s[k]) {
		return 0
	}
	return k
}

// LongRun is the number of consecutive "<*>" tokens from which a run is
// one variable-length value (a list) and collapses into one "<*>".
const LongRun = 8

var wildcardBytes = []byte(Wildcard)

// longRunText is LongRun wildcards joined by spaces, the text of the
// shortest run collapseRuns collapses.
var longRunText = []byte(strings.TrimSuffix(strings.Repeat(Wildcard+" ", LongRun), " "))

// wireName matches a whole token that is a domain name written as DNS
// carries it (RFC 1035 §3.1), each label after its length and the root's
// empty label last: "(3)www(7)example(3)com(0)", as the Windows DNS
// server's debug log and packet dumps print a name. Each count must be
// its label's length, so no text in brackets reads as one.
func wireName(s string) int {
	k, labels := 0, 0
	for {
		if k+2 >= len(s) || s[k] != '(' {
			return 0
		}
		d := digitsRun(s[k+1:], 2)
		if d == 0 || k+1+d >= len(s) || s[k+1+d] != ')' {
			return 0
		}
		n := 0
		for _, c := range []byte(s[k+1 : k+1+d]) {
			n = n*10 + int(c-'0')
		}
		k += d + 2
		if n == 0 {
			if labels == 0 || k < len(s) && !isSpace(s[k]) {
				return 0
			}
			return k
		}
		if k+n > len(s) {
			return 0
		}
		for _, c := range []byte(s[k : k+n]) {
			if c <= ' ' || c == '(' || c == ')' {
				return 0
			}
		}
		k += n
		labels++
	}
}

// maybeDateTime runs matchDateTime only where a date or time can start.
// Its first test is small enough to be inlined where scan calls it (at
// every token start): most tokens start with neither a digit nor an
// upper-case letter and cost no call (BenchmarkMaskLoghub, cachegrind).
func maybeDateTime(s string) int {
	if len(s) < 5 || class[s[0]]&(clDigit|clUpper) == 0 {
		return 0
	}
	return dateTimeAt(s)
}

func dateTimeAt(s string) int {
	if len(s) < 5 {
		return 0
	}
	if isDigit(s[0]) {
		// what matchDateTime matches after a digit has a '/' or ':' after
		// one or two digits (a CLF stamp, H:MM) or a '-' or '/' after four
		// (a date): most numbers have none of them and cost no call
		// (BenchmarkMaskWorkload, cachegrind)
		if c1, c2, c4 := s[1], s[2], s[4]; c1 != '/' && c1 != ':' && c2 != '/' && c2 != ':' && c4 != '-' && c4 != '/' {
			return 0
		}
	} else if s[0] < 'A' || s[0] > 'Z' || !nameInitial[s[0]] || s[3] != ' ' && s[3] != ',' && (class[s[3]]&clLower == 0 || !weekdayInitial[s[0]] || !weekdayAbbr(s[:3])) {
		// after a letter, matchDateTime matches only a weekday or a month
		// name: most capitalized words ("GET /...") start neither
		// (BenchmarkMaskWorkload, cachegrind)
		return 0
	}
	return matchDateTime(s)
}

func endsWild(dst []byte) bool {
	n := len(dst)
	return n >= 3 && string(dst[n-3:]) == Wildcard && (n == 3 || dst[n-4] == ' ' || dst[n-4] == '"')
}

// startsVariable reports whether the token at the start of s will mask to a
// wildcard by itself (it contains a digit or starts with '/').
func startsVariable(s string) bool {
	for k := 0; k < len(s) && !isSpace(s[k]); k++ {
		if s[k] == '"' {
			return false
		}
		if isDigit(s[k]) || k == 0 && s[k] == '/' {
			return true
		}
	}
	return false
}

// collapseRuns replaces runs of LongRun or more space-separated "<*>"
// tokens in dst[start:] with one.
func collapseRuns(dst []byte, start int) []byte {
	// a run holds LongRun wildcards joined by single spaces: without
	// that text there is none (one search, vectorized on its first byte,
	// instead of counting '<' and then the wildcards)
	if len(dst)-start < len(longRunText) || !bytes.Contains(dst[start:], longRunText) {
		return dst
	}
	w := start
	i := start
	// placeholders is asked of the record once, before any run collapses
	// (a collapse leaves what it asks unchanged): asked again per run it
	// made a record of many runs among dashes quadratic (h134)
	columns := -1
	for i < len(dst) {
		// token [i, j)
		j := i
		for j < len(dst) && dst[j] != ' ' {
			j++
		}
		if string(dst[i:j]) == Wildcard {
			// count the run
			k, run := j, 1
			for k+4 <= len(dst) && dst[k] == ' ' && string(dst[k+1:k+4]) == Wildcard && (k+4 == len(dst) || dst[k+4] == ' ') {
				k += 4
				run++
			}
			if run >= LongRun && columns < 0 {
				columns = 0
				if placeholders(dst[start:]) {
					columns = 1
				}
			}
			if run >= LongRun && !afterValue(dst[start:w]) && columns == 0 {
				w += copy(dst[w:], Wildcard)
				i = k
				if i < len(dst) {
					dst[w] = ' '
					w++
					i++
				}
				continue
			}
		}
		w += copy(dst[w:], dst[i:j])
		i = j
		if i < len(dst) {
			dst[w] = ' '
			w++
			i++
		}
	}
	return dst[:w]
}

// MaxRepeatDepth bounds the brackets collapseRepeats follows inside one
// another (deeper ones end its work on the record), and MaxRepeatLists the
// lists it collapses in one record: each collapse moves the rest of the
// record, so a record of many lists costs at most so many moves.
const (
	MaxRepeatDepth = 16
	MaxRepeatLists = 32
)

// collapseRepeats writes a bracketed list of records that mask alike once:
// "[Info(a:<*>, b:<*>), Info(a:<*>, b:<*>)]" -> "[Info(a:<*>, b:<*>)]".
// A program prints a collection of records by printing each (Java's
// List.toString and Thrift's and Lombok's toString: "[Executor(start:1,
// end:1), Executor(start:4, end:4)]", Python's repr of a list of objects,
// JSON arrays of objects): the type and fields of its records are the
// event, their number a value, as a list of values is one. Items are
// separated by ", " or "," inside "[]", "{}" or "()", innermost first;
// only items that end with a closer or a variable (itemAfterItem, the
// search that spares the scan to most messages) and are all the same
// masked text, with a variable, a letter outside it and fields (a bracket, '=' or ':' inside: a record, not a
// list of values or names, whose items may differ: "[kc-<*>, <*>]"), and
// at least two of them. It only removes
// text, in place.
func collapseRepeats(dst []byte, start int) []byte {
	b := dst[start:]
	if !itemAfterItem(b) {
		return dst
	}
	var stack [MaxRepeatDepth]int
	depth, lists := 0, 0
	for i := 0; i < len(b) && lists < MaxRepeatLists; i++ {
		for i < len(b) && !bracketByte[b[i]] {
			i++
		}
		if i == len(b) {
			break
		}
		switch c := b[i]; c {
		case '[', '{', '(':
			if depth == len(stack) {
				// (what it collapsed before stays: b was moved in place,
				// so dst's old length would repeat its tail, h140)
				return dst[:start+len(b)]
			}
			stack[depth] = i
			depth++
		case ']', '}', ')':
			if depth == 0 {
				continue
			}
			depth--
			o := stack[depth]
			if !closes(b[o], c) {
				depth = 0 // unbalanced: start again
				continue
			}
			if n := repeatedItems(b[o+1 : i]); n > 0 {
				b = append(b[:o+1+n], b[i:]...)
				i = o + 1 + n
				lists++
			}
		}
	}
	return dst[:start+len(b)]
}

// bracketByte marks the bytes collapseRepeats stops at.
var bracketByte = [256]bool{'(': true, ')': true, '[': true, '{': true, ']': true, '}': true}

// itemAfterItem reports a comma that ends an item a record ends (a closer
// or a variable before it: "...), ", "...<*>,") after an opener: what a
// list of records needs, found with a search per comma (most masked
// messages have none, and the scan of every byte cost 6 % of the
// masking, BenchmarkMaskLoghub, cachegrind).
func itemAfterItem(b []byte) bool {
	for k := 0; ; k++ {
		n := bytes.IndexByte(b[k:], ',')
		if n < 0 {
			return false
		}
		if k += n; k == 0 {
			continue
		}
		if c := b[k-1]; c == ')' || c == ']' || c == '}' || c == '>' && bytes.HasSuffix(b[:k], wildcardBytes) {
			return bytes.IndexByte(b[:k], '(') >= 0 || bytes.IndexByte(b[:k], '[') >= 0 || bytes.IndexByte(b[:k], '{') >= 0
		}
	}
}

func closes(o, c byte) bool {
	return o == '[' && c == ']' || o == '{' && c == '}' || o == '(' && c == ')'
}

// repeatedItems returns the length of the first item of list (the text
// inside a bracket) when it is two or more items, each the same text, a
// record (a letter outside its variables, and a variable), separated by
// ", " or ","; else 0.
func repeatedItems(list []byte) int {
	k := topComma(list)
	if k <= 0 {
		return 0
	}
	item := list[:k]
	if !bytes.Contains(item, wildcardBytes) || !letterOutside(item) || !bytes.ContainsAny(item, "([{=:") {
		return 0 // (no fields: a list of names, "[kc-<*>, kc-<*>]", whose items may differ)
	}
	sep := 1
	if k+1 < len(list) && list[k+1] == ' ' {
		sep = 2
	}
	for rest := list[k:]; len(rest) > 0; {
		if len(rest) < sep+len(item) || rest[0] != ',' || sep == 2 && rest[1] != ' ' || !bytes.Equal(rest[sep:sep+len(item)], item) {
			return 0
		}
		rest = rest[sep+len(item):]
	}
	return k
}

// topComma returns the index of the first ',' of b outside brackets b
// opens, or -1 (also when b closes one it did not open).
func topComma(b []byte) int {
	d := 0
	for i, c := range b {
		switch c {
		case '[', '{', '(':
			d++
		case ']', '}', ')':
			if d--; d < 0 {
				return -1
			}
		case ',':
			if d == 0 {
				return i
			}
		}
	}
	return -1
}

// afterValue reports a run of values that follows a value ("443
// <*> <*> ...", "/ - <*> ...", "<*> - - <*> ..."): a record of columns,
// which prints every column (an empty one as "-", the placeholder of the
// Common Log Format and W3C extended logs), so its run is so many columns,
// their count the record's layout (a 15-field and a 22-field record of one
// server are two events). A list a loop printed follows its label or
// separator ("values: <*> ...", "INFO - <*> ...", "blocks [<*> ..."): a
// word, or a dash beside one. b is the masked record before the run.
func afterValue(b []byte) bool {
	b = bytes.TrimSuffix(b, []byte{' '})
	for {
		k := bytes.LastIndexByte(b, ' ') + 1
		t := b[k:]
		if len(t) == 0 || letterOutside(t) && !(bytes.IndexByte(t, '=') > 0 && bytes.Contains(t, wildcardBytes)) {
			return false // a word, a label: a list's (a keyed value, "v=<*>", is a field)
		}
		if string(t) != "-" {
			return true
		}
		if k == 0 {
			return false
		}
		b = b[:k-1] // a placeholder: what holds a place beside it
	}
}

// placeholders reports a masked record that writes "-" for an empty field
// between values ("<*> - <*>", "/ - <*>", "<*>(<*>;<*>) - <*>"), the
// placeholder of a record of columns: its runs of values anywhere are
// columns (afterValue). A dash beside a plain word is a separator ("INFO -
// <*>", "<*> - root - INFO"): each neighbour holds a variable or no
// letter, and one a variable.
func placeholders(b []byte) bool {
	for i := bytes.Index(b, []byte(" - ")); i >= 0; {
		prev, next := lastToken(b[:i]), b[i+3:]
		if k := bytes.IndexByte(next, ' '); k >= 0 {
			next = next[:k]
		}
		pv, nv := bytes.Contains(prev, wildcardBytes), bytes.Contains(next, wildcardBytes)
		if (pv || nv) && (pv || !letterOutside(prev)) && (nv || !letterOutside(next)) {
			return true
		}
		j := bytes.Index(b[i+2:], []byte(" - "))
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

func lastToken(b []byte) []byte { return b[bytes.LastIndexByte(b, ' ')+1:] }

// letterOutside reports a letter in t outside its wildcards.
func letterOutside(t []byte) bool {
	for i := 0; i < len(t); i++ {
		if bytes.HasPrefix(t[i:], wildcardBytes) {
			i += len(wildcardBytes) - 1
			continue
		}
		if c := t[i]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// qualifiedAt returns the length of a value written "x@name" that starts at
// s[i], whose '@' is s[j], or 0. Two forms, each one value as an e-mail
// address is: an IPv4 address qualified by the network it is reached on
// (Lustre's NID "10.0.0.1@tcp", "10.0.0.2@o2ib1", as IPv6 writes a zone,
// "fe80::1%eth0"), and Java's default Object.toString(), a qualified class
// name and its hash code ("org.h2.jdbc.JdbcConnection@1a2b3c"). A number
// before '@' stays a value of its own ("100@from-internal": an extension
// and its context, two values).
func qualifiedAt(s string, i, j int) int {
	k := j + 1
	for k < len(s) && (isAlpha(s[k]) || isDigit(s[k]) || s[k] == '_' || s[k] == '-' || s[k] == '.') {
		k++
	}
	for k > j+1 && s[k-1] == '.' {
		k-- // a sentence's period
	}
	if k == j+1 {
		return 0
	}
	if javaObjectRef(s[i:k]) {
		return k - i
	}
	if !isAlpha(s[j+1]) || !ipv4(s[i:j]) {
		return 0
	}
	return k - i
}

// ipv4 reports a dotted-quad address.
func ipv4(s string) bool {
	dots, digits := 0, 0
	for k := 0; k < len(s); k++ {
		switch {
		case isDigit(s[k]):
			digits++
			if digits > 3 {
				return false
			}
		case s[k] == '.' && digits > 0:
			dots++
			digits = 0
		default:
			return false
		}
	}
	return dots == 3 && digits > 0
}

// commaField returns the length of the value after the '=' at s[eq] when
// it is a field of a comma-separated key=value record (sendmail's
// "relay=host [10.0.0.1] (may be forged), dsn=2.0.0"): the key follows
// ", " and the value, of more than one word, runs to the next ", key=".
// The record's separator is ", ", so the spaces inside are the value's own;
// 0 otherwise: a value of one word, the last field (it may be text of any
// kind), a quoted value (its own rule), a value followed by a bare item
// (Dovecot's "lip=10.0.0.1, TLS, session=...": a list), a value that
// closes a bracket it did not open ("source=0x1002 }, ...").
func commaField(s string, eq int) int {
	k := eq
	for k > 0 && (isWordByte(s[k-1]) || s[k-1] == '-' || s[k-1] == '.') {
		k--
	}
	if k == eq || k < 2 || s[k-1] != ' ' || s[k-2] != ',' {
		return 0
	}
	v := s[eq+1:]
	if len(v) > MaxQuotedValue {
		v = v[:MaxQuotedValue]
	}
	space, depth := false, 0
	for j := 0; j < len(v); j++ {
		switch v[j] {
		case '"', '\'', '=':
			return 0
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth--; depth < 0 {
				return 0 // it closes what the field is inside of
			}
		case ' ':
			if j == 0 {
				return 0
			}
			space = true
		case ',':
			if j+1 < len(v) && v[j+1] == ' ' {
				if !space || depth != 0 || !nextParam(v[j+2:]) {
					return 0 // an item of a list, not the next field
				}
				return j
			}
		}
	}
	return 0
}

// quantity reports a variable and one word after it, a number and its
// unit ("<*> ms"): the unit stays outside the value.
func quantity(v []byte) bool {
	if len(v) < len(Wildcard)+2 || string(v[:len(Wildcard)]) != Wildcard || v[len(Wildcard)] != ' ' {
		return false
	}
	for _, c := range v[len(Wildcard)+1:] {
		if !isAlpha(c) {
			return false
		}
	}
	return true
}

// socketAddress returns the length of a socket address written with its
// family, "unix:/run/php-fpm.sock" or "tcp:127.0.0.1:9000", that starts at
// s[i] and whose ':' is s[j], or 0. Servers print a listener or upstream
// so (lighttpd, nginx's upstreams, gRPC's targets, Go's network and
// address): the family is part of the address, one value as a URL is,
// not a key naming it ("uid:10111" stays a key and a value).
func socketAddress(s string, i, j int) int {
	switch s[i:j] {
	case "unix", "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6":
	default:
		return 0
	}
	k := j + 1
	if k >= len(s) || !(s[k] == '/' || s[k] == '[' || isDigit(s[k])) {
		return 0
	}
	dotted := false
	for k < len(s) && !isSpace(s[k]) && s[k] != ',' && s[k] != ';' && s[k] != '"' && s[k] != '\'' && s[k] != ')' && s[k] != '(' {
		if s[k] == '.' && !dotted && isDigit(s[j+1]) {
			dotted = true
		}
		k++
	}
	if isDigit(s[j+1]) && !dotted {
		return 0 // a port after its protocol ("[10.0.0.1]:tcp:80"): no address
	}
	for k > j+1 && (s[k-1] == ':' || s[k-1] == '.') {
		k-- // punctuation after the address
	}
	if k <= j+1 {
		return 0
	}
	return k - i
}

// matchEmail matches local@domain.tld.
func matchEmail(s string) int {
	k := 0
	for k < len(s) && (isAlpha(s[k]) || isDigit(s[k]) || s[k] == '.' || s[k] == '_' || s[k] == '%' || s[k] == '+' || s[k] == '-') {
		k++
	}
	if k == 0 || k >= len(s) || s[k] != '@' {
		return 0
	}
	k++
	start, dots := k, 0
	for k < len(s) && (isAlpha(s[k]) || isDigit(s[k]) || s[k] == '.' || s[k] == '-') {
		if s[k] == '.' {
			dots++
		}
		k++
	}
	for k > start && s[k-1] == '.' {
		k--
		dots--
	}
	if dots == 0 || k == start || !isAlpha(s[k-1]) {
		return 0
	}
	return k
}

// randomCase reports letters whose case is drawn at random: a generated
// identifier in base62 or base64 that happens to hold no digit (Exim's
// message ids "sTxCfT-fGwtvLKwseO-gVrW", session and request ids). Words a
// person writes change case only where a word starts, in CamelCase
// ("NullPointerException", "setTotalSteps", "PhoneIntfMgr"), so a
// lower-case letter has a lower-case neighbour (a word is longer than one
// letter), and about two letters in five are vowels; letters of random
// case change case every other letter, leave lower-case letters alone
// between capitals ("sTxC") and are vowels one time in five. A piece of at
// least MinRandomLetters letters is random when at least one in four
// letters changes case, two lower-case letters stand alone and fewer than
// three letters in ten are vowels. Only pieces with punctuation inside
// ('-', '.', '/': the ids of several groups) are judged: a word of letters
// alone takes the scan's fast path, where the call cost 6-8 % of the
// masking (BenchmarkMaskLoghub, BenchmarkMaskLogcorpus) for the rare id
// of 10 or more letters and no digit, no separator.
func randomCase(p string) bool {
	if len(p) < MinRandomLetters {
		return false
	}
	// the commonest mixed-case piece has one capital, first
	// ("Initializing"): no id; found without classifying every letter
	i := 1
	for i < len(p) && (p[i] < 'A' || p[i] > 'Z') {
		i++
	}
	if i == len(p) {
		return false
	}
	letters, changes, vowels, alone := 0, 0, 0, 0
	prev := byte(0) // 'a' or 'A' for the case of the previous letter, 0 after a non-letter
	run := 0        // lower-case letters in a row up to here
	for i := 0; i < len(p); i++ {
		c := p[i]
		var k byte
		switch {
		case 'a' <= c && c <= 'z':
			k = 'a'
		case 'A' <= c && c <= 'Z':
			k = 'A'
			c += 'a' - 'A'
		default:
			k = 0
		}
		if k != 'a' {
			if run == 1 {
				alone++
			}
			run = 0
		} else {
			run++
		}
		if k == 0 {
			prev = 0
			continue
		}
		letters++
		if prev != 0 && prev != k {
			changes++
		}
		prev = k
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			if vowels++; 10*vowels >= 3*len(p) {
				return false // a word's vowels: no piece this long is random
			}
		}
	}
	if run == 1 {
		alone++
	}
	return letters >= MinRandomLetters && 4*changes >= letters && alone >= 2 && 10*vowels < 3*letters
}

// MinRandomLetters is the number of letters from which randomCase judges a
// piece: shorter mixed-case words ("iPhone", "LaTeX", "WiFi") are names.
const MinRandomLetters = 10

// transitions counts changes between letters and digits.
func transitions(p string) int {
	n := 0
	for k := 1; k < len(p); k++ {
		if isDigit(p[k]) != isDigit(p[k-1]) && (isAlpha(p[k]) || isAlpha(p[k-1])) {
			n++
		}
	}
	return n
}

// matchNumericGroups matches a value made of bracketed groups of numbers,
// "[264,444][920,908]" or "(1.5,-2)", as one variable. A single number in
// brackets ("[10.0.0.1]") keeps its brackets.
func matchNumericGroups(s string) int {
	k, digits, groups, commas := 0, 0, 0, 0
	for k < len(s) && (s[k] == '[' || s[k] == '(') {
		groups++
		closer := byte(']')
		if s[k] == '(' {
			closer = ')'
		}
		k++
		for k < len(s) && s[k] != closer {
			c := s[k]
			if isDigit(c) {
				digits++
			} else if c == ',' {
				commas++
			} else if c != '.' && c != '-' {
				return 0
			}
			k++
		}
		if k == len(s) {
			return 0
		}
		k++
	}
	if digits == 0 || groups < 2 && commas == 0 || k < len(s) && !isSpace(s[k]) && s[k] != ',' && s[k] != '}' && s[k] != ')' && s[k] != ']' && s[k] != ';' {
		return 0
	}
	return k
}

// MaxQuotedValue bounds the quoted value after "key=" that is masked whole.
const MaxQuotedValue = 256

// matchQuotedValue matches a quoted value ("..." or '...') of at most
// MaxQuotedValue bytes on one line, followed by a token boundary.
func matchQuotedValue(s string) int {
	if len(s) < 2 || s[0] != '"' && s[0] != '\'' {
		return 0
	}
	q := s[0]
	for k := 1; k < len(s) && k <= MaxQuotedValue; k++ {
		switch s[k] {
		case q:
			if escaped(s, k) {
				continue // an escaped quote is part of the value
			}
			if k == 1 {
				return 0 // empty value: keep ""
			}
			return closedAt(s, k)
		case '\n', '\r':
			return 0
		}
	}
	return 0
}

// closedAt returns the length of a quoted value whose closing quote is
// s[k] when the token ends there (whitespace, a delimiter or the end
// follows), else 0.
func closedAt(s string, k int) int {
	if k+1 < len(s) && !isSpace(s[k+1]) && !isDelim(s[k+1]) {
		return 0
	}
	return k + 1
}

// singleOpens reports a single quote at s[i] that opens a quoted string:
// it starts a token or follows an opening bracket, '=', ':' or ',', and
// text follows it. An apostrophe inside a word ("can't") opens nothing.
func singleOpens(s string, i int) bool {
	if i+1 >= len(s) || isSpace(s[i+1]) || s[i+1] == '\'' {
		return false
	}
	return i == 0 || s[i-1] == '=' || opensAfter(s[i-1])
}

// opensAfter reports a byte after which a quote starts a token: whitespace,
// an opening bracket, ':' or ','.
func opensAfter(c byte) bool {
	return isSpace(c) || c == '(' || c == '[' || c == '{' || c == ':' || c == ','
}

// singleCloses reports a single quote at s[i] that closes a quoted string:
// text precedes it and the token ends after it (whitespace, a delimiter
// other than a quote, or the end). An apostrophe inside a word ("it's")
// closes nothing.
func singleCloses(s string, i int) bool {
	if i == 0 || isSpace(s[i-1]) {
		return false
	}
	return i+1 == len(s) || isSpace(s[i+1]) || isDelim(s[i+1]) && s[i+1] != '\'' && s[i+1] != '"' || s[i+1] == '.'
}

// matchEscapedQuotedValue matches a quoted value whose quotes are escaped
// (\"...\"), as a key=value text is written inside a JSON or logfmt
// string, of at most MaxQuotedValue bytes, followed by a token boundary
// or the end of the string around it. A quote escaped twice (\\\") is a
// character of the value; an unescaped one ends the string around it
// first: no value.
func matchEscapedQuotedValue(s string) int {
	if len(s) < 4 || s[0] != '\\' || s[1] != '"' {
		return 0
	}
	for k := 2; k < len(s) && k <= MaxQuotedValue; k++ {
		switch s[k] {
		case '"':
			n := 0
			for b := k - 1; b >= 2 && s[b] == '\\'; b-- {
				n++
			}
			switch {
			case n%2 == 0:
				return 0 // the string around it ends first
			case n > 1:
				continue // a quote of the value
			case k == 3:
				return 0 // empty value: keep \"\"
			}
			if k+2 < len(s) && s[k+1] == '\\' && (s[k+2] == 'n' || s[k+2] == 'r' || s[k+2] == 't') {
				return k + 1 // an escaped newline or tab: whitespace of the text
			}
			return closedAt(s, k)
		case '\n', '\r':
			return 0
		}
	}
	return 0
}

// escapedOpens reports an escaped quote at s[i] (its backslash at i-1)
// that opens a quoted string inside the string around it: it starts a
// token (after whitespace, the outer quote, or an opening bracket, ':' or
// ','). After '=' the key's quoted value is matched by the key.
func escapedOpens(s string, i int) bool {
	return i >= 2 && (s[i-2] == '"' || opensAfter(s[i-2]))
}

// keyAtClose reports a credential after a key's '=' or ':' (and blanks
// or more '=') that ends the escaped quoted string s[lo:e]
// (`\"Token=\"!0`): its text scanned alone (nestedQuote) has no value
// there, but the two passes read on past the closing escaped quote, which
// opens the key's value for them (keyedValue: an escaped quote after the
// key, unterminated, the rest of the token; h142's finding, closed by
// h143).
func keyAtClose(s string, lo, e int) bool {
	for j := e; j > lo && e-j < maxKeyPunct; j-- {
		switch s[j-1] {
		case '=', ':':
			if keyAt(s, j-1) {
				return true
			}
		case ' ', '\t':
		default:
			return false
		}
	}
	return false
}

// nestedQuote appends an escaped quoted string whose text is inner: the
// text scanned, then one variable in place of it when it holds one (an
// HTTP request line's method kept, as in an unescaped quoted string). The
// variable takes the backslash of the closing quote, \"<*>", as the
// masking has always written an escaped value (logrus's msg="for \"<*>"",
// which the truths of the held-out sets keep).
func nestedQuote(dst []byte, inner string, detect bool) ([]byte, bool) {
	dst = append(dst, '"')
	mark := len(dst)
	var hit bool
	if dst, hit = scan(dst, inner, detect); hit {
		return dst, true
	}
	if bytes.Contains(dst[mark:], wildcardBytes) {
		keep := mark + httpMethod(dst[mark:])
		return append(append(dst[:keep], Wildcard...), '"'), false
	}
	return append(dst, '\\', '"'), false
}

// escaped reports whether s[i] follows an odd number of backslashes: a
// quote written inside a quoted string ("\"" in logrus, Go's %q, JSON).
// bracketedValue returns the length of the quoted value at s[i] when it is
// the value of a bracketed field, "[key \"value\"]" (Apache's and
// ModSecurity's error log fields: [file "..."] [msg "..."]), else 0. The
// key is a name: a letter, then letters, digits, '_', '-' or '.'.
func bracketedValue(s string, i int) int {
	k := i - 1
	if k < 2 || s[k] != ' ' {
		return 0
	}
	for k > 0 && (isAlpha(s[k-1]) || isDigit(s[k-1]) || s[k-1] == '_' || s[k-1] == '-' || s[k-1] == '.') {
		k--
	}
	if k == i-1 || k == 0 || s[k-1] != '[' || !isAlpha(s[k]) {
		return 0
	}
	n := matchQuotedValue(s[i:])
	if n == 0 || i+n >= len(s) || s[i+n] != ']' {
		return 0
	}
	return n
}

// strayQuote reports a double quote at s[i] that opens no string: the
// next unescaped quote on its line opens one itself (whitespace before it,
// a word after it), as in `Matched "Operator ... [file "/etc/a.conf"]`
// where the program never closes the first. Pairing the two would swap
// inside and outside for the rest of the line, so the first is a
// character of the text.
func strayQuote(s string, i int) bool {
	for k := i + 1; k < len(s); {
		j := strings.IndexByte(s[k:], '"')
		if j < 0 {
			return false
		}
		k += j
		if escaped(s, k) {
			k++
			continue
		}
		return isSpace(s[k-1]) && k+1 < len(s) && !isSpace(s[k+1]) && !isDelim(s[k+1]) &&
			strings.IndexByte(s[i:k], '\n') < 0
	}
	return false
}

func escaped(s string, i int) bool {
	n := 0
	for k := i - 1; k >= 0 && s[k] == '\\'; k-- {
		n++
	}
	return n&1 == 1
}

// messageKey reports whether s ends with a key that holds the message of a
// structured record (logfmt msg="...", message="...", CLEF's "@mt":"..."):
// its quoted value is the format string, scanned like any text instead of
// masked whole.
func messageKey(s string) bool {
	k := len(s)
	for k > 0 && (isAlpha(s[k-1]) || s[k-1] == '_') {
		k--
	}
	if k > 0 && s[k-1] == '@' {
		k--
	}
	if k > 0 && !isSpace(s[k-1]) && !isDelim(s[k-1]) {
		return false
	}
	return MessageKey(s[k:])
}

// MessageKey reports whether k (a key without its quotes) names the
// message of a structured record, the format string or the text, not a
// value: "msg" (logfmt, zap, pino, slog), "message" (ECS, Cloud Logging),
// "event" (structlog), in any case; with the '@' of the reserved keys of
// Serilog's compact format (CLEF: "@m" the rendered message, "@mt" the
// message template) and Logstash ("@message").
func MessageKey(k string) bool {
	at := len(k) > 0 && k[0] == '@'
	if at {
		k = k[1:]
	}
	if len(k) > 8 {
		return false
	}
	var buf [8]byte
	switch string(lower(buf[:0], k)) {
	case "msg", "message", "event":
		return true
	case "m", "mt":
		return at
	}
	return false
}

// httpMethod returns the length of "METHOD " when b starts with an HTTP
// request method and a space, else 0.
func httpMethod(b []byte) int {
	k := bytes.IndexByte(b, ' ')
	if k < 3 || k > 7 {
		return 0
	}
	switch string(b[:k]) {
	case "GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS", "CONNECT", "TRACE":
		return k + 1
	}
	return 0
}

// messageValue reports whether a quoted string that starts after s is the
// value of a message key (msg="...", "message":"..."): the format string of
// a structured record, which keeps its words.
func messageValue(s string) bool {
	k := len(s)
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	switch {
	case k > 0 && s[k-1] == '=':
		k--
	case k > 1 && s[k-1] == ':' && s[k-2] == '"':
		k -= 2
	default:
		return false
	}
	return messageKey(s[:k])
}

// lower appends s in ASCII lower case to dst (no allocation for a short s
// and a stack dst).
func lower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// isKey reports whether the piece s[i:j] is the key of a key=value pair or
// of "key: value": an identifier that starts with a letter, directly
// followed by '=' (not "=="), or by ':' and a space, with at most two
// digits.
func isKey(s string, i, j int) bool {
	if !keyPlace(s, i, j) {
		return false
	}
	digits := 0
	for k := i; k < j; k++ {
		c := s[k]
		if isDigit(c) {
			digits++
		} else if !isAlpha(c) && c != '_' && c != '-' && c != '.' {
			return false
		}
	}
	// a name has a few digits ("r24", "R08"), or a model number inside
	// lower-case letters (the kernel's "e1000e:", "i40e:", driver names
	// that prefix their messages); more make an id
	// ("jA9JBXgf022479: to=..."); "nginx.service:" names a unit
	return (digits <= 2 || modelName(s[i:j])) && unitName(s[i:j]) == 0
}

// keyPlace reports a piece s[i:j] placed as a key (isKey): it starts with
// a letter, is at most 32 bytes long, and '=' (not "==") or ':' and a
// space follow it.
func keyPlace(s string, i, j int) bool {
	if j >= len(s) || j-i > 32 || !isAlpha(s[i]) {
		return false
	}
	switch {
	case s[j] == '=' && (j+1 == len(s) || s[j+1] != '='):
		return true
	case s[j] == ':' && j+1 < len(s) && s[j+1] == ' ':
		return true
	}
	return false
}

// isPlainKey is isKey for a piece of letters, '_' and digits only (no
// clPunct byte, so no '.' and no unit name) of digits digits (pieceStats):
// without the walk over its bytes (BenchmarkMaskWorkload, cachegrind;
// TestIsPlainKey).
func isPlainKey(s string, i, j, digits int) bool {
	return keyPlace(s, i, j) && (digits <= 2 || modelName(s[i:j]))
}

// modelName reports a word of lower-case letters with one run of at most
// four digits inside, a letter last: a name built on a model number
// ("e1000e", "i40e", "bnx2x").
func modelName(p string) bool {
	runs, run := 0, 0
	for k := 0; k < len(p); k++ {
		switch c := p[k]; {
		case isDigit(c):
			if run == 0 {
				runs++
			}
			run++
			if run > 4 || k == 0 {
				return false
			}
		case 'a' <= c && c <= 'z':
			run = 0
		default:
			return false
		}
	}
	return runs == 1 && run == 0
}

// isNameNoun reports the (lower-case) nouns that introduce a name in prose:
// "session opened for user alice", "Invalid user test", "relation users",
// "container nginx". A switch, not a map: it runs on every word.
func isNameNoun(w []byte) bool {
	switch string(w) {
	case "user", "username", "login", "group", "database", "db", "table", "relation", "schema",
		"host", "hostname", "container", "topic", "queue", "bucket", "volume", "account", "role",
		"tenant", "namespace", "repository", "repo", "branch", "plugin", "domain", "tablespace", "procedure":
		return true
	}
	return false
}

// NameNoun reports a noun that introduces a name ("user", "group",
// "table", "topic", ...), in any letter case: the word after it is the
// name of the thing.
func NameNoun(w string) bool {
	if len(w) > 16 {
		return false
	}
	var b [16]byte
	return isNameNoun(lower(b[:0], w))
}

// nameNouns are isNameNoun's nouns (each checked at init).
const nameNouns = "user username login group database db table relation schema " +
	"host hostname container topic queue bucket volume account role tenant namespace repository repo branch plugin domain " +
	"tablespace procedure"

// nounLens[c-'a'] has bit n set when a name noun of length n starts with
// the letter c: a table lookup rejects most words before any comparison.
var nounLens [26]uint32

func init() {
	for _, w := range strings.Fields(nameNouns) {
		if !isNameNoun([]byte(w)) {
			panic("mask: " + w + " missing from isNameNoun")
		}
		nounLens[w[0]-'a'] |= 1 << len(w)
	}
}

// plainWord reports that the word s[i:j] of ASCII letters at a token start,
// which whitespace or the end follows, is one that scan's piece path copies
// as it is, changing none of its state but nounEnd (to -2), if it is not 8
// or more hex digits (scan looks at those itself): no name noun
// (isNounPiece), no literal value (isLiteralValue), no authentication
// scheme and no published prefix (triggerAt: a trigger and its second
// byte, secondOK), no month or weekday name (maybeDateTime). Tables of the
// first letter make it a few loads without a call (scan's run of plain
// words); it refuses a few plain words too ("HSET" has a noun's first and
// last letters and length), which the piece path then takes (TestPlainWord).
func plainWord(s string, i, j int) bool {
	n, c := j-i, s[i]
	return specialLens[c]>>(n&31)&(specialLast[c]>>((s[j-1]|0x20-'a')&31))&1 == 0 &&
		(n < 2 || triggerSecond[c]>>((s[i+1]-'A')&63)&1 == 0)
}

// nonLetters returns bit 7 of each of the eight bytes of x that is not an
// ASCII letter (class clAlpha), the others 0.
func nonLetters(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	m := (x | 0x20*ones) &^ highs // each byte in lower case, below 0x80
	letters := (m + (0x80-'a')*ones) &^ (m + (0x80-'z'-1)*ones) &^ x & highs
	return letters ^ highs
}

// reasonInitial[c]: a reason phrase of an HTTP status code starts with c
// (reasonPhrases; statusPhrase).
var reasonInitial [256]bool

func init() {
	for _, phrases := range reasonPhrases {
		for _, p := range phrases {
			reasonInitial[p[0]] = true
		}
	}
}

// load8 returns the eight bytes s[i:i+8] as one little-endian word (the
// compiler makes it one load).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// specialLens[c] has bit n set when a word of length n that starts with
// the letter c is one plainWord refuses: a name noun, a literal value or
// an authentication scheme, in any case, and a month's or weekday's name
// after its capital; specialLast[c] has the bits of their last letters
// (a-z, either case). triggerSecond[c]: the letters d (bit d-'A') for
// which secondOK[c][d], the start of a published prefix.
var specialLens, specialLast [256]uint32
var triggerSecond [256]uint64

func init() {
	special := strings.Fields(nameNouns + " " + literalValues)
	// the authentication schemes of schemeCredential: a whole word before
	// a space, its first letter a trigger
	special = append(special, "bearer", "basic", "token")
	for _, w := range special {
		for _, c := range []byte{w[0], w[0] - 'a' + 'A'} {
			specialLens[c] |= 1 << len(w)
			specialLast[c] |= 1 << (w[len(w)-1] - 'a')
		}
	}
	// what dateTimeAt takes after a capital: three letters
	// (from the lists, not from tables another file's init fills)
	for _, n := range append(append([]string(nil), months...), weekdays...) {
		specialLens[n[0]] |= 1 << 3
		specialLast[n[0]] = 1<<26 - 1
	}
	for _, c := range []byte(triggerBytes) {
		if c|0x20 == 'b' || c|0x20 == 't' {
			continue // (a scheme's: a word above)
		}
		for d := byte('A'); d <= 'z'; d++ {
			if secondByte(c, d) {
				triggerSecond[c] |= 1 << (d - 'A')
			}
		}
	}
}

// notNames are words that follow such a noun without being a name: the
// function words of English (verbs to be/have/do, modals, prepositions,
// conjunctions, articles), the irregular past tenses of common verbs (a
// regular one ends in "ed", see notNameSuffixes) and a few state words.
// "products table took 523 ms": the table's name came before the noun, and
// "took" says what happened.
var notNames = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true, "not": true,
	"of": true, "in": true, "to": true, "for": true, "from": true, "with": true, "by": true, "on": true,
	"at": true, "and": true, "or": true, "the": true, "a": true, "an": true, "as": true, "if": true,
	"unknown": true, "name": true, "id": true, "does": true, "did": true, "will": true, "can": true,
	"cannot": true, "could": true, "should": true, "must": true, "may": true, "be": true,
	"into": true, "onto": true, "over": true, "under": true, "via": true, "than": true, "but": true,
	"took": true, "got": true, "went": true, "made": true, "found": true, "left": true, "lost": true,
	"ran": true, "sent": true, "began": true, "became": true, "came": true, "held": true, "kept": true,
	"built": true, "broke": true, "froze": true, "shut": true, "wrote": true, "gave": true, "grew": true,
	"knew": true, "saw": true, "spent": true, "stood": true, "threw": true, "won": true, "bound": true,
	"fell": true, "felt": true, "hung": true, "led": true, "met": true, "paid": true, "rose": true,
	"said": true, "sold": true, "told": true, "woke": true, "takes": true, "gets": true, "needs": true,
	"full": true, "empty": true, "down": true, "up": true, "ok": true, "busy": true, "idle": true,
	"still": true, "now": true, "too": true, "also": true, "already": true, "again": true,
}

// notNameSuffixes are the endings of verb forms and of derived nouns,
// adjectives and adverbs ("dropped", "loading", "connection",
// "membership", "unreachable", "successfully", "active", "exclusive"):
// the word after a name noun that ends so describes the event or is a
// compound noun ("database connection pool", postfix's "(queue active)":
// the state of the queue), it does not name the thing.
var notNameSuffixes = [...]string{"ed", "ing", "tion", "sion", "ment", "ship", "ness", "ity", "able", "ible", "ly", "tive", "sive"}

// isNounPiece reports whether the piece s[i:j] is a name noun standing as a
// word (after a space, '(' or '[', or first). A table lookup on its first
// letter and length rejects most pieces: it runs on every piece.
func isNounPiece(s string, i, j int) bool {
	n := j - i
	if n < 2 || n > 10 || i > 0 && !isSpace(s[i-1]) && s[i-1] != '(' && s[i-1] != '[' {
		return false
	}
	c := s[i] | 0x20
	if c < 'a' || c > 'z' || nounLens[c-'a']&(1<<n) == 0 {
		return false
	}
	var nb [16]byte
	return isNameNoun(lower(nb[:0], s[i:j]))
}

// paddedNumber reports spaces at s[i:] that pad a number up to its
// column inside brackets ("[ 5]", "[    0.153]"): it returns the index of
// the number, or 0.
func paddedNumber(s string, i int) int {
	k := i
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k == len(s) || !isDigit(s[k]) {
		return 0
	}
	e := k
	for e < len(s) && (isDigit(s[e]) || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1])) {
		e++
	}
	if e == len(s) || s[e] != ']' {
		return 0
	}
	return k
}

// closingQuote reports a double quote at s[j] that closes the string the
// word before it ends (a message's last word: `msg="joined group
// billing"`, a JSON message's `"... to topic orders","level":`): the end
// of the text, as the end of the record is.
func closingQuote(s string, j int) bool {
	if s[j] != '"' {
		return false
	}
	return j+1 == len(s) || isSpace(s[j+1]) || s[j+1] == ',' || s[j+1] == '}' || s[j+1] == ']' || s[j+1] == ')'
}

// isNameSlot reports whether the piece s[i:j], which follows a name noun
// and one space, is a bare word (letters, '-', '_') naming something.
func isNameSlot(s string, i, j int) bool {
	if j-i < 2 || j-i > 32 || !isAlpha(s[i]) {
		return false
	}
	if j < len(s) && !isSpace(s[j]) && s[j] != ',' && s[j] != ';' && s[j] != '(' && s[j] != ')' && s[j] != ':' && !closingQuote(s, j) {
		return false
	}
	for m := i; m < j; m++ {
		if c := s[m]; !isAlpha(c) && c != '-' && c != '_' {
			return false
		}
	}
	// a compound noun names what follows: `Container image "nginx"`
	if j+1 < len(s) && s[j] == ' ' && (s[j+1] == '"' || s[j+1] == '\'') {
		return false
	}
	var wb [32]byte
	w := lower(wb[:0], s[i:j])
	if notNames[string(w)] {
		return false
	}
	for _, suf := range notNameSuffixes {
		if len(w) > len(suf)+1 && string(w[len(w)-len(suf):]) == suf {
			return false
		}
	}
	return true
}

// userAgentField returns where the value of the field whose key is s[i:j]
// (its ':' or '=' at s[j]) starts and ends when the key names a User-Agent
// and the value is one (userAgent), else e 0. A function of its own: scan
// only calls it for a key of nine or ten bytes.
func userAgentField(s string, i, j int) (v, e int) {
	if !userAgentKey(s[i:j]) {
		return 0, 0
	}
	v = j + 1
	if v < len(s) && s[v] == ' ' {
		v++
	}
	if n := userAgent(s[v:]); n > 0 {
		return v, v + n
	}
	return 0, 0
}

// userAgentKey reports the name of a User-Agent field, in any case:
// "User-Agent" (HTTP), "UserAgent", "user_agent".
func userAgentKey(k string) bool {
	var b [10]byte
	switch string(lower(b[:0], k)) {
	case "user-agent", "useragent", "user_agent":
		return true
	}
	return false
}

// userAgent returns the length of a User-Agent value at the start of s
// (RFC 9110 §10.1.5: product *( RWS ( product / comment ) )): a product,
// a token with its version after '/' ("curl/8.5.0", "Mozilla/5.0"), then
// products with a version and comments ("(X11; Linux x86_64)") separated
// by single spaces; the first product may have no version when a comment
// or a product follows ("MinIO (linux; amd64) minio-go/v7"). A comment
// with ": " inside is no part of it (a program's note after the value,
// "(contains: Referer)"). It ends before whitespace or a delimiter that
// follows; 0 when s starts with none.
func userAgent(s string) int {
	product := func(k int) (int, bool) {
		m := k
		for m < len(s) && uaToken(s[m]) {
			m++
		}
		if m == k {
			return k, false
		}
		if m+1 < len(s) && s[m] == '/' && uaToken(s[m+1]) {
			m++
			for m < len(s) && uaToken(s[m]) {
				m++
			}
			return m, true
		}
		return m, false
	}
	comment := func(k int) int {
		if k >= len(s) || s[k] != '(' {
			return k
		}
		depth := 0
		for m := k; m < len(s) && m-k <= MaxQuotedValue; m++ {
			switch s[m] {
			case '(':
				depth++
			case ')':
				if depth--; depth == 0 {
					return m + 1
				}
			case '\n', '\r', '"':
				return k
			case ':':
				if m+1 < len(s) && s[m+1] == ' ' {
					return k
				}
			}
		}
		return k
	}
	end, versioned := product(0)
	if end == 0 {
		return 0
	}
	items := 1
	for end+1 < len(s) && s[end] == ' ' {
		k := end + 1
		if c := comment(k); c > k {
			end = c
		} else if p, v := product(k); v {
			end = p
		} else {
			break
		}
		items++
	}
	if !versioned && items == 1 {
		return 0
	}
	if end < len(s) && !isSpace(s[end]) && !isDelim(s[end]) {
		return 0
	}
	return end
}

// uaToken reports a byte of an HTTP token (RFC 9110 §5.6.2 tchar), the
// apostrophe and the backtick left out (they quote, in a log line).
func uaToken(c byte) bool {
	return isAlpha(c) || isDigit(c) || strings.IndexByte("!#$%&*+-.^_|~", c) >= 0
}

// qualifiedObject reports a name qualified by the names that hold it after
// a noun that introduces a name: parts of letters, digits, '_' and '$'
// joined by single dots, a letter first, at most 128 bytes, where a name
// slot may end (isNameSlot): a database object with its schema (SQL's
// schema.table, Oracle's "TABLE SYS.WRI$_OPTSTAT_HISTHEAD_HISTORY:",
// PostgreSQL's "relation public.orders"), a user's dotted name, a plugin's
// file ("plugin radius.so").
func qualifiedObject(s string, i, j int) bool {
	if j-i < 3 || j-i > 128 || !isAlpha(s[i]) {
		return false
	}
	if j < len(s) && !isSpace(s[j]) && s[j] != ',' && s[j] != ';' && s[j] != '(' && s[j] != ')' && s[j] != ':' && !closingQuote(s, j) {
		return false
	}
	dots := 0
	for m := i; m < j; m++ {
		switch c := s[m]; {
		case c == '.':
			if s[m-1] == '.' || m == j-1 {
				return false
			}
			dots++
		case isAlpha(c) || isDigit(c) || c == '_' || c == '$':
		default:
			return false
		}
	}
	return dots > 0
}

// unitName returns the length of the name of a systemd unit "name.type"
// ("nginx.service", "user@1000.service", "tmp.mount"), or 0.
func unitName(p string) int {
	k := strings.LastIndexByte(p, '.')
	if k < 1 {
		return 0
	}
	switch p[k+1:] {
	case "service", "socket", "timer", "mount", "automount", "target", "path", "slice", "scope", "swap", "device":
		return k
	}
	return 0
}

// SourceExt reports an extension of source files that no top-level domain
// has ("go", "java", "h"; not "cc", "py": also country domains), so that a
// name with it is a file, not a host.
func SourceExt(ext string) bool {
	switch ext {
	case "go", "java", "c", "h", "cpp", "hpp", "cxx", "hh", "kt", "scala", "js", "mjs", "ts", "tsx", "jsx", "rb", "cs", "swift", "php", "erl", "ex", "exs", "lua", "dart", "zig":
		return true
	}
	return false
}

// sourceLine returns the length of the line number when s[i:j] is a source
// file and ":<digits>" follows it up to a delimiter, whitespace or the end:
// the "file:line" location that loggers (envoy's "[source/common/x.cc:42]",
// zap's caller, Python's and Java's "(Foo.java:42)") and compilers (GNU's
// "sourcefile:lineno:") write. The file is a path with '/' and a source
// extension, or a name with an extension no top-level domain has
// ("main.go", "Foo.java"): "cache.example.cc:443" and "api.example.com:80"
// are a host and a port, one value.
func sourceLine(s string, i, j int) int {
	if j+1 >= len(s) || s[j] != ':' || !isDigit(s[j+1]) {
		return 0
	}
	n := 1
	for j+1+n < len(s) && isDigit(s[j+1+n]) {
		n++
	}
	if e := j + 1 + n; e < len(s) && !isSpace(s[e]) && !isDelim(s[e]) {
		return 0
	}
	if !sourceFile(s[i:j]) {
		return 0
	}
	return n
}

// sourceCall reports a source file s[i:j] followed by ':' and a function
// called, "file.c:func()": the call site as C's __FILE__ and __func__ are
// written before a message (BlueZ's "src/adapter.c:adapter_start()"); the
// file names code, a constant as in "file:line".
func sourceCall(s string, i, j int) bool {
	k := j + 1
	if k >= len(s) || s[j] != ':' || !isAlpha(s[k]) && s[k] != '_' {
		return false
	}
	for k < len(s) && (isAlpha(s[k]) || isDigit(s[k]) || s[k] == '_') {
		k++
	}
	return k+1 < len(s) && s[k] == '(' && s[k+1] == ')' && sourceFile(s[i:j])
}

// sourceFile reports a source file's name: a path with '/' and a source
// extension, or a name with an extension no top-level domain has.
func sourceFile(p string) bool {
	dot := strings.LastIndexByte(p, '.')
	if dot <= 0 || !isAlpha(p[0]) && p[0] != '.' && p[0] != '_' {
		return false
	}
	slash := strings.LastIndexByte(p, '/')
	if slash > dot {
		return false // "a.b/c": the dot is in a directory's name, no extension
	}
	name := p[slash+1 : dot]
	if name == "" || !isAlpha(name[0]) && name[0] != '_' {
		return false
	}
	for k := 0; k < dot; k++ {
		if c := p[k]; !isAlpha(c) && !isDigit(c) && !strings.ContainsRune("_-./", rune(c)) {
			return false
		}
	}
	switch ext := p[dot+1:]; {
	case SourceExt(ext):
		return true
	case ext == "cc" || ext == "py" || ext == "rs" || ext == "pl" || ext == "sh" || ext == "m":
		// also country domains: with a directory only
		if strings.IndexByte(p, '/') > 0 {
			return true
		}
	}
	return false
}

// drivePath returns the length of a Windows path with its drive letter at
// s[i] ("C:\\Users\\a.txt", "D:\\Data\\", "E:\\"; the Win32 file
// namespace's absolute path, a drive's letter, ':' and '\\'), or 0. It
// starts a token (the start, a space or a delimiter before it) and runs to
// whitespace, a quote, a closing bracket or a list's separator; a
// sentence's '.' or ':' after it is not its own.
func drivePath(s string, i int) int {
	if i+2 >= len(s) || s[i+1] != ':' || s[i+2] != '\\' || class[s[i]]&clAlpha == 0 {
		return 0
	}
	if i > 0 && class[s[i-1]]&(clSpace|clDelim) == 0 {
		return 0
	}
	j := i + 3
	for {
		for j < len(s) && class[s[j]]&clSpace == 0 && !strings.ContainsRune("\"'`,;)]}>|<", rune(s[j])) {
			j++
		}
		// a directory's name with a space ("C:\\Program Files\\Acme
		// Agent\\"): the path runs on over one space when the next word
		// holds a '\\' and starts no path of its own
		if j+2 >= len(s) || s[j] != ' ' || s[j+1] == ' ' || s[j+2] == ':' || s[j+1] == '\\' {
			break
		}
		k := j + 1
		for k < len(s) && class[s[k]]&clSpace == 0 && s[k] != '\\' && !strings.ContainsRune("\"'`,;)]}>|<", rune(s[k])) {
			k++
		}
		if k == len(s) || s[k] != '\\' {
			break
		}
		j = k
	}
	for j > i+3 && (s[j-1] == '.' || s[j-1] == ':') && (j == len(s) || class[s[j]]&clSpace != 0) {
		j--
	}
	return j - i
}

// quotedList returns the length of a list of single-quoted strings at
// s[i], or 0: two or more strings in single quotes separated by ", " (Python's repr
// of a list or a tuple of str, "['ls', '-l']", and names joined for a
// message, "'ntp', 'chef'"), in brackets or not; a token starts there
// (the start, a space or a delimiter before it). An item holds no quote,
// no backslash and no control byte; anything else between the items (a
// bare value, a nested list) is no such list, nor is a run with a
// mapping's key (an item and ':'). One bracketed string is no
// list (TiDB's unified format writes its message so, `["msg"]`), nor are
// double-quoted ones: JSON arrays, whose brackets the records' truths
// keep (`"tags":["<*>"]`), and CSV records.
//
// When there is none, bad is an offset before which no list starts (or
// 0): the items joined from s[i] run to one that is no item (a
// backslash, a control byte, no closing quote), which every later item of
// the run reaches too. The scan asks no start before it again (h151: it
// asked at each item of "'a', 'a', ... 'a\", each call reading the run to
// its end, quadratic: 38 to 82 ms a 16 KiB record;
// BenchmarkH147ShapesHostile).
func quotedList(s string, i int) (n, bad int) {
	if i > 0 && class[s[i-1]]&(clSpace|clDelim) == 0 {
		return 0, 0
	}
	j, closer := i, byte(0)
	if s[i] == '[' {
		j, closer = i+1, ']'
	}
	items := 0
	for j < len(s) && s[j] == '\'' {
		k := j + 1
		for k < len(s) && s[k] != '\'' && s[k] != '\\' && s[k] >= ' ' {
			k++
		}
		if k == len(s) || s[k] != '\'' {
			return 0, k
		}
		items++
		j = k + 1
		if j < len(s) && s[j] == ':' {
			// a mapping's key (Python's repr of a dict, "{'user':
			// 'bob', 'shell': 'sh'}"): the item before it is a value,
			// not a list's (h151: "'bob', 'shell'" was a list, the key
			// lost); every later item of the run reaches it too
			return 0, j
		}
		if closer != 0 && j < len(s) && s[j] == closer {
			if items < 2 {
				return 0, 0
			}
			return j + 1 - i, 0
		}
		if j+2 < len(s) && s[j] == ',' && s[j+1] == ' ' && s[j+2] == '\'' {
			j += 2
			continue
		}
		if closer == 0 && items >= 2 {
			return j - i, 0
		}
		return 0, 0
	}
	return 0, 0
}

// memberName reports a piece s[i:end] that is a JSON object's member name
// whole (RFC 8259 §4: '{' or ',' and a quote before it, the closing quote
// and ':' after it).
func memberName(s string, i, end int) bool {
	if i < 2 || s[i-1] != '"' || end+1 >= len(s) || s[end] != '"' || s[end+1] != ':' {
		return false
	}
	k := i - 2
	for k > 0 && (s[k] == ' ' || s[k] == '\t') {
		k--
	}
	return s[k] == '{' || s[k] == ','
}

// userAtAddress reports a user's name before the '@' at s[j] that an IP
// address follows ("app@10.0.0.5:5432", "[::1]" in brackets), the piece
// s[i:j] of letters, digits, '_', '-' and '.' with a letter, or two such
// names joined by one '/' (a pooler's "database/user"): the offset of the
// '/' in s[i:j] (0 when there is none), or -1.
func userAtAddress(s string, i, j int) int {
	if j+1 >= len(s) || !(isDigit(s[j+1]) || s[j+1] == '[') {
		return -1
	}
	if s[j+1] != '[' {
		k := j + 1
		for k < len(s) && (isDigit(s[k]) || s[k] == '.') {
			k++
		}
		if !ipv4(s[j+1 : k]) {
			return -1
		}
	}
	slash, alpha := 0, false
	for k := i; k < j; k++ {
		switch c := s[k]; {
		case isAlpha(c):
			alpha = true
		case isDigit(c) || c == '_' || c == '-' || c == '.':
		case c == '/' && slash == 0 && k > i && k < j-1:
			slash = k - i
		default:
			return -1
		}
	}
	if !alpha {
		return -1
	}
	return slash
}

// messageCode returns the length of a message identifier that opens s,
// or 0: two to seven capitals, four to six digits and perhaps a severity
// capital, then ':' and a space (eight characters and a pid are
// sendmail's queue id, "QBPJQSOJ081038:": its date, time and sequence in
// base 60, then the process id; RESTEasy's eight capitals are lost). JBoss Logging's message ids (WildFly's
// "WFLYSRV0010", Hibernate's "HHH000204", Undertow's "UT005023",
// Narayana's "ARJUNA012117"), IBM's ("CWWKZ0001I", Db2's "SQL0805N")
// name a message of their catalogue; a letter past 'F' among the
// capitals; the number zero-padded or a severity capital after it (an
// order's or a transaction's id, "ORD482913: shipped", a one-time code,
// "OTP482913:", is a value: h151). Letters and digits mixed (a sendmail queue id,
// "QBDE9DBB059397:"), hex digits alone or a code inside the message
// (".NET's "IDX10223:" after "Failure message:") stay values.
func messageCode(s string) int {
	d := catalogueCode(s)
	if d == 0 || d+1 >= len(s) || s[d] != ':' || s[d+1] != ' ' {
		return 0
	}
	return d
}

// catalogueCode returns the length of the code that opens s (its
// capitals, number and severity; messageCode), or 0.
func catalogueCode(s string) int {
	k := 0
	for k < len(s) && k < 8 && class[s[k]]&clUpper != 0 {
		k++
	}
	if k < 2 || k > 7 {
		return 0
	}
	hexOnly := true
	for _, c := range []byte(s[:k]) {
		if c > 'F' {
			hexOnly = false
		}
	}
	if hexOnly {
		return 0 // a queue id of hex digits ("ABCDE12345:", Postfix's)
	}
	d := k
	for d < len(s) && d-k < 7 && isDigit(s[d]) {
		d++
	}
	if d-k < 4 || d-k > 6 {
		return 0
	}
	sev := d < len(s) && class[s[d]]&clUpper != 0
	if !sev && s[k] != '0' {
		// a catalogue's number is zero-padded to its width (JBoss
		// Logging's length, "WFLYSRV0010", "UT005023") or carries its
		// severity (IBM's "SQL1024N"); letters and a plain number are an
		// instance's id, a value ("ORD482913:"; a zero-padded one,
		// "TXN000017:", is not told apart; h151)
		return 0
	}
	if sev {
		d++
	}
	return d
}

// MessageCode reports a token that is a message code and its ':' as the
// masking keeps it at a message's start ("WFLYSRV0010:", "CWWKF0011I:";
// messageCode): the event's name in its catalogue, which the miner keys
// its group by as it does a word (h151).
func MessageCode(tok string) bool {
	n := len(tok)
	return n > 3 && tok[n-1] == ':' && catalogueCode(tok) == n-1
}
