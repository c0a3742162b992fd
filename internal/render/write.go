package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/google/renameio/v2/maybe"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
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

func cell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.Join(strings.Fields(s), " ")
}

func top(m map[string]int64) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s (%d)", k, m[k])
	}
	return strings.Join(parts, ", ")
}

// Markdown renders the document: a ranked table, the problems, then details
// per item (score breakdown, notes, exemplars, sparkline).
func Markdown(doc *backlog.Document) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Engineering backlog\n\nGenerated %s, event time %s: %d items, %d on the watchlist, %d problems.\n\n",
		doc.GeneratedAt.Format(time.RFC3339), doc.EventTime.Format(time.RFC3339), len(doc.Items), len(doc.Watchlist), len(doc.Problems))
	b.WriteString("| # | Score | State | Title | Owner | Events | Users | Cust. min | Trend |\n")
	b.WriteString("|--:|------:|-------|-------|-------|-------:|------:|----------:|-------|\n")
	for i := range doc.Items {
		it := &doc.Items[i]
		fmt.Fprintf(&b, "| %d | %.2f | %s | [%s](#%s) | %s | %d | %d | %.1f | %s |\n",
			it.Rank, it.Score, it.State, cell(it.Title), it.Fingerprint, cell(it.Owner), it.Count, it.Affected.Users, it.MinutesOfPain, Sparkline(it.Trend))
	}
	var multi []backlog.Problem
	for _, p := range doc.Problems {
		if len(p.Members) > 1 {
			multi = append(multi, p)
		}
	}
	if len(multi) > 0 {
		b.WriteString("\n## Problems\n\n")
		for _, p := range multi {
			fmt.Fprintf(&b, "- **%s** %s: head `%s` (likely root cause), %d clusters linked by %s: %s\n",
				p.ID, cell(p.Title), p.Head, len(p.Members), strings.Join(p.Reasons, ", "), "`"+strings.Join(p.Members, "`, `")+"`")
		}
	}
	b.WriteString("\n## Details\n")
	for i := range doc.Items {
		writeItem(&b, &doc.Items[i])
	}
	if len(doc.Watchlist) > 0 {
		b.WriteString("\n## Watchlist\n\nBelow the gates, not backlog items yet.\n\n| Score | Title | Events | Why |\n|------:|-------|-------:|-----|\n")
		for _, it := range doc.Watchlist {
			fmt.Fprintf(&b, "| %.2f | %s | %d | %s |\n", it.Score, cell(it.Title), it.Count, cell(it.Gate))
		}
	}
	return b.Bytes()
}

func writeItem(b *bytes.Buffer, it *backlog.Item) {
	fmt.Fprintf(b, "\n### %d. %s <a id=\"%s\"></a>\n\n", it.Rank, it.Title, it.Fingerprint)
	fmt.Fprintf(b, "- Fingerprint: `%s` (%s), state **%s**", it.Fingerprint, it.Kind, it.State)
	if it.NewInRelease != "" {
		fmt.Fprintf(b, ", new in release `%s`", it.NewInRelease)
	}
	if it.Override != nil {
		fmt.Fprintf(b, ", override %s (%s)", it.Override.Action, it.Override.Reason)
	}
	b.WriteString("\n")
	fmt.Fprintf(b, "- Problem: `%s`", it.Problem.ID)
	if it.Problem.IsHead {
		b.WriteString(" (head: likely root cause)\n")
	} else {
		fmt.Fprintf(b, " (caused by `%s`)\n", it.Problem.Head)
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
			fmt.Fprintf(b, "- %s: %s\n", kv.name, cell(top(kv.m)))
		}
	}
	bd := it.ScoreBreakdown
	fmt.Fprintf(b, "- Score %.3f = impact %.3f × frequency %.3f × recency %.3f × blast radius %.3f × novelty %.3f × override %.3f ÷ fix effort %.3f\n",
		it.Score, bd.Impact, bd.Frequency, bd.Recency, bd.BlastRadius, bd.Novelty, bd.Override, bd.FixEffort)
	for _, n := range bd.Notes {
		fmt.Fprintf(b, "  - %s\n", n)
	}
	if len(it.Exemplars) > 0 {
		b.WriteString("- Exemplars:\n")
		for _, e := range it.Exemplars {
			fmt.Fprintf(b, "  - %s %s trace `%s` span `%s`\n", e.Time.Format(time.RFC3339Nano), e.Service, e.TraceID, e.SpanID)
			if e.Body != "" {
				body := e.Body
				if len(body) > 600 {
					body = truncate(body, 600) + "…"
				}
				fence := "```"
				for strings.Contains(body, fence) {
					fence += "`"
				}
				fmt.Fprintf(b, "\n%s\n%s\n%s\n\n", fence, body, fence)
			}
		}
	}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && (s[n]&0xC0) == 0x80 {
		n--
	}
	return s[:n]
}
