// Package render writes the ranked backlog document (built by package rank)
// as backlog.json and backlog.md, each atomically; it decides nothing about
// order, state or content.
package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/google/renameio/v2/maybe"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/textutil"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/markup"
)

// File names written by WriteFiles.
const (
	JSONFile     = "backlog.json"
	MarkdownFile = "backlog.md"
)

// JSON encodes the document (indented, stable).
func JSON(doc *backlog.Document) ([]byte, error) {
	return json.MarshalIndent(doc, "", "  ")
}

// WriteFiles writes backlog.json and backlog.md to dir, each atomically.
func WriteFiles(dir string, doc *backlog.Document) error {
	js, err := JSON(doc)
	if err != nil {
		return err
	}
	if err := WriteFileAtomic(filepath.Join(dir, JSONFile), js); err != nil {
		return err
	}
	return WriteFileAtomic(filepath.Join(dir, MarkdownFile), Markdown(doc))
}

// WriteFileAtomic writes data to path through renameio (a temporary file
// on the same file system, fsync, rename over path), then syncs the
// directory: readers see the old or the new content, never a torn file.
// renameio does not support Windows; there its maybe package writes in
// place.
func WriteFileAtomic(path string, data []byte) error {
	if err := maybe.WriteFile(path, data, 0o644); err != nil {
		return err
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

var blocks = []rune("▁▂▃▄▅▆▇█")

// Sparkline renders counts as unicode blocks: 0 is the lowest block, the
// maximum the highest.
func Sparkline(v []int64) string {
	var mx int64
	for _, n := range v {
		mx = max(mx, n)
	}
	var sb strings.Builder
	for _, n := range v {
		i := 0
		if mx > 0 && n > 0 {
			i = 1 + int(n*int64(len(blocks)-2)/mx)
			i = min(i, len(blocks)-1)
		}
		sb.WriteRune(blocks[i])
	}
	return sb.String()
}

// anchor is a fingerprint usable as an HTML id and a link fragment:
// letters, digits, "-", "_", "." and ":" kept, anything else as "_" (the
// fingerprint attribute is telemetry).
func anchor(fp string) string {
	if fp == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r < 0x80 && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || strings.ContainsRune("-_.:", r)) {
			return r
		}
		return '_'
	}, fp)
}

// top lists a count map in backlog.Top's order (largest first), each key
// as inert text.
func top(m map[string]int64) string {
	counts := backlog.Top(m, 0)
	parts := make([]string, len(counts))
	for i, c := range counts {
		parts[i] = fmt.Sprintf("%s (%d)", markup.Text(c.Key), c.N)
	}
	return strings.Join(parts, ", ")
}

func linkedBy(reasons []string) string {
	if len(reasons) == 0 {
		return "nothing: alone"
	}
	return texts(reasons)
}

// SignalToNoise renders the signal-to-noise stats of a document (since
// start, and for the last flush when known) as one line; "" without them.
func SignalToNoise(st map[string]int64) string {
	if st == nil {
		return ""
	}
	line := fmt.Sprintf("Signal to noise since start: %d records in, %d fingerprinted, %d clusters, %d problems, %d ticket-worthy; tickets %d created, %d updated, %d duplicates avoided, %d muted.",
		st["records_in"], st["records_fingerprinted"], st["clusters"], st["problems"], st["problems_ticket_worthy"],
		st["tickets_created"], st["tickets_updated"], st["tickets_duplicates_avoided"], st["tickets_muted"])
	if _, ok := st["flush_records_in"]; ok {
		line += fmt.Sprintf(" Last flush: %d records in, %d fingerprinted, %d tickets created, %d updated.",
			st["flush_records_in"], st["flush_records_fingerprinted"], st["flush_tickets_created"], st["flush_tickets_updated"])
	}
	return line
}

func codes(ss []string) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = markup.InlineCode(s)
	}
	return strings.Join(out, ", ")
}

func texts(ss []string) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = markup.Text(s)
	}
	return strings.Join(out, ", ")
}

