// Command pipebench measures what the otelcol-backlog pipeline costs on top
// of a plain Collector pipeline, running the real binary
// (bin/otelcol-backlog) like the contrib testbed does: a load generator
// sends OTLP/HTTP protobuf logs and spans at a fixed rate to
//
//	(a)   base: otlp -> batch -> debug (verbosity basic)
//	(b)   b:    otlp -> fingerprint -> batch -> backlog (the (b))
//	(b+c) ours: (b) + the trace_findings connector (testdata/run/config.yaml)
//
// one after the other (base, b, ours, base, b, ours, ... for -runs rounds;
// -connector=false leaves ours out), reads the collector process's CPU time
// and resident set size (peak and at the end of the measured window) and
// prints them and the ratios; then, for (b+c),
//
//	pipeline+connector: cpu_base=<pct>% cpu_ours=<pct>% ratio=<x> rss_base_mib=<n> rss_ours_mib=<n>
//
// and as its last line, in the format, for (b) as the issue
// defines it
//
//	pipeline: cpu_base=<pct>% cpu_ours=<pct>% ratio=<x> rss_base_mib=<n> rss_ours_mib=<n>
//
// (medians over the runs; CPU in % of one core over the measured window,
// RSS the peak). `make bench-pipeline` runs it.
//
// -concurrent runs a round's pipelines at the same time instead, each
// collector with its own generator at -rate, and reads every collector's
// CPU time over the same window: what the rest of the machine does in it
// falls on (a) and (b) alike. The lines are the same ("generator" is then
// all the generators together).
//
// -mode memory sends -messages distinct ERROR messages (random words: after
// masking almost every one is its own template and its own cluster) through
// (b) and prints the peak RSS and the bound metrics of the processor
// (templates) and the exporter (clusters); it fails when the peak exceeds
// -ceiling-mib. `make bench-memory` runs it.
//
// -profile DIR runs (b) (or (a) with -profile-pipeline base) once with the
// pprof extension and writes a CPU profile of the measured window and a
// heap profile at its end to DIR; with -concurrent, (a) and (b) at the
// same time into DIR/base and DIR/b; with -mode memory, a heap profile
// taken when the last message was accepted.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/shirou/gopsutil/v4/cpu"
	"github.com/shirou/gopsutil/v4/load"
	"github.com/shirou/gopsutil/v4/process"
	"go.opentelemetry.io/collector/pdata/plog/plogotlp"
	"go.opentelemetry.io/collector/pdata/ptrace/ptraceotlp"

	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpsend"
)

// configs are the pipelines by name (collector.go).
var configs = map[string]string{"base": baseConfig, "b": bConfig, "ours": oursConfig}

type options struct {
	bin        string
	out        string
	mode       string
	duration   time.Duration
	warmup     time.Duration
	rate       int
	batch      int
	runs       int
	messages   int
	settle     time.Duration
	ceilingMiB int
	profile    string
	profiled   string
	seed       uint64
	connector  bool
	concurrent bool
}

