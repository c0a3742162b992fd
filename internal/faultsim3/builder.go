package faultsim3

import (
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
)

const chunk = 4000 // spans or log records per exported batch

// builder collects a window's spans and log records in export batches, one
// resource per replica.
type builder struct {
	s      *system
	td     []ptrace.Traces
	ld     []plog.Logs
	ss     map[*inst]ptrace.SpanSlice
	ls     map[*inst]plog.LogRecordSlice
	nSpans int
	nLogs  int
	spans  int
	logs   int
}

func newBuilder(s *system) *builder {
	return &builder{s: s}
}

func (b *builder) resource(res pcommon.Resource, in *inst, sdk bool) {
	a := res.Attributes()
	v := in.svc
	a.PutStr("service.name", v.name)
	a.PutStr("service.namespace", b.s.app.name)
	a.PutStr("service.version", in.version)
	a.PutStr("service.instance.id", in.id)
	a.PutStr("deployment.environment.name", "production")
	a.PutStr("k8s.namespace.name", b.s.app.name)
	a.PutStr("k8s.pod.name", in.pod)
	a.PutStr("k8s.pod.ip", in.ip)
	if sdk && !v.lang.infra() {
		a.PutStr("telemetry.sdk.name", "opentelemetry")
		a.PutStr("telemetry.sdk.language", v.lang.sdkLanguage())
	}
}

func (b *builder) span(in *inst, start, end int64, tr pcommon.TraceID, sid, parent pcommon.SpanID, name string, kind ptrace.SpanKind) ptrace.Span {
	if b.ss == nil || b.nSpans >= chunk {
		b.td = append(b.td, ptrace.NewTraces())
		b.ss = map[*inst]ptrace.SpanSlice{}
		b.nSpans = 0
	}
	sl, ok := b.ss[in]
	if !ok {
		rs := b.td[len(b.td)-1].ResourceSpans().AppendEmpty()
		b.resource(rs.Resource(), in, true)
		sc := rs.ScopeSpans().AppendEmpty()
		sc.Scope().SetName(scopeName(in.svc))
		sl = sc.Spans()
		b.ss[in] = sl
	}
	b.nSpans++
	b.spans++
	sp := sl.AppendEmpty()
	sp.SetTraceID(tr)
	sp.SetSpanID(sid)
	sp.SetParentSpanID(parent)
	sp.SetName(name)
	sp.SetKind(kind)
	sp.SetStartTimestamp(pcommon.Timestamp(start))
	sp.SetEndTimestamp(pcommon.Timestamp(end))
	return sp
}

func (b *builder) logRecord(in *inst) plog.LogRecord {
	if b.ls == nil || b.nLogs >= chunk {
		b.ld = append(b.ld, plog.NewLogs())
		b.ls = map[*inst]plog.LogRecordSlice{}
		b.nLogs = 0
	}
	sl, ok := b.ls[in]
	if !ok {
		rl := b.ld[len(b.ld)-1].ResourceLogs().AppendEmpty()
		b.resource(rl.Resource(), in, in.svc.sdkLogs)
		sc := rl.ScopeLogs().AppendEmpty()
		if in.svc.sdkLogs {
			sc.Scope().SetName(logScope(in.svc))
		}
		sl = sc.LogRecords()
		b.ls[in] = sl
	}
	b.nLogs++
	b.logs++
	return sl.AppendEmpty()
}

func (b *builder) traces() []ptrace.Traces { return b.td }

func (b *builder) logsOut() []plog.Logs { return b.ld }

func scopeName(v *svc) string {
	switch v.lang.family() {
	case "go":
		if v.grpc {
			return "go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
		}
		return "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	case "jvm":
		return "io.opentelemetry.spring-webmvc-6.0"
	case "node":
		return "@opentelemetry/instrumentation-http"
	case "python":
		return "opentelemetry.instrumentation.grpc"
	case "dotnet":
		return "Microsoft.AspNetCore"
	case "rust":
		return "opentelemetry-otlp"
	case "ruby":
		return "OpenTelemetry::Instrumentation::Sinatra"
	case "nginx":
		return "nginx"
	case "envoy":
		return "envoy"
	}
	return "opentelemetry-cpp"
}

func logScope(v *svc) string {
	switch v.lang.family() {
	case "go":
		return "go.opentelemetry.io/contrib/bridges/otelslog"
	case "jvm":
		return "io.opentelemetry.logback-appender-1.0"
	case "node":
		return "@opentelemetry/instrumentation-pino"
	case "python":
		return "opentelemetry.sdk._logs"
	case "dotnet":
		return v.name
	}
	return v.name
}
