package callside_test

import (
	"fmt"

	"github.com/otelcol-backlog/otelcol-backlog/internal/callside"
)

func ExampleCallerSide() {
	fmt.Println(callside.CallerSide("404", "GET to users failed"))
	fmt.Println(callside.CallerSide("", "dial tcp: lookup users-prod on 10.96.0.10:53: no such host"))
	fmt.Println(callside.CallerSide("CERT_HAS_EXPIRED", "GET to users failed"))
	// Output:
	// true
	// true
	// false
}
