package stacktrace

import "strings"

// Language is the language a trace was recognized as.
type Language uint8

// Languages.
const (
	Unknown Language = iota
	Java
	Python
	Go
	Node
	DotNet
	Ruby
)

var languageNames = [...]string{"unknown", "java", "python", "go", "node", "dotnet", "ruby"}

func (l Language) String() string {
	if int(l) < len(languageNames) {
		return languageNames[l]
	}
	return "unknown"
}

// Frame is one normalized stack frame.
type Frame struct {
	// Function is the normalized "module.function" name.
	Function string
	// File is the source path as written in the trace, without line or
	// column, with '/' separators; empty when the trace has none.
	File string
	// Library reports that the path lies in a package or standard
	// library directory, or that a Go package is in the standard library.
	Library bool
	// InApp reports whether the frame belongs to the application.
	InApp bool
}

// Exception is one exception of a trace with its frames, innermost call
// (the throwing frame) first.
type Exception struct {
	Type    string
	Message string
	Frames  []Frame
}

// Trace is a parsed stack trace.
type Trace struct {
	Language Language
	// Exceptions holds the exception chain, outermost first and root
	// cause (the deepest "Caused by:") last.
	Exceptions []Exception
	// Truncated reports that the input exceeded MaxLines or MaxBytes and
	// only its beginning was parsed.
	Truncated bool
}

// Outer returns the outermost exception, or nil.
func (t *Trace) Outer() *Exception {
	if len(t.Exceptions) == 0 {
		return nil
	}
	return &t.Exceptions[0]
}

// RootCause returns the deepest cause, or nil.
func (t *Trace) RootCause() *Exception {
	if len(t.Exceptions) == 0 {
		return nil
	}
	return &t.Exceptions[len(t.Exceptions)-1]
}

// TopFrames returns the normalized names of the top n in-app frames of the
// deepest exception that has in-app frames, searching from the root cause
// outwards. When no exception has an in-app frame it returns the top n
// frames of the deepest exception that has frames. It returns nil when the
// trace has no frames.
func (t *Trace) TopFrames(n int) []string {
	if n <= 0 {
		return nil
	}
	for i := len(t.Exceptions) - 1; i >= 0; i-- {
		var out []string
		for _, f := range t.Exceptions[i].Frames {
			if f.InApp {
				if out == nil {
					out = make([]string, 0, n)
				}
				out = append(out, f.Function)
				if len(out) == n {
					break
				}
			}
		}
		if out != nil {
			return out
		}
	}
	for i := len(t.Exceptions) - 1; i >= 0; i-- {
		if fs := t.Exceptions[i].Frames; len(fs) > 0 {
			out := make([]string, 0, min(n, len(fs)))
			for _, f := range fs[:min(n, len(fs))] {
				out = append(out, f.Function)
			}
			return out
		}
	}
	return nil
}

// Default bounds.
const (
	DefaultMaxLines = 200
	DefaultMaxBytes = 64 << 10
)

// DefaultExclude are the frame prefixes treated as library code by default.
var DefaultExclude = []string{
	// JVM.
	"java.", "javax.", "jakarta.", "jdk.", "sun.", "com.sun.", "kotlin.", "kotlinx.", "scala.",
	"org.springframework.", "org.apache.", "org.hibernate.", "org.eclipse.", "org.junit.",
	"io.netty.", "reactor.", "io.reactivex.", "io.grpc.", "io.micrometer.", "io.opentelemetry.",
	"io.undertow.", "akka.", "com.fasterxml.", "com.google.", "com.zaxxer.", "okhttp3.", "feign.",
	"org.glassfish.", "net.bytebuddy.", "org.mockito.", "groovy.", "clojure.",
	"android.", "androidx.", "dalvik.", "com.android.",
	"org.postgresql.", "com.mysql.", "org.mariadb.", "oracle.", "com.mongodb.", "org.mongodb.",
	"redis.clients.", "io.lettuce.", "org.elasticsearch.", "co.elastic.", "software.amazon.",
	"com.amazonaws.", "org.slf4j.", "ch.qos.logback.", "org.jboss.", "io.vertx.", "io.quarkus.",
	"io.micronaut.", "com.netflix.", "io.github.resilience4j.", "org.aspectj.", "retrofit2.", "okio.",
	// Go (the standard library is detected without a list).
	"golang.org/x/", "google.golang.org/", "go.opentelemetry.io/", "github.com/gin-gonic/",
	"github.com/labstack/echo", "github.com/gorilla/", "github.com/go-chi/",
	// Node.
	"node:",
	// .NET.
	"System.", "Microsoft.", "Grpc.", "Polly.", "Newtonsoft.", "Npgsql.", "Castle.Proxies.",
	"lambda_method",
	// Python and Ruby internals.
	"<frozen ", "<string>", "<internal:",
}

// Config configures a [Parser].
type Config struct {
	// Include are name prefixes of in-app frames; they override Exclude
	// and library detection.
	Include []string
	// Exclude are name prefixes of library frames, added to
	// DefaultExclude unless NoDefaultExclude is set.
	Exclude          []string
	NoDefaultExclude bool
	// MaxLines and MaxBytes bound the input read; <= 0 means the default.
	MaxLines int
	MaxBytes int
}

// Parser parses traces. It is immutable and safe for concurrent use.
type Parser struct {
	include, exclude   prefixSet
	maxLines, maxBytes int
}

// prefixSet indexes prefixes by their first byte.
type prefixSet struct {
	all   bool // an empty prefix matches everything
	first [256][]string
}

func newPrefixSet(prefixes ...[]string) prefixSet {
	var s prefixSet
	for _, ps := range prefixes {
		for _, p := range ps {
			if p == "" {
				s.all = true
				continue
			}
			s.first[p[0]] = append(s.first[p[0]], p)
		}
	}
	return s
}

func (s *prefixSet) match(name string) bool {
	if s.all {
		return true
	}
	if name == "" {
		return false
	}
	for _, p := range s.first[name[0]] {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// NewParser returns a parser for cfg.
func NewParser(cfg Config) *Parser {
	p := &Parser{include: newPrefixSet(cfg.Include), maxLines: cfg.MaxLines, maxBytes: cfg.MaxBytes}
	if cfg.NoDefaultExclude {
		p.exclude = newPrefixSet(cfg.Exclude)
	} else {
		p.exclude = newPrefixSet(DefaultExclude, cfg.Exclude)
	}
	if p.maxLines <= 0 {
		p.maxLines = DefaultMaxLines
	}
	if p.maxBytes <= 0 {
		p.maxBytes = DefaultMaxBytes
	}
	return p
}

var defaultParser = NewParser(Config{})

// Parse parses s with the default configuration.
func Parse(s string) Trace { return defaultParser.Parse(s) }

// TopFrames returns the top n in-app frames of trace with the default
// configuration, falling back to the top n frames; see [Trace.TopFrames].
func TopFrames(trace string, n int) []string {
	t := defaultParser.Parse(trace)
	return t.TopFrames(n)
}

// TopFrames is [Trace.TopFrames] of p.Parse(trace).
func (p *Parser) TopFrames(trace string, n int) []string {
	t := p.Parse(trace)
	return t.TopFrames(n)
}

// IsInApp reports whether a frame with the given normalized name and
// library flag is in-app under p's rules.
func (p *Parser) IsInApp(function string, library bool) bool {
	if p.include.match(function) {
		return true
	}
	return !library && !p.exclude.match(function)
}
