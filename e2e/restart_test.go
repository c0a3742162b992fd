package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// backlogDoc is the part of backlog.json the restart test compares.
type backlogDoc struct {
	GeneratedAt time.Time     `json:"generated_at"`
	EventTime   time.Time     `json:"event_time"`
	Items       []backlogItem `json:"items"`
	Watchlist   []backlogItem `json:"watchlist"`
	Problems    []struct {
		ID      string   `json:"id"`
		Members []string `json:"members"`
	} `json:"problems"`
	Stats struct {
		Clusters int64 `json:"clusters"`
		Events   int64 `json:"events"`
	} `json:"stats"`
}

type backlogItem struct {
	Fingerprint string `json:"fingerprint"`
	Kind        string `json:"kind"`
	Template    string `json:"template"`
	Count       int64  `json:"count"`
	FirstSeen   string `json:"first_seen"`
	LastSeen    string `json:"last_seen"`
	Trend       []int  `json:"trend"`
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

	input := filepath.Join(dir, "app.log")
	sample, err := os.ReadFile(filepath.Join(root, "testdata", "sample", "app.log"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(input, sample, 0o644); err != nil {
		t.Fatal(err)
	}
	backlogDir := filepath.Join(dir, "backlog")
	backlogJSON := filepath.Join(backlogDir, "backlog.json")
	otlp := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	config := fmt.Sprintf(`
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
