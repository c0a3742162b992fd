package mask

// matchDateTime returns the length of a date and/or time at the start of s,
// or 0. It recognizes ISO-8601/RFC 3339 ("2015-10-18T18:01:47.978Z",
// "2015-10-18 18:01:47,978"), slashed dates ("2016/9/27"), times
// ("18:01:47.978"), syslog and ctime stamps ("Jun 14 15:16:01",
// "Sun Dec 04 04:47:44 2005"), and a month, day and year with or without a
// time ("Aug  2 2024 14:32:09", C's __DATE__ and __TIME__) and Go's
// time.Time.String() ("2026-12-10 22:00:23.2 +0000 UTC"). The match must
// end at a token boundary.
func matchDateTime(s string) int {
	if len(s) < 5 {
		return 0
	}
	if isDigit(s[0]) {
		if s[1] == '/' || s[2] == '/' {
			if n := matchCLF(s); n > 0 {
				return boundary(s, n)
			}
			if n := matchMonthDayYear(s); n > 0 {
				// the en-US short date, M/D/YYYY, and its time on a
				// 12-hour clock ("12/6/2026 8:36:41 AM", .NET's and
				// Windows' "G" format)
				if n+1 < len(s) && s[n] == ' ' {
					if t := matchTime(s[n+1:]); t > 0 {
						n += 1 + t
						n += meridiem(s[n:])
					}
				}
				return boundary(s, n)
			}
		}
		n := matchDate(s)
		if n > 0 {
			if n < len(s) && (s[n] == 'T' || s[n] == ' ') {
				if t := matchTime(s[n+1:]); t > 0 {
					n += 1 + t
					if z := matchZone(s[n:]); z > 0 {
						n += z
					} else if m := meridiem(s[n:]); m > 0 {
						n += m
					} else {
						n += spacedZone(s[n:])
					}
				}
			}
			return boundary(s, n)
		}
		n = matchTime(s)
		if n > 0 {
			// a time on a 12-hour clock keeps its AM or PM: one value
			// ("4:57:57 PM", "at 9:05 am"), its minutes enough
			if m := meridiem(s[n:]); m > 0 {
				return boundary(s, n+m)
			}
		}
		if n > 0 && hasColons(s[:n]) >= 2 {
			return boundary(s, n)
		}
		return 0
	}
	if n := namedDate(s); n > 0 {
		return boundary(s, n)
	}
	// [Weekday ]Month Day Time[ Year]
	k := 0
	if isName(s, weekdays) {
		k = 3
		for k < len(s) && s[k] == ' ' {
			k++
		}
	}
	if !isName(s[k:], months) {
		return 0
	}
	k += 3
	if k >= len(s) || s[k] != ' ' {
		return 0
	}
	for k < len(s) && s[k] == ' ' {
		k++
	}
	d := digitsRun(s[k:], 2)
	if d == 0 || k+d >= len(s) || s[k+d] != ' ' {
		return 0
	}
	k += d + 1
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if y := digitsRun(s[k:], 4); y == 4 && (k+4 == len(s) || !isDigit(s[k+4])) {
		// Month Day Year[ Time]: C's __DATE__ " " __TIME__ ("Aug  2
		// 2024 14:32:09", a build stamp), "Aug 2 2024"
		k += 4
		if k+1 < len(s) && s[k] == ' ' {
			if t := matchTime(s[k+1:]); t > 0 {
				k += 1 + t
			}
		}
		return boundary(s, k)
	}
	t := matchTime(s[k:])
	if t == 0 {
		return 0
	}
	k += t
	if k+5 <= len(s) && s[k] == ' ' && digitsRun(s[k+1:], 4) == 4 && (k+5 == len(s) || !isDigit(s[k+5])) {
		k += 5
	}
	return boundary(s, k)
}

var months = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var weekdays = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}

// nameInitial[c]: a month or weekday name starts with c (dateTimeAt).
var nameInitial [256]bool

func init() {
	for _, n := range append(append([]string(nil), months...), weekdays...) {
		nameInitial[n[0]] = true
	}
}

func isName(s string, names []string) bool {
	if len(s) < 4 || s[3] != ' ' {
		return false
	}
	for _, n := range names {
		if s[:3] == n {
			return true
		}
	}
	return false
}

func digitsRun(s string, max int) int {
	k := 0
	for k < len(s) && k < max && isDigit(s[k]) {
		k++
	}
	return k
}

// matchDate matches YYYY-MM-DD or YYYY/M/D.
func matchDate(s string) int {
	if digitsRun(s, 4) != 4 || len(s) < 8 || (s[4] != '-' && s[4] != '/') {
		return 0
	}
	sep := s[4]
	k := 5
	m := digitsRun(s[k:], 2)
	if m == 0 || k+m >= len(s) || s[k+m] != sep {
		return 0
	}
	k += m + 1
	d := digitsRun(s[k:], 2)
	if d == 0 {
		return 0
	}
	return k + d
}

