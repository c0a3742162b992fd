package e2e

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
)

// The JSON of discovery.k8s.io/v1 EndpointSlice that the fake serves (the
// fields the resolver reads, and those the API always sets), hand-written
// so that the test does not pull the Kubernetes API modules into go.mod.
type (
	kubeMeta struct {
		Name            string            `json:"name,omitempty"`
		Namespace       string            `json:"namespace,omitempty"`
		ResourceVersion string            `json:"resourceVersion"`
		Labels          map[string]string `json:"labels,omitempty"`
		Annotations     map[string]string `json:"annotations,omitempty"`
	}
	kubeEndpoint struct {
		Addresses  []string `json:"addresses"`
		Conditions struct {
			Ready bool `json:"ready"`
		} `json:"conditions"`
	}
	kubePort struct {
		Name     string `json:"name"`
		Protocol string `json:"protocol"`
		Port     int32  `json:"port"`
	}
	endpointSlice struct {
		APIVersion  string         `json:"apiVersion"`
		Kind        string         `json:"kind"`
		Metadata    kubeMeta       `json:"metadata"`
		AddressType string         `json:"addressType,omitempty"`
		Endpoints   []kubeEndpoint `json:"endpoints"`
		Ports       []kubePort     `json:"ports,omitempty"`
	}
	endpointSliceList struct {
		APIVersion string `json:"apiVersion"`
		Kind       string `json:"kind"`
		Metadata   struct {
			ResourceVersion string `json:"resourceVersion"`
		} `json:"metadata"`
		Items []endpointSlice `json:"items"`
	}
)

// fakeKube is the part of a Kubernetes API server that the load_balancing
// exporter's k8s resolver uses: LIST and WATCH of the discovery.k8s.io/v1
// EndpointSlices of one Service (label kubernetes.io/service-name), in
// JSON. The test changes the slice's endpoints; every change gets a new
// resourceVersion and is streamed to the open watches as a MODIFIED event
// (ADDED for the first). A watch with sendInitialEvents=true (client-go's
// WatchListClient, on by default since 1.35) gets the current slice as
// ADDED and the bookmark that ends the initial events.
type fakeKube struct {
	t         *testing.T
	srv       *httptest.Server
	namespace string
	service   string
	port      int32

	mu      sync.Mutex
	rv      int
	slice   *endpointSlice // nil before the first set
	events  []kubeEvent
	changed chan struct{} // closed and replaced on every change
	lists   int
	watches int
	bad     []string // requests the fake does not serve
}

type kubeEvent struct {
	rv  int
	typ string
	obj json.RawMessage
}

func newFakeKube(t *testing.T, namespace, service string, port int32) *fakeKube {
	k := &fakeKube{t: t, namespace: namespace, service: service, port: port, changed: make(chan struct{})}
	k.srv = httptest.NewServer(http.HandlerFunc(k.serve))
	t.Cleanup(k.srv.Close)
	return k
}

// kubeconfig writes a kubeconfig file pointing at the fake and returns its
// path.
func (k *fakeKube) kubeconfig(dir string) string {
	path := filepath.Join(dir, "kubeconfig")
	cfg := fmt.Sprintf(`apiVersion: v1
kind: Config
clusters:
  - name: fake
    cluster:
      server: %s
contexts:
  - name: fake
    context:
      cluster: fake
      user: fake
      namespace: %s
current-context: fake
users:
  - name: fake
    user:
      token: e2e-fake-kube
`, k.srv.URL, k.namespace)
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		k.t.Fatal(err)
	}
	return path
}

// setEndpoints replaces the slice's endpoints: addresses maps each
// address to its readiness.
func (k *fakeKube) setEndpoints(addresses []string, ready map[string]bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.rv++
	typ := "MODIFIED"
	if k.slice == nil {
		typ = "ADDED"
	}
	s := &endpointSlice{
		APIVersion: "discovery.k8s.io/v1",
		Kind:       "EndpointSlice",
		Metadata: kubeMeta{
			Name:            k.service + "-abcde",
			Namespace:       k.namespace,
			ResourceVersion: strconv.Itoa(k.rv),
			Labels:          map[string]string{"kubernetes.io/service-name": k.service},
		},
		AddressType: "IPv4",
		Endpoints:   []kubeEndpoint{},
		Ports:       []kubePort{{Name: "otlp-grpc", Protocol: "TCP", Port: k.port}},
	}
	for _, a := range addresses {
		e := kubeEndpoint{Addresses: []string{a}}
		e.Conditions.Ready = ready[a]
		s.Endpoints = append(s.Endpoints, e)
	}
	k.slice = s
	data, err := json.Marshal(s)
	if err != nil {
		k.t.Fatal(err)
	}
	k.events = append(k.events, kubeEvent{rv: k.rv, typ: typ, obj: data})
	close(k.changed)
	k.changed = make(chan struct{})
}

