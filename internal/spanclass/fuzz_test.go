package spanclass

import (
	"encoding/binary"
	"testing"
)

// FuzzClassify builds a batch from arbitrary bytes (ids from a tiny space so
// that parents, duplicates and cycles are frequent) and checks that
// Classify neither panics nor produces an invalid verdict.
func FuzzClassify(f *testing.F) {
	f.Add([]byte("\x01\x00\x02\x03\x10\x00\x00\x00\x02\x01\x03\x02\x20\x00\x00\x01"), "GET /users/42")
	f.Add([]byte{}, "")
	f.Add([]byte("\xff\xff\xff\xff\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00"), "\xff\xfe")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		c, err := New(Config{MinSamples: 1, MaxBaselines: 8, MaxKeyLen: 16, MinRepeatedCalls: 2})
		if err != nil {
			t.Fatal(err)
		}
		var batch []Span
		for len(data) >= 8 {
			rec := data[:8]
			data = data[8:]
			sp := Span{
				SpanID: [8]byte{rec[0] % 6}, ParentSpanID: [8]byte{rec[1] % 6},
				Service: name[:min(len(name), int(rec[2]%8))], Name: name, Kind: int(rec[3] % 7),
				Start: int64(int8(rec[4])) * 1e6, End: int64(binary.LittleEndian.Uint16(rec[5:7])) * 1e5,
				StatusError: rec[7]&1 != 0, ResendCount: int(rec[7] >> 5),
			}
			if rec[7]&2 != 0 {
				sp.Dependency = name
			}
			batch = append(batch, sp)
		}
		out := make([]Class, len(batch))
		for range 3 {
			c.Classify(batch, out)
			for i, cl := range out {
				switch cl.Kind {
				case "", "error", "latency", "retry":
				default:
					t.Fatalf("span %d: kind %q", i, cl.Kind)
				}
				if cl.Kind == "latency" && batch[i].End <= batch[i].Start {
					t.Fatalf("span %d: latency verdict on a non-positive duration", i)
				}
				if len(cl.Operation) > 16 {
					t.Fatalf("span %d: operation not truncated", i)
				}
			}
		}
	})
}