func main() {
	var o options
	flag.StringVar(&o.bin, "bin", "bin/otelcol-backlog", "collector binary")
	flag.StringVar(&o.out, "out", "out/pipebench", "working directory (configs, state, collector logs)")
	flag.StringVar(&o.mode, "mode", "pipeline", "pipeline (base vs ours) or memory (distinct messages through ours)")
	flag.DurationVar(&o.duration, "duration", 60*time.Second, "measured window (pipeline mode)")
	flag.DurationVar(&o.warmup, "warmup", 10*time.Second, "load before the measured window, not measured (pipeline mode)")
	flag.IntVar(&o.rate, "rate", 10000, "records per second of each signal (pipeline mode: logs and spans each); memory mode: messages per second, 0 = as fast as accepted")
	flag.IntVar(&o.batch, "batch", 100, "records per OTLP request")
	flag.IntVar(&o.runs, "runs", 1, "base/ours pairs, run back to back (pipeline mode)")
	flag.IntVar(&o.messages, "messages", 1_000_000, "distinct messages (memory mode)")
	flag.DurationVar(&o.settle, "settle", 25*time.Second, "time after the last message during which RSS is still watched (memory mode: two default flushes)")
	flag.IntVar(&o.ceilingMiB, "ceiling-mib", 0, "memory mode: fail when the peak RSS exceeds this many MiB (0: report only)")
	flag.StringVar(&o.profile, "profile", "", "write pprof CPU and heap profiles of one (b) run to this directory")
	flag.StringVar(&o.profiled, "profile-pipeline", "ours", "the pipeline -profile runs: ours (b+c), b or base")
	flag.BoolVar(&o.connector, "connector", true, "pipeline mode: measure ours (b with the trace_findings connector) too")
	flag.BoolVar(&o.concurrent, "concurrent", false, "pipeline mode: run a round's pipelines at the same time, each with its own generator, measured over the same window")
	flag.Uint64Var(&o.seed, "seed", 1, "workload seed")
	flag.Parse()
	if o.rate < 0 || o.batch <= 0 || o.runs <= 0 || o.duration <= 0 || o.messages <= 0 {
		log.Fatal("pipebench: -rate must be >= 0, -batch, -runs, -duration and -messages > 0")
	}
	if _, err := os.Stat(o.bin); err != nil {
		log.Fatalf("pipebench: %v (build it with `make build`)", err)
	}
	for _, p := range []*string{&o.out, &o.bin} {
		if abs, err := filepath.Abs(*p); err == nil {
			*p = abs
		}
	}
	var err error
	switch {
	case o.profile != "" && o.mode != "memory":
		err = profileRun(o)
	case o.mode == "pipeline":
		err = pipeline(o)
	case o.mode == "memory":
		err = memory(o)
	default:
		err = fmt.Errorf("unknown -mode %q", o.mode)
	}
	if err != nil {
		log.Fatalf("pipebench: %v", err)
	}
}

// result is one measured run.
type result struct {
	name                     string
	cpuPct                   float64 // of one core, over the window
	peakMiB, endMiB          float64
	logs, spans              int64 // sent in the window
	window                   time.Duration
	acceptedLogs, acceptedSp float64 // receiver totals (warm-up included)
	refused                  float64
	ingested                 float64 // ours: backlog records ingested
	machineBusy              float64 // % of all cores busy over the window
	load1                    float64
	genCPUPct                float64
}

func (r result) String() string {
	s := fmt.Sprintf("%-4s cpu=%5.1f%% of one core  rss_peak=%4.0f MiB rss_end=%4.0f MiB  sent %d logs/s %d spans/s over %s  accepted logs=%.0f spans=%.0f refused=%.0f",
		r.name, r.cpuPct, r.peakMiB, r.endMiB, int64(float64(r.logs)/r.window.Seconds()), int64(float64(r.spans)/r.window.Seconds()),
		r.window.Round(time.Second), r.acceptedLogs, r.acceptedSp, r.refused)
	if r.name != "base" {
		s += fmt.Sprintf(" ingested=%.0f", r.ingested)
	}
	return s + fmt.Sprintf("  [machine %.0f%% busy of all cores, load1 %.2f, generator %.1f%% of one core]", r.machineBusy, r.load1, r.genCPUPct)
}

func pipeline(o options) error {
	_, err := pipelineRuns(o, os.Stdout)
	return err
}

// pipelineRuns runs the -runs rounds, one pipeline after the other or,
// with -concurrent, all of a round at the same time, prints each run and
// the summaries to w and returns the runs by pipeline.
func pipelineRuns(o options, w io.Writer) (map[string][]result, error) {
	names := []string{"base", "b"}
	if o.connector {
		names = append(names, "ours")
	}
	runs := map[string][]result{}
	for i := 1; i <= o.runs; i++ {
		var round []result
		if o.concurrent {
			dirs := make([]string, len(names))
			for k, which := range names {
				dirs[k] = filepath.Join(o.out, fmt.Sprintf("%s-%d", which, i))
			}
			rs, err := measureTogether(o, names, dirs)
			if err != nil {
				return nil, err
			}
			round = rs
		} else {
			for _, which := range names {
				r, err := measure(o, which, filepath.Join(o.out, fmt.Sprintf("%s-%d", which, i)), "")
				if err != nil {
					return nil, err
				}
				round = append(round, r)
			}
		}
		for _, r := range round {
			fmt.Fprintf(w, "run %d %s\n", i, r)
			runs[r.name] = append(runs[r.name], r)
			if r.name != "base" {
				b := runs["base"][len(runs["base"])-1]
				fmt.Fprintf(w, "run %d %s ratio=%.2f rss_diff_mib=%.0f\n", i, r.name, r.cpuPct/b.cpuPct, r.peakMiB-b.peakMiB)
			}
		}
	}
	// (b+c) first; the last line is the (b)
	if o.connector {
		fmt.Fprintln(w, summary("pipeline+connector", runs["base"], runs["ours"]))
	}
	fmt.Fprintln(w, summary("pipeline", runs["base"], runs["b"]))
	return runs, nil
}

