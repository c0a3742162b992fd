package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/config/confighttp"
	"go.opentelemetry.io/collector/config/configoptional"
	"go.opentelemetry.io/collector/connector/connectortest"
	"go.opentelemetry.io/collector/consumer"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/plog/plogotlp"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/pdata/ptrace/ptraceotlp"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector"
	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor"
)

// The stage benchmarks measure, in process and per record, what the two
// pipelines of `make bench-pipeline` do with the same workload (100 log
// records and 100 spans per OTLP request, as pipebench sends them), so a
// change can be judged by CPU per record instead of the collector's CPU %
// on a shared machine:
//
//   - BenchmarkPipelineBase: what (a) does per record that runs in process:
//     the receiver's protobuf decoding and the batch processor's merging.
//   - BenchmarkPipelineB: the (b): the same decoding and merging,
//     the fingerprint processor, and after the batch the backlog exporter
//     (its flush, every 10 s, at most once in a run of 3000 ops).
//   - BenchmarkPipelineOurs: (b+c), `make bench-pipeline`'s ours: (b) with
//     the trace_findings connector after the batch too (its evaluation on
//     its ticker, as in the binary).
//
// cpu-ns/rec is the process's CPU time (every thread: GC workers and
// tickers included) per record of either signal; it moves far less with
// the machine's load than wall time (ns/rec). BenchmarkPipelineB and
// BenchmarkPipelineOurs also report each stage's CPU time (<stage>-ns/rec, read from the benchmark
// goroutine's thread clock) per record of either signal; base-ns/rec is
// the decoding and merging inside it, and extra/base what (b) adds in
// units of it (cpu-ns/rec / base-ns/rec - 1): the load of the machine
// scales both, so this ratio is the steadiest figure. `make bench-stages`
// runs
//
//	go test -run '^$' -bench 'Pipeline' -benchmem -cpu 1 -count 6 -benchtime 3000x ./cmd/pipebench/
//
// With STAGE_PACE=10ms BenchmarkPipelineB and BenchmarkPipelineOurs
// start each measured op 10 ms after the previous one (an op's ~200
// records are 10 ms of the binary's stream at pipebench's 10,000 records/s
// of each signal), sleeping in between, so the stages run in short bursts
// on caches the rest of the machine used meanwhile, as in the binary (at
// ~15 % of a core), instead of in one hot loop: their per-record figures
// then read nearer the binary's (docs/evaluation.md, Pipeline overhead,
// eighteenth round). ns/rec then counts the sleeps; the stage clocks and
// cpu-ns/rec do not.
//
// The collector's HTTP server, the debug exporter and the runtime's share
// of (a) are not here: the binaries' ratio is estimated as
// 1 + extra/base * base/base_binary, with base_binary the CPU per record
// of (a) that pipebench measures (docs/evaluation.md, Pipeline overhead).

const (
	stageReq   = 100  // spans per OTLP request, at least (a request ends with a whole trace), and about as many log records
	stageBatch = 2000 // records per batch out of the batch processor: its 200 ms timeout at 10,000 records/s
)

// stagePool holds n pairs of encoded OTLP requests (logs, traces) of the
// pipebench workload, stamped around now. Each pass over the pool
// generates its n pairs afresh from the same generator, as pipebench's
// sender does (its values never repeat a body with an id in it, and its
// traces are new): a pool whose bodies came round again would be answered
// by the masker's memo, which the binary's stream is not (docs/evaluation.md,
// Pipeline overhead, twelfth round). With STAGE_POOL=repeat every pass
// holds the first pass's bodies again, with the traces renamed (the
// stage benchmarks before that round), for comparison.
type stagePool struct {
	n, seed          uint64
	now              time.Time // every pass is stamped around it, as the first
	w                *workload
	repeat           bool
	logs, traces     [][]byte
	logIDs, traceIDs [][]int // offsets of trace ids in logs[i], traces[i] (repeat)
	records          []int   // log records and spans of pair i
	pass             uint64  // the pass the pool holds
}

func newStagePool(b *testing.B, n int, seed uint64) *stagePool {
	b.Helper()
	p := &stagePool{n: uint64(n), seed: seed, now: time.Now(), w: newWorkload(seed), repeat: os.Getenv("STAGE_POOL") == "repeat"}
	p.generate(b, p.w)
	return p
}

