// Package e2e runs the real distribution binary (bin/otelcol-backlog, built
// by `make build`) end to end. `make e2e` (part of `make test`) sets
// OTELCOL_BACKLOG_BIN; without it the tests skip.
package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// binary returns the distribution binary or skips the test.
func binary(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("OTELCOL_BACKLOG_BIN")
	if bin == "" {
		t.Skip("OTELCOL_BACKLOG_BIN is not set: run `make e2e` (or `make test`), which builds bin/otelcol-backlog first")
	}
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("OTELCOL_BACKLOG_BIN=%s: %v", bin, err)
	}
	return bin
}

// repoRoot is the project root (the parent of this package's directory).
func repoRoot(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Dir(wd)
}

// freePort returns a free TCP port on 127.0.0.1.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// collector is a running distribution process.
type collector struct {
	cmd    *exec.Cmd
	stderr *strings.Builder
	done   chan error
}

// startCollector starts the binary on the config text (written to dir),
// with extra command-line arguments.
func startCollector(t *testing.T, dir, config string, args ...string) *collector {
	t.Helper()
	cfgPath := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfgPath, []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(binary(t), append([]string{"--config", cfgPath}, args...)...)
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	cmd.Stdout = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &collector{cmd: cmd, stderr: &stderr, done: make(chan error, 1)}
	go func() { c.done <- cmd.Wait() }()
	t.Cleanup(func() {
		c.stop(t)
		if t.Failed() {
			t.Logf("collector output:\n%s", tail(stderr.String(), 4000))
		}
	})
	return c
}

// stop ends the process gracefully (SIGINT), killing it after 30 s.
func (c *collector) stop(t *testing.T) {
	if c.cmd.ProcessState != nil {
		return
	}
	_ = c.cmd.Process.Signal(os.Interrupt)
	select {
	case <-c.done:
	case <-time.After(30 * time.Second):
		_ = c.cmd.Process.Kill()
		<-c.done
	}
}

// kill ends the process with SIGKILL, as a crash would.
func (c *collector) kill() {
	_ = c.cmd.Process.Kill()
	<-c.done
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

// waitFor polls cond every 200 ms until it holds or the deadline passes. The
// deadline bounds the test; it is not a speed assertion.
func waitFor(t *testing.T, c *collector, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		select {
		case err := <-c.done:
			c.done <- err
			t.Fatalf("collector exited while waiting for %s: %v", what, err)
		case <-time.After(200 * time.Millisecond):
		}
	}
	t.Fatalf("timed out after %s waiting for %s", within, what)
}

func TestComponentsListed(t *testing.T) {
	out, err := exec.CommandContext(context.Background(), binary(t), "components").CombinedOutput()
	if err != nil {
		t.Fatalf("components: %v\n%s", err, out)
	}
	for _, name := range []string{
		"otlp", "file_log",
		"fingerprint", "batch", "memory_limiter", "resource", "transform", "filter",
		"backlog", "debug", "otlp_grpc", "otlp_http", "file", "load_balancing",
		"file_storage", "health_check", "pprof", "zpages",
	} {
		if !strings.Contains(string(out), "name: "+name+"\n") {
			t.Errorf("component %q missing from `components`:\n%s", name, out)
		}
	}
}

// readRecords parses the file exporter's JSON lines into flat log records.
func readRecords(t *testing.T, path string) []map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []map[string]string
	r := bufio.NewReader(f)
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 && line[len(line)-1] == '\n' {
			var doc struct {
				ResourceLogs []struct {
					ScopeLogs []struct {
						LogRecords []struct {
							Body       struct{ StringValue string } `json:"body"`
							Attributes []struct {
								Key   string `json:"key"`
								Value struct {
									StringValue string `json:"stringValue"`
								} `json:"value"`
							} `json:"attributes"`
						} `json:"logRecords"`
					} `json:"scopeLogs"`
				} `json:"resourceLogs"`
			}
			if jerr := json.Unmarshal(line, &doc); jerr != nil {
				t.Fatalf("file exporter line: %v", jerr)
			}
			for _, rl := range doc.ResourceLogs {
				for _, sl := range rl.ScopeLogs {
					for _, lr := range sl.LogRecords {
						m := map[string]string{"body": lr.Body.StringValue}
						for _, a := range lr.Attributes {
							m[a.Key] = a.Value.StringValue
						}
						out = append(out, m)
					}
				}
			}
		}
		if err != nil {
			return out
		}
	}
}

func TestLogsFingerprintedEndToEnd(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(dir, "in.log")
	lines := []string{
		"Connection to 10.0.0.1:5432 failed after 3 retries",
		"Connection to 10.0.0.7:5432 failed after 5 retries",
		"User 4411 logged in",
		"User 912 logged in",
		"\xff\xfe binary \x00 junk",
		"",
	}
	if err := os.WriteFile(input, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	output := filepath.Join(dir, "out.json")
	health := freePort(t)
	config := fmt.Sprintf(`
receivers:
  file_log:
    include: [%q]
    start_at: beginning
processors:
  fingerprint:
exporters:
  file:
    path: %q
    flush_interval: 100ms
extensions:
  health_check:
    endpoint: 127.0.0.1:%d
service:
  extensions: [health_check]
  telemetry:
    metrics:
      level: none
  pipelines:
    logs:
      receivers: [file_log]
      processors: [fingerprint]
      exporters: [file]
`, input, output, health)
	c := startCollector(t, dir, config)
	var recs []map[string]string
	waitFor(t, c, 60*time.Second, "5 records in the file exporter's output", func() bool {
		recs = readRecords(t, output)
		return len(recs) >= 5
	})
	ids := map[string]string{}
	for _, r := range recs {
		if r["body"] == "" {
			continue
		}
		if r["fingerprint.id"] == "" || len(r["fingerprint.id"]) != 16 {
			t.Errorf("record %q: fingerprint.id = %q, want 16 hex digits", r["body"], r["fingerprint.id"])
		}
		if r["log.record.template"] == "" {
			t.Errorf("record %q: no log.record.template", r["body"])
		}
		ids[r["body"]] = r["fingerprint.id"]
	}
	if ids[lines[0]] != ids[lines[1]] {
		t.Errorf("same failure family, different ids: %q vs %q", ids[lines[0]], ids[lines[1]])
	}
	if ids[lines[2]] != ids[lines[3]] {
		t.Errorf("same family, different ids: %q vs %q", ids[lines[2]], ids[lines[3]])
	}
	if ids[lines[0]] == ids[lines[2]] {
		t.Errorf("different families share id %q", ids[lines[0]])
	}
}
