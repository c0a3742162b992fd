package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A template with a variable at the first position (the masking found a
// value there: "Sync7") takes the older templates of its length that differ
// from it only by a word there, as it takes each of their later messages
// (firstSlot): they were made before the slot was known (examples of our
// own, an imaginary backup daemon's event hook).
func TestFirstSlotTakesOlderWordTemplates(t *testing.T) {
	m := newMiner(t, nil)
	lines := []string{
		`JobQueued hook fired for backup set /srv/a`,
		`JobAborted hook fired for backup set /srv/b`,
		`Progress60 hook fired for backup set /srv/c`,
		`JobDone hook fired for backup set /srv/d`,
		`JobQueued hook fired for backup set /srv/e`,
		`JobAborted hook fired for backup set /srv/f`,
	}
	var last []string
	for _, s := range lines {
		last = append(last, m.Process(s).Template)
	}
	for i, tpl := range last[2:] {
		assert.Equal(t, `<*> hook fired for backup set <*>`, tpl, "line %d: %v", i+2, m.Templates())
	}
}

// A positional record of variables only (MinPositional fields or more)
// takes a message of as many fields whatever its words, so when the
// masking makes one (every field of a request line a value: an id, a
// host, a client, a user, a method, a path, a status, a result, a time)
// it takes the older templates of its group that kept a user's name and a
// method as words (examples of our own, an imaginary key-value store's
// request log).
func TestPositionalRecordTakesOlderTemplates(t *testing.T) {
	m := newMiner(t, nil)
	lines := []string{
		`c0ffee12aa kv1.example.org:7000 10.4.0.9 jdoe_ro GET /v1/keys 200 ok 31`,
		`d1e2f3a4b5 kv2.example.org:7000 10.4.0.7 reporting PUT /v1/keys/7 201 ok 12`,
		`e5f6a7b8c9 127.0.0.1:7000 10.4.0.8 admin DELETE /v1/keys/9 204 ok 8`,
		`f7a8b9c0d1 kv3.example.org:7000 10.4.0.6 reporting PUT /v1/keys/3 201 ok 15`,
		`a1b2c3d4e5 kv1.example.org:7000 10.4.0.5 jdoe_ro GET /v1/keys 200 ok 40`,
	}
	got := map[string]bool{}
	for _, s := range lines {
		got[m.Process(s).Template] = true
	}
	assert.Len(t, m.Templates(), 1, "%v", m.Templates())
	assert.Equal(t, m.Process(lines[0]).Template, m.Process(lines[1]).Template)
}

// What TestPositionalRecordTakesOlderTemplates must not give a sender:
// one positional record (numbers where an event keeps its words) folding
// the older templates of its group that several records carried, as
// 0ba35f7 did (absorbCovered); nor two or three such records, nor records
// that keep one of the words. The older templates keep their records
// (examples of our own, an imaginary badge reader's access log: the
// decision and the door are the event).
func TestPositionalRecordLeavesEstablishedTemplates(t *testing.T) {
	granted := "4711 2024-05-02 07:12:09 granted 10.1.2.3 lobby 5A:1F:00:12:34:56"
	denied := "4712 2024-05-02 07:12:11 denied 10.1.2.4 garage 5A:1F:00:12:34:58"
	for _, forged := range [][]string{
		{"4713 2024-05-02 07:12:10 3 10.1.2.3 4 5A:1F:00:12:34:57"},
		{"4713 2024-05-02 07:12:10 3 10.1.2.3 4 5A:1F:00:12:34:57", "4714 2024-05-02 07:12:12 5 10.1.2.5 6 5A:1F:00:12:34:59"},
		{"4713 2024-05-02 07:12:10 3 10.1.2.3 4 5A:1F:00:12:34:57", "4714 2024-05-02 07:12:12 5 10.1.2.5 6 5A:1F:00:12:34:59", "4715 2024-05-02 07:12:13 7 10.1.2.6 8 5A:1F:00:12:34:5A"},
		{"4713 2024-05-02 07:12:10 3 10.1.2.3 lobby 5A:1F:00:12:34:57", "4714 2024-05-02 07:12:12 5 10.1.2.5 6 5A:1F:00:12:34:59"},
		{"4713 2024-05-02 07:12:10 granted 10.1.2.3 4 5A:1F:00:12:34:57", "4714 2024-05-02 07:12:12 5 10.1.2.5 6 5A:1F:00:12:34:59"},
	} {
		m := newMiner(t, nil)
		var before [2]string
		for k := 0; k < 3; k++ {
			before = [2]string{m.Process(granted).Template, m.Process(denied).Template}
		}
		assert.NotEqual(t, before[0], before[1], "%v", m.Templates())
		var last string
		for _, s := range forged {
			last = m.Process(s).Template
		}
		assert.Equal(t, before[0], m.Process(granted).Template, "after %q: %v", forged, m.Templates())
		assert.Equal(t, before[1], m.Process(denied).Template, "after %q: %v", forged, m.Templates())
		assert.NotEqual(t, last, m.Process(granted).Template, "after %q: %v", forged, m.Templates())
	}
}

// A JSON record whose first members hold words ("level":"info") is
// grouped where its template is made, with those members as variables
// (formTokens): so the templates of one event, which differ by a job's
// name in the message, meet and make it a slot after EnumerationValues
// names (examples of our own, a task runner's JSON log).
func TestJSONRecordGroupedWithItsTemplate(t *testing.T) {
	m := newMiner(t, nil)
	var last string
	for _, job := range []string{"rotate-keys", "prune-cache", "reindex-search", "compact-db", "mail-digest", "sync-ledger"} {
		last = m.Process(`{"lvl":"info","message":"Task ` + job + ` finished after 12 retries","worker":"w-main"}`).Template
	}
	assert.Equal(t, `{"lvl":"<*>","message":"Task <*> finished after <*> retries","worker":"<*>"}`, last, "%v", m.Templates())
}

// h95 finding (HIGH, c0110d5): absorbFirstWords took every older template
// that differs from a first-position slot by its first word, whatever
// their records, so one record whose first token the masking makes a
// value ("4711 password for user ...") and one with a new first word
// folded sshd's "Accepted password ..." and "Failed password ..." (twenty
// records each) into "<*> password for user <*> ...". As absorbCovered's
// positional guard (fb2cc76), a template older than the slot is taken
// only when it carried no more records than it.
func TestFirstSlotRecordsLeaveEstablishedWords(t *testing.T) {
	accepted := "Accepted password for user alice from 10.0.0.1 port 22 ssh2"
	failed := "Failed password for user bob from 10.0.0.2 port 22 ssh2"
	for _, forged := range [][]string{
		{"4711 password for user mallory from 10.9.9.9 port 1 ssh2", "Bogus password for user mallory from 10.9.9.9 port 1 ssh2"},
		{"4711 password for user mallory from 10.9.9.9 port 1 ssh2", "4712 password for user eve from 10.9.9.8 port 2 ssh2", "Bogus password for user mallory from 10.9.9.9 port 1 ssh2"},
	} {
		m := newMiner(t, nil)
		var before [2]string
		for range 20 {
			before = [2]string{m.Process(accepted).Template, m.Process(failed).Template}
		}
		require.NotEqual(t, before[0], before[1], "%v", m.Templates())
		for _, s := range forged {
			m.Process(s)
		}
		assert.Equal(t, before[0], m.Process(accepted).Template, "after %q: %v", forged, m.Templates())
		assert.Equal(t, before[1], m.Process(failed).Template, "after %q: %v", forged, m.Templates())
	}
}

// h95 finding (HIGH, fb2cc76): the positional guard compared an older
// template's records with the new template's count while it absorbed, so
// one-off templates a forger made before the established ones lifted it:
// two forged records early and one of numbers later (three) folded
// "granted" and "denied" (three records each). The guard counts the
// template's own records.
func TestPositionalRecordCountsOnlyItsOwnRecords(t *testing.T) {
	granted := "4711 2024-05-02 07:12:09 granted 10.1.2.3 lobby 5A:1F:00:12:34:56"
	denied := "4712 2024-05-02 07:12:11 denied 10.1.2.4 garage 5A:1F:00:12:34:58"
	for _, early := range [][]string{
		{"4720 2024-05-02 07:12:10 alpha 10.1.2.0 xray 5A:1F:00:12:34:00", "4721 2024-05-02 07:12:11 bravo 10.1.2.1 yankee 5A:1F:00:12:34:01"},
		{"4720 2024-05-02 07:12:10 alpha 10.1.2.0 xray 5A:1F:00:12:34:00", "4721 2024-05-02 07:12:11 bravo 10.1.2.1 yankee 5A:1F:00:12:34:01", "4722 2024-05-02 07:12:12 charlie 10.1.2.2 zulu 5A:1F:00:12:34:02"},
	} {
		m := newMiner(t, nil)
		for _, s := range early {
			m.Process(s)
		}
		var before [2]string
		for range 3 {
			before = [2]string{m.Process(granted).Template, m.Process(denied).Template}
		}
		require.NotEqual(t, before[0], before[1], "%v", m.Templates())
		m.Process("4799 2024-05-02 07:12:10 3 10.1.2.3 4 5A:1F:00:12:34:57")
		assert.Equal(t, before[0], m.Process(granted).Template, "after %q: %v", early, m.Templates())
		assert.Equal(t, before[1], m.Process(denied).Template, "after %q: %v", early, m.Templates())
	}
}
