package mask

// Credential detection, shared by the masker (a secret becomes "<*>" before
// template mining, so it is a variable of the template, never part of it)
// and by internal/redact (a secret becomes "[REDACTED]" in everything that
// leaves the collector). One hand-written scanner, no regular expression:
// it runs on every log message.
//
// Detected, from the public formats of each kind:
//
//   - cloud and SaaS keys by their prefix, at a word start: AWS access key
//     ids (AKIA/ASIA + 16 upper-case letters or digits), Google API keys
//     (AIza + 35), GitHub tokens (ghp_, gho_, ghu_, ghs_, ghr_,
//     github_pat_), GitLab personal access tokens (glpat-), Slack tokens
//     (xoxb-, xoxa-, xoxp-, xoxr-, xoxs-, xoxo-), Stripe keys (sk_live_,
//     sk_test_, rk_live_, rk_test_), OpenAI-style keys (sk-), npm tokens
//     (npm_), PyPI API tokens (pypi-), SendGrid API keys (SG.);
//   - the secret in the path of a webhook's URL (Slack's incoming
//     webhooks and workflow triggers, Discord's, Microsoft Teams'
//     connectors, Mattermost's and Rocket.Chat's /hooks/), found at its
//     host, each '/' of its path literal, JSON-escaped or percent-encoded
//     once or more (webhookAt); likewise a Telegram bot's token in its
//     Bot API URL (telegramToken), a Zapier catch hook's key and
//     IFTTT's Webhooks key (zapierPath, iftttKey; h150);
//   - the credentials of a URL percent-encoded inside another, its
//     encoded span decoded and scanned with these rules (encSpans; h150);
//   - JSON Web Tokens: three base64url segments, the first starting "eyJ";
//   - credentials after an authentication scheme: "Bearer <token>",
//     "Basic <base64>", "token <token>" (the token must look like one: long
//     enough, several character classes);
//   - passwords in URLs: scheme://user:<password>@host (also with an
//     unencoded '/' in the password, when the ':' is no port), and in SIP's
//     opaque URIs (RFC 3261 §19.1.1), sip:user:<password>@host and
//     sips: (any case, the scheme at a word start; the masker replaces
//     the whole URI, one value in its templates anyway; tel: and mailto:
//     take no password);
//   - the value of a key whose name (its last dotted part) contains
//     password, passwd, pwd, passphrase, secret, token, api_key, access_key,
//     private_key or credential (any case; apikey, api-key, apiKey alike),
//     unless it ends in Exception or Error (a type before its message)
//     or its last word names an attribute of the credential (Name, Type,
//     Kind, Length, Len, Size, Count: "SharedAccessKeyName"),
//     written key=value,
//     key: value, "key": "value", 'key'='value' or "key"=>"value" (also with escaped
//     quotes, {\"password\":\"...\"}, inside a quoted string, or quotes as
//     character references, {&quot;password&quot;:...}); a quoted value is masked
//     whole, an unquoted one up to whitespace, one of "',; or
//     the '&' of a next query parameter; a quoted key is judged by its
//     words, whatever punctuation ends or begins it inside its quotes
//     ({"apiToken=":"..."}, "secret:", "$password");
//     "Authorization: <credentials>" without a scheme word;
//   - the value of a parameter, after the '?' or '&' of a URL query or the
//     ';' of a connection string, named "key", "sig" or ending in
//     "signature" (an API key, a SAS token's or a presigned URL's
//     signature), and in a connection string a name whose last word is
//     "Key" (Azure's AccountKey);
//   - the text of an XML element named like a credential key,
//     <password>value</password>;
//   - the body of PEM private-key blocks (-----BEGIN ... PRIVATE KEY-----
//     up to -----END ...-----, or to the end of the text).

import (
	"strings"
	"sync"
	"unsafe"
)

// SecretSpan is the byte range [Start, End) of one credential in a text.
type SecretSpan struct{ Start, End int }

// FindSecrets appends to dst the credentials of s, left to right and
// non-overlapping. It allocates only when dst grows, and to decode a
// percent-encoded span (encSpans).
func FindSecrets(dst []SecretSpan, s string) []SecretSpan {
	ec := encFor(s, 0, len(s))
	if ec != nil {
		defer encPool.Put(ec)
	}
	for i := 0; i < len(s); {
		start, end, ok := nextSecret(s, i, len(s), "", ec)
		if !ok {
			break
		}
		dst = append(dst, SecretSpan{start, end})
		i = end
	}
	return dst
}

// ReplaceSecrets returns s with every credential replaced by repl. A span
// that already is repl is left alone, so replacing twice changes nothing,
// and so is one that is the wildcard: a template's placeholder
// (password=<*>) is no secret, the one it stood for is gone, and a
// redacted template keeps its text (the lineage text a snapshot keeps
// must hash to the template it stands for). s is returned as it is,
// without allocating, when it holds no credential and no percent escape
// (a span with one is decoded, encSpans).
func ReplaceSecrets(s, repl string) string {
	return replaceCmdSecrets(replaceSecrets(s, repl, false), repl, false) // options' values (cmdline.go)
}

