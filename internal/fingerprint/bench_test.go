package fingerprint

import "testing"

var benchKey = Key{
	Kind:      "error",
	Service:   "checkout",
	ErrorType: "java.lang.IllegalStateException",
	Template:  "payment <*> declined for order <*> after <*> retries",
	Operation: "POST /orders/{id}/pay",
	Frames:    []string{"com.acme.pay.PaymentService.charge", "com.acme.pay.PaymentController.pay", "com.acme.web.Filter.doFilter"},
}

func BenchmarkSum64(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = Sum64(benchKey)
	}
}

func BenchmarkAppendID(b *testing.B) {
	b.ReportAllocs()
	buf := make([]byte, 0, 16)
	for b.Loop() {
		buf = AppendID(buf[:0], benchKey)
	}
}

func BenchmarkCacheID(b *testing.B) {
	b.ReportAllocs()
	c := NewCache(0)
	for b.Loop() {
		_ = c.ID(benchKey)
	}
}

func BenchmarkNormalizeErrorType(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = NormalizeErrorType("java.lang.IllegalStateException")
	}
}