// summary is the medians of base and ours runs in the format.
func summary(label string, base, ours []result) string {
	cb, co := median(base, func(r result) float64 { return r.cpuPct }), median(ours, func(r result) float64 { return r.cpuPct })
	rb, ro := median(base, func(r result) float64 { return r.peakMiB }), median(ours, func(r result) float64 { return r.peakMiB })
	return fmt.Sprintf("%s: cpu_base=%.1f%% cpu_ours=%.1f%% ratio=%.2f rss_base_mib=%.0f rss_ours_mib=%.0f", label, cb, co, co/cb, rb, ro)
}

func median(rs []result, f func(result) float64) float64 {
	v := make([]float64, len(rs))
	for i, r := range rs {
		v[i] = f(r)
	}
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

func profileRun(o options) error {
	if err := os.MkdirAll(o.profile, 0o755); err != nil {
		return err
	}
	if o.concurrent {
		// (a) and (b) at the same time, each profiled into its own directory
		names := []string{"base", "b"}
		dirs := []string{filepath.Join(o.out, "profile-base"), filepath.Join(o.out, "profile-b")}
		profs := []string{filepath.Join(o.profile, "base"), filepath.Join(o.profile, "b")}
		for _, d := range profs {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return err
			}
		}
		rs, err := measureAll(o, names, dirs, profs)
		if err != nil {
			return err
		}
		for k, r := range rs {
			fmt.Printf("profiled %s\nprofiles: %s/cpu.pprof %s/heap.pprof\n", r, profs[k], profs[k])
		}
		return nil
	}
	if _, ok := configs[o.profiled]; !ok {
		return fmt.Errorf("-profile-pipeline: ours, b or base, got %q", o.profiled)
	}
	r, err := measure(o, o.profiled, filepath.Join(o.out, "profile-"+o.profiled), o.profile)
	if err != nil {
		return err
	}
	fmt.Printf("profiled %s\nprofiles: %s/cpu.pprof %s/heap.pprof\n", r, o.profile, o.profile)
	return nil
}

// sender generates the workload and posts it at o.rate records per second
// of each signal until stopped; it counts what the collector accepted.
type sender struct {
	logs, spans atomic.Int64
	failed      atomic.Int64
}

func (s *sender) run(ctx context.Context, o options, endpoint string) error {
	w := newWorkload(o.seed)
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 4}}
	type req struct {
		path string
		body []byte
		n    int
		logs bool
	}
	queue := make(chan req, 64)
	var wg sync.WaitGroup
	var firstErr atomic.Value
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for q := range queue {
				if err := otlpsend.Post(ctx, client, endpoint+q.path, q.body); err != nil {
					if ctx.Err() == nil {
						firstErr.CompareAndSwap(nil, err)
						s.failed.Add(1)
					}
					continue
				}
				if q.logs {
					s.logs.Add(int64(q.n))
				} else {
					s.spans.Add(int64(q.n))
				}
			}
		}()
	}
	start := time.Now()
	made := 0
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case <-tick.C:
		}
		due := int(time.Since(start).Seconds() * float64(o.rate))
		for made+o.batch <= due && ctx.Err() == nil {
			ld, td := w.batch(o.batch, time.Now())
			lb, err := plogotlp.NewExportRequestFromLogs(ld).MarshalProto()
			if err != nil {
				return err
			}
			tb, err := ptraceotlp.NewExportRequestFromTraces(td).MarshalProto()
			if err != nil {
				return err
			}
			made += td.SpanCount()
			select {
			case queue <- req{"/v1/logs", lb, ld.LogRecordCount(), true}:
			case <-ctx.Done():
			}
			select {
			case queue <- req{"/v1/traces", tb, td.SpanCount(), false}:
			case <-ctx.Done():
			}
		}
	}
	close(queue)
	wg.Wait()
	if err, _ := firstErr.Load().(error); err != nil {
		return err
	}
	return nil
}

