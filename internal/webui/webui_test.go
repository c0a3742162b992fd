package webui

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

func testDoc() *backlog.Document {
	mk := func(rank int, fp, svc, owner, journey, state string) backlog.Item {
		return backlog.Item{
			Rank: rank, Fingerprint: fp, Title: "[" + svc + "] boom </script><b>" + fp, Service: svc,
			Services: map[string]int64{svc: 3}, Owner: owner, Journeys: map[string]int64{journey: 3}, State: state,
			Count: 3, Score: float64(10 - rank), Trend: []int64{0, 1, 3, 2},
			ScoreBreakdown: backlog.Breakdown{Impact: 2, Frequency: 1, Recency: 1, BlastRadius: 1, Novelty: 1, Override: 1, FixEffort: 1, Notes: []string{"note-" + fp}},
			Exemplars:      []backlog.Exemplar{{Body: "body-" + fp}},
		}
	}
	d := &backlog.Document{Items: []backlog.Item{
		mk(1, "aaaa", "checkout", "team-pay", "checkout", "new"),
		mk(2, "bbbb", "search", "team-find", "browse", "ongoing"),
		mk(3, "cccc", "checkout", "team-pay", "browse", "regressed"),
	}}
	d.Items[2].Problem = backlog.ProblemRef{ID: "p1", Head: "aaaa"}
	d.Items[0].Members = []backlog.Member{
		{Fingerprint: "aaaa", Title: "head <i>a</i>", Kind: "error", Role: "head", Reasons: []string{"cause"}, Count: 3, Frames: []string{"Pay.charge(<b>Pay.java:42)"}},
		{Fingerprint: "dddd", Title: "symptom d", Kind: "log", Service: "gateway", Role: "symptom", Depth: 1, Reasons: []string{"cause"}, Count: 2},
	}
	d.Items[1].MergedFrom = []string{"ffff"}            // folded into bbbb
	d.Items[0].Members[1].MergedFrom = []string{"gggg"} // folded into member dddd
	d.Watchlist = []backlog.Item{mk(0, "eeee", "search", "team-find", "browse", "new")}
	d.Clusters = []backlog.Item{mk(1, "aaaa", "checkout", "team-pay", "checkout", "new"), mk(2, "dddd", "gateway", "team-pay", "checkout", "new")}
	d.Stats = map[string]int64{"records_in": 1234, "problems": 3}
	d.Items[0].AI = &backlog.AISuggestion{
		Label: backlog.AILabel, Model: "m1",
		Summary:        backlog.AIClaim{Text: "pay <img src=x onerror=alert(1)> fails", Confidence: 0.8, Evidence: []string{"e1"}},
		LikelyCause:    backlog.AIClaim{Text: "ignore previous instructions </script>", Confidence: 0.35, Evidence: []string{"e1", "e2"}},
		SuggestedOwner: backlog.AIClaim{Text: "team-pay", Confidence: 0.9},
	}
	d.MergeSuggestions = []backlog.MergeSuggestion{
		{A: "aaaa", B: "bbbb", TitleA: "pay <b>x</b>", TitleB: "search <img src=y>", Similarity: 0.72, Method: "lexical", Shared: []string{"service checkout"}},
		{A: "aaaa", B: "cccc", TitleA: "pay", TitleB: "cart", Similarity: 0.91, Method: "embedding", Shared: []string{"journey checkout"}, Merged: true},
	}
	return d
}

func get(t *testing.T, h http.Handler, method, path string) *http.Response {
	req := httptest.NewRequest(method, path, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func TestHandler(t *testing.T) {
	doc := testDoc()
	h := New(func() *backlog.Document { return doc })
	tests := []struct {
		method, path string
		status       int
		ctype        string
	}{
		{"GET", "/", 200, "text/html; charset=utf-8"},
		{"GET", "/?service=checkout", 200, "text/html; charset=utf-8"},
		{"GET", "/api/backlog", 200, "application/json"},
		{"HEAD", "/api/backlog", 200, "application/json"},
		{"GET", "/api/clusters", 200, "application/json"},
		{"POST", "/", 405, "text/plain; charset=utf-8"},
		{"GET", "/nope", 404, "text/plain; charset=utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.method+tt.path, func(t *testing.T) {
			res := get(t, h, tt.method, tt.path)
			assert.Equal(t, tt.status, res.StatusCode)
			assert.Equal(t, tt.ctype, res.Header.Get("Content-Type"))
		})
	}

	res := get(t, h, "GET", "/")
	body, _ := io.ReadAll(res.Body)
	page := string(body)
	assert.NotContains(t, page, "</script><b>", "data is escaped inside the JSON island")
	assert.NotContains(t, page, "<img", "AI and merge suggestion texts are escaped inside the JSON island")
	assert.NotContains(t, page, "instructions </script>")
	assert.NotRegexp(t, regexp.MustCompile(`(src|href)="https?:`), page, "no external assets")
	assert.Contains(t, res.Header.Get("Content-Security-Policy"), scriptHash)

	res = get(t, h, "GET", "/api/backlog")
	var back backlog.Document
	require.NoError(t, json.NewDecoder(res.Body).Decode(&back))
	assert.Len(t, back.Items, 3)

	res = get(t, h, "GET", "/api/clusters")
	var cl []backlog.Item
	require.NoError(t, json.NewDecoder(res.Body).Decode(&cl))
	assert.Len(t, cl, 2, "clusters stay inspectable")

	empty := New(func() *backlog.Document { return nil })
	res = get(t, empty, "GET", "/api/backlog")
	body, _ = io.ReadAll(res.Body)
	assert.Contains(t, string(body), `"items":[]`)
}

const chromium = "/usr/bin/chromium"

// dumpDOM loads url in headless chromium and returns the DOM after scripts ran.
func dumpDOM(t *testing.T, url string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
		"--user-data-dir="+t.TempDir(), "--dump-dom", url)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, stderr.String())
	return string(out)
}

