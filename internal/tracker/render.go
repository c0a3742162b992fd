package tracker

import (
	"bytes"
	"embed"
	"fmt"
	"strings"
	"text/template"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/textutil"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/markup"
)

//go:embed templates/body.md.tmpl
var templatesFS embed.FS

const (
	defaultTitleTemplate = "[backlog] {{.Item.Title}}"
	maxTitle             = 240
	maxExemplarBody      = 600
	truncatedNote        = "\n\n_(truncated to fit the tracker's size limit)_\n"
)

// MarkerComment is the hidden part of the footer.
func MarkerComment(fp string) string { return "<!-- backlog:fingerprint=" + fp + " -->" }

// Footer is the marker footer every ticket body ends with.
func Footer(fp string) string {
	return "\n\n---\n" + MarkerComment(fp) + "\nbacklog fingerprint: `" + fp + "` (managed by otelcol-backlog; keep this line)\n"
}

// Untrusted is text that came from telemetry. Printed bare in a template
// ({{.Item.Title}}) it is placed as inert Markdown text (markup.Text); the
// template functions code, fence and text place it as a code span, a
// fenced block or text, and compare it as a string (eq, with, if).
type Untrusted string

// String implements fmt.Stringer (what text/template prints).
func (u Untrusted) String() string { return markup.Text(string(u)) }

// ExemplarView is an exemplar prepared for a template; TraceURL is built
// from trace_url_template (telemetry values percent-encoded, http/https
// only).
type ExemplarView struct {
	Time, TraceURL                 string
	Body, TraceID, SpanID, Service Untrusted
}

// ItemView is backlog.Item as body templates see it: every field that
// comes from telemetry is Untrusted (the others are promoted from Item).
type ItemView struct {
	backlog.Item
	Title, Kind, Template, Service, LikelyCause, Owner, NewInRelease, ErrorType, Gate Untrusted
	Services, Operations, Dependencies, Journeys, Releases, Environments, Severity    map[Untrusted]int64
	ScoreBreakdown                                                                    BreakdownView
	Exemplars                                                                         []ExemplarView
	Members                                                                           []MemberView
	// AI is the item's AI suggestion with untrusted texts (nil: none). h7.
	AI *AIView
}

// AIView is backlog.AISuggestion for templates: model output is as
// untrusted as telemetry.
type AIView struct {
	Label                                string
	Model                                Untrusted
	Summary, LikelyCause, SuggestedOwner AIClaimView
}

// AIClaimView is one AI claim for templates.
type AIClaimView struct {
	Text       Untrusted
	Confidence float64
	Evidence   []Untrusted
}

func aiView(s *backlog.AISuggestion) *AIView {
	if s == nil {
		return nil
	}
	claim := func(c backlog.AIClaim) AIClaimView {
		v := AIClaimView{Text: Untrusted(c.Text), Confidence: c.Confidence}
		for _, e := range c.Evidence {
			v.Evidence = append(v.Evidence, Untrusted(e))
		}
		return v
	}
	return &AIView{Label: backlog.AILabel, Model: Untrusted(s.Model),
		Summary: claim(s.Summary), LikelyCause: claim(s.LikelyCause), SuggestedOwner: claim(s.SuggestedOwner)}
}

// MemberView is a problem member as body templates see it.
type MemberView struct {
	backlog.Member
	Title, Kind, Service, Role, Gate Untrusted
	Reasons                          []Untrusted
	Frames                           []Untrusted
}

// BreakdownView is backlog.Breakdown with Untrusted notes (they name
// journeys and services).
type BreakdownView struct {
	backlog.Breakdown
	Notes []Untrusted
}

// KV is a sorted map entry.
type KV struct {
	Key   Untrusted
	Value int64
}

// TemplateData is what body templates see.
type TemplateData struct {
	Item             ItemView
	Template         Untrusted
	FirstSeen        string
	LastSeen         string
	Sparkline        string
	Exemplars        []ExemplarView
	ExemplarsOmitted int
	Releases         []KV
	Dependencies     []KV
	Journeys         []KV
	Problem          bool
}

// TitleData is what title templates see: the raw item. The executed title
// is made plain text as a whole (markup.Plain).
type TitleData struct {
	Item backlog.Item
}

// raw returns the string in an Untrusted, a string or a Stringer.
func raw(v any) string {
	switch x := v.(type) {
	case Untrusted:
		return string(x)
	case string:
		return x
	case nil:
		return ""
	}
	return fmt.Sprint(v)
}

