package fingerprint

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormalizeErrorType(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  java.lang.IllegalStateException  ", "java.lang.IllegalStateException"},
		{"java.lang.IllegalStateException: boom", "java.lang.IllegalStateException"},
		{"ValueError:", "ValueError"},
		{"<class 'requests.exceptions.ConnectionError'>", "requests.exceptions.ConnectionError"},
		{"*fs.PathError", "fs.PathError"},
		{"*errors.errorString", ""},
		{"*fmt.wrapError", ""},
		{"*fmt.wrapErrors", ""},
		{"*errors.joinError", ""},
		{"*errors.withStack", ""},
		{"*xerrors.wrapError", ""},
		{"*errors.Error", "errors.Error"},
		{"*payment.GatewayError", "payment.GatewayError"},
		{"*net.OpError", "net.OpError"},
		{"context.deadlineExceededError", "context.deadlineExceededError"},
		{"java.util.concurrent.ExecutionException", ""},
		{"java.util.concurrent.ExecutionException: java.io.IOException: boom", ""},
		{"System.AggregateException", ""},
		{"AggregateError", ""},
		{"java.lang.RuntimeException", "java.lang.RuntimeException"},
		{"Error", "Error"},
		{"main.MyErr[int]", "main.MyErr"},
		{"java.util.List<java.lang.String>", "java.util.List"},
		{"System.Collections.Generic.KeyNotFoundException`1", "System.Collections.Generic.KeyNotFoundException"},
		{"com.acme.Err@1b6d3586", "com.acme.Err"},
		{"com.acme.OrderService$$EnhancerBySpringCGLIB$$ab12cd.Failure", "com.acme.OrderService.Failure"},
		{"com.acme.Outer$Inner", "com.acme.Outer$Inner"},
		{"runtime error", "runtime error"},
		{"main.handler(0xc000012345)", "main.handler()"},
		{"Grpc.Core.RpcException", "Grpc.Core.RpcException"},
		{"ActiveRecord::RecordNotFound", "ActiveRecord::RecordNotFound"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, NormalizeErrorType(tt.in), "input %q", tt.in)
	}
}