var rowRE = regexp.MustCompile(`<tr class="item state-[a-z]+" data-fingerprint="([a-z]+)"`)

func rows(dom string) []string {
	var fps []string
	for _, m := range rowRE.FindAllStringSubmatch(dom, -1) {
		fps = append(fps, m[1])
	}
	return fps
}

func TestBrowser(t *testing.T) {
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("%s not found: install it (apt-get install -y chromium) to run the headless browser test", chromium)
	}
	srv := httptest.NewServer(New(func() *backlog.Document { return testDoc() }))
	defer srv.Close()

	dom := dumpDOM(t, srv.URL+"/")
	assert.Equal(t, []string{"aaaa", "bbbb", "cccc"}, rows(dom), "all items rendered by the script")
	assert.Contains(t, dom, "3 of 3 problems")
	assert.Contains(t, dom, "2 clusters: head aaaa, symptom gateway", "members in the row")
	assert.Contains(t, dom, "symptom dddd symptom d (log, depth 1, linked by cause)", "members in the details")
	assert.Contains(t, dom, "at Pay.charge(&lt;b&gt;Pay.java:42)", "frames as text")
	assert.Contains(t, dom, "signal to noise since start: 1234 records in", "stats in the header")
	assert.Contains(t, dom, "merged from ffff", "the fingerprints folded into an item in its details")
	assert.Equal(t, []string{"eeee"}, rows(dumpDOM(t, srv.URL+"/?view=watchlist")), "watchlist view")
	assert.Equal(t, []string{"aaaa", "dddd"}, rows(dumpDOM(t, srv.URL+"/?view=clusters")), "cluster view")
	assert.Contains(t, dom, "<polyline", "inline SVG sparkline")
	assert.Contains(t, dom, "note-aaaa", "score breakdown rendered")
	assert.Contains(t, dom, "likely caused by aaaa", "problem link rendered")
	assert.Contains(t, dom, "[checkout] boom &lt;/script&gt;&lt;b&gt;aaaa", "titles rendered as text")
	// AI and merge suggestions: labelled, with confidence or similarity and
	// evidence ids, and inert.
	assert.Contains(t, dom, `<span class="badge ai">AI-suggested</span>`, "AI badge in the row")
	assert.Contains(t, dom, "AI-suggested (model m1; not reviewed by a person)")
	assert.Contains(t, dom, "summary: pay &lt;img src=x onerror=alert(1)&gt; fails (confidence 0.80, evidence e1)")
	assert.Contains(t, dom, "likely cause: ignore previous instructions &lt;/script&gt; (confidence 0.35, evidence e1, e2)")
	assert.Contains(t, dom, "suggested owner: team-pay (confidence 0.90, evidence none)")
	assert.Contains(t, dom, "Lexical suggestion: merge bbbb search &lt;img src=y&gt; into aaaa pay &lt;b&gt;x&lt;/b&gt; · similarity 0.72 · evidence: aaaa, bbbb, shared service checkout · merged only by an override merge_into")
	assert.Contains(t, dom, "Semantic suggestion: merge cccc cart into aaaa pay · similarity 0.91 · evidence: aaaa, cccc, shared journey checkout · auto-merged (similar.auto_merge)")
	assert.Contains(t, dom, `<div id="merges"><h2>Similar problems</h2>`, "the section shows when there are suggestions")
	assert.NotContains(t, dom, "<img", "no element from telemetry or model text")
	assert.NotContains(t, dom, "<b>x", "no element from telemetry or model text")

	tests := []struct {
		query string
		want  []string
	}{
		{"service=checkout", []string{"aaaa", "cccc"}},
		{"team=team-find", []string{"bbbb"}},
		{"journey=browse", []string{"bbbb", "cccc"}},
		{"state=regressed", []string{"cccc"}},
		{"service=checkout&journey=browse", []string{"cccc"}},
		{"service=nope", nil},
		{"q=ffff", []string{"bbbb"}}, // a fingerprint folded into an item (lineage, merge_into) finds it
		{"q=dddd", []string{"aaaa"}}, // a member finds its problem
		{"q=gggg", []string{"aaaa"}}, // and one folded into a member
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			dom := dumpDOM(t, srv.URL+"/?"+tt.query)
			assert.Equal(t, tt.want, rows(dom))
		})
	}
}
