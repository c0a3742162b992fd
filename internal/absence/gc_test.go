package absence

import (
	"encoding/binary"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestPendingRecordsHoldNoPointers: the records of pending traces (tens of
// MB at 10,000 spans/s) hold no pointers, so the garbage collector never
// scans them (BenchmarkGCWithPendingTraces); their text is in the trace's
// arena.
func TestPendingRecordsHoldNoPointers(t *testing.T) {
	for _, typ := range []reflect.Type{reflect.TypeFor[spanRec](), reflect.TypeFor[logRec]()} {
		if p := pointerField(typ, typ.Name()); p != "" {
			t.Errorf("%s holds a pointer: %s", typ.Name(), p)
		}
	}
}

func pointerField(typ reflect.Type, path string) string {
	switch typ.Kind() {
	case reflect.Struct:
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			if p := pointerField(f.Type, path+"."+f.Name); p != "" {
				return p
			}
		}
		return ""
	case reflect.Array:
		return pointerField(typ.Elem(), path+"[]")
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return ""
	}
	return fmt.Sprintf("%s (%s)", path, typ.Kind())
}

// BenchmarkGCWithPendingTraces measures one full garbage collection while
// the detector holds what the pipeline benchmark makes it hold
// (cmd/pipebench: max_pending_traces reached, 20,000 traces of 5 spans
// and 5 log records, strings as pdata decodes them and the processor
// writes them). ns/op is the
// cost of one collection; the pending traces' share of it is the GC work
// the connector adds to every cycle of the collector.
func BenchmarkGCWithPendingTraces(b *testing.B) {
	d := New(DefaultConfig())
	t0 := int64(1_700_000_000) * int64(time.Second)
	d.SetClock(func() time.Time { return time.Unix(0, t0) })
	const traces = 20000
	// The template is the miner's string, shared by the records the
	// processor wrote it on; every other string is the record's own.
	template := strings.Clone("order <*> created for user <*>: <*> items, total <*> EUR")
	for n := 0; n < traces; n += 100 {
		var spans []Span
		var logs []Log
		for k := n; k < n+100; k++ {
			var tid [16]byte
			binary.BigEndian.PutUint64(tid[:], uint64(k)+1)
			for s := 0; s < 5; s++ {
				var sid, parent [8]byte
				binary.BigEndian.PutUint64(sid[:], uint64(k)<<8|uint64(s+1))
				if s > 0 {
					binary.BigEndian.PutUint64(parent[:], uint64(k)<<8|uint64(s))
				}
				// fresh strings per record, as pdata decodes them
				spans = append(spans, Span{TraceID: tid, SpanID: sid, ParentID: parent, Entry: s%2 == 0,
					Service: strings.Clone("checkout"), Name: strings.Clone("POST /api/checkout"),
					Release: strings.Clone("1.8.0"), Environment: strings.Clone("production"), End: t0})
				logs = append(logs, Log{TraceID: tid, SpanID: sid, Service: strings.Clone("checkout"),
					Template: template,
					User:     fmt.Sprint("user-", k), Tenant: fmt.Sprint("tenant-", k%40), Time: t0})
			}
		}
		d.ObserveSpans(spans)
		d.ObserveLogs(logs)
	}
	if got := d.Stats(); got.Traces != 0 || len(d.pending) != traces {
		b.Fatalf("pending %d traces (evaluated %d), want %d", len(d.pending), got.Traces, traces)
	}
	runtime.GC()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		runtime.GC()
	}
	b.StopTimer()
	runtime.KeepAlive(d)
}
