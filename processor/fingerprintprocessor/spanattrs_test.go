package fingerprintprocessor

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"
)

// TestSpanAttrValuesReadLikeGet: toClassInput, reading a span's attributes
// in one pass, gives what it gave reading each key with pcommon.Map.Get
// (toClassInputByGet, the former reader, kept here as the reference), for
// random spans over every key it reads, keys that only resemble them,
// values of every type (empty strings too) and duplicated keys (an OTLP
// request may carry them; pdata keeps all, Get finds the first).
func TestSpanAttrValuesReadLikeGet(t *testing.T) {
	keys := []string{
		attrs.HTTPRoute, attrs.ErrorTypeSemconv, attrs.RPCService, attrs.RPCMethod, attrs.DBQuerySummary,
		attrs.DBOperationName, attrs.DBCollectionName, attrs.DBSystemName, attrs.DBSystemOld,
		attrs.MessagingOperationName, attrs.MessagingDestinationTemplate, attrs.HTTPRequestMethod, attrs.URLTemplate,
		attrs.ServerAddress, attrs.PeerService, attrs.MessagingDestination, attrs.HTTPResendCount,
		attrs.HTTPResponseStatus, attrs.HTTPStatusCodeOld, attrs.RPCResponseStatus, attrs.RPCGRPCStatusCode,
		"http.route.x", "db.system.name2", "server", "custom.key", attrs.FingerprintID,
	}
	rng := rand.New(rand.NewPCG(3, 5))
	value := func() map[string]any {
		switch rng.IntN(5) {
		case 0:
			return map[string]any{"stringValue": ""}
		case 1:
			return map[string]any{"stringValue": fmt.Sprintf("v%d", rng.IntN(5))}
		case 2:
			return map[string]any{"intValue": fmt.Sprint(rng.IntN(20) - 2)}
		case 3:
			return map[string]any{"doubleValue": rng.Float64()}
		default:
			return map[string]any{"boolValue": rng.IntN(2) == 0}
		}
	}
	var spans []any
	dups := 0
	for i := range 3000 {
		var kvs []any
		seen := map[string]bool{}
		for range rng.IntN(14) {
			k := keys[rng.IntN(len(keys))]
			if seen[k] {
				dups++
			}
			seen[k] = true
			kvs = append(kvs, map[string]any{"key": k, "value": value()})
		}
		spans = append(spans, map[string]any{"name": fmt.Sprint("op", i), "attributes": kvs})
	}
	js, err := json.Marshal(map[string]any{"resourceSpans": []any{map[string]any{"scopeSpans": []any{map[string]any{"spans": spans}}}}})
	require.NoError(t, err)
	td, err := (&ptrace.JSONUnmarshaler{}).UnmarshalTraces(js)
	require.NoError(t, err)
	ss := td.ResourceSpans().At(0).ScopeSpans().At(0).Spans()
	require.Equal(t, 3000, ss.Len())
	kept := 0
	// One slot for every span, as processTraces reuses its batch's slots,
	// first filled with what no span here carries: a field toClassInput
	// leaves unwritten keeps the previous span's value or this one.
	in := spanclass.Span{TraceID: [16]byte{1}, SpanID: [8]byte{2}, ParentSpanID: [8]byte{3}, Service: "x", Name: "x", Route: "x",
		Kind: 9, Start: 1, End: 2, StatusError: true, StatusOK: true, StatusMessage: "x", ErrorType: "x", HTTPStatus: 1, RPCStatus: "x",
		Exception: spanclass.Exception{Type: "x", Message: "x", Stacktrace: "x"}, Dependency: "x", ResendCount: 1,
		RPCService: "x", RPCMethod: "x", DBQuerySummary: "x", DBOperation: "x", DBCollection: "x",
		MessagingOperation: "x", MessagingDestination: "x", HTTPMethod: "x", URLTemplate: "x", DB: true}
	for i := 0; i < ss.Len(); i++ {
		sp := ss.At(i)
		kept += sp.Attributes().Len()
		toClassInput(&in, "svc", sp)
		require.Equal(t, toClassInputByGet("svc", sp), in, "span %d", i)
	}
	require.Greater(t, dups, 1000, "few duplicated keys: the case tests little")
	require.Greater(t, kept, 15000, "the duplicates were not kept")
}

