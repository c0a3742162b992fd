package otlpsend

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

// TestPostRetriesUntilAccepted: a collector that refuses twice (503) gets
// the same body a third time and Post returns nil; a permanent refusal
// ends with the last error once the attempts are spent or ctx ends.
func TestPostRetriesUntilAccepted(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		if string(b) != "payload" || r.Header.Get("Content-Type") != "application/x-protobuf" {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		if calls.Add(1) < 3 {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	}))
	defer srv.Close()
	if err := Post(context.Background(), srv.Client(), srv.URL, []byte("payload")); err != nil {
		t.Fatal(err)
	}
	if got := calls.Load(); got != 3 {
		t.Fatalf("%d calls, want 3", got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Post(ctx, srv.Client(), srv.URL, []byte("other")); err == nil {
		t.Fatal("a refused request with a cancelled context must fail")
	}
}
