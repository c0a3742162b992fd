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
