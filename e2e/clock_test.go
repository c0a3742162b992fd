package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
)

// otlpLog is one log record of postLogs; ts is timeUnixNano as OTLP/JSON
// carries it (a decimal string, any uint64).
type otlpLog struct {
	service, body, errType string
	ts                     string
	traceID                string // hex, optional
}

// postLogs sends the records as one OTLP/HTTP JSON request.
func postLogs(t *testing.T, endpoint string, recs []otlpLog) {
	t.Helper()
	var rls []any
	for _, r := range recs {
		rls = append(rls, map[string]any{
			"resource": map[string]any{"attributes": []any{
				map[string]any{"key": "service.name", "value": map[string]any{"stringValue": r.service}},
			}},
			"scopeLogs": []any{map[string]any{"logRecords": []any{map[string]any{
				"timeUnixNano":   r.ts,
				"traceId":        r.traceID,
				"severityNumber": 17,
				"severityText":   "ERROR",
				"body":           map[string]any{"stringValue": r.body},
				"attributes": []any{
					map[string]any{"key": "exception.type", "value": map[string]any{"stringValue": r.errType}},
				},
			}}}},
		})
	}
	body, err := json.Marshal(map[string]any{"resourceLogs": rls})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post("http://"+endpoint+"/v1/logs", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("POST /v1/logs: %s", resp.Status)
	}
}

// failures is n ERROR records per service over the last n seconds, each in
// its own trace (requests): repeated in several traces, a failure passes
// the backlog's repeatability gate (a burst within one minute and without
// traces stays on the watchlist).
func failures(services []string, n int, at time.Time) []otlpLog {
	var out []otlpLog
	for _, svc := range services {
		for i := 0; i < n; i++ {
			out = append(out, otlpLog{
				service: svc, errType: "TimeoutError",
				body:    fmt.Sprintf("call to %s-db timed out after %d ms", svc, 1000+i),
				ts:      fmt.Sprint(at.Add(-time.Duration(n-i) * time.Second).UnixNano()),
				traceID: fmt.Sprintf("%016x%016x", at.UnixNano(), uint64(len(out)+1)),
			})
		}
	}
	return out
}

type clockItem struct {
	Fingerprint string `json:"fingerprint"`
	Gate        string `json:"gate"`
	Problem     struct {
		ID string `json:"id"`
	} `json:"problem"`
	Members []struct {
		Fingerprint string `json:"fingerprint"`
	} `json:"members"`
	Service   string    `json:"service"`
	State     string    `json:"state"`
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
}

// key is the item's ticket key: its problem id for a problem item.
func (it clockItem) key() string {
	if len(it.Members) > 0 && it.Problem.ID != "" {
		return it.Problem.ID
	}
	return it.Fingerprint
}

type clockDoc struct {
	GeneratedAt time.Time   `json:"generated_at"`
	EventTime   time.Time   `json:"event_time"`
	Items       []clockItem `json:"items"`
	Watchlist   []clockItem `json:"watchlist"`
}

