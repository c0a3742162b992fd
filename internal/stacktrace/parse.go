package stacktrace

import (
	"strings"

	"github.com/otelcol-backlog/otelcol-backlog/internal/textutil"
)

// Parse parses s. See the package documentation for the accepted formats.
func (p *Parser) Parse(s string) Trace {
	var t Trace
	if len(s) > p.maxBytes {
		s = s[:p.maxBytes]
		t.Truncated = true
	}
	st := state{p: p, t: &t, cur: -1}
	for n := 0; len(s) > 0; n++ {
		if n == p.maxLines {
			t.Truncated = true
			break
		}
		var line string
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			line, s = s, ""
		}
		st.line(strings.TrimRight(line, "\r"))
	}
	st.finish()
	return t
}

type state struct {
	p *Parser
	t *Trace

	pendType, pendMsg   string
	havePend, pendStrng bool

	cur        int // exception receiving frames, -1 before the first
	suppressed bool

	inPy     bool
	pyFrames []Frame
	pyBlocks []Exception

	goMode int // 0 before "goroutine", 1 inside the first goroutine, 2 after it
	goFunc string
}

func (st *state) setLang(l Language) {
	if st.t.Language == Unknown {
		st.t.Language = l
	}
}

func (st *state) line(raw string) {
	trimmed := strings.TrimSpace(raw)
	if trimmed == "" {
		if st.goMode == 1 && st.cur >= 0 && len(st.t.Exceptions[st.cur].Frames) > 0 {
			st.goMode = 2
		}
		return
	}
	indented := raw[0] == ' ' || raw[0] == '\t'

	// Python.
	if strings.HasPrefix(trimmed, "Traceback (most recent call last)") {
		st.endPy("", "")
		st.inPy = true
		st.setLang(Python)
		return
	}
	if st.inPy {
		if strings.HasPrefix(trimmed, `File "`) {
			if f, ok := st.pythonFrame(trimmed); ok {
				st.pyFrames = append(st.pyFrames, f)
			}
			return
		}
		if indented {
			return // source line, carets, notes
		}
		typ, msg, _, _ := parseHeader(trimmed)
		if typ == "" {
			typ = trimmed
		}
		st.endPy(typ, msg)
		return
	}

	// Go.
	if st.goMode != 2 && strings.HasPrefix(trimmed, "goroutine ") && strings.HasSuffix(trimmed, ":") {
		if st.goMode == 1 {
			st.goMode = 2
			return
		}
		st.goMode = 1
		st.setLang(Go)
		st.ensure()
		return
	}
	if st.goMode == 1 {
		switch {
		case raw[0] == '\t':
			if st.goFunc != "" {
				file := trimmed
				if i := strings.LastIndexByte(file, ' '); i > 0 && strings.HasPrefix(file[i+1:], "+0x") {
					file = file[:i]
				}
				file = stripLineSuffix(file)
				st.addGoFrame(st.goFunc, file)
				st.goFunc = ""
			}
		case strings.HasPrefix(trimmed, "created by "):
			st.goMode = 2
		default:
			st.goFunc = trimmed
		}
		return
	}
	if st.goMode == 2 {
		return
	}
	if typ, msg, ok := goHeader(trimmed); ok {
		// The first panic line wins over non-Go headers; a nested
		// "panic: a [recovered]\n\tpanic: b" keeps the first.
		if st.cur < 0 && !(st.havePend && st.t.Language == Go) {
			st.setPending(typ, msg, true)
		}
		st.setLang(Go)
		return
	}

	// JVM, .NET and Node frames.
	if strings.HasPrefix(trimmed, "at ") {
		if st.suppressed {
			return
		}
		st.atFrame(trimmed[3:])
		return
	}
	if strings.HasPrefix(trimmed, "...") && (strings.HasSuffix(trimmed, " more") || strings.HasSuffix(trimmed, "omitted")) {
		return
	}
	if rest, ok := cutCause(trimmed); ok {
		if indented && st.suppressed {
			return
		}
		st.suppressed = false
		typ, msg, _, _ := parseHeader(rest)
		if typ == "" {
			typ = rest
		}
		st.ensure()
		st.t.Exceptions = append(st.t.Exceptions, Exception{Type: typ, Message: msg})
		st.cur = len(st.t.Exceptions) - 1
		return
	}
	if strings.HasPrefix(trimmed, "Suppressed: ") {
		st.suppressed = true
		return
	}
	if strings.HasPrefix(trimmed, "--- End of inner exception stack trace") {
		if st.cur > 0 {
			st.cur--
		}
		return
	}
	if strings.HasPrefix(trimmed, "--- End of ") || strings.HasPrefix(trimmed, "--- ") {
		return
	}

	// Ruby.
	if st.rubyLine(trimmed) {
		return
	}

	if st.cur < 0 {
		if typ, msg, strong, ok := parseHeader(trimmed); ok && (!st.havePend || strong && !st.pendStrng) {
			st.setPending(typ, msg, strong)
		}
	}
}

