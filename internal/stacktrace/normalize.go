package stacktrace

import (
	"strings"

	"github.com/otelcol-backlog/otelcol-backlog/internal/textutil"
)

// libraryDirs are path markers below which code is library code; the
// module keeps only the path inside the marker.
var libraryDirs = [...]string{"/site-packages/", "/dist-packages/", "/node_modules/", "/gems/", "/vendor/bundle/"}

// modulePath turns a source path into a module path: no extension, no
// deployment root, at most three components.
func modulePath(path string, exts ...string) (mod string, lib bool) {
	p := slashes(path)
	for _, pre := range [...]string{"file://", "webpack:///", "webpack://"} {
		p = strings.TrimPrefix(p, pre)
	}
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	for _, ext := range exts {
		if strings.HasSuffix(p, ext) {
			p = p[:len(p)-len(ext)]
			break
		}
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + strings.TrimPrefix(p, "./")
	}
	for _, m := range libraryDirs {
		if i := strings.LastIndex(p, m); i >= 0 {
			p = p[i+len(m):]
			if m == "/gems/" {
				p = stripGemVersion(p)
			}
			return p, true
		}
	}
	if rest, ok := afterVersionedDir(p, "/python"); ok {
		return rest, true
	}
	if rest, ok := afterVersionedDir(p, "/lib/ruby/"); ok {
		return rest, true
	}
	return lastComponents(p, 3), false
}

// afterVersionedDir finds dir followed by a version ("/python3.11/",
// "/lib/ruby/3.2.0/") and returns the path after it.
func afterVersionedDir(p, dir string) (string, bool) {
	i := strings.Index(p, dir)
	if i < 0 {
		return "", false
	}
	rest := p[i+len(dir):]
	j := 0
	for j < len(rest) && (rest[j] >= '0' && rest[j] <= '9' || rest[j] == '.') {
		j++
	}
	if j == 0 || j >= len(rest) || rest[j] != '/' {
		return "", false
	}
	return rest[j+1:], true
}

func stripGemVersion(p string) string {
	first, rest, _ := strings.Cut(p, "/")
	for i := len(first) - 2; i > 0; i-- {
		if first[i] == '-' && first[i+1] >= '0' && first[i+1] <= '9' {
			first = first[:i]
			break
		}
	}
	if rest == "" {
		return first
	}
	return first + "/" + rest
}

func lastComponents(p string, n int) string {
	p = strings.Trim(p, "/")
	i := len(p)
	for k := 0; k < n; k++ {
		j := strings.LastIndexByte(p[:i], '/')
		if j < 0 {
			return p
		}
		i = j
	}
	return p[i+1:]
}

// normGo normalizes a Go function line: no arguments, no receiver
// parentheses or pointer, no type parameters. lib reports a standard
// library package (no dot in its first path element).
func normGo(fn string) (string, bool) {
	if strings.HasSuffix(fn, ")") {
		depth := 0
		for i := len(fn) - 1; i >= 0; i-- {
			switch fn[i] {
			case ')':
				depth++
			case '(':
				depth--
			}
			if depth == 0 {
				fn = fn[:i]
				break
			}
		}
	}
	var b strings.Builder
	b.Grow(len(fn))
	depth := 0
	for i := 0; i < len(fn); i++ {
		c := fn[i]
		switch {
		case c == '[':
			depth++
		case c == ']':
			if depth > 0 {
				depth--
			}
		case depth > 0, c == '(', c == ')', c == '*' && i > 0 && fn[i-1] == '(':
		default:
			b.WriteByte(c)
		}
	}
	name := b.String()
	pkgStart := strings.LastIndexByte(name, '/') + 1
	first := name
	if i := strings.IndexByte(name, '/'); i >= 0 {
		first = name[:i]
	} else if i := strings.IndexByte(name[pkgStart:], '.'); i >= 0 {
		first = name[:pkgStart+i]
	} else {
		return name, true // builtin such as "panic"
	}
	lib := !strings.Contains(first, ".") && first != "main" && first != "command-line-arguments"
	return name, lib
}

