package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/shirou/gopsutil/v4/process"
)

// The three pipelines. All receive OTLP/HTTP on loopback, batch with the
// batch processor's defaults, expose the Collector's own metrics on a
// loopback Prometheus port and answer health checks. base (a) ends in the
// debug exporter at verbosity basic (one log line per batch, nothing per
// record: the distribution's closest thing to a nop exporter); b is the
// issue's (b), otlp -> fingerprint -> batch -> backlog for both signals,
// with file_storage state and the web page; ours (b+c) is the `make run`
// pipeline (testdata/run/config.yaml) without the file_log receiver and
// the enrichment rules: b and the trace_findings connector.

const baseConfig = `extensions:
  health_check:
    endpoint: 127.0.0.1:{health}
{pprof}receivers:
  otlp:
    protocols:
      http:
        endpoint: 127.0.0.1:{otlp}
processors:
  batch:
exporters:
  debug:
    verbosity: basic
service:
  extensions: [health_check{pprofext}]
  telemetry:
    logs:
      level: warn
    metrics:
      readers:
        - pull:
            exporter:
              prometheus:
                host: 127.0.0.1
                port: {metrics}
  pipelines:
    logs:
      receivers: [otlp]
      processors: [batch]
      exporters: [debug]
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [debug]
`

const bConfig = `extensions:
  health_check:
    endpoint: 127.0.0.1:{health}
  file_storage:
    directory: {dir}/storage
    create_directory: true
{pprof}receivers:
  otlp:
    protocols:
      http:
        endpoint: 127.0.0.1:{otlp}
processors:
  fingerprint:
    storage: file_storage
  batch:
exporters:
  backlog:
    directory: {dir}/backlog
    storage: file_storage
    http:
      endpoint: 127.0.0.1:{http}
service:
  extensions: [health_check, file_storage{pprofext}]
  telemetry:
    logs:
      level: warn
    metrics:
      readers:
        - pull:
            exporter:
              prometheus:
                host: 127.0.0.1
                port: {metrics}
  pipelines:
    logs:
      receivers: [otlp]
      processors: [fingerprint, batch]
      exporters: [backlog]
    traces:
      receivers: [otlp]
      processors: [fingerprint, batch]
      exporters: [backlog]
`

// oursConfig is bConfig with the trace_findings connector between the
// fingerprinted signals and the backlog, as testdata/run/config.yaml
// wires it: one text for what the two pipelines share.
var oursConfig = strings.NewReplacer(
	"exporters:\n  backlog:", "connectors:\n  trace_findings:\n    storage: file_storage\nexporters:\n  backlog:",
	"      exporters: [backlog]\n", "      exporters: [trace_findings, backlog]\n",
).Replace(bConfig) + `    logs/findings:
      receivers: [trace_findings]
      exporters: [backlog]
`

// collector is a running bin/otelcol-backlog.
type collector struct {
	cmd     *exec.Cmd
	proc    *process.Process
	done    chan error
	otlp    string // http://127.0.0.1:port
	metrics string // Prometheus URL
	pprof   string // pprof base URL, "" when off
	health  string
	logPath string

	mu       sync.Mutex
	peakRSS  uint64
	lastRSS  uint64
	stopSamp chan struct{}
	sampDone chan struct{}
}

// config fills a config template for dir with fresh loopback ports.
func config(tpl, dir string, withPprof bool) (text string, ports map[string]int, err error) {
	// free loopback ports, held open together so that they are distinct
	ports = map[string]int{}
	for _, k := range []string{"health", "otlp", "metrics", "http", "pprofport"} {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return "", nil, err
		}
		defer l.Close()
		ports[k] = l.Addr().(*net.TCPAddr).Port
	}
	pprofExt, pprofRef := "", ""
	if withPprof {
		pprofExt = fmt.Sprintf("  pprof:\n    endpoint: 127.0.0.1:%d\n", ports["pprofport"])
		pprofRef = ", pprof"
	}
	r := strings.NewReplacer("{health}", strconv.Itoa(ports["health"]), "{otlp}", strconv.Itoa(ports["otlp"]),
		"{metrics}", strconv.Itoa(ports["metrics"]), "{http}", strconv.Itoa(ports["http"]),
		"{dir}", dir, "{pprof}", pprofExt, "{pprofext}", pprofRef)
	return r.Replace(tpl), ports, nil
}

