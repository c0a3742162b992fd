// Command evalfaults measures the ranking quality of the backlog on labelled
// fault cases: for each fault case it replays a fault-free window (warm-up)
// and then the case through a fresh fingerprint processor -> backlog
// exporter pipeline with default settings, and finds the rank of the first
// backlog item whose dominant service is the labelled root-cause service.
// It prints per-case ranks, the items each fault-free window produces when
// replayed after the other one (false alarms), and AC@1, AC@3 and MRR.
//
//	go run ./cmd/evalfaults -data ../shared/data/nezha-trainticket
//
// The data directory holds cases.jsonl (one case label per line) and one
// directory per case with logs.jsonl.gz, traces.jsonl.gz and label.json.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
	"github.com/otelcol-backlog/otelcol-backlog/internal/score"
)

func main() {
	data := flag.String("data", "../shared/data/nezha-trainticket", "data directory (cases.jsonl and one directory per case)")
	batch := flag.Int("batch", 300, "records per replayed batch (traces are never split)")
	match := flag.String("cases", "", "only fault cases whose id matches this regular expression")
	top := flag.Int("top", 3, "items printed per case")
	noWarm := flag.Bool("no-warmup", false, "do not replay a fault-free window first")
	warmAll := flag.Bool("warmup-all", false, "warm up on every fault-free window (other days first), not only the closest one")
	flag.IntVar(&titleWidth, "width", 90, "title width")
	verbose := flag.Bool("v", false, "print each printed item's score notes")
	liftWindow := flag.Duration("lift-window", 0, "experiment: scoring.lift_window instead of the default")
	symptom := flag.Float64("symptom-factor", 0, "experiment: scoring.symptom_factor instead of the default")
	latencyEffort := flag.Float64("latency-effort", 0, "experiment: scoring.fix_effort.latency instead of the default")
	slowdown := flag.Float64("slowdown-weight", -1, "experiment: scoring.slowdown_weight instead of the default (0 disables)")
	slowdownMax := flag.Float64("slowdown-max", 0, "experiment: scoring.slowdown_max instead of the default")
	slowdownRef := flag.Float64("slowdown-reference", 0, "experiment: scoring.slowdown_reference instead of the default")
	flag.Parse()
	if *liftWindow > 0 || *symptom > 0 || *latencyEffort > 0 || *slowdown >= 0 || *slowdownMax > 0 || *slowdownRef > 0 {
		scoring = func(c *score.Config) {
			if *slowdownRef > 0 {
				c.SlowdownRef = *slowdownRef
			}
			if *slowdown >= 0 {
				c.SlowdownWeight = *slowdown
			}
			if *slowdownMax > 0 {
				c.SlowdownMax = *slowdownMax
			}
			if *liftWindow > 0 {
				c.LiftWindow = *liftWindow
			}
			if *symptom > 0 {
				c.SymptomFactor = *symptom
			}
			if *latencyEffort > 0 {
				c.FixEffort = map[string]float64{"error": 1, "latency": *latencyEffort, "retry": 1, "log": 1}
			}
		}
	}
	opt := options{data: *data, batch: *batch, top: *top, warm: !*noWarm, warmAll: *warmAll, verbose: *verbose}
	if *match != "" {
		re, err := regexp.Compile(*match)
		if err != nil {
			log.Fatalf("-cases: %v", err)
		}
		opt.match = re
	}
	if _, err := evaluate(context.Background(), opt, os.Stdout); err != nil {
		log.Fatal(err)
	}
}

type options struct {
	data  string
	batch int
	top   int
	warm  bool
	// warmAll replays every fault-free window before a fault case.
	warmAll bool
	match   *regexp.Regexp
	// verbose prints the score notes of the printed items.
	verbose bool
	// skipNormals skips the false-alarm replays of the fault-free windows.
	skipNormals bool
}

// caseResult is the outcome of one fault case.
type caseResult struct {
	Case otlpjson.Case
	Rank int // 0: the root-cause service is not in the backlog
	Doc  *backlog.Document
}

// summary aggregates the ranks.
type summary struct {
	Cases    []caseResult
	AC1, AC3 float64
	MRR      float64
}

func (s *summary) line() string {
	return fmt.Sprintf("AC@1=%.2f AC@3=%.2f MRR=%.3f (%d cases)", s.AC1, s.AC3, s.MRR, len(s.Cases))
}

// rankOf is the 1-based position of the first item whose dominant service
// is svc, or 0.
func rankOf(doc *backlog.Document, svc string) int {
	for i, it := range doc.Items {
		if it.Service == svc {
			return i + 1
		}
	}
	return 0
}

// windowCache keeps the fault-free windows, replayed many times.
type windowCache struct {
	data string
	m    map[string]*window
}

func (c *windowCache) get(id string) (*window, error) {
	if w, ok := c.m[id]; ok {
		return w, nil
	}
	w, err := loadWindow(c.data, id)
	if err != nil {
		return nil, err
	}
	c.m[id] = w
	return w, nil
}

// warmupFor picks the fault-free window of the same day (the latest one
// before the case when several), else any other fault-free window.
func warmupFor(c otlpjson.Case, normals []otlpjson.Case) (otlpjson.Case, bool) {
	var best otlpjson.Case
	found := false
	score := func(n otlpjson.Case) int {
		s := 0
		if n.Day == c.Day {
			s += 2
		}
		if !c.DataStart.IsZero() && !n.WindowEnd.IsZero() && !n.WindowEnd.After(c.DataStart) {
			s++
		}
		return s
	}
	for _, n := range normals {
		if n.ID == c.ID {
			continue
		}
		if !found || score(n) > score(best) || (score(n) == score(best) && n.WindowEnd.After(best.WindowEnd)) {
			best, found = n, true
		}
	}
	return best, found
}