func (k *fakeKube) serve(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	want := "/apis/discovery.k8s.io/v1/namespaces/" + k.namespace + "/endpointslices"
	if r.Method != http.MethodGet || r.URL.Path != want || q.Get("labelSelector") != "kubernetes.io/service-name="+k.service {
		k.mu.Lock()
		k.bad = append(k.bad, r.Method+" "+r.URL.String())
		k.mu.Unlock()
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if q.Get("watch") != "true" && q.Get("watch") != "1" {
		k.mu.Lock()
		k.lists++
		list := endpointSliceList{APIVersion: "discovery.k8s.io/v1", Kind: "EndpointSliceList", Items: []endpointSlice{}}
		list.Metadata.ResourceVersion = strconv.Itoa(k.rv)
		if k.slice != nil {
			list.Items = append(list.Items, *k.slice)
		}
		k.mu.Unlock()
		_ = json.NewEncoder(w).Encode(list)
		return
	}

	send := func(typ string, obj json.RawMessage) bool {
		line, err := json.Marshal(struct {
			Type   string          `json:"type"`
			Object json.RawMessage `json:"object"`
		}{typ, obj})
		if err != nil {
			k.t.Error(err)
			return false
		}
		if _, err := w.Write(append(line, '\n')); err != nil {
			return false
		}
		w.(http.Flusher).Flush()
		return true
	}
	k.mu.Lock()
	k.watches++
	var from int
	var initial []kubeEvent
	if q.Get("sendInitialEvents") == "true" {
		from = k.rv
		if k.slice != nil {
			data, _ := json.Marshal(k.slice)
			initial = append(initial, kubeEvent{typ: "ADDED", obj: data})
		}
		// The bookmark that ends the initial events (metav1
		// InitialEventsAnnotationKey).
		bookmark, _ := json.Marshal(endpointSlice{
			APIVersion: "discovery.k8s.io/v1",
			Kind:       "EndpointSlice",
			Metadata: kubeMeta{
				ResourceVersion: strconv.Itoa(k.rv),
				Annotations:     map[string]string{"k8s.io/initial-events-end": "true"},
			},
		})
		initial = append(initial, kubeEvent{typ: "BOOKMARK", obj: bookmark})
	} else {
		from, _ = strconv.Atoi(q.Get("resourceVersion"))
	}
	k.mu.Unlock()
	w.WriteHeader(http.StatusOK)
	for _, e := range initial {
		if !send(e.typ, e.obj) {
			return
		}
	}
	timeout := time.Minute
	if s, err := strconv.Atoi(q.Get("timeoutSeconds")); err == nil && s > 0 {
		timeout = time.Duration(s) * time.Second
	}
	end := time.After(timeout)
	for {
		k.mu.Lock()
		var next []kubeEvent
		for _, e := range k.events {
			if e.rv > from {
				next = append(next, e)
			}
		}
		changed := k.changed
		k.mu.Unlock()
		for _, e := range next {
			if !send(e.typ, e.obj) {
				return
			}
			from = e.rv
		}
		select {
		case <-changed:
		case <-end:
			return
		case <-r.Context().Done():
			return
		}
	}
}

// findingsStats is what the trace_findings connector of the collector with
// metrics port port left unjudged, and what it learned and missed: traces
// without log records, traces most of whose calls lack their expected
// lines, log records whose spans never came (the halves of a trace split
// across two gateways look like these), records that came after their
// trace was judged (late_records).
func findingsStats(t *testing.T, port int) string {
	t.Helper()
	var b strings.Builder
	for _, r := range []string{"no_logs", "partial_logs", "unlinked_logs", "early_evaluation", "logs_before_spans", "spans_before_logs", "templates_full", "trace_full", "late_records"} {
		fmt.Fprintf(&b, "%s %v, ", r, promValue(t, port, "otelcol_connector_trace_findings_skipped", `reason="`+r+`"`))
	}
	fmt.Fprintf(&b, "expectations %v, misses %v",
		promValue(t, port, "otelcol_connector_trace_findings_expectations"),
		promValue(t, port, "otelcol_connector_trace_findings_misses"))
	return b.String()
}

// promValue sums the samples of metric name on a collector's Prometheus
// endpoint (its own telemetry; a counter with or without the _total
// suffix), -1 when the endpoint cannot be read. Only
// samples whose labels contain every one of labels count.
func promValue(t *testing.T, port int, name string, labels ...string) float64 {
	t.Helper()
	resp, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d/metrics", port))
	if err != nil {
		return -1
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		return -1
	}
	sum := 0.0
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, name) {
			continue
		}
		rest := strings.TrimPrefix(line[len(name):], "_total")
		if !strings.HasPrefix(rest, "{") && !strings.HasPrefix(rest, " ") {
			continue
		}
		if !func() bool {
			for _, l := range labels {
				if !strings.Contains(rest, l) {
					return false
				}
			}
			return true
		}() {
			continue
		}
		f := strings.Fields(rest[strings.LastIndex(rest, "}")+1:])
		if len(f) == 0 {
			continue
		}
		v, err := strconv.ParseFloat(f[0], 64)
		if err == nil {
			sum += v
		}
	}
	return sum
}

