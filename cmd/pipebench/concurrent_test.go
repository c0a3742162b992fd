package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.opentelemetry.io/collector/pdata/plog/plogotlp"
	"go.opentelemetry.io/collector/pdata/ptrace/ptraceotlp"
)

// fakeEnv makes the test binary a stand-in collector (fakeCollector).
const fakeEnv = "PIPEBENCH_FAKE_COLLECTOR"

func TestMain(m *testing.M) {
	if os.Getenv(fakeEnv) == "1" {
		fakeCollector()
		return
	}
	os.Exit(m.Run())
}

// fakeCollector reads the ports of the config pipebench wrote (--config
// FILE), answers health checks, accepts OTLP/HTTP logs and spans and
// counts them in the receiver's metrics; at SIGINT it writes the times of
// the first and the last request it accepted to served.txt in its
// working directory, and whether its config was (b).
func fakeCollector() {
	var cfgPath string
	for i, a := range os.Args {
		if a == "--config" && i+1 < len(os.Args) {
			cfgPath = os.Args[i+1]
		}
	}
	cfg, err := os.ReadFile(cfgPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	text := string(cfg)
	port := func(re string) string {
		m := regexp.MustCompile(re).FindStringSubmatch(text)
		if m == nil {
			fmt.Fprintf(os.Stderr, "no %s in the config\n", re)
			os.Exit(2)
		}
		return m[1]
	}
	health := port(`health_check:\s+endpoint: (127\.0\.0\.1:\d+)`)
	otlp := port(`http:\s+endpoint: (127\.0\.0\.1:\d+)`)
	metrics := "127.0.0.1:" + port(`port: (\d+)`)
	var logs, spans atomic.Int64
	var mu sync.Mutex
	var first, last time.Time
	seen := func() {
		mu.Lock()
		now := time.Now()
		if first.IsZero() {
			first = now
		}
		last = now
		mu.Unlock()
	}
	serve := func(addr string, h http.Handler) {
		l, err := net.Listen("tcp", addr)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		go func() { _ = http.Serve(l, h) }()
	}
	serve(health, http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	serve(otlp, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		switch r.URL.Path {
		case "/v1/logs":
			req := plogotlp.NewExportRequest()
			if req.UnmarshalProto(b) != nil {
				w.WriteHeader(http.StatusBadRequest)
				return
			}
			logs.Add(int64(req.Logs().LogRecordCount()))
		case "/v1/traces":
			req := ptraceotlp.NewExportRequest()
			if req.UnmarshalProto(b) != nil {
				w.WriteHeader(http.StatusBadRequest)
				return
			}
			spans.Add(int64(req.Traces().SpanCount()))
		default:
			w.WriteHeader(http.StatusNotFound)
			return
		}
		seen()
	}))
	serve(metrics, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintf(w, "otelcol_receiver_accepted_log_records_total{receiver=\"otlp\"} %d\n", logs.Load())
		fmt.Fprintf(w, "otelcol_receiver_accepted_spans_total{receiver=\"otlp\"} %d\n", spans.Load())
	}))
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	<-stop
	mu.Lock()
	defer mu.Unlock()
	out := fmt.Sprintf("%d %d %v\n", first.UnixNano(), last.UnixNano(), strings.Contains(text, "fingerprint:"))
	if err := os.WriteFile("served.txt", []byte(out), 0o644); err != nil {
		os.Exit(2)
	}
}

// served reads what the fake collector of dir wrote at its end.
func served(t *testing.T, dir string) (first, last time.Time, isB bool) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "served.txt"))
	if err != nil {
		t.Fatal(err)
	}
	f := strings.Fields(string(b))
	if len(f) != 3 {
		t.Fatalf("served.txt: %q", b)
	}
	n0, _ := strconv.ParseInt(f[0], 10, 64)
	n1, _ := strconv.ParseInt(f[1], 10, 64)
	return time.Unix(0, n0), time.Unix(0, n1), f[2] == "true"
}

// TestConcurrentRunsTogether: with -concurrent a round starts (a) and (b)
// together, each with its own generator sending to its own collector, and
// measures both over one window; without it they run one after the other.
// The collectors are the test binary as a fake (no timing is asserted:
// whether the two collectors' traffic overlapped, which collector got it,
// and the lines printed).
func TestConcurrentRunsTogether(t *testing.T) {
	bin, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(fakeEnv, "1")
	lastLine := regexp.MustCompile(`^pipeline: cpu_base=\S+% cpu_ours=\S+% ratio=\S+ rss_base_mib=\d+ rss_ours_mib=\d+$`)
	for _, concurrent := range []bool{true, false} {
		t.Run(fmt.Sprint("concurrent=", concurrent), func(t *testing.T) {
			out := t.TempDir()
			o := options{bin: bin, out: out, mode: "pipeline", duration: 600 * time.Millisecond, warmup: 300 * time.Millisecond,
				rate: 2000, batch: 100, runs: 2, seed: 1, concurrent: concurrent}
			var buf bytes.Buffer
			runs, err := pipelineRuns(o, &buf)
			if err != nil {
				t.Fatalf("%v\n%s", err, buf.String())
			}
			lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
			if !lastLine.MatchString(lines[len(lines)-1]) {
				t.Errorf("last line %q", lines[len(lines)-1])
			}
			if len(runs["base"]) != 2 || len(runs["b"]) != 2 || len(runs["ours"]) != 0 {
				t.Fatalf("runs: %d base, %d b, %d ours", len(runs["base"]), len(runs["b"]), len(runs["ours"]))
			}
			for i := range 2 {
				base, b := runs["base"][i], runs["b"][i]
				for _, r := range []result{base, b} {
					if r.logs <= 0 || r.spans <= 0 || r.acceptedLogs <= 0 || r.acceptedSp <= 0 {
						t.Errorf("run %d %s: sent %d logs %d spans in the window, accepted %.0f/%.0f", i+1, r.name, r.logs, r.spans, r.acceptedLogs, r.acceptedSp)
					}
					if r.window < o.duration {
						t.Errorf("run %d %s: window %s", i+1, r.name, r.window)
					}
				}
				bf, bl, bIsB := served(t, filepath.Join(out, fmt.Sprintf("base-%d", i+1)))
				of, ol, oIsB := served(t, filepath.Join(out, fmt.Sprintf("b-%d", i+1)))
				if bIsB || !oIsB {
					t.Errorf("run %d: base's collector ran (b)'s config: %v, b's: %v", i+1, bIsB, oIsB)
				}
				overlap := bf.Before(ol) && of.Before(bl)
				if overlap != concurrent {
					t.Errorf("run %d: base served %s-%s, b %s-%s: overlap %v", i+1,
						bf.Format(time.StampMilli), bl.Format(time.StampMilli), of.Format(time.StampMilli), ol.Format(time.StampMilli), overlap)
				}
			}
		})
	}
}
