package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/config/confighttp"
	"go.opentelemetry.io/collector/config/configoptional"
	"go.opentelemetry.io/collector/connector/connectortest"
	"go.opentelemetry.io/collector/consumer"
	"go.opentelemetry.io/collector/exporter"
	"go.opentelemetry.io/collector/exporter/exportertest"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/connector/tracefindingsconnector"
	"github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter"
	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
	"github.com/otelcol-backlog/otelcol-backlog/internal/score"
	"github.com/otelcol-backlog/otelcol-backlog/internal/statestore/statestoretest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/github"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor"
)

// window is one case's telemetry, flattened into a time-ordered stream of
// log records and whole traces.
type window struct {
	id     string
	logs   []plog.Logs // the files' objects, kept alive for the references
	traces []ptrace.Traces
	events []event // sorted by time
	start  int64   // earliest record time (unix ns)
}

// event is one log record or one whole trace.
type event struct {
	t    int64
	log  *logRef
	tr   *traceRef
	size int
}

type logRef struct {
	res pcommon.Resource
	lr  plog.LogRecord
}

type spanRef struct {
	res pcommon.Resource
	sp  ptrace.Span
}

type traceRef struct {
	spans []spanRef
}

// loadWindow reads a case directory's logs and traces.
func loadWindow(dataDir, id string) (*window, error) {
	return windowFrom(id,
		func(fn func(plog.Logs) error) error { return otlpjson.ReadLogsFile(otlpjson.LogsPath(dataDir, id), fn) },
		func(fn func(ptrace.Traces) error) error {
			return otlpjson.ReadTracesFile(otlpjson.TracesPath(dataDir, id), fn)
		})
}