// matchMonthDayYear matches M/D/YYYY (one or two digits each for the
// month and the day), the short date of the en-US locale.
func matchMonthDayYear(s string) int {
	m := digitsRun(s, 2)
	if m == 0 || m >= len(s) || s[m] != '/' {
		return 0
	}
	k := m + 1
	d := digitsRun(s[k:], 2)
	if d == 0 || k+d >= len(s) || s[k+d] != '/' {
		return 0
	}
	k += d + 1
	if digitsRun(s[k:], 5) != 4 {
		return 0
	}
	return k + 4
}

// meridiem matches the " AM" or " PM" (or lower case) a 12-hour clock
// writes after its time, a whole word.
func meridiem(s string) int {
	if len(s) < 3 || s[0] != ' ' || (s[2] != 'M' && s[2] != 'm') {
		return 0
	}
	switch s[1] {
	case 'A', 'P', 'a', 'p':
	default:
		return 0
	}
	if (s[1] >= 'a') != (s[2] >= 'a') || len(s) > 3 && (isAlpha(s[3]) || isDigit(s[3])) {
		return 0
	}
	return 3
}

// matchTime matches H:MM[:SS][(.|,)frac].
func matchTime(s string) int {
	h := digitsRun(s, 2)
	if h == 0 || h >= len(s) || s[h] != ':' {
		return 0
	}
	k := h + 1
	if digitsRun(s[k:], 2) != 2 {
		return 0
	}
	k += 2
	if k+2 < len(s) && s[k] == ':' && digitsRun(s[k+1:], 2) == 2 {
		k += 3
		if k+1 < len(s) && (s[k] == '.' || s[k] == ',') && isDigit(s[k+1]) {
			k++
			for k < len(s) && isDigit(s[k]) {
				k++
			}
		}
	}
	return k
}

// matchZone matches Z or +hh[:]mm.
func matchZone(s string) int {
	if len(s) > 0 && s[0] == 'Z' {
		return 1
	}
	if len(s) >= 5 && (s[0] == '+' || s[0] == '-') && digitsRun(s[1:], 2) == 2 {
		k := 3
		if s[k] == ':' {
			k++
		}
		if digitsRun(s[k:], 2) == 2 {
			return k + 2
		}
	}
	return 0
}

// spacedZone matches the zone written after a space, as Go's
// time.Time.String() writes it ("2006-01-02 15:04:05.999 -0700 MST"): a
// numeric offset, then perhaps one space and its name: an abbreviation
// of the time zone database (zoneNames: "UTC", "CET", "CEST", "PDT") or
// the numeric name it gives zones without one (the offset, "+0545", or
// its hours, "+03" for "+0300"); or "UTC"/"GMT" alone. Any other word
// after the offset, or a word of capitals after a time without one, is
// the record's next field (a level, "ERROR", "CRIT"; a method, "GET",
// "POST"), not a zone.
func spacedZone(s string) int {
	if len(s) < 4 || s[0] != ' ' {
		return 0
	}
	if s[1] != '+' && s[1] != '-' {
		if (s[1:4] == "UTC" || s[1:4] == "GMT") && (len(s) == 4 || !isAlpha(s[4])) {
			return 4
		}
		return 0
	}
	if len(s) < 6 || digitsRun(s[2:], 4) != 4 || len(s) > 6 && isDigit(s[6]) {
		return 0
	}
	k := 6
	if k+1 < len(s) && s[k] == ' ' {
		j := k + 1
		for j < len(s) && j-k-1 < 6 && (isAlpha(s[j]) || isDigit(s[j]) || j == k+1 && (s[j] == '+' || s[j] == '-')) {
			j++
		}
		if a := s[k+1 : j]; (zoneNames[a] || a == s[1:6] || a == s[1:4] && s[4:6] == "00") && (j == len(s) || !isAlpha(s[j]) && !isDigit(s[j])) {
			k = j
		}
	}
	return k
}

// zoneNames are the abbreviations the time zone database (tzdata, as Go
// embeds it in lib/time/zoneinfo.zip) gives its zones in the years
// 2010-2030; zones without one are named by their offset ("+03"). No
// HTTP method and no level word is one (TestZoneNamesAreNoFieldWords).
var zoneNames = map[string]bool{
	"ACDT": true, "ACST": true, "ADT": true, "AEDT": true, "AEST": true, "AKDT": true, "AKST": true,
	"AST": true, "AWST": true, "BST": true, "CAT": true, "CDT": true, "CEST": true, "CET": true,
	"CST": true, "ChST": true, "EAT": true, "EDT": true, "EEST": true, "EET": true, "EST": true,
	"GMT": true, "HDT": true, "HKT": true, "HST": true, "IDT": true, "IST": true, "JST": true,
	"KST": true, "MDT": true, "MSD": true, "MSK": true, "MST": true, "NDT": true, "NST": true,
	"NZDT": true, "NZST": true, "PDT": true, "PKT": true, "PST": true, "SAST": true, "SST": true,
	"UTC": true, "WAT": true, "WEST": true, "WET": true, "WIB": true, "WIT": true, "WITA": true,
}

