package e2e

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
)

// rankedUnit is what TestScaleOut compares of one ranked entry of
// backlog.json.
type rankedUnit struct {
	Key   string // the entry's identity
	Kind  string // "absence" for a missing-log-line finding
	Count int64
	What  string // service and template, when the entry is ranked itself
}

// rankedUnits is the one place that knows what backlog.json ranks: the
// entries of doc in rank order, then every entry it lists (ranked or
// watched) by key. Change it, and only it, when the ranked unit changes.
func rankedUnits(doc backlogDoc) (ranked []rankedUnit, all map[string]rankedUnit) {
	all = map[string]rankedUnit{}
	// all holds every cluster with its own count: a problem's members
	// too, so a cluster that joins another problem between two reads is
	// not "lost".
	add := func(it backlogItem) {
		all[it.Fingerprint] = rankedUnit{Key: it.Fingerprint, Kind: it.Kind, Count: it.Count, What: it.Service + ": " + it.Template}
		for _, m := range it.Members {
			all[m.Fingerprint] = rankedUnit{Key: m.Fingerprint, Kind: m.Kind, Count: m.Count}
		}
	}
	for _, it := range doc.Items {
		ranked = append(ranked, rankedUnit{Key: it.Fingerprint, Kind: it.Kind, Count: it.Count})
		add(it)
	}
	for _, it := range doc.Watchlist {
		add(it)
	}
	return ranked, all
}

// learned reports whether entries of this kind come from what a collector
// learned per operation (latency baselines, expected log lines): at N
// gateways each learns from its share of the calls, so these entries are
// approximate (docs/deployment.md, Scale out).
func learned(kind string) bool { return kind == "latency" || kind == "absence" }

// weakAbsence is the number of calls below which an absence finding may be
// found on one side only: N gateways (3 here) times the calls one detector
// needs before it expects a line (absence.min_observations, 20). Below it,
// the operation's calls split over the gateways are about what one
// gateway's share needs to learn the line and then miss it 4 times in a
// row, so whether a gateway reports it depends on which calls its share
// holds, not on what the calls did (docs/deployment.md, Scale out: a
// ts-seat-service absence of 18 calls in one collector is found 4 to 22
// times or not at all, by the partition of the trace ids).
const weakAbsence = 3 * 20

// weak reports whether u is an absence finding of fewer than weakAbsence
// calls.
func weak(u rankedUnit) bool { return u.Kind == "absence" && u.Count < weakAbsence }

// problemSets is every problem of doc as its sorted member list, without
// the members of kind latency, the weak absences (kinds looks them up) and
// the clusters in skip.
func problemSets(doc backlogDoc, kinds map[string]rankedUnit, skip map[string]bool) []string {
	var out []string
	for _, p := range doc.Problems {
		var m []string
		for _, k := range p.Members {
			if u := kinds[k]; u.Kind != "latency" && !weak(u) && !skip[k] {
				m = append(m, k)
			}
		}
		if len(m) == 0 {
			continue
		}
		sort.Strings(m)
		out = append(out, strings.Join(m, ","))
	}
	sort.Strings(out)
	return out
}

// wholeProblems describes the problems of doc holding any of the
// comma-separated members, with every member (latency and weak ones
// included), its kind and count, and the problem's link reasons: what a
// failure of the problem comparison needs to be read.
func wholeProblems(doc backlogDoc, kinds map[string]rankedUnit, members string) string {
	var out []string
	for _, p := range doc.Problems {
		if !slices.ContainsFunc(p.Members, func(m string) bool { return slices.Contains(strings.Split(members, ","), m) }) {
			continue
		}
		var ms []string
		for _, m := range p.Members {
			u := kinds[m]
			ms = append(ms, fmt.Sprintf("%s %s %d weak=%v", m, u.Kind, u.Count, weak(u)))
		}
		out = append(out, fmt.Sprintf("%s %v {%s}", p.ID, p.Reasons, strings.Join(ms, "; ")))
	}
	return strings.Join(out, " | ")
}

// withWeakAbsence is every member of a problem of doc that holds a weak
// absence: which clusters such an absence links (its calls share traces
// with them) depends on which calls it was found for, so their grouping
// is as approximate as the absence.
func withWeakAbsence(doc backlogDoc, kinds map[string]rankedUnit, into map[string]bool) {
	for _, p := range doc.Problems {
		if slices.ContainsFunc(p.Members, func(k string) bool { return weak(kinds[k]) }) {
			for _, k := range p.Members {
				into[k] = true
			}
		}
	}
}

