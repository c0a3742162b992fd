package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// docProblem is a problem of backlog.json, as the e2e tests read it.
type docProblem struct {
	ID      string   `json:"id"`
	Anchor  string   `json:"anchor"`
	Members []string `json:"members"`
	Reasons []string `json:"reasons"`
}

// backlogDoc is the part of backlog.json the restart test compares.
type backlogDoc struct {
	GeneratedAt time.Time     `json:"generated_at"`
	EventTime   time.Time     `json:"event_time"`
	Items       []backlogItem `json:"items"`
	Watchlist   []backlogItem `json:"watchlist"`
	Problems    []docProblem  `json:"problems"`
	Stats       struct {
		Clusters int64 `json:"clusters"`
		Events   int64 `json:"events"`
		// Redelivered counts the copies deduplicate_redelivered recognised.
		Redelivered int64 `json:"records_redelivered"`
	} `json:"stats"`
}

type backlogItem struct {
	Fingerprint string `json:"fingerprint"`
	Title       string `json:"title"`
	Problem     struct {
		ID string `json:"id"`
	} `json:"problem"`
	Members []struct {
		Fingerprint string `json:"fingerprint"`
		Role        string `json:"role"`
		Kind        string `json:"kind"`
		Service     string `json:"service"`
		Count       int64  `json:"count"`
	} `json:"members"`
	Kind         string `json:"kind"`
	Service      string `json:"service"`
	Owner        string `json:"owner"`
	NewInRelease string `json:"new_in_release"`
	Template     string `json:"template"`
	Count        int64  `json:"count"`
	FirstSeen    string `json:"first_seen"`
	LastSeen     string `json:"last_seen"`
	Trend        []int  `json:"trend"`
	Gate         string `json:"gate"`
}

// key is the item's ticket key (the trackers' marker): its problem id for
// a problem item, else its fingerprint.
func (it backlogItem) key() string {
	if len(it.Members) > 0 && it.Problem.ID != "" {
		return it.Problem.ID
	}
	return it.Fingerprint
}

// readBacklog parses backlog.json; ok is false while it does not exist. A
// file that exists but does not parse fails the test: the exporter writes it
// atomically, so a reader never sees a partial file.
func readBacklog(t *testing.T, path string) (doc backlogDoc, ok bool) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		return doc, false
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s does not parse (a torn write?): %v", path, err)
	}
	return doc, true
}

// clusters maps every fingerprint of the items and the watchlist to its
// item (a fingerprint is in one list only).
func (d backlogDoc) clusters() map[string]backlogItem {
	out := map[string]backlogItem{}
	for _, l := range [][]backlogItem{d.Items, d.Watchlist} {
		for _, it := range l {
			out[it.Fingerprint] = it
		}
	}
	return out
}

// sampleOperators are the file_log operators of testdata/run/config.yaml,
// which turn the sample's JSON lines into log records.
const sampleOperators = `
    operators:
      - type: json_parser
        timestamp:
          parse_from: attributes.ts
          layout_type: gotime
          layout: "2006-01-02T15:04:05.000Z07:00"
        severity:
          parse_from: attributes.level
      - type: trace_parser
        trace_id:
          parse_from: attributes.trace_id
        span_id:
          parse_from: attributes.span_id
      - type: move
        from: attributes.service
        to: resource["service.name"]
      - type: move
        from: attributes.version
        to: resource["service.version"]
      - type: move
        from: attributes.env
        to: resource["deployment.environment.name"]
      - type: move
        from: attributes.msg
        to: body
      - type: move
        if: attributes.user != nil
        from: attributes.user
        to: attributes["enduser.id"]
      - type: move
        if: attributes.tenant != nil
        from: attributes.tenant
        to: attributes["tenant.id"]
      - type: remove
        field: attributes.ts
      - type: remove
        field: attributes.level
      - type: remove
        if: attributes.trace_id != nil
        field: attributes.trace_id
      - type: remove
        if: attributes.span_id != nil
        field: attributes.span_id`

