package score

import "strings"

// Severity is a severity level in OpenTelemetry's order: the ranges of the
// log data model's SeverityNumber (1-4 trace, 5-8 debug, 9-12 info, 13-16
// warn, 17-20 error, 21-24 fatal). It is the one mapping of severity
// texts and numbers: the exporter's min_severity filter and the score's
// severity_weight both use it.
type Severity uint8

// Severity levels; SeverityUnknown when a text or number says nothing.
const (
	SeverityUnknown Severity = iota
	SeverityTrace
	SeverityDebug
	SeverityInfo
	SeverityWarn
	SeverityError
	SeverityFatal
)

var severityNames = [...]string{"", "trace", "debug", "info", "warn", "error", "fatal"}

// String returns the level's name ("" when unknown).
func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return ""
}

// Number is the first SeverityNumber of the level's range (0 when unknown).
func (s Severity) Number() int32 {
	if s == SeverityUnknown || int(s) >= len(severityNames) {
		return 0
	}
	return int32(s-1)*4 + 1
}

// SeverityOfNumber is the level of a SeverityNumber; unknown outside 1-24.
func SeverityOfNumber(n int32) Severity {
	if n < 1 || n > 24 {
		return SeverityUnknown
	}
	return Severity((n-1)/4 + 1)
}

// severityPrefixes are the common spellings of severity texts: OTel's
// names and their numbered forms ("Error2"), syslog's (notice, err, crit,
// alert, emerg), Java's (WARNING, SEVERE), Go's panic.
var severityPrefixes = []struct {
	prefix string
	level  Severity
}{
	{"trace", SeverityTrace}, {"debug", SeverityDebug}, {"info", SeverityInfo}, {"notice", SeverityInfo},
	{"warn", SeverityWarn}, {"err", SeverityError}, {"severe", SeverityError},
	{"fatal", SeverityFatal}, {"crit", SeverityFatal}, {"alert", SeverityFatal}, {"emerg", SeverityFatal}, {"panic", SeverityFatal},
}

// ParseSeverity maps a severity text (any case, surrounding space ignored,
// the spellings and prefixes above) to its level. It does not allocate.
func ParseSeverity(s string) Severity {
	s = strings.TrimSpace(s)
	for _, p := range severityPrefixes {
		if len(s) >= len(p.prefix) && strings.EqualFold(s[:len(p.prefix)], p.prefix) {
			return p.level
		}
	}
	return SeverityUnknown
}

// SeverityByName parses a level name as configuration writes it (any
// case): trace, debug, info, warn, error or fatal.
func SeverityByName(s string) (Severity, bool) {
	for i, n := range severityNames {
		if i > 0 && strings.EqualFold(s, n) {
			return Severity(i), true
		}
	}
	return SeverityUnknown, false
}

// SeverityLevel maps a severity text to the level name severity_weight
// uses: debug, info, warn, error or fatal (trace weighs as debug); ""
// when unknown.
func SeverityLevel(s string) string {
	sev := ParseSeverity(s)
	if sev == SeverityTrace {
		sev = SeverityDebug
	}
	return sev.String()
}

// headerTokens bounds how far into a line DetectInText looks: the level
// is a header field, written before the message (after a timestamp, a
// pid, a thread or a logger name), never deep in the text.
const headerTokens = 6

// levelWords are the whole words a log line's header writes for its
// level: OpenTelemetry's and syslog's names, Java's (WARNING, SEVERE),
// Python's (CRITICAL), .NET's console logger's four-letter forms (trce,
// dbug, info, warn, fail, crit).
var levelWords = []struct {
	word  string
	level Severity
}{
	{"trace", SeverityTrace}, {"trce", SeverityTrace}, {"finest", SeverityTrace}, {"finer", SeverityTrace},
	{"debug", SeverityDebug}, {"dbug", SeverityDebug}, {"fine", SeverityDebug},
	{"info", SeverityInfo}, {"information", SeverityInfo}, {"notice", SeverityInfo},
	{"warn", SeverityWarn}, {"warning", SeverityWarn},
	{"error", SeverityError}, {"err", SeverityError}, {"eror", SeverityError}, {"fail", SeverityError}, {"severe", SeverityError},
	{"fatal", SeverityFatal}, {"critical", SeverityFatal}, {"crit", SeverityFatal}, {"alert", SeverityFatal},
	{"emerg", SeverityFatal}, {"emergency", SeverityFatal}, {"panic", SeverityFatal},
}

// levelOf looks w up in levelWords, in any case, without allocating.
func levelOf(w string) (Severity, bool) {
	if len(w) < 3 || len(w) > len("information") {
		return SeverityUnknown, false
	}
	for _, l := range levelWords {
		if len(l.word) == len(w) && strings.EqualFold(l.word, w) {
			return l.level, true
		}
	}
	return SeverityUnknown, false
}

// levelKeys are the keys under which structured text writes the level
// (logfmt's level=, lvl=, severity=; Python's levelname).
var levelKeys = []string{"level", "lvl", "severity", "loglevel", "levelname", "log.level", "@l"}