// exact is the ranked entries in order, without the learned kinds and
// without the entries of linked (the problems of a weak absence, which one
// side may find without the other: their scores and gates differ with it).
func exact(units []rankedUnit, linked map[string]bool) []rankedUnit {
	var out []rankedUnit
	for _, u := range units {
		if !learned(u.Kind) && !linked[u.Key] {
			out = append(out, u)
		}
	}
	return out
}

// noLatencyBaselines keeps the fingerprint processor's learned latency
// baselines from judging (a warm-up no test input reaches), on the single
// collector and on the gateways alike: at N gateways each baseline learns
// from a share of the calls (docs/deployment.md, Scale out), so borderline
// spans are judged differently. Fixed latency budgets, errors and retries
// are judged as usual.
var noLatencyBaselines = [2]string{"    traces:\n      latency:\n        attribution: trace\n",
	"    traces:\n      latency:\n        attribution: trace\n        min_samples: 1000\n"}

// deployConfig reads testdata/deploy/<name> and applies the replacements,
// failing when one no longer matches.
func deployConfig(t *testing.T, name string, repl ...[2]string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "testdata", "deploy", name))
	if err != nil {
		t.Fatal(err)
	}
	cfg := string(data)
	for _, r := range repl {
		if !strings.Contains(cfg, r[0]) {
			t.Fatalf("testdata/deploy/%s no longer contains %q", name, r[0])
		}
		cfg = strings.ReplaceAll(cfg, r[0], r[1])
	}
	return cfg
}

// startWithEnv is startCollector with extra environment variables (the
// deploy configs take their per-instance settings from the environment).
func startWithEnv(t *testing.T, dir, config string, env ...string) *collector {
	t.Helper()
	cfgPath := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfgPath, []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary(t), "--config", cfgPath)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out strings.Builder
	cmd.Stderr = &syncWriter{b: &out}
	cmd.Stdout = cmd.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &collector{cmd: cmd, stderr: &out, done: make(chan error, 1)}
	go func() { c.done <- cmd.Wait() }()
	t.Cleanup(func() {
		c.stop(t)
		if t.Failed() {
			t.Logf("%s output:\n%s", filepath.Base(dir), tail(out.String(), 3000))
		}
	})
	return c
}

// syncWriter lets the test read a process's output while it writes.
type syncWriter struct {
	mu sync.Mutex
	b  *strings.Builder
}

