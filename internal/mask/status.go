package mask

import "strings"

// reasonPhrases are the reason phrases of the HTTP status codes (the IANA
// HTTP Status Code Registry, RFC 9110 §15, with the earlier names RFC 2616
// and RFC 7231 gave some codes, which servers still write).
var reasonPhrases = map[string][]string{
	"100": {"Continue"}, "101": {"Switching Protocols"}, "102": {"Processing"}, "103": {"Early Hints"},
	"200": {"OK"}, "201": {"Created"}, "202": {"Accepted"}, "203": {"Non-Authoritative Information"},
	"204": {"No Content"}, "205": {"Reset Content"}, "206": {"Partial Content"}, "207": {"Multi-Status"},
	"208": {"Already Reported"}, "226": {"IM Used"},
	"300": {"Multiple Choices"}, "301": {"Moved Permanently"}, "302": {"Found", "Moved Temporarily"},
	"303": {"See Other"}, "304": {"Not Modified"}, "305": {"Use Proxy"}, "307": {"Temporary Redirect"},
	"308": {"Permanent Redirect"},
	"400": {"Bad Request"}, "401": {"Unauthorized"}, "402": {"Payment Required"}, "403": {"Forbidden"},
	"404": {"Not Found"}, "405": {"Method Not Allowed"}, "406": {"Not Acceptable"},
	"407": {"Proxy Authentication Required"}, "408": {"Request Timeout", "Request Time-out"},
	"409": {"Conflict"}, "410": {"Gone"}, "411": {"Length Required"}, "412": {"Precondition Failed"},
	"413": {"Content Too Large", "Payload Too Large", "Request Entity Too Large"},
	"414": {"URI Too Long", "Request-URI Too Long"}, "415": {"Unsupported Media Type"},
	"416": {"Range Not Satisfiable", "Requested Range Not Satisfiable"}, "417": {"Expectation Failed"},
	"418": {"I'm a teapot"}, "421": {"Misdirected Request"}, "422": {"Unprocessable Content", "Unprocessable Entity"},
	"423": {"Locked"}, "424": {"Failed Dependency"}, "425": {"Too Early"}, "426": {"Upgrade Required"},
	"428": {"Precondition Required"}, "429": {"Too Many Requests"}, "431": {"Request Header Fields Too Large"},
	"451": {"Unavailable For Legal Reasons"},
	"500": {"Internal Server Error"}, "501": {"Not Implemented"}, "502": {"Bad Gateway"},
	"503": {"Service Unavailable"}, "504": {"Gateway Timeout", "Gateway Time-out"},
	"505": {"HTTP Version Not Supported"}, "506": {"Variant Also Negotiates"}, "507": {"Insufficient Storage"},
	"508": {"Loop Detected"}, "510": {"Not Extended"}, "511": {"Network Authentication Required"},
}

// statusPhrase returns the length of the reason phrase of the HTTP status
// code that rest follows, after one space ("200 OK", "404 Not Found",
// "503 Service Unavailable": a status line's code and phrase, RFC 9110
// §4 and §15), or 0. The phrase is the code's text, written by the same
// lookup: with the code it is one value, as a date and its zone are. It
// must be the phrase of that very code, as the registry writes it, and
// end the word ("200 OKAY", "200 Found" are no status).
func statusPhrase(code, rest string) int {
	if len(rest) < 3 || rest[0] != ' ' {
		return 0
	}
	for _, p := range reasonPhrases[code] {
		if strings.HasPrefix(rest[1:], p) {
			n := 1 + len(p)
			if n == len(rest) || !isAlpha(rest[n]) && !isDigit(rest[n]) && rest[n] != '_' && rest[n] != '-' && rest[n] != '\'' {
				return n
			}
		}
	}
	return 0
}