// generate fills the pool with n new pairs from w.
func (p *stagePool) generate(b *testing.B, w *workload) {
	b.Helper()
	now := p.now
	p.logs, p.traces, p.logIDs, p.traceIDs, p.records = p.logs[:0], p.traces[:0], p.logIDs[:0], p.traceIDs[:0], p.records[:0]
	for i := 0; i < int(p.n); i++ {
		ld, td := w.batch(stageReq, now.Add(time.Duration(i)*10*time.Millisecond))
		lb, err := plogotlp.NewExportRequestFromLogs(ld).MarshalProto()
		if err != nil {
			b.Fatal(err)
		}
		tb, err := ptraceotlp.NewExportRequestFromTraces(td).MarshalProto()
		if err != nil {
			b.Fatal(err)
		}
		p.logs, p.traces = append(p.logs, lb), append(p.traces, tb)
		if p.repeat {
			ids := map[pcommon.TraceID]bool{}
			for _, rs := range td.ResourceSpans().All() {
				for _, ss := range rs.ScopeSpans().All() {
					for _, sp := range ss.Spans().All() {
						ids[sp.TraceID()] = true
					}
				}
			}
			p.logIDs, p.traceIDs = append(p.logIDs, offsets(lb, ids)), append(p.traceIDs, offsets(tb, ids))
		}
		p.records = append(p.records, ld.LogRecordCount()+td.SpanCount())
	}
}

// offsets returns where the ids occur in buf.
func offsets(buf []byte, ids map[pcommon.TraceID]bool) []int {
	var out []int
	for id := range ids {
		for at := 0; ; {
			k := bytes.Index(buf[at:], id[:])
			if k < 0 {
				break
			}
			out = append(out, at+k)
			at += k + len(id)
		}
	}
	return out
}

// count is how many records request(i) holds.
func (p *stagePool) count(i int) int { return p.records[i%len(p.records)] }

// request returns the i-th request pair of the stream, generating the
// pool's next pass when request(i) begins one (call with the timer stopped
// and the process's CPU clock set aside when that may happen: see due).
func (p *stagePool) request(b *testing.B, i int) (logs, traces []byte) {
	k := i % len(p.logs)
	if pass := uint64(i) / p.n; pass != p.pass {
		if p.repeat {
			// the first pass's pairs again (the same generator's stream
			// from its start), their traces renamed
			p.generate(b, newWorkload(p.seed))
			for j := range p.logs {
				xorIDs(p.logs[j], p.logIDs[j], pass)
				xorIDs(p.traces[j], p.traceIDs[j], pass)
			}
		} else {
			p.generate(b, p.w)
		}
		p.pass = pass
		// the generator's garbage is collected here, not in the timed loop
		runtime.GC()
	}
	return p.logs[k], p.traces[k]
}

// due reports whether request(i) starts a new pass.
func (p *stagePool) due(i int) bool {
	return uint64(i)/p.n != p.pass
}

func xorIDs(buf []byte, offs []int, delta uint64) {
	for _, o := range offs {
		for k := 0; k < 8; k++ {
			buf[o+8+k] ^= byte(delta >> (8 * k))
		}
	}
}

// batcher merges requests the way the batch processor does (moving the
// resource groups into one pending batch) and hands a batch on once it
// holds stageBatch records.
type batcher struct {
	logs       plog.Logs
	traces     ptrace.Traces
	nLogs, nSp int
	nextL      func(plog.Logs)
	nextT      func(ptrace.Traces)
}

func newBatcher(nextL func(plog.Logs), nextT func(ptrace.Traces)) *batcher {
	return &batcher{logs: plog.NewLogs(), traces: ptrace.NewTraces(), nextL: nextL, nextT: nextT}
}

func (bt *batcher) addLogs(ld plog.Logs) {
	bt.nLogs += ld.LogRecordCount()
	ld.ResourceLogs().MoveAndAppendTo(bt.logs.ResourceLogs())
	if bt.nLogs >= stageBatch {
		out := bt.logs
		bt.logs, bt.nLogs = plog.NewLogs(), 0
		bt.nextL(out)
	}
}

func (bt *batcher) addTraces(td ptrace.Traces) {
	bt.nSp += td.SpanCount()
	td.ResourceSpans().MoveAndAppendTo(bt.traces.ResourceSpans())
	if bt.nSp >= stageBatch {
		out := bt.traces
		bt.traces, bt.nSp = ptrace.NewTraces(), 0
		bt.nextT(out)
	}
}