// funcs are the placement functions of body templates.
var funcs = template.FuncMap{
	"code":  func(v any) string { return markup.InlineCode(raw(v)) },
	"fence": func(v any) string { return markup.Fence(raw(v)) },
	"text":  func(v any) string { return markup.Text(raw(v)) },
}

// titleFuncs keep custom title templates that use the placement functions
// working: a title is plain text.
var titleFuncs = template.FuncMap{
	"code":  raw,
	"fence": raw,
	"text":  raw,
}

type renderer struct {
	body, title, trace *template.Template
}

func newRenderer(s Settings) (*renderer, error) {
	r := &renderer{}
	var err error
	src := s.Template
	if src == "" {
		b, _ := templatesFS.ReadFile("templates/body.md.tmpl")
		src = string(b)
	}
	if r.body, err = template.New("body").Funcs(funcs).Parse(src); err != nil {
		return nil, fmt.Errorf("template: %w", err)
	}
	ts := s.TitleTemplate
	if ts == "" {
		ts = defaultTitleTemplate
	}
	if r.title, err = template.New("title").Funcs(titleFuncs).Parse(ts); err != nil {
		return nil, fmt.Errorf("title_template: %w", err)
	}
	if s.TraceURLTemplate != "" {
		if r.trace, err = template.New("trace").Option("missingkey=zero").Parse(s.TraceURLTemplate); err != nil {
			return nil, fmt.Errorf("trace_url_template: %w", err)
		}
	}
	return r, nil
}

// Render renders it as a sink with settings s would: a plain-text title
// and a Markdown body (footer included) with measure(body) <= limit.
func Render(s Settings, it backlog.Item, limit int, measure func(string) int) (title, body string, err error) {
	r, err := newRenderer(s)
	if err != nil {
		return "", "", err
	}
	key := it.Fingerprint
	if s.Unit != UnitCluster && len(it.Members) > 0 && it.Problem.ID != "" {
		key = it.Problem.ID
	}
	return r.render(it, key, limit, measure)
}