// cutCause recognizes the start of a cause: JVM "Caused by: ", .NET
// " ---> " at the start of a line, Node "[cause]: ".
func cutCause(s string) (string, bool) {
	for _, p := range [...]string{"Caused by: ", "---> ", "[cause]: "} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return "", false
}

func (st *state) setPending(typ, msg string, strong bool) {
	st.pendType, st.pendMsg, st.havePend, st.pendStrng = typ, msg, true, strong
}

// ensure creates the first exception(s) from the pending header.
func (st *state) ensure() {
	if st.cur >= 0 {
		return
	}
	msg := st.pendMsg
	var inner []string
	// .NET prints the inner chain on the first line: "A: m ---> B: n".
	if i := strings.Index(msg, " ---> "); i >= 0 {
		inner = strings.Split(msg[i+len(" ---> "):], " ---> ")
		msg = msg[:i]
	}
	st.t.Exceptions = append(st.t.Exceptions, Exception{Type: st.pendType, Message: msg})
	for _, h := range inner {
		typ, m, _, _ := parseHeader(h)
		if typ == "" {
			typ = h
		}
		st.t.Exceptions = append(st.t.Exceptions, Exception{Type: typ, Message: m})
	}
	st.cur = len(st.t.Exceptions) - 1
	st.havePend = false
}

func (st *state) addFrame(lang Language, function, file string, library bool) {
	if function == "" {
		return
	}
	st.setLang(lang)
	st.ensure()
	e := &st.t.Exceptions[st.cur]
	e.Frames = append(e.Frames, Frame{
		Function: function,
		File:     file,
		Library:  library,
		InApp:    st.p.IsInApp(function, library),
	})
}

func (st *state) endPy(typ, msg string) {
	if !st.inPy {
		return
	}
	st.inPy = false
	// Python prints the most recent call last; store it first.
	fs := st.pyFrames
	for i, j := 0, len(fs)-1; i < j; i, j = i+1, j-1 {
		fs[i], fs[j] = fs[j], fs[i]
	}
	st.pyBlocks = append(st.pyBlocks, Exception{Type: typ, Message: msg, Frames: fs})
	st.pyFrames = nil
}

func (st *state) finish() {
	if st.inPy {
		st.endPy("", "")
	}
	if len(st.pyBlocks) > 0 {
		// Python prints the root cause first and the outermost last.
		for i := len(st.pyBlocks) - 1; i >= 0; i-- {
			st.t.Exceptions = append(st.t.Exceptions, st.pyBlocks[i])
		}
		return
	}
	if st.cur < 0 && st.havePend {
		st.ensure()
	}
}

func (st *state) pythonFrame(s string) (Frame, bool) {
	s = s[len(`File "`):]
	i := strings.IndexByte(s, '"')
	if i < 0 {
		return Frame{}, false
	}
	path, rest := s[:i], s[i+1:]
	fn := ""
	if j := strings.Index(rest, ", in "); j >= 0 {
		fn = strings.TrimSpace(rest[j+len(", in "):])
	}
	mod, lib := modulePath(path, ".py")
	mod = strings.ReplaceAll(mod, "/", ".")
	f := Frame{Function: joinName(mod, fn), File: slashes(path), Library: lib}
	if f.Function == "" {
		return Frame{}, false
	}
	f.InApp = st.p.IsInApp(f.Function, lib)
	return f, true
}

func (st *state) addGoFrame(fn, file string) {
	name, lib := normGo(fn)
	// In a stack taken while a panic unwinds (debug.Stack() in a deferred
	// recover, as loggers and HTTP servers do), the frames above the
	// runtime's panic frame are the recovery path (debug.Stack, the
	// deferred function): the failure starts below it. Go prints the same
	// order for an unrecovered runtime error. Drop them, as Sentry's Go
	// SDK does, so the top frames are where the panic happened.
	if name == "panic" && strings.Contains(file, "/runtime/panic.go") && st.cur >= 0 {
		e := &st.t.Exceptions[st.cur]
		e.Frames = e.Frames[:0]
		return
	}
	st.addFrame(Go, name, slashes(file), lib || strings.Contains(file, "/go/src/runtime/"))
}