// javaCutMarkers start generated class name suffixes that are dropped.
var javaCutMarkers = [...]string{"$$", "$HibernateProxy$", "$ByteBuddy$", "$MockitoMock$"}

// javaDigitClasses are generated class names whose numeric suffix is
// dropped.
var javaDigitClasses = [...]string{"GeneratedMethodAccessor", "GeneratedConstructorAccessor", "GeneratedSerializationConstructorAccessor", "DirectMethodHandleAccessor", "$Proxy", "proxy", "access$"}

// normJava normalizes a JVM frame name "module/pkg.Class.method".
func normJava(fn string) string {
	// Lambda classes: Foo$$Lambda$123/0x0000000800c4b840 and Foo$$Lambda/0x...
	if i := strings.Index(fn, "$$Lambda"); i >= 0 {
		j := i + len("$$Lambda")
		rest := ""
		if k := strings.IndexByte(fn[j:], '.'); k >= 0 {
			rest = fn[j+k:]
		}
		fn = fn[:j] + rest
	}
	// Class loader or module prefix: "app//", "java.base/", "java.base@17/".
	if i := strings.LastIndexByte(fn, '/'); i >= 0 {
		fn = fn[i+1:]
	}
	if !strings.ContainsAny(fn, "$0123456789") && !strings.Contains(fn, "..") && !strings.HasPrefix(fn, ".") && !strings.HasSuffix(fn, ".") {
		return fn // nothing to normalize: no allocation
	}
	var b strings.Builder
	b.Grow(len(fn))
	for seg := range strings.SplitSeq(fn, ".") {
		if seg == "" {
			continue
		}
		if !strings.HasPrefix(seg, "$$Lambda") {
			for _, m := range javaCutMarkers {
				if i := strings.Index(seg, m); i > 0 {
					if m == "$$" && strings.HasPrefix(seg[i:], "$$Lambda") {
						seg = seg[:i+len("$$Lambda")]
						break
					}
					seg = seg[:i]
				}
			}
		}
		if strings.HasPrefix(seg, "lambda$") {
			seg = trimDollarDigits(seg)
		}
		for _, p := range javaDigitClasses {
			if strings.HasPrefix(seg, p) {
				seg = strings.TrimRight(seg, "0123456789")
				break
			}
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(seg)
	}
	return b.String()
}

// trimDollarDigits removes trailing "$<digits>" groups: lambda$foo$0 -> lambda$foo.
func trimDollarDigits(s string) string {
	for {
		i := strings.LastIndexByte(s, '$')
		if i <= 0 || !textutil.AllDigits(s[i+1:]) {
			return s
		}
		s = s[:i]
	}
}

// normDotNet normalizes a .NET frame name: async state machines and
// lambdas become their method, closures and generic arity are dropped.
func normDotNet(fn string) string {
	if !strings.ContainsAny(fn, "<`[") && !strings.Contains(fn, "..") && !strings.HasPrefix(fn, ".") && !strings.HasSuffix(fn, ".") {
		return fn
	}
	var b strings.Builder
	b.Grow(len(fn))
	prevGenerated := false
	for seg := range strings.SplitSeq(fn, ".") {
		if seg == "" {
			continue
		}
		if strings.HasPrefix(seg, "<>") {
			prevGenerated = true
			continue // closure classes: <>c, <>c__DisplayClass0_0
		}
		if seg[0] == '<' {
			if i := strings.IndexByte(seg, '>'); i > 1 {
				seg = seg[1:i]
				prevGenerated = true
			}
		} else if prevGenerated && seg == "MoveNext" {
			continue
		}
		if i := strings.IndexAny(seg, "`["); i > 0 {
			seg = seg[:i]
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(seg)
	}
	return b.String()
}
