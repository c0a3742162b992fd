package stacktrace

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestExceptionType(t *testing.T) {
	for tok, want := range map[string]bool{
		"java.lang.IllegalStateException": true,
		"ValueError":                      true,
		"System.TimeoutException":         true,
		"context.DeadlineExceeded":        false,
		"Error":                           false, // the word alone
		"error":                           false,
		"ts-travel-service":               false,
		"com.acme.handlerError":           false, // not capitalised
		"pkg.SomethingFailure":            true,
	} {
		assert.Equal(t, want, ExceptionType(tok), tok)
	}
}
