package logtemplate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Failure classes the fifteenth held-out set (testdata/logholdout15)
// showed (session 23, h137), each with examples of our own written from
// the convention, not copied from the set.

// A logger that writes a dotted event name as the whole message (lager's
// JSON lines, structlog's event) has a template per event, its other
// members values: before, the name was masked as a host name and every
// event of the logger made one template.
func TestDottedEventNamesStayApart(t *testing.T) {
	m := newMiner(t, nil)
	line := func(i int, level, msg string) string {
		return fmt.Sprintf(`{"timestamp":"2027-01-01T00:00:%02dZ","level":"%s","source":"web","message":"%s","data":{"session":"%d.1","team":"t%d"}}`, i%60, level, msg, i, i%3)
	}
	events := []string{"web.scheduler.run.start", "web.scheduler.run.done", "web.scheduler.run.failed", "web.api.request.finished"}
	for i := 0; i < 40; i++ {
		m.Process(line(i, "info", events[i%len(events)]))
	}
	got := map[string]bool{}
	for i, e := range events {
		tpl := m.Process(line(100+i, "debug", e)).Template
		assert.Contains(t, tpl, `"message":"`+e+`"`, "%v", m.Templates())
		got[tpl] = true
	}
	assert.Len(t, got, len(events), "%v", m.Templates())
}

// A report's rule of dashes stays its own template beside messages that
// are one value (a digest, a path): before, the rule's id form was a
// value's, so the two generalized into "<*>" (examples of our own).
func TestDashRuleStaysApartFromValue(t *testing.T) {
	m := newMiner(t, nil)
	rule := strings.Repeat("-", 48)
	for i := 0; i < 5; i++ {
		m.Process(rule)
		m.Process(fmt.Sprintf("/var/lib/aide/db%d.gz", i))
	}
	assert.Equal(t, rule, m.Process(rule).Template, "%v", m.Templates())
	assert.Equal(t, 2, m.Stats().Active, "%v", m.Templates())
}

// A list of records printed one by one (Thrift's toString) has one
// template whatever the number of records: before, each length made its
// own (examples of our own).
func TestRecordListLengthsOneTemplate(t *testing.T) {
	m := newMiner(t, nil)
	var tpls []string
	for i := 0; i < 12; i++ {
		var items []string
		for k := 0; k <= i%4; k++ {
			items = append(items, fmt.Sprintf("Slot(lo:%d, hi:%d)", i+k, i+k+1))
		}
		tpls = append(tpls, m.Process(fmt.Sprintf("assign Plan(id:p-%d, slots:[%s], owner:ops) on port %d", i, strings.Join(items, ", "), 6700+i)).Template)
	}
	assert.Equal(t, "assign Plan(id:<*>, slots:[Slot(lo:<*>, hi:<*>)], owner:ops) on port <*>", tpls[len(tpls)-1], "%v", m.Templates())
	assert.Equal(t, 1, m.Stats().Active, "%v", m.Templates())
}

// A field whose value is written after its type in parentheses (GStreamer's
// caps "format=(string)NV12", a cast before a value) keeps the key and the
// type when the value generalizes: the prefix the two values share ended
// only at a key's delimiter, so "(string)" was cut to "(" and the template
// read "format=(<*>," (examples of our own).
func TestTypeTagStaysWithKey(t *testing.T) {
	m := newMiner(t, nil)
	var got string
	for _, f := range []string{"NV12", "I420", "RGBA", "NV12", "I420"} {
		got = m.Process("caps negotiated: video/x-raw, format=(string)" + f + ", width=(int)1280, height=(int)720").Template
	}
	assert.Equal(t, "caps negotiated: video/x-raw, format=(string)<*>, width=(int)<*>, height=(int)<*>", got, "%v", m.Templates())
}
