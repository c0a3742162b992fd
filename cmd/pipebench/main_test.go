package main

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"go.opentelemetry.io/collector/confmap"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.yaml.in/yaml/v3"
)

// TestWorkloadMix: the pipeline workload writes as many log records as
// spans, about 10 % of each are errors (error severity; error status with
// an exception event), logs share trace and span ids with the spans, trace
// ids are distinct per request, several services, and bodies are templates
// with their variables filled in (no "{slot}" left).
func TestWorkloadMix(t *testing.T) {
	w := newWorkload(7)
	var nLogs, nSpans, errLogs, errSpans, exceptions int
	traces := map[pcommon.TraceID]bool{}
	spanIDs := map[pcommon.SpanID]bool{}
	services := map[string]bool{}
	bodies := map[string]bool{}
	for range 200 {
		ld, td := w.batch(100, time.Now())
		for i := 0; i < td.ResourceSpans().Len(); i++ {
			rs := td.ResourceSpans().At(i)
			svc, _ := rs.Resource().Attributes().Get("service.name")
			services[svc.Str()] = true
			spans := rs.ScopeSpans().At(0).Spans()
			for j := 0; j < spans.Len(); j++ {
				sp := spans.At(j)
				nSpans++
				traces[sp.TraceID()] = true
				spanIDs[sp.SpanID()] = true
				if sp.EndTimestamp() < sp.StartTimestamp() {
					t.Fatalf("span %s ends before it starts", sp.Name())
				}
				if sp.Status().Code() == ptrace.StatusCodeError {
					errSpans++
					if sp.Events().Len() == 1 && sp.Events().At(0).Name() == "exception" {
						exceptions++
					}
				}
			}
		}
		for i := 0; i < ld.ResourceLogs().Len(); i++ {
			lrs := ld.ResourceLogs().At(i).ScopeLogs().At(0).LogRecords()
			for j := 0; j < lrs.Len(); j++ {
				lr := lrs.At(j)
				nLogs++
				if !spanIDs[lr.SpanID()] || !traces[lr.TraceID()] {
					t.Fatal("a log record's span is not among the spans sent")
				}
				if lr.SeverityNumber() >= plog.SeverityNumberError {
					errLogs++
				}
				b := lr.Body().Str()
				if strings.ContainsAny(b, "{}") {
					t.Fatalf("unfilled slot in %q", b)
				}
				bodies[b] = true
			}
		}
	}
	if nLogs != nSpans || nSpans < 20000 {
		t.Fatalf("%d logs, %d spans", nLogs, nSpans)
	}
	for name, got := range map[string]float64{"error logs": float64(errLogs) / float64(nLogs), "error spans": float64(errSpans) / float64(nSpans)} {
		if math.Abs(got-errorRate) > 0.01 {
			t.Errorf("%s: %.3f, want %.2f ± 0.01", name, got, errorRate)
		}
	}
	if exceptions != errSpans {
		t.Errorf("%d error spans, %d with an exception event", errSpans, exceptions)
	}
	if len(services) < 5 {
		t.Errorf("services %v", services)
	}
	if perTrace := float64(nSpans) / float64(len(traces)); perTrace < 3 || perTrace > 6 {
		t.Errorf("%.1f spans per trace id: trace ids are not per request", perTrace)
	}
	if len(bodies) < nLogs/2 {
		t.Errorf("%d distinct bodies of %d: variables are not varied", len(bodies), nLogs)
	}
}

// TestDistinctMessages: the memory workload's messages are pairwise
// distinct ERROR records with trace ids.
func TestDistinctMessages(t *testing.T) {
	w := newWorkload(1)
	seen := map[string]bool{}
	for range 10 {
		lrs := w.distinct(1000, time.Now()).ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
		for i := 0; i < lrs.Len(); i++ {
			lr := lrs.At(i)
			if lr.SeverityNumber() != plog.SeverityNumberError || lr.TraceID().IsEmpty() {
				t.Fatal("not an error record with a trace id")
			}
			seen[lr.Body().Str()] = true
		}
	}
	if len(seen) != 10000 {
		t.Fatalf("%d distinct of 10000", len(seen))
	}
}

// TestSumMetrics: counters (with _total), labelled series summed, other
// metrics and comments ignored, a malformed sample an error.
func TestSumMetrics(t *testing.T) {
	in := `# HELP otelcol_receiver_accepted_spans_total x
# TYPE otelcol_receiver_accepted_spans_total counter
otelcol_receiver_accepted_spans_total{receiver="otlp",transport="http"} 1200
otelcol_receiver_accepted_spans_total{receiver="otlp",transport="grpc",note="a}b"} 34
otelcol_receiver_accepted_spans_other 99
otelcol_processor_fingerprint_templates_active{processor="fingerprint"} 1e+04
`
	got, err := sumMetrics(strings.NewReader(in), "otelcol_receiver_accepted_spans", "otelcol_processor_fingerprint_templates_active", "absent")
	if err != nil {
		t.Fatal(err)
	}
	if got["otelcol_receiver_accepted_spans"] != 1234 || got["otelcol_processor_fingerprint_templates_active"] != 10000 || got["absent"] != 0 {
		t.Fatalf("%v", got)
	}
	if _, err := sumMetrics(strings.NewReader("absent{a=\"b\"} x\n"), "absent"); err == nil {
		t.Fatal("malformed value accepted")
	}
}

// TestConfigs: the three pipelines are valid YAML with every placeholder
// filled, the pprof extension only when asked, ports loopback and distinct.
func TestConfigs(t *testing.T) {
	for _, tc := range []struct {
		tpl   string
		pprof bool
	}{{baseConfig, false}, {baseConfig, true}, {bConfig, false}, {bConfig, true}, {oursConfig, false}, {oursConfig, true}} {
		text, ports, err := config(tc.tpl, "/tmp/x", tc.pprof)
		if err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(text, "{}") {
			t.Fatalf("placeholder left:\n%s", text)
		}
		var raw map[string]any
		if err := yaml.Unmarshal([]byte(text), &raw); err != nil {
			t.Fatal(err)
		}
		conf := confmap.NewFromStringMap(raw)
		exts, _ := conf.Get("service::extensions").([]any)
		hasPprof := conf.IsSet("extensions::pprof")
		if hasPprof != tc.pprof || strings.Contains(fmt.Sprint(exts), "pprof") != tc.pprof {
			t.Errorf("pprof=%v: extension set %v, service extensions %v", tc.pprof, hasPprof, exts)
		}
		seen := map[int]bool{}
		for _, p := range ports {
			if seen[p] {
				t.Errorf("port %d twice", p)
			}
			seen[p] = true
		}
		// (b) is the issue's: no connector; (b+c) has it in both signals
		hasConnector := conf.IsSet("connectors::trace_findings")
		if want := tc.tpl == oursConfig; hasConnector != want || strings.Contains(fmt.Sprint(conf.Get("service::pipelines::logs::exporters")), "trace_findings") != want {
			t.Errorf("trace_findings connector %v, want %v:\n%s", hasConnector, want, text)
		}
		if strings.Contains(text, "0.0.0.0") || strings.Contains(text, "localhost") {
			t.Errorf("non-loopback endpoint:\n%s", text)
		}
	}
}
