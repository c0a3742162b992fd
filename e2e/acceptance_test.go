package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/e2e/acceptance"
)

// accItem is what the acceptance test reads of a backlog item; raw is the
// item's JSON (for what the item shows, e.g. stack frames).
type accItem struct {
	Rank         int    `json:"rank"`
	Fingerprint  string `json:"fingerprint"`
	Title        string `json:"title"`
	Kind         string `json:"kind"`
	Template     string `json:"template"`
	State        string `json:"state"`
	NewInRelease string `json:"new_in_release"`
	Service      string `json:"service"`
	ErrorType    string `json:"error_type"`
	Count        int64  `json:"count"`
	Affected     struct {
		Traces uint64 `json:"traces"`
	} `json:"affected"`
	Score        float64          `json:"score"`
	Dependencies map[string]int64 `json:"dependencies"`
	Exemplars    []struct {
		TraceID string `json:"trace_id"`
	} `json:"exemplars"`
	Problem struct {
		ID     string `json:"id"`
		Head   string `json:"head"`
		IsHead bool   `json:"is_head"`
	} `json:"problem"`
	raw string
}

// accMember is a member cluster of a ranked problem.
type accMember struct {
	Fingerprint string   `json:"fingerprint"`
	Title       string   `json:"title"`
	Kind        string   `json:"kind"`
	Service     string   `json:"service"`
	Role        string   `json:"role"`
	Reasons     []string `json:"reasons"`
	Share       float64  `json:"share"`
	Count       int64    `json:"count"`
	State       string   `json:"state"`
	Frames      []string `json:"frames"`
}

// accProblem is a ranked item of backlog.json: one problem.
type accProblem struct {
	accItem
	Gate    string      `json:"gate"`
	Members []accMember `json:"members"`
}

// accBacklog is what the user sees: the ranked problems and the
// watchlist (backlog.json), and every cluster on its own (/api/clusters).
type accBacklog struct {
	Items     []accProblem
	Watchlist []accProblem
	Clusters  []accItem
}

// problemOf returns the ranked item or watchlist entry holding the cluster
// fp, and whether it is ranked.
func (b *accBacklog) problemOf(fp string) (*accProblem, bool) {
	for i := range b.Items {
		for _, m := range b.Items[i].Members {
			if m.Fingerprint == fp {
				return &b.Items[i], true
			}
		}
	}
	for i := range b.Watchlist {
		for _, m := range b.Watchlist[i].Members {
			if m.Fingerprint == fp {
				return &b.Watchlist[i], false
			}
		}
	}
	return nil, false
}

// problemsOf returns every ranked item or watchlist entry holding the
// cluster fp (a symptom shared by several causes is in each of their
// problems), with the member as that problem shows it.
func (b *accBacklog) problemsOf(fp string) ([]*accProblem, []accMember) {
	var ps []*accProblem
	var ms []accMember
	for _, list := range [][]accProblem{b.Items, b.Watchlist} {
		for i := range list {
			for _, m := range list[i].Members {
				if m.Fingerprint == fp {
					ps, ms = append(ps, &list[i]), append(ms, m)
				}
			}
		}
	}
	return ps, ms
}

