package score

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseSeverity(t *testing.T) {
	for text, want := range map[string]Severity{
		"TRACE": SeverityTrace, "Debug2": SeverityDebug, "info": SeverityInfo, "NOTICE": SeverityInfo,
		"WARNING": SeverityWarn, "Warn4": SeverityWarn, "ERR": SeverityError, "error": SeverityError, "SEVERE": SeverityError,
		"CRITICAL": SeverityFatal, "alert": SeverityFatal, "emerg": SeverityFatal, "Fatal": SeverityFatal, "panic": SeverityFatal,
		// Surrounding space: the exporter's copy did not trim, so " info "
		// was unknown there (and passed min_severity: warn).
		" info ": SeverityInfo, "\tERROR\n": SeverityError,
		"": SeverityUnknown, "verbose": SeverityUnknown, "E": SeverityUnknown,
	} {
		assert.Equal(t, want, ParseSeverity(text), "%q", text)
	}
	assert.Equal(t, "debug", SeverityLevel("trace"), "severity_weight has no trace level")
	assert.Equal(t, "warn", SeverityLevel(" Warning"))
}

func TestSeverityNumbers(t *testing.T) {
	for n, want := range map[int32]Severity{0: SeverityUnknown, 1: SeverityTrace, 4: SeverityTrace, 5: SeverityDebug, 12: SeverityInfo,
		13: SeverityWarn, 17: SeverityError, 20: SeverityError, 21: SeverityFatal, 24: SeverityFatal, 25: SeverityUnknown, -1: SeverityUnknown} {
		assert.Equal(t, want, SeverityOfNumber(n), "%d", n)
	}
	for s := SeverityTrace; s <= SeverityFatal; s++ {
		assert.Equal(t, s, SeverityOfNumber(s.Number()))
		got, ok := SeverityByName(s.String())
		assert.True(t, ok)
		assert.Equal(t, s, got)
	}
	assert.Equal(t, int32(13), SeverityWarn.Number())
	_, ok := SeverityByName("warning")
	assert.False(t, ok, "configuration names are exact")
	got, _ := SeverityByName("ERROR")
	assert.Equal(t, SeverityError, got)
}

func TestParseSeverityAllocs(t *testing.T) {
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ParseSeverity(" Warning ") }))
}