// LevelKeys returns the keys a structured record writes its level under
// (the map-body counterpart of DetectInText's keyed values).
func LevelKeys() []string { return levelKeys }

// DetectInText returns the level a log line's own header states, and the
// word as written, for a record that carries no severity (a raw line read
// from a file or stdout with no parser): a level word among its first
// headerTokens space-separated fields, written as a header writes it: in
// capitals (`2026-03-02 10:00:00 INFO 1 --- [main] ...`, `INFO:root:...`),
// in brackets (`[error]`, `<warn>`), as a keyed value (`level=info`,
// `"level":"warn"`), or lower case with a colon as the line's first field
// (.NET's `info: Program[0]`). A level word in the message's prose ("an
// error occurred") is not a header and says nothing. Unknown when none.
func DetectInText(s string) (Severity, string) {
	i := 0
	for n := 0; n < headerTokens; n++ {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i == len(s) || s[i] == '\n' || s[i] == '\r' {
			break
		}
		start := i
		for i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' {
			i++
		}
		if lv, w := tokenLevel(s[start:i], n == 0); lv != SeverityUnknown {
			return lv, w
		}
	}
	return SeverityUnknown, ""
}

// tokenLevel reads one header field (see DetectInText). It is on the
// path of every record without a severity: one pass over the field's
// bytes, no allocation.
func tokenLevel(tok string, first bool) (Severity, string) {
	sep, cut, letters := -1, -1, false
	for j := 0; j < len(tok); j++ {
		switch c := tok[j]; {
		case c == '=' || c == ':':
			if sep < 0 {
				sep = j
			}
			if cut < 0 && c == ':' {
				cut = j
			}
		case c == ',' || c == '|':
			if cut < 0 {
				cut = j
			}
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			letters = true
		}
	}
	if !letters || len(tok) < 3 {
		return SeverityUnknown, "" // a timestamp, a pid, a number
	}
	// A keyed value: level=info, "level":"warn", severity:ERROR.
	if sep > 0 {
		if isLevelKey(trimQuotes(tok[:sep])) {
			w := tok[sep+1:]
			for len(w) > 0 && (w[0] == '"' || w[0] == '\'') {
				w = w[1:]
			}
			for j := 0; j < len(w); j++ {
				if c := w[j]; c == '"' || c == '\'' || c == ',' || c == ';' || c == '}' {
					w = w[:j]
					break
				}
			}
			if lv := LevelWord(w); lv != SeverityUnknown {
				return lv, w
			}
		}
	}
	// A bracketed word: [error], <warn>, (INFO).
	if c := tok[0]; c == '[' || c == '<' || c == '(' {
		w := tok[1:]
		for len(w) > 0 {
			if c := w[len(w)-1]; c == ']' || c == '>' || c == ')' || c == ':' || c == ',' {
				w = w[:len(w)-1]
				continue
			}
			break
		}
		if lv, ok := levelOf(w); ok && len(w) < len(tok)-1 {
			return lv, w
		}
	}
	// A word in capitals, alone or before a colon, a comma or a bar
	// (INFO, ERROR:, WARNING:root:...).
	w := tok
	if cut > 0 {
		w = w[:cut]
	}
	if upperASCII(w) {
		if lv, ok := levelOf(w); ok {
			return lv, w
		}
	}
	// .NET's console logger: "info: Category[0]" as the line's first field.
	if first && tok[len(tok)-1] == ':' {
		w := tok[:len(tok)-1]
		if lv, ok := levelOf(w); ok && !upperASCII(w[:1]) {
			return lv, w
		}
	}
	return SeverityUnknown, ""
}

// trimQuotes drops a JSON object's brace and the quotes around a key.
func trimQuotes(k string) string {
	for len(k) > 0 && (k[0] == '{' || k[0] == '"' || k[0] == '\'') {
		k = k[1:]
	}
	for len(k) > 0 && (k[len(k)-1] == '"' || k[len(k)-1] == '\'') {
		k = k[:len(k)-1]
	}
	return k
}

// isLevelKey reports whether k is one of levelKeys, in any case.
func isLevelKey(k string) bool {
	for _, l := range levelKeys {
		if len(l) == len(k) && strings.EqualFold(l, k) {
			return true
		}
	}
	return false
}

// LevelWord maps a structured record's level value to its level: a level
// word in any case (levelWords), or pino's and bunyan's numbers (10 trace,
// 20 debug, 30 info, 40 warn, 50 error, 60 fatal). Unknown otherwise.
func LevelWord(w string) Severity {
	switch w {
	case "10":
		return SeverityTrace
	case "20":
		return SeverityDebug
	case "30":
		return SeverityInfo
	case "40":
		return SeverityWarn
	case "50":
		return SeverityError
	case "60":
		return SeverityFatal
	}
	lv, _ := levelOf(w)
	return lv
}

// upperASCII reports whether w has letters and none in lower case.
func upperASCII(w string) bool {
	letters := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			letters = true
		}
	}
	return letters
}
