// Command backlogtable prints the ranked items of a backlog.json as a plain
// text table for a terminal (make run uses it): the signal-to-noise line,
// then one row per problem with its member clusters below it. Titles and owners are
// telemetry: control characters (terminal escape sequences among them) are
// shown as '?', and long titles are cut.
//
//	go run ./cmd/backlogtable -n 10 out/run/backlog/backlog.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/render"
)

func main() {
	n := flag.Int("n", 10, "items to print")
	width := flag.Int("width", 90, "title width (runes)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: backlogtable [-n N] [-width W] backlog.json")
		os.Exit(2)
	}
	data, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := printTable(os.Stdout, data, *n, *width); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func printTable(w io.Writer, data []byte, n, width int) error {
	var doc backlog.Document
	if err := json.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("backlog.json: %w", err)
	}
	if line := render.SignalToNoise(doc.Stats); line != "" {
		fmt.Fprintln(w, safe(line, 400))
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tscore\tstate\tevents\tusers\tcust.min\towner\ttitle")
	for i, it := range doc.Items {
		if i == n {
			break
		}
		fmt.Fprintf(tw, "%d\t%.2f\t%s\t%d\t%d\t%.1f\t%s\t%s\n", it.Rank, it.Score, safe(it.State, 20), it.Count,
			it.Affected.Users, it.MinutesOfPain, safe(it.Owner, 24), safe(it.Title, width))
		if len(it.Members) > 1 {
			// The problem's clusters, head first.
			for _, m := range it.Members {
				fmt.Fprintf(tw, "\t\t\t%d\t%d\t%.1f\t\t  %s %s: %s\n", m.Count, m.Affected.Users, m.MinutesOfPain,
					safe(m.Role, 10), safe(m.Kind, 10), safe(m.Title, width-4))
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(doc.Items) > n {
		fmt.Fprintf(w, "(%d more items, %d on the watchlist)\n", len(doc.Items)-n, len(doc.Watchlist))
	} else {
		fmt.Fprintf(w, "(%d on the watchlist)\n", len(doc.Watchlist))
	}
	return nil
}

// safe makes telemetry text printable on one terminal line: control
// characters (C0, DEL, C1: escape sequences start with them) and invalid
// UTF-8 become '?', tabs and newlines too; at most max runes, then "…".
func safe(s string, max int) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == max {
			b.WriteString("…")
			break
		}
		if r == unicode.ReplacementChar || unicode.IsControl(r) {
			r = '?'
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}
