package fingerprintprocessor

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/processor"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/internal/loghub"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor/internal/metadata"
)

// TestDumpOutputs writes, record by record, every attribute the processor
// leaves on the log records of the Loghub 2k development set and of
// testdata/logcorpus (each a mixed stream in batches of 100 under 8
// services, as BenchmarkConsumeLogs feeds it; two passes, so templates that
// generalize after first sight show too) to the file named by
// FINGERPRINT_DUMP. scripts/compare-outputs.sh runs it on two commits and
// compares the files: a change meant to make the log path faster must leave
// them byte-identical.
func TestDumpOutputs(t *testing.T) {
	path := os.Getenv("FINGERPRINT_DUMP")
	if path == "" {
		t.Skip("SKIPPING: set FINGERPRINT_DUMP=file to dump the processor's outputs (scripts/compare-outputs.sh)")
	}
	fh, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(fh)
	for _, dir := range []string{loghubDir, "../../testdata/logcorpus"} {
		msgs, err := loghub.Mixed(dir)
		if err != nil {
			t.Fatalf("%s: %v (the dump needs ../shared and testdata/logcorpus)", dir, err)
		}
		p := newDumpProcessor(t)
		for pass := 1; pass <= 2; pass++ {
			n := 0
			for _, ld := range batches(msgs, 100) {
				if err := p.ConsumeLogs(context.Background(), ld); err != nil {
					t.Fatal(err)
				}
				rls := ld.ResourceLogs()
				for i := 0; i < rls.Len(); i++ {
					rl := rls.At(i)
					res := dumpAttrs(rl.Resource().Attributes())
					sls := rl.ScopeLogs()
					for j := 0; j < sls.Len(); j++ {
						lrs := sls.At(j).LogRecords()
						for k := 0; k < lrs.Len(); k++ {
							n++
							lr := lrs.At(k)
							fmt.Fprintf(w, "%s pass %d #%d %q resource{%s} attrs{%s}\n", dir, pass, n, lr.Body().AsString(), res, dumpAttrs(lr.Attributes()))
						}
					}
				}
			}
		}
		if err := p.Shutdown(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := fh.Close(); err != nil {
		t.Fatal(err)
	}
}

func newDumpProcessor(t *testing.T) processor.Logs {
	p, err := NewFactory().CreateLogs(context.Background(), processortest.NewNopSettings(metadata.Type), createDefaultConfig(), consumertest.NewNop())
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Start(context.Background(), componenttest.NewNopHost()); err != nil {
		t.Fatal(err)
	}
	return p
}

// dumpAttrs writes a map's entries sorted by key, values quoted.
func dumpAttrs(m pcommon.Map) string {
	var kv []string
	for k, v := range m.All() {
		kv = append(kv, fmt.Sprintf("%s=%q", k, v.AsString()))
	}
	slices.Sort(kv)
	return strings.Join(kv, " ")
}
