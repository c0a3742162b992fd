// Command evalfaults measures the ranking quality of the backlog on labelled
// fault cases: for each fault case it replays a fault-free window (warm-up)
// and then the case through a fresh fingerprint processor -> backlog
// exporter pipeline with default settings, and finds the rank of the first
// backlog item whose dominant service is the labelled root-cause service.
// It prints per-case ranks, the items each fault-free window produces when
// replayed after the other one (false alarms), AC@1, AC@3 and MRR, and a
// table per fault kind with the items per case. Each replayed exporter
// has a GitHub sink on a loopback fake GitHub: the tickets a case opens
// after its warm-up, whether its root cause's problem is ticketed, and the
// tickets of the fault-free windows are printed beside the ranks
// (-tickets=false: off; docs/evaluation.md, "Tickets per case").
//
//	go run ./cmd/evalfaults -data ../shared/data/nezha-trainticket -sim 50
//
// The data directory holds cases.jsonl (one case label per line) and one
// directory per case with logs.jsonl.gz, traces.jsonl.gz and label.json.
// -sim N also evaluates N systems of the fault simulator (internal/faultsim),
// generated in memory from -seed.
//
// With -binary bin/otelcol-backlog (parity mode) every case is also
// replayed over OTLP/HTTP into a fresh collector process started with
// -binary-config (testdata/eval/config.yaml), backlog.json is read once it
// has settled, and both results and their difference in AC@1 are printed
// (docs/evaluation.md, "Harness and binary").
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"maps"
	"math"
	"os"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/faultsim"
	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
	"github.com/otelcol-backlog/otelcol-backlog/internal/score"
)