// Markdown renders the document: a ranked table, the problems, then details
// per item (score breakdown, notes, exemplars, sparkline). Every string
// that came from telemetry is placed by package markup: text escaped,
// identifiers as code spans, exemplar bodies as fenced blocks; the only
// links are the table's links to the items' anchors.
func Markdown(doc *backlog.Document) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Engineering backlog\n\nGenerated %s, event time %s: %d problems ranked, %d on the watchlist.\n\n",
		doc.GeneratedAt.Format(time.RFC3339), doc.EventTime.Format(time.RFC3339), len(doc.Items), len(doc.Watchlist))
	if line := SignalToNoise(doc.Stats); line != "" {
		b.WriteString(line + "\n\n")
	}
	b.WriteString("| # | Score | State | Title | Owner | Events | Users | Cust. min | Trend |\n")
	b.WriteString("|--:|------:|-------|-------|-------|-------:|------:|----------:|-------|\n")
	for i := range doc.Items {
		it := &doc.Items[i]
		fmt.Fprintf(&b, "| %d | %.2f | %s | [%s](#%s) | %s | %d | %d | %.1f | %s |\n",
			it.Rank, it.Score, markup.Text(it.State), markup.Text(it.Title), anchor(it.Fingerprint), markup.Text(it.Owner), it.Count, it.Affected.Users, it.MinutesOfPain, Sparkline(it.Trend))
	}
	writeMergeSuggestions(&b, doc.MergeSuggestions) // h7: similar problems
	b.WriteString("\n## Details\n")
	for i := range doc.Items {
		writeItem(&b, &doc.Items[i])
	}
	if len(doc.Watchlist) > 0 {
		b.WriteString("\n## Watchlist\n\nProblems below the gates: monitored, not ticketed.\n\n| Score | Title | Clusters | Events | Why |\n|------:|-------|---------:|-------:|-----|\n")
		for _, it := range doc.Watchlist {
			fmt.Fprintf(&b, "| %.2f | %s | %d | %d | %s |\n", it.Score, markup.Text(it.Title), max(len(it.Members), 1), it.Count, markup.Text(it.Gate))
		}
	}
	return b.Bytes()
}