// readAccBacklog is the one adapter from the exporter's outputs to what the
// test judges, so the item shape can change in one place.
func readAccBacklog(t *testing.T, path, api string) (*accBacklog, bool) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, false
	}
	var doc struct {
		Items     []json.RawMessage `json:"items"`
		Watchlist []json.RawMessage `json:"watchlist"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b := &accBacklog{}
	for _, list := range []struct {
		raw []json.RawMessage
		out *[]accProblem
	}{{doc.Items, &b.Items}, {doc.Watchlist, &b.Watchlist}} {
		for _, r := range list.raw {
			var it accProblem
			if err := json.Unmarshal(r, &it); err != nil {
				t.Fatalf("%s: item: %v", path, err)
			}
			if err := json.Unmarshal(r, &it.accItem); err != nil {
				t.Fatalf("%s: item: %v", path, err)
			}
			it.raw = string(r)
			*list.out = append(*list.out, it)
		}
	}
	resp, err := http.Get(api + "/api/clusters")
	if err != nil {
		return nil, false
	}
	defer resp.Body.Close()
	var clusters []json.RawMessage
	if err := json.NewDecoder(resp.Body).Decode(&clusters); err != nil {
		return nil, false
	}
	for _, r := range clusters {
		var it accItem
		if err := json.Unmarshal(r, &it); err != nil {
			t.Fatalf("/api/clusters: %v", err)
		}
		it.raw = string(r)
		b.Clusters = append(b.Clusters, it)
	}
	return b, true
}

// accConfig reads testdata/acceptance/<name> and fills in its ${env:...}.
func accConfig(t *testing.T, name string, env map[string]string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "testdata", "acceptance", name))
	if err != nil {
		t.Fatal(err)
	}
	cfg := string(data)
	for k, v := range env {
		cfg = strings.ReplaceAll(cfg, "${env:"+k+"}", v)
	}
	if i := strings.Index(cfg, "${env:"); i >= 0 {
		t.Fatalf("%s: unfilled %s", name, cfg[i:i+30])
	}
	return cfg
}

// family names the items of one failure family.
type family struct {
	name  string
	match func(accItem) bool
	root  string // the root-cause service
}

var currencies = []string{"GBP", "USD", "CHF", "EUR", "JPY", "SEK"}

// TestAcceptanceShop runs the SDK shop (e2e/acceptance) against the binary
// in two shapes: one collector (a), and one agent per service in front of
// a gateway (b). Its assertions are a user's.
func TestAcceptanceShop(t *testing.T) {
	binary(t)
	for _, shape := range []string{"single", "sidecar"} {
		t.Run(shape, func(t *testing.T) { runShop(t, shape) })
	}
}

func runShop(t *testing.T, shape string) {
	dir := t.TempDir()
	gwOTLP := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	backlogDir := filepath.Join(dir, "backlog")
	httpEndpoint := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	api := "http://" + httpEndpoint
	gwDir := filepath.Join(dir, "gateway")
	if err := os.MkdirAll(gwDir, 0o755); err != nil {
		t.Fatal(err)
	}
	gw := startCollector(t, gwDir, accConfig(t, "single.yaml", map[string]string{
		"HEALTH_ENDPOINT": fmt.Sprintf("127.0.0.1:%d", freePort(t)),
		"STORAGE_DIR":     filepath.Join(dir, "storage"),
		"OTLP_ENDPOINT":   gwOTLP,
		"BACKLOG_DIR":     backlogDir,
		"HTTP_ENDPOINT":   httpEndpoint,
	}))
	waitListening(t, gw, gwOTLP)
	endpoints := map[string]string{"frontend": gwOTLP, "checkout": gwOTLP, "payment": gwOTLP}
	if shape == "sidecar" {
		for svc := range endpoints {
			adir := filepath.Join(dir, "agent-"+svc)
			if err := os.MkdirAll(adir, 0o755); err != nil {
				t.Fatal(err)
			}
			ep := fmt.Sprintf("127.0.0.1:%d", freePort(t))
			a := startCollector(t, adir, accConfig(t, "agent.yaml", map[string]string{
				"HEALTH_ENDPOINT":  fmt.Sprintf("127.0.0.1:%d", freePort(t)),
				"OTLP_ENDPOINT":    ep,
				"GATEWAY_ENDPOINT": gwOTLP,
			}))
			waitListening(t, a, ep)
			endpoints[svc] = ep
		}
	}
	ctx := context.Background()
	shop, err := acceptance.Start(ctx, endpoints, "1.4.0")
	if err != nil {
		t.Fatal(err)
	}
	var stopOnce sync.Once
	stopShop := func() {
		stopOnce.Do(func() {
			if err := shop.Stop(ctx); err != nil {
				t.Errorf("shop stop: %v", err)
			}
		})
	}
	t.Cleanup(stopShop)
	n := 0
	perCase := map[string]int{}
	req := func(c string) {
		n++
		perCase[c]++
		// Each path sees every currency in turn (a gateway refusal is the
		// same bug in GBP, USD or CHF).
		cur := currencies[perCase[c]%len(currencies)]
		if _, err := shop.Request(c, cur, fmt.Sprintf("user-%d", n%17)); err != nil {
			t.Fatalf("request %s: %v", c, err)
		}
	}
	// Learning: healthy traffic only.
	for i := 0; i < 40; i++ {
		req(acceptance.CaseOK)
	}
	// The orders database pool runs dry under a burst: every call fails
	// (status Error, no line written) for a while.
	for i := 0; i < 12; i++ {
		req(acceptance.CasePool)
	}
	// Release 1.4.0 in production: every failure kind among healthy calls.
	for i := 0; i < 12; i++ {
		for _, c := range []string{acceptance.CaseGateway, acceptance.CasePanic, acceptance.CaseSlowDB,
			acceptance.CaseRetry, acceptance.CaseTax} {
			req(c)
			req(acceptance.CaseOK)
			req(acceptance.CaseOK)
		}
	}
	// The silent branch: checkout stops reserving stock, without a word.
	for i := 0; i < 10; i++ {
		req(acceptance.CaseSilent)
	}
	path := filepath.Join(backlogDir, "backlog.json")
	var last *accBacklog
	t.Cleanup(func() {
		if t.Failed() && last != nil {
			dumpBacklog(t, last)
		}
	})
	read := func() (*accBacklog, bool) {
		b, ok := readAccBacklog(t, path, api)
		if ok {
			last = b
		}
		return b, ok
	}
	isTax := func(it accItem) bool { return strings.Contains(it.Template, "tax service unavailable") }
	// The tax error's rank when new: its problem's rank, or below every
	// ranked item while the gates hold it on the watchlist.
	var taxRankNew int
	var taxScoreNew float64
	// The problems ranked below the tax error's when it was new: none of
	// them may rank above it when it returns.
	belowTaxNew := map[string]string{}
	waitFor(t, gw, 60*time.Second, "the tax error in the backlog", func() bool {
		b, ok := read()
		if !ok {
			return false
		}
		for _, c := range b.Clusters {
			if !isTax(c) {
				continue
			}
			p, ranked := b.problemOf(c.Fingerprint)
			switch {
			case p == nil:
				return false
			case ranked:
				taxRankNew, taxScoreNew = p.Rank, p.Score
				for _, q := range b.Items {
					if q.Rank > p.Rank {
						belowTaxNew[q.Problem.ID] = q.Title
					}
				}
			default:
				taxRankNew = len(b.Items) + 1
			}
			return true
		}
		return false
	})
	// Release 2.1.0 of payment, with a new bug; the tax error stays away
	// for longer than the quiet period, then comes back.
	if err := shop.Deploy(ctx, "2.1.0"); err != nil {
		t.Fatal(err)
	}
	quietUntil := time.Now().Add(6 * time.Second)
	for time.Now().Before(quietUntil) {
		req(acceptance.CaseFraud)
		req(acceptance.CaseOK)
		req(acceptance.CaseOK)
		time.Sleep(50 * time.Millisecond)
	}
	for i := 0; i < 12; i++ {
		req(acceptance.CaseTax)
		req(acceptance.CaseOK)
	}
	// Healthy traffic keeps event time moving until the findings settle.
	families := []family{
		// Payment's own clusters; the callers' failures (callerFailure)
		// follow their cause, checked below.
		{"gateway error", func(it accItem) bool { return strings.Contains(it.Template, "gateway declined") }, "payment"},
		{"recovered panic", func(it accItem) bool {
			return strings.Contains(it.Template, "panic recovered") || strings.Contains(it.Template, "nil map")
		}, "checkout"},
		// The slow query, named by its dependency (titles name the
		// dependency: a latency item that does not is checked below).
		{"slow database", func(it accItem) bool { return it.Kind == "latency" && strings.Contains(it.Title, "orders-db") }, "checkout"},
		// Payment answers 503 twice per order, checkout retries: the
		// retries are payment's doing.
		{"retries", func(it accItem) bool { return it.Kind == "retry" }, "payment"},
		{"connection pool", func(it accItem) bool { return strings.Contains(it.Template, "connection pool exhausted") }, "checkout"},
		{"silent failure", func(it accItem) bool { return it.Kind == "absence" }, "checkout"},
		{"bad release", func(it accItem) bool { return strings.Contains(it.Template, "fraud check") }, "payment"},
		{"returning error", isTax, "checkout"},
	}
	// The callers' failures of a payment refusal: checkout's and the
	// frontend's 502s and checkout's failed call to payment. The gateway
	// refusal and the bad release's fraud-check error both cause them.
	callerFailure := func(it accItem) bool {
		return it.Service != "payment" && it.Kind == "error" &&
			(strings.Contains(it.Title, "502") || strings.Contains(it.Title, "500") && strings.Contains(it.Title, "to payment"))
	}
	var bl *accBacklog
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := 0
		for {
			select {
			case <-done:
				return
			case <-time.After(150 * time.Millisecond):
				// The tax error keeps returning (every 4th call: within
				// any quiet period), so it stays regressed until every
				// family's finding is in, however late a loaded machine
				// makes the latency verdicts.
				tick++
				c := acceptance.CaseOK
				if tick%4 == 0 {
					c = acceptance.CaseTax
				}
				_, _ = shop.Request(c, "EUR", "user-keepalive")
			}
		}
	}()
	waitFor(t, gw, 120*time.Second, "every failure family in the backlog, the tax error regressed", func() bool {
		var ok bool
		if bl, ok = read(); !ok {
			return false
		}
		for _, f := range families {
			found := false
			for _, c := range bl.Clusters {
				found = found || f.match(c)
			}
			if !found {
				return false
			}
		}
		// backlog.json (the problems) is flushed apart from the live
		// /api/clusters: judge a read where both show the tax error back.
		for _, c := range bl.Clusters {
			if !isTax(c) || c.State != "regressed" {
				continue
			}
			if p, _ := bl.problemOf(c.Fingerprint); p != nil {
				for _, m := range p.Members {
					if m.Fingerprint == c.Fingerprint && m.State == "regressed" {
						return true
					}
				}
			}
		}
		return false
	})
	close(done)
	wg.Wait()
	stopShop()
	// The assertions judge the backlog as it was when every family was
	// there and the tax error had regressed.
	logBacklog(t, shape, bl)
	byFamily := map[string][]accItem{}
	for _, f := range families {
		for _, c := range bl.Clusters {
			if f.match(c) {
				byFamily[f.name] = append(byFamily[f.name], c)
			}
		}
	}

	// One ranked problem per failure family, the root cause at its head.
	familyProblem := map[string]*accProblem{}
	for _, f := range families {
		problems := map[string]*accProblem{}
		for _, c := range byFamily[f.name] {
			if p, _ := bl.problemOf(c.Fingerprint); p != nil {
				problems[p.Fingerprint] = p
				familyProblem[f.name] = p
			}
		}
		if len(problems) != 1 {
			t.Errorf("family %q is %d clusters in %d problems, want one", f.name, len(byFamily[f.name]), len(problems))
		}
		for _, p := range problems {
			if p.Service != f.root {
				t.Errorf("family %q: its problem %q is headed by %s, want the root cause %s", f.name, p.Title, p.Service, f.root)
			}
		}
	}
	// Two families share a problem only through their dependency (the
	// pool and the slow query are one database's trouble): never by
	// shared requests or a shared generic symptom (the recovered panic
	// and the tax error both answer "500: /orders failed").
	for i, f := range families {
		p := familyProblem[f.name]
		if p == nil {
			continue
		}
		for _, g := range families[i+1:] {
			if familyProblem[g.name] != p {
				continue
			}
			for _, m := range p.Members {
				for _, c := range byFamily[f.name] {
					if c.Fingerprint == m.Fingerprint && !slices.Contains(m.Reasons, "dependency") {
						t.Errorf("families %q and %q are one problem %q: %q linked by %v", f.name, g.name, p.Title, m.Title, m.Reasons)
					}
				}
				for _, c := range byFamily[g.name] {
					if c.Fingerprint == m.Fingerprint && !slices.Contains(m.Reasons, "dependency") {
						t.Errorf("families %q and %q are one problem %q: %q linked by %v", f.name, g.name, p.Title, m.Title, m.Reasons)
					}
				}
			}
		}
	}
	// The callers' failures follow their cause, request by request: each
	// is a symptom in the gateway refusal's problem and in the bad
	// release's (and the frontend's 502, which answers every failure of
	// checkout, in the tax error's and the pool's too), with the share of
	// its events each cause explains; the gateway problem counts only the
	// refused requests.
	gwProblem, fraudProblem := familyProblem["gateway error"], familyProblem["bad release"]
	callers := 0
	for _, c := range bl.Clusters {
		if !callerFailure(c) {
			continue
		}
		callers++
		ps, ms := bl.problemsOf(c.Fingerprint)
		in := map[*accProblem]accMember{}
		for i, p := range ps {
			in[p] = ms[i]
		}
		if gwProblem == nil || fraudProblem == nil || in[gwProblem].Fingerprint == "" || in[fraudProblem].Fingerprint == "" {
			var titles []string
			for _, p := range ps {
				titles = append(titles, p.Title)
			}
			t.Errorf("the caller failure %q is in problems %q, want the gateway refusal's and the bad release's among them", c.Title, titles)
			continue
		}
		var sum float64
		for p, m := range in {
			sum += m.Share
			if m.Role != "symptom" || m.Share <= 0 || m.Share >= 1 {
				t.Errorf("the caller failure %q in %q: role %s, share %.2f, want a symptom with a share in (0, 1)", c.Title, p.Title, m.Role, m.Share)
			}
		}
		if sum < 0.99 || sum > 1.01 {
			t.Errorf("the caller failure %q: its shares in %d problems sum to %.3f, want 1", c.Title, len(in), sum)
		}
		if n := in[gwProblem].Count; n > int64(perCase[acceptance.CaseGateway])+1 {
			t.Errorf("the caller failure %q counts %d events in the gateway problem, but %d requests were refused", c.Title, n, perCase[acceptance.CaseGateway])
		}
	}
	if callers == 0 {
		t.Errorf("no caller failure (502) of a payment refusal")
	}
	if gwProblem != nil {
		if n := int64(perCase[acceptance.CaseGateway]) + 1; gwProblem.Count > n || gwProblem.Affected.Traces > uint64(n) {
			t.Errorf("the gateway problem %q counts %d events in %d traces, but %d requests were refused", gwProblem.Title, gwProblem.Count, gwProblem.Affected.Traces, perCase[acceptance.CaseGateway])
		}
	}
	// One gateway refusal in six currencies is one family: the currency
	// is a slot of the message, for the span and the log alike (the code
	// after an amount is a slot of the id: fingerprint.IDForm).
	for _, kind := range []string{"error", "log"} {
		ids := map[string]bool{}
		for _, it := range byFamily["gateway error"] {
			if it.Service == "payment" && it.Kind == kind {
				ids[it.Title] = true
			}
		}
		if len(ids) > 1 {
			t.Errorf("payment's gateway refusal is %d %s clusters (one per currency): %v", len(ids), kind, ids)
		}
	}
	// Error types: a wrapper type is no type, one failure has one type.
	for _, it := range bl.Clusters {
		for _, w := range []string{"wrapError", "errorString", "joinError"} {
			if strings.Contains(it.ErrorType, w) || strings.Contains(it.Title, w) {
				t.Errorf("cluster %q shows the wrapper type %q", it.Title, it.ErrorType)
			}
		}
		if strings.Contains(it.Template, "gateway declined") && it.Service == "payment" && it.ErrorType != "acceptance.GatewayError" {
			t.Errorf("payment's gateway error %q has type %q, want acceptance.GatewayError", it.Title, it.ErrorType)
		}
	}
	// Titles name the operation and the dependency (the slow query's
	// family is found by its dependency's name).
	for _, it := range byFamily["retries"] {
		if !strings.Contains(it.Title, "payment") {
			t.Errorf("retry title %q does not name the dependency payment", it.Title)
		}
	}
	// No false latency cause: only the database call is slow. A server
	// span is often exported in another batch than its database span (an
	// SDK exports a span when it ends); the trace_findings connector
	// judges latency causes with whole traces
	// (traces.latency.attribution: trace), so no handler is blamed for its
	// query's time in either shape.
	for _, it := range byFamily["slow database"] {
		if it.Service != "checkout" || it.Dependencies["orders-db"] == 0 {
			t.Errorf("false latency cause %q (service %s, dependencies %v)", it.Title, it.Service, it.Dependencies)
		}
	}
	// A handler or caller blamed in a trace of the slow query is a false
	// cause: the slow query below it explains its time (the defect of
	// per-batch attribution). Other latency clusters are logged: on a
	// starved machine (e.g. 2 busy loops and 3 concurrent runs on 2 cores,
	// or make test beside other builds) a request's own time or its
	// queueing before a call really grows, the whole trace being seen.
	slowQuery := map[string]bool{}
	for _, it := range byFamily["slow database"] {
		for _, e := range it.Exemplars {
			slowQuery[e.TraceID] = true
		}
	}
	for _, it := range bl.Clusters {
		if it.Kind != "latency" || strings.Contains(it.Title, "orders-db") {
			continue
		}
		shared := false
		for _, e := range it.Exemplars {
			shared = shared || slowQuery[e.TraceID]
		}
		if shared && !strings.Contains(it.Title, "network or queueing") {
			t.Errorf("false latency cause %q (service %s, dependencies %v, %d events) in a trace of the slow query", it.Title, it.Service, it.Dependencies, it.Count)
			continue
		}
		t.Logf("a latency outlier of its own (machine load): %q (service %s, %d events)", it.Title, it.Service, it.Count)
		slow := familyProblem["slow database"]
		if p, ranked := bl.problemOf(it.Fingerprint); ranked && slow != nil && p != slow && p.Rank < slow.Rank {
			t.Errorf("the latency outlier %q (problem %q, #%d) ranks above the slow query's problem (#%d)", it.Title, p.Title, p.Rank, slow.Rank)
		}
	}
	// Stack frames shown: the panic's in-app frame, in the problem that
	// holds it.
	for _, it := range byFamily["recovered panic"] {
		if p, _ := bl.problemOf(it.Fingerprint); p == nil || !strings.Contains(p.raw, "applyCoupon") {
			t.Errorf("problem %q shows no stack frame of its member %q (applyCoupon)", p.Title, it.Title)
		}
	}
	// No silent-failure item for failed calls: the only absence is the
	// reservation line the silent branch stopped writing, counted once per
	// silent call at most (the calls that failed visibly, pool errors,
	// panics, tax errors, wrote no reservation either).
	if n := len(byFamily["silent failure"]); n != 1 {
		t.Errorf("the silent branch is %d silent-failure clusters, want 1", n)
	}
	for _, it := range byFamily["silent failure"] {
		if it.Service != "checkout" || !strings.Contains(it.Template, "reserved") {
			t.Errorf("silent-failure cluster for a failed call: %q (%s)", it.Title, it.Template)
		}
		if it.Count > int64(perCase[acceptance.CaseSilent]) {
			t.Errorf("silent-failure cluster %q counts %d calls, but only %d calls were silent (failed calls or one span counted twice)",
				it.Title, it.Count, perCase[acceptance.CaseSilent])
		}
	}
	// The bad release: the new error is new in 2.1.0.
	for _, it := range byFamily["bad release"] {
		if it.Service == "payment" && it.NewInRelease != "2.1.0" {
			t.Errorf("the fraud-check error %q: new_in_release %q, want 2.1.0", it.Title, it.NewInRelease)
		}
	}
	// The returning error is ranked, and above every problem that is
	// resolved (issue #15: a regressed error ranked under a resolved item).
	// Its rank when new is not the measure: a worse bug (the bad release)
	// came in between.
	for _, it := range byFamily["returning error"] {
		if it.State != "regressed" {
			t.Errorf("the returning tax error %q is %s, want regressed", it.Title, it.State)
		}
		p, ranked := bl.problemOf(it.Fingerprint)
		if p == nil || !ranked {
			t.Errorf("the returning tax error %q is not ranked (watchlist or absent)", it.Title)
			continue
		}
		t.Logf("the returning tax error's problem ranks #%d, score %.2f (#%d, score %.2f when new)", p.Rank, p.Score, taxRankNew, taxScoreNew)
		// It ranks at least as high as when it was new among the
		// problems it competed with then (the bad release is newer).
		for _, q := range bl.Items {
			if title, was := belowTaxNew[q.Problem.ID]; was && q.Rank < p.Rank {
				t.Errorf("the returning tax error's problem %q ranks #%d, under %q (#%d), which ranked below it when it was new (%q)", p.Title, p.Rank, q.Title, q.Rank, title)
			}
		}
		// Its head and title is the record that says what failed (the
		// log's message), not the generic "500: /orders failed" span.
		if !strings.Contains(p.Title, "tax service unavailable") || p.Problem.Head != it.Fingerprint {
			t.Errorf("the returning tax error's problem is titled %q (head %s), want its error log %q (%s)", p.Title, p.Problem.Head, it.Title, it.Fingerprint)
		}
		// The score a regression earns is at least what the error had
		// when new (a background factor once divided it).
		if taxScoreNew > 0 && p.Score < taxScoreNew {
			t.Errorf("the returning tax error's problem scores %.2f, under its %.2f when new", p.Score, taxScoreNew)
		}
		for _, q := range bl.Items {
			if q.State == "resolved" && q.Rank < p.Rank {
				t.Errorf("the returning tax error's problem %q ranks #%d, under the resolved %q (#%d)", p.Title, p.Rank, q.Title, q.Rank)
			}
		}
	}
}

// logBacklog logs the ranked problems with their members, the watchlist
// and the cluster count: what a user would read.
func logBacklog(t *testing.T, shape string, b *accBacklog) {
	t.Helper()
	t.Logf("shape %s: %d ranked problems, %d on the watchlist, %d clusters", shape, len(b.Items), len(b.Watchlist), len(b.Clusters))
	for _, p := range b.Items {
		t.Logf("  #%d %-8s %-9s %-9s %4d %s", p.Rank, p.Kind, p.Service, p.State, p.Count, p.Title)
		for _, m := range p.Members {
			t.Logf("       %-7s %-8s %-9s %s (linked by %s)", m.Role, m.Kind, m.Service, m.Title, strings.Join(m.Reasons, ","))
		}
	}
	for _, p := range b.Watchlist {
		t.Logf("  watch %-8s %-9s %4d %s | %s", p.Kind, p.Service, p.Count, p.Title, p.Gate)
	}
}

func dumpBacklog(t *testing.T, b *accBacklog) {
	t.Helper()
	logBacklog(t, "at failure", b)
	for _, c := range b.Clusters {
		t.Logf("  cluster %-8s %-9s %-9s %4d %s | %s", c.Kind, c.Service, c.State, c.Count, c.Title, c.ErrorType)
	}
}