func main() {
	data := flag.String("data", "../shared/data/nezha-trainticket", "data directory (cases.jsonl and one directory per case); empty: none")
	sim := flag.Int("sim", 0, "also evaluate this many simulated systems (internal/faultsim, generated in memory)")
	seed := flag.Uint64("seed", 1, "faultsim seed")
	simCases := flag.Int("sim-cases", 6, "fault cases per simulated system")
	simTop := flag.Int("sim-top", 0, "items printed per simulated case")
	batch := flag.Int("batch", 300, "records per replayed batch (traces are never split)")
	match := flag.String("cases", "", "only cases whose id matches this regular expression")
	top := flag.Int("top", 3, "items printed per case")
	noWarm := flag.Bool("no-warmup", false, "do not replay a fault-free window first")
	warmAll := flag.Bool("warmup-all", false, "warm up on every fault-free window (other days first), not only the closest one")
	flag.IntVar(&titleWidth, "width", 90, "title width")
	verbose := flag.Bool("v", false, "print each printed item's score notes")
	bin := flag.String("binary", "", "parity mode: also replay the cases over OTLP/HTTP into this collector binary (bin/otelcol-backlog)")
	binCfg := flag.String("binary-config", "testdata/eval/config.yaml", "parity mode: the collector configuration")
	binMatch := flag.String("binary-cases", "", "parity mode: only cases (and fault-free windows) whose id matches this regular expression")
	binMax := flag.Int("binary-max", 0, "parity mode: at most this many fault cases per data set (0: all)")
	binSimSystems := flag.Int("binary-sim", 0, "parity mode: simulated systems replayed into the binary (their first -binary-max cases)")
	flag.BoolVar(&restartAfterWarmup, "restart-after-warmup", false, "in-process harness: restart the exporter after the warm-up windows (state saved to and restored from an in-memory storage extension), as a collector restarted mid-stream; the backlog must not change")
	flag.BoolVar(&measureTickets, "tickets", true, "in-process harness: give the exporter a GitHub sink on a loopback fake GitHub and count the tickets each case opens after its warm-up")
	flag.BoolVar(&deduplicateRedelivered, "deduplicate-redelivered", deduplicateRedelivered, "experiment: the exporter's deduplicate_redelivered")
	binTickets := flag.String("binary-tickets", "", "parity mode: also count tickets: start a fake GitHub per case and add this configuration overlay (testdata/eval/github.yaml) to -binary-config")
	flag.BoolVar(&dumpTickets, "binary-dump-tickets", false, "parity mode with -binary-tickets: print every ticket of the fake GitHub at the end of each case (number, state, marker labels, title, origin lines, comments)")
	quiet := flag.Duration("binary-quiet", 12*time.Second, "parity mode: backlog.json counts as settled once its ranked items have not changed for this long (and at least decision_wait + 2 flush intervals after the last request)")
	binNow := flag.Bool("binary-now", false, "parity mode: shift each case (and its warm-up) so that it ends at the wall-clock time it is sent, as a live stream; otherwise the data's own times are replayed, whose event time stops when the data does")
	minWait := flag.Duration("binary-min-wait", 7*time.Second, "parity mode: the least time between the last request and reading backlog.json (absence.decision_wait 5s + 2 flush intervals)")
	liftWindow := flag.Duration("lift-window", 0, "experiment: scoring.lift_window instead of the default")
	symptom := flag.Float64("symptom-factor", 0, "experiment: scoring.symptom_factor instead of the default")
	latencyEffort := flag.Float64("latency-effort", 0, "experiment: scoring.fix_effort.latency instead of the default")
	slowdown := flag.Float64("slowdown-weight", -1, "experiment: scoring.slowdown_weight instead of the default (0 disables)")
	slowdownMax := flag.Float64("slowdown-max", 0, "experiment: scoring.slowdown_max instead of the default")
	slowdownRef := flag.Float64("slowdown-reference", 0, "experiment: scoring.slowdown_reference instead of the default")
	holdBackground := flag.Bool("hold-background", true, "experiment: scoring.gates.hold_background")
	holdBelowError := flag.Bool("hold-below-error", false, "experiment: scoring.gates.hold_below_error")
	holdUnseen := flag.Bool("hold-unseen-onset", true, "experiment: scoring.gates.hold_unseen_onset")
	perceptible := flag.Duration("perceptible-latency", -1, "experiment: scoring.perceptible_latency instead of the default (0 counts every slow request in full)")
	concurrent := flag.Duration("concurrent-window", -1, "experiment: scoring.gates.concurrent_window instead of the default (0 disables)")
	escWindows := flag.Int64("escalation-min-windows", -1, "experiment: scoring.gates.escalation_min_windows instead of the default (0 disables)")
	flag.Parse()
	if !*holdBackground || *holdBelowError || !*holdUnseen || *perceptible >= 0 || *concurrent >= 0 || *escWindows >= 0 || *liftWindow > 0 || *symptom > 0 || *latencyEffort > 0 || *slowdown >= 0 || *slowdownMax > 0 || *slowdownRef > 0 {
		scoring = func(c *score.Config) {
			c.Gates.HoldBackground = c.Gates.HoldBackground && *holdBackground
			c.Gates.HoldBelowError = c.Gates.HoldBelowError || *holdBelowError
			c.Gates.HoldUnseenOnset = c.Gates.HoldUnseenOnset && *holdUnseen
			if *perceptible >= 0 {
				c.PerceptibleLatency = *perceptible
			}
			if *concurrent >= 0 {
				c.Gates.ConcurrentWindow = *concurrent
			}
			if *escWindows >= 0 {
				c.Gates.EscalationMinWindows = *escWindows
			}
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
	compile := func(flagName, expr string) *regexp.Regexp {
		if expr == "" {
			return nil
		}
		re, err := regexp.Compile(expr)
		if err != nil {
			log.Fatalf("-%s: %v", flagName, err)
		}
		return re
	}
	base := options{batch: *batch, top: *top, warm: !*noWarm, warmAll: *warmAll, verbose: *verbose, match: compile("cases", *match)}
	var sets []options
	if *data != "" {
		o := base
		o.src = dirSource{dir: *data}
		sets = append(sets, o)
	}
	if *sim > 0 {
		o := base
		o.src = newSimSource(*seed, *sim, faultsim.Options{CasesPerSystem: *simCases})
		o.top = *simTop
		sets = append(sets, o)
	}
	if len(sets) == 0 {
		log.Fatal("nothing to evaluate: set -data or -sim")
	}
	ctx := context.Background()
	if *bin == "" {
		var sums []*summary
		for _, o := range sets {
			fmt.Printf("==== %s (in-process harness) ====\n", o.src.name())
			s, err := evaluate(ctx, o, os.Stdout)
			if err != nil {
				log.Fatal(err)
			}
			s.table(os.Stdout)
			sums = append(sums, s)
			fmt.Println()
		}
		for _, s := range sums {
			fmt.Printf("%-45s %s\n", s.Source+":", s.line())
		}
		return
	}
	bo := binaryOptions{bin: *bin, config: *binCfg, quiet: *quiet, minWait: *minWait, tickets: *binTickets, now: *binNow}
	for k, o := range sets {
		o.match = compile("binary-cases", *binMatch)
		o.maxCases = *binMax
		if ss, ok := o.src.(*simSource); ok {
			if *binSimSystems <= 0 {
				continue
			}
			ss.systems = min(ss.systems, *binSimSystems)
		}
		if err := parity(ctx, o, bo, os.Stdout); err != nil {
			log.Fatalf("%s: %v", sets[k].src.name(), err)
		}
	}
}

type options struct {
	src   source
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
	// maxCases stops after this many fault cases (0: all).
	maxCases int
	// run replays warm-up windows then a window and returns the backlog;
	// nil: the in-process harness (run).
	run runner
}

// runner replays the warm-up windows (in order) then w into a fresh
// pipeline and returns the backlog it ends with.
type runner func(ctx context.Context, warm []*window, w *window) (runResult, error)

// caseResult is the outcome of one fault case.
type caseResult struct {
	Case  otlpjson.Case
	Group string // the source's group of the case ("" none)
	Rank  int    // 0: the root-cause service is not in the backlog
	Doc   *backlog.Document
	// Tickets is what the GitHub sink did (nil: not measured).
	Tickets *tickets
}

// normalResult is the outcome of one fault-free window.
type normalResult struct {
	Case   otlpjson.Case
	Items  int // backlog items
	Fresh  int // of them first seen in the window
	Active int // of them with events in the window
	Novel  int // of them flagged novel
	// Tickets is what the GitHub sink did (nil: not measured).
	Tickets *tickets
}

// summary aggregates the ranks.
type summary struct {
	Source   string
	Cases    []caseResult
	Normals  []normalResult
	AC1, AC3 float64
	MRR      float64
}

func (s *summary) line() string {
	l := fmt.Sprintf("AC@1=%.2f AC@3=%.2f MRR=%.3f (%d cases)", s.AC1, s.AC3, s.MRR, len(s.Cases))
	var items []int
	for _, r := range s.Cases {
		items = append(items, len(r.Doc.Items))
	}
	if len(items) > 0 {
		l += fmt.Sprintf(" %s/case p50=%d", itemUnit(), quantile(items, 0.5))
	}
	if len(s.Normals) > 0 {
		var fi []int
		for _, n := range s.Normals {
			fi = append(fi, n.Items)
		}
		l += fmt.Sprintf(" fault-free %s %s", itemUnit(), spread(fi))
	}
	if t := ticketLine(s.Cases, s.Normals); t != "" {
		l += "; " + t
	}
	return l
}

// metrics computes AC@1, AC@3 and MRR of some cases.
func metrics(cs []caseResult) (ac1, ac3, mrr float64) {
	var hit1, hit3 int
	for _, r := range cs {
		if r.Rank == 1 {
			hit1++
		}
		if r.Rank >= 1 && r.Rank <= 3 {
			hit3++
		}
		if r.Rank > 0 {
			mrr += 1 / float64(r.Rank)
		}
	}
	if n := float64(len(cs)); n > 0 {
		return float64(hit1) / n, float64(hit3) / n, mrr / n
	}
	return 0, 0, 0
}

// quantile is the q-quantile (nearest rank) of xs.
func quantile(xs []int, q float64) int {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	k := int(math.Ceil(q*float64(len(s)))) - 1
	return s[max(0, min(len(s)-1, k))]
}

// table prints AC@1/AC@3/MRR and items per case for each fault kind, then
// the items of the fault-free windows.
func (s *summary) table(out io.Writer) {
	fmt.Fprintf(out, "\n%-24s %5s %5s %5s %6s  %s\n", "fault kind", "cases", "AC@1", "AC@3", "MRR", itemUnit()+" per case p50/p90, root's problem ticket-worthy")
	byKind := map[string][]caseResult{}
	var kinds, groups []string
	for _, r := range s.Cases {
		if _, ok := byKind[r.Case.FaultType]; !ok {
			kinds = append(kinds, r.Case.FaultType)
		}
		byKind[r.Case.FaultType] = append(byKind[r.Case.FaultType], r)
		if r.Group != "" {
			if _, ok := byKind["system: "+r.Group]; !ok {
				groups = append(groups, "system: "+r.Group)
			}
			byKind["system: "+r.Group] = append(byKind["system: "+r.Group], r)
		}
	}
	slices.Sort(kinds)
	slices.Sort(groups)
	kinds = append(kinds, groups...)
	items := func(cs []caseResult) []int {
		var n []int
		for _, r := range cs {
			n = append(n, len(r.Doc.Items))
		}
		return n
	}
	for _, k := range append(kinds, "all") {
		cs := byKind[k]
		if k == "all" {
			cs = s.Cases
		}
		a1, a3, m := metrics(cs)
		it := items(cs)
		zero := 0
		for _, r := range cs {
			if len(r.Doc.Items) == 0 {
				zero++
			}
		}
		worthy := 0
		for _, r := range cs {
			if rootTicketWorthy(r.Doc, r.Case.RootCauseService) {
				worthy++
			}
		}
		fmt.Fprintf(out, "%-24s %5d %5.2f %5.2f %6.3f  %d/%d (%d with no item), %d/%d\n", k, len(cs), a1, a3, m, quantile(it, 0.5), quantile(it, 0.9), zero, worthy, len(cs))
	}
	if len(s.Normals) > 0 {
		var items, fresh []int
		for _, n := range s.Normals {
			items, fresh = append(items, n.Items), append(fresh, n.Fresh)
		}
		fmt.Fprintf(out, "fault-free windows after warm-up: %d windows, %s p50/p90/max %d/%d/%d, first seen in the window p50/p90/max %d/%d/%d\n",
			len(s.Normals), itemUnit(), quantile(items, 0.5), quantile(items, 0.9), quantile(items, 1), quantile(fresh, 0.5), quantile(fresh, 0.9), quantile(fresh, 1))
	}
	var docs []*backlog.Document
	for _, r := range s.Cases {
		docs = append(docs, r.Doc)
	}
	fmt.Fprintf(out, "fault cases, ticket-worthy %s by the gate that passed: %s\n", itemUnit(), gateCounts(docs, false))
	fmt.Fprintf(out, "fault cases, held %s by the gate that held: %s\n", itemUnit(), gateCounts(docs, true))
	if t := targetLine(s.Cases, s.Normals); t != "" {
		fmt.Fprintln(out, t)
	}
}

// passKinds and heldKinds are the gate notes' kinds (the evidence that
// passed, the reason that held), in the order they are tested.
var (
	passKinds = []struct{ kind, marker string }{
		{"pinned", "pinned"},
		{"customer impact", "customer impact"},
		{"critical journey", "critical journey"},
		{"release", "new in release"},
		{"regressed", "regressed"},
		{"escalating against the baseline", "escalating against the baseline"},
		{"escalating", "escalating"},
	}
	heldKinds = []struct{ kind, marker string }{
		{"concurrent", "held: concurrent with"},
		{"escalation in one window", "< escalation_min_windows"},
		{"new but not significant", "but not significant"},
		{"dismissed", "dismissed"},
		{"not repeatable", "not repeatable"},
		{"min_users", "< min_users"},
		{"background", "but background"},
		{"unseen onset", "failing since the data began"},
		{"handled warnings", "handled warnings"},
		{"handled, rising", "say the service handled the case"},
		{"no evidence", "no evidence"},
	}
)

// gateKind names the gate of a gate note: the evidence that passed it
// or, held, the reason ("other" when none is recognized).
func gateKind(note string) string {
	kinds := passKinds
	if strings.HasPrefix(note, "held") {
		kinds = heldKinds
	} else if i := strings.LastIndex(note, "passed: "); i >= 0 {
		note = note[i:] // "passed by member ...: passed: ..."
	}
	for _, k := range kinds {
		if strings.Contains(note, k.marker) {
			return k.kind
		}
	}
	return "other"
}

// gateCounts counts the items (held: the watchlist) of some backlogs by
// gate kind, largest first.
func gateCounts(docs []*backlog.Document, held bool) string {
	n := map[string]int{}
	for _, d := range docs {
		items := d.Items
		if held {
			items = d.Watchlist
		}
		for i := range items {
			n[gateKind(items[i].Gate)]++
		}
	}
	kinds := slices.Collect(maps.Keys(n))
	slices.SortFunc(kinds, func(a, b string) int {
		if n[a] != n[b] {
			return n[b] - n[a]
		}
		return strings.Compare(a, b)
	})
	var parts []string
	for _, k := range kinds {
		parts = append(parts, fmt.Sprintf("%s %d", k, n[k]))
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

// targetLine checks issue #12's and #11's targets on tickets and items:
// median tickets per fault case <= 3 with the root cause's problem
// ticketed in >= 90 % of cases, <= 2 tickets and <= 3 items above the
// ticket gate in each fault-free window after warm-up (met only when every
// window meets it; "" when tickets were not measured).
func targetLine(cs []caseResult, ns []normalResult) string {
	if len(cs) == 0 || cs[0].Tickets == nil {
		return ""
	}
	var opened []int
	root := 0
	for _, r := range cs {
		opened = append(opened, r.Tickets.Opened)
		if rootTicketed(r.Doc, r.Tickets, r.Case.RootCauseService) {
			root++
		}
	}
	ok := func(b bool) string {
		if b {
			return "met"
		}
		return "NOT met"
	}
	l := fmt.Sprintf("targets: tickets/case p50 %d <= 3 %s; root ticketed %.0f%% >= 90%% %s", quantile(opened, 0.5), ok(quantile(opened, 0.5) <= 3),
		100*float64(root)/float64(len(cs)), ok(10*root >= 9*len(cs)))
	if len(ns) > 0 && ns[0].Tickets != nil {
		okT, okI := 0, 0
		for _, n := range ns {
			if n.Tickets.Opened <= 2 {
				okT++
			}
			if n.Items <= 3 {
				okI++
			}
		}
		l += fmt.Sprintf("; fault-free windows with <= 2 tickets %d/%d %s, with <= 3 %s above the gate %d/%d %s",
			okT, len(ns), ok(okT == len(ns)), itemUnit(), okI, len(ns), ok(okI == len(ns)))
	}
	return l
}

// ticketNote is the case's ticket counts for its line ("" not measured).
func (r caseResult) ticketNote() string {
	if r.Tickets == nil {
		return ""
	}
	root := "root's problem not ticketed"
	if rootTicketed(r.Doc, r.Tickets, r.Case.RootCauseService) {
		root = "root's problem ticketed"
	}
	return fmt.Sprintf(", %d tickets opened after warm-up (%d by it), %s", r.Tickets.Opened, r.Tickets.Warm, root)
}

// ticketKey is the key a tracker sink tickets an item under: its problem
// id for a problem with members, else its fingerprint (tracker.Sink.keyOf).
func ticketKey(it *backlog.Item) string {
	if len(it.Members) > 0 && it.Problem.ID != "" {
		return it.Problem.ID
	}
	return it.Fingerprint
}

// rootTicketed reports whether the best-ranked item holding a cluster of
// the root cause's service (its head or a member), or naming it as the
// likely cause, has an open ticket.
func rootTicketed(doc *backlog.Document, t *tickets, svc string) bool {
	for i := range doc.Items {
		it := &doc.Items[i]
		holds := it.Service == svc || it.LikelyCause == svc
		for _, m := range it.Members {
			holds = holds || m.Service == svc
		}
		if holds {
			return t.Open[ticketKey(it)]
		}
	}
	return false
}

// ticketLine summarizes the tickets of some cases and fault-free windows
// ("" when not measured).
func ticketLine(cs []caseResult, ns []normalResult) string {
	var opened, free []int
	rootOK := 0
	if len(cs) == 0 {
		return ""
	}
	for _, r := range cs {
		if r.Tickets == nil {
			return ""
		}
		opened = append(opened, r.Tickets.Opened)
		if rootTicketed(r.Doc, r.Tickets, r.Case.RootCauseService) {
			rootOK++
		}
	}
	for _, n := range ns {
		if n.Tickets != nil {
			free = append(free, n.Tickets.Opened)
		}
	}
	s := fmt.Sprintf("tickets/case p50=%d p90=%d max=%d, root ticketed %d/%d (%.0f%%)", quantile(opened, 0.5), quantile(opened, 0.9), quantile(opened, 1), rootOK, len(cs), 100*float64(rootOK)/float64(max(1, len(cs))))
	if len(free) > 0 {
		s += fmt.Sprintf(", fault-free tickets %s", spread(free))
	}
	return s
}

// spread prints a few numbers as a list, more as p50/p90/max.
func spread(xs []int) string {
	if len(xs) <= 4 {
		return fmt.Sprint(xs)
	}
	return fmt.Sprintf("p50/p90/max %d/%d/%d", quantile(xs, 0.5), quantile(xs, 0.9), quantile(xs, 1))
}

// itemUnit names what the backlog ranks in this run.
func itemUnit() string {
	if problemItems {
		return "problems"
	}
	return "clusters"
}

// rootTicketWorthy reports whether a ranked (ticket-worthy) item holds a
// cluster of the root cause's service (its head or one of its members) or
// names it as the likely cause.
func rootTicketWorthy(doc *backlog.Document, svc string) bool {
	for _, it := range doc.Items {
		if it.Service == svc || it.LikelyCause == svc {
			return true
		}
		for _, m := range it.Members {
			if m.Service == svc {
				return true
			}
		}
	}
	return false
}

// rankOf is the 1-based position of the first item that names svc as the
// likely cause (blamed), or 0.
// blamed is the service an item names as the likely cause: its
// LikelyCause (a callee its service fails calling, which shows nothing of
// its own) or its service.
func blamed(it *backlog.Item) string {
	if it.LikelyCause != "" {
		return it.LikelyCause
	}
	return it.Service
}

func rankOf(doc *backlog.Document, svc string) int {
	for i, it := range doc.Items {
		if blamed(&it) == svc {
			return i + 1
		}
	}
	return 0
}

// windowCache keeps the last few windows (the fault-free windows are
// replayed many times; simulated data sets do not fit in memory).
type windowCache struct {
	src   source
	order []string
	m     map[string]*window
}

const windowCacheSize = 3

func (c *windowCache) get(id string) (*window, error) {
	if w, ok := c.m[id]; ok {
		return w, nil
	}
	w, err := c.src.window(id)
	if err != nil {
		return nil, err
	}
	if len(c.order) == windowCacheSize {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	c.m[id] = w
	c.order = append(c.order, id)
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
	cases, err := opt.src.cases()
	if err != nil {
		return nil, err
	}
	if opt.batch <= 0 {
		opt.batch = 300
	}
	if opt.run == nil {
		tmp, err := os.MkdirTemp("", "evalfaults-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(tmp)
		opt.run = func(ctx context.Context, warm []*window, w *window) (runResult, error) {
			return run(ctx, tmp, opt.batch, warm, w)
		}
	}
	var normals []otlpjson.Case
	for _, c := range cases {
		if c.Kind == otlpjson.KindNormal {
			normals = append(normals, c)
		}
	}
	cache := &windowCache{src: opt.src, m: map[string]*window{}}
	s := &summary{Source: opt.src.name()}
	fmt.Fprintf(out, "%-50s %-15s %4s  top items (service kind title)\n", "case", "fault", "rank")
	for _, c := range cases {
		if c.Kind != otlpjson.KindFault || (opt.match != nil && !opt.match.MatchString(c.ID)) {
			continue
		}
		if opt.maxCases > 0 && len(s.Cases) >= opt.maxCases {
			break
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
		w, err := opt.src.window(c.ID)
		if err != nil {
			return nil, err
		}
		res, err := opt.run(ctx, warm, w)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.ID, err)
		}
		doc := res.Doc
		r := caseResult{Case: c, Group: opt.src.group(c.ID), Rank: rankOf(doc, c.RootCauseService), Doc: doc, Tickets: res.Tickets}
		s.Cases = append(s.Cases, r)
		rank := "-"
		if r.Rank > 0 {
			rank = fmt.Sprint(r.Rank)
		}
		fmt.Fprintf(out, "%-50s %-15s %4s  (root %s, %d %s%s)\n", c.ID, c.FaultType, rank, c.RootCauseService, len(doc.Items), itemUnit(), r.ticketNote())
		printTop(out, opt, doc, c.RootCauseService)
	}
	if !opt.skipNormals && len(normals) >= 1 {
		fmt.Fprintln(out, "\nfault-free windows replayed standalone (after warm-up on another fault-free window):")
		for _, n := range normals {
			if opt.match != nil && !opt.match.MatchString(n.ID) {
				continue
			}
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
			res, err := opt.run(ctx, warm, w)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", n.ID, err)
			}
			doc := res.Doc
			nr := normalResult{Case: n, Items: len(doc.Items), Tickets: res.Tickets}
			for _, it := range doc.Items {
				if isNovel(&it) {
					nr.Novel++
				}
				if it.LastSeen.UnixNano() >= w.start {
					nr.Active++
				}
				if it.FirstSeen.UnixNano() >= w.start {
					nr.Fresh++
				}
			}
			s.Normals = append(s.Normals, nr)
			tk := ""
			if nr.Tickets != nil {
				tk = fmt.Sprintf(", tickets opened %d (warm-up %d)", nr.Tickets.Opened, nr.Tickets.Warm)
			}
			fmt.Fprintf(out, "  %-28s warm-up %-24s items=%d (active in window %d, first seen in window %d, flagged novel %d%s)\n", n.ID, warmID, nr.Items, nr.Active, nr.Fresh, nr.Novel, tk)
			printTop(out, opt, doc, "")
		}
	}
	s.AC1, s.AC3, s.MRR = metrics(s.Cases)
	fmt.Fprintln(out)
	fmt.Fprintln(out, s.line())
	return s, nil
}

func printTop(out io.Writer, opt options, doc *backlog.Document, root string) {
	for i, it := range doc.Items[:min(opt.top, len(doc.Items))] {
		mark := " "
		if root != "" && blamed(&it) == root {
			mark = "*"
		}
		svc := it.Service
		if it.LikelyCause != "" {
			svc = it.LikelyCause + " <- " + svc
		}
		fmt.Fprintf(out, "    %s%d %-28s %-7s %s\n", mark, i+1, svc, it.Kind, cut(it.Title, titleWidth))
		if opt.verbose {
			fmt.Fprintf(out, "         first=%s score=%.2f count=%d traces=%d latency_ms=%.0f ops=%d deps=%d notes: %s\n", it.FirstSeen.Format("15:04:05"), it.Score, it.Count, it.Affected.Traces, it.LatencyPainMs, len(it.Operations), len(it.Dependencies), strings.Join(it.ScoreBreakdown.Notes, "; "))
			fmt.Fprintf(out, "         template: %s\n         gate: %s\n", cut(it.Template, 4*titleWidth), it.Gate)
			if len(it.Dependencies) > 0 || len(it.Services) > 1 {
				fmt.Fprintf(out, "         services: %v dependencies: %v\n", it.Services, it.Dependencies)
			}
			for _, m := range it.Members[min(1, len(it.Members)):] {
				fmt.Fprintf(out, "         member %s %s %s count=%d traces=%d %.1f min (%s): %s\n", m.Service, m.Kind, cut(m.Title, 60), m.Count, m.Affected.Traces, m.MinutesOfPain, strings.Join(m.Reasons, ","), m.Gate)
			}
		}
	}
	if opt.verbose {
		// The problems the incident gates held (concurrent, escalation in
		// one window), whatever their service.
		for _, it := range doc.Watchlist {
			if k := gateKind(it.Gate); it.Service != root && (k == "concurrent" || k == "escalation in one window" || k == "new but not significant") {
				fmt.Fprintf(out, "    held (%s): %s %s %s; first=%s count=%d; %s\n", k, it.Service, it.Kind, cut(it.Title, titleWidth), it.FirstSeen.Format("15:04:05"), it.Count, it.Gate)
			}
		}
	}
	if opt.verbose && root != "" {
		for _, it := range doc.Watchlist {
			if it.Service == root {
				fmt.Fprintf(out, "    watched: %s %s %s; score=%.2f count=%d; %s; notes: %s\n", it.Service, it.Kind, cut(it.Title, titleWidth), it.Score, it.Count, it.Gate, strings.Join(it.ScoreBreakdown.Notes, "; "))
				for _, m := range it.Members {
					fmt.Fprintf(out, "      member %s %s count=%d: %s\n", m.Service, cut(m.Title, 60), m.Count, m.Gate)
				}
			}
		}
	}
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
