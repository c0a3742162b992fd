package tracefindingsconnector

import (
	"testing"

	"github.com/otelcol-backlog/otelcol-backlog/internal/absence"
	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
)

// TestAbsenceIDIndependentOfFirstRecord: two collectors that each first saw
// a different record of the same log statement (so their miners hold
// different template texts) give the finding the same id; another
// statement, operation or service gives another id.
func TestAbsenceIDIndependentOfFirstRecord(t *testing.T) {
	fra := "Reserved <*> units of item <*> in warehouse FRA-<*>"
	ams := "Reserved <*> units of item <*> in warehouse AMS-<*>"
	id := func(svc, op, tmpl string) string {
		ld := Records([]absence.Miss{{Service: svc, Operation: op, Template: tmpl, Count: 1}})
		v, ok := ld.ResourceLogs().At(0).ScopeLogs().At(0).LogRecords().At(0).Attributes().Get(attrs.FingerprintID)
		if !ok || len(v.Str()) != 16 {
			t.Fatalf("no 16-digit fingerprint.id on the finding: %v", v.AsString())
		}
		return v.Str()
	}
	base := id("cart", "POST /cart", fra)
	if got := id("cart", "POST /cart", ams); got != base {
		t.Errorf("same statement, different first records: ids %s and %s", base, got)
	}
	if base != AbsenceID("cart", "POST /cart", fra) {
		t.Errorf("Records and AbsenceID disagree")
	}
	for _, other := range [][3]string{
		{"cart", "POST /cart", "Released <*> units of item <*> from warehouse <*>"},
		{"cart", "DELETE /cart", fra},
		{"checkout", "POST /cart", fra},
	} {
		if got := id(other[0], other[1], other[2]); got == base {
			t.Errorf("%v: same id %s as another line", other, got)
		}
	}
}
