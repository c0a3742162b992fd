package mask

import (
	"testing"

	"github.com/otelcol-backlog/otelcol-backlog/internal/loghub"
)

// BenchmarkMaskLoghub masks the mixed Loghub stream (the processor
// benchmark's input) one message per op.
func BenchmarkMaskLoghub(b *testing.B) {
	msgs, err := loghub.Mixed("../../../shared/data/loghub2k")
	if err != nil {
		b.Skipf("../shared not readable (%v): the Loghub benchmark needs ../shared", err)
	}
	m, _ := New(nil, 0)
	buf := make([]byte, 0, 1024)
	// the scan alone: a masker without the memo (every message is new)
	b.Run("one-pass", func(b *testing.B) {
		m := uncached()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			buf, _ = m.Append(buf[:0], msgs[i%len(msgs)])
			i++
		}
	})
	// with the memo: the stream is replayed, so after the first pass every
	// message is remembered (one pass over it hits on 48% of the messages)
	b.Run("memo", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			buf, _ = m.Append(buf[:0], msgs[i%len(msgs)])
			i++
		}
	})
	// the credential pass, then the scan (the masker before the one-pass
	// scan), for comparison on the same machine
	b.Run("two-pass", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			buf, _ = scan(buf[:0], maskSecrets(msgs[i%len(msgs)], false), false)
			buf = collapseRuns(buf, 0)
			i++
		}
	})
}

// BenchmarkSecretsLoghub is the credential scan alone on the same stream.
func BenchmarkSecretsLoghub(b *testing.B) {
	msgs, err := loghub.Mixed("../../../shared/data/loghub2k")
	if err != nil {
		b.Skipf("../shared not readable (%v): the Loghub benchmark needs ../shared", err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = maskSecrets(msgs[i%len(msgs)], false)
		i++
	}
}

// BenchmarkMaskLogcorpus masks the mixed stream of testdata/logcorpus (the
// second evaluation corpus, in the repository: JSON and logfmt bodies,
// access logs, exceptions, syslog) one message per op.
func BenchmarkMaskLogcorpus(b *testing.B) {
	msgs, err := loghub.Mixed("../../testdata/logcorpus")
	if err != nil {
		b.Fatal(err)
	}
	m := uncached() // the scan, not the memo
	buf := make([]byte, 0, 1024)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		buf, _ = m.Append(buf[:0], msgs[i%len(msgs)])
		i++
	}
}
