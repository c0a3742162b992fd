package fingerprintprocessor

import (
	"context"
	"fmt"
	"testing"

	"go.opentelemetry.io/collector/featuregate"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/xpdata/pref"
)

// protoPoolingGate is pdata's feature gate for memory pools. It is alpha
// (off by default): a collector enables it with
// --feature-gates=pdata.useProtoPooling. With it on, pdata takes its
// structs, among them the oneof wrapper every string attribute value
// needs, from sync.Pools, and gives them back when a batch is released.
const protoPoolingGate = "pdata.useProtoPooling"

// setProtoPooling sets the gate for one benchmark and restores it after.
func setProtoPooling(b *testing.B, on bool) {
	b.Helper()
	was := pref.UseProtoPooling.IsEnabled()
	if err := featuregate.GlobalRegistry().Set(protoPoolingGate, on); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = featuregate.GlobalRegistry().Set(protoPoolingGate, was) })
}

// otlpPayloads encodes each batch as the OTLP protobuf a client sends.
func otlpPayloads(b *testing.B, src []plog.Logs) [][]byte {
	b.Helper()
	var m plog.ProtoMarshaler
	out := make([][]byte, len(src))
	for i, ld := range src {
		buf, err := m.MarshalLogs(ld)
		if err != nil {
			b.Fatal(err)
		}
		out[i] = buf
	}
	return out
}

// receive decodes a payload as the OTLP receiver does and marks the batch
// pipeline-owned, as the service's refconsumer does in front of the first
// processor (service/internal/refconsumer, v0.165).
func receive(b *testing.B, buf []byte) plog.Logs {
	var u plog.ProtoUnmarshaler
	ld, err := u.UnmarshalLogs(buf)
	if err != nil {
		b.Fatal(err)
	}
	pref.MarkPipelineOwnedLogs(ld)
	return ld
}

// BenchmarkConsumeLogsPooled measures ConsumeLogs on the receiver path,
// with the pooling gate off and on. Each op is one batch of 100 Loghub
// records, decoded from OTLP protobuf, processed, then released as the
// refconsumer does once the pipeline returns: pref.UnrefLogs, which with
// the gate on gives the records and their value wrappers back to the pools
// (with it off it does nothing). Decoding and releasing run with the timer
// stopped, so allocs/op counts the mallocs of ConsumeLogs alone (testing.B
// pauses its count with the timer): divide by 100 for allocs/record.
// The gate on without the release allocates exactly as the gate off does,
// so that variant is not run.
func BenchmarkConsumeLogsPooled(b *testing.B) {
	const size = 100
	src := batches(loghubMessages(b), size)
	for _, gate := range []bool{false, true} {
		name := "gate=off"
		if gate {
			name = "gate=on/release=on"
		}
		b.Run(name, func(b *testing.B) {
			setProtoPooling(b, gate)
			payloads := otlpPayloads(b, src)
			p := newBenchProcessor(b)
			ctx := context.Background()
			for _, buf := range payloads { // warm up: learn the templates, fill the pools
				ld := receive(b, buf)
				if err := p.ConsumeLogs(ctx, ld); err != nil {
					b.Fatal(err)
				}
				pref.UnrefLogs(ld)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				ld := receive(b, payloads[i%len(payloads)])
				b.StartTimer()
				if err := p.ConsumeLogs(ctx, ld); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				pref.UnrefLogs(ld)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*size), "ns/record")
		})
	}
}

// BenchmarkPdataStringAttrs is the floor pdata sets, without the
// processor: on each of 100 decoded Loghub records it writes n string
// attributes with PutStr, as fingerprintLog does, gate off and on.
//   - add: the keys are new, so room for them is reserved first
//     (EnsureCapacity(Len()+n)). Each op gets a freshly decoded batch, made
//     with the timer stopped and released after the op.
//   - overwrite: the records already carry the n keys as strings (records
//     fingerprinted before), so nothing is reserved and PutStr goes through
//     Value.SetStr, which reuses the value's wrapper. Overwriting is
//     idempotent, so every op writes onto the same decoded batch.
//
// allocs/op counts the writes to the 100 records.
func BenchmarkPdataStringAttrs(b *testing.B) {
	keys := []string{"log.record.template", "fingerprint.id", "fingerprint.kind"}
	base := batches(loghubMessages(b)[:100], 100)[0]
	for _, gate := range []string{"off", "on"} {
		for n := 1; n <= len(keys); n++ {
			for _, mode := range []string{"add", "overwrite"} {
				b.Run(fmt.Sprintf("gate=%s/attrs=%d/%s", gate, n, mode), func(b *testing.B) {
					setProtoPooling(b, gate == "on")
					src := plog.NewLogs()
					base.CopyTo(src)
					if mode == "overwrite" {
						lrs := src.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
						for k := 0; k < lrs.Len(); k++ {
							for _, key := range keys[:n] {
								lrs.At(k).Attributes().PutStr(key, "old")
							}
						}
					}
					buf := otlpPayloads(b, []plog.Logs{src})[0]
					write := func(ld plog.Logs) {
						lrs := ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
						for k := 0; k < lrs.Len(); k++ {
							la := lrs.At(k).Attributes()
							if mode == "add" {
								la.EnsureCapacity(la.Len() + n)
							}
							for _, key := range keys[:n] {
								la.PutStr(key, key)
							}
						}
					}
					b.ReportAllocs()
					if mode == "overwrite" {
						ld := receive(b, buf)
						b.ResetTimer()
						for i := 0; i < b.N; i++ {
							write(ld)
						}
						b.StopTimer()
						pref.UnrefLogs(ld)
					} else {
						b.ResetTimer()
						for i := 0; i < b.N; i++ {
							b.StopTimer()
							ld := receive(b, buf)
							b.StartTimer()
							write(ld)
							b.StopTimer()
							pref.UnrefLogs(ld)
						}
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*src.LogRecordCount()), "ns/record")
				})
			}
		}
	}
}
