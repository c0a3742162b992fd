// Command replay sends OTLP JSON telemetry files (one TracesData or LogsData
// object per line, optionally gzip-compressed, as the OTLP file format) to an
// OTLP/HTTP endpoint. `make run` uses it to send the bundled sample traces.
//
//	replay -endpoint http://127.0.0.1:4318 -traces testdata/sample/traces.json
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net/http"
	"time"

	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/plog/plogotlp"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/pdata/ptrace/ptraceotlp"

	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpsend"
)

func main() {
	endpoint := flag.String("endpoint", "http://127.0.0.1:4318", "OTLP/HTTP endpoint")
	traces := flag.String("traces", "", "OTLP JSON traces file (optional)")
	logs := flag.String("logs", "", "OTLP JSON logs file (optional)")
	batch := flag.Int("batch", 500, "maximum records per request")
	flag.Parse()
	ctx := context.Background()
	client := &http.Client{Timeout: 30 * time.Second}
	sent := 0
	if *traces != "" {
		err := otlpjson.ReadTracesFile(*traces, func(td ptrace.Traces) error {
			for _, part := range splitTraces(td, *batch) {
				body, err := ptraceotlp.NewExportRequestFromTraces(part).MarshalProto()
				if err != nil {
					return err
				}
				if err := otlpsend.Post(ctx, client, *endpoint+"/v1/traces", body); err != nil {
					return err
				}
				sent += part.SpanCount()
			}
			return nil
		})
		if err != nil {
			log.Fatalf("traces: %v", err)
		}
	}
	if *logs != "" {
		err := otlpjson.ReadLogsFile(*logs, func(ld plog.Logs) error {
			body, err := plogotlp.NewExportRequestFromLogs(ld).MarshalProto()
			if err != nil {
				return err
			}
			sent += ld.LogRecordCount()
			return otlpsend.Post(ctx, client, *endpoint+"/v1/logs", body)
		})
		if err != nil {
			log.Fatalf("logs: %v", err)
		}
	}
	fmt.Printf("replay: sent %d records to %s\n", sent, *endpoint)
}

// splitTraces cuts td into parts of at most n spans, keeping each resource
// and scope with its spans. Spans of one trace stay in order.
func splitTraces(td ptrace.Traces, n int) []ptrace.Traces {
	if td.SpanCount() <= n {
		return []ptrace.Traces{td}
	}
	var out []ptrace.Traces
	cur := ptrace.NewTraces()
	count := 0
	rss := td.ResourceSpans()
	for i := 0; i < rss.Len(); i++ {
		rs := rss.At(i)
		for j := 0; j < rs.ScopeSpans().Len(); j++ {
			ss := rs.ScopeSpans().At(j)
			var dst ptrace.SpanSlice
			open := false
			for k := 0; k < ss.Spans().Len(); k++ {
				if count == n {
					out = append(out, cur)
					cur, count, open = ptrace.NewTraces(), 0, false
				}
				if !open {
					open = true
					nrs := cur.ResourceSpans().AppendEmpty()
					rs.Resource().CopyTo(nrs.Resource())
					nss := nrs.ScopeSpans().AppendEmpty()
					ss.Scope().CopyTo(nss.Scope())
					dst = nss.Spans()
				}
				ss.Spans().At(k).CopyTo(dst.AppendEmpty())
				count++
			}
		}
	}
	if count > 0 {
		out = append(out, cur)
	}
	return out
}
