package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
)

// TestLineageOneTicketThroughTheBinary: one failure family whose lines
// differ by a word (the payment provider) gets one fingerprint.id per word
// from the processor (ids are stateless), while the processor's miner
// writes one template for all of them; the built collector's backlog shows
// one item with the other ids merged into it, and the fake GitHub has one
// open ticket for it (any ticket opened before the fold is closed as a
// duplicate).
func TestLineageOneTicketThroughTheBinary(t *testing.T) {
	binary(t) // skips without OTELCOL_BACKLOG_BIN
	const token = "e2e-token"
	gh := fake.NewGitHub()
	gh.SetToken("Bearer " + token)
	t.Cleanup(gh.Close)

	dir := t.TempDir()
	input := filepath.Join(dir, "app.log")
	providers := []string{"stripe", "adyen", "paypal", "braintree", "klarna", "worldpay"}
	var b strings.Builder
	t0 := time.Now().Add(-3 * time.Minute).UTC()
	for round := 0; round < 4; round++ {
		for i, p := range providers {
			line, err := json.Marshal(map[string]string{
				"ts":      t0.Add(time.Duration(round*len(providers)+i) * 5 * time.Second).Format("2006-01-02T15:04:05.000Z07:00"),
				"level":   "ERROR",
				"service": "payments",
				"user":    fmt.Sprint("user-", round*7+i),
				"msg":     fmt.Sprintf("Payment for order %d declined by provider %s: card issuer unavailable", 4100+round*31+i*7, p),
			})
			if err != nil {
				t.Fatal(err)
			}
			b.Write(line)
			b.WriteByte('\n')
		}
	}
	if err := os.WriteFile(input, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	config := fmt.Sprintf(`
receivers:
  file_log:
    include: [%q]
    start_at: beginning
    operators:
      - type: json_parser
        timestamp:
          parse_from: attributes.ts
          layout_type: gotime
          layout: "2006-01-02T15:04:05.000Z07:00"
        severity:
          parse_from: attributes.level
      - type: move
        from: attributes.service
        to: resource["service.name"]
      - type: move
        from: attributes.msg
        to: body
      - type: move
        from: attributes.user
        to: attributes["enduser.id"]
      - type: remove
        field: attributes.ts
      - type: remove
        field: attributes.level
processors:
  fingerprint:
exporters:
  backlog:
    flush_interval: 500ms
    directory: %q
    scoring:
      gates:
        min_windows: 1
        hold_unseen_onset: false
    trackers:
      github:
        - endpoint: %s
          owner: acme
          repo: shop
          token: %s
          writes_per_second: 0
          reads_per_second: 0
          group_wait: 1s
service:
  telemetry:
    metrics:
      level: none
  pipelines:
    logs:
      receivers: [file_log]
      processors: [fingerprint]
      exporters: [backlog]
`, input, filepath.Join(dir, "backlog"), gh.URL(), token)
	c := startCollector(t, dir, config)
	backlogJSON := filepath.Join(dir, "backlog", "backlog.json")
	var item backlogItem
	var merged []string
	waitFor(t, c, 60*time.Second, "one item for the payments family with the other ids merged into it, and its ticket", func() bool {
		data, err := os.ReadFile(backlogJSON)
		if err != nil {
			return false
		}
		var doc struct {
			Items []struct {
				Fingerprint string   `json:"fingerprint"`
				Service     string   `json:"service"`
				MergedFrom  []string `json:"merged_from"`
				Count       int64    `json:"count"`
			} `json:"items"`
		}
		if json.Unmarshal(data, &doc) != nil {
			return false
		}
		n := 0
		for _, it := range doc.Items {
			if it.Service == "payments" {
				n++
				item.Fingerprint, item.Count, merged = it.Fingerprint, it.Count, it.MergedFrom
			}
		}
		open := 0
		for _, i := range gh.Issues() {
			if i.State == "open" {
				open++
			}
		}
		return n == 1 && len(merged) == len(providers)-1 && item.Count == int64(4*len(providers)) && open == 1
	})
	c.stop(t)
	for _, i := range gh.Issues() {
		if i.State != "open" && i.StateReason != "duplicate" {
			t.Errorf("issue #%d closed as %q, want only duplicates closed", i.Number, i.StateReason)
		}
	}
	t.Logf("item %s: %d records, merged from %v; %d issues", item.Fingerprint, item.Count, merged, len(gh.Issues()))
}
