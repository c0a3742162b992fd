package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/plog/plogotlp"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/pdata/ptrace/ptraceotlp"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpsend"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
)

// binaryOptions configure the parity mode: the built collector, started
// once per case with a configuration that reads its addresses and its
// backlog directory from the environment (testdata/eval/config.yaml).
type binaryOptions struct {
	bin    string
	config string
	// quiet: backlog.json is settled once its ranked items have not
	// changed for this long ...
	quiet time.Duration
	// minWait: ... and at least this long after the last request
	// (absence.decision_wait 5s + 2 flush intervals of 1s).
	minWait time.Duration
	batch   int
	// now shifts every window's times so that the case ends at the
	// wall-clock time it is sent (a live stream) instead of replaying the
	// data's own times (docs/evaluation.md, "Harness and binary").
	now bool
	// tickets adds the overlay (config with a GitHub sink) and a fake
	// GitHub per case, and counts the tickets.
	tickets string
}

// binaryRun replays windows into a fresh collector process per case.
type binaryRun struct {
	bo binaryOptions
	// final is each window's backlog after the collector shut down (its
	// last flush), by window id; the runner returns the live one.
	final  map[string]*backlog.Document
	waited map[string]time.Duration
	// live is the fake tracker's tickets when the live backlog settled
	// (before the shutdown's last flush and sync, which may regroup):
	// the live backlog is measured against them.
	live []fake.Issue
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func readDoc(path string) (*backlog.Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc backlog.Document
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, err
	}
	return &doc, nil
}

// itemsKey identifies what a reader of the backlog sees: the ranked items
// and their counts (generated_at changes at every flush).
func itemsKey(doc *backlog.Document) string {
	var b strings.Builder
	for _, it := range doc.Items {
		fmt.Fprintf(&b, "%s/%s/%d;", it.Fingerprint, it.Service, it.Count)
	}
	return b.String()
}

// ticketsKey names the tickets and their states.
func ticketsKey(issues []fake.Issue) string {
	var b strings.Builder
	for _, is := range issues {
		fmt.Fprintf(&b, "%d/%s;", is.Number, is.State)
	}
	return b.String()
}

func (b *binaryRun) run(ctx context.Context, warm []*window, w *window) (runResult, error) {
	if b.bo.tickets == "" {
		doc, _, err := b.replay(ctx, warm, w, nil)
		return runResult{Doc: doc}, err
	}
	gh := fake.NewGitHub()
	defer gh.Close()
	doc, before, err := b.replay(ctx, warm, w, gh)
	if err != nil {
		return runResult{}, err
	}
	t := &tickets{Open: map[string]bool{}, all: map[string]bool{}}
	for _, is := range b.live {
		if dumpTickets {
			dumpIssue(w.id, is)
		}
		for _, l := range is.Labels {
			if k, ok := strings.CutPrefix(l, "fp:"); ok {
				t.all[k] = true
				if is.State == "open" {
					t.Open[k] = true
				}
				if before[k] {
					continue
				}
				t.Opened++
			}
		}
	}
	t.Warm = len(before)
	if dumpTickets {
		for i := range doc.Items {
			it := &doc.Items[i]
			var ms []string
			for _, m := range it.Members {
				ms = append(ms, m.Fingerprint+"/"+m.Service+"/"+m.Role)
			}
			fmt.Printf("  item %s rank %d key %s open %v state %s service %q members %q\n", w.id, it.Rank, ticketKey(it), t.Open[ticketKey(it)], it.State, it.Service, ms)
		}
	}
	return runResult{Doc: doc, Tickets: t}, nil
}