// render returns a title and a body (footer included) with
// measure(body) <= limit: exemplars go first, then whole lines are cut
// (code spans never span lines), a fenced block left open is closed, and
// the truncation note and the footer always stay.
func (r *renderer) render(it backlog.Item, key string, limit int, measure func(string) int) (string, string, error) {
	data := r.data(it)
	var tb bytes.Buffer
	if err := r.title.Execute(&tb, TitleData{Item: it}); err != nil {
		return "", "", err
	}
	title := oneLine(markup.Plain(tb.String()), maxTitle)
	footer := Footer(key)
	all := data.Exemplars
	var main string
	for n := len(all); n >= 0; n-- {
		data.Exemplars, data.ExemplarsOmitted = all[:n], len(all)-n
		data.Item.Exemplars = data.Exemplars
		var bb bytes.Buffer
		if err := r.body.Execute(&bb, data); err != nil {
			return "", "", err
		}
		main = strings.TrimRight(bb.String(), "\n")
		if measure(main+footer) <= limit {
			return title, main + footer, nil
		}
	}
	lines := strings.Split(main, "\n")
	cutAt := func(k int) string {
		kept := strings.Join(lines[:k], "\n")
		if f := openFence(lines[:k]); f != "" {
			kept += "\n" + f
		}
		return kept + truncatedNote + footer
	}
	// Binary search the most whole lines that fit.
	lo, hi := 0, len(lines)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if measure(cutAt(mid)) <= limit {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	for lo > 0 && measure(cutAt(lo)) > limit {
		lo--
	}
	return title, strings.TrimLeft(cutAt(lo), "\n"), nil
}

// openFence returns the fence that closes the fenced code block lines
// leave open ("" when none is), following CommonMark: an opening fence is
// 3 or more backticks or tildes indented at most 3 spaces; it is closed by
// a run of the same character at least as long with nothing after it.
func openFence(lines []string) string {
	open := ""
	for _, l := range lines {
		t := strings.TrimLeft(l, " ")
		if len(l)-len(t) > 3 || t == "" || (t[0] != '`' && t[0] != '~') {
			continue
		}
		n := len(t) - len(strings.TrimLeft(t, t[:1]))
		if n < 3 {
			continue
		}
		switch {
		case open == "":
			if t[0] == '`' && strings.Contains(t[n:], "`") {
				continue // not a fence: an info string may not hold a backtick
			}
			open = t[:n]
		case t[0] == open[0] && n >= len(open) && strings.TrimSpace(t[n:]) == "":
			open = ""
		}
	}
	return open
}

func (r *renderer) data(it backlog.Item) TemplateData {
	d := TemplateData{
		Item:         view(it),
		Template:     Untrusted(it.Template),
		FirstSeen:    ts(it.FirstSeen),
		LastSeen:     ts(it.LastSeen),
		Sparkline:    Sparkline(it.Trend, 48),
		Releases:     top(it.Releases, 5),
		Dependencies: top(it.Dependencies, 5),
		Journeys:     top(it.Journeys, 5),
		Problem:      it.Problem.ID != "" && len(it.Members) == 0 && (it.Problem.Head != "" && it.Problem.Head != it.Fingerprint || !it.Problem.IsHead),
	}
	for _, e := range it.Exemplars {
		v := ExemplarView{
			Time: ts(e.Time), Body: Untrusted(oneLine(e.Body, maxExemplarBody)),
			TraceID: Untrusted(e.TraceID), SpanID: Untrusted(e.SpanID), Service: Untrusted(e.Service),
		}
		if r.trace != nil && e.TraceID != "" {
			// Telemetry values are percent-encoded into the configured URL.
			q := struct{ Time, Body, TraceID, SpanID, Service string }{
				v.Time, markup.QueryValue(string(v.Body)), markup.QueryValue(e.TraceID), markup.QueryValue(e.SpanID), markup.QueryValue(e.Service),
			}
			var b bytes.Buffer
			if r.trace.Execute(&b, q) == nil {
				v.TraceURL, _ = markup.SafeURL(b.String())
			}
		}
		d.Exemplars = append(d.Exemplars, v)
	}
	d.Item.Exemplars = d.Exemplars
	return d
}

func view(it backlog.Item) ItemView {
	u := func(m map[string]int64) map[Untrusted]int64 {
		if m == nil {
			return nil
		}
		out := make(map[Untrusted]int64, len(m))
		for k, v := range m {
			out[Untrusted(k)] = v
		}
		return out
	}
	v := ItemView{
		Item: it, Title: Untrusted(it.Title), Kind: Untrusted(it.Kind), Template: Untrusted(it.Template), Service: Untrusted(it.Service),
		LikelyCause: Untrusted(it.LikelyCause),
		Owner:       Untrusted(it.Owner), NewInRelease: Untrusted(it.NewInRelease), ErrorType: Untrusted(it.ErrorType), Gate: Untrusted(it.Gate),
		Services: u(it.Services), Operations: u(it.Operations), Dependencies: u(it.Dependencies), Journeys: u(it.Journeys),
		Releases: u(it.Releases), Environments: u(it.Environments), Severity: u(it.Severity),
		ScoreBreakdown: BreakdownView{Breakdown: it.ScoreBreakdown},
		AI:             aiView(it.AI), // h7
	}
	for _, n := range it.ScoreBreakdown.Notes {
		v.ScoreBreakdown.Notes = append(v.ScoreBreakdown.Notes, Untrusted(n))
	}
	for _, m := range it.Members {
		mv := MemberView{Member: m, Title: Untrusted(m.Title), Kind: Untrusted(m.Kind), Service: Untrusted(m.Service),
			Role: Untrusted(m.Role), Gate: Untrusted(m.Gate)}
		for _, r := range m.Reasons {
			mv.Reasons = append(mv.Reasons, Untrusted(r))
		}
		for _, f := range m.Frames {
			mv.Frames = append(mv.Frames, Untrusted(f))
		}
		v.Members = append(v.Members, mv)
	}
	return v
}

func ts(t time.Time) string {
	if t.IsZero() {
		return "unknown"
	}
	return t.UTC().Format("2006-01-02 15:04:05Z")
}

func oneLine(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > max {
		s = textutil.Truncate(s, max-3) + "..."
	}
	return s
}

// top is backlog.Top(m, n) with untrusted keys.
func top(m map[string]int64, n int) []KV {
	counts := backlog.Top(m, n)
	out := make([]KV, len(counts))
	for i, c := range counts {
		out[i] = KV{Untrusted(c.Key), c.N}
	}
	return out
}

// Sparkline draws the last n counts with block characters.
func Sparkline(counts []int64, n int) string {
	if len(counts) > n {
		counts = counts[len(counts)-n:]
	}
	var maxV int64
	for _, c := range counts {
		maxV = max(maxV, c)
	}
	if maxV == 0 {
		return ""
	}
	bars := []rune("▁▂▃▄▅▆▇█")
	var b strings.Builder
	for _, c := range counts {
		i := int(c * int64(len(bars)-1) / maxV)
		if c > 0 && i == 0 {
			i = 1
		}
		b.WriteRune(bars[i])
	}
	return b.String()
}