// newTraceID is the hex trace id with its top bit flipped (as
// chunkOTLPTraces does to a span's), so that a second pass of the input
// consists of new traces: the connector would take records of traces it
// has already judged for stragglers.
func newTraceID(hex string) string {
	v, err := strconv.ParseUint(hex[:1], 16, 8)
	if err != nil {
		return hex
	}
	return strconv.FormatUint(v^8, 16) + hex[1:]
}

// apiClusters reads every cluster with its own count from the backlog
// collector's /api/clusters (docs/backlog-json.md).
func apiClusters(t *testing.T, addr string) map[string]rankedUnit {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/api/clusters")
	if err != nil {
		t.Fatalf("/api/clusters: %v", err)
	}
	defer resp.Body.Close()
	var list []struct {
		Fingerprint string `json:"fingerprint"`
		Kind        string `json:"kind"`
		Count       int64  `json:"count"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
		t.Fatalf("/api/clusters: %v", err)
	}
	out := map[string]rankedUnit{}
	for _, c := range list {
		out[c.Fingerprint] = rankedUnit{Key: c.Fingerprint, Kind: c.Kind, Count: c.Count}
	}
	return out
}

// traceRound is the round (of k) that sends the records of the trace with
// this hex id: whole traces per round, so the pauses between rounds split
// no trace; only the ring changes during a round do.
func traceRound(traceID string, k int) int {
	h := fnv.New32a()
	h.Write([]byte(strings.ToLower(traceID)))
	return int(h.Sum32() % uint32(k))
}

// chunkOTLPTraces cuts the OTLP JSON traces file in into k files by trace
// (traceRound), keeping file order within each, and gives every trace a
// new id (newTraceID): the same requests made again.
func chunkOTLPTraces(t *testing.T, in, prefix string, k int) []string {
	t.Helper()
	out := make([]strings.Builder, k)
	err := otlpjson.ReadTracesFile(in, func(td ptrace.Traces) error {
		for c := range k {
			part := ptrace.NewTraces()
			td.CopyTo(part)
			part.ResourceSpans().RemoveIf(func(rs ptrace.ResourceSpans) bool {
				rs.ScopeSpans().RemoveIf(func(ss ptrace.ScopeSpans) bool {
					ss.Spans().RemoveIf(func(sp ptrace.Span) bool { return traceRound(sp.TraceID().String(), k) != c })
					for _, sp := range ss.Spans().All() {
						id := sp.TraceID()
						id[0] ^= 0x80
						sp.SetTraceID(id)
					}
					return ss.Spans().Len() == 0
				})
				return rs.ScopeSpans().Len() == 0
			})
			if part.SpanCount() == 0 {
				continue
			}
			data, err := (&ptrace.JSONMarshaler{}).MarshalTraces(part)
			if err != nil {
				return err
			}
			out[c].Write(data)
			out[c].WriteByte('\n')
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	paths := make([]string, k)
	for c := range k {
		paths[c] = fmt.Sprintf("%s-%d.json", prefix, c+1)
		if err := os.WriteFile(paths[c], []byte(out[c].String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return paths
}

// TestRingChange changes the gateway ring of the scale-out topology
// (docs/deployment.md, Scale out) through the load_balancing exporter's k8s
// resolver while data flows: 2 agents (testdata/deploy/agent-k8s.yaml)
// watch the EndpointSlices of a fake Kubernetes API on loopback; the
// gateways (gateway.yaml) listen on 127.0.0.1, .2 and .3 at one port, as
// pods behind a Service; the one backlog collector (backlog.yaml) writes
// tickets to a fake GitHub. Phase 1 sends the `make run` sample through a
// ring of gateways 1 and 2 and waits for the tickets. Phase 2 sends the
// sample again (new trace ids, whole traces per round) in seven rounds:
// gateway 3 joins the slice during round 3; gateway 2 turns not ready
// during round 5 and, once drained, is stopped and leaves the slice; it is
// restarted on its directory and back in the slice during round 6. Every
// counted cluster must then count exactly twice its phase-1 count (nothing
// lost, nothing twice), no entry or problem is lost, no ticket is written
// twice, and gateway 3 (and gateway 2 after its restart) must have
// received records (the agents really used the new rings).
func TestRingChange(t *testing.T) {
	binary(t) // skips without OTELCOL_BACKLOG_BIN
	tool := replayBinary(t)
	root := repoRoot(t)
	dir := t.TempDir()
	port := distinctPorts(t, 30)

	// Three gateways at one port on three loopback addresses.
	gwIPs := []string{"127.0.0.1", "127.0.0.2", "127.0.0.3"}
	for _, ip := range gwIPs[1:] {
		l, err := net.Listen("tcp", ip+":0")
		if err != nil {
			t.Skipf("SKIPPING TestRingChange: cannot listen on %s (%v); the gateways need three loopback addresses at one port (every 127.0.0.0/8 address is loopback on Linux)", ip, err)
		}
		l.Close()
	}
	gwPort := 0
	for tries := 0; tries < 5 && gwPort == 0; tries++ {
		p := port()
		free := true
		for _, ip := range gwIPs {
			l, err := net.Listen("tcp", net.JoinHostPort(ip, strconv.Itoa(p)))
			if err != nil {
				free = false
				break
			}
			l.Close()
		}
		if free {
			gwPort = p
		}
	}
	if gwPort == 0 {
		t.Fatal("no port free on 127.0.0.1, .2 and .3")
	}
	gwAddr := func(i int) string { return net.JoinHostPort(gwIPs[i], strconv.Itoa(gwPort)) }

	const namespace, service = "observability", "backlog-gateway"
	kube := newFakeKube(t, namespace, service, int32(gwPort))
	kubeconfig := kube.kubeconfig(dir)
	ready := func(ips ...string) map[string]bool {
		m := map[string]bool{}
		for _, ip := range ips {
			m[ip] = true
		}
		return m
	}
	kube.setEndpoints(gwIPs[:2], ready(gwIPs[:2]...))

	// The backlog tier, writing tickets to a fake GitHub.
	const token = "e2e-token"
	gh := fake.NewGitHub()
	gh.SetToken("Bearer " + token)
	t.Cleanup(gh.Close)
	backlogOTLP := fmt.Sprintf("127.0.0.1:%d", port())
	backlogHTTP := fmt.Sprintf("127.0.0.1:%d", port())
	bDir := filepath.Join(dir, "backlog")
	if err := os.MkdirAll(bDir, 0o755); err != nil {
		t.Fatal(err)
	}
	backlog := startWithEnv(t, bDir, deployConfig(t, "backlog.yaml",
		[2]string{"    # Trackers (docs/trackers.md) go here, e.g.\n", fmt.Sprintf(`    trackers:
      github:
        - endpoint: %s
          owner: acme
          repo: shop
          token: %s
          writes_per_second: 0
          reads_per_second: 0
          max_writes_per_sync: 100
          group_wait: 1s # tickets within the test's waits; the default (30s) is measured by TestHarnessBinaryParity
`, gh.URL(), token)}),
		"BACKLOG_HEALTH=127.0.0.1:"+fmt.Sprint(port()),
		"BACKLOG_METRICS_PORT="+fmt.Sprint(port()),
		"BACKLOG_STORAGE="+filepath.Join(bDir, "storage"),
		"BACKLOG_OTLP="+backlogOTLP,
		"BACKLOG_DIR="+filepath.Join(bDir, "out"),
		"BACKLOG_HTTP="+backlogHTTP)

	// The gateways: all three run from the start; the third is a pod that
	// is up but not yet in the Service's endpoints.
	gatewayCfg := deployConfig(t, "gateway.yaml")
	gws := make([]*collector, 3)
	gwMetrics := make([]int, 3)
	gwDirs, gwEnv := make([]string, 3), make([][]string, 3)
	for i := range gws {
		gwDirs[i] = filepath.Join(dir, fmt.Sprintf("gateway-%d", i+1))
		if err := os.MkdirAll(gwDirs[i], 0o755); err != nil {
			t.Fatal(err)
		}
		gwMetrics[i] = port()
		gwEnv[i] = []string{
			"GATEWAY_HEALTH=127.0.0.1:" + fmt.Sprint(port()),
			"GATEWAY_METRICS_PORT=" + fmt.Sprint(gwMetrics[i]),
			"GATEWAY_STORAGE=" + filepath.Join(gwDirs[i], "storage"),
			"GATEWAY_OTLP=" + gwAddr(i),
			"BACKLOG_OTLP=" + backlogOTLP,
		}
		gws[i] = startWithEnv(t, gwDirs[i], gatewayCfg, gwEnv[i]...)
	}
	for i := range gws {
		waitListening(t, gws[i], gwAddr(i))
	}
	waitListening(t, backlog, backlogOTLP)

	// The agents, resolving the gateways through the fake API.
	agentCfg := deployConfig(t, "agent-k8s.yaml")
	agentLogs := [2]string{filepath.Join(dir, "agent-1.log"), filepath.Join(dir, "agent-2.log")}
	agentHTTP, agentMetrics := [2]string{}, [2]int{}
	agents := [2]*collector{}
	for i := range agents {
		if err := os.WriteFile(agentLogs[i], nil, 0o644); err != nil {
			t.Fatal(err)
		}
		agentHTTP[i] = fmt.Sprintf("127.0.0.1:%d", port())
		agentMetrics[i] = port()
		aDir := filepath.Join(dir, fmt.Sprintf("agent-%d", i+1))
		if err := os.MkdirAll(aDir, 0o755); err != nil {
			t.Fatal(err)
		}
		agents[i] = startWithEnv(t, aDir, agentCfg,
			"KUBECONFIG="+kubeconfig,
			"GATEWAY_SERVICE="+service+"."+namespace,
			"GATEWAY_OTLP_PORT="+strconv.Itoa(gwPort),
			"AGENT_HEALTH=127.0.0.1:"+fmt.Sprint(port()),
			"AGENT_METRICS_PORT="+fmt.Sprint(agentMetrics[i]),
			"AGENT_STORAGE="+filepath.Join(aDir, "storage"),
			"AGENT_OTLP_HTTP="+agentHTTP[i],
			"AGENT_LOGS="+agentLogs[i])
	}
	for i := range agents {
		waitListening(t, agents[i], agentHTTP[i])
	}
	// ringIs waits until both agents' load balancers (one per signal; they
	// share the metric series) have applied the ring's n-th version: the
	// updates count both, the number of backends is the last one's.
	ringIs := func(version, backends int, what string) {
		t.Helper()
		for i := range agents {
			waitFor(t, agents[i], 60*time.Second, fmt.Sprintf("agent %d: %s (%d backends)", i+1, what, backends), func() bool {
				return promValue(t, agentMetrics[i], "otelcol_loadbalancer_num_backend_updates") == float64(2*version) &&
					promValue(t, agentMetrics[i], "otelcol_loadbalancer_num_backends") == float64(backends)
			})
		}
	}
	ringIs(1, 2, "the ring from the fake API")
	accepted := func(i int) (spans, logs float64) {
		return promValue(t, gwMetrics[i], "otelcol_receiver_accepted_spans"),
			promValue(t, gwMetrics[i], "otelcol_receiver_accepted_log_records")
	}

	skips := func(i int) string { return findingsStats(t, gwMetrics[i]) }

	// judged waits until gateways gws have judged every trace they hold
	// that can settle: a trace is judged decision_wait (gateway.yaml, 15s)
	// after its last record arrived, at the next evaluation (1s), so once
	// no gateway has accepted a record for that long (and a margin), the
	// findings are on their way; then the backlog settles once more. A
	// quiet backlog alone (gatewayQuiet after its last event) can come
	// before the findings when the gateways are slow to take the records.
	judged := func(what string, gws ...int) {
		t.Helper()
		last, since := "", time.Now()
		waitFor(t, backlog, 120*time.Second, what, func() bool {
			now := ""
			for _, i := range gws {
				s, l := accepted(i)
				now += fmt.Sprint(s, l, " ")
			}
			if now != last {
				last, since = now, time.Now()
				return false
			}
			return time.Since(since) >= 15*time.Second+3*time.Second
		})
	}

	// The input: the sample's log lines (file_log) and spans (OTLP/HTTP),
	// split record by record across the two agents.
	sampleLog := filepath.Join(root, "testdata", "sample", "app.log")
	data, err := os.ReadFile(sampleLog)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSuffix(string(data), "\n"), "\n")
	var agentTraces [2]string
	for i := range agentTraces {
		agentTraces[i] = filepath.Join(dir, fmt.Sprintf("traces-%d.json", i+1))
	}
	splitOTLP(t, filepath.Join(root, "testdata", "sample", "traces.json"), agentTraces[0], agentTraces[1], false)
	appendLines := func(part []string) {
		for i := range agents {
			f, err := os.OpenFile(agentLogs[i], os.O_APPEND|os.O_WRONLY, 0o644)
			if err != nil {
				t.Fatal(err)
			}
			for j, l := range part {
				if j%2 == i {
					if _, err := f.WriteString(strings.TrimSuffix(l, "\n") + "\n"); err != nil {
						t.Fatal(err)
					}
				}
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
		}
	}

	// Phase 1: the whole sample through gateways 1 and 2.
	start := time.Now()
	outPath := filepath.Join(bDir, "out", "backlog.json")
	appendLines(lines)
	var wg sync.WaitGroup
	for i := range agents {
		wg.Go(func() { replayFiles(t, tool, "http://"+agentHTTP[i], agentTraces[i], "") })
	}
	wg.Wait()
	waitSettled(t, backlog, outPath, 120*time.Second, gatewayQuiet, "the backlog to settle after phase 1")
	judged("gateways 1 and 2 to judge the traces of phase 1", 0, 1)
	waitSettled(t, backlog, outPath, 120*time.Second, gatewayQuiet, "the backlog to settle after the findings of phase 1")
	waitStable(t, backlog, gh, nil, 60*time.Second, 5*time.Second, "the tickets to be written and settle", func() bool {
		return len(gh.Issues()) > 0
	})
	doc1, _ := readBacklog(t, outPath)
	before := ghTickets(t, gh)
	mark := len(gh.Requests())
	_, all1 := rankedUnits(doc1)
	clusters1 := apiClusters(t, backlogHTTP)
	var phase1 [3][2]float64
	for i := range gws {
		phase1[i][0], phase1[i][1] = accepted(i)
	}
	t.Logf("phase 1 settled after %s: %d events, %d items, %d tickets; gateway spans/logs accepted: 1 %v, 2 %v, 3 %v",
		time.Since(start).Round(time.Millisecond), doc1.Stats.Events, len(doc1.Items), len(before), phase1[0], phase1[1], phase1[2])
	for i := range 2 {
		if phase1[i][0] <= 0 || phase1[i][1] <= 0 {
			t.Errorf("gateway %d (in the ring) accepted %v spans and %v log records in phase 1, want both > 0", i+1, phase1[i][0], phase1[i][1])
		}
	}
	if phase1[2][0] != 0 || phase1[2][1] != 0 {
		t.Errorf("gateway 3 (not in the ring yet) accepted %v spans and %v log records in phase 1, want none", phase1[2][0], phase1[2][1])
	}
	t.Logf("phase 1 traces not judged: gateway 1 %s; gateway 2 %s", skips(0), skips(1))
	// The sample's silent calls (cart stops writing its "Reserved" line,
	// the absence a single collector finds) can be found in phase 1 only
	// where a gateway judged the traces with their log records (no
	// no_logs, unlinked_logs, early_evaluation) and learned the line
	// first. The second is not assured: a gateway gets its share of the
	// replayed burst regrouped by trace, in no useful order, and judges
	// the traces that settle together in arrival order, so the silent
	// calls can come before, or among, the healthy calls that teach the
	// line, and it is never expected (seen: one gateway with fewer
	// expectations and 0 misses while the other found 44 calls). So the
	// absence is reported, with each gateway's expectations and misses
	// above, not required.
	absence1 := false
	for _, k := range sortedKeys(clusters1) {
		if u := clusters1[k]; u.Kind == "absence" {
			absence1 = true
			_, shown := all1[k]
			t.Logf("phase 1 absence %s: %d calls; in the backlog's items or watchlist: %v (its gates decide)", k, u.Count, shown)
		}
	}
	if !absence1 {
		t.Logf("NOTE: phase 1 found no absence (see each gateway's skips, expectations and misses above): what the ring changes do to absence findings is not seen in this run")
	}
	if t.Failed() {
		t.FailNow()
	}

	// Phase 2: the sample again in seven rounds, the ring changing during
	// rounds 3, 5 and 6 while their records flow.
	const rounds = 7
	var chunks [2][]string
	for i := range agents {
		chunks[i] = chunkOTLPTraces(t, agentTraces[i], filepath.Join(dir, fmt.Sprintf("round-traces-%d", i+1)), rounds)
	}
	var roundLines [rounds][]string
	for j, l := range lines {
		var rec struct {
			TraceID string `json:"trace_id"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("testdata/sample/app.log line %d: %v", j+1, err)
		}
		r := j % rounds
		if rec.TraceID != "" {
			r = traceRound(rec.TraceID, rounds)
			l = strings.Replace(l, `"trace_id":"`+rec.TraceID+`"`, `"trace_id":"`+newTraceID(rec.TraceID)+`"`, 1)
		}
		roundLines[r] = append(roundLines[r], l)
	}
	var gw2Final [2]float64
	for r := range rounds {
		var wg sync.WaitGroup
		if r == 5 { // gateway 2 restarts on its directory (a StatefulSet's pod)
			gws[1] = startWithEnv(t, gwDirs[1], gatewayCfg, gwEnv[1]...)
			waitListening(t, gws[1], gwAddr(1))
		}
		for i := range agents {
			wg.Go(func() { replayFiles(t, tool, "http://"+agentHTTP[i], chunks[i][r], "") })
		}
		appendLines(roundLines[r])
		switch r {
		case 2: // gateway 3 becomes ready: the slice gains an endpoint
			kube.setEndpoints(gwIPs, ready(gwIPs...))
			t.Logf("round %d: gateway 3 added to the slice", r+1)
		case 4: // gateway 2 is terminating: its endpoint turns not ready
			kube.setEndpoints(gwIPs, ready(gwIPs[0], gwIPs[2]))
			t.Logf("round %d: gateway 2 not ready", r+1)
		case 5: // gateway 2, restarted, is ready again
			kube.setEndpoints(gwIPs, ready(gwIPs...))
			t.Logf("round %d: gateway 2 back in the slice", r+1)
		}
		wg.Wait()
		switch r {
		case 2:
			ringIs(2, 3, "gateway 3 in the ring")
		case 4:
			ringIs(3, 2, "gateway 2 out of the ring")
			// Gateway 2 drains before it stops: the agents' queues for it
			// (flushed when the load balancer drops it), then its own
			// queue to the backlog collector and the traces its connector
			// holds (decision_wait); then it stops and leaves the slice.
			last, since := "", time.Now()
			waitFor(t, gws[1], 60*time.Second, "gateway 2 to drain", func() bool {
				s, l := accepted(1)
				q := promValue(t, gwMetrics[1], "otelcol_exporter_queue_size")
				e := promValue(t, gwMetrics[1], "otelcol_connector_trace_findings_records_emitted")
				now := fmt.Sprint(s, l, q, e)
				if now != last {
					last, since = now, time.Now()
					return false
				}
				return q == 0 && time.Since(since) >= 7*time.Second
			})
			gw2Final[0], gw2Final[1] = accepted(1)
			t.Logf("gateway 2 traces not judged: %s", skips(1))
			gws[1].stop(t)
			kube.setEndpoints([]string{gwIPs[0], gwIPs[2]}, ready(gwIPs[0], gwIPs[2]))
			t.Logf("gateway 2 drained (%v spans, %v log records accepted in all), stopped and removed from the slice", gw2Final[0], gw2Final[1])
		case 5:
			ringIs(4, 3, "gateway 2 back in the ring")
		}
	}
	waitSettled(t, backlog, outPath, 120*time.Second, gatewayQuiet, "the backlog to settle after phase 2")
	waitStable(t, backlog, gh, nil, 60*time.Second, 3*time.Second, "the tickets to settle after phase 2", func() bool { return true })
	doc2, _ := readBacklog(t, outPath)
	var g3 [2]float64
	g3[0], g3[1] = accepted(2)
	t.Logf("phase 2 settled after %s: %d events (%d after phase 1), %d items; gateway 3 accepted %v spans, %v log records",
		time.Since(start).Round(time.Millisecond), doc2.Stats.Events, doc1.Stats.Events, len(doc2.Items), g3[0], g3[1])

	// The new rings were used: gateway 3 received spans and log records,
	// and so did gateway 2 after its restart (its counters start at 0).
	if g3[0] <= 0 || g3[1] <= 0 {
		t.Errorf("gateway 3 accepted %v spans and %v log records after it joined the ring, want both > 0", g3[0], g3[1])
	}
	if s, l := accepted(1); s <= 0 || l <= 0 {
		t.Errorf("gateway 2 accepted %v spans and %v log records after its restart, want both > 0", s, l)
	} else {
		t.Logf("gateway 2 accepted %v spans and %v log records after its restart", s, l)
	}
	t.Logf("traces not judged: gateway 1 %s; gateway 3 %s", skips(0), skips(2))
	// Both agents sent to the added gateway, and their load balancers
	// refused nothing (a full per-gateway queue). A per-gateway exporter's
	// dropped send shows only in the agent's log (it has no metrics of its
	// own): the exact counts below are what proves nothing was dropped.
	for i := range agents {
		if v := promValue(t, agentMetrics[i], "otelcol_loadbalancer_backend_outcome", `endpoint="`+gwAddr(2)+`"`, `success="true"`); v <= 0 {
			t.Errorf("agent %d: %v successful exports to gateway 3 (%s), want > 0", i+1, v, gwAddr(2))
		}
		if v := promValue(t, agentMetrics[i], "otelcol_loadbalancer_backend_outcome", `success="false"`); v != 0 {
			t.Errorf("agent %d: %v failed exports to a gateway, want 0", i+1, v)
		}
		for _, m := range []string{"otelcol_exporter_send_failed_spans", "otelcol_exporter_send_failed_log_records", "otelcol_exporter_enqueue_failed_spans", "otelcol_exporter_enqueue_failed_log_records"} {
			if v := promValue(t, agentMetrics[i], m); v != 0 {
				t.Errorf("agent %d: %s = %v, want 0", i+1, m, v)
			}
		}
	}
	kube.mu.Lock()
	t.Logf("fake Kubernetes API: %d lists, %d watches, %d slice versions", kube.lists, kube.watches, kube.rv)
	if len(kube.bad) > 0 {
		t.Errorf("the fake Kubernetes API got requests it does not serve: %v", kube.bad)
	}
	kube.mu.Unlock()

	// Counts: every cluster (/api/clusters: ranked, watched or neither)
	// that is counted exactly twice its phase-1 count; learned entries
	// (absence, latency) depend on which gateway saw how much of a trace
	// and of an operation's history, so they are reported only.
	_, all2 := rankedUnits(doc2)
	clusters2 := apiClusters(t, backlogHTTP)
	counted := 0
	for _, k := range sortedKeys(clusters1) {
		u := clusters1[k]
		g, ok := clusters2[k]
		switch {
		case !ok:
			t.Errorf("%s (%s, %d) lost after the ring changes", k, u.Kind, u.Count)
		case learned(u.Kind):
			t.Logf("learned entry %s (%s): %d after phase 1, %d after phase 2", k, u.Kind, u.Count, g.Count)
		case g.Count != 2*u.Count:
			t.Errorf("%s (%s): %d after phase 1, %d after phase 2; want %d", k, u.Kind, u.Count, g.Count, 2*u.Count)
		default:
			counted++
			t.Logf("counted entry %s (%s): %d after phase 1, %d after phase 2", k, u.Kind, u.Count, g.Count)
		}
	}
	if counted == 0 {
		t.Errorf("no counted cluster doubled: the count comparison proves nothing")
	}
	for _, k := range sortedKeys(clusters2) {
		if g := clusters2[k]; clusters1[k].Key == "" {
			if learned(g.Kind) {
				t.Logf("learned entry %s (%s, %d) appeared in phase 2", k, g.Kind, g.Count)
			} else {
				t.Errorf("%s (%s, %d) appeared in phase 2: the same input gave a new id", k, g.Kind, g.Count)
			}
		}
	}
	// No problem lost (a problem may gain members, none may lose one).
	p2 := problemSets(doc2, all2, nil)
	for _, p := range problemSets(doc1, all1, nil) {
		if !slices.ContainsFunc(p2, func(q string) bool {
			for _, m := range strings.Split(p, ",") {
				if !slices.Contains(strings.Split(q, ","), m) {
					return false
				}
			}
			return true
		}) {
			t.Errorf("problem %s lost after the ring changes", p)
		}
	}
	// One ticket per problem or cluster, the same ones as before.
	after := ghTickets(t, gh)
	for _, fp := range sortedKeys(after) {
		if n := len(after[fp]); n != 1 {
			t.Errorf("fingerprint %s has %d tickets, want 1", fp, n)
		}
	}
	for fp, b := range before {
		if a := after[fp]; len(a) == 0 || a[0].number != b[0].number {
			t.Errorf("ticket #%d of %s lost or replaced after the ring changes: now %v", b[0].number, fp, a)
		}
	}
	created := 0
	for _, r := range gh.Requests()[mark:] {
		if r.Method == "POST" && strings.HasSuffix(r.Path, "/issues") {
			created++
			for fp := range before {
				if strings.Contains(string(r.Body), `"fp:`+fp+`"`) {
					t.Errorf("a second ticket was created for %s", fp)
				}
			}
		}
	}
	t.Logf("%d tickets after phase 1, %d after phase 2 (%d created in phase 2)", len(before), len(after), created)
}