// restartConfig is the collector of the restart tests: file_log on input
// (the sample's operators) and OTLP/HTTP on otlp, fingerprint with
// file_storage, backlog exporter writing to backlogDir with file_storage;
// both flush every 500 ms.
func restartConfig(dir, input, otlp, backlogDir string) string {
	return fmt.Sprintf(`
extensions:
  file_storage:
    directory: %q
    create_directory: true
receivers:
  file_log:
    include: [%q]
    start_at: beginning%s
  otlp:
    protocols:
      http:
        endpoint: %s
processors:
  fingerprint:
    storage: file_storage
    snapshot_interval: 500ms
exporters:
  backlog:
    flush_interval: 500ms
    directory: %q
    storage: file_storage
service:
  extensions: [file_storage]
  telemetry:
    metrics:
      level: none
  pipelines:
    logs:
      receivers: [file_log, otlp]
      processors: [fingerprint]
      exporters: [backlog]
    traces:
      receivers: [otlp]
      processors: [fingerprint]
      exporters: [backlog]
`, filepath.Join(dir, "storage"), input, sampleOperators, otlp, backlogDir)
}

// TestBacklogSurvivesCrash feeds the bundled sample (app.log through
// file_log, traces.json through OTLP/HTTP) into the backlog exporter with
// file_storage, waits for backlog.json to hold the settled clusters, kills
// the collector with SIGKILL, empties the input and starts it again on the
// same storage directory: the first flush after the restart holds the same
// clusters with the same counts, restored from storage.
func TestBacklogSurvivesCrash(t *testing.T) {
	binary(t) // skips without OTELCOL_BACKLOG_BIN
	tool := replayBinary(t)
	root := repoRoot(t)
	dir := t.TempDir()

	input := copySampleLog(t, root, dir)
	backlogDir := filepath.Join(dir, "backlog")
	backlogJSON := filepath.Join(backlogDir, "backlog.json")
	otlp := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	config := restartConfig(dir, input, otlp, backlogDir)

	// First life: logs and traces in, wait until the clusters settle.
	start := time.Now()
	c := startCollector(t, dir, config)
	waitListening(t, c, otlp)
	replayFiles(t, tool, "http://"+otlp, filepath.Join(root, "testdata", "sample", "traces.json"), "")
	var before backlogDoc
	last, since := "", time.Now()
	waitFor(t, c, 60*time.Second, "backlog.json to hold log and span clusters that stay unchanged for 2 s", func() bool {
		doc, ok := readBacklog(t, backlogJSON)
		if !ok || len(doc.Items) == 0 {
			return false
		}
		kinds := map[string]bool{}
		var b strings.Builder
		for _, fp := range sortedKeys(doc.clusters()) {
			it := doc.clusters()[fp]
			kinds[it.Kind] = true
			fmt.Fprintf(&b, "%s=%d ", fp, it.Count)
		}
		fmt.Fprintf(&b, "events=%d clusters=%d", doc.Stats.Events, doc.Stats.Clusters)
		if s := b.String(); s != last {
			last, since = s, time.Now()
			return false
		}
		before = doc
		return kinds["log"] && len(kinds) > 1 && time.Since(since) >= 2*time.Second // logs and spans (error, latency, retry)
	})
	t.Logf("first run settled after %s: %d items, %d watched, %d clusters, %d events",
		time.Since(start).Round(time.Millisecond), len(before.Items), len(before.Watchlist), before.Stats.Clusters, before.Stats.Events)

	// Crash; the input is now empty (file_log has no storage here, so a
	// full file would be read again from the beginning).
	c.kill()
	killed := time.Now()
	if err := os.WriteFile(input, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	c = startCollector(t, dir, config)
	var after backlogDoc
	waitFor(t, c, 60*time.Second, "the first flush after the restart", func() bool {
		doc, ok := readBacklog(t, backlogJSON)
		if !ok || !doc.GeneratedAt.After(killed) {
			return false
		}
		after = doc
		return true
	})
	t.Logf("restarted and flushed %s after the kill", time.Since(killed).Round(time.Millisecond))

	// Every cluster is back with its count. The first run had settled for
	// several flush intervals before the kill, so nothing may be missing.
	bc, ac := before.clusters(), after.clusters()
	if got, want := sortedKeys(ac), sortedKeys(bc); !slices.Equal(got, want) {
		t.Errorf("fingerprints after the restart differ:\n before %v\n after  %v", want, got)
	}
	for fp, b := range bc {
		a, ok := ac[fp]
		if !ok {
			continue
		}
		if a.Count != b.Count {
			t.Errorf("%s (%s): count %d before the crash, %d after the restart", fp, b.Template, b.Count, a.Count)
		}
		if a.Kind != b.Kind || a.Template != b.Template || a.FirstSeen != b.FirstSeen || a.LastSeen != b.LastSeen {
			t.Errorf("%s: cluster changed across the restart:\n before %+v\n after  %+v", fp, b, a)
		}
		if !slices.Equal(a.Trend, b.Trend) {
			t.Errorf("%s: trend changed across the restart:\n before %v\n after  %v", fp, b.Trend, a.Trend)
		}
	}
	if after.Stats.Clusters != before.Stats.Clusters {
		t.Errorf("stats.clusters: %d before the crash, %d after the restart", before.Stats.Clusters, after.Stats.Clusters)
	}
	if !after.EventTime.Equal(before.EventTime) {
		t.Errorf("event_time: %s before the crash, %s after the restart", before.EventTime, after.EventTime)
	}
	problems := func(d backlogDoc) []string {
		var out []string
		for _, p := range d.Problems {
			out = append(out, p.ID+":"+strings.Join(p.Members, ","))
		}
		slices.Sort(out)
		return out
	}
	if got, want := problems(after), problems(before); !slices.Equal(got, want) {
		t.Errorf("problems changed across the restart:\n before %v\n after  %v", want, got)
	}

	// The state was restored, not rebuilt, and nothing was found corrupted.
	c.stop(t)
	out := c.stderr.String()
	for _, want := range []string{"Restored clusters", "Restored fingerprint state"} {
		if !strings.Contains(out, want) {
			t.Errorf("collector log after the restart lacks %q", want)
		}
	}
	for _, bad := range []string{"unreadable", "starting fresh", "Cannot persist", "Cannot snapshot", "Cannot write backlog files"} {
		if strings.Contains(out, bad) {
			t.Errorf("collector log after the restart has %q:\n%s", bad, tail(out, 4000))
		}
	}
	if _, err := os.Stat(filepath.Join(backlogDir, "backlog.md")); err != nil {
		t.Errorf("backlog.md: %v", err)
	}
}

// TestBacklogCrashMidIngestion kills the collector with SIGKILL while the
// sample's log lines are still being appended to the file_log input, then
// restarts it on the same storage with an empty input: at most the last
// flush interval is lost. Every cluster of a backlog.json written two flush
// intervals before the kill is restored with at least its count there, and
// no count exceeds what was written (nothing is counted twice).
func TestBacklogCrashMidIngestion(t *testing.T) {
	binary(t) // skips without OTELCOL_BACKLOG_BIN
	root := repoRoot(t)
	dir := t.TempDir()
	sample, err := os.ReadFile(filepath.Join(root, "testdata", "sample", "app.log"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(sample), "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	input := filepath.Join(dir, "app.log")
	if err := os.WriteFile(input, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	backlogDir := filepath.Join(dir, "backlog")
	backlogJSON := filepath.Join(backlogDir, "backlog.json")
	config := restartConfig(dir, input, fmt.Sprintf("127.0.0.1:%d", freePort(t)), backlogDir)
	c := startCollector(t, dir, config)

	// Append the sample in 30 chunks, one every 150 ms (about 4.5 s).
	const chunks, every = 30, 150 * time.Millisecond
	stop, done := make(chan struct{}), make(chan struct{})
	var stopOnce sync.Once
	stopWriter := func() { stopOnce.Do(func() { close(stop) }); <-done }
	var written, failures int // lines and WARN/ERROR lines written; read after done
	go func() {
		defer close(done)
		f, err := os.OpenFile(input, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer f.Close()
		per := (len(lines) + chunks - 1) / chunks
		for i := 0; i < len(lines); i += per {
			select {
			case <-stop:
				return
			case <-time.After(every):
			}
			chunk := lines[i:min(i+per, len(lines))]
			if _, err := f.WriteString(strings.Join(chunk, "")); err != nil {
				return
			}
			written += len(chunk)
			for _, l := range chunk {
				if strings.Contains(l, `"level":"WARN"`) || strings.Contains(l, `"level":"ERROR"`) {
					failures++
				}
			}
		}
	}()
	t.Cleanup(stopWriter)

	// Watch backlog.json; kill 1.5 s after it first holds items.
	var history []backlogDoc
	var first time.Time
	waitFor(t, c, 60*time.Second, "backlog.json with items, then 1.5 s more", func() bool {
		if doc, ok := readBacklog(t, backlogJSON); ok && len(doc.Items) > 0 {
			if len(history) == 0 || !doc.GeneratedAt.Equal(history[len(history)-1].GeneratedAt) {
				history = append(history, doc)
			}
			if first.IsZero() {
				first = time.Now()
			}
		}
		return !first.IsZero() && time.Since(first) >= 1500*time.Millisecond
	})
	c.kill()
	killed := time.Now()
	stopWriter()
	if written == len(lines) {
		t.Logf("all %d lines were written before the kill (slow machine?): the crash did not interrupt the input", written)
	}

	// The reference: the last backlog.json seen that was generated 400 ms
	// or more before the kill. The flush that wrote it persisted the same
	// clusters right after writing the file, so they must all come back: at
	// most the last flush interval (plus those 400 ms) is lost.
	var ref *backlogDoc
	for i := range history {
		if history[i].GeneratedAt.Before(killed.Add(-400 * time.Millisecond)) {
			ref = &history[i]
		}
	}
	if ref == nil {
		t.Fatalf("no backlog.json generated 400 ms before the kill was seen (seen %d versions)", len(history))
	}
	lastSeen := history[len(history)-1]

	if err := os.WriteFile(input, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	c = startCollector(t, dir, config)
	var after backlogDoc
	waitFor(t, c, 60*time.Second, "the first flush after the restart", func() bool {
		doc, ok := readBacklog(t, backlogJSON)
		if !ok || !doc.GeneratedAt.After(killed) {
			return false
		}
		after = doc
		return true
	})

	ac := after.clusters()
	var refTotal, lastTotal, restored int64
	for fp, r := range ref.clusters() {
		refTotal += r.Count
		a, ok := ac[fp]
		switch {
		case !ok:
			t.Errorf("%s (%s, count %d %s before the kill) is missing after the restart", fp, r.Template, r.Count, killed.Sub(ref.GeneratedAt).Round(time.Millisecond))
		case a.Count < r.Count:
			t.Errorf("%s (%s): count %d %s before the kill, %d after the restart: more than a flush interval lost", fp, r.Template, r.Count, killed.Sub(ref.GeneratedAt).Round(time.Millisecond), a.Count)
		}
	}
	for _, l := range lastSeen.clusters() {
		lastTotal += l.Count
	}
	var restoredLogs int64
	for _, a := range ac {
		restored += a.Count
		if a.Kind == "log" {
			restoredLogs += a.Count
		}
	}
	if restoredLogs > int64(failures) {
		t.Errorf("restored log clusters count %d events, but only %d WARN/ERROR lines were written: counted twice?", restoredLogs, failures)
	}
	t.Logf("wrote %d/%d lines (%d WARN/ERROR) before the kill; counts: %d in the reference (%s before the kill), %d in the last backlog.json seen, %d restored",
		written, len(lines), failures, refTotal, killed.Sub(ref.GeneratedAt).Round(time.Millisecond), lastTotal, restored)

	c.stop(t)
	out := c.stderr.String()
	if !strings.Contains(out, "Restored clusters") {
		t.Errorf("collector log after the restart lacks %q", "Restored clusters")
	}
	for _, bad := range []string{"unreadable", "starting fresh"} {
		if strings.Contains(out, bad) {
			t.Errorf("collector log after the restart has %q:\n%s", bad, tail(out, 4000))
		}
	}
}

// copySampleLog copies testdata/sample/app.log into dir (the file_log input
// of a test collector) and returns the copy's path.
func copySampleLog(t *testing.T, root, dir string) string {
	t.Helper()
	sample, err := os.ReadFile(filepath.Join(root, "testdata", "sample", "app.log"))
	if err != nil {
		t.Fatal(err)
	}
	input := filepath.Join(dir, "app.log")
	if err := os.WriteFile(input, sample, 0o644); err != nil {
		t.Fatal(err)
	}
	return input
}