func (w *syncWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

// splitLines writes the lines of in alternately to a and b (appending).
func splitLines(t *testing.T, in, a, b string) {
	t.Helper()
	data, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	var out [2]strings.Builder
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for i := 0; sc.Scan(); i++ {
		out[i%2].WriteString(sc.Text() + "\n")
	}
	for i, p := range []string{a, b} {
		f, err := os.OpenFile(p, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.WriteString(out[i].String()); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// copyLines appends the file in to out.
func copyLines(t *testing.T, in, out string) {
	t.Helper()
	data, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(out, os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Write(data); err != nil {
		t.Fatal(err)
	}
}

// splitOTLP writes the spans (or log records) of the OTLP JSON file in
// alternately to the OTLP JSON files a and b: the records of one trace end
// up at both agents.
func splitOTLP(t *testing.T, in, a, b string, logs bool) {
	t.Helper()
	var out [2]strings.Builder
	write := func(i int, data []byte, err error) error {
		if err != nil {
			return err
		}
		out[i].Write(data)
		out[i].WriteByte('\n')
		return nil
	}
	var err error
	if logs {
		err = otlpjson.ReadLogsFile(in, func(ld plog.Logs) error {
			for i := range 2 {
				part := plog.NewLogs()
				ld.CopyTo(part)
				n := 0
				part.ResourceLogs().RemoveIf(func(rl plog.ResourceLogs) bool {
					rl.ScopeLogs().RemoveIf(func(sl plog.ScopeLogs) bool {
						sl.LogRecords().RemoveIf(func(plog.LogRecord) bool { n++; return (n-1)%2 != i })
						return sl.LogRecords().Len() == 0
					})
					return rl.ScopeLogs().Len() == 0
				})
				if part.LogRecordCount() > 0 {
					data, err := (&plog.JSONMarshaler{}).MarshalLogs(part)
					if err := write(i, data, err); err != nil {
						return err
					}
				}
			}
			return nil
		})
	} else {
		err = otlpjson.ReadTracesFile(in, func(td ptrace.Traces) error {
			for i := range 2 {
				part := ptrace.NewTraces()
				td.CopyTo(part)
				n := 0
				part.ResourceSpans().RemoveIf(func(rs ptrace.ResourceSpans) bool {
					rs.ScopeSpans().RemoveIf(func(ss ptrace.ScopeSpans) bool {
						ss.Spans().RemoveIf(func(ptrace.Span) bool { n++; return (n-1)%2 != i })
						return ss.Spans().Len() == 0
					})
					return rs.ScopeSpans().Len() == 0
				})
				if part.SpanCount() > 0 {
					data, err := (&ptrace.JSONMarshaler{}).MarshalTraces(part)
					if err := write(i, data, err); err != nil {
						return err
					}
				}
			}
			return nil
		})
	}
	if err != nil {
		t.Fatalf("split %s: %v", in, err)
	}
	for i, p := range []string{a, b} {
		if err := os.WriteFile(p, []byte(out[i].String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// retraceOTLP writes the OTLP JSON file in to out with every trace id
// replaced by newTraceID's: the same records in new traces, so that a second
// pass is new input and not a redelivery of the first.
func retraceOTLP(t *testing.T, in, out string, logs bool) {
	t.Helper()
	var b strings.Builder
	flip := func(id pcommon.TraceID) pcommon.TraceID {
		if !id.IsEmpty() {
			id[0] ^= 0x80 // newTraceID
		}
		return id
	}
	var err error
	if logs {
		err = otlpjson.ReadLogsFile(in, func(ld plog.Logs) error {
			for _, rl := range ld.ResourceLogs().All() {
				for _, sl := range rl.ScopeLogs().All() {
					for _, lr := range sl.LogRecords().All() {
						lr.SetTraceID(flip(lr.TraceID()))
					}
				}
			}
			data, err := (&plog.JSONMarshaler{}).MarshalLogs(ld)
			b.Write(data)
			b.WriteByte('\n')
			return err
		})
	} else {
		err = otlpjson.ReadTracesFile(in, func(td ptrace.Traces) error {
			for _, rs := range td.ResourceSpans().All() {
				for _, ss := range rs.ScopeSpans().All() {
					for _, sp := range ss.Spans().All() {
						sp.SetTraceID(flip(sp.TraceID()))
					}
				}
			}
			data, err := (&ptrace.JSONMarshaler{}).MarshalTraces(td)
			b.Write(data)
			b.WriteByte('\n')
			return err
		})
	}
	if err != nil {
		t.Fatalf("retrace %s: %v", in, err)
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// retraceLines writes the log file in to out with the value of every
// "trace_id" replaced by newTraceID's (as retraceOTLP).
func retraceLines(t *testing.T, in, out string) {
	t.Helper()
	data, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`"trace_id":"([0-9a-f]{32})"`)
	data = re.ReplaceAllFunc(data, func(m []byte) []byte {
		return []byte(`"trace_id":"` + newTraceID(string(re.FindSubmatch(m)[1])) + `"`)
	})
	if err := os.WriteFile(out, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// distinctPorts returns a function giving up to n free, distinct TCP ports
// on 127.0.0.1, held open while they are picked. They are taken below the
// kernel's ephemeral range (32768 and up by default), where the outgoing
// connections of other processes cannot take them before the collectors
// bind them.
func distinctPorts(t *testing.T, n int) func() int {
	t.Helper()
	var ports []int
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), uint64(os.Getpid())))
	for tries := 0; len(ports) < n && tries < 100*n; tries++ {
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", 20000+rng.IntN(12000)))
		if err != nil {
			continue
		}
		defer l.Close()
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	if len(ports) < n {
		t.Fatalf("distinctPorts: found %d free ports of %d", len(ports), n)
	}
	return func() int {
		if len(ports) == 0 {
			t.Fatal("distinctPorts: all ports used")
		}
		p := ports[0]
		ports = ports[1:]
		return p
	}
}

// waitSettled waits until backlog.json exists with ranked items and its
// event count has not changed for quiet (longer than the connector's
// decision_wait plus a flush), and returns it.
// gatewayQuiet is how long a scaled-out backlog must stay unchanged to be
// read: longer than the gateways' trace_findings decision_wait
// (testdata/deploy/gateway.yaml, 15s), after which the last traces'
// findings are emitted.
const gatewayQuiet = 20 * time.Second

func waitSettled(t *testing.T, c *collector, path string, within, quiet time.Duration, what string) backlogDoc {
	t.Helper()
	var doc backlogDoc
	last, since := int64(-1), time.Now()
	waitFor(t, c, within, what, func() bool {
		d, ok := readBacklog(t, path)
		if !ok || len(d.Items) == 0 {
			return false
		}
		doc = d
		if d.Stats.Events != last {
			last, since = d.Stats.Events, time.Now()
			return false
		}
		return time.Since(since) >= quiet
	})
	return doc
}

// TestScaleOut runs the scale-out topology of docs/deployment.md from the
// configs in testdata/deploy/ (ports and directories substituted): 2 agents
// (agent.yaml) route by trace to 3 gateways (gateway.yaml: fingerprint and
// trace_findings), which forward to the one backlog collector (backlog.yaml,
// with a fake GitHub). The `make run` sample and a Nezha fault case are
// split record by record across the two agents, so every trace reaches the
// gateways through both. The backlog must equal the one a single collector
// (testdata/run/config.yaml) makes of the same input: the counted entries
// (logs, errors, retries) in the same top-10 order with the same counts,
// every entry of one in the other, the same problems, the same absence
// findings (by id; their counts are learned per gateway, so approximate)
// of at least weakAbsence calls; weaker ones may be found on one side only.
// Latency baselines are kept from judging on both sides (noLatencyBaselines).
// Then the input is sent again while one gateway is killed with SIGKILL and
// restarted on its directory, in new traces, and agent 1 sends its
// first-pass log records again (an agent's retry): no ticket is created
// twice, no entry or problem is lost, and the counts double within 1%
// (the backlog collector counts a record delivered again once).
func TestScaleOut(t *testing.T) {
	binary(t) // skips without OTELCOL_BACKLOG_BIN
	tool := replayBinary(t)
	root := repoRoot(t)
	dir := t.TempDir()
	port := distinctPorts(t, 40)

	// The input: the sample (app.log through file_log, traces.json over
	// OTLP/HTTP) and, when available, a Nezha fault case (OTLP/HTTP).
	sampleLog := filepath.Join(root, "testdata", "sample", "app.log")
	sampleTraces := filepath.Join(root, "testdata", "sample", "traces.json")
	type otlpFile struct {
		path string
		logs bool
	}
	inputs := []otlpFile{{sampleTraces, false}}
	caseDir := filepath.Join(root, "..", "shared", "data", "nezha-trainticket", nezhaCase)
	if _, err := os.Stat(filepath.Join(caseDir, "traces.jsonl.gz")); err != nil {
		t.Logf("SKIPPING the fault-case part of TestScaleOut: ../shared/data/nezha-trainticket/%s is not available (%v); only the bundled sample is compared", nezhaCase, err)
	} else {
		inputs = append(inputs, otlpFile{filepath.Join(caseDir, "traces.jsonl.gz"), false}, otlpFile{filepath.Join(caseDir, "logs.jsonl.gz"), true})
	}
	var agentFiles [2][]otlpFile
	for i, in := range inputs {
		a := filepath.Join(dir, fmt.Sprintf("in%d-a.json", i))
		b := filepath.Join(dir, fmt.Sprintf("in%d-b.json", i))
		splitOTLP(t, in.path, a, b, in.logs)
		agentFiles[0] = append(agentFiles[0], otlpFile{a, in.logs})
		agentFiles[1] = append(agentFiles[1], otlpFile{b, in.logs})
	}
	replayAll := func(endpoint string, files []otlpFile) {
		for _, f := range files {
			if f.logs {
				replayFiles(t, tool, endpoint, "", f.path)
			} else {
				replayFiles(t, tool, endpoint, f.path, "")
			}
		}
	}

	// The reference: one collector on the whole input.
	refDir := filepath.Join(dir, "single")
	if err := os.MkdirAll(refDir, 0o755); err != nil {
		t.Fatal(err)
	}
	refOTLP := port()
	refLog := filepath.Join(dir, "single.log")
	ref := startCollector(t, refDir, runConfig(t, refDir, port(), refOTLP,
		[2]string{"    logs:\n      level: info\n", "    logs:\n      level: info\n    metrics:\n      level: none\n"},
		[2]string{sampleLog, refLog}, noLatencyBaselines))

	// The fake GitHub the backlog collector writes tickets to.
	const token = "e2e-token"
	gh := fake.NewGitHub()
	gh.SetToken("Bearer " + token)
	t.Cleanup(gh.Close)

	// The backlog tier.
	backlogOTLP := fmt.Sprintf("127.0.0.1:%d", port())
	bDir := filepath.Join(dir, "backlog")
	if err := os.MkdirAll(bDir, 0o755); err != nil {
		t.Fatal(err)
	}
	backlogCfg := deployConfig(t, "backlog.yaml",
		[2]string{"    # Trackers (docs/trackers.md) go here, e.g.\n", fmt.Sprintf(`    trackers:
      github:
        - endpoint: %s
          owner: acme
          repo: shop
          token: %s
          writes_per_second: 0
          reads_per_second: 0
          max_writes_per_sync: 100
          group_wait: 1s # tickets within the test's waits; the default (30s) is measured by TestHarnessBinaryParity
`, gh.URL(), token)})
	backlog := startWithEnv(t, bDir, backlogCfg,
		"BACKLOG_HEALTH=127.0.0.1:"+fmt.Sprint(port()),
		"BACKLOG_METRICS_PORT="+fmt.Sprint(port()),
		"BACKLOG_STORAGE="+filepath.Join(bDir, "storage"),
		"BACKLOG_OTLP="+backlogOTLP,
		"BACKLOG_DIR="+filepath.Join(bDir, "out"),
		"BACKLOG_HTTP=127.0.0.1:"+fmt.Sprint(port()))

	// The gateway tier.
	gwAddrs := make([]string, 3)
	gwEnv := make([][]string, 3)
	gwMetrics := make([]int, 3)
	gws := make([]*collector, 3)
	gwDirs := make([]string, 3)
	for i := range gws {
		gwAddrs[i] = fmt.Sprintf("127.0.0.1:%d", port())
		gwDirs[i] = filepath.Join(dir, fmt.Sprintf("gateway-%d", i+1))
		if err := os.MkdirAll(gwDirs[i], 0o755); err != nil {
			t.Fatal(err)
		}
		gwMetrics[i] = port()
		gwEnv[i] = []string{
			"GATEWAY_HEALTH=127.0.0.1:" + fmt.Sprint(port()),
			"GATEWAY_METRICS_PORT=" + fmt.Sprint(gwMetrics[i]),
			"GATEWAY_STORAGE=" + filepath.Join(gwDirs[i], "storage"),
			"GATEWAY_OTLP=" + gwAddrs[i],
			"BACKLOG_OTLP=" + backlogOTLP,
		}
	}
	gatewayCfg := deployConfig(t, "gateway.yaml", noLatencyBaselines)
	for i := range gws {
		gws[i] = startWithEnv(t, gwDirs[i], gatewayCfg, gwEnv[i]...)
	}

	for i := range gws {
		waitListening(t, gws[i], gwAddrs[i])
	}
	waitListening(t, backlog, backlogOTLP)

	// The agents: each tails its half of app.log and takes its half of the
	// OTLP input.
	agentCfg := deployConfig(t, "agent.yaml",
		[2]string{"127.0.0.1:14317", gwAddrs[0]},
		[2]string{"127.0.0.1:24317", gwAddrs[1]},
		[2]string{"127.0.0.1:34317", gwAddrs[2]})
	agentLogs := [2]string{filepath.Join(dir, "agent-1.log"), filepath.Join(dir, "agent-2.log")}
	for _, f := range append(agentLogs[:], refLog) {
		if err := os.WriteFile(f, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	agentHTTP := [2]string{}
	agents := [2]*collector{}
	for i := range agents {
		agentHTTP[i] = fmt.Sprintf("127.0.0.1:%d", port())
		aDir := filepath.Join(dir, fmt.Sprintf("agent-%d", i+1))
		if err := os.MkdirAll(aDir, 0o755); err != nil {
			t.Fatal(err)
		}
		agents[i] = startWithEnv(t, aDir, agentCfg,
			"AGENT_HEALTH=127.0.0.1:"+fmt.Sprint(port()),
			"AGENT_METRICS_PORT="+fmt.Sprint(port()),
			"AGENT_STORAGE="+filepath.Join(aDir, "storage"),
			"AGENT_OTLP_HTTP="+agentHTTP[i],
			"AGENT_LOGS="+agentLogs[i])
	}
	for i := range agents {
		waitListening(t, agents[i], agentHTTP[i])
	}
	waitListening(t, ref, fmt.Sprintf("127.0.0.1:%d", refOTLP))

	// Phase 1: the same input to the single collector and to the agents,
	// one data set after the other (their event times are years apart, and
	// which comes first decides what the backlog deems resolved), each
	// sent all at once: the connector judges a trace 5 s (decision_wait)
	// after its last record arrived, so the spans must follow the logs as
	// closely in both setups. The log lines are written to the tailed files
	// now, not before the collectors started, for the same reason.
	start := time.Now()
	refPath := filepath.Join(refDir, "backlog", "backlog.json")
	outPath := filepath.Join(bDir, "out", "backlog.json")
	var refDoc, doc backlogDoc
	stages := [][]int{{0}}
	if len(inputs) > 1 {
		stages = append(stages, []int{1, 2})
	}
	for n, stage := range stages {
		if n == 0 {
			splitLines(t, sampleLog, agentLogs[0], agentLogs[1])
			copyLines(t, sampleLog, refLog)
		}
		pick := func(files []otlpFile) []otlpFile {
			var out []otlpFile
			for _, i := range stage {
				out = append(out, files[i])
			}
			return out
		}
		var wg sync.WaitGroup
		wg.Go(func() { replayAll(fmt.Sprintf("http://127.0.0.1:%d", refOTLP), pick(inputs)) })
		for i := range agents {
			wg.Go(func() { replayAll("http://"+agentHTTP[i], pick(agentFiles[i])) })
		}
		wg.Wait()
		refDoc = waitSettled(t, ref, refPath, 120*time.Second, gatewayQuiet, "the single collector's backlog to settle")
		doc = waitSettled(t, backlog, outPath, 120*time.Second, gatewayQuiet, "the scaled-out backlog to settle")
	}
	t.Logf("phase 1 settled after %s: single collector %d events, %d items; scaled out %d events, %d items",
		time.Since(start).Round(time.Millisecond), refDoc.Stats.Events, len(refDoc.Items), doc.Stats.Events, len(doc.Items))

	refRanked, refAll := rankedUnits(refDoc)
	gotRanked, gotAll := rankedUnits(doc)
	for i := range min(10, len(refRanked)) {
		w := refRanked[i]
		var g rankedUnit
		if i < len(gotRanked) {
			g = gotRanked[i]
		}
		t.Logf("  #%d single %s %-8s %6d | scaled out %s %-8s %6d", i+1, w.Key, w.Kind, w.Count, g.Key, g.Kind, g.Count)
	}
	// The problems of a weak absence (found on one side only, or with
	// other calls) are compared apart, here and below.
	linked := map[string]bool{}
	withWeakAbsence(doc, gotAll, linked)
	withWeakAbsence(refDoc, refAll, linked)
	// Exact: the top 10 of what is counted (logs, errors, retries) in the
	// same order, counts within 1%.
	refExact, gotExact := exact(refRanked, linked), exact(gotRanked, linked)
	for i := range min(10, len(refExact)) {
		w := refExact[i]
		if i >= len(gotExact) {
			t.Errorf("rank %d of the counted entries: single collector %s (%s, %d), scaled out none", i+1, w.Key, w.Kind, w.Count)
			continue
		}
		if g := gotExact[i]; g.Key != w.Key {
			t.Errorf("rank %d of the counted entries: single collector %s (%s, %d), scaled out %s (%s, %d)", i+1, w.Key, w.Kind, w.Count, g.Key, g.Kind, g.Count)
			continue
		}
		if d := gotExact[i].Count - w.Count; d*100 > w.Count || -d*100 > w.Count {
			t.Errorf("%s (%s): count %d scaled out, %d single collector: more than 1%% apart", w.Key, w.Kind, gotExact[i].Count, w.Count)
		}
	}
	for k, w := range refAll {
		if g, ok := gotAll[k]; !ok && w.Kind != "latency" && !weak(w) {
			t.Errorf("%s (%s, %d) of the single collector is missing from the scaled-out backlog", k, w.Kind, w.Count)
		} else if ok && !learned(w.Kind) && g.Count != w.Count {
			t.Errorf("%s (%s): count %d scaled out, %d single collector", k, w.Kind, g.Count, w.Count)
		}
	}
	for k, g := range gotAll {
		if _, ok := refAll[k]; !ok && g.Kind != "latency" && !weak(g) {
			t.Errorf("the scaled-out backlog lists %s (%s, %d; %s) that the single collector does not", k, g.Kind, g.Count, g.What)
		}
	}
	// The same problems (latency members, weak absences and the clusters
	// they link aside), and the same absence findings (the same ids:
	// presence, not counts).
	if got, want := problemSets(doc, gotAll, linked), problemSets(refDoc, refAll, linked); !slices.Equal(got, want) {
		t.Errorf("problems differ:\n scaled out %v\n single     %v", got, want)
	}
	absent := 0
	for k, w := range refAll {
		if w.Kind != "absence" {
			continue
		}
		t.Logf("absence finding %s: %d calls in the single collector, %d scaled out", k, w.Count, gotAll[k].Count)
		if weak(w) {
			continue
		}
		absent++
		if g := gotAll[k]; g.Kind != "absence" || g.Count == 0 {
			t.Errorf("absence finding %s of the single collector is missing from the scaled-out backlog", k)
		}
	}
	if absent == 0 {
		t.Errorf("the single collector found no absence of %d calls or more: the comparison of absence findings proves nothing", weakAbsence)
	}
	var extra []string
	for k, g := range gotAll {
		if _, ok := refAll[k]; !ok {
			extra = append(extra, fmt.Sprintf("%s (%s, %d)", k, g.Kind, g.Count))
		}
	}
	for k, w := range refAll {
		if _, ok := gotAll[k]; !ok {
			extra = append(extra, fmt.Sprintf("-%s (%s, %d)", k, w.Kind, w.Count))
		}
	}
	sort.Strings(extra)
	t.Logf("entries only scaled out, (-) only in the single collector: %v", extra)
	for i := range gws {
		t.Logf("gateway %d trace_findings: %s", i+1, findingsStats(t, gwMetrics[i]))
	}
	if t.Failed() {
		t.FailNow()
	}

	// The ranked entries in a state that opens tickets (docs/trackers.md)
	// get theirs.
	waitStable(t, backlog, gh, nil, 60*time.Second, 5*time.Second, "the tickets to be written and settle", func() bool {
		return len(gh.Issues()) > 0
	})
	before := ghTickets(t, gh)
	t.Logf("%d tickets before the second pass", len(before))
	mark := len(gh.Requests())
	doc1, _ := readBacklog(t, outPath)
	_, all1 := rankedUnits(doc1)

	// Phase 2: the input again in new traces (the same records would be
	// a redelivery of the first pass and count once), and gateway 2
	// killed and restarted on its directory while it flows. Agent 1 then
	// sends its OTLP log records of the first pass again, as an agent
	// retrying requests a gateway had taken but not acknowledged: copies,
	// which must count once (whether the kill makes any depends on
	// timing). Log records only: a gateway that forgot their traces
	// (gateway 2, restarted) judges no trace of log records alone, while
	// spans would be judged again and make findings of their own (new
	// records, not copies, which move problems).
	var resend []otlpFile
	for _, f := range agentFiles[0] {
		if f.logs {
			resend = append(resend, f)
		}
	}
	sample2 := filepath.Join(dir, "app-2.log")
	retraceLines(t, sampleLog, sample2)
	var agentFiles2 [2][]otlpFile
	for i := range agentFiles {
		for j, f := range agentFiles[i] {
			out := filepath.Join(dir, fmt.Sprintf("in%d-%d-2.json", j, i))
			retraceOTLP(t, f.path, out, f.logs)
			agentFiles2[i] = append(agentFiles2[i], otlpFile{out, f.logs})
		}
	}
	splitLines(t, sample2, agentLogs[0], agentLogs[1])
	var wg sync.WaitGroup
	for i := range agents {
		wg.Go(func() {
			replayAll("http://"+agentHTTP[i], agentFiles2[i])
			if i == 0 {
				replayAll("http://"+agentHTTP[i], resend)
			}
		})
	}
	time.Sleep(300 * time.Millisecond)
	gws[1].kill()
	t.Logf("gateway 2 killed (SIGKILL) mid-stream")
	time.Sleep(time.Second)
	gws[1] = startWithEnv(t, gwDirs[1], gatewayCfg, gwEnv[1]...)
	waitListening(t, gws[1], gwAddrs[1])
	wg.Wait()
	doc2 := waitSettled(t, backlog, outPath, 120*time.Second, gatewayQuiet, "the backlog to settle after the second pass")
	waitStable(t, backlog, gh, nil, 60*time.Second, 3*time.Second, "the tickets to settle after the second pass", func() bool { return true })
	t.Logf("phase 2 settled after %s: %d events (%d after phase 1), %d items, %d redelivered records recognised (%d after phase 1)",
		time.Since(start).Round(time.Millisecond), doc2.Stats.Events, doc1.Stats.Events, len(doc2.Items), doc2.Stats.Redelivered, doc1.Stats.Redelivered)

	for i := range gws {
		t.Logf("gateway %d trace_findings after the second pass: %s", i+1, findingsStats(t, gwMetrics[i]))
	}
	if len(resend) > 0 && doc2.Stats.Redelivered == doc1.Stats.Redelivered {
		t.Errorf("agent 1's first-pass records sent again: no copy recognised (stats.records_redelivered %d)", doc2.Stats.Redelivered)
	}
	after := ghTickets(t, gh)
	for _, fp := range sortedKeys(after) {
		if n := len(after[fp]); n != 1 {
			t.Errorf("fingerprint %s has %d tickets, want 1", fp, n)
		}
	}
	for fp, b := range before {
		if a := after[fp]; len(a) == 0 || a[0].number != b[0].number {
			t.Errorf("ticket #%d of %s lost or replaced after the gateway restart: now %v", b[0].number, fp, a)
		}
	}
	for _, r := range gh.Requests()[mark:] {
		if r.Method == "POST" && strings.HasSuffix(r.Path, "/issues") {
			for fp := range before {
				if strings.Contains(string(r.Body), `"fp:`+fp+`"`) {
					t.Errorf("a second ticket was created for %s", fp)
				}
			}
		}
	}
	_, all2 := rankedUnits(doc2)
	for k, u := range all1 {
		g, ok := all2[k]
		if !ok {
			t.Errorf("%s (%s, %d) lost after the gateway restart", k, u.Kind, u.Count)
			continue
		}
		// Each record was sent twice (the second time in new traces); what
		// the killed gateway had taken was in its persistent queue.
		// Learned entries depend on which traces complete where, so only
		// their presence is required. Delivery is at least once: what the
		// killed gateway had taken but not acknowledged (the agents send it
		// again) or sent but not yet dequeued (its persistent queue sends
		// it again after the restart) arrives twice (without
		// deduplicate_redelivered: 151 for 146 and 223 for 214, and under
		// load 334 for 278, +40% of one pass). The backlog collector
		// (testdata/deploy/backlog.yaml) counts such copies once: the
		// counts are those of one collector given both passes, within 1%.
		if !learned(u.Kind) && (g.Count*100 < 2*u.Count*99 || g.Count*100 > 2*u.Count*101) {
			t.Errorf("%s (%s): %d after phase 1, %d after the second pass; want %d within 1%%", k, u.Kind, u.Count, g.Count, 2*u.Count)
		} else if !learned(u.Kind) && g.Count != 2*u.Count {
			t.Logf("%s (%s): %d after phase 1, %d after the second pass (%+d)", k, u.Kind, u.Count, g.Count, g.Count-2*u.Count)
		}
	}
	// A problem may gain members from the second pass; none may lose one.
	// Except the problems of a weak absence (as in phase 1's comparison):
	// which clusters such an absence links depends on which calls it was
	// found for, and its calls grow in the second pass (a problem bridged
	// by a weak absence's shared traces in phase 1 may be two after it, as
	// in one CI run: a caller's warning and two callers naming one callee,
	// the absence sharing traces with both; or one problem with an older
	// one after it). Such a problem keeps its id, or its anchor is now in
	// a problem that held another id in phase 1 (absorbed by an older
	// problem: docs/backlog-json.md, Identity); its members must stay in
	// the backlog (checked above).
	viaAbsence := map[string]bool{}
	withWeakAbsence(doc1, all1, viaAbsence)
	ids1, ids2 := map[string]bool{}, map[string]bool{}
	for _, p := range doc1.Problems {
		ids1[p.ID] = true
	}
	for _, p := range doc2.Problems {
		ids2[p.ID] = true
	}
	for _, p := range doc1.Problems {
		if !slices.ContainsFunc(p.Members, func(k string) bool { return weak(all1[k]) }) || ids2[p.ID] {
			continue
		}
		absorbed := slices.ContainsFunc(doc2.Problems, func(q docProblem) bool {
			return q.ID != p.ID && ids1[q.ID] && slices.Contains(q.Members, p.Anchor)
		})
		if !absorbed {
			t.Errorf("problem %s (a weak absence's, anchor %s) lost its id after the gateway restart, not absorbed by an older problem; its members' problems now: %s", p.ID, p.Anchor, wholeProblems(doc2, all2, strings.Join(p.Members, ",")))
		}
	}
	p2 := problemSets(doc2, all2, nil)
	for _, p := range problemSets(doc1, all1, nil) {
		if slices.ContainsFunc(strings.Split(p, ","), func(k string) bool { return viaAbsence[k] }) {
			t.Logf("problem %s is a weak absence's: its grouping is as approximate as the absence (now: %s)", p, wholeProblems(doc2, all2, p))
			continue
		}
		if !slices.ContainsFunc(p2, func(q string) bool {
			for _, m := range strings.Split(p, ",") {
				if !slices.Contains(strings.Split(q, ","), m) {
					return false
				}
			}
			return true
		}) {
			var now []string
			for _, q := range p2 {
				for _, m := range strings.Split(p, ",") {
					if slices.Contains(strings.Split(q, ","), m) {
						now = append(now, q)
						break
					}
				}
			}
			var members []string
			for _, m := range strings.Split(p, ",") {
				members = append(members, fmt.Sprintf("%s %s %d->%d %q", m, all2[m].Kind, all1[m].Count, all2[m].Count, all2[m].What))
			}
			t.Errorf("problem %s lost after the gateway restart; its members' problems now: %v; members: %v; whole problems before: %s; after: %s",
				p, now, members, wholeProblems(doc1, all1, p), wholeProblems(doc2, all2, p))
		}
	}
}
