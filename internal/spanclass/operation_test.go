package spanclass

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOperationNames: an operation name is an identifier; only what varies
// between calls is masked, and the semantic conventions' names win over
// the span name.
func TestOperationNames(t *testing.T) {
	c := newC(t, Config{})
	s := &scratch{}
	for _, tc := range []struct {
		name string
		sp   Span
		want string
	}{
		{"grpc method from the span name", Span{Name: "pkg.CurrencyService/Convert"}, "pkg.CurrencyService/Convert"},
		{"grpc stream method", Span{Name: "pkg.Frontend/Recv."}, "pkg.Frontend/Recv."},
		{"route template in the name", Span{Name: "GET /api/v1/orders/{accountId}"}, "GET /api/v1/orders/{accountId}"},
		{"raw path ids masked", Span{Name: "GET /api/v1/orders/12345/items/9f8e7d6c5b4a"}, "GET /api/v1/orders/<*>/items/<*>"},
		{"uuid whose first group has no digit", Span{Name: "GET /carts/daefeabb-78eb-4c8e-9a1b-2f3c4d5e6f70"}, "GET /carts/<*>"},
		{"http.route wins", Span{Name: "GET /orders/42", Route: "/orders/{id}"}, "/orders/{id}"},
		{"rpc.service + rpc.method", Span{Name: "Convert", RPCService: "pkg.CurrencyService", RPCMethod: "Convert"}, "pkg.CurrencyService/Convert"},
		{"fully qualified rpc.method", Span{Name: "x", RPCService: "pkg.CurrencyService", RPCMethod: "pkg.CurrencyService/Convert"}, "pkg.CurrencyService/Convert"},
		{"_OTHER is no name", Span{Name: "pkg.Admin/Debug", RPCMethod: "_OTHER"}, "pkg.Admin/Debug"},
		{"db.query.summary", Span{Name: "SELECT shop.orders WHERE id=7", DBQuerySummary: "SELECT orders", DBOperation: "SELECT"}, "SELECT orders"},
		{"db.operation.name + collection", Span{Name: "mongo", DBOperation: "findAndModify", DBCollection: "users"}, "findAndModify users"},
		{"messaging", Span{Name: "publish q-7781", MessagingOperation: "publish", MessagingDestination: "orders.{region}"}, "publish orders.{region}"},
		{"client url.template", Span{Name: "POST", HTTPMethod: "POST", URLTemplate: "/charge/{id}"}, "POST /charge/{id}"},
		{"client name only", Span{Name: "POST"}, "POST"},
		{"ids in an attribute are masked too", Span{Name: "x", DBOperation: "DROP", DBCollection: "20240131"}, "DROP <*>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, c.operationOf(&tc.sp, s))
			assert.Equal(t, tc.want, c.operationOf(&tc.sp, s), "cached")
		})
	}
}

// TestGRPCOperationsKeepSeparateBaselines: two gRPC methods of one service
// are two operations with two baselines, so a slow Convert is judged
// against Convert and is titled by its name.
func TestGRPCOperationsKeepSeparateBaselines(t *testing.T) {
	c := newC(t, Config{MinSamples: 20})
	mk := func(i int, name string, d int64) Span {
		return Span{TraceID: [16]byte{byte(i), byte(i >> 8), 3}, SpanID: [8]byte{byte(i), byte(i >> 8), 1}, Service: "currency",
			Name: name, Kind: SpanKindServer, Start: int64(i) * 1000 * ms, End: int64(i)*1000*ms + d}
	}
	out := make([]Class, 2)
	for i := range 200 {
		j := int64(i % 5)
		c.Classify([]Span{mk(2*i, "pkg.CurrencyService/Convert", (5+j)*ms), mk(2*i+1, "pkg.CurrencyService/GetSupportedCurrencies", (300+j)*ms)}, out)
	}
	// 300 ms is normal for GetSupportedCurrencies, not for Convert.
	c.Classify([]Span{mk(9000, "pkg.CurrencyService/Convert", 300*ms), mk(9001, "pkg.CurrencyService/GetSupportedCurrencies", 302*ms)}, out)
	assert.Equal(t, "latency", out[0].Kind)
	assert.Equal(t, "pkg.CurrencyService/Convert", out[0].Operation)
	assert.Empty(t, out[1].Kind)
}
