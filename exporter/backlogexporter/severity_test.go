package backlogexporter

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"go.opentelemetry.io/collector/pdata/plog"
)

// min_severity reads a record's severity through score.ParseSeverity, the
// one mapping of severity texts: a padded " info " is info (this package's
// own copy did not trim it, so the record counted as severe), "WARNING" and
// "CRITICAL" keep their levels, a text that says nothing counts as severe.
func TestSevereUsesSharedMapping(t *testing.T) {
	floor, ok := severityFloor("WARN")
	assert.True(t, ok)
	e := &backlogExporter{minSeverity: floor}
	for text, want := range map[string]bool{" info ": false, "debug": false, "notice": false, "WARNING": true, "Err": true, "CRITICAL": true, "verbose": true, "": true} {
		lr := plog.NewLogRecord()
		lr.SetSeverityText(text)
		assert.Equal(t, want, e.severe(lr), "%q", text)
	}
	lr := plog.NewLogRecord()
	lr.SetSeverityNumber(plog.SeverityNumberInfo4)
	lr.SetSeverityText("ERROR") // the number wins
	assert.False(t, e.severe(lr))
	_, ok = severityFloor("warning")
	assert.False(t, ok, "min_severity names are exact")
}