// atFrame handles the text after "at " of JVM, .NET and Node frames.
func (st *state) atFrame(rest string) {
	open := strings.IndexByte(rest, '(')
	switch {
	case open < 0:
		// Node frame without a function: "at /app/x.js:10:5".
		if strings.IndexByte(rest, ':') >= 0 {
			st.nodeFrame("", rest)
		}
	case open > 0 && rest[open-1] == ' ':
		closeIdx := strings.LastIndexByte(rest, ')')
		if closeIdx < open {
			return
		}
		st.nodeFrame(rest[:open-1], rest[open+1:closeIdx])
	default:
		closeIdx := strings.IndexByte(rest[open:], ')')
		if closeIdx < 0 {
			// Truncated line: treat as JVM when it looks like one.
			if isJavaLocation(rest[open+1:]) {
				st.addFrame(Java, normJava(rest[:open]), "", false)
			}
			return
		}
		closeIdx += open
		inner, tail := rest[open+1:closeIdx], rest[closeIdx+1:]
		if isJavaLocation(inner) {
			st.addFrame(Java, normJava(rest[:open]), "", false)
			return
		}
		file := ""
		if i := strings.Index(tail, " in "); i >= 0 {
			file = tail[i+len(" in "):]
			if j := strings.LastIndex(file, ":line "); j >= 0 {
				file = file[:j]
			}
		}
		st.addFrame(DotNet, normDotNet(rest[:open]), slashes(file), false)
	}
}

func (st *state) nodeFrame(fn, loc string) {
	if strings.IndexByte(loc, ':') < 0 {
		return // "at Promise.all (index 0)", "at <anonymous>"
	}
	fn = strings.TrimPrefix(fn, "async ")
	fn = strings.TrimPrefix(fn, "new ")
	if i := strings.Index(fn, " [as "); i >= 0 {
		fn = fn[:i]
	}
	loc = stripLineSuffix(stripLineSuffix(loc))
	var mod string
	lib := false
	if strings.HasPrefix(loc, "node:") || !strings.ContainsAny(loc, "/\\") && !strings.Contains(loc, ".") {
		mod, lib = loc, true
	} else {
		mod, lib = modulePath(loc, ".js", ".mjs", ".cjs", ".ts", ".mts", ".tsx", ".jsx")
	}
	st.addFrame(Node, joinName(mod, fn), slashes(loc), lib)
}

// rubyLine handles "path:12:in `name'" frames, with an optional "from "
// prefix and, on the first line, ": message (Type)".
func (st *state) rubyLine(s string) bool {
	s = strings.TrimPrefix(s, "from ")
	i := strings.Index(s, ":in ")
	if i < 0 || i+len(":in ")+1 >= len(s) {
		return false
	}
	q := s[i+len(":in ")]
	if q != '`' && q != '\'' {
		return false
	}
	loc := s[:i]
	j := strings.LastIndexByte(loc, ':')
	if j < 0 || !textutil.AllDigits(loc[j+1:]) || j+1 == len(loc) {
		return false
	}
	path := loc[:j]
	rest := s[i+len(":in ")+1:]
	k := strings.IndexByte(rest, '\'')
	if k < 0 {
		return false
	}
	name, tail := rest[:k], rest[k+1:]
	if st.cur < 0 && strings.HasPrefix(tail, ": ") {
		msg := tail[2:]
		typ := ""
		if a := strings.LastIndex(msg, " ("); a >= 0 && strings.HasSuffix(msg, ")") {
			typ, msg = msg[a+2:len(msg)-1], msg[:a]
		}
		st.setPending(typ, msg, true)
	}
	name = normRubyName(name)
	mod, lib := modulePath(path, ".rb")
	lib = lib || strings.HasPrefix(path, "<internal:")
	st.addFrame(Ruby, joinName(mod, name), slashes(path), lib)
	return true
}

func normRubyName(s string) string {
	for {
		if i := strings.Index(s, " in "); i >= 0 && (strings.HasPrefix(s, "block") || strings.HasPrefix(s, "rescue") || strings.HasPrefix(s, "ensure")) {
			s = s[i+len(" in "):]
			continue
		}
		break
	}
	return strings.ReplaceAll(s, "#", ".")
}