func decodeLogs(b *testing.B, raw []byte) plog.Logs {
	req := plogotlp.NewExportRequest()
	if err := req.UnmarshalProto(raw); err != nil {
		b.Fatal(err)
	}
	return req.Logs()
}

func decodeTraces(b *testing.B, raw []byte) ptrace.Traces {
	req := ptraceotlp.NewExportRequest()
	if err := req.UnmarshalProto(raw); err != nil {
		b.Fatal(err)
	}
	return req.Traces()
}

// poolSize is how many request pairs a benchmark generates at a time
// (about 8,700 traces), with the timer stopped; each pass over them
// generates the next ones.
const poolSize = 400

// BenchmarkPipelineBase: decoding and batching, one op = one logs request
// and one traces request (about 200 records: a request ends with a whole
// trace; per-record figures divide by the exact count).
func BenchmarkPipelineBase(b *testing.B) {
	pool := newStagePool(b, poolSize, 1)
	var renaming time.Duration // CPU spent generating the next pass, not counted
	var records int
	var sink int
	bt := newBatcher(func(ld plog.Logs) { sink += ld.LogRecordCount() }, func(td ptrace.Traces) { sink += td.SpanCount() })
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := processCPU()
	for i := 0; i < b.N; i++ {
		if pool.due(i) {
			c := processCPU()
			b.StopTimer()
			pool.request(b, i)
			b.StartTimer()
			renaming += processCPU() - c
		}
		l, t := pool.request(b, i)
		bt.addLogs(decodeLogs(b, l))
		bt.addTraces(decodeTraces(b, t))
		records += pool.count(i)
	}
	b.ReportMetric(float64((processCPU()-cpu0-renaming).Nanoseconds())/float64(records), "cpu-ns/rec")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(records), "ns/rec")
	_ = sink
}

// threadCPU is the calling thread's CPU time. The benchmark's goroutine is
// locked to its thread, so the difference of two readings is the CPU a
// stage took (its GC assists included), whatever else the machine runs.
func threadCPU() time.Duration {
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, 3 /* CLOCK_THREAD_CPUTIME_ID */, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		panic(e)
	}
	return time.Duration(ts.Nano())
}

// processCPU is the process's CPU time (user and system, every thread:
// the GC's workers and the components' tickers included).
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// stageClock adds the CPU time since start to *d and returns now.
func stageClock(d *time.Duration, start time.Duration) time.Duration {
	now := threadCPU()
	*d += now - start
	return now
}

// BenchmarkPipelineB: the (b), otlp -> fingerprint -> batch ->
// backlog; one op = one logs request and one traces request (about 200
// records).
func BenchmarkPipelineB(b *testing.B) { benchmarkOurs(b, false) }

// BenchmarkPipelineOurs: (b+c), (b) and the trace_findings connector; one
// op = one logs request and one traces request (about 200 records).
func BenchmarkPipelineOurs(b *testing.B) { benchmarkOurs(b, true) }