func writeItem(b *bytes.Buffer, it *backlog.Item) {
	fmt.Fprintf(b, "\n### %d. %s <a id=\"%s\"></a>\n\n", it.Rank, markup.Text(it.Title), anchor(it.Fingerprint))
	fmt.Fprintf(b, "- Fingerprint: %s (%s), state **%s**", markup.InlineCode(it.Fingerprint), markup.Text(it.Kind), markup.Text(it.State))
	if it.NewInRelease != "" {
		fmt.Fprintf(b, ", new in release %s", markup.InlineCode(it.NewInRelease))
	}
	if it.Override != nil {
		fmt.Fprintf(b, ", override %s (%s)", markup.Text(it.Override.Action), markup.Text(it.Override.Reason))
	}
	if len(it.Labels) > 0 {
		fmt.Fprintf(b, ", labels %s", texts(it.Labels))
	}
	b.WriteString("\n")
	fmt.Fprintf(b, "- Problem: %s, head %s (likely cause); gate: %s\n", markup.InlineCode(it.Problem.ID), markup.InlineCode(it.Problem.Head), markup.Text(it.Gate))
	if it.LikelyCause != "" {
		fmt.Fprintf(b, "- Likely cause: service **%s**: its callers fail calling it, on its side of the call, and it reports no failure of its own\n", markup.Text(it.LikelyCause))
	}
	if len(it.Members) > 0 {
		fmt.Fprintf(b, "- Members (%d):\n", len(it.Members))
		for _, m := range it.Members {
			share := ""
			if m.Share > 0 {
				share = fmt.Sprintf(" (its share %.2f: a symptom shared with other problems' causes)", m.Share)
			}
			fmt.Fprintf(b, "  - %s %s %s (%s, depth %d, linked by %s): %d events%s, %d users, %d traces, %.1f customer minutes, score %.2f, %s; %s\n",
				markup.Text(m.Role), markup.InlineCode(m.Fingerprint), markup.Text(m.Title), markup.Text(m.Kind), m.Depth, linkedBy(m.Reasons),
				m.Count, share, m.Affected.Users, m.Affected.Traces, m.MinutesOfPain, m.Score, markup.Text(m.State), markup.Text(m.Gate))
			for _, f := range m.Frames {
				fmt.Fprintf(b, "    - at %s\n", markup.InlineCode(f))
			}
		}
	}
	fmt.Fprintf(b, "- Seen %d times, %s to %s; %d users, %d tenants, %d traces; %.1f customer minutes of pain\n",
		it.Count, it.FirstSeen.Format(time.RFC3339), it.LastSeen.Format(time.RFC3339),
		it.Affected.Users, it.Affected.Tenants, it.Affected.Traces, it.MinutesOfPain)
	fmt.Fprintf(b, "- Trend (%ds buckets): `%s`\n", it.TrendBucketSeconds, Sparkline(it.Trend))
	for _, kv := range []struct {
		name string
		m    map[string]int64
	}{{"Services", it.Services}, {"Operations", it.Operations}, {"Dependencies", it.Dependencies},
		{"Journeys", it.Journeys}, {"Releases", it.Releases}, {"Environments", it.Environments}, {"Severity", it.Severity}} {
		if len(kv.m) > 0 {
			fmt.Fprintf(b, "- %s: %s\n", kv.name, top(kv.m))
		}
	}
	bd := it.ScoreBreakdown
	fmt.Fprintf(b, "- Score %.3f = impact %.3f × frequency %.3f × recency %.3f × blast radius %.3f × novelty %.3f × override %.3f ÷ fix effort %.3f\n",
		it.Score, bd.Impact, bd.Frequency, bd.Recency, bd.BlastRadius, bd.Novelty, bd.Override, bd.FixEffort)
	if bd.FixFailed > 0 || bd.Dismissed > 0 { // h7: fix outcomes
		fmt.Fprintf(b, "  - fix outcomes: fix failed ×%.3g, dismissed ×%.3g\n", max(bd.FixFailed, 1), orOne(bd.Dismissed))
	}
	for _, n := range bd.Notes {
		fmt.Fprintf(b, "  - %s\n", markup.Text(n))
	}
	if ai := it.AI; ai != nil { // h7: AI suggestions
		fmt.Fprintf(b, "- **%s** by %s (not reviewed; changes no score or gate):\n", backlog.AILabel, markup.InlineCode(ai.Model))
		for _, c := range []struct {
			name string
			c    backlog.AIClaim
		}{{"Summary", ai.Summary}, {"Likely cause", ai.LikelyCause}, {"Suggested owner", ai.SuggestedOwner}} {
			if c.c.Text == "" {
				continue
			}
			fmt.Fprintf(b, "  - %s: %s (confidence %.2f, evidence %s)\n", c.name, markup.Text(c.c.Text), c.c.Confidence, codes(c.c.Evidence))
		}
	}
	if len(it.Exemplars) > 0 {
		b.WriteString("- Exemplars:\n")
		for _, e := range it.Exemplars {
			fmt.Fprintf(b, "  - %s %s", e.Time.Format(time.RFC3339Nano), markup.Text(e.Service))
			if e.TraceID != "" {
				fmt.Fprintf(b, " trace %s", markup.InlineCode(e.TraceID))
			}
			if e.SpanID != "" {
				fmt.Fprintf(b, " span %s", markup.InlineCode(e.SpanID))
			}
			b.WriteString("\n")
			if e.Body != "" {
				body := e.Body
				if len(body) > 600 {
					body = textutil.Truncate(body, 600) + "…"
				}
				fmt.Fprintf(b, "\n%s\n\n", markup.Fence(body))
			}
		}
	}
}

func orOne(f float64) float64 {
	if f == 0 {
		return 1
	}
	return f
}

// writeMergeSuggestions lists the pairs of items that look like one
// problem (h7: similar problems).
func writeMergeSuggestions(b *bytes.Buffer, ms []backlog.MergeSuggestion) {
	if len(ms) == 0 {
		return
	}
	b.WriteString("\n## Merge suggestions\n\nItems that look like one problem. Merge with an override (`merge_into`); remove it to undo.\n\n")
	b.WriteString("| Similarity | Method | Into | Merge | Shared context |\n|-----------:|--------|------|-------|----------------|\n")
	for _, m := range ms {
		merge := fmt.Sprintf("%s %s", markup.InlineCode(m.B), markup.Text(m.TitleB))
		if m.Merged {
			merge += " (auto-merged)"
		}
		fmt.Fprintf(b, "| %.2f | %s | %s %s | %s | %s |\n", m.Similarity, markup.Text(m.Method),
			markup.InlineCode(m.A), markup.Text(m.TitleA), merge, texts(m.Shared))
	}
}