// replaceSecrets is ReplaceSecrets; with digitsMasked (the masker's call),
// spans of digits only are left alone (the masker turns them into a
// wildcard anyway, so the message is not copied for them), and the
// password of a sip: URI is replaced with the whole URI (sipURIAround).
func replaceSecrets(s, repl string, digitsMasked bool) string {
	var b []byte
	ec := encFor(s, 0, len(s))
	if ec != nil {
		defer encPool.Put(ec)
	}
	last := 0
	for i := 0; ; {
		start, end, ok := nextSecret(s, i, len(s), repl, ec)
		if !ok {
			break
		}
		i = end
		if s[start:end] == Wildcard {
			continue // a placeholder (ReplaceSecrets); the masker's skip anyway
		}
		if digitsMasked {
			if run(s, start, isDigit) == end {
				continue
			}
			if us, ue := sipURIAround(s, start, end); ue > 0 && us >= last {
				start, end, i = us, ue, ue
			}
		}
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

// maskSecrets is the masker's first step: every credential becomes the
// wildcard. When msg was cut at the scan limit, its last token may be the
// head of a secret that no longer matches, so it is dropped (the masker
// appends a wildcard to a cut message anyway).
func maskSecrets(msg string, cut bool) string {
	if cut {
		k := len(msg)
		for k > 0 && !isSpace(msg[k-1]) {
			k--
		}
		msg = msg[:k]
	}
	return replaceCmdSecrets(replaceSecrets(msg, Wildcard, true), Wildcard, false)
}

// triggerBytes are the bytes that can start a published prefix, an
// authentication scheme or a webhook URL's host or path (scTrigger).
const triggerBytes = "AgxsrneBbTtpShHdDwWoOmM"

// Byte classes of the secret scanner.
const (
	scOther   = iota // whitespace and punctuation not below
	scWord           // letters, digits, '_'
	scTrigger        // a word byte that can start a prefix or scheme word
	scKeyEnd         // '=' and ':', and '>' (an XML start tag's end)
	scDash           // '-'
	scDot            // '.'
	scPct            // '%' or '\\': an encoded '/' or '@' before a webhook's host or path
)

var (
	secClass [256]uint8
	wordByte [256]bool
	// secondOK[c][d]: d can follow the trigger c ("AK", "gh", "Be", ...).
	secondOK [256][256]bool
	// keyByte: word bytes, '-' and '.', the bytes of a key (keyAt);
	// keyPartByte the same without '.', the bytes of its last part
	keyByte, keyPartByte [256]bool
	// secretWordStart: the first letters of the words secretKey looks
	// for, in either case (one load per byte instead of its switch)
	secretWordStart [256]bool
	// sipLast: the last letters of the schemes "sip" and "sips"
	sipLast [256]bool
)

func init() {
	for c := 0; c < 256; c++ {
		wordByte[c] = isAlpha(byte(c)) || isDigit(byte(c)) || c == '_'
		if wordByte[c] {
			secClass[c] = scWord
		}
	}
	for _, c := range triggerBytes {
		secClass[c] = scTrigger
		for d := 0; d < 256; d++ {
			secondOK[c][d] = secondByte(byte(c), byte(d))
		}
	}
	secClass['='], secClass[':'] = scKeyEnd, scKeyEnd
	for c := 0; c < 256; c++ {
		keyByte[c] = wordByte[c] || c == '-' || c == '.'
		keyPartByte[c] = keyByte[c] && c != '.'
	}
	for _, c := range "pstacPSTAC" {
		secretWordStart[c] = true
	}
	for _, c := range "psPS" {
		sipLast[c] = true
	}
	secClass['-'], secClass['.'] = scDash, scDot
	// '\\': JSON's "\u002F" before a host (encodedWebhook; h143)
	secClass['%'], secClass['\\'] = scPct, scPct
	secClass['>'] = scKeyEnd // rare: in keyEnd, not a case of its own (nextSecret's switch stays as it was; BenchmarkMaskWorkload, cachegrind)
}

// nextSecret returns the leftmost credential of s starting at or after
// from and before limit (it may end after limit; one of an encoded span
// around a '%' before limit may start after it). Spans equal to skip are
// passed over. Words are skipped in a tight
// loop; only their first byte, '=', ':', '-' and '%' (an encoded '/' or
// '@' before a webhook's host, encodedWebhook) are looked at, and the key
// before a '=' or ':' is the run of word bytes, '-' and '.' the loop just
// passed (no scanning back). A '%' that encodes a byte asks ec
// for the credentials of the percent-encoded span around it (encSpans:
// a URL encoded inside another); one that starts before the credential
// the scan would find next is returned instead (ec == nil: the decoded
// text itself, not decoded again). The calls of one loop share ec, their
// from never decreasing, so that a span is decoded once.
func nextSecret(s string, from, limit int, skip string, ec *encSpans) (start, end int, ok bool) {
	i := from
	if i > 0 {
		for i < len(s) && wordByte[s[i-1]] && wordByte[s[i]] {
			i++ // inside a word: not at its start
		}
	}
	runStart, runEnd := -1, -1 // the last run of key bytes
	pend, pendEnd := 0, 0      // a credential of a percent-encoded span (ec)
	hit := false
scan:
	for i < limit {
		c := s[i]
		switch secClass[c] {
		case scOther:
			i++
			continue
		case scTrigger:
			if i+1 < len(s) && secondOK[c][s[i+1]] {
				if start, end = triggered(s, i); end > start && s[start:end] != skip {
					hit = true
					break scan
				}
			}
			fallthrough
		case scWord:
			if runEnd != i {
				runStart = i
			}
			for i++; i < len(s) && wordByte[s[i]]; i++ {
			}
			runEnd = i
			continue
		case scKeyEnd:
			if start, end = keyEnd(s, i, runStart, runEnd); end > start && s[start:end] != skip {
				hit = true
				break scan
			}
		case scPct:
			if start, end = encodedWebhook(s, i); end > start && s[start:end] != skip {
				hit = true
				break scan
			}
			if ec != nil && s[i] == '%' {
				if ds, de := ec.at(s, i, from, skip); de > ds {
					// the leftmost decoded credential: the scan goes on
					// only up to its start, where a literal one would
					// come first. It may start after limit (the one
					// pass asks over a piece of the span, "%2F%2Fuser",
					// and the password is after the ':' that ends it):
					// returned all the same, so that the piece reports
					// it and the message takes the two passes' path.
					pend, pendEnd, limit = ds, de, min(limit, ds)
				}
			}
		case scDash:
			if i+1 < len(s) && s[i+1] == '-' {
				if start, end = pemBlock(s, i); end > start && s[start:end] != skip {
					hit = true
					break scan
				}
			}
			fallthrough
		case scDot:
			if runEnd != i {
				runStart = i
			}
			runEnd = i + 1
		}
		i++
	}
	if hit && (pendEnd == 0 || start <= pend) {
		return start, end, true
	}
	if pendEnd > 0 {
		return pend, pendEnd, true
	}
	return 0, 0, false
}

// keyEnd matches the credential after the '=', ':' or '>' at s[i] (a URL
// password after "://", the value of a credential key, the text of an
// XML element named like one), given the last run of key bytes before it.
func keyEnd(s string, i, runStart, runEnd int) (start, end int) {
	if s[i] == '>' {
		if runEnd == i && runStart > 0 && s[runStart-1] == '<' {
			return xmlValue(s, i, runStart)
		}
		return 0, 0
	}
	if s[i] == ':' {
		if i+2 < len(s) && s[i+1] == '/' && s[i+2] == '/' {
			return urlPassword(s, i) // (a webhook's secret: at its host, triggered)
		}
		if i >= 9 && isDigit(s[i-1]) && isDigit(s[i-5]) { // (a bot's id: 5 or more digits, not a time's two)
			if start, end = telegramToken(s, i); end > start {
				return start, end
			}
		}
		if maybeSip(s, i) && sipScheme(s, i) >= 0 {
			return sipPassword(s, i)
		}
	}
	if ks, ke := keyBefore(s, i, runStart, runEnd); ke > ks {
		if start, end = keyedValue(s, i, ks, ke); end > start {
			return start, end
		}
	}
	return 0, 0
}

// The masker's one-pass scan (scan in mask.go) asks the functions below
// at the places where a credential can start, instead of a second pass
// over the message: at a word start (triggerAt), at '=' and ':' (keyAt),
// and over the spans it consumes whole (secretIn). Any credential they
// report sends the message down the two-pass path (maskSecrets, then the
// scan), so the one pass never has to mask one itself; a report the
// two-pass scan would not act on (a wildcard, digits only) is no report.

// maskable reports a span the two-pass masker would replace.
func maskable(s string, start, end int) bool {
	return end > start && s[start:end] != Wildcard && run(s, start, isDigit) != end
}

// triggerAt reports a credential that starts with the word at s[i] (a
// published prefix or an authentication scheme).
func triggerAt(s string, i int) bool {
	// (the first test inlined where scan calls it, at every word)
	if secClass[s[i]] != scTrigger {
		return false
	}
	return prefixOrSchemeAt(s, i)
}

func prefixOrSchemeAt(s string, i int) bool {
	c := s[i]
	if secClass[c] != scTrigger || i+1 >= len(s) || !secondOK[c][s[i+1]] || i > 0 && wordByte[s[i-1]] {
		return false
	}
	start, end := triggered(s, i)
	return maskable(s, start, end)
}

// triggered matches the credential that the word at s[i] starts, its
// first two bytes a trigger and a byte secondOK allows: the credentials
// after an authentication scheme, a webhook's secret after its host or
// its path's "hooks" (webhookAt), or a key or token by its prefix.
func triggered(s string, i int) (int, int) {
	switch s[i] {
	case 'B', 'b', 'T', 't':
		return schemeCredential(s, i)
	case 'h', 'H', 'd', 'D', 'w', 'W', 'o', 'O', 'm', 'M':
		return webhookAt(s, i, i > 0 && (s[i-1] == '/' || s[i-1] == ';' && htmlSlashBefore(s, i)))
	case 's':
		if s[i+1] == 'e' && pathStart(s, i) {
			return slackIDs(s, i+len("services"), true)
		}
	}
	return prefixed(s, i)
}

// keyAt reports a credential after the '=' or ':' at s[i]. The run of key
// bytes before it is found by scanning back (as far as a key can be long).
func keyAt(s string, i int) bool {
	e := i
	for e > 0 && i-e < 4 && (s[e-1] == ' ' || s[e-1] == '\t') {
		e--
	}
	quoted := false
	if e > 0 && (s[e-1] == '"' || s[e-1] == '\'') {
		e--
		quoted = true
		if e > 0 && s[e-1] == '\\' {
			e-- // an escaped quote (keyBefore)
		}
	} else if e > 0 && s[e-1] == ';' {
		n, _ := quoteRefBefore(s, e) // a quote as a character reference (keyBefore)
		e -= n
		quoted = n > 0
	}
	if quoted {
		e = keyPunctBefore(s, e) // punctuation ending a quoted key, "apiToken=" (keyBefore)
	}
	st := e
	lo := max(0, e-maxKeyLen-1) // st > lo: st > 0 and e-st <= maxKeyLen
	if s[i] == ':' && maybeSip(s, i) && sipScheme(s, i) >= 0 {
		// an opaque URI, sip:user:password@host: not a key (keyEnd)
		start, end := sipPassword(s, i)
		return maskable(s, start, end)
	}
	if s[i] == ':' && i >= 9 && isDigit(s[i-1]) && isDigit(s[i-5]) {
		if start, end := telegramToken(s, i); end > start {
			return maskable(s, start, end) // (keyEnd)
		}
	}
	if !(s[i] == ':' && i+2 < len(s) && s[i+1] == '/' && s[i+2] == '/') {
		// Not a URL: keyEnd can only find a keyed value, whose key is
		// this run (keyBefore) and must name a credential (keyedValue).
		// Most keys do not: that test first, without the calls (the
		// one-pass scan runs it at every '=' and ':'; measured with
		// BenchmarkMaskLoghub, cachegrind). It looks at the run's part
		// after its last dot only (lastKeyPart), so the run is scanned
		// back to its start only for a key that names a credential, not
		// for every dotted name before a ':' ("org.apache...DataNode:").
		// Within the same bound, the part found is the run's last part
		// (or the run itself, cut at the bound), and an empty part is no
		// credential key, as credentialKey("") is not. The test is
		// written so that a plain key takes the fewest instructions
		// (h113: "== plainKey && !(...)" took one more per key).
		for st > lo && keyPartByte[s[st-1]] {
			st--
		}
		if st >= e || !(credentialKey(s[st:e]) != plainKey || s[i] == '=' && paramKey(s[st:e])) {
			if !quoted || st == 0 || s[st-1] != '.' || !dottedKeyBefore(s, st, lo, e) {
				return false
			}
		}
		for st > lo && keyByte[s[st-1]] {
			st--
		}
		start, end := keyEnd(s, i, st, e)
		return maskable(s, start, end)
	}
	for st > lo && keyByte[s[st-1]] {
		st--
	}
	runStart, runEnd := -1, -1
	if st < e {
		runStart, runEnd = st, e
	}
	start, end := keyEnd(s, i, runStart, runEnd)
	return maskable(s, start, end)
}

// secretIn reports a credential that starts in s[from:limit].
func secretIn(s string, from, limit int) bool {
	// The one pass asks over the pieces of a text one by one: the
	// encoded span around them is decoded once for the text, kept in a
	// pooled encSpans that holds the text (so its address is no other
	// text's while it is kept), not once a piece (the span reaches
	// maxEncSpan on either side: "%3D!" repeated was 250 times slower,
	// BenchmarkEncodedURLHostile's mask/).
	ec := encFor(s, from, limit)
	if ec != nil {
		defer encPool.Put(ec)
	}
	for i := from; i < limit; {
		start, end, ok := nextSecret(s, i, limit, Wildcard, ec)
		if !ok {
			return false
		}
		if maskable(s, start, end) {
			return true
		}
		i = end
	}
	return false
}

// secondByte reports whether d can follow c at the start of a prefix or
// scheme word (a cheap filter before the full comparison).
func secondByte(c, d byte) bool {
	switch c {
	case 'A':
		return d == 'K' || d == 'S' || d == 'I'
	case 'g':
		return d == 'h' || d == 'l' || d == 'i'
	case 'x':
		return d == 'o'
	case 's':
		return d == 'k' || d == 'e' // sk_live_, sk-; a path's /services/ (Slack's webhook path without its host)
	case 'r':
		return d == 'k'
	case 'p':
		return d == 'y'
	case 'S':
		return d == 'G'
	case 'n':
		return d == 'p'
	case 'e':
		return d == 'y'
	case 'h', 'H':
		return d|0x20 == 'o' // hooks.slack.com, a path's /hooks/
	case 'd', 'D':
		return d|0x20 == 'i' // discord.com, discordapp.com
	case 'w', 'W':
		return d|0x20 == 'e' || d|0x20 == 'i' // webhook.office.com; IFTTT's /with/key/ (also /With/Key/, h156)
	case 'm', 'M':
		return d|0x20 == 'a' // maker.ifttt.com (h156)
	case 'o', 'O':
		return d|0x20 == 'u' // outlook.office.com, outlook.office365.com
	case 'B', 'b':
		return d|0x20 == 'e' || d|0x20 == 'a'
	case 'T', 't':
		return d|0x20 == 'o'
	}
	return false
}

func isWordByte(c byte) bool { return wordByte[c] }

func isUpperAlnum(c byte) bool { return 'A' <= c && c <= 'Z' || isDigit(c) }

// run returns the end of the run of bytes accepted by ok from i.
func run(s string, i int, ok func(byte) bool) int {
	for i < len(s) && ok(s[i]) {
		i++
	}
	return i
}

func isAlnum(c byte) bool        { return isAlpha(c) || isDigit(c) }
func isB64URL(c byte) bool       { return isAlnum(c) || c == '_' || c == '-' }
func isAlnumUnder(c byte) bool   { return isAlnum(c) || c == '_' }
func isAlnumDash(c byte) bool    { return isAlnum(c) || c == '-' }
func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// prefixed matches a key or token by its published prefix at s[i:]; the
// token must end at a word boundary.
func prefixed(s string, i int) (int, int) {
	t := s[i:]
	n := 0
	switch t[0] {
	case 'A':
		switch {
		case hasPrefix(t, "AKIA") || hasPrefix(t, "ASIA"):
			if k := run(t, 4, isUpperAlnum); k == 20 {
				n = k
			}
		case hasPrefix(t, "AIza"):
			if k := run(t, 4, isB64URL); k == 39 {
				n = k
			}
		}
	case 'g':
		switch {
		case len(t) > 4 && t[:2] == "gh" && t[3] == '_' && (t[2] == 'p' || t[2] == 'o' || t[2] == 'u' || t[2] == 's' || t[2] == 'r'):
			n = atLeast(t, 4, 20, isAlnum)
		case hasPrefix(t, "github_pat_"):
			n = atLeast(t, 11, 20, isAlnumUnder)
		case hasPrefix(t, "glpat-"):
			n = atLeast(t, 6, 20, isB64URL)
		}
	case 'x':
		if len(t) > 4 && t[:3] == "xox" && t[4] == '-' && (t[3] == 'b' || t[3] == 'a' || t[3] == 'p' || t[3] == 'r' || t[3] == 's' || t[3] == 'o') {
			n = atLeast(t, 5, 10, isAlnumDash)
		}
	case 's', 'r':
		switch {
		case hasPrefix(t[1:], "k_live_") || hasPrefix(t[1:], "k_test_"):
			n = atLeast(t, 8, 16, isAlnum)
		case t[0] == 's' && hasPrefix(t, "sk-"):
			n = atLeast(t, 3, 20, isB64URL)
		}
	case 'n':
		if hasPrefix(t, "npm_") {
			n = atLeast(t, 4, 36, isAlnum)
		}
	case 'p':
		// PyPI API tokens: "pypi-" and a macaroon in base64url, "not
		// shorter than 85 characters" (docs.pypi.org/api/secrets/)
		if hasPrefix(t, "pypi-") {
			n = atLeast(t, 5, 85, isB64URL)
		}
	case 'S':
		// SendGrid API keys: 69 characters (twilio.com/docs/sendgrid/
		// ui/account-and-settings/api-keys), "SG.", 22 base64url, '.',
		// 43 base64url
		if hasPrefix(t, "SG.") {
			if k := run(t, 3, isB64URL); k == 25 && k < len(t) && t[k] == '.' && run(t, k+1, isB64URL) == 69 {
				n = 69
			}
		}
	case 'e':
		if hasPrefix(t, "eyJ") {
			n = jwt(t)
		}
	}
	if n == 0 || n < len(t) && isWordByte(t[n]) {
		return 0, 0
	}
	return i, i + n
}

// atLeast returns the end of the run of ok bytes after the prefix p when it
// is at least min long, else 0.
func atLeast(t string, p, min int, ok func(byte) bool) int {
	if k := run(t, p, ok); k-p >= min {
		return k
	}
	return 0
}

// jwt matches header.payload.signature (base64url; an unsigned token has an
// empty signature).
func jwt(t string) int {
	k := run(t, 3, isB64URL)
	if k < 8 || k >= len(t) || t[k] != '.' {
		return 0
	}
	m := run(t, k+1, isB64URL)
	if m-k-1 < 4 || m >= len(t) || t[m] != '.' {
		return 0
	}
	return run(t, m+1, isB64URL)
}

// schemeCredential matches the credentials after an HTTP authentication
// scheme, "Bearer <token>", "Basic <base64>" or "token <token>" (any case),
// and returns the credentials' span.
func schemeCredential(s string, i int) (int, int) {
	t := s[i:]
	min := 8
	switch {
	case len(t) > 7 && eqFold(t[:6], "bearer"):
		t = t[6:]
	case len(t) > 6 && eqFold(t[:5], "basic"):
		t = t[5:]
	case len(t) > 6 && eqFold(t[:5], "token"):
		t = t[5:]
		min = 16 // "token" is a common word: only token-like values
	default:
		return 0, 0
	}
	if t[0] != ' ' && t[0] != '\t' {
		return 0, 0
	}
	k := run(t, 0, func(c byte) bool { return c == ' ' || c == '\t' })
	start := len(s) - len(t) + k
	end := run(s, start, isToken68)
	for end < len(s) && s[end] == '=' {
		end++
	}
	if end < len(s) && !isSpace(s[end]) && !isDelim(s[end]) && !closesToken(s, end) || !credentialLike(s[start:end], min) {
		return 0, 0
	}
	return start, end
}

// closesToken reports a byte at s[i] that ends the credentials before it
// besides whitespace and the masker's delimiters: an escape sequence of a
// quoted string (\", \n, \t, ...: a header written inside a JSON or
// logfmt string, "curl -H \"Authorization: Bearer ...\""), or the
// closing '>' or '`' around it.
func closesToken(s string, i int) bool {
	switch s[i] {
	case '>', '`':
		return true
	case '\\':
		return i+1 < len(s) && strings.IndexByte(`"\/nrtbfu`, s[i+1]) >= 0
	case '&':
		return charRef(s, i) > 0 // &quot;, &#34;: a payload HTML- or XML-escaped
	}
	return false
}

// charRef returns the length of the HTML or XML character reference at
// s[i] ("&quot;", "&#34;", "&#x22;"), or 0.
func charRef(s string, i int) int {
	k := i + 1
	switch {
	case k+1 < len(s) && s[k] == '#' && (s[k+1] == 'x' || s[k+1] == 'X'):
		k = run(s, k+2, func(c byte) bool { return class[c]&clHex != 0 })
	case k < len(s) && s[k] == '#':
		k = run(s, k+1, isDigit)
	default:
		k = run(s, k, isAlpha)
	}
	if k-i < 3 || k-i > 10 || k >= len(s) || s[k] != ';' || s[k-1] == '#' || s[k-1]|0x20 == 'x' && s[k-2] == '#' {
		return 0
	}
	return k + 1 - i
}

// quoteRef returns the length of a character reference to a quote at s[i]
// (&quot;, &#34;, &#x22;, &apos;, &#39;, &#x27;) and the quote, or 0: the
// quotes of a payload that was HTML- or XML-escaped.
func quoteRef(s string, i int) (int, byte) {
	n := charRef(s, i)
	if n == 0 {
		return 0, 0
	}
	switch r := s[i+1 : i+n-1]; {
	case r == "quot" || r == "#34" || r == "#x22" || r == "#X22":
		return n, '"'
	case r == "apos" || r == "#39" || r == "#x27" || r == "#X27":
		return n, '\''
	}
	return 0, 0
}

// quoteRefBefore returns the length of the quote reference that ends at
// s[e] (s[e-1] is its ';') and the quote, or 0.
func quoteRefBefore(s string, e int) (int, byte) {
	for _, n := range [...]int{6, 5} {
		if e >= n && s[e-n] == '&' {
			if m, q := quoteRef(s, e-n); m == n {
				return n, q
			}
		}
	}
	return 0, 0
}

func isToken68(c byte) bool {
	return isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/'
}

// credentialLike reports a value of at least min bytes that mixes two or
// more of lower case, upper case, digits and symbols, or is twice as long
// ("authentication" after "basic" is a word, not a credential).
func credentialLike(v string, min int) bool {
	if len(v) < min {
		return false
	}
	var lo, up, dg, sy int
	for k := 0; k < len(v); k++ {
		c := v[k]
		switch {
		case 'a' <= c && c <= 'z':
			lo = 1
		case 'A' <= c && c <= 'Z':
			up = 1
		case isDigit(c):
			dg = 1
		default:
			sy = 1
		}
	}
	return lo+up+dg+sy >= 2 || len(v) >= 2*min
}

// urlPassword matches the password of scheme://user:password@host, s[i:]
// starting at "://".
func urlPassword(s string, i int) (int, int) {
	if i == 0 || !isAlpha(s[i-1]) {
		return 0, 0
	}
	colon, at := userInfo(s, i+3, func(c byte, _ bool) bool {
		return isSpace(c) || c == '/' || c == '"' || c == '\'' || c == '?' || c == '#'
	})
	if colon >= 0 && at < 0 {
		// no '@' before the first '/': a port ("host:8080/") or a
		// password holding an unencoded '/' (a base64 secret pasted
		// into a DSN, "app:wJalr/K7M@db"), which the next '@' ends
		if p := run(s, colon+1, isDigit); p > colon+1 && (p == len(s) || s[p] == '/') || s[i+3] == '[' {
			return 0, 0 // a port, or an IPv6 literal's colons
		}
		for k := colon + 1; k < len(s) && !isSpace(s[k]) && s[k] != '"' && s[k] != '\'' && s[k] != '?' && s[k] != '#'; k++ {
			if s[k] == '@' {
				at = k
				break
			}
			if s[k] == ':' && k+2 < len(s) && s[k+1] == '/' && s[k+2] == '/' {
				break // another URL: scanned from its own "://", so each byte once, not once per URL before it ("a://x:y/a://x:y/..." was quadratic, h106)
			}
		}
	}
	if colon < 0 || at < colon+2 {
		return 0, 0
	}
	return colon + 1, at
}

// webhookAt returns the secret a webhook URL carries in its path, s[h:]
// the URL's host, or with slash (a path separator before s[h]) a path
// segment: whoever has the URL can post with it. The host in any case:
//
//   - Slack's incoming webhooks, hooks.slack.com/services/T…/B…/<secret>
//     (api.slack.com/messaging/webhooks; the secret, 24 letters and
//     digits, taken from 16 on), and its Workflow Builder's webhook
//     triggers, hooks.slack.com/triggers/T…/<id>/<secret> (docs.slack.dev,
//     "Sending data via a webhook to start a Slack workflow"; h131);
//   - Discord's, discord.com/api/webhooks/<id>/<token>
//     (discord.com/developers/docs/resources/webhook; also
//     discordapp.com, a versioned /api/v10/, and the ptb. and canary.
//     hosts, whose "discord" is a word start of its own; the token,
//     base64url, taken from 32 characters on);
//   - Microsoft Teams' (Office 365 connectors'),
//     <tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>[/V2<signature>]
//     and before it outlook.office.com/webhook/… (learn.microsoft.com,
//     "Create an Incoming Webhook"): from the 32 hex digits of <id>
//     to the end of the path, the owner and the V2 signature with it;
//   - a self-hosted server's /hooks/ path: Mattermost's
//     /hooks/<id>, the id 26 lower-case letters and digits
//     (developers.mattermost.com/integrate/webhooks/incoming: "Treat
//     this endpoint as a secret"), and Rocket.Chat's
//     /hooks/<integration id>/<token>, the id 17 letters and digits,
//     the token (taken from 24 on) the secret (docs.rocket.chat,
//     Integrations: the incoming webhook's URL and token).
//
// Each '/' of the path may be spelt as a URL written inside another text
// spells it (sepLen): JSON-escaped ("\/", as PHP's json_encode writes it,
// or "\u002F"), as an HTML character reference ("&#x2F;", "&#47;"),
// doubled ("//"), or percent-encoded any number of times ("%2F", "%252F",
// …; h141's and h143's spellings), so the URL
// written without its scheme, after a URL password, or encoded as a
// value, in a path or twice, is read alike (h131's findings, closed by
// h139). The host is literal in every such spelling (percent-encoding
// leaves letters, digits, '.' and '-' alone); the scan asks here at a
// word start (triggered) and after an encoded '/' or '@'
// (encodedWebhook). Each call reads the path once, up to the first byte
// that does not fit, so the scan stays linear.
func webhookAt(s string, h int, slash bool) (int, int) {
	t := s[h:]
	if len(t) < 5 {
		return 0, 0
	}
	switch t[0] | 0x20 { // (one comparison for most words: "host", "disk", "were", "out")
	case 'h':
		if foldHas(t, "hooks") {
			if foldHas(t[5:], ".slack.com") {
				return slackPath(s, hostEnd(s, h+len("hooks.slack.com")))
			}
			if foldHas(t[5:], ".zapier.com") {
				return zapierPath(s, hostEnd(s, h+len("hooks.zapier.com")))
			}
			if slash {
				if start, end := zapierHostBefore(s, h); end > start {
					return start, end // zapier.com/hooks/catch/… (h156)
				}
				return hooksPath(s, h+len("hooks"))
			}
		}
	case 'd':
		if foldHas(t, "discord") {
			switch {
			case foldHas(t[7:], ".com"):
				return discordPath(s, hostEnd(s, h+len("discord.com")))
			case foldHas(t[7:], "app.com"):
				return discordPath(s, hostEnd(s, h+len("discordapp.com")))
			}
		}
	case 'w':
		if foldHas(t, "webhook.office.com") {
			return teamsPath(s, hostEnd(s, h+len("webhook.office.com")))
		}
		if slash && hasPrefix(t, "webhooks") && discordAPIBefore(s, h) {
			return discordIDs(s, h+len("webhooks"))
		}
		if slash && foldHas(t, "with") {
			return iftttKey(s, h+len("with"))
		}
	case 'm':
		if foldHas(t, "maker.ifttt.com") {
			return iftttUse(s, hostEnd(s, h+len("maker.ifttt.com")))
		}
	case 'o':
		if foldHas(t, "outlook.office") {
			switch {
			case foldHas(t[14:], ".com"):
				return teamsPath(s, hostEnd(s, h+len("outlook.office.com")))
			case foldHas(t[14:], "365.com"):
				return teamsPath(s, hostEnd(s, h+len("outlook.office365.com")))
			}
		}
	}
	return 0, 0
}

// A webhook's path without its host: a client library's log line writes
// the host apart from the request line (urllib3's `https://
// hooks.slack.com:443 "POST /services/T…/B…/<secret> HTTP/1.1" 200`,
// h141's finding). Slack's "/services/T…/B…/<secret>" and Discord's
// "/api[/v<n>]/webhooks/<id>/<token>" are taken where the path starts
// (its first '/' after no host, port or path: pathStart), their ids of
// the documented shapes (slackIDs, discordIDs); on another host's name
// the path is kept (h133's and h139's near misses).

// pathStart reports a path's first segment at s[i] ("services"): a literal
// '/' before it that follows no byte of a host, port or path.
func pathStart(s string, i int) bool {
	if !hasPrefix(s[i:], "services") || i == 0 || s[i-1] != '/' {
		return false
	}
	return i < 2 || !inURL(s[i-2])
}

// inURL reports a byte before a path's '/' that makes it no path's start:
// a host's, a port's or a path's, or an escape's ("\/").
func inURL(c byte) bool { return keyByte[c] || c == '/' || c == ':' || c == '\\' }

// discordAPIBefore reports "/api/" or "/api/v<n>/" before the "webhooks"
// at s[h], its first '/' a path's start (pathStart).
func discordAPIBefore(s string, h int) bool {
	k := h - 1 // the '/' before "webhooks"
	if j := k - 1; j > 0 && isDigit(s[j]) {
		for j > 0 && k-j <= 4 && isDigit(s[j]) {
			j--
		}
		if s[j] != 'v' || j < 1 || s[j-1] != '/' {
			return false
		}
		k = j - 1
	}
	if k < 4 || s[k-4:k] != "/api" {
		return false
	}
	k -= 4
	return k == 0 || !inURL(s[k-1])
}

// hostEnd returns where a webhook host's path starts, s[k] the end of its
// name: past the root's trailing '.' ("hooks.slack.com.", a fully
// qualified name) and a port (":443", its ':' also percent-encoded), as
// a URL may write them (h141's finding: the port or the dot kept the
// secret).
func hostEnd(s string, k int) int {
	if k < len(s) && s[k] == '.' {
		k++
	}
	c := k
	if c < len(s) && s[c] == ':' {
		c++
	} else if n, ch := encChar(s, c); ch == ':' {
		c += n
	} else {
		return k
	}
	if e := run(s, c, isDigit); e > c && e-c <= 5 {
		return e
	}
	return k
}

// slackPath: /services/T…/B…/<secret> or /triggers/T…/<id>/<secret> at
// s[k] (webhookAt).
func slackPath(s string, k int) (int, int) {
	e := seg(s, k, "services")
	if e < 0 {
		e = seg(s, k, "triggers")
	}
	if e < 0 {
		return 0, 0
	}
	return slackIDs(s, e, false)
}

// slackIDs: /T…/B…/<secret> at s[e], after a Slack webhook's "services"
// or "triggers" (slackPath). bare: no host before the path (a client
// library's log line writes its host apart: urllib3's `https://
// hooks.slack.com:443 "POST /services/T…/B…/… HTTP/1.1" 200`, h141's
// finding), where the ids must have their documented shape (a workspace's
// "T…", a channel's "B…", upper-case letters and digits), so that only a
// Slack webhook's path is taken.
func slackIDs(s string, e int, bare bool) (int, int) {
	// the workspace's id and the channel's (the trigger's)
	for _, first := range [2]byte{'T', 'B'} {
		k := e
		if e = alnumSeg(s, e); e < 0 {
			return 0, 0
		}
		if bare {
			k += sepLen(s, k) // the id at s[k:e]
			if s[k] != first || e-k < 2 || run(s, k, isUpperAlnum) != e {
				return 0, 0
			}
		}
	}
	n := sepLen(s, e)
	if n == 0 {
		return 0, 0
	}
	e += n
	if m := run(s, e, isAlnum); m-e >= 16 && (m == len(s) || !isB64URL(s[m])) {
		return e, m
	}
	return 0, 0
}

// discordPath: /api[/v<n>]/webhooks/<id>/<token> at s[k] (webhookAt).
func discordPath(s string, k int) (int, int) {
	if k = seg(s, k, "api"); k < 0 {
		return 0, 0
	}
	if n := sepLen(s, k); n > 0 && k+n < len(s) && s[k+n] == 'v' {
		if e := run(s, k+n+1, isDigit); e > k+n+1 && sepLen(s, e) > 0 {
			k = e // a version, /api/v10/
		}
	}
	if k = seg(s, k, "webhooks"); k < 0 {
		return 0, 0
	}
	return discordIDs(s, k)
}

// numberedSegment: a path's /<digits>/ at s[k], each '/' in any of
// sepLen's spellings; the index after it, or -1.
func numberedSegment(s string, k int) int {
	n := sepLen(s, k)
	if n == 0 {
		return -1
	}
	k += n
	e := run(s, k, isDigit)
	if n = sepLen(s, e); e == k || n == 0 {
		return -1
	}
	return e + n
}

// discordIDs: /<id>/<token> at s[k], after a Discord webhook's "webhooks"
// (discordPath), or after a path's "webhooks" without a host before it
// (a client library's log line, as slackIDs): a numeric id, then a token
// of 32 or more base64url characters.
func discordIDs(s string, k int) (int, int) {
	if k = numberedSegment(s, k); k < 0 {
		return 0, 0
	}
	if e := run(s, k, isB64URL); e-k >= 32 {
		return k, e
	}
	return 0, 0
}

// teamsPath: /webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>…
// (or /webhook/…) at s[k], the '@' also percent-encoded; the span from
// the 32 hex digits of <id> to the end of the path (webhookAt).
func teamsPath(s string, k int) (int, int) {
	if k = seg(s, k, "webhook"); k < 0 {
		return 0, 0
	}
	if foldHas(s[k:], "b2") {
		k += 2
	}
	n := sepLen(s, k)
	if n == 0 {
		return 0, 0
	}
	k += n
	isGUID := func(c byte) bool { return class[c]&clHex != 0 || c == '-' }
	e := run(s, k, isGUID)
	if e == k || e >= len(s) {
		return 0, 0
	}
	if s[e] == '@' {
		e++
	} else if n, c := encChar(s, e); c == '@' {
		e += n
	} else {
		return 0, 0
	}
	k = run(s, e, isGUID)
	if k == e {
		return 0, 0
	}
	if k = seg(s, k, "incomingwebhook"); k < 0 {
		return 0, 0
	}
	if n = sepLen(s, k); n == 0 {
		return 0, 0
	}
	start := k + n
	e = run(s, start, func(c byte) bool { return class[c]&clHex != 0 })
	if e-start != 32 || e < len(s) && isB64URL(s[e]) {
		return 0, 0
	}
	// the rest of the path: the owner's id and a V2 signature
	for {
		n = sepLen(s, e)
		if n == 0 || e+n >= len(s) || !isB64URL(s[e+n]) {
			return start, e
		}
		e = run(s, e+n, isB64URL)
	}
}

// zapierPath: /hooks/catch/<account>/<hook>/ at s[k] (webhookAt), a
// Zapier "Catch Hook" trigger's URL (Zapier's "Webhooks by Zapier":
// whoever holds it starts the Zap; it cannot be rotated, only the Zap
// deleted): the hook's key, letters and digits, is the secret (the
// account's number is kept).
func zapierPath(s string, k int) (int, int) {
	if k = seg(s, k, "hooks"); k < 0 {
		return 0, 0
	}
	if k = seg(s, k, "catch"); k < 0 {
		return 0, 0
	}
	if foldHas(s[k:], "raw") {
		k += len("raw") // a "Catch Raw Hook"
	}
	if k = numberedSegment(s, k); k < 0 {
		return 0, 0
	}
	if e := run(s, k, isAlnum); e-k >= 6 && (e == len(s) || !isB64URL(s[e])) {
		return k, e
	}
	return 0, 0
}

// zapierHostBefore: a Zapier catch hook's key (zapierPath) when the
// path's "hooks" at s[h] follows Zapier's host written without "hooks."
// ("zapier.com/hooks/catch/<account>/<hook>/", the spelling of Zapier's
// older hooks, h152's finding), its name ending at most 16 bytes before
// (a port, a trailing dot and one separator in any spelling, hostEnd and
// sepLen, between them).
func zapierHostBefore(s string, h int) (int, int) {
	for p := h - 1; p >= len("zapier.com") && h-p <= 16; p-- {
		if s[p-1]|0x20 != 'm' || !foldHas(s[p-len("zapier.com"):], "zapier.com") {
			continue
		}
		if q := p - len("zapier.com"); q > 0 && isAlnumDash(s[q-1]) {
			continue // another name's end, "notzapier.com"
		}
		k := hostEnd(s, p)
		if n := sepLen(s, k); n > 0 && k+n == h {
			return zapierPath(s, k)
		}
	}
	return 0, 0
}

// iftttUse: /use/<key> at s[k], after IFTTT's host maker.ifttt.com
// (webhookAt): the page of the Webhooks service's key, which shows it in
// its path (h152's finding); the key as iftttKey's.
func iftttUse(s string, k int) (int, int) { return iftttKeyAfter(s, k, "use") }

// iftttKey: /key/<key> at s[k], after a path's "with" (webhookAt): the
// key of IFTTT's Webhooks service, maker.ifttt.com/trigger/<event>/with/
// key/<key> (also …/json/with/key/…), which triggers the account's
// applets; 20 or more base64url characters.
func iftttKey(s string, k int) (int, int) { return iftttKeyAfter(s, k, "key") }

// iftttKeyAfter: /<word>/<key> at s[k], each '/' in any of sepLen's
// spellings: IFTTT's key, 20 or more base64url characters.
func iftttKeyAfter(s string, k int, word string) (int, int) {
	if k = seg(s, k, word); k < 0 {
		return 0, 0
	}
	n := sepLen(s, k)
	if n == 0 {
		return 0, 0
	}
	k += n
	if e := run(s, k, isB64URL); e-k >= 20 {
		return k, e
	}
	return 0, 0
}

// telegramToken: a Telegram bot's token in its Bot API URL,
// api.telegram.org/bot<id>:<secret>/<method> (also /file/bot…), the ':'
// at s[i]: "bot" and the bot's numeric id (5 or more digits) after a
// path's '/' (in any spelling whose last byte is the '/' or ends "2F":
// "%2F", "\u002F", or ';' of "&#47;"), then 30 or more base64url
// characters (Telegram's Bot API documentation:
// "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"; its own tokens have 35),
// the secret (the id is the bot's public one).
func telegramToken(s string, i int) (int, int) {
	j := i
	for j > 0 && i-j <= 20 && isDigit(s[j-1]) {
		j--
	}
	if i-j < 5 || j < 4 || !foldHas(s[j-3:], "bot") { // also "/BOT" (h156)
		return 0, 0
	}
	switch c := s[j-4]; {
	case c == '/' || c == ';':
	case c|0x20 == 'f' && j >= 5 && s[j-5] == '2':
	default:
		return 0, 0
	}
	e := run(s, i+1, isB64URL)
	if e-(i+1) < 30 {
		return 0, 0
	}
	return i + 1, e
}

// hooksPath: /<id> (Mattermost: 26 lower-case letters and digits, both)
// or /<id>/<token> (Rocket.Chat: 17 letters and digits, then 24 or
// more) after a path's "hooks" at s[k] (webhookAt).
func hooksPath(s string, k int) (int, int) {
	n := sepLen(s, k)
	if n == 0 {
		return 0, 0
	}
	k += n
	e := run(s, k, isAlnum)
	if e < len(s) && isB64URL(s[e]) {
		return 0, 0
	}
	switch e - k {
	case 26:
		var lower, digit bool
		for j := k; j < e; j++ {
			switch c := s[j]; {
			case 'a' <= c && c <= 'z':
				lower = true
			case isDigit(c):
				digit = true
			default:
				return 0, 0
			}
		}
		if lower && digit {
			return k, e
		}
	case 17:
		if n = sepLen(s, e); n > 0 {
			k = e + n
			if e = run(s, k, isAlnum); e-k >= 24 && (e == len(s) || !isB64URL(s[e])) {
				return k, e
			}
		}
	}
	return 0, 0
}

// encodedWebhook returns a webhook's secret (webhookAt) after the
// percent-encoded '/' or '@' at s[i] ("%2F", "%252F", "%40": a URL
// written as a value or in a path, its host after an encoded '/', its
// path's "hooks" too, or after an encoded password's '@'), where the
// host is no word start.
func encodedWebhook(s string, i int) (int, int) {
	n, c := encChar(s, i)
	if s[i] == '\\' || c == '\\' {
		// JSON's "\u002F" before a host, its '\' maybe escaped or
		// percent-encoded: the host is no word start (h141's finding,
		// closed by h143); one separator, so that a run of them is read
		// once from its last
		if n = oneSep(s, i); n > 0 && s[i+n-1]|0x20 == 'f' {
			return webhookAt(s, i+n, true)
		}
		return 0, 0
	}
	if c != '/' && c != '@' {
		return 0, 0
	}
	return webhookAt(s, i+n, c == '/')
}

// encChar returns the length of the percent-encoded '/' or '@' at s[i]
// (or '\\' and ':', an escape before a path's '/' and a port's colon:
// sepLen, hostEnd) and the byte, encoded once or more ("%2F", "%252F", "%25252F": each
// further encoding writes the '%' as "%25"), or 0, 0 for anything else.
// It reads the run of "25" once, comparing bytes only (a run of "%25"
// is the hostile input: BenchmarkEncodedWebhookHostile).
func encChar(s string, i int) (int, byte) {
	if i >= len(s) || s[i] != '%' {
		return 0, 0
	}
	k := i + 1
	for k+3 < len(s) && s[k] == '2' && s[k+1] == '5' && (s[k+2] == '2' || s[k+2] == '4' || s[k+2] == '5' || s[k+2] == '3') {
		k += 2
	}
	if k+1 >= len(s) {
		return 0, 0
	}
	switch {
	case s[k] == '2' && s[k+1]|0x20 == 'f':
		return k + 2 - i, '/'
	case s[k] == '4' && s[k+1] == '0':
		return k + 2 - i, '@'
	case s[k] == '5' && s[k+1]|0x20 == 'c':
		return k + 2 - i, '\\' // an escape before a '/' (sepLen; h141)
	case s[k] == '3' && s[k+1]|0x20 == 'a':
		return k + 2 - i, ':' // a port's (hostEnd; h141)
	}
	return 0, 0
}

// sepLen returns the length of the path separator '/' at s[k] as a URL
// written inside another text spells it: "/", JSON-escaped "\/" or
// "\u002F" (also escaped again, "\\\/", up to seven backslashes), an HTML
// character reference ("&#x2F;", "&#47;", "&sol;"), or percent-encoded,
// once or more ("%2F", "%252F"), and a run of them ("//"); 0 for none.
func sepLen(s string, k int) int {
	n := oneSep(s, k)
	if n == 0 {
		return 0
	}
	// a doubled '/' ("/services//T…", "%2F%2F"): a run of separators
	// reads as one, as servers merge them; read once from the path's
	// host or start (webhookAt), so the scan stays linear (h141's
	// finding, closed by h143)
	for m := n; m > 0; n += m {
		m = oneSep(s, k+n)
	}
	return n
}

// oneSep returns the length of one path separator '/' at s[k] (sepLen),
// or 0.
func oneSep(s string, k int) int {
	if k >= len(s) {
		return 0
	}
	// up to seven escaping backslashes, each literal or percent-encoded
	// ("%5C/", "%5C%2F": a JSON-escaped URL percent-encoded, as Python's
	// urllib.parse.quote writes "\/", leaving '/'; h141's finding), then
	// the '/'
	e := k
	for esc := 0; e < len(s); esc++ {
		c, n := s[e], 1
		if c == '%' {
			if n, c = encChar(s, e); n == 0 {
				return 0
			}
		}
		switch {
		case c == '/':
			return e + n - k
		case c == '&' && n == 1:
			// an HTML character reference, "&#x2F;", "&#47;", "&sol;"
			// (OWASP's encoders write '/' so; h141's finding, closed by
			// h143)
			if n = htmlSlash(s, e); n > 0 {
				return e + n - k
			}
			return 0
		case c != '\\' || esc == 7:
			return 0
		}
		if u := e + n; u+4 < len(s) && s[u:u+4] == "u002" && s[u+4]|0x20 == 'f' {
			// JSON's "\u002F" (an encoder that escapes every '/' so;
			// h141's finding, closed by h143)
			return e + n + 5 - k
		}
		e += n
	}
	return 0
}

// htmlSlashBefore reports an HTML character reference to '/' ending at
// s[i] (htmlSlash), as a path's "hooks" may follow (webhookAt).
func htmlSlashBefore(s string, i int) bool {
	for j := i - 3; j >= 0 && i-j <= 10; j-- {
		if s[j] == '&' {
			return htmlSlash(s, j) == i-j
		}
	}
	return false
}

// htmlSlash returns the length of an HTML or XML character reference to
// '/' at s[i] ("&#x2F;", "&#47;", leading zeros and all, or "&sol;"), or
// 0.
func htmlSlash(s string, i int) int {
	n := charRef(s, i)
	if n == 0 {
		return 0
	}
	ref, v := s[i+1:i+n-1], 0
	switch {
	case ref[0] != '#':
		if ref == "sol" {
			return n
		}
		return 0
	case ref[1]|0x20 == 'x':
		for _, c := range []byte(ref[2:]) {
			v = v*16 + hexDigit(c)
			if v > '/' {
				return 0
			}
		}
	default:
		for _, c := range []byte(ref[1:]) {
			v = v*10 + int(c-'0')
			if v > '/' {
				return 0
			}
		}
	}
	if v != '/' {
		return 0
	}
	return n
}

// hexDigit returns the value of the hex digit c (charRef read it).
func hexDigit(c byte) int {
	if isDigit(c) {
		return int(c - '0')
	}
	return int(c|0x20-'a') + 10
}

// seg returns the end of a separator and then word (in any case; word in
// lower case) at s[k], or -1.
func seg(s string, k int, word string) int {
	n := sepLen(s, k)
	if n == 0 || !foldHas(s[k+n:], word) {
		return -1
	}
	return k + n + len(word)
}

// alnumSeg returns the end of a separator and then one or more letters
// and digits at s[k], or -1.
func alnumSeg(s string, k int) int {
	n := sepLen(s, k)
	if n == 0 {
		return -1
	}
	e := run(s, k+n, isAlnum)
	if e == k+n {
		return -1
	}
	return e
}

// userInfo scans a URI's address from s[k] up to the byte end reports
// (given whether an '@' was seen) and returns the first ':' before any
// '@' and the last '@' (the end of the user information), -1 for none:
// the password of user:password@host runs between them (urlPassword,
// sipPassword).
func userInfo(s string, k int, end func(c byte, afterAt bool) bool) (colon, at int) {
	colon, at = -1, -1
	for ; k < len(s) && !end(s[k], at >= 0); k++ {
		switch s[k] {
		case ':':
			if colon < 0 && at < 0 {
				colon = k
			}
		case '@':
			at = k
		}
	}
	return colon, at
}

// maybeSip is sipScheme's first test, inlined where it is asked: the
// byte before the ':' at s[i] can end "sip" or "sips" (most do not: one
// load).
func maybeSip(s string, i int) bool { return i >= 3 && sipLast[s[i-1]] }

// sipScheme returns the start of the scheme "sip" or "sips" (any case,
// RFC 3261 §19.1.1) before the ':' at s[i], at a word start ("gossip:" is
// none), or -1. It is asked at every ':' that is not "://", as
// urlPassword is at "://": no byte of the scan besides ':' is looked at
// for it.
func sipScheme(s string, i int) int {
	e := i
	if e > 0 && s[e-1]|0x20 == 's' {
		e-- // sips
	}
	if e >= 3 && s[e-1]|0x20 == 'p' && s[e-2]|0x20 == 'i' && s[e-3]|0x20 == 's' && (e == 3 || !wordByte[s[e-4]]) {
		return e - 3
	}
	return -1
}

// sipPassword matches the password of sip:user:password@host (RFC 3261
// §19.1.1, deprecated but written; "sips:" alike), s[i] the ':' after the
// scheme: the user is not empty, the password runs from the first ':' of
// the user information to its last '@', as urlPassword's. The URI ends
// where matchOpaqueURI ends it (whitespace, a quote or an angle bracket);
// after an '@', a ';' (parameters), '?' (headers) or ',' (the next URI of
// a list) ends the host. "sip:alice@10.0.0.1:5060" has no password (its
// ':' follows the '@'), nor has "tel:" or "mailto:" any.
func sipPassword(s string, i int) (int, int) {
	// up to the next sip: URI at most, which is scanned from its own
	// ':', so each byte is looked at a bounded number of times, not once
	// per URI before it ("sip:a:b/sip:a:b/..." was quadratic, h106)
	lim := i + 1
	for lim < len(s) && !isSpace(s[lim]) && !(s[lim] == ':' && maybeSip(s, lim) && sipScheme(s, lim) >= 0) {
		lim++
	}
	colon, at := userInfo(s[:lim], i+1, func(c byte, afterAt bool) bool {
		return isSpace(c) || c == '"' || c == '\'' || c == '<' || c == '>' || afterAt && (c == ';' || c == '?' || c == ',')
	})
	if colon <= i+1 || at < colon+2 {
		return 0, 0
	}
	return colon + 1, at
}

// sipURIAround returns the URI around the sip: password at s[start:end]
// as the masker writes it, one value (matchOpaqueURI in mask.go, with the
// angle brackets around it), or 0, 0 when the span is no such password.
// The masker replaces that whole URI, not only the password: the URI is
// a variable anyway, and "sip:alice:<*>@host" would be cut at the
// wildcard's '<' into a user and a host in the template, which then
// differs from the one without a password.
func sipURIAround(s string, start, end int) (int, int) {
	if start < 2 || end >= len(s) || s[end] != '@' || s[start-1] != ':' {
		return 0, 0
	}
	j := start - 2 // the scheme's ':', before the user (which has none)
	for j >= 0 && s[j] != ':' {
		j--
	}
	if j < 0 {
		return 0, 0
	}
	st := sipScheme(s, j)
	if st < 0 {
		return 0, 0
	}
	if ps, pe := sipPassword(s, j); ps != start || pe != end {
		return 0, 0
	}
	n := matchOpaqueURI(s[st:], j-st)
	if st+n <= end {
		return 0, 0
	}
	if st > 0 && s[st-1] == '<' && st+n < len(s) && s[st+n] == '>' {
		return st - 1, st + n + 1
	}
	return st, st + n
}

const maxKeyLen = 64

// keyedValue matches the value after the '=' or ':' at s[i] when the key
// s[ks:ke] before it names a credential.
func keyedValue(s string, i, ks, ke int) (int, int) {
	if s[i] == ':' && (i+1 < len(s) && s[i+1] == ':' || i > 0 && s[i-1] == ':') {
		return 0, 0 // Type::member
	}
	key, auth := lastKeyPart(s[ks:ke])
	kind := secretKeyed
	if !auth {
		kind = secretKey(key)
		if kind == plainKey && len(key) < ke-ks && quotedKeyEnd(s, ke) {
			kind, key = dottedKey(s[ks:ke]) // a JSON member's dotted name (cmdline.go)
		}
	}
	if kind == plainKey && !(s[i] == '=' && paramKey(key) && paramSecret(s, ks, i+1, key)) || foldSuffix(key, "exception") || foldSuffix(key, "error") {
		return 0, 0 // "BadCredentialsException: Bad credentials" is a type and its message
	}
	// the value, after blanks (and after Ruby's hash rocket, "=>":
	// {"password"=>"..."}, :password => "...")
	k := i + 1
	if s[i] == '=' && k < len(s) && s[k] == '>' {
		k++
	}
	for k < len(s) && k < i+8 && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	// more '=' after the separator ("apiToken==\"…\"", "token===…", Go's
	// "token := …"): part of it, not the value (h142's finding, closed by
	// h143: the '=' was taken for the value and the quoted secret after
	// it kept)
	// a ':' after the '=' too ("apiToken=:\"…\"", h150): part of the
	// separator as well
	for m := k; k < len(s) && k < m+8 && (s[k] == '=' || s[k] == ':' && s[i] == '='); {
		k++
	}
	for m := k; k < len(s) && k < m+8 && (s[k] == ' ' || s[k] == '\t'); {
		k++
	}
	if k >= len(s) {
		return 0, 0
	}
	if s[k] == '\\' && k+1 < len(s) && (s[k+1] == '"' || s[k+1] == '\'') {
		// an escaped quote: a value inside a quoted string, up to the
		// escaped quote that closes it
		q := s[k+1]
		for m := k + 2; m+1 < len(s) && m <= k+MaxQuotedValue; m++ {
			if s[m] == '\\' && s[m+1] == q {
				return quantityKept(kind, s, k+2, m)
			}
			if s[m] == '\n' || s[m] == '\r' || s[m] == q {
				break
			}
		}
		k += 2 // unterminated: the rest of the token
		if k >= len(s) {
			return 0, 0
		}
	}
	if n, q := quoteRef(s, k); n > 0 && s[k] == '&' {
		// quotes as character references: up to the next reference to
		// the same quote
		for m := k + n; m < len(s) && m <= k+MaxQuotedValue; m++ {
			if s[m] == '&' {
				if r, rq := quoteRef(s, m); r > 0 && rq == q {
					return quantityKept(kind, s, k+n, m)
				}
			}
			if s[m] == '\n' || s[m] == '\r' {
				break
			}
		}
		k += n // unterminated: the rest of the token
		if k >= len(s) {
			return 0, 0
		}
	}
	if q := s[k]; q == '"' || q == '\'' {
		for m := k + 1; m < len(s) && m <= k+MaxQuotedValue; m++ {
			if s[m] == q {
				return quantityKept(kind, s, k+1, m)
			}
			if s[m] == '\n' || s[m] == '\r' {
				break
			}
		}
		k++ // an unterminated quote: the rest of the token
		if k >= len(s) {
			return 0, 0 // `token:"` at the very end: nothing to mask
		}
	}
	if s[k] == '{' || s[k] == '[' && !hasPrefix(s[k:], "[REDACTED]") {
		return 0, 0 // a nested object or list: its own keys are scanned
	}
	end := k
	for end < len(s) {
		c := s[end]
		if isSpace(c) || c == '"' || c == '\'' || c == ',' || c == ';' || c == '&' && nextParam(s[end+1:]) || c == '\\' && end+1 < len(s) && (s[end+1] == '"' || s[end+1] == '\'') {
			break
		}
		end++
	}
	if n := run(s, k, isAlpha); n > k && n < end && (s[n] == '{' || s[n] == '(' || s[n] == '[') && trimClosers(s, n+1, end) == end {
		return 0, 0 // an object's string form, "Token{a64f992": its fields are scanned
	}
	if javaObjectRef(s[k:end]) {
		return 0, 0 // "token: android.os.BinderProxy@2bd79ce": an object, not a credential
	}
	if auth && end < len(s) && isSpace(s[end]) && run(s, k, isAlpha) == end {
		return 0, 0 // "Authorization: Bearer ...": the scheme's credentials follow
	}
	return quantityKept(kind, s, k, trimClosers(s, k, end))
}

// lastKeyPart returns the part of a key after its last dot, the part that
// names what the value is ("spring.datasource.password", not
// "a.b.TokenCache.get"), and whether it names an authorization header
// ("Authorization", "Proxy-Authorization").
func lastKeyPart(full string) (key string, auth bool) {
	key = full
	if dot := strings.LastIndexByte(key, '.'); dot >= 0 {
		key = key[dot+1:]
	}
	auth = foldSuffix(key, "authorization") && (len(key) == 13 || len(full) >= 18 && foldHas(key, "proxy") && len(key)-len("authorization") <= 6)
	return key, auth
}

// credentialKey tells whether keyedValue would take the key as naming a
// credential (its value is then looked at): plainKey when not.
func credentialKey(full string) keyKind {
	key, auth := lastKeyPart(full)
	if auth {
		return secretKeyed
	}
	return secretKey(key)
}

// quantityKept returns the value s[a:b] under a key of that kind, or 0, 0
// when the key names a number of the credential and the value is one
// (quantityValue).
func quantityKept(kind keyKind, s string, a, b int) (int, int) {
	if kind == quantityKey && quantityValue(s[a:b]) {
		return 0, 0
	}
	return a, b
}

// maxQuantityDigits and maxQuantityHex bound the digits of a number
// quantityValue takes: a 64-bit count's, in decimal or after "0x"; more
// are a key's bytes written as a number (h117: a private key written
// "0x" and 64 hex digits stayed in the redacted text).
const (
	maxQuantityDigits = 20
	maxQuantityHex    = 16
)

// quantityValue reports a value that a Length, Len, Size or Count key
// names: a number, signed or not, bare or with its unit after it ("12",
// "-1", "4096", "1.5MiB", "2048bits", "0x1F"; quantityUnit), or a word a
// program prints where the number is missing or unbounded
// ("unlimited", "none", "default"; noQuantityWord). Anything else
// ("hunter2", "s3cr3tV4lue", "ghx_abcd1234", and since h127 "2024summer",
// digits then a word that is no unit, and "hunter", a word that stands
// for no number) is the credential under a misnamed key (h110's and
// h117's findings). An empty value is none to mask.
func quantityValue(v string) bool {
	j := 0
	if j < len(v) && (v[j] == '-' || v[j] == '+') {
		j++
	}
	if j < len(v) && '0' <= v[j] && v[j] <= '9' {
		if v[j] == '0' && j+2 < len(v) && v[j+1]|0x20 == 'x' {
			h := j + 2
			for j = h; j < len(v) && class[v[j]]&clHex != 0; j++ {
			}
			return j == len(v) && j-h <= maxQuantityHex
		}
		digits := 0
		for ; j < len(v) && ('0' <= v[j] && v[j] <= '9' || v[j] == '.' || v[j] == ',' || v[j] == '_'); j++ {
			if '0' <= v[j] && v[j] <= '9' {
				digits++
			}
		}
		return digits <= maxQuantityDigits && quantityUnit(v[j:])
	}
	return j == 0 && noQuantityWord(v)
}

// lowerWord copies w, letters only and at most 10 of them, to b in lower
// case; false for anything else.
func lowerWord(b *[10]byte, w string) (string, bool) {
	if len(w) > len(b) {
		return "", false
	}
	for i := 0; i < len(w); i++ {
		if !isAlpha(w[i]) {
			return "", false
		}
		b[i] = w[i] | 0x20
	}
	return string(b[:len(w)]), true
}

// quantityUnit reports the unit after a number that a credential's
// length, size or count is written in (any case), or none: bytes and
// bits, bare or after a decimal or binary prefix ("B", "KB", "MiB",
// "kbit", "k", Kubernetes' "Ki"), and the things a text or a set is
// counted in (characters, digits, letters, words, symbols, items,
// entries, keys, tokens, lines, and "x" or "times"), singular or plural.
func quantityUnit(u string) bool {
	if u == "" {
		return true
	}
	var b [10]byte
	w, ok := lowerWord(&b, u)
	if !ok {
		return false
	}
	switch w {
	case "b", "bit", "bits", "byte", "bytes", "octet", "octets",
		"c", "ch", "char", "chars", "character", "characters", "digit", "digits", "letter", "letters",
		"word", "words", "symbol", "symbols", "item", "items", "entry", "entries", "key", "keys",
		"token", "tokens", "line", "lines", "x", "times":
		return true
	}
	if strings.IndexByte("kmgtpe", w[0]) < 0 {
		return false
	}
	w = w[1:] // a decimal prefix, or a binary one with its "i"
	if len(w) > 0 && w[0] == 'i' {
		w = w[1:]
	}
	switch w {
	case "", "b", "bit", "bits", "byte", "bytes":
		return true
	}
	return false
}

// noQuantityWord reports a word a program prints for a quantity it has
// no number for (any case): none, null, nil, unset, unknown, default,
// auto, unlimited, infinite, infinity, inf, max or min.
func noQuantityWord(v string) bool {
	var b [10]byte
	w, ok := lowerWord(&b, v)
	if !ok {
		return false
	}
	switch w {
	case "none", "null", "nil", "unset", "unknown", "default", "auto", "unlimited", "infinite", "infinity", "inf", "max", "min":
		return true
	}
	return false
}

// paramKey is paramSecret's first test, on the key alone: it ends in
// "key", "sig" or "signature" (any case).
func paramKey(k string) bool {
	return foldSuffix(k, "key") || foldSuffix(k, "sig") || foldSuffix(k, "signature")
}

// paramSecret reports a key (its last part key, full key at s[ks:]) that
// names a credential as a parameter, right after the '?' or '&' of a URL
// query or the ';' of a connection string: a signature that grants access
// ("sig", a SAS token's; a name ending in "Signature",
// "X-Amz-Signature", "SharedAccessSignature") or a key ("key", an API
// key's parameter); in a connection string also a name whose last word
// is "Key" ("AccountKey"). A query's "sortKey" or "cacheKey" names no
// credential. After a ';' a "key", "sig" or "...Key" counts only when
// its value (at s[v]) has a key's shape (keyShaped): ';' separates the
// fields of ordinary records too (";routing_key=order.created",
// ";RowKey=20240501-0007", ";sig=SIGTERM", h106).
func paramSecret(s string, ks, v int, key string) bool {
	if ks == 0 {
		return false
	}
	p := s[ks-1]
	if p != '?' && p != '&' && p != ';' && ks >= 6 && s[ks-6] == '\\' && jsonPunctEscape(s, ks-5, ks+3) {
		p = byte(hexDigit(s[ks-2])<<4 | hexDigit(s[ks-1])) // "\u0026sig=" (Go's encoding/json, h152)
	}
	if p != '?' && p != '&' && p != ';' {
		return false
	}
	n := len(key)
	switch {
	case foldSuffix(key, "signature"):
		return true
	case n == 3 && (foldHas(key, "sig") || foldHas(key, "key")):
		return p != ';' || keyShaped(s, v)
	case p == ';' && n > 3 && foldSuffix(key, "key"):
		c := key[n-4] // a word before: AccountKey, account_key
		return (key[n-3] == 'K' && 'a' <= c && c <= 'z' || c == '_' || c == '-') && keyShaped(s, v)
	}
	return false
}

// keyShaped reports whether the value at s[v] (a quote aside) is a key as
// connection strings carry it, base64 of a credential's length: 16 or
// more of base64's letters, a digit among them, then at most two '=',
// ending the value (the end, a blank, a quote, ';', ',' or '&'). A word,
// a date, a dotted name or a short id is none.
func keyShaped(s string, v int) bool {
	if v < len(s) && (s[v] == '"' || s[v] == '\'') {
		v++
	}
	n, digit := 0, false
	for ; v+n < len(s); n++ {
		c := s[v+n]
		if '0' <= c && c <= '9' {
			digit = true
		} else if !('a' <= c|0x20 && c|0x20 <= 'z' || c == '+' || c == '/') {
			break
		}
	}
	if n < 16 || !digit {
		return false
	}
	v += n
	for pad := 0; pad < 2 && v < len(s) && s[v] == '='; pad++ {
		v++
	}
	return v == len(s) || strings.IndexByte(" \t\r\n\"';,&", s[v]) >= 0
}

// xmlValue matches the text of an XML element named like a credential
// key, <password>value</password>, s[i] the '>' of the start tag and
// s[ks:i] the name after its '<' (no attributes): the text up to the
// next '<', which must open the end tag, blanks trimmed. An element
// that holds elements holds no value of its own.
func xmlValue(s string, i, ks int) (int, int) {
	kind := credentialKey(s[ks:i])
	if kind == plainKey || foldSuffix(s[ks:i], "exception") || foldSuffix(s[ks:i], "error") {
		return 0, 0
	}
	k := i + 1
	for k < len(s) && k < i+8 && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	for m := k; m+1 < len(s) && m <= k+MaxQuotedValue; m++ {
		if s[m] == '<' {
			if s[m+1] != '/' {
				return 0, 0
			}
			for m > k && (s[m-1] == ' ' || s[m-1] == '\t') {
				m--
			}
			return quantityKept(kind, s, k, m)
		}
		if s[m] == '\n' || s[m] == '\r' {
			break
		}
	}
	return 0, 0
}

// javaObjectRef reports Java's default Object.toString() form, a qualified
// class name (a dot, the class capitalised), '@' and the hash code in lower
// case hex: "android.os.BinderProxy@2bd79ce".
func javaObjectRef(v string) bool {
	at := strings.LastIndexByte(v, '@')
	if at < 3 || len(v)-at-1 < 1 || len(v)-at-1 > 8 || !isAlpha(v[0]) {
		return false
	}
	dot := -1
	for k := 0; k < at; k++ {
		if v[k] == '.' {
			dot = k
		} else if !wordByte[v[k]] && v[k] != '$' {
			return false
		}
	}
	if dot < 0 || dot+1 >= at || v[dot+1] < 'A' || v[dot+1] > 'Z' {
		return false
	}
	for k := at + 1; k < len(v); k++ {
		if class[v[k]]&clHex == 0 || 'A' <= v[k] && v[k] <= 'F' {
			return false
		}
	}
	return true
}

// nextParam reports "key=" at the start of s: the '&' before it separates
// query parameters; another '&' is part of the value.
func nextParam(s string) bool {
	k := run(s, 0, func(c byte) bool { return isWordByte(c) || c == '-' || c == '.' })
	return k > 0 && k < len(s) && s[k] == '='
}

// keyBefore returns the key that ends before the '=' or ':' at s[i]
// (blanks between them allowed), given the last run of word bytes, '-' and
// '.' [runStart, runEnd): that run, or the same in quotes. A key inside a
// path ("/etc/passwd:") is no key.
func keyBefore(s string, i, runStart, runEnd int) (int, int) {
	e := i
	for e > 0 && i-e < 4 && (s[e-1] == ' ' || s[e-1] == '\t') {
		e--
	}
	var q byte
	esc := false // the quotes escaped: a key inside a quoted string, {\"password\":…}
	ref := 0     // the quotes as character references: {&quot;password&quot;:…}
	if e > 0 && (s[e-1] == '"' || s[e-1] == '\'') {
		q = s[e-1]
		e--
		if e > 0 && s[e-1] == '\\' {
			esc = true
			e--
		}
	} else if e > 0 && s[e-1] == ';' {
		if ref, q = quoteRefBefore(s, e); ref > 0 {
			// the last run is the reference's name ("quot"): the key is
			// the run before it, found by scanning back (rare)
			e -= ref
			runStart, runEnd = e, e
			for runStart > 0 && e-runStart < maxKeyLen && keyByte[s[runStart-1]] {
				runStart--
			}
		}
	}
	if q != 0 {
		// punctuation that ends the key inside its quotes ("apiToken=",
		// "secret.", "token=="): the key is the run of key bytes before
		// it, found by scanning back (rare; h140's finding)
		if ke := keyPunctBefore(s, e); ke < e {
			e = ke
			runStart, runEnd = e, e
			for runStart > 0 && e-runStart < maxKeyLen && keyByte[s[runStart-1]] {
				runStart--
			}
		}
	}
	st := runStart
	if runEnd != e || runStart < 0 || e-st < 3 || e-st >= maxKeyLen {
		return 0, 0
	}
	if q != 0 {
		os := keyLeadBefore(s, st) // and punctuation that begins it, "$password"
		if ref > 0 {
			if n, rq := quoteRefBefore(s, os); n == 0 || rq != q {
				return 0, 0
			}
		} else if os == 0 || s[os-1] != q || esc && (os < 2 || s[os-2] != '\\') {
			return 0, 0
		}
	} else if st > 0 && s[st-1] == '\\' && jsonPunctEscape(s, st, e) {
		st += len("u0026") // "…\u0026password=…" (h152): the key after a JSON-escaped '&'
	} else if st > 0 && (s[st-1] == '/' || s[st-1] == '\\') {
		return 0, 0
	} else if inQuotedKey(s, i, st) {
		return 0, 0 // the '=' of "apiToken=": the key ends at the quote's separator
	}
	return st, e
}

// jsonPunctEscape reports a JSON escape of ASCII punctuation but '/' and
// '\\' (a key after them is in a path: keyBefore), "u0026"
// (Go's encoding/json writes a URL's '&' so, and '<', '>' as "u003c",
// "u003e"), at s[st] after its '\\', followed by at least 3 bytes of the
// key that ends at e: the key starts after it, as after the '&' it
// stands for (h152's finding 2: "?a=1\u0026password=<pw>" was kept).
func jsonPunctEscape(s string, st, e int) bool {
	if e-st < len("u0026")+3 || s[st] != 'u' || s[st+1] != '0' || s[st+2] != '0' {
		return false
	}
	h, l := s[st+3], s[st+4]
	if class[h]&clHex == 0 || class[l]&clHex == 0 {
		return false
	}
	c := byte(hexDigit(h)<<4 | hexDigit(l))
	return '!' <= c && c <= '~' && !isAlnum(c) && c != '_' && c != '-' && c != '.' && c != '/' && c != '\\'
}

// maxKeyPunct bounds the punctuation that begins or ends a key inside its
// quotes.
const maxKeyPunct = 8

// keyPunct: the bytes that can end a key inside its quotes after its
// words: ASCII punctuation and blanks but the quotes, the backslash before
// an escaped one and the '&' and ';' of a quote reference ('.' and '-',
// key bytes, among them). keyLead: those that can begin one, without
// '.', '-' (the key's run takes them) and '/' (a path: keyBefore).
var keyPunct, keyLead [256]bool

func init() {
	for c := 0; c < 256; c++ {
		b := byte(c)
		keyPunct[c] = (b == ' ' || b == '\t' || '!' <= b && b <= '~') && !isAlnum(b) && b != '_' &&
			b != '"' && b != '\'' && b != '\\' && b != '&' && b != ';'
		keyLead[c] = keyPunct[c] && b != '.' && b != '-' && b != '/'
	}
}

// keyPunctBefore returns the start of the punctuation (keyPunct, at most
// maxKeyPunct bytes) that ends at s[e].
func keyPunctBefore(s string, e int) int {
	k := e
	for k > 0 && e-k < maxKeyPunct && keyPunct[s[k-1]] {
		k--
	}
	return k
}

// keyLeadBefore returns the start of the punctuation (keyLead, at most
// maxKeyPunct bytes) that ends at s[st].
func keyLeadBefore(s string, st int) int {
	k := st
	for k > 0 && st-k < maxKeyPunct && keyLead[s[k-1]] {
		k--
	}
	return k
}

// inQuotedKey reports that the '=' or ':' at s[i], after the run of key
// bytes at s[st], is inside a quoted key: a quote (plain, escaped or a
// character reference) before the run, only punctuation from s[i] to the
// same quote, then a key's separator ("apiToken=": value, "secret:":
// value). That key is found at its separator (keyBefore), its value after
// it; the quote after s[i] is no value of its own (h140's finding: the
// '=' took "\":\"" as the value and the secret after it was kept).
func inQuotedKey(s string, i, st int) bool {
	os := keyLeadBefore(s, st)
	if os == 0 {
		return false
	}
	var q byte
	switch s[os-1] {
	case '"', '\'':
		q = s[os-1]
	case ';':
		if _, q = quoteRefBefore(s, os); q == 0 {
			return false
		}
	default:
		return false
	}
	j := i
	for j < len(s) && j-i < maxKeyPunct && keyPunct[s[j]] {
		j++
	}
	switch {
	case j < len(s) && s[j] == q:
		j++
	case j+1 < len(s) && s[j] == '\\' && s[j+1] == q:
		j += 2
	default:
		if n, rq := quoteRef(s, j); n > 0 && rq == q {
			j += n
		} else {
			return false
		}
	}
	for k := j; k < len(s) && k < j+4; k++ {
		switch s[k] {
		case ' ', '\t':
			continue
		case ':', '=':
			return true
		}
		return false
	}
	return false
}

// keyKind is what secretKey and credentialKey tell of a key.
type keyKind uint8

const (
	plainKey    keyKind = iota // no credential key
	secretKeyed                // its value is the credential
	quantityKey                // a number of the credential, or the credential if its value is none (quantityValue)
)

// attributeWord tells a key with a secret word by its last word: one that
// names an attribute of the credential, not the credential. Name, Type
// and Kind name a word ("SharedAccessKeyName=send", Azure's policy name
// beside its SharedAccessKey; "token_type=Bearer"; h108's finding):
// plainKey. Length, Len, Size and Count name a number
// ("password_length=12"): quantityKey, whose value is looked at (h110's
// finding: "password_length=hunter2" is the password under a misnamed
// key). Any other last word: secretKeyed. The last word follows '_', '-'
// or '.', or starts upper case after a lower-case letter or digit
// (camelCase), or after upper case when lower case follows
// ("APIKeyName"); "keyname" has none. Id is no such word: Vault's AppRole
// "secret_id" is a credential.
func attributeWord(k string) keyKind {
	n := len(k)
	j := n
	for j > 0 && 'a' <= k[j-1] && k[j-1] <= 'z' {
		j--
	}
	if j == n {
		for j > 0 && 'A' <= k[j-1] && k[j-1] <= 'Z' {
			j-- // an upper-case last word, PASSWORD_LENGTH
		}
	} else if j > 0 && 'A' <= k[j-1] && k[j-1] <= 'Z' {
		j-- // a capitalised one, KeyName
	}
	if j == 0 || j == n {
		return secretKeyed
	}
	p := k[j-1]
	upper := 'A' <= k[j] && k[j] <= 'Z'
	if !(p == '_' || p == '-' || p == '.' ||
		upper && ('a' <= p && p <= 'z' || '0' <= p && p <= '9') ||
		upper && 'A' <= p && p <= 'Z' && j+1 < n && 'a' <= k[j+1] && k[j+1] <= 'z') {
		return secretKeyed
	}
	switch w := k[j:]; len(w) {
	case 3:
		if foldHas(w, "len") {
			return quantityKey
		}
	case 4:
		if foldHas(w, "name") || foldHas(w, "type") || foldHas(w, "kind") {
			return plainKey
		}
		if foldHas(w, "size") {
			return quantityKey
		}
	case 5:
		if foldHas(w, "count") {
			return quantityKey
		}
	case 6:
		if foldHas(w, "length") {
			return quantityKey
		}
	}
	return secretKeyed
}

// secretKey reports a key name that contains password, passwd, passphrase,
// pwd, secret, token, api_key/apikey, access_key, private_key or
// credential, in any case ('_', '-' or '.' allowed before "key"), and
// what its last word says of it (attributeWord); plainKey for any other.
//
// One pass over the raw key, dispatching on the first letter of each
// word; the last word is looked at only for a key with a secret word (not
// a function of its own around the search: one call more per key,
// BenchmarkMaskWorkload, cachegrind).
func secretKey(k string) keyKind {
	for j := 0; j+3 <= len(k); j++ {
		if !secretWordStart[k[j]] {
			continue
		}
		r := k[j:]
		switch r[0] | 0x20 {
		case 'p':
			switch r[1] | 0x20 {
			case 'a':
				if foldHas(r, "passw") || foldHas(r, "passphrase") {
					return attributeWord(k)
				}
			case 'w':
				if r[2]|0x20 == 'd' {
					return attributeWord(k)
				}
			case 'r':
				if sepKey(r, "private") {
					return attributeWord(k)
				}
			}
		case 's':
			if r[1]|0x20 == 'e' && foldHas(r, "secret") {
				return attributeWord(k)
			}
		case 't':
			if r[1]|0x20 == 'o' && foldHas(r, "token") {
				return attributeWord(k)
			}
		case 'a':
			if r[1]|0x20 == 'p' && sepKey(r, "api") || r[1]|0x20 == 'c' && sepKey(r, "access") {
				return attributeWord(k)
			}
		case 'c':
			if r[1]|0x20 == 'r' && foldHas(r, "credential") {
				return attributeWord(k)
			}
		}
	}
	return plainKey
}

// foldHas reports whether t starts with the lower-case letters w, in any
// case.
func foldHas(t, w string) bool {
	if len(t) < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if t[j]|0x20 != w[j] {
			return false
		}
	}
	return true
}

func foldSuffix(t, w string) bool { return len(t) >= len(w) && foldHas(t[len(t)-len(w):], w) }

// sepKey reports w then "key", with at most one '_', '-' or '.' between.
func sepKey(t, w string) bool {
	if !foldHas(t, w) {
		return false
	}
	t = t[len(w):]
	if len(t) > 0 && (t[0] == '_' || t[0] == '-' || t[0] == '.') {
		t = t[1:]
	}
	return foldHas(t, "key")
}

// trimClosers drops closing brackets at the end of s[start:end] that close
// a bracket opened before the value ("User(password=x)").
func trimClosers(s string, start, end int) int {
	depth := 0
	for k := start; k < end; k++ {
		switch s[k] {
		case '(', '[', '{', '<':
			depth++
		case ')', ']', '}', '>':
			if depth == 0 {
				return k
			}
			depth--
		}
	}
	return end
}

const pemBegin = "-----BEGIN "

// pemBlock matches the body of a PEM private-key block starting at s[i]:
// from after "-----BEGIN ... PRIVATE KEY-----" up to "-----END", or to the
// end of s when the block is cut, without the whitespace and separators
// around it (pemAround).
func pemBlock(s string, i int) (int, int) {
	if !hasPrefix(s[i:], pemBegin) {
		return 0, 0
	}
	k := i + len(pemBegin)
	m := k
	for m < len(s) && m-k < 48 && ('A' <= s[m] && s[m] <= 'Z' || s[m] == ' ') {
		m++
	}
	label := s[k:m]
	if !hasPrefix(s[m:], "-----") || !strings.Contains(label, "PRIVATE KEY") {
		return 0, 0
	}
	start := m + 5
	end := len(s)
	for e := start; e+9 <= len(s); e++ {
		if s[e] == '-' && s[e:e+9] == "-----END " {
			end = e
			break
		}
	}
	for end > start && pemAround(s[end-1]) {
		end--
	}
	for start < end && pemAround(s[start]) {
		start++
	}
	return start, end
}

// pemAround reports a byte around a PEM body that is not part of it:
// whitespace, and the masker's separators (mask.go: ,;:!|"'[](){}@ are
// kept, never part of a value) except '=', base64's padding. The body is
// base64 (RFC 7468); the separators after "-----BEGIN ... KEY-----" end
// the header's field, so "KEY-----,,," keeps its commas, as every
// separator is kept (h109).
func pemAround(c byte) bool {
	return isSpace(c) || isDelim(c) && c != '='
}

// A URL percent-encoded inside another (a redirect's "return_to=", a
// callback in a path) writes its password's ':' and '@' and its query's
// '?', '&' and '=' as "%3A", "%40", "%3F", "%26", "%3D" (or "%253D", …,
// encoded again), so that neither the URL password rule nor the key
// rules, which read them literally, see its credentials (h139's finding,
// closed by h150). Such a span is decoded and its decoded text scanned
// with the same rules; each credential found there is mapped back to the
// bytes of s that encode it.

// maxEncSpan bounds how far an encoded span is read on either side of
// the '%' that asks for it (an encoded presigned URL is 1-2 KiB), so
// that the one pass, which asks over pieces of a text, decodes a
// bounded text each time.
const maxEncSpan = 2048

// encSpanByte: the bytes of a percent-encoded value, those that
// encodeURIComponent and Python's quote leave, the '%', and ':' and '@',
// which a path's encoder leaves (Go's url.PathEscape: "https:%2F%2Fuser:
// <password>@host%2F"), and a URL's literal '/', '?', '#', '=', '&' and
// '$' (h152): a path's encoder leaves '=', '&' and '$' of a password
// ("postgres:%2F%2Fapp:<pass>=@db"), and a URL encoded in part keeps
// its '/' ("https%3A//user%3A<pass>%40host", "/bot<id>%3A<token>/");
// the outer URL's text, decoded too, is read as it was. A blank, a
// quote or a bracket ends it.
var encSpanByte [256]bool

func init() {
	for c := 0; c < 256; c++ {
		encSpanByte[c] = isAlnum(byte(c))
	}
	for _, c := range "-._~%+*!:@/?#=&$" {
		encSpanByte[c] = true
	}
}

var encPool = sync.Pool{New: func() any { return new(encSpans) }}

// encFor returns a pooled encSpans for a loop of nextSecret calls over
// s[from:limit] (put back by the caller), or nil when no '%' is there
// to ask for one. It keeps what it decoded of s when it held s last
// (secretIn's calls over the pieces of one text), and its buffers.
func encFor(s string, from, limit int) *encSpans {
	if strings.IndexByte(s[from:limit], '%') < 0 {
		return nil
	}
	ec := encPool.Get().(*encSpans)
	if ec.s != s {
		ec.s, ec.a, ec.b, ec.found = s, 0, 0, ec.found[:0]
	}
	ec.k = 0
	return ec
}

// encSpans holds the credentials of the last percent-encoded span a loop
// of nextSecret calls decoded (its from never decreasing), so that each
// span is decoded once.
type encSpans struct {
	d     []byte       // the decoded span (reused)
	off   []int32      // where in s each byte of d is written (reused)
	s     string       // the text (secretIn's pooled encSpans)
	a, b  int          // the span s[a:b]; b == 0: none yet
	found []SecretSpan // its credentials, positions in s
	k     int          // found[:k] end at or before the loop's from
}

// at returns the first credential of the encoded span around the '%' at
// s[i] that ends after from (from on when it starts before), or 0, 0.
// Every escape asks (pctByte), not only those of the bytes a credential's
// context holds ('=', ':', '@', '/'): a decoded byte also ends a word, so
// that a key's prefix after "%00" starts one ("%00AIza…"), and the one
// pass asks over pieces of the text, the piece with the escape before a
// credential holding no other (FuzzEncodedURLOnePass).
func (ec *encSpans) at(s string, i, from int, skip string) (int, int) {
	if n, _ := pctByte(s, i, len(s)); n == 0 {
		return 0, 0
	}
	if ec.b == 0 || i < ec.a || i >= ec.b {
		ec.decode(s, i)
	}
	for ; ec.k < len(ec.found); ec.k++ {
		f := ec.found[ec.k]
		if f.End <= from {
			continue
		}
		st := max(f.Start, from)
		if st < f.End && s[st:f.End] != skip {
			return st, f.End
		}
	}
	return 0, 0
}

// decode reads the encoded span around s[i], decodes it (pctByte) and
// scans the decoded text; linear in the span's length.
func (ec *encSpans) decode(s string, i int) {
	a, b := i, i
	for a > 0 && i-a < maxEncSpan && encSpanByte[s[a-1]] {
		a--
	}
	for b < len(s) && b-i < maxEncSpan && encSpanByte[s[b]] {
		b++
	}
	ec.a, ec.b, ec.found, ec.k = a, b, ec.found[:0], 0
	d, off := ec.d[:0], ec.off[:0] // off[j]: where in s the byte d[j] is written
	for k := a; k < b; {
		off = append(off, int32(k))
		n, c := pctByte(s, k, b)
		if n == 0 {
			n, c = 1, s[k]
		}
		d = append(d, c)
		k += n
	}
	ec.d, ec.off = d, off
	if len(d) == b-a {
		return // nothing decoded: the text as it is, scanned already
	}
	off = append(off, int32(b))
	ec.off = off
	// the decoded bytes as a string without a copy: ec.d is not written
	// again before this scan ends, and no span found keeps the string
	t := unsafe.String(unsafe.SliceData(d), len(d))
	for j := 0; j < len(t); {
		st, en, ok := nextSecret(t, j, len(t), "", nil)
		if !ok {
			break
		}
		ec.found = append(ec.found, SecretSpan{int(off[st]), int(off[en])})
		j = en
	}
}

// pctByte returns the length and the byte of the percent-encoded byte at
// s[i] (before limit), decoded however many times it was encoded: "%3D",
// "%253D", "%25253D" are '=' (each further encoding writes the '%' as
// "%25"; the run of "25" is read once), "%25" alone a '%'; 0, 0 when
// s[i] starts none.
func pctByte(s string, i, limit int) (int, byte) {
	if i+2 >= limit || s[i] != '%' {
		return 0, 0
	}
	isHex := func(c byte) bool { return class[c]&clHex != 0 }
	k := i + 1
	for k+3 < limit && s[k] == '2' && s[k+1] == '5' && isHex(s[k+2]) && isHex(s[k+3]) {
		k += 2
	}
	if !isHex(s[k]) || !isHex(s[k+1]) {
		return 0, 0
	}
	return k + 2 - i, byte(hexDigit(s[k])<<4 | hexDigit(s[k+1]))
}