func evaluate(ctx context.Context, opt options, out io.Writer) (*summary, error) {
	cases, err := otlpjson.ReadCasesFile(filepath.Join(opt.data, "cases.jsonl"))
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "evalfaults-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	if opt.batch <= 0 {
		opt.batch = 300
	}
	var normals []otlpjson.Case
	for _, c := range cases {
		if c.Kind == otlpjson.KindNormal {
			normals = append(normals, c)
		}
	}
	cache := &windowCache{data: opt.data, m: map[string]*window{}}
	s := &summary{}
	fmt.Fprintf(out, "%-50s %-15s %4s  top items (service kind title)\n", "case", "fault", "rank")
	for _, c := range cases {
		if c.Kind != otlpjson.KindFault || (opt.match != nil && !opt.match.MatchString(c.ID)) {
			continue
		}
		var warm []*window
		if opt.warm {
			var ids []string
			if n, ok := warmupFor(c, normals); ok {
				ids = append(ids, n.ID)
				if opt.warmAll {
					for _, o := range normals {
						if o.ID != n.ID {
							ids = append([]string{o.ID}, ids...)
						}
					}
				}
			}
			for _, id := range ids {
				ww, err := cache.get(id)
				if err != nil {
					return nil, err
				}
				warm = append(warm, ww)
			}
		}
		w, err := loadWindow(opt.data, c.ID)
		if err != nil {
			return nil, err
		}
		doc, err := run(ctx, tmp, opt.batch, warm, w)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.ID, err)
		}
		r := caseResult{Case: c, Rank: rankOf(doc, c.RootCauseService), Doc: doc}
		s.Cases = append(s.Cases, r)
		rank := "-"
		if r.Rank > 0 {
			rank = fmt.Sprint(r.Rank)
		}
		fmt.Fprintf(out, "%-50s %-15s %4s  (root %s, %d items)\n", c.ID, c.FaultType, rank, c.RootCauseService, len(doc.Items))
		for i, it := range doc.Items[:min(opt.top, len(doc.Items))] {
			mark := " "
			if it.Service == c.RootCauseService {
				mark = "*"
			}
			fmt.Fprintf(out, "    %s%d %-28s %-7s %s\n", mark, i+1, it.Service, it.Kind, cut(it.Title, titleWidth))
			if opt.verbose {
				fmt.Fprintf(out, "         first=%s score=%.2f count=%d traces=%d latency_ms=%.0f ops=%d deps=%d notes: %s\n", it.FirstSeen.Format("15:04:05"), it.Score, it.Count, it.Affected.Traces, it.LatencyPainMs, len(it.Operations), len(it.Dependencies), strings.Join(it.ScoreBreakdown.Notes, "; "))
				fmt.Fprintf(out, "         template: %s\n", cut(it.Template, 4*titleWidth))
			}
		}
	}
	if !opt.skipNormals && len(normals) >= 1 {
		fmt.Fprintln(out, "\nfault-free windows replayed standalone (after warm-up on another fault-free window):")
		for _, n := range normals {
			var warm []*window
			var warmID string
			if opt.warm {
				if o, ok := warmupFor(n, normals); ok {
					ww, err := cache.get(o.ID)
					if err != nil {
						return nil, err
					}
					warm, warmID = []*window{ww}, o.ID
				}
			}
			w, err := cache.get(n.ID)
			if err != nil {
				return nil, err
			}
			doc, err := run(ctx, tmp, opt.batch, warm, w)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", n.ID, err)
			}
			active, fresh, novel := 0, 0, 0
			for _, it := range doc.Items {
				if isNovel(&it) {
					novel++
				}
				if it.LastSeen.UnixNano() >= w.start {
					active++
				}
				if it.FirstSeen.UnixNano() >= w.start {
					fresh++
				}
			}
			fmt.Fprintf(out, "  %-28s warm-up %-24s items=%d (active in window %d, first seen in window %d, flagged novel %d)\n", n.ID, warmID, len(doc.Items), active, fresh, novel)
			for i, it := range doc.Items[:min(opt.top, len(doc.Items))] {
				fmt.Fprintf(out, "     %d %-28s %-7s %s\n", i+1, it.Service, it.Kind, cut(it.Title, titleWidth))
			}
		}
	}
	var hit1, hit3 int
	for _, r := range s.Cases {
		if r.Rank == 1 {
			hit1++
		}
		if r.Rank >= 1 && r.Rank <= 3 {
			hit3++
		}
		if r.Rank > 0 {
			s.MRR += 1 / float64(r.Rank)
		}
	}
	if n := float64(len(s.Cases)); n > 0 {
		s.AC1, s.AC3, s.MRR = float64(hit1)/n, float64(hit3)/n, s.MRR/n
	}
	fmt.Fprintln(out)
	fmt.Fprintln(out, s.line())
	return s, nil
}

// isNovel reports whether the score boosted an item as new or surging
// against the baseline (its notes say so).
func isNovel(it *backlog.Item) bool {
	for _, n := range it.ScoreBreakdown.Notes {
		if strings.HasPrefix(n, "not in the baseline") || (strings.Contains(n, "its baseline share x") && !strings.HasPrefix(n, "background")) {
			return true
		}
	}
	return false
}

var titleWidth = 90

func cut(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