func isJavaLocation(s string) bool {
	switch s {
	case "Native Method", "Unknown Source", "Unknown", "<generated>", "Compiled Code":
		return true
	}
	// File.ext:123 or File.ext
	if i := strings.LastIndexByte(s, ':'); i >= 0 {
		if !textutil.AllDigits(s[i+1:]) {
			return false
		}
		s = s[:i]
	}
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 || dot == len(s)-1 {
		return false
	}
	switch s[dot+1:] {
	case "java", "kt", "kts", "scala", "groovy", "clj", "cljc", "gvy", "gsp", "jsp":
		return true
	}
	return false
}

// goHeader parses "panic: ..." and "fatal error: ...".
func goHeader(s string) (typ, msg string, ok bool) {
	if rest, ok := strings.CutPrefix(s, "panic: "); ok {
		rest = strings.TrimSuffix(rest, " [recovered]")
		rest = strings.TrimSuffix(rest, " [recovered, repanicked]")
		if m, ok := strings.CutPrefix(rest, "runtime error: "); ok {
			return "runtime error", m, true
		}
		return "panic", rest, true
	}
	if rest, ok := strings.CutPrefix(s, "fatal error: "); ok {
		return "fatal error", rest, true
	}
	return "", "", false
}

// parseHeader parses an exception header "Type: message" or "Type". strong
// reports that the type looks like an exception type (qualified, or named
// ...Error, ...Exception and the like).
func parseHeader(s string) (typ, msg string, strong, ok bool) {
	if rest, ok := strings.CutPrefix(s, "Exception in thread \""); ok {
		if i := strings.Index(rest, "\" "); i >= 0 {
			s = rest[i+2:]
		}
	}
	s = strings.TrimPrefix(s, "Uncaught ")
	s = strings.TrimPrefix(s, "Unhandled exception. ")
	s = strings.TrimPrefix(s, "Unhandled Exception: ")
	typ = s
	if i := strings.Index(s, ": "); i >= 0 {
		typ, msg = s[:i], strings.TrimSpace(s[i+2:])
	} else {
		typ = strings.TrimSuffix(typ, ":")
	}
	if !validType(typ) {
		return "", "", false, false
	}
	for _, suf := range exceptionSuffixes {
		if strings.HasSuffix(typ, suf) {
			return typ, msg, true, true
		}
	}
	last := typ
	if i := strings.LastIndexAny(typ, ".:"); i >= 0 {
		last = typ[i+1:]
	}
	strong = last != typ && last != "" && last[0] >= 'A' && last[0] <= 'Z'
	return typ, msg, strong, true
}

// ExceptionType reports whether tok names an exception or error type the
// way runtimes write them: a qualified or capitalised identifier ending
// in Error, Exception, Fault, Failure, Panic, Timeout and the like
// (java.lang.IllegalStateException, ValueError, System.TimeoutException).
func ExceptionType(tok string) bool {
	if len(tok) < 6 { // the shortest: "XError"
		return false
	}
	switch tok[len(tok)-1] { // the suffixes' last letters, before any other work
	case 'r', 'n', 't', 'g', 'e', 'c':
	default:
		return false
	}
	for _, suf := range exceptionSuffixes {
		if strings.HasSuffix(tok, suf) && len(tok) > len(suf) {
			last := tok
			if i := strings.LastIndexAny(tok, ".:"); i >= 0 {
				last = tok[i+1:]
			}
			return last != "" && last[0] >= 'A' && last[0] <= 'Z' && validType(tok)
		}
	}
	return false
}

// exceptionSuffixes end the names runtimes give exception and error types.
var exceptionSuffixes = [...]string{"Error", "Exception", "Exit", "Interrupt", "Warning", "Fault", "Failure", "Panic", "Iteration", "Timeout"}

func validType(s string) bool {
	if s == "" || len(s) > 256 {
		return false
	}
	c := s[0]
	if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_') {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '_', c == '.', c == '$', c == ':', c == '`', c == '+', c == '-', c == '<', c == '>':
		default:
			return false
		}
	}
	return true
}

// stripLineSuffix removes one trailing ":<digits>".
func stripLineSuffix(s string) string {
	if i := strings.LastIndexByte(s, ':'); i >= 0 && textutil.AllDigits(s[i+1:]) {
		return s[:i]
	}
	return s
}

func slashes(p string) string {
	if strings.IndexByte(p, '\\') < 0 {
		return p
	}
	return strings.ReplaceAll(p, "\\", "/")
}

func joinName(mod, fn string) string {
	switch {
	case mod == "":
		return fn
	case fn == "":
		return mod
	}
	return mod + "." + fn
}
