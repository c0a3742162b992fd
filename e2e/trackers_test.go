package e2e

import (
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
)

// nezhaCase is the fault case replayed by the tracker test: the smallest
// `exception` case of the Nezha TrainTicket set (about 1.8k log records and
// 3.9k spans, 10 ranked items).
const nezhaCase = "2023-01-29_1020_ts-travel-service_exception"

// nezhaCaseDir returns the case directory under ../shared/data, or skips.
func nezhaCaseDir(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "..", "shared", "data", "nezha-trainticket", name)
	for _, f := range []string{"logs.jsonl.gz", "traces.jsonl.gz"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Skipf("the Nezha TrainTicket data set is not available (%v): this test needs ../shared/data/nezha-trainticket/%s next to the repository", err, name)
		}
	}
	return dir
}

// replayBinary returns bin/replay next to the distribution binary, or builds
// cmd/replay into a temporary directory.
func replayBinary(t *testing.T) string {
	t.Helper()
	next := filepath.Join(filepath.Dir(binary(t)), "replay")
	if fi, err := os.Stat(next); err == nil && !fi.IsDir() {
		return next
	}
	out := filepath.Join(t.TempDir(), "replay")
	cmd := exec.Command("go", "build", "-o", out, "./cmd/replay")
	cmd.Dir = repoRoot(t)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/replay: %v\n%s", err, b)
	}
	return out
}

// waitListening waits until something accepts TCP connections on addr.
func waitListening(t *testing.T, c *collector, addr string) {
	t.Helper()
	waitFor(t, c, 60*time.Second, "the collector to listen on "+addr, func() bool {
		conn, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			return false
		}
		conn.Close()
		return true
	})
}

// replayFiles sends OTLP JSON traces and/or logs files with the replay tool.
func replayFiles(t *testing.T, tool, endpoint, traces, logs string) {
	t.Helper()
	args := []string{"-endpoint", endpoint}
	if traces != "" {
		args = append(args, "-traces", traces)
	}
	if logs != "" {
		args = append(args, "-logs", logs)
	}
	out, err := exec.Command(tool, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("replay %v: %v\n%s", args, err, out)
	}
	t.Logf("%s", strings.TrimSpace(string(out)))
}

// ghTicket is what the test compares of a fake GitHub issue.
type ghTicket struct {
	number int
	body   string
	count  int // "Occurrences: N" in the body, -1 when absent
}

var occurrencesRE = regexp.MustCompile(`Occurrences: (\d+)`)

// ghTickets groups the fake's issues by marker label ("fp:<key>": a
// problem id or a fingerprint).
func ghTickets(t *testing.T, g *fake.GitHub) map[string][]ghTicket {
	t.Helper()
	out := map[string][]ghTicket{}
	for _, is := range g.Issues() {
		n := -1
		if m := occurrencesRE.FindStringSubmatch(is.Body); m != nil {
			n, _ = strconv.Atoi(m[1])
		}
		marked := false
		for _, l := range is.Labels {
			if fp, ok := strings.CutPrefix(l, "fp:"); ok {
				out[fp] = append(out[fp], ghTicket{number: is.Number, body: is.Body, count: n})
				marked = true
			}
		}
		if !marked {
			t.Errorf("issue #%d %q has no fp: marker label (labels %v)", is.Number, is.Title, is.Labels)
		}
	}
	return out
}

// signature summarizes the fakes' state so that polls can detect changes; w
// may be nil.
func signature(g *fake.GitHub, w *fake.Webhook) string {
	var b strings.Builder
	for _, is := range g.Issues() {
		fmt.Fprintf(&b, "%d|%s|%v|%s\n", is.Number, is.State, is.Labels, is.Body)
	}
	if w != nil {
		fmt.Fprintf(&b, "webhook events: %d\n", len(w.Events()))
	}
	return b.String()
}

// waitStable waits until cond holds and the trackers' state has not changed
// for `quiet` (several flush intervals).
func waitStable(t *testing.T, c *collector, g *fake.GitHub, w *fake.Webhook, within, quiet time.Duration, what string, cond func() bool) {
	t.Helper()
	last, since := "", time.Now()
	waitFor(t, c, within, what, func() bool {
		s := signature(g, w)
		if s != last {
			last, since = s, time.Now()
			return false
		}
		return cond() && time.Since(since) >= quiet
	})
}

