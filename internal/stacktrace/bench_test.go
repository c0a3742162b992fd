package stacktrace

import "testing"

func BenchmarkParse(b *testing.B) {
	for _, bc := range []struct{ name, in string }{{"java", javaTrace}, {"python", pythonTrace}, {"go", goTrace}, {"node", nodeTrace}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.in)))
			for b.Loop() {
				_ = TopFrames(bc.in, 3)
			}
		})
	}
}