// startCollector writes the config to dir, starts the binary, samples its
// RSS every 100 ms from then on, and waits until the health check answers.
func startCollector(bin, dir, tpl string, withPprof bool) (*collector, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	text, ports, err := config(tpl, dir, withPprof)
	if err != nil {
		return nil, err
	}
	cfgPath := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfgPath, []byte(text), 0o644); err != nil {
		return nil, err
	}
	logPath := filepath.Join(dir, "collector.log")
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "--config", cfgPath)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, err
	}
	c := &collector{cmd: cmd, done: make(chan error, 1), logPath: logPath,
		otlp:     fmt.Sprintf("http://127.0.0.1:%d", ports["otlp"]),
		metrics:  fmt.Sprintf("http://127.0.0.1:%d/metrics", ports["metrics"]),
		health:   fmt.Sprintf("http://127.0.0.1:%d/", ports["health"]),
		stopSamp: make(chan struct{}), sampDone: make(chan struct{})}
	if withPprof {
		c.pprof = fmt.Sprintf("http://127.0.0.1:%d/debug/pprof", ports["pprofport"])
	}
	go func() { c.done <- cmd.Wait(); logf.Close() }()
	if c.proc, err = process.NewProcess(int32(cmd.Process.Pid)); err != nil {
		c.stop()
		return nil, err
	}
	go c.sample()
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(c.health)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return c, nil
			}
		}
		select {
		case err := <-c.done:
			c.done <- err
			return nil, fmt.Errorf("collector exited at start (%v); log %s:\n%s", err, logPath, tailFile(logPath, 3000))
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			c.stop()
			return nil, fmt.Errorf("collector not healthy within 60s; log %s", logPath)
		}
	}
}

func (c *collector) sample() {
	defer close(c.sampDone)
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		if mi, err := c.proc.MemoryInfo(); err == nil {
			c.mu.Lock()
			c.lastRSS = mi.RSS
			c.peakRSS = max(c.peakRSS, mi.RSS)
			c.mu.Unlock()
		}
		select {
		case <-c.stopSamp:
			return
		case <-t.C:
		}
	}
}

// rss returns the peak (of the 100 ms samples since start) and the last
// sampled resident set size.
func (c *collector) rss() (peak, last uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.peakRSS, c.lastRSS
}

// cpuSeconds is the process's user + system CPU time so far.
func (c *collector) cpuSeconds() (float64, error) {
	t, err := c.proc.Times()
	if err != nil {
		return 0, err
	}
	return t.User + t.System, nil
}

// stop ends the collector gracefully (SIGINT), killing it after 60 s.
func (c *collector) stop() {
	select {
	case <-c.stopSamp:
	default:
		close(c.stopSamp)
		<-c.sampDone
	}
	if c.cmd.ProcessState != nil {
		return
	}
	_ = c.cmd.Process.Signal(os.Interrupt)
	select {
	case err := <-c.done:
		c.done <- err
	case <-time.After(60 * time.Second):
		_ = c.cmd.Process.Kill()
		c.done <- <-c.done
	}
}

// metricsNamed sums every series of each named metric in the collector's
// Prometheus exposition (counters carry a _total suffix there).
func (c *collector) metricsNamed(ctx context.Context, names ...string) (map[string]float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.metrics, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", c.metrics, resp.Status)
	}
	return sumMetrics(resp.Body, names...)
}

// sumMetrics reads the Prometheus text exposition format and sums the
// samples of each wanted metric (name, or name_total for counters) over
// all label sets.
func sumMetrics(r io.Reader, names ...string) (map[string]float64, error) {
	want := map[string]string{}
	out := map[string]float64{}
	for _, n := range names {
		want[n] = n
		want[n+"_total"] = n
		out[n] = 0
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		end := strings.IndexAny(line, "{ ")
		if end < 0 {
			continue
		}
		n, ok := want[line[:end]]
		if !ok {
			continue
		}
		rest := line[end:]
		if rest[0] == '{' {
			rb := strings.LastIndexByte(rest, '}')
			if rb < 0 {
				return nil, fmt.Errorf("malformed sample %q", line)
			}
			rest = rest[rb+1:]
		}
		fields := strings.Fields(rest)
		if len(fields) == 0 {
			return nil, fmt.Errorf("malformed sample %q", line)
		}
		v, err := strconv.ParseFloat(fields[0], 64)
		if err != nil {
			return nil, fmt.Errorf("malformed sample %q: %v", line, err)
		}
		out[n] += v
	}
	return out, sc.Err()
}

func tailFile(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}
