package tracefindingsconnector

import (
	"strings"
	"testing"

	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// TestReadSpanAttrsReadsLikeStr: the one-pass read of a span's attributes
// gives what one str per key gives, with duplicated keys (the first
// decides, as pcommon.Map.Get finds it), values that are not strings, keys
// that only share the prefix and attributes in any order.
func TestReadSpanAttrsReadsLikeStr(t *testing.T) {
	keys := []string{attrs.Release, attrs.Environment, attrs.Deployment, attrs.FingerprintKind, attrs.Service}
	for _, k := range append(keys, attrs.LatencySlowMs, attrs.LatencyCandidateID) {
		if !strings.HasPrefix(k, fingerprintPrefix) {
			t.Fatalf("%q lacks the prefix %q readSpanAttrs skips by", k, fingerprintPrefix)
		}
	}
	cases := map[string]func(m pcommon.Map){
		"empty": func(pcommon.Map) {},
		"all": func(m pcommon.Map) {
			m.PutStr("http.route", "/x")
			for i, k := range keys {
				m.PutStr(k, strings.Repeat("v", i+1))
			}
		},
		"latency": func(m pcommon.Map) {
			m.PutDouble(attrs.LatencySlowMs, 12.5)
			m.PutStr(attrs.LatencyCandidateID, "abc")
			m.PutDouble(attrs.LatencySlowMs, 99) // a duplicate: the first decides
		},
		"latency wrong types": func(m pcommon.Map) {
			m.PutStr(attrs.LatencySlowMs, "12")
			m.PutInt(attrs.LatencyCandidateID, 1)
		},
		"not strings": func(m pcommon.Map) {
			m.PutInt(attrs.Release, 3)
			m.PutBool(attrs.FingerprintKind, true)
			m.PutStr(attrs.Environment, "prod")
		},
		"prefix only": func(m pcommon.Map) {
			m.PutStr("fingerprint.release.x", "no")
			m.PutStr("fingerprint.", "no")
			m.PutStr(attrs.Service, "svc")
		},
	}
	for name, build := range cases {
		t.Run(name, func(t *testing.T) {
			m := pcommon.NewMap()
			build(m)
			check(t, m)
		})
	}
	// Duplicated keys, as an OTLP request may carry them (pdata keeps
	// every one): the first decides, for Get and readSpanAttrs alike.
	t.Run("duplicates", func(t *testing.T) {
		const js = `{"resourceSpans":[{"scopeSpans":[{"spans":[{"name":"x","attributes":[
			{"key":"fingerprint.release","value":{"intValue":"3"}},
			{"key":"fingerprint.release","value":{"stringValue":"r2"}},
			{"key":"fingerprint.kind","value":{"stringValue":"error"}},
			{"key":"fingerprint.kind","value":{"stringValue":"latency"}},
			{"key":"fingerprint.service","value":{"stringValue":"a"}},
			{"key":"fingerprint.service","value":{"stringValue":"b"}}]}]}]}]}`
		td, err := (&ptrace.JSONUnmarshaler{}).UnmarshalTraces([]byte(js))
		if err != nil {
			t.Fatal(err)
		}
		m := td.ResourceSpans().At(0).ScopeSpans().At(0).Spans().At(0).Attributes()
		if m.Len() != 6 {
			t.Fatalf("the duplicates were not kept (%d attributes): the case tests nothing", m.Len())
		}
		check(t, m)
		if got := readSpanAttrs(m); got.kind != "error" || got.release != "" || got.service != "a" {
			t.Fatalf("readSpanAttrs = %+v: the first of each key must decide", got)
		}
	})
}

func check(t *testing.T, m pcommon.Map) {
	t.Helper()
	want := spanAttrs{
		release: str(m, attrs.Release), env: str(m, attrs.Environment), deployment: str(m, attrs.Deployment),
		kind: str(m, attrs.FingerprintKind), service: str(m, attrs.Service),
		candidate: str(m, attrs.LatencyCandidateID) != "",
	}
	if v, ok := m.Get(attrs.LatencySlowMs); ok && v.Type() == pcommon.ValueTypeDouble {
		want.slowMs = v.Double()
	}
	if got := readSpanAttrs(m); got != want {
		t.Fatalf("readSpanAttrs = %+v, str reads %+v", got, want)
	}
}