// BenchmarkToClassInput: reading the classifier's inputs off the bundled
// sample's spans (testdata/sample/traces.json) in one pass over each
// span's attributes (one_pass) and with a Map.Get per key (by_get, the
// former reader).
func BenchmarkToClassInput(b *testing.B) {
	data, err := os.ReadFile("../../testdata/sample/traces.json")
	if err != nil {
		b.Fatal(err)
	}
	td, err := (&ptrace.JSONUnmarshaler{}).UnmarshalTraces(data)
	if err != nil {
		b.Fatal(err)
	}
	var spans []ptrace.Span
	for i := 0; i < td.ResourceSpans().Len(); i++ {
		sss := td.ResourceSpans().At(i).ScopeSpans()
		for j := 0; j < sss.Len(); j++ {
			for k := 0; k < sss.At(j).Spans().Len(); k++ {
				spans = append(spans, sss.At(j).Spans().At(k))
			}
		}
	}
	for _, impl := range []struct {
		name string
		f    func(string, ptrace.Span) spanclass.Span
	}{{"one_pass", func(service string, sp ptrace.Span) (in spanclass.Span) {
		toClassInput(&in, service, sp)
		return in
	}}, {"by_get", toClassInputByGet}} {
		b.Run(impl.name, func(b *testing.B) {
			for b.Loop() {
				for _, sp := range spans {
					_ = impl.f("svc", sp)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(spans)), "ns/span")
		})
	}
}

var dependencyKeysByGet = []string{attrs.ServerAddress, attrs.PeerService, attrs.DBSystemName, attrs.RPCService, attrs.MessagingDestination}

func toClassInputByGet(service string, sp ptrace.Span) spanclass.Span {
	a := sp.Attributes()
	in := spanclass.Span{
		TraceID:       sp.TraceID(),
		SpanID:        sp.SpanID(),
		ParentSpanID:  sp.ParentSpanID(),
		Service:       service,
		Name:          sp.Name(),
		Route:         stringAttr(a, attrs.HTTPRoute),
		Kind:          int(sp.Kind()),
		Start:         int64(sp.StartTimestamp()),
		End:           int64(sp.EndTimestamp()),
		StatusError:   sp.Status().Code() == ptrace.StatusCodeError,
		StatusOK:      sp.Status().Code() == ptrace.StatusCodeOk,
		StatusMessage: sp.Status().Message(),
		ErrorType:     stringAttr(a, attrs.ErrorTypeSemconv),
	}
	in.RPCService = stringAttr(a, attrs.RPCService)
	in.RPCMethod = stringAttr(a, attrs.RPCMethod)
	in.DBQuerySummary = stringAttr(a, attrs.DBQuerySummary)
	in.DBOperation = stringAttr(a, attrs.DBOperationName)
	in.DBCollection = stringAttr(a, attrs.DBCollectionName)
	in.DB = stringAttr(a, attrs.DBSystemName) != "" || stringAttr(a, attrs.DBSystemOld) != ""
	in.MessagingOperation = stringAttr(a, attrs.MessagingOperationName)
	in.MessagingDestination = stringAttr(a, attrs.MessagingDestinationTemplate)
	in.HTTPMethod = stringAttr(a, attrs.HTTPRequestMethod)
	in.URLTemplate = stringAttr(a, attrs.URLTemplate)
	for _, key := range dependencyKeysByGet {
		if v := stringAttr(a, key); v != "" {
			in.Dependency = v
			break
		}
	}
	if v, ok := a.Get(attrs.HTTPResendCount); ok && v.Type() == pcommon.ValueTypeInt {
		in.ResendCount = int(v.Int())
	}
	for _, key := range [...]string{attrs.HTTPResponseStatus, attrs.HTTPStatusCodeOld} {
		if v, ok := a.Get(key); ok && v.Type() == pcommon.ValueTypeInt {
			in.HTTPStatus = int(v.Int())
			break
		}
	}
	if v, ok := a.Get(attrs.RPCResponseStatus); ok && v.Type() == pcommon.ValueTypeStr {
		in.RPCStatus = v.Str()
	} else if v, ok := a.Get(attrs.RPCGRPCStatusCode); ok && v.Type() == pcommon.ValueTypeInt {
		in.RPCStatus = grpcCodeText(v.Int())
	}
	evs := sp.Events()
	for i := 0; i < evs.Len(); i++ {
		ev := evs.At(i)
		if ev.Name() != "exception" {
			continue
		}
		ea := ev.Attributes()
		in.Exception = spanclass.Exception{
			Type:       stringAttr(ea, attrs.ExceptionType),
			Message:    stringAttr(ea, attrs.ExceptionMessage),
			Stacktrace: stringAttr(ea, attrs.ExceptionStacktrace),
		}
		break
	}
	return in
}