// loaded is one collector under load from its own generator.
type loaded struct {
	which      string
	c          *collector
	s          *sender
	cancel     context.CancelFunc
	sent       chan struct{} // closed when the sender returned
	sendErr    error         // the sender's error, once sent is closed
	profileDir string

	// at the start of the measured window
	t0           time.Time
	cpu0         float64
	logs0, span0 int64
	profErr      chan error
}

// startLoaded starts the collector for which in dir and a sender at o.rate
// records per second of each signal to it.
func startLoaded(o options, which, dir, profileDir string) (*loaded, error) {
	if err := os.RemoveAll(dir); err != nil {
		return nil, err
	}
	c, err := startCollector(o.bin, dir, configs[which], profileDir != "")
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	l := &loaded{which: which, c: c, s: &sender{}, cancel: cancel, sent: make(chan struct{}), profileDir: profileDir}
	go func() { l.sendErr = l.s.run(ctx, o, c.otlp); close(l.sent) }()
	return l, nil
}

// stop ends the sender and the collector.
func (l *loaded) stop() {
	l.cancel()
	<-l.sent
	l.c.stop()
}

// failed is the sender's error when it stopped early, nil while it runs.
func (l *loaded) failed() error {
	select {
	case <-l.sent:
		if l.sendErr == nil {
			return fmt.Errorf("%s: sender stopped", l.which)
		}
		return fmt.Errorf("%s: sender stopped: %v", l.which, l.sendErr)
	default:
		return nil
	}
}

// wait sleeps d, returning early with the first sender that stopped.
func wait(ls []*loaded, d time.Duration) error {
	end := time.Now().Add(d)
	for {
		for _, l := range ls {
			if err := l.failed(); err != nil {
				return err
			}
		}
		left := time.Until(end)
		if left <= 0 {
			return nil
		}
		time.Sleep(min(left, 100*time.Millisecond))
	}
}

// begin marks the start of l's measured window (and starts its CPU
// profile when asked).
func (l *loaded) begin(o options) error {
	cpu0, err := l.c.cpuSeconds()
	if err != nil {
		return err
	}
	l.t0, l.cpu0 = time.Now(), cpu0
	l.logs0, l.span0 = l.s.logs.Load(), l.s.spans.Load()
	if l.profileDir != "" {
		l.profErr = make(chan error, 1)
		go func() {
			l.profErr <- fetch(l.c.pprof+fmt.Sprintf("/profile?seconds=%d", int(o.duration.Seconds())), filepath.Join(l.profileDir, "cpu.pprof"))
		}()
	}
	return nil
}

// end closes l's measured window: the collector's CPU over it, its RSS,
// what was sent in it (profiles written, when asked).
func (l *loaded) end() (result, error) {
	cpu1, err := l.c.cpuSeconds()
	t1 := time.Now()
	if err != nil {
		return result{}, err
	}
	logs1, spans1 := l.s.logs.Load(), l.s.spans.Load()
	peakRSS, endRSS := l.c.rss()
	if l.profErr != nil {
		if err := <-l.profErr; err != nil {
			return result{}, err
		}
		if err := fetch(l.c.pprof+"/heap", filepath.Join(l.profileDir, "heap.pprof")); err != nil {
			return result{}, err
		}
	}
	win := t1.Sub(l.t0)
	return result{name: l.which, cpuPct: 100 * (cpu1 - l.cpu0) / win.Seconds(),
		peakMiB: float64(peakRSS) / (1 << 20), endMiB: float64(endRSS) / (1 << 20),
		logs: logs1 - l.logs0, spans: spans1 - l.span0, window: win}, nil
}