func benchmarkOurs(b *testing.B, withConnector bool) {
	// The stage clocks read this thread's CPU time: keep the goroutine on
	// it (the tickers' goroutines run on others).
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	ctx := context.Background()
	host := componenttest.NewNopHost()

	ef := backlogexporter.NewFactory()
	ecfg := ef.CreateDefaultConfig().(*backlogexporter.Config)
	ecfg.Directory = b.TempDir()
	// The flush keeps its 10 s: it costs per flush (the clusters ranked and
	// written), not per record, so at the benchmark's speed, which moves
	// with the machine's load, it would count more or less often per record
	// than in the binary, where it is about 1.5 % of (b); a run of
	// -benchtime 3000x sees one flush at most.
	srv := confighttp.NewDefaultServerConfig()
	srv.NetAddr.Endpoint = "127.0.0.1:0"
	ecfg.HTTP = configoptional.Some(backlogexporter.HTTPConfig{ServerConfig: srv})
	eset := exportertest.NewNopSettings(ef.Type())
	el, err := ef.CreateLogs(ctx, eset, ecfg)
	if err != nil {
		b.Fatal(err)
	}
	et, err := ef.CreateTraces(ctx, eset, ecfg)
	if err != nil {
		b.Fatal(err)
	}

	var cl consumer.Logs = consumerLogs(func(plog.Logs) {})
	var ct consumer.Traces = consumerTraces(func(ptrace.Traces) {})
	comps := []component.Component{el, et}
	cf := tracefindingsconnector.NewFactory()
	ccfg := cf.CreateDefaultConfig().(*tracefindingsconnector.Config)
	// The connector's evaluation costs per trace judged (every trace is
	// judged once, at its settle or at max_pending_traces): it runs every
	// 100 ms instead of every second so that it happens during the
	// measured loop; its cost per record does not depend on the interval.
	ccfg.EvaluationInterval = 100 * time.Millisecond
	if withConnector {
		cset := connectortest.NewNopSettings(cf.Type())
		cts, err := cf.CreateTracesToLogs(ctx, cset, ccfg, el)
		if err != nil {
			b.Fatal(err)
		}
		cls, err := cf.CreateLogsToLogs(ctx, cset, ccfg, el)
		if err != nil {
			b.Fatal(err)
		}
		ct, cl = cts, cls
		comps = append(comps, cts, cls)
	}

	var dProcL, dProcT, dConnL, dConnT, dExpL, dExpT, dBase time.Duration
	// During the warm-up, count what the processor wrote, so the
	// benchmark fails rather than measure a pipeline that does nothing.
	checking, templated, classified := true, 0, 0
	bt := newBatcher(func(ld plog.Logs) {
		if checking {
			for _, rl := range ld.ResourceLogs().All() {
				for _, sl := range rl.ScopeLogs().All() {
					for _, lr := range sl.LogRecords().All() {
						if _, ok := lr.Attributes().Get(attrs.LogRecordTemplate); ok {
							templated++
						}
					}
				}
			}
		}
		t := threadCPU()
		if err := cl.ConsumeLogs(ctx, ld); err != nil {
			b.Fatal(err)
		}
		t = stageClock(&dConnL, t)
		if err := el.ConsumeLogs(ctx, ld); err != nil {
			b.Fatal(err)
		}
		stageClock(&dExpL, t)
	}, func(td ptrace.Traces) {
		if checking {
			for _, rs := range td.ResourceSpans().All() {
				for _, ss := range rs.ScopeSpans().All() {
					for _, sp := range ss.Spans().All() {
						if _, ok := sp.Attributes().Get(attrs.FingerprintKind); ok {
							classified++
						}
					}
				}
			}
		}
		t := threadCPU()
		if err := ct.ConsumeTraces(ctx, td); err != nil {
			b.Fatal(err)
		}
		t = stageClock(&dConnT, t)
		if err := et.ConsumeTraces(ctx, td); err != nil {
			b.Fatal(err)
		}
		stageClock(&dExpT, t)
	})
	// The processor hands its output to the batcher; the batcher's own
	// time is counted as base, the stages after it by their clocks.
	var batchStart time.Duration
	var inner time.Duration
	pf := fingerprintprocessor.NewFactory()
	pcfg := pf.CreateDefaultConfig()
	pset := processortest.NewNopSettings(pf.Type())
	pl, err := pf.CreateLogs(ctx, pset, pcfg, consumerLogs(func(ld plog.Logs) {
		batchStart = threadCPU()
		before := dConnL + dExpL
		bt.addLogs(ld)
		inner = (threadCPU() - batchStart) - (dConnL + dExpL - before)
	}))
	if err != nil {
		b.Fatal(err)
	}
	pt, err := pf.CreateTraces(ctx, pset, pcfg, consumerTraces(func(td ptrace.Traces) {
		batchStart = threadCPU()
		before := dConnT + dExpT
		bt.addTraces(td)
		inner = (threadCPU() - batchStart) - (dConnT + dExpT - before)
	}))
	if err != nil {
		b.Fatal(err)
	}
	comps = append(comps, pl, pt)
	for _, c := range comps {
		if err := c.Start(ctx, host); err != nil {
			b.Fatal(err)
		}
	}
	b.Cleanup(func() {
		for _, c := range slices.Backward(comps) {
			_ = c.Shutdown(ctx)
		}
		// the exporter's last flush: the failing records made problems.
		// Whether one passes the gates into items is not this check's:
		// in a run of fresh records every problem is failing since the
		// data began, so the gates hold it on the watchlist.
		raw, err := os.ReadFile(filepath.Join(ecfg.Directory, "backlog.json"))
		if err != nil {
			b.Errorf("the exporter wrote no backlog: %v", err)
			return
		}
		var bl struct {
			Items     []json.RawMessage `json:"items"`
			Watchlist []json.RawMessage `json:"watchlist"`
		}
		if err := json.Unmarshal(raw, &bl); err != nil || len(bl.Items)+len(bl.Watchlist) == 0 {
			b.Errorf("the exporter's backlog has no problem (%v): %.200s", err, raw)
		}
	})

	pool := newStagePool(b, poolSize, 1)
	var renaming time.Duration // CPU spent generating the next pass, not counted
	var records int
	step := func(i int) {
		if pool.due(i) {
			c := processCPU()
			b.StopTimer()
			pool.request(b, i)
			b.StartTimer()
			renaming += processCPU() - c
		}
		lraw, traw := pool.request(b, i)
		t := threadCPU()
		ld := decodeLogs(b, lraw)
		t = stageClock(&dBase, t)
		before := dConnL + dExpL
		inner = 0
		if err := pl.ConsumeLogs(ctx, ld); err != nil {
			b.Fatal(err)
		}
		// the processor's time is its call minus the batcher and what
		// ran after it
		whole := (threadCPU() - t)
		after := dConnL + dExpL - before
		dProcL += whole - after - inner
		dBase += inner
		t = threadCPU()
		td := decodeTraces(b, traw)
		t = stageClock(&dBase, t)
		before = dConnT + dExpT
		inner = 0
		if err := pt.ConsumeTraces(ctx, td); err != nil {
			b.Fatal(err)
		}
		whole = (threadCPU() - t)
		after = dConnT + dExpT - before
		dProcT += whole - after - inner
		dBase += inner
		records += pool.count(i)
	}
	// warm up: latency baselines, templates, and the connector's pending
	// traces up to max_pending_traces (20,000: three passes), where the
	// binary runs at 10,000 spans/s
	warm := 3 * poolSize
	for i := 0; i < warm; i++ {
		step(i)
	}
	checking = false
	// every log record gets a template; spans that fail or call out get a
	// kind (the workload: 10 % fail, half the spans are clients)
	if templated < warm*stageReq*9/10 || classified == 0 {
		b.Fatalf("the processor templated %d of about %d log records and classified %d spans", templated, warm*stageReq, classified)
	}
	dProcL, dProcT, dConnL, dConnT, dExpL, dExpT, dBase = 0, 0, 0, 0, 0, 0, 0
	b.ReportAllocs()
	b.ResetTimer()
	renaming, records = 0, 0
	pace := stagePace(b)
	cpu0 := processCPU()
	next := time.Now()
	for i := 0; i < b.N; i++ {
		step(warm + i)
		if pace > 0 {
			next = next.Add(pace)
			time.Sleep(time.Until(next))
		}
	}
	cpu := processCPU() - cpu0 - renaming
	b.StopTimer()
	n := float64(records)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/rec")
	b.ReportMetric(float64(cpu.Nanoseconds())/n, "cpu-ns/rec")
	// What (b) adds, in units of the decoding and merging measured in the
	// same run: the machine's load scales both alike.
	b.ReportMetric(float64((cpu-dBase).Nanoseconds())/float64(dBase.Nanoseconds()), "extra/base")
	for _, m := range []struct {
		d    time.Duration
		name string
	}{
		{dBase, "base-ns/rec"},
		{dProcL, "proc-logs-ns/rec"},
		{dProcT, "proc-spans-ns/rec"},
		{dConnL, "conn-logs-ns/rec"},
		{dConnT, "conn-spans-ns/rec"},
		{dExpL, "exp-logs-ns/rec"},
		{dExpT, "exp-spans-ns/rec"},
	} {
		b.ReportMetric(float64(m.d.Nanoseconds())/n, m.name)
	}
}

// stagePace is STAGE_PACE, the time from one measured op's start to the
// next's (0: none, a hot loop).
func stagePace(b *testing.B) time.Duration {
	v := os.Getenv("STAGE_PACE")
	if v == "" {
		return 0
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 {
		b.Fatalf("STAGE_PACE=%q: want a duration such as 10ms", v)
	}
	return d
}

type consumerLogs func(plog.Logs)

func (f consumerLogs) Capabilities() consumer.Capabilities {
	return consumer.Capabilities{MutatesData: true}
}
func (f consumerLogs) ConsumeLogs(_ context.Context, ld plog.Logs) error { f(ld); return nil }

type consumerTraces func(ptrace.Traces)

func (f consumerTraces) Capabilities() consumer.Capabilities {
	return consumer.Capabilities{MutatesData: true}
}
func (f consumerTraces) ConsumeTraces(_ context.Context, td ptrace.Traces) error { f(td); return nil }