// windowFrom flattens a window's logs and traces (each read by its
// function) into an event-time-ordered stream.
func windowFrom(id string, readLogs func(func(plog.Logs) error) error, readTraces func(func(ptrace.Traces) error) error) (*window, error) {
	w := &window{id: id}
	err := readLogs(func(ld plog.Logs) error {
		w.logs = append(w.logs, ld)
		rls := ld.ResourceLogs()
		for i := 0; i < rls.Len(); i++ {
			rl := rls.At(i)
			for j := 0; j < rl.ScopeLogs().Len(); j++ {
				lrs := rl.ScopeLogs().At(j).LogRecords()
				for k := 0; k < lrs.Len(); k++ {
					lr := lrs.At(k)
					t := int64(lr.Timestamp())
					if t == 0 {
						t = int64(lr.ObservedTimestamp())
					}
					w.events = append(w.events, event{t: t, log: &logRef{res: rl.Resource(), lr: lr}, size: 1})
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s logs: %w", id, err)
	}
	byTrace := map[pcommon.TraceID]*traceRef{}
	var order []pcommon.TraceID
	err = readTraces(func(td ptrace.Traces) error {
		w.traces = append(w.traces, td)
		rss := td.ResourceSpans()
		for i := 0; i < rss.Len(); i++ {
			rs := rss.At(i)
			for j := 0; j < rs.ScopeSpans().Len(); j++ {
				spans := rs.ScopeSpans().At(j).Spans()
				for k := 0; k < spans.Len(); k++ {
					sp := spans.At(k)
					tr := byTrace[sp.TraceID()]
					if tr == nil {
						tr = &traceRef{}
						byTrace[sp.TraceID()] = tr
						order = append(order, sp.TraceID())
					}
					tr.spans = append(tr.spans, spanRef{res: rs.Resource(), sp: sp})
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s traces: %w", id, err)
	}
	for _, id := range order {
		tr := byTrace[id]
		// A trace is exported once complete: it enters the stream at its
		// last end time, its spans ordered by start.
		var end int64
		for _, s := range tr.spans {
			end = max(end, int64(s.sp.EndTimestamp()), int64(s.sp.StartTimestamp()))
		}
		slices.SortStableFunc(tr.spans, func(a, b spanRef) int {
			return cmp.Compare(a.sp.StartTimestamp(), b.sp.StartTimestamp())
		})
		w.events = append(w.events, event{t: end, tr: tr, size: len(tr.spans)})
	}
	slices.SortStableFunc(w.events, func(a, b event) int { return cmp.Compare(a.t, b.t) })
	if len(w.events) > 0 {
		w.start = w.events[0].t
		for _, e := range w.events {
			if e.tr != nil {
				for _, s := range e.tr.spans {
					if st := int64(s.sp.StartTimestamp()); st > 0 && st < w.start {
						w.start = st
					}
				}
			}
		}
	}
	return w, nil
}

// pipeline is a fresh fingerprint processor -> trace_findings connector and
// backlog exporter (the connector's findings -> the exporter), built through
// the public factories with default settings, wired as the collector wires
// testdata/run/config.yaml. With tickets measured, the exporter has a
// GitHub sink pointed at a fake GitHub on 127.0.0.1 (internal/tracker/fake).
type pipeline struct {
	logs   consumer.Logs
	traces consumer.Traces
	procs  []component.Component // processors and connectors
	exp    [2]component.Component
	le     exporter.Logs // the current exporter instance
	te     exporter.Traces
	ef     exporter.Factory
	eset   exporter.Settings // one component ID for every instance (its storage client's name)
	ecfg   *backlogexporter.Config
	host   component.Host
	gh     *fake.GitHub // nil: no tickets
	dir    string
}

// scoring, when set, changes the exporter's default scoring (experiments).
var scoring func(*score.Config)

// problemItems ranks problems (the exporter's problem_items, the default)
// in the replayed pipeline; EVAL_CLUSTER_ITEMS=1 ranks clusters instead.
var problemItems = os.Getenv("EVAL_CLUSTER_ITEMS") == ""

// restartAfterWarmup restarts the exporter between the warm-up windows and
// the window (-restart-after-warmup): its state goes through an in-memory
// storage extension, as in a collector restarted with file_storage.
var restartAfterWarmup bool

// measureTickets adds the GitHub sink and the ticket counts (-tickets).
var measureTickets = true

// deduplicateRedelivered sets the exporter's deduplicate_redelivered
// (-deduplicate-redelivered; its default is the exporter's).
var deduplicateRedelivered = backlogexporter.NewFactory().CreateDefaultConfig().(*backlogexporter.Config).DeduplicateRedelivered

func newPipeline(ctx context.Context, dir string) (*pipeline, error) {
	ef := backlogexporter.NewFactory()
	ecfg := ef.CreateDefaultConfig().(*backlogexporter.Config)
	ecfg.Directory = dir
	ecfg.HTTP = configoptional.None[backlogexporter.HTTPConfig]() // no web page (and no port)
	ecfg.FlushInterval = time.Hour                                // Shutdown flushes
	ecfg.ProblemItems = problemItems
	ecfg.DeduplicateRedelivered = deduplicateRedelivered
	if scoring != nil {
		scoring(&ecfg.Scoring)
	}
	p := &pipeline{dir: dir, ef: ef, ecfg: ecfg, host: componenttest.NewNopHost()}
	if restartAfterWarmup {
		id := component.MustNewID("file_storage")
		p.host = statestoretest.NewHost(id, statestoretest.New())
		ecfg.Storage = &id
	}
	if measureTickets {
		p.gh = fake.NewGitHub()
		gc := backlogexporter.GitHubConfig{ClientConfig: confighttp.NewDefaultClientConfig(), Config: github.DefaultConfig()}
		gc.Endpoint = p.gh.URL()
		gc.Owner, gc.Repo, gc.Token = "eval", "backlog", "t0ken"
		// Every ticket-worthy problem is ticketed at the flush that finds
		// it (no write budget deferring some to a later sync), at once.
		gc.WritesPerSecond, gc.ReadsPerSecond, gc.MaxWritesPerSync = 0, 0, 10000
		// The harness flushes once, at shutdown: its one document is the
		// settled end of the case, which group_wait makes the binary wait
		// for (binary.go); here no later sync would ever open the tickets.
		gc.GroupWait = 0
		ecfg.Trackers.GitHub = []backlogexporter.GitHubConfig{gc}
		if err := ecfg.Validate(); err != nil {
			return nil, err
		}
	}
	if err := p.startExporter(ctx, ef, ecfg); err != nil {
		return nil, err
	}
	// The processors and the connector feed whichever exporter instance
	// is current (restart swaps it).
	toLogs, err := consumer.NewLogs(func(ctx context.Context, ld plog.Logs) error { return p.le.ConsumeLogs(ctx, ld) })
	if err != nil {
		return nil, err
	}
	toTraces, err := consumer.NewTraces(func(ctx context.Context, td ptrace.Traces) error { return p.te.ConsumeTraces(ctx, td) })
	if err != nil {
		return nil, err
	}
	cf := tracefindingsconnector.NewFactory()
	ccfg := cf.CreateDefaultConfig()
	cset := connectortest.NewNopSettings(cf.Type())
	lc, err := cf.CreateLogsToLogs(ctx, cset, ccfg, toLogs)
	if err != nil {
		return nil, err
	}
	tc, err := cf.CreateTracesToLogs(ctx, cset, ccfg, toLogs)
	if err != nil {
		return nil, err
	}
	pf := fingerprintprocessor.NewFactory()
	pcfg := pf.CreateDefaultConfig()
	// As the recommended configurations: latency causes judged with whole
	// traces by the connector (docs/deployment.md).
	pcfg.(*fingerprintprocessor.Config).Traces.Latency.Attribution = fingerprintprocessor.AttributionTrace
	pset := processortest.NewNopSettings(pf.Type())
	logsNext, err := consumer.NewLogs(fanout(lc.ConsumeLogs, toLogs.ConsumeLogs))
	if err != nil {
		return nil, err
	}
	tracesNext, err := consumer.NewTraces(fanout(tc.ConsumeTraces, toTraces.ConsumeTraces))
	if err != nil {
		return nil, err
	}
	lp, err := pf.CreateLogs(ctx, pset, pcfg, logsNext)
	if err != nil {
		return nil, err
	}
	tp, err := pf.CreateTraces(ctx, pset, pcfg, tracesNext)
	if err != nil {
		return nil, err
	}
	// Started after the exporter, shut down before it.
	p.logs, p.traces = lp, tp
	p.procs = []component.Component{lp, tp, lc, tc}
	for _, c := range p.procs {
		if err := c.Start(ctx, p.host); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// startExporter creates and starts an exporter instance from cfg.
func (p *pipeline) startExporter(ctx context.Context, ef exporter.Factory, cfg *backlogexporter.Config) error {
	if p.eset.ID.Type() != ef.Type() {
		p.eset = exportertest.NewNopSettings(ef.Type())
	}
	eset := p.eset
	le, err := ef.CreateLogs(ctx, eset, cfg)
	if err != nil {
		return err
	}
	te, err := ef.CreateTraces(ctx, eset, cfg)
	if err != nil {
		return err
	}
	p.le, p.te, p.exp = le, te, [2]component.Component{le, te}
	for _, c := range p.exp {
		if err := c.Start(ctx, p.host); err != nil {
			return err
		}
	}
	return nil
}

// restart shuts the current exporter instance down (it flushes and saves
// its state) and starts a new one from the same configuration (it restores
// the state), as a collector restart does.
func (p *pipeline) restart(ctx context.Context) error {
	for _, c := range p.exp {
		if err := c.Shutdown(ctx); err != nil {
			return err
		}
	}
	return p.startExporter(ctx, p.ef, p.ecfg)
}

// fanout feeds one pipeline's consumers in turn, as the collector's fanout
// does (none of them mutates data).
func fanout[T any](consume ...func(context.Context, T) error) func(context.Context, T) error {
	return func(ctx context.Context, data T) error {
		var errs []error
		for _, c := range consume {
			errs = append(errs, c(ctx, data))
		}
		return errors.Join(errs...)
	}
}

// replay sends a window in event-time order, in batches of about batch
// records (a trace is never split).
// offset (ns) is added to every timestamp.
func (p *pipeline) replay(ctx context.Context, w *window, batch int, offset int64) error {
	return eachBatch(w, batch, offset, func(td ptrace.Traces, ld plog.Logs) error {
		if td.SpanCount() > 0 {
			if err := p.traces.ConsumeTraces(ctx, td); err != nil {
				return err
			}
		}
		if ld.LogRecordCount() > 0 {
			if err := p.logs.ConsumeLogs(ctx, ld); err != nil {
				return err
			}
		}
		return nil
	})
}

// eachBatch cuts a window into batches of about batch records in event-time
// order (a trace is never split), shifted by offset ns, and calls send for
// each.
func eachBatch(w *window, batch int, offset int64, send func(ptrace.Traces, plog.Logs) error) error {
	var cur []event
	n := 0
	flush := func() error {
		if len(cur) == 0 {
			return nil
		}
		td, ld := buildBatch(cur, offset)
		if err := send(td, ld); err != nil {
			return err
		}
		cur, n = cur[:0], 0
		return nil
	}
	for _, e := range w.events {
		cur = append(cur, e)
		n += e.size
		if n >= batch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// buildBatch copies a run of events into one Traces and one Logs, one
// resource entry per source resource.
func buildBatch(evs []event, offset int64) (ptrace.Traces, plog.Logs) {
	td, ld := ptrace.NewTraces(), plog.NewLogs()
	spansOf := map[pcommon.Resource]ptrace.SpanSlice{}
	logsOf := map[pcommon.Resource]plog.LogRecordSlice{}
	for _, e := range evs {
		if e.log != nil {
			s, ok := logsOf[e.log.res]
			if !ok {
				rl := ld.ResourceLogs().AppendEmpty()
				e.log.res.CopyTo(rl.Resource())
				s = rl.ScopeLogs().AppendEmpty().LogRecords()
				logsOf[e.log.res] = s
			}
			lr := s.AppendEmpty()
			e.log.lr.CopyTo(lr)
			if offset != 0 {
				lr.SetTimestamp(shift(lr.Timestamp(), offset))
				lr.SetObservedTimestamp(shift(lr.ObservedTimestamp(), offset))
			}
			continue
		}
		for _, r := range e.tr.spans {
			s, ok := spansOf[r.res]
			if !ok {
				rs := td.ResourceSpans().AppendEmpty()
				r.res.CopyTo(rs.Resource())
				s = rs.ScopeSpans().AppendEmpty().Spans()
				spansOf[r.res] = s
			}
			sp := s.AppendEmpty()
			r.sp.CopyTo(sp)
			if offset != 0 {
				sp.SetStartTimestamp(shift(sp.StartTimestamp(), offset))
				sp.SetEndTimestamp(shift(sp.EndTimestamp(), offset))
				for i := 0; i < sp.Events().Len(); i++ {
					ev := sp.Events().At(i)
					ev.SetTimestamp(shift(ev.Timestamp(), offset))
				}
			}
		}
	}
	return td, ld
}

func shift(t pcommon.Timestamp, offset int64) pcommon.Timestamp {
	if t == 0 {
		return 0
	}
	return pcommon.Timestamp(int64(t) + offset)
}

// finish shuts the pipeline down (the exporter flushes) and reads the
// backlog document.
func (p *pipeline) finish(ctx context.Context) (*backlog.Document, error) {
	for _, c := range append(p.procs, p.exp[:]...) {
		if err := c.Shutdown(ctx); err != nil {
			return nil, err
		}
	}
	data, err := os.ReadFile(filepath.Join(p.dir, "backlog.json"))
	if err != nil {
		return nil, err
	}
	var doc backlog.Document
	if err := json.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		return nil, err
	}
	return &doc, nil
}

// warmOffsets shifts the warm-up windows so that time only moves forward: a
// warm-up window recorded after the next window is moved back to end a
// minute before it.
func warmOffsets(warm []*window, w *window) []int64 {
	offsets := make([]int64, len(warm))
	next := w.start
	for i := len(warm) - 1; i >= 0; i-- {
		if n := len(warm[i].events); n > 0 {
			if end := warm[i].events[n-1].t; end >= next {
				offsets[i] = next - int64(time.Minute) - end
			}
			next = warm[i].start + offsets[i]
		}
	}
	return offsets
}

// tickets is what the GitHub sink did in one run.
type tickets struct {
	// Warm is the number of tickets the warm-up windows opened (not
	// counted); Opened the number opened during the window after them.
	Warm, Opened int
	// Open holds the marker keys of the open tickets at the end, all
	// those of every ticket.
	Open, all map[string]bool
}

// runResult is a run's backlog and, when measured, its tickets.
type runResult struct {
	Doc     *backlog.Document
	Tickets *tickets
}

// run replays the warm-up windows (in order, none is fine) then w through a
// fresh pipeline and returns the backlog. With tickets measured, the
// warm-up windows are first replayed alone through another fresh pipeline:
// the tickets its GitHub sink opens are the warm-up's (not counted), and a
// ticket of the full run whose key (problem id or fingerprint) the warm-up
// already ticketed counts as that ticket, not as a new one. With
// -restart-after-warmup the exporter is also restarted between the warm-up
// and w (the ranking must not change: docs/evaluation.md).
func run(ctx context.Context, tmp string, batch int, warm []*window, w *window) (runResult, error) {
	var before map[string]bool
	warmed := 0
	if measureTickets && len(warm) > 0 {
		r, err := replayAll(ctx, tmp, batch, warm, nil)
		if err != nil {
			return runResult{}, err
		}
		before, warmed = r.Tickets.all, r.Tickets.Opened
	}
	r, err := replayAll(ctx, tmp, batch, warm, w)
	if err != nil || r.Tickets == nil {
		return r, err
	}
	r.Tickets.Warm, r.Tickets.Opened = warmed, 0
	for k := range r.Tickets.all {
		if !before[k] {
			r.Tickets.Opened++
		}
	}
	return r, nil
}

// replayAll replays the warm-up windows then w (nil: none) through a fresh
// pipeline and returns the backlog and the tickets the sink opened.
func replayAll(ctx context.Context, tmp string, batch int, warm []*window, w *window) (runResult, error) {
	dir, err := os.MkdirTemp(tmp, "backlog-")
	if err != nil {
		return runResult{}, err
	}
	defer os.RemoveAll(dir)
	p, err := newPipeline(ctx, dir)
	if err != nil {
		return runResult{}, err
	}
	if p.gh != nil {
		defer p.gh.Close()
	}
	next := w
	if next == nil {
		next = warm[len(warm)-1]
	}
	offsets := warmOffsets(warm, next)
	if w == nil {
		offsets[len(offsets)-1] = 0
	}
	for i, ww := range warm {
		if err := p.replay(ctx, ww, batch, offsets[i]); err != nil {
			return runResult{}, err
		}
	}
	if w != nil {
		if restartAfterWarmup && len(warm) > 0 {
			if err := p.restart(ctx); err != nil {
				return runResult{}, err
			}
		}
		if err := p.replay(ctx, w, batch, 0); err != nil {
			return runResult{}, err
		}
	}
	doc, err := p.finish(ctx)
	if err != nil || p.gh == nil {
		return runResult{Doc: doc}, err
	}
	t := &tickets{Open: map[string]bool{}, all: map[string]bool{}}
	for _, is := range p.gh.Issues() {
		t.Opened++
		for _, l := range is.Labels {
			if k, ok := strings.CutPrefix(l, "fp:"); ok {
				t.all[k] = true
				if is.State == "open" {
					t.Open[k] = true
				}
			}
		}
	}
	return runResult{Doc: doc, Tickets: t}, nil
}