// finish stops l's sender and reads the collector's receiver and backlog
// counters into r.
func (l *loaded) finish(r *result) error {
	l.cancel()
	<-l.sent
	if err := l.sendErr; err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("%s: %v", l.which, err)
	}
	mctx, mcancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer mcancel()
	m, err := l.c.metricsNamed(mctx, "otelcol_receiver_accepted_log_records", "otelcol_receiver_accepted_spans",
		"otelcol_receiver_refused_log_records", "otelcol_receiver_refused_spans", "otelcol_exporter_backlog_records_ingested")
	if err != nil {
		return fmt.Errorf("%s: metrics: %v", l.which, err)
	}
	r.acceptedLogs, r.acceptedSp = m["otelcol_receiver_accepted_log_records"], m["otelcol_receiver_accepted_spans"]
	r.refused = m["otelcol_receiver_refused_log_records"] + m["otelcol_receiver_refused_spans"]
	r.ingested = m["otelcol_exporter_backlog_records_ingested"]
	return nil
}

// machine is what the machine and this process (the generators) did
// around a measured window.
type machine struct {
	t0   time.Time
	gen0 float64
	sys0 []cpu.TimesStat
	self *process.Process
}

func machineStart() *machine {
	self, _ := process.NewProcess(int32(os.Getpid()))
	m := &machine{t0: time.Now(), self: self, gen0: cpuOf(self)}
	m.sys0, _ = cpu.Times(false)
	return m
}

// stamp writes the machine's busy share, the load and the generators' CPU
// since machineStart into r.
func (m *machine) stamp(rs []result) {
	sys1, _ := cpu.Times(false)
	gen := 100 * (cpuOf(m.self) - m.gen0) / time.Since(m.t0).Seconds()
	avg, _ := load.Avg()
	busyPct := 0.0
	if len(m.sys0) == 1 && len(sys1) == 1 {
		// guest time is already counted in user time on Linux
		busy := func(t cpu.TimesStat) float64 { return t.User + t.Nice + t.System + t.Irq + t.Softirq + t.Steal }
		total := func(t cpu.TimesStat) float64 { return busy(t) + t.Idle + t.Iowait }
		if tot := total(sys1[0]) - total(m.sys0[0]); tot > 0 {
			busyPct = 100 * (busy(sys1[0]) - busy(m.sys0[0])) / tot
		}
	}
	for i := range rs {
		rs[i].machineBusy, rs[i].genCPUPct = busyPct, gen
		if avg != nil {
			rs[i].load1 = avg.Load1
		}
	}
}

// measure runs which alone: warm-up, then the measured window.
func measure(o options, which, dir, profileDir string) (result, error) {
	rs, err := measureAll(o, []string{which}, []string{dir}, []string{profileDir})
	if err != nil {
		return result{}, err
	}
	return rs[0], nil
}

// measureTogether runs the pipelines at the same time, each collector
// with its own generator at o.rate, and measures them over the same
// window, so that what the rest of the machine does falls on all of them.
func measureTogether(o options, names, dirs []string) ([]result, error) {
	return measureAll(o, names, dirs, make([]string, len(names)))
}

// measureAll starts names[k] in dirs[k] (profiled into profileDirs[k]
// when not ""), each with its own generator, and measures them over one
// window.
func measureAll(o options, names, dirs, profileDirs []string) ([]result, error) {
	var ls []*loaded
	defer func() {
		for _, l := range ls {
			l.stop()
		}
	}()
	for k, which := range names {
		l, err := startLoaded(o, which, dirs[k], profileDirs[k])
		if err != nil {
			return nil, err
		}
		ls = append(ls, l)
	}
	if err := wait(ls, o.warmup); err != nil {
		return nil, fmt.Errorf("during warm-up: %v", err)
	}
	mach := machineStart()
	for _, l := range ls {
		if err := l.begin(o); err != nil {
			return nil, err
		}
	}
	if err := wait(ls, o.duration); err != nil {
		return nil, err
	}
	rs := make([]result, len(ls))
	for k, l := range ls {
		r, err := l.end()
		if err != nil {
			return nil, err
		}
		rs[k] = r
	}
	mach.stamp(rs)
	for k, l := range ls {
		if err := l.finish(&rs[k]); err != nil {
			return nil, err
		}
	}
	return rs, nil
}

func cpuOf(p *process.Process) float64 {
	if p == nil {
		return 0
	}
	t, err := p.Times()
	if err != nil {
		return 0
	}
	return t.User + t.System
}