// replay runs one case in a fresh collector and returns the settled live
// backlog; with gh (tickets measured), also the ticket keys the warm-up
// opened (read once the backlog settled after the warm-up).
func (b *binaryRun) replay(ctx context.Context, warm []*window, w *window, gh *fake.GitHub) (_ *backlog.Document, before map[string]bool, _ error) {
	dir, err := os.MkdirTemp("", "evalfaults-bin-")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(dir)
	var ports [3]int
	for k := range ports {
		if ports[k], err = freePort(); err != nil {
			return nil, nil, err
		}
	}
	cfg, err := filepath.Abs(b.bo.config)
	if err != nil {
		return nil, nil, err
	}
	logf, err := os.Create(filepath.Join(dir, "collector.log"))
	if err != nil {
		return nil, nil, err
	}
	defer logf.Close()
	if dumpTickets && gh != nil {
		// Kept for reading: the collector's log of the run with tickets.
		defer func() {
			if data, err := os.ReadFile(filepath.Join(dir, "collector.log")); err == nil {
				keep := filepath.Join(os.TempDir(), "evalfaults-"+w.id+".log")
				if os.WriteFile(keep, data, 0o600) == nil {
					fmt.Printf("  collector log %s\n", keep)
				}
			}
		}()
	}
	args := []string{"--config", cfg}
	if gh != nil {
		overlay, err := filepath.Abs(b.bo.tickets)
		if err != nil {
			return nil, nil, err
		}
		args = append(args, "--config", overlay)
	}
	cmd := exec.Command(b.bo.bin, args...)
	cmd.Env = append(os.Environ(),
		fmt.Sprintf("EVAL_OTLP_ENDPOINT=127.0.0.1:%d", ports[0]),
		fmt.Sprintf("EVAL_HEALTH_ENDPOINT=127.0.0.1:%d", ports[1]),
		fmt.Sprintf("EVAL_WEB_ENDPOINT=127.0.0.1:%d", ports[2]),
		"EVAL_BACKLOG_DIR="+filepath.Join(dir, "backlog"))
	if gh != nil {
		cmd.Env = append(cmd.Env, "EVAL_GITHUB_ENDPOINT="+gh.URL())
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		return nil, nil, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	stopped := false
	defer func() {
		if !stopped {
			_ = cmd.Process.Kill()
			<-exited
		}
	}()
	fail := func(err error) error {
		log, _ := os.ReadFile(filepath.Join(dir, "collector.log"))
		return fmt.Errorf("%w\ncollector log (tail):\n%s", err, tailLines(string(log), 20))
	}
	client := &http.Client{Timeout: 60 * time.Second}
	health := fmt.Sprintf("http://127.0.0.1:%d/", ports[1])
	for deadline := time.Now().Add(60 * time.Second); ; {
		resp, err := client.Get(health)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		select {
		case err := <-exited:
			stopped = true
			return nil, nil, fail(fmt.Errorf("collector exited at start: %v", err))
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return nil, nil, fail(errors.New("collector not healthy after 60s"))
		}
	}
	endpoint := fmt.Sprintf("http://127.0.0.1:%d", ports[0])
	send := func(td ptrace.Traces, ld plog.Logs) error {
		if td.SpanCount() > 0 {
			body, err := ptraceotlp.NewExportRequestFromTraces(td).MarshalProto()
			if err != nil {
				return err
			}
			if err := otlpsend.Post(ctx, client, endpoint+"/v1/traces", body); err != nil {
				return err
			}
		}
		if ld.LogRecordCount() > 0 {
			body, err := plogotlp.NewExportRequestFromLogs(ld).MarshalProto()
			if err != nil {
				return err
			}
			if err := otlpsend.Post(ctx, client, endpoint+"/v1/logs", body); err != nil {
				return err
			}
		}
		return nil
	}
	offsets := warmOffsets(warm, w)
	var shift int64
	if b.bo.now && len(w.events) > 0 {
		// A live stream: the case ends at the wall-clock time its sending
		// starts, the warm-up before it as warmOffsets places it.
		shift = time.Now().UnixNano() - w.events[len(w.events)-1].t
		for i := range offsets {
			offsets[i] += shift
		}
	}
	for i, ww := range warm {
		if err := eachBatch(ww, b.bo.batch, offsets[i], send); err != nil {
			return nil, nil, fail(err)
		}
	}
	path := filepath.Join(dir, "backlog", "backlog.json")
	// settle waits until backlog.json settled after the last request;
	// with tickets, until neither it nor the tickets changed for the
	// sink's group_wait (the default, which the overlay keeps: a problem
	// opens its ticket once it has been ranked that long) on top.
	quiet := b.bo.quiet
	if gh != nil {
		quiet += tracker.DefaultSettings().GroupWait
	}
	settle := func(last time.Time) (*backlog.Document, error) {
		var live *backlog.Document
		key, changed := "", time.Now()
		for {
			time.Sleep(250 * time.Millisecond)
			if doc, err := readDoc(path); err == nil {
				k := itemsKey(doc)
				if gh != nil {
					k += "|" + ticketsKey(gh.Issues())
				}
				if k != key || live == nil {
					key, changed = k, time.Now()
				}
				live = doc
			}
			now := time.Now()
			if live != nil && now.Sub(last) >= b.bo.minWait && now.Sub(changed) >= quiet {
				return live, nil
			}
			if now.Sub(last) > 10*time.Minute {
				return nil, fail(errors.New("backlog.json did not settle within 10 minutes"))
			}
		}
	}
	if gh != nil && len(warm) > 0 {
		// The warm-up's tickets: those open once it settled (not counted).
		if _, err := settle(time.Now()); err != nil {
			return nil, nil, err
		}
		before = map[string]bool{}
		for _, is := range gh.Issues() {
			for _, l := range is.Labels {
				if k, ok := strings.CutPrefix(l, "fp:"); ok {
					before[k] = true
				}
			}
		}
	}
	if err := eachBatch(w, b.bo.batch, shift, send); err != nil {
		return nil, nil, fail(err)
	}
	last := time.Now()
	live, err := settle(last)
	if err != nil {
		return nil, nil, err
	}
	b.waited[w.id] = time.Since(last)
	if gh != nil {
		b.live = gh.Issues()
	}
	_ = cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-exited:
		stopped = true
	case <-time.After(60 * time.Second):
		return nil, nil, fail(errors.New("collector did not stop within 60s of SIGTERM"))
	}
	final, err := readDoc(path)
	if err != nil {
		return nil, nil, fail(fmt.Errorf("backlog.json after shutdown: %w", err))
	}
	b.final[w.id] = final
	if gh != nil && dumpTickets { // the tickets after the shutdown's last flush and sync
		for _, is := range gh.Issues() {
			dumpIssue(w.id+" after-stop", is)
		}
		for i := range final.Items {
			it := &final.Items[i]
			var ms []string
			for _, m := range it.Members {
				ms = append(ms, m.Fingerprint+"/"+m.Service+"/"+m.Role)
			}
			fmt.Printf("  item %s after-stop rank %d key %s members %q\n", w.id, it.Rank, ticketKey(it), ms)
		}
	}
	return live, before, nil
}

func tailLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// parity evaluates the same cases with the in-process harness and with
// the built binary, and prints both and their difference in AC@1.
func parity(ctx context.Context, o options, bo binaryOptions, out io.Writer) error {
	if bo.batch <= 0 {
		bo.batch = o.batch
	}
	fmt.Fprintf(out, "==== %s: harness vs binary %s (config %s) ====\n", o.src.name(), bo.bin, bo.config)
	var hbuf bytes.Buffer
	ho := o
	ho.top = 0
	h, err := evaluate(ctx, ho, &hbuf)
	if err != nil {
		return err
	}
	br := &binaryRun{bo: bo, final: map[string]*backlog.Document{}, waited: map[string]time.Duration{}}
	bopt := o
	bopt.top = 0
	bopt.run = br.run
	var bbuf bytes.Buffer
	bsum, err := evaluate(ctx, bopt, &bbuf)
	if err != nil {
		return err
	}
	final := &summary{Source: bsum.Source}
	fmt.Fprintf(out, "%-55s %-18s %7s %11s %11s %14s\n", "case", "fault", "harness", "binary live", "binary stop", "items h/live/stop")
	for k, r := range bsum.Cases {
		hr := h.Cases[k]
		fd := br.final[r.Case.ID]
		fr := caseResult{Case: r.Case, Rank: rankOf(fd, r.Case.RootCauseService), Doc: fd}
		final.Cases = append(final.Cases, fr)
		fmt.Fprintf(out, "%-55s %-18s %7s %11s %11s %5d/%d/%d  (waited %.0fs)%s\n", r.Case.ID, r.Case.FaultType, rankStr(hr.Rank), rankStr(r.Rank), rankStr(fr.Rank),
			len(hr.Doc.Items), len(r.Doc.Items), len(fd.Items), br.waited[r.Case.ID].Seconds(), ticketPair(hr, r))
	}
	for k, n := range bsum.Normals {
		fd := br.final[n.Case.ID]
		tk := ""
		if h.Normals[k].Tickets != nil && n.Tickets != nil {
			tk = fmt.Sprintf(", tickets harness %d, binary live %d", h.Normals[k].Tickets.Opened, n.Tickets.Opened)
		}
		fmt.Fprintf(out, "%-55s %-18s items harness %d, binary live %d, binary stop %d%s\n", n.Case.ID, "fault-free", h.Normals[k].Items, n.Items, len(fd.Items), tk)
	}
	final.AC1, final.AC3, final.MRR = metrics(final.Cases)
	fmt.Fprintf(out, "harness:       %s\n", h.line())
	fmt.Fprintf(out, "binary live:   %s\n", bsum.line())
	fmt.Fprintf(out, "binary stop:   %s\n", final.line())
	fmt.Fprintf(out, "parity: harness_ac1=%.2f binary_ac1=%.2f diff=%+.2f (binary after shutdown ac1=%.2f; %d cases, %s)\n\n",
		h.AC1, bsum.AC1, bsum.AC1-h.AC1, final.AC1, len(bsum.Cases), o.src.name())
	return nil
}

// ticketPair is a case's tickets in the harness and the binary (live),
// and whether each ticketed the root cause's problem ("" not measured).
func ticketPair(h, b caseResult) string {
	if h.Tickets == nil || b.Tickets == nil {
		return ""
	}
	root := func(r caseResult) string {
		if rootTicketed(r.Doc, r.Tickets, r.Case.RootCauseService) {
			return "root"
		}
		return "no root"
	}
	return fmt.Sprintf(" tickets h/live %d/%d (%s/%s)", h.Tickets.Opened, b.Tickets.Opened, root(h), root(b))
}

func rankStr(r int) string {
	if r == 0 {
		return "-"
	}
	return fmt.Sprint(r)
}

// dumpIssue prints one of the fake's tickets (-binary-dump-tickets): its
// number, state, labels, title, the body's Origin lines and the comments'
// first lines, each quoted (telemetry text is inert here: %q).
func dumpIssue(id string, is fake.Issue) {
	fmt.Printf("  ticket %s #%d %s/%s labels=%q title=%q\n", id, is.Number, is.State, is.StateReason, is.Labels, is.Title)
	for _, l := range strings.Split(is.Body, "\n") {
		if strings.HasPrefix(l, "- Member ") {
			fmt.Printf("    origin %q\n", l)
		}
	}
	for _, c := range is.Comments {
		first, _, _ := strings.Cut(c, "\n")
		fmt.Printf("    comment %q\n", first)
	}
}

// dumpTickets: -binary-dump-tickets.
var dumpTickets bool
