package e2e

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// plantedSecrets reads testdata/secrets: log lines that each embed one
// credential (planted.txt) and the credentials (secrets.txt).
func plantedSecrets(t *testing.T) (lines, secrets []string) {
	t.Helper()
	read := func(name string) []string {
		data, err := os.ReadFile(filepath.Join(repoRoot(t), "testdata", "secrets", name))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, l := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "#") {
				out = append(out, strings.ReplaceAll(l, `\n`, "\n"))
			}
		}
		return out
	}
	return read("planted.txt"), read("secrets.txt")
}

// otlpLogs is an OTLP/JSON logs request: one ERROR record per body.
func otlpLogs(t *testing.T, service string, bodies []string, at time.Time) []byte {
	type kv = map[string]any
	var recs []kv
	for i, b := range bodies {
		recs = append(recs, kv{
			"timeUnixNano":   fmt.Sprint(at.Add(time.Duration(i) * time.Millisecond).UnixNano()),
			"severityNumber": 17,
			"severityText":   "ERROR",
			"body":           kv{"stringValue": b},
		})
	}
	data, err := json.Marshal(kv{"resourceLogs": []kv{{
		"resource":  kv{"attributes": []kv{{"key": "service.name", "value": kv{"stringValue": service}}}},
		"scopeLogs": []kv{{"logRecords": recs}},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// otlpErrorSpan is an OTLP/JSON traces request: one failed server span with
// a status message and an exception event.
func otlpErrorSpan(t *testing.T, service, status, excMessage string, at time.Time) []byte {
	type kv = map[string]any
	str := func(k, v string) kv { return kv{"key": k, "value": kv{"stringValue": v}} }
	data, err := json.Marshal(kv{"resourceSpans": []kv{{
		"resource": kv{"attributes": []kv{str("service.name", service)}},
		"scopeSpans": []kv{{"spans": []kv{{
			"traceId":           "5b8efff798038103d269b633813fc60c",
			"spanId":            "eee19b7ec3c1b174",
			"name":              "POST /login",
			"kind":              2,
			"startTimeUnixNano": fmt.Sprint(at.UnixNano()),
			"endTimeUnixNano":   fmt.Sprint(at.Add(20 * time.Millisecond).UnixNano()),
			"attributes":        []kv{str("http.route", "/login")},
			"status":            kv{"code": 2, "message": status},
			"events": []kv{{
				"name":         "exception",
				"timeUnixNano": fmt.Sprint(at.Add(10 * time.Millisecond).UnixNano()),
				"attributes":   []kv{str("exception.type", "AuthError"), str("exception.message", excMessage)},
			}},
		}}}},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func post(t *testing.T, url string, body []byte) {
	t.Helper()
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(resp.Body)
		t.Fatalf("POST %s: %s %s", url, resp.Status, msg)
	}
}

func get(t *testing.T, url string) []byte {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s %v", url, resp.Status, err)
	}
	return data
}

// withGunzipped is data followed by every gzip stream found in it,
// decompressed (the backlog exporter stores its cluster snapshot gzipped).
func withGunzipped(data []byte) []byte {
	out := append([]byte(nil), data...)
	for i := 0; ; i++ {
		k := bytes.Index(data[i:], []byte{0x1f, 0x8b, 0x08})
		if k < 0 {
			return out
		}
		i += k
		if zr, err := gzip.NewReader(bytes.NewReader(data[i:])); err == nil {
			zr.Multistream(false)
			plain, _ := io.ReadAll(zr)
			out = append(out, plain...)
		}
	}
}

// TestSecretsNeverReachOutputs sends the planted-secrets corpus as logs, and
// a failed span with a credential in its status message and exception
// message, through the distribution (OTLP/HTTP -> fingerprint with
// file_storage -> backlog with file_storage, files and web page; a file
// exporter shows the log.record.template attributes). After a flush and a
// shutdown no planted credential is in a template attribute, backlog.json,
// backlog.md, /api/backlog, the web page, or any file under the storage
// directory (bbolt files read as raw bytes, gzip streams in them
// decompressed).
func TestSecretsNeverReachOutputs(t *testing.T) {
	binary(t) // skips without OTELCOL_BACKLOG_BIN
	lines, secrets := plantedSecrets(t)
	spanStatus := "upstream rejected Authorization: Bearer abcdefghijklmnopqrstuvwxyzABCDEF"
	spanException := "login failed password=correcthorsebatterystaple"
	dir := t.TempDir()
	storage, backlogDir := filepath.Join(dir, "storage"), filepath.Join(dir, "backlog")
	attrsOut := filepath.Join(dir, "records.json")
	otlp, web := freePort(t), freePort(t)
	config := fmt.Sprintf(`
extensions:
  file_storage:
    directory: %q
    create_directory: true
receivers:
  otlp:
    protocols:
      http:
        endpoint: 127.0.0.1:%d
processors:
  fingerprint:
    storage: file_storage
    snapshot_interval: 500ms
exporters:
  backlog:
    flush_interval: 500ms
    directory: %q
    storage: file_storage
    http:
      endpoint: 127.0.0.1:%d
  file:
    path: %q
    flush_interval: 100ms
service:
  extensions: [file_storage]
  telemetry:
    metrics:
      level: none
  pipelines:
    logs:
      receivers: [otlp]
      processors: [fingerprint]
      exporters: [backlog, file]
    traces:
      receivers: [otlp]
      processors: [fingerprint]
      exporters: [backlog]
`, storage, otlp, backlogDir, web, attrsOut)
	c := startCollector(t, dir, config)
	waitListening(t, c, fmt.Sprintf("127.0.0.1:%d", otlp))
	waitListening(t, c, fmt.Sprintf("127.0.0.1:%d", web))

	now := time.Now().Add(-time.Minute)
	for round := 0; round < 2; round++ {
		post(t, fmt.Sprintf("http://127.0.0.1:%d/v1/logs", otlp), otlpLogs(t, "api", lines, now.Add(time.Duration(round)*time.Second)))
	}
	post(t, fmt.Sprintf("http://127.0.0.1:%d/v1/traces", otlp), otlpErrorSpan(t, "api", spanStatus, spanException, now))

	want := int64(2*len(lines) + 1)
	api := fmt.Sprintf("http://127.0.0.1:%d/api/backlog", web)
	var doc struct {
		Items, Watchlist []struct{ Kind, Template string }
		Stats            map[string]int64
	}
	waitFor(t, c, 90*time.Second, fmt.Sprintf("%d events in /api/backlog", want), func() bool {
		doc.Stats = nil
		_ = json.Unmarshal(get(t, api), &doc)
		return doc.Stats["events"] >= want
	})
	outputs := map[string][]byte{
		"/api/backlog": get(t, api),
		"web page":     get(t, fmt.Sprintf("http://127.0.0.1:%d/", web)),
	}
	c.stop(t) // the last flush and snapshots
	if c.cmd.ProcessState == nil || !c.cmd.ProcessState.Success() {
		t.Fatalf("collector did not shut down cleanly: %v\n%s", c.cmd.ProcessState, tail(c.stderr.String(), 4000))
	}

	for _, name := range []string{"backlog.json", "backlog.md"} {
		data, err := os.ReadFile(filepath.Join(backlogDir, name))
		if err != nil {
			t.Fatal(err)
		}
		outputs[name] = data
	}
	var stored []byte
	err := filepath.WalkDir(storage, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(storage, path)
		outputs["storage/"+rel] = withGunzipped(data)
		stored = append(stored, outputs["storage/"+rel]...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var templates []string
	for _, r := range readRecords(t, attrsOut) {
		templates = append(templates, r["log.record.template"])
	}
	if len(templates) != 2*len(lines) {
		t.Fatalf("file exporter wrote %d records, want %d", len(templates), 2*len(lines))
	}
	outputs["log.record.template attributes"] = []byte(strings.Join(templates, "\n"))

	// The outputs are the right ones: the span's cluster and the miner's
	// templates are there, and the exporter's snapshot was decompressed.
	if !bytes.Contains(outputs["backlog.json"], []byte(`"kind": "error"`)) {
		t.Errorf("backlog.json has no span (error) item")
	}
	if !bytes.Contains(stored, []byte("request rejected: password=")) || !bytes.Contains(stored, []byte("LTPL")) || !bytes.Contains(stored, []byte(`"clusters"`)) {
		t.Errorf("the storage directory does not hold the processor's templates and the exporter's decompressed snapshot")
	}
	for _, s := range secrets {
		for name, data := range outputs {
			if bytes.Contains(data, []byte(s)) {
				t.Errorf("%s holds the planted secret %q", name, s)
			}
		}
	}
}