func fetch(url, path string) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return fmt.Errorf("%s: %s %s", url, resp.Status, strings.TrimSpace(string(b)))
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, resp.Body); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// memory sends o.messages distinct messages through (b).
func memory(o options) error {
	dir := filepath.Join(o.out, "memory")
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	c, err := startCollector(o.bin, dir, oursConfig, o.profile != "")
	if err != nil {
		return err
	}
	defer c.stop()
	ctx := context.Background()
	w := newWorkload(o.seed)
	if o.profile != "" {
		if err := os.MkdirAll(o.profile, 0o755); err != nil {
			return err
		}
	}
	client := &http.Client{Timeout: 60 * time.Second}
	batch := o.batch
	start := time.Now()
	next := time.Now()
	for sent := 0; sent < o.messages; {
		n := min(batch, o.messages-sent)
		body, err := plogotlp.NewExportRequestFromLogs(w.distinct(n, time.Now())).MarshalProto()
		if err != nil {
			return err
		}
		if err := otlpsend.Post(ctx, client, c.otlp+"/v1/logs", body); err != nil {
			return err
		}
		sent += n
		if sent%100_000 < batch {
			peak, last := c.rss()
			m, _ := c.metricsNamed(ctx, "otelcol_processor_fingerprint_templates_active", "otelcol_exporter_backlog_clusters_active")
			fmt.Printf("memory: %7d sent  rss=%4.0f MiB peak=%4.0f MiB  templates_active=%.0f clusters_active=%.0f  %s\n", sent,
				float64(last)/(1<<20), float64(peak)/(1<<20), m["otelcol_processor_fingerprint_templates_active"],
				m["otelcol_exporter_backlog_clusters_active"], time.Since(start).Round(time.Second))
		}
		if o.rate > 0 {
			next = next.Add(time.Duration(float64(n) / float64(o.rate) * float64(time.Second)))
			if d := time.Until(next); d > 0 {
				time.Sleep(d)
			}
		}
	}
	sendTime := time.Since(start)
	if o.profile != "" {
		if err := fetch(c.pprof+"/heap", filepath.Join(o.profile, "heap.pprof")); err != nil {
			return err
		}
		fmt.Printf("memory: heap profile at the last message: %s/heap.pprof\n", o.profile)
	}
	time.Sleep(o.settle)
	peak, last := c.rss()
	m, err := c.metricsNamed(ctx, "otelcol_processor_fingerprint_templates_active", "otelcol_processor_fingerprint_templates_evicted",
		"otelcol_exporter_backlog_clusters_active", "otelcol_exporter_backlog_clusters_evicted",
		"otelcol_exporter_backlog_records_ingested", "otelcol_exporter_backlog_flushes",
		"otelcol_receiver_accepted_log_records", "otelcol_receiver_refused_log_records")
	if err != nil {
		return err
	}
	fmt.Printf("memory: sent %d distinct messages in %s (%.0f/s); accepted=%.0f refused=%.0f ingested=%.0f flushes=%.0f\n",
		o.messages, sendTime.Round(time.Second), float64(o.messages)/sendTime.Seconds(),
		m["otelcol_receiver_accepted_log_records"], m["otelcol_receiver_refused_log_records"],
		m["otelcol_exporter_backlog_records_ingested"], m["otelcol_exporter_backlog_flushes"])
	fmt.Printf("memory: messages=%d rss_peak_mib=%.0f rss_end_mib=%.0f templates_active=%.0f templates_evicted=%.0f clusters_active=%.0f clusters_evicted=%.0f\n",
		o.messages, float64(peak)/(1<<20), float64(last)/(1<<20),
		m["otelcol_processor_fingerprint_templates_active"], m["otelcol_processor_fingerprint_templates_evicted"],
		m["otelcol_exporter_backlog_clusters_active"], m["otelcol_exporter_backlog_clusters_evicted"])
	if o.ceilingMiB > 0 && peak > uint64(o.ceilingMiB)<<20 {
		return fmt.Errorf("peak RSS %.0f MiB exceeds the ceiling of %d MiB", float64(peak)/(1<<20), o.ceilingMiB)
	}
	return nil
}