// TestFutureRecordClosesNoTicket is issue #9 point 2 through the binary: a
// live backlog with open GitHub issues and close_resolved: true receives one
// log record dated 2200-01-01 and one dated 2^64-1 ns. Before the fix the
// backlog's clock jumped to 2200, every item resolved and every issue was
// closed within a flush, also after a restart, and a real outage sent
// afterwards was resolved at once. Now no item changes state, no issue is
// closed (nor after a crash and restart), and the outage is ticketed.
func TestFutureRecordClosesNoTicket(t *testing.T) {
	binary(t) // skips without OTELCOL_BACKLOG_BIN
	const token = "e2e-token"
	gh := fake.NewGitHub()
	gh.SetToken("Bearer " + token)
	t.Cleanup(gh.Close)
	dir := t.TempDir()
	otlp := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	config := trackersConfig(dir, otlp, gh.URL(), token, "", "")
	config = strings.Replace(config, "          max_writes_per_sync: 100\n", "          max_writes_per_sync: 100\n          close_resolved: true\n", 1)
	if !strings.Contains(config, "close_resolved: true") {
		t.Fatal("close_resolved not set in the config")
	}
	backlogJSON := filepath.Join(dir, "backlog", "backlog.json")
	read := func() (d clockDoc, ok bool) {
		data, err := os.ReadFile(backlogJSON)
		if err != nil {
			return d, false
		}
		if err := json.Unmarshal(data, &d); err != nil {
			t.Fatalf("%s does not parse: %v", backlogJSON, err)
		}
		return d, true
	}
	openIssues := func() (open, closed int) {
		for _, is := range gh.Issues() {
			if is.State == "open" {
				open++
			} else {
				closed++
			}
		}
		return open, closed
	}
	states := func(d clockDoc) map[string]string {
		m := map[string]string{}
		for _, it := range append(d.Items, d.Watchlist...) {
			m[it.Fingerprint] = it.State
		}
		return m
	}

	t.Cleanup(func() {
		if d, ok := read(); ok && t.Failed() {
			for _, l := range [][]clockItem{d.Items, d.Watchlist} {
				for _, it := range l {
					t.Logf("item %s key %s (%d members) %s %s %s", it.Fingerprint, it.key(), len(it.Members), it.Service, it.State, it.Gate)
				}
			}
			for _, is := range gh.Issues() {
				t.Logf("issue #%d %s %v", is.Number, is.State, is.Labels)
			}
			writes := 0
			for _, r := range gh.Requests() {
				if r.Method != "GET" {
					writes++
				}
			}
			t.Logf("%d writes to the tracker", writes)
		}
	})
	c := startCollector(t, dir, config)
	waitListening(t, c, otlp)
	services := []string{"cart", "payment", "shipping", "catalog"}
	postLogs(t, otlp, failures(services, 10, time.Now()))
	var before clockDoc
	waitStable(t, c, gh, nil, 60*time.Second, 2*time.Second, "an open issue for every item", func() bool {
		d, ok := read()
		if !ok || len(d.Items) < len(services) {
			return false
		}
		tickets := ghTickets(t, gh)
		for _, it := range d.Items {
			if len(tickets[it.key()]) == 0 {
				return false
			}
		}
		before = d
		return true
	})
	openBefore, _ := openIssues()
	t.Logf("before: %d items, %d open issues, event_time %s", len(before.Items), openBefore, before.EventTime)

	// The hostile records, on a known failure and on a new one.
	sent := time.Now()
	postLogs(t, otlp, []otlpLog{
		{service: "cart", errType: "TimeoutError", body: "call to cart-db timed out after 1000 ms", ts: fmt.Sprint(time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano())},
		{service: "cart", errType: "TimeoutError", body: "call to cart-db timed out after 1001 ms", ts: "18446744073709551615"},
		{service: "ledger", errType: "ClockError", body: "ledger entry written in the future", ts: fmt.Sprint(time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano())},
	})
	check := func(what string) {
		t.Helper()
		var d clockDoc
		waitFor(t, c, 30*time.Second, "four flushes "+what, func() bool {
			var ok bool
			d, ok = read()
			return ok && d.GeneratedAt.After(sent.Add(2*time.Second))
		})
		now := time.Now()
		if d.EventTime.After(now) {
			t.Errorf("%s: event_time %s is ahead of the wall clock", what, d.EventTime)
		}
		after := states(d)
		for fp, st := range states(before) {
			if after[fp] == "resolved" {
				t.Errorf("%s: %s (%s before) is resolved", what, fp, st)
			}
		}
		for _, it := range append(d.Items, d.Watchlist...) {
			if it.LastSeen.After(now.Add(5*time.Minute)) || it.FirstSeen.Year() < 2000 {
				t.Errorf("%s: %s seen from %s to %s", what, it.Fingerprint, it.FirstSeen, it.LastSeen)
			}
		}
		if open, closed := openIssues(); closed > 0 || open < openBefore {
			t.Errorf("%s: %d issues open, %d closed; want %d open, none closed", what, open, closed, openBefore)
		}
	}
	check("after the records dated 2200 and 2^64-1")

	// Crash and restart on the same state.
	c.kill()
	c = startCollector(t, dir, config)
	waitListening(t, c, otlp)
	sent = time.Now()
	check("after a crash and restart")

	// A real outage afterwards is ticketed, and stays open.
	postLogs(t, otlp, failures([]string{"checkout"}, 10, time.Now()))
	waitStable(t, c, gh, nil, 60*time.Second, 2*time.Second, "an open issue for the checkout outage", func() bool {
		d, ok := read()
		if !ok {
			return false
		}
		for _, it := range d.Items {
			if it.Service == "checkout" && it.State != "resolved" {
				for _, is := range gh.Issues() {
					if is.State == "open" && strings.Contains(is.Body, it.Fingerprint) {
						return true
					}
				}
			}
		}
		return false
	})
	c.stop(t)
	if !strings.Contains(c.stderr.String(), "Restored clusters") {
		t.Errorf("the restart did not restore the clusters:\n%s", tail(c.stderr.String(), 4000))
	}
}