func hasColons(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			n++
		}
	}
	return n
}

// boundary accepts a match of length n only when it ends the token: at the
// end, before a space or delimiter, or before a final '.'.
func boundary(s string, n int) int {
	if n >= len(s) || isSpace(s[n]) || isDelim(s[n]) {
		return n
	}
	if s[n] == '.' && (n+1 == len(s) || isSpace(s[n+1])) {
		return n
	}
	return 0
}

// matchCLF matches the Common Log Format stamp of web servers and proxies,
// "04/Dec/2026:10:12:33 +0000" (%d/%b/%Y:%H:%M:%S %z), the zone optional.
func matchCLF(s string) int {
	d := digitsRun(s, 2)
	if d == 0 || len(s) < d+12 || s[d] != '/' || s[d+4] != '/' {
		return 0
	}
	month := false
	for _, m := range months {
		month = month || s[d+1:d+4] == m
	}
	if !month {
		return 0
	}
	k := d + 5
	if digitsRun(s[k:], 4) != 4 || k+4 >= len(s) || s[k+4] != ':' {
		return 0
	}
	k += 5
	t := matchTime(s[k:])
	if t == 0 {
		return 0
	}
	k += t
	if k+6 <= len(s) && s[k] == ' ' && (s[k+1] == '+' || s[k+1] == '-') && digitsRun(s[k+2:], 4) == 4 {
		k += 6
	}
	return k
}

var fullWeekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var fullMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// namedDate matches a date that starts with its weekday and a comma: RFC
// 5322's (e-mail's Date, HTTP's IMF-fixdate of RFC 9110 §5.6.7, Go's
// time.RFC1123 and RFC1123Z, Python's email.utils.formatdate) "Tue, 23
// Dec 2026 13:33:34 GMT" or "+0000", its time and zone optional; and the
// en-US long date, .NET's "F" and "D" formats and Windows' long date,
// "Friday, December 26, 2026 3:41:03 PM", its time optional.
func namedDate(s string) int {
	if len(s) >= 15 && s[3] == ',' && s[4] == ' ' {
		for _, w := range weekdays {
			if s[:3] != w {
				continue
			}
			k := 5
			d := digitsRun(s[k:], 2)
			if d == 0 || k+d+9 > len(s) || s[k+d] != ' ' || !isName(s[k+d+1:], months) {
				return 0
			}
			k += d + 5
			if digitsRun(s[k:], 4) != 4 || k+4 < len(s) && isDigit(s[k+4]) {
				return 0
			}
			k += 4
			if k+1 < len(s) && s[k] == ' ' {
				if t := matchTime(s[k+1:]); t > 0 {
					k += 1 + t
					k += spacedZone(s[k:])
				}
			}
			return k
		}
		return 0
	}
	for _, w := range fullWeekdays {
		if len(s) <= len(w)+2 || s[:len(w)] != w || s[len(w)] != ',' || s[len(w)+1] != ' ' {
			continue
		}
		k := len(w) + 2
		for _, m := range fullMonths {
			if len(s) > k+len(m) && s[k:k+len(m)] == m && s[k+len(m)] == ' ' {
				k += len(m) + 1
				d := digitsRun(s[k:], 2)
				if d == 0 || k+d+6 > len(s) || s[k+d] != ',' || s[k+d+1] != ' ' {
					return 0
				}
				k += d + 2
				if digitsRun(s[k:], 4) != 4 || k+4 < len(s) && isDigit(s[k+4]) {
					return 0
				}
				k += 4
				if k+1 < len(s) && s[k] == ' ' {
					if t := matchTime(s[k+1:]); t > 0 {
						k += 1 + t
						k += meridiem(s[k:])
					}
				}
				return k
			}
		}
		return 0
	}
	return 0
}

// weekdayInitial[c]: a weekday's name starts with c (dateTimeAt's test
// for a full name, "Friday, ...", with weekdayAbbr: every full name starts
// with its abbreviation).
var weekdayInitial [256]bool

func init() {
	for _, n := range weekdays {
		weekdayInitial[n[0]] = true
	}
}

func weekdayAbbr(w string) bool {
	switch w {
	case "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun":
		return true
	}
	return false
}
