package digest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/render"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/markup"
)

// File names written by WriteFiles.
const (
	JSONFile     = "digest.json"
	MarkdownFile = "digest.md"
)

// JSON encodes the digest (indented, stable).
func JSON(d *Digest) ([]byte, error) { return json.MarshalIndent(d, "", "  ") }

// WriteFiles writes digest.json and digest.md to dir, each atomically.
func (s *Scheduler) WriteFiles(dir string, d *Digest) error {
	js, err := JSON(d)
	if err != nil {
		return err
	}
	if err := render.WriteFileAtomic(filepath.Join(dir, JSONFile), js); err != nil {
		return err
	}
	return render.WriteFileAtomic(filepath.Join(dir, MarkdownFile), s.Markdown(d))
}

// ReadFile is the path of digest.json in dir.
func ReadFile(dir string) string { return filepath.Join(dir, JSONFile) }

const day = "2006-01-02"

// Markdown renders the digest. Every telemetry value (titles, owners,
// journeys, services) is placed by package markup; identifiers are code
// spans; the only links are trace links built from the configured
// template and a hex trace id, passed through markup.SafeURL.
func (s *Scheduler) Markdown(d *Digest) []byte {
	var b bytes.Buffer
	title := "Daily"
	if d.Period == PeriodWeekly {
		title = "Weekly"
	}
	last := d.End.Add(-time.Nanosecond)
	span := d.Start.Format(day)
	if last.Format(day) != span {
		span += " to " + last.Format(day)
	}
	status := "so far, up to event time " + d.EventTime.In(s.loc).Format("2006-01-02 15:04 MST")
	if d.Complete {
		status = "complete"
	}
	fmt.Fprintf(&b, "# %s backlog digest: %s (%s)\n\n", title, span, markup.Text(d.TimeZone))
	fmt.Fprintf(&b, "Period %s to %s, %s.", d.Start.Format(time.RFC3339), d.End.Format(time.RFC3339), status)
	if d.Since != nil {
		fmt.Fprintf(&b, " Changes are since the previous digest (event time %s).", d.Since.At.In(s.loc).Format("2006-01-02 15:04 MST"))
	} else {
		b.WriteString(" No previous digest: changes are since the start of the period.")
	}
	b.WriteString("\n\n## Signal to noise\n\n")
	f := d.Funnel
	fmt.Fprintf(&b, "%d records → %d failure events → %d clusters → %d problems → %d backlog items", f.Records, f.Events, f.Clusters, f.Problems, f.Tickets)
	if f.Tickets > 0 && f.Records > 0 {
		fmt.Fprintf(&b, " (one backlog item per %.0f records)", float64(f.Records)/float64(f.Tickets))
	}
	b.WriteString(".\n\n## Top problems\n\n")
	if len(d.Top) == 0 {
		b.WriteString("None.\n")
	} else {
		b.WriteString("| # | Score | State | Trend | Title | Owner | Journey | First seen | Events | Traces |\n")
		b.WriteString("|--:|------:|-------|-------|-------|-------|---------|------------|-------:|--------|\n")
		for i := range d.Top {
			e := &d.Top[i]
			fmt.Fprintf(&b, "| %d | %.2f | %s | %s %s | %s | %s | %s | %s | %d | %s |\n",
				i+1, e.Score, markup.Text(e.State), markup.Text(e.Trend), render.Sparkline(lastN(e.trend, sparkBuckets)), markup.Text(e.Title),
				orDash(markup.Text(e.Owner)), orDash(markup.Text(e.Journey)), e.FirstSeen.In(s.loc).Format("2006-01-02 15:04"), e.Count, s.traceLinks(e.Traces))
		}
	}
	b.WriteString("\n## Since the last digest\n\n")
	for _, c := range []struct {
		name string
		refs []Ref
	}{{"New", d.Changes.New}, {"Regressed", d.Changes.Regressed}, {"Escalating", d.Changes.Escalating},
		{"Resolved", d.Changes.Resolved}, {"Muted", d.Changes.Muted}, {"Fix verified", d.Changes.FixVerified}} {
		fmt.Fprintf(&b, "- **%s** (%d)", c.name, len(c.refs))
		if len(c.refs) == 0 {
			b.WriteString(": none\n")
			continue
		}
		b.WriteString(":\n")
		for _, r := range c.refs {
			fmt.Fprintf(&b, "  - %s %s, score %.2f", markup.InlineCode(r.ID), markup.Text(r.Title), r.Score)
			if r.Owner != "" {
				fmt.Fprintf(&b, ", owner %s", markup.Text(r.Owner))
			}
			if r.Was != "" {
				fmt.Fprintf(&b, " (was %s)", markup.Text(r.Was))
			}
			b.WriteString("\n")
		}
	}
	if len(d.Similar) > 0 {
		b.WriteString("\n## Similar problems\n\nSuggested merges (an override `merge_into` merges; removing it undoes):\n\n")
		for _, m := range d.Similar {
			fmt.Fprintf(&b, "- %s %s ← %s %s: %s similarity %.2f, shared %s", markup.InlineCode(m.A), markup.Text(m.TitleA),
				markup.InlineCode(m.B), markup.Text(m.TitleB), markup.Text(m.Method), m.Similarity, markup.Text(strings.Join(m.Shared, ", ")))
			if m.Merged {
				b.WriteString(" (auto-merged)")
			}
			b.WriteString("\n")
		}
	}
	b.WriteString("\n## Teams\n")
	if len(d.Teams) == 0 {
		b.WriteString("\nNo backlog item was active in the period.\n")
	}
	for _, t := range d.Teams {
		owner := "Unowned"
		if t.Owner != "" {
			owner = markup.Text(t.Owner)
		}
		fmt.Fprintf(&b, "\n### %s (%d active)\n\n", owner, t.Active)
		for _, e := range t.Entries {
			fmt.Fprintf(&b, "- %.2f %s %s (%s, %d events)\n", e.Score, markup.Text(e.State), markup.Text(e.Title), markup.Text(e.Trend), e.Count)
		}
	}
	return b.Bytes()
}

// sparkBuckets is the number of trend buckets the digest's sparklines show.
const sparkBuckets = 24

func lastN(v []int64, n int) []int64 {
	if len(v) > n {
		return v[len(v)-n:]
	}
	return v
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// traceLinks renders trace ids as code spans, linked through the
// configured template when it yields an http(s) URL.
func (s *Scheduler) traceLinks(ids []string) string {
	parts := make([]string, 0, len(ids))
	for _, id := range ids {
		short := id
		if len(short) > 8 {
			short = short[:8]
		}
		if s.cfg.TraceURLTemplate != "" {
			if u, ok := markup.SafeURL(strings.ReplaceAll(s.cfg.TraceURLTemplate, "{{.TraceID}}", id)); ok {
				parts = append(parts, fmt.Sprintf("[%s](%s)", markup.InlineCode(short), u))
				continue
			}
		}
		parts = append(parts, markup.InlineCode(short))
	}
	return orDash(strings.Join(parts, " "))
}