// webhookCreates counts the POSTs of `created` events per fingerprint among
// reqs (re-deliveries included, the receiver's de-duplication aside).
func webhookCreates(t *testing.T, reqs []fake.Request) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, r := range reqs {
		if r.Header.Get("X-Backlog-Event") != "created" {
			continue
		}
		var p struct {
			Fingerprint string `json:"fingerprint"`
		}
		if err := json.Unmarshal(r.Body, &p); err != nil {
			t.Fatalf("webhook body: %v", err)
		}
		out[p.Fingerprint]++
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// trackersConfig is the collector of the tracker tests: OTLP/HTTP on otlp,
// fingerprint and backlog exporter (500 ms flushes) with file_storage under
// dir, a GitHub sink on ghURL (owner acme, repo trainticket) and, when whURL
// is set, a webhook sink on whURL/hook. Rate limits are off; the fakes are
// local.
func trackersConfig(dir, otlp, ghURL, token, whURL, secret string) string {
	webhook := ""
	if whURL != "" {
		webhook = fmt.Sprintf(`      webhook:
        - endpoint: %s/hook
          secret: %s
          writes_per_second: 0
          max_writes_per_sync: 100
          group_wait: 1s # tickets within the test's waits; the default (30s) is measured by TestHarnessBinaryParity
`, whURL, secret)
	}
	return fmt.Sprintf(`
extensions:
  file_storage:
    directory: %q
    create_directory: true
receivers:
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
    scoring:
      gates:
        # The case's failures begin with its data and the tests replay it
        # twice: the first replay would hold them as failing since the data
        # began, the second judge them against the first. These tests are
        # about tickets surviving crashes.
        hold_unseen_onset: false
    trackers:
      github:
        - endpoint: %s
          owner: acme
          repo: trainticket
          token: %s
          writes_per_second: 0
          reads_per_second: 0
          max_writes_per_sync: 100
          group_wait: 1s # tickets within the test's waits; the default (30s) is measured by TestHarnessBinaryParity
%sservice:
  extensions: [file_storage]
  telemetry:
    metrics:
      level: none
  pipelines:
    logs:
      receivers: [otlp]
      processors: [fingerprint]
      exporters: [backlog]
    traces:
      receivers: [otlp]
      processors: [fingerprint]
      exporters: [backlog]
`, filepath.Join(dir, "storage"), otlp, filepath.Join(dir, "backlog"), ghURL, token, webhook)
}

// TestTrackersSurviveCrash replays a Nezha fault case into the collector with
// a GitHub sink (fake GitHub) and a webhook sink (fake receiver), kills the
// collector with SIGKILL once the tickets are stable, starts it again on the
// same file_storage directory and replays the case again: the same tickets
// are kept, none is duplicated, and their bodies are updated with the new
// counts.
func TestTrackersSurviveCrash(t *testing.T) {
	binary(t) // skips without OTELCOL_BACKLOG_BIN
	caseDir := nezhaCaseDir(t, nezhaCase)
	tool := replayBinary(t)

	const token = "e2e-token"
	gh := fake.NewGitHub()
	gh.SetToken("Bearer " + token)
	t.Cleanup(gh.Close)
	const secret = "e2e-secret"
	wh := fake.NewWebhook(secret)
	t.Cleanup(wh.Close)

	dir := t.TempDir()
	otlp := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	config := trackersConfig(dir, otlp, gh.URL(), token, wh.URL(), secret)
	traces := filepath.Join(caseDir, "traces.jsonl.gz")
	logs := filepath.Join(caseDir, "logs.jsonl.gz")

	// First life: replay, wait for the tickets to exist and settle.
	start := time.Now()
	c := startCollector(t, dir, config)
	waitListening(t, c, otlp)
	replayFiles(t, tool, "http://"+otlp, traces, logs)
	backlogJSON := filepath.Join(dir, "backlog", "backlog.json")
	waitStable(t, c, gh, wh, 60*time.Second, 2*time.Second, "an issue and a webhook event for every ranked item, settled", func() bool {
		doc, ok := readBacklog(t, backlogJSON)
		if !ok || len(doc.Items) == 0 {
			return false
		}
		issues, created := ghTickets(t, gh), map[string]bool{}
		for _, ev := range wh.Events() {
			if fp, _ := ev.Payload["fingerprint"].(string); ev.Type == "created" {
				created[fp] = true
			}
		}
		for _, it := range doc.Items {
			if len(issues[it.key()]) == 0 || !created[it.key()] {
				return false
			}
		}
		return true
	})
	before := ghTickets(t, gh)
	eventsBefore := len(wh.Events())
	createsBefore := webhookCreates(t, wh.Requests())
	t.Logf("first run: %d issues, %d webhook events after %s", len(gh.Issues()), eventsBefore, time.Since(start).Round(time.Millisecond))
	for fp, ts := range before {
		if len(ts) != 1 {
			t.Fatalf("before the crash: fingerprint %s has %d issues, want 1", fp, len(ts))
		}
		if ts[0].count <= 0 {
			t.Fatalf("before the crash: issue #%d has no occurrence count in its body:\n%s", ts[0].number, ts[0].body)
		}
	}

	// Crash, restart on the same storage, replay the same case again.
	c.kill()
	ghMark, whMark := len(gh.Requests()), len(wh.Requests())
	c = startCollector(t, dir, config)
	waitListening(t, c, otlp)
	replayFiles(t, tool, "http://"+otlp, traces, logs)
	replayed := time.Now()
	// Wait until every issue was rewritten, or, when some never are (the
	// assertions below then say which), for 10 s: 20 flush intervals.
	waitStable(t, c, gh, wh, 60*time.Second, 2*time.Second, "the issues to be updated after the restart and settle", func() bool {
		if time.Since(replayed) > 10*time.Second {
			return true
		}
		after := ghTickets(t, gh)
		for fp, ts := range before {
			if a := after[fp]; len(a) == 0 || a[0].body == ts[0].body {
				return false
			}
		}
		return true
	})
	t.Logf("whole test until the second settle: %s", time.Since(start).Round(time.Millisecond))

	after := ghTickets(t, gh)
	if got, want := sortedKeys(after), sortedKeys(before); !slices.Equal(got, want) {
		t.Errorf("fingerprints with an issue changed across the crash:\n before %v\n after  %v", want, got)
	}
	for _, fp := range sortedKeys(after) {
		ts := after[fp]
		if len(ts) != 1 {
			nums := []int{}
			for _, x := range ts {
				nums = append(nums, x.number)
			}
			t.Errorf("fingerprint %s has %d issues %v, want exactly 1", fp, len(ts), nums)
			continue
		}
		b, ok := before[fp]
		if !ok {
			continue
		}
		if ts[0].number != b[0].number {
			t.Errorf("fingerprint %s: issue #%d before the crash, #%d after", fp, b[0].number, ts[0].number)
		}
		t.Logf("fingerprint %s, issue #%d: %d occurrences before the crash, %d after the second replay", fp, ts[0].number, b[0].count, ts[0].count)
		if ts[0].count <= b[0].count {
			t.Errorf("fingerprint %s (issue #%d): occurrences %d before the second replay, %d after; want more", fp, ts[0].number, b[0].count, ts[0].count)
		}
	}
	var posts, patches int
	for _, r := range gh.Requests()[ghMark:] {
		switch {
		case r.Method == "POST" && strings.HasSuffix(r.Path, "/issues"):
			posts++
		case r.Method == "PATCH":
			patches++
		}
	}
	if posts != 0 {
		for _, is := range gh.Issues() {
			t.Logf("issue #%d %s %q\n%s", is.Number, is.State, is.Title, is.Body)
		}
		t.Errorf("after the restart the sink created %d issues, want 0 (all fingerprints already had one)", posts)
	}
	if patches < len(before) {
		t.Errorf("after the restart the sink sent %d PATCH requests, want at least one per issue (%d)", patches, len(before))
	}

	// The webhook: one accepted `created` event per fingerprint, the same
	// fingerprints as GitHub, no `created` re-sent after the restart, and
	// `updated` events for the new counts.
	created := map[string]int{}
	updatedAfter := map[string]int{}
	for i, ev := range wh.Events() {
		fp, _ := ev.Payload["fingerprint"].(string)
		switch ev.Type {
		case "created":
			created[fp]++
		case "updated":
			if i >= eventsBefore {
				updatedAfter[fp]++
			}
		}
	}
	for fp, n := range created {
		if n != 1 {
			t.Errorf("webhook: %d created events for %s, want 1", n, fp)
		}
	}
	if got, want := sortedKeys(created), sortedKeys(after); !slices.Equal(got, want) {
		t.Errorf("webhook created events and GitHub issues disagree:\n webhook %v\n github  %v", got, want)
	}
	if again := webhookCreates(t, wh.Requests()[whMark:]); len(again) > 0 {
		t.Errorf("webhook: created events re-sent after the restart (state lost?): %v (before the crash: %v)", again, createsBefore)
	}
	for _, fp := range sortedKeys(created) {
		if updatedAfter[fp] == 0 {
			t.Errorf("webhook: no updated event for %s after the second replay", fp)
		}
	}
}

// TestTrackerCrashDuringCreate kills the collector while GitHub has created
// an issue but not yet answered (the fake processes the create, then hangs),
// so the collector never learned the issue's number. After the restart on
// the same storage, with no new input, the sink must find that issue by its
// marker label and adopt it rather than open a second one, then open the
// remaining issues from the restored clusters.
func TestTrackerCrashDuringCreate(t *testing.T) {
	binary(t) // skips without OTELCOL_BACKLOG_BIN
	caseDir := nezhaCaseDir(t, nezhaCase)
	tool := replayBinary(t)

	const token = "e2e-token"
	gh := fake.NewGitHub()
	gh.SetToken("Bearer " + token)
	t.Cleanup(gh.Close)
	gh.Inject(fake.Fault{Method: "POST", Path: "/issues", Mode: fake.HangAfter, Times: -1})

	dir := t.TempDir()
	otlp := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	config := trackersConfig(dir, otlp, gh.URL(), token, "", "")
	c := startCollector(t, dir, config)
	waitListening(t, c, otlp)
	replayFiles(t, tool, "http://"+otlp, filepath.Join(caseDir, "traces.jsonl.gz"), filepath.Join(caseDir, "logs.jsonl.gz"))
	waitFor(t, c, 60*time.Second, "a create to reach the fake GitHub", func() bool { return len(gh.Issues()) > 0 })
	time.Sleep(300 * time.Millisecond) // the create hangs; nothing else can be written meanwhile
	hung := ghTickets(t, gh)
	if len(hung) != 1 {
		t.Fatalf("%d issues before the crash, want the 1 whose create hangs: %v", len(hung), sortedKeys(hung))
	}
	hungFP := sortedKeys(hung)[0]
	c.kill()
	gh.ClearFaults()
	mark := len(gh.Requests())

	c = startCollector(t, dir, config)
	backlogJSON := filepath.Join(dir, "backlog", "backlog.json")
	var ranked []string
	waitStable(t, c, gh, nil, 60*time.Second, 2*time.Second, "an issue for every ranked item after the restart, settled", func() bool {
		doc, ok := readBacklog(t, backlogJSON)
		if !ok || len(doc.Items) == 0 {
			return false
		}
		issues := ghTickets(t, gh)
		ranked = ranked[:0]
		for _, it := range doc.Items {
			ranked = append(ranked, it.key())
			if len(issues[it.key()]) == 0 {
				return false
			}
		}
		return true
	})

	after := ghTickets(t, gh)
	t.Logf("issue #%d (%s) was created while the collector crashed; after the restart: %d issues for %d ranked items", hung[hungFP][0].number, hungFP, len(after), len(ranked))
	for _, fp := range sortedKeys(after) {
		if n := len(after[fp]); n != 1 {
			t.Errorf("fingerprint %s has %d issues, want exactly 1", fp, n)
		}
	}
	if a := after[hungFP]; len(a) == 0 || a[0].number != hung[hungFP][0].number {
		t.Errorf("the issue created during the crash (#%d, %s) was not adopted: now %v", hung[hungFP][0].number, hungFP, a)
	}
	for _, r := range gh.Requests()[mark:] {
		if r.Method == "POST" && strings.HasSuffix(r.Path, "/issues") && strings.Contains(string(r.Body), `"fp:`+hungFP+`"`) {
			t.Errorf("after the restart the sink created another issue for %s: %s", hungFP, r.Body)
		}
	}
	if a := after[hungFP]; len(a) == 1 && a[0].count <= 0 {
		t.Errorf("the adopted issue #%d was not given a rendered body:\n%s", a[0].number, a[0].body)
	}
}
