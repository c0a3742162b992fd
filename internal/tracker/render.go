package tracker

import (
	"bytes"
	"embed"
	"fmt"
	"sort"
	"strings"
	"text/template"
	"time"
	"unicode/utf8"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
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

// KV is a sorted map entry.
type KV struct {
	Key   string
	Value int64
}

// ExemplarView is an exemplar prepared for a template.
type ExemplarView struct {
	Time, Body, TraceID, SpanID, Service, TraceURL string
}

// TemplateData is what body and title templates see.
type TemplateData struct {
	Item             backlog.Item
	Template         string
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
	if r.body, err = template.New("body").Parse(src); err != nil {
		return nil, fmt.Errorf("template: %w", err)
	}
	ts := s.TitleTemplate
	if ts == "" {
		ts = defaultTitleTemplate
	}
	if r.title, err = template.New("title").Parse(ts); err != nil {
		return nil, fmt.Errorf("title_template: %w", err)
	}
	if s.TraceURLTemplate != "" {
		if r.trace, err = template.New("trace").Option("missingkey=zero").Parse(s.TraceURLTemplate); err != nil {
			return nil, fmt.Errorf("trace_url_template: %w", err)
		}
	}
	return r, nil
}

// render returns a title and a body (footer included) with
// measure(body) <= limit: exemplars go first, then the text is cut; the
// footer always stays.
func (r *renderer) render(it backlog.Item, limit int, measure func(string) int) (string, string, error) {
	data := r.data(it)
	var tb bytes.Buffer
	if err := r.title.Execute(&tb, data); err != nil {
		return "", "", err
	}
	title := oneLine(tb.String(), maxTitle)
	footer := Footer(it.Fingerprint)
	all := data.Exemplars
	var main string
	for n := len(all); n >= 0; n-- {
		data.Exemplars, data.ExemplarsOmitted = all[:n], len(all)-n
		var bb bytes.Buffer
		if err := r.body.Execute(&bb, data); err != nil {
			return "", "", err
		}
		main = strings.TrimRight(bb.String(), "\n")
		if measure(main+footer) <= limit {
			return title, main + footer, nil
		}
	}
	// Binary search the longest prefix of main that fits.
	lo, hi := 0, len(main)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if measure(cut(main, mid)+truncatedNote+footer) <= limit {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return title, cut(main, lo) + truncatedNote + footer, nil
}

func cut(s string, n int) string {
	for n > 0 && n < len(s) && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func (r *renderer) data(it backlog.Item) TemplateData {
	d := TemplateData{
		Item:         it,
		Template:     strings.ReplaceAll(it.Template, "```", "'''"),
		FirstSeen:    ts(it.FirstSeen),
		LastSeen:     ts(it.LastSeen),
		Sparkline:    Sparkline(it.Trend, 48),
		Releases:     top(it.Releases, 5),
		Dependencies: top(it.Dependencies, 5),
		Journeys:     top(it.Journeys, 5),
		Problem:      it.Problem.ID != "" && (it.Problem.Head != "" && it.Problem.Head != it.Fingerprint || !it.Problem.IsHead),
	}
	for _, e := range it.Exemplars {
		v := ExemplarView{
			Time: ts(e.Time), Body: oneLine(strings.ReplaceAll(e.Body, "`", "'"), maxExemplarBody),
			TraceID: e.TraceID, SpanID: e.SpanID, Service: e.Service,
		}
		if r.trace != nil && e.TraceID != "" {
			var b bytes.Buffer
			if r.trace.Execute(&b, v) == nil {
				v.TraceURL = b.String()
			}
		}
		d.Exemplars = append(d.Exemplars, v)
	}
	return d
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
		s = cut(s, max-3) + "..."
	}
	return s
}

func top(m map[string]int64, n int) []KV {
	out := make([]KV, 0, len(m))
	for k, v := range m {
		out = append(out, KV{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Value != out[j].Value {
			return out[i].Value > out[j].Value
		}
		return out[i].Key < out[j].Key
	})
	if len(out) > n {
		out = out[:n]
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
