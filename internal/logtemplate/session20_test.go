package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Defects the tenth and eleventh studies left (session 20, h102), each with
// examples of our own written from the convention, not copied from a set.

// A program that prints its fields with printf's "key=%s" writes a value
// with spaces unquoted: the value runs to the next " key=" (an audit
// tool's command line, a mail server's reason). A record whose value is
// one word makes the template with the key's variable; records whose
// value has spaces join it, whatever their number of words.
func TestValueWithSpacesBetweenKeysJoinsTheKeysTemplate(t *testing.T) {
	m := newMiner(t, nil)
	one := m.Process("relay session closed reason=timeout sent=4 peer=10.1.2.3")
	assert.Equal(t, "relay session closed reason=<*> sent=<*> peer=<*>", one.Template)
	assert.Equal(t, one.Template, m.Process("relay session closed reason=remote end hung up sent=2 peer=10.1.2.9").Template)
	assert.Equal(t, one.Template, m.Process("relay session closed reason=connection refused sent=0 peer=10.1.2.7").Template)
	// another event with the same keys stays its own
	assert.NotEqual(t, one.Template, m.Process("relay session opened reason=remote end hung up sent=2 peer=10.1.2.9").Template)
}

// Without a one-word value, the runs are learned as the tail rule learns
// free text after a key: once EnumerationValues runs after one key share
// the fields around them, each written more than once but the last.
func TestValueRunsBetweenKeysLearned(t *testing.T) {
	m := newMiner(t, nil)
	cmds := []string{"tar -czf backup.tgz /srv", "rsync -a /srv /mnt", "sh -c make install", "python3 manage.py migrate", "kubectl get pods -A"}
	seen := map[string]bool{}
	for i, c := range cmds[:EnumerationValues-1] {
		for range 2 {
			seen[m.Process("Process spawned in jail (user=alice command="+c+" pid=4242 jail=web)").Template] = true
		}
		assert.Len(t, seen, i+1, "apart before %d runs", EnumerationValues)
	}
	r := m.Process("Process spawned in jail (user=bob command=" + cmds[EnumerationValues-1] + " pid=17 jail=db)")
	assert.Equal(t, "Process spawned in jail (user=<*> command=<*> pid=<*> jail=<*>)", r.Template)
	for _, c := range cmds {
		assert.Equal(t, r.Template, m.Process("Process spawned in jail (user=carol command="+c+" pid=99 jail=mail)").Template)
	}
	assert.Equal(t, r.Template, m.Process("Process spawned in jail (user=carol command=make -j 8 all pid=99 jail=mail)").Template)
}

// A run of flags between fields (the names of set bits a code path
// prints, "ID=0 DF PROTO=TCP") is no value: a record with the flag and
// one without stay apart.
func TestFlagsBetweenKeysAreNoValue(t *testing.T) {
	m := newMiner(t, nil)
	without := m.Process("pf: block IN=em0 SRC=10.0.0.1 DST=10.0.0.2 LEN=60 TTL=64 ID=1 PROTO=TCP SPT=1 DPT=2")
	with := m.Process("pf: block IN=em0 SRC=10.0.0.1 DST=10.0.0.2 LEN=60 TTL=64 ID=1 DF PROTO=TCP SPT=1 DPT=2")
	assert.NotEqual(t, without.Template, with.Template)
}

// Forged records: two established events whose value run is their own
// text, then a few records with other runs after the same key: they fold
// neither, as the tail rule's guards keep established tails.
func TestValueRunsBetweenKeysForgedRecords(t *testing.T) {
	for forged := 1; forged <= 3; forged++ {
		m := newMiner(t, nil)
		var established []string
		for _, run := range []string{"disk quota exceeded", "certificate has expired"} {
			var tpl string
			for i := 0; i < 10; i++ {
				tpl = m.Process("store: upload rejected reason=" + run + " size=42 bucket=photos").Template
			}
			established = append(established, tpl)
		}
		for i := 0; i < forged; i++ {
			for range 2 {
				m.Process("store: upload rejected reason=forged text number " + string(rune('a'+i)) + " size=42 bucket=photos")
			}
		}
		assert.Equal(t, established[0], m.Process("store: upload rejected reason=disk quota exceeded size=42 bucket=photos").Template, "%d forged", forged)
		assert.Equal(t, established[1], m.Process("store: upload rejected reason=certificate has expired size=42 bucket=photos").Template, "%d forged", forged)
		assert.NotEqual(t, established[0], established[1])
	}
}

// Forged records of a one-word value: a template of the keys' variables
// made by one, two or three records takes no run several records carried
// (rejoinRuns, absorbValueRuns: only runs that carried no more records
// than it).
func TestOneWordValueForgedRecordsLeaveRuns(t *testing.T) {
	for forged := 1; forged <= 3; forged++ {
		m := newMiner(t, nil)
		var established string
		for i := 0; i < 10; i++ {
			established = m.Process("store: upload rejected reason=disk quota exceeded size=42 bucket=photos").Template
		}
		var keys string
		for i := 0; i < forged; i++ {
			keys = m.Process("store: upload rejected reason=forged size=1 bucket=media").Template
		}
		assert.Equal(t, "store: upload rejected reason=<*> size=<*> bucket=<*>", keys)
		// (another bucket: the exact cache would answer the same text)
		assert.Equal(t, established, m.Process("store: upload rejected reason=disk quota exceeded size=42 bucket=archive").Template, "%d forged", forged)
		// a new run joins the keys' template
		assert.Equal(t, keys, m.Process("store: upload rejected reason=bucket is read only size=42 bucket=photos").Template, "%d forged", forged)
	}
}

// A field its separator closes is complete: the word after it is an item
// of a comma-separated record, not the field's value ("secured" here, as
// a mail server writes "TLS," among its fields).
func TestCommaClosedFieldHasNoRun(t *testing.T) {
	m := newMiner(t, nil)
	plain := m.Process("imap-login: Login: user=alice, method=PLAIN, rip=10.0.0.1, session=abc")
	assert.NotEqual(t, plain.Template, m.Process("imap-login: Login: user=bob, method=PLAIN, rip=10.0.0.2, secured, session=abd").Template)
}

// Forged records: a record whose enclosure the masking makes a variable
// ("[4711]" -> "[<*>]") makes a template that takes the older ones with
// words there (absorbSpans), only those that carried no more records
// than it: one forged record folds no enclosed text ten records carried.
func TestEnclosedVariableForgedRecordLeavesEstablishedWords(t *testing.T) {
	m := newMiner(t, nil)
	var established string
	for i := 0; i < 10; i++ {
		established = m.Process("worker pool 3 parked in state [waiting on lock]").Template
	}
	assert.Equal(t, "worker pool <*> parked in state [waiting on lock]", established)
	assert.Equal(t, "worker pool <*> parked in state [<*>]", m.Process("worker pool 3 parked in state [4711]").Template)
	assert.Equal(t, established, m.Process("worker pool 4 parked in state [waiting on lock]").Template)
}

// A sentence in an enclosure closed by its own mark ("!", ".") is a
// reason however short: the program formatted a message into the
// brackets. Two words with no mark wait for EnumerationValues, as words
// that may name the event do.
func TestShortEnclosedSentenceIsAReason(t *testing.T) {
	m := newMiner(t, nil)
	m.Process("rtp.c:88 stream 7 stopped: [Peer vanished!]")
	b := m.Process("rtp.c:88 stream 9 stopped: [Jitter overflow!]")
	assert.Equal(t, "rtp.c:<*> stream <*> stopped: [<*>]", b.Template)
	assert.Equal(t, b.Template, m.Process("rtp.c:88 stream 2 stopped: [Peer vanished!]").Template)
	assert.Equal(t, b.Template, m.Process("rtp.c:88 stream 4 stopped: [Remote closed the socket.]").Template)
	// two words without a sentence's mark stay apart
	ro := m.Process("disk sdb mounted [read only]")
	assert.NotEqual(t, ro.Template, m.Process("disk sdb mounted [read write]").Template)
}

// Forged records: an established short sentence (ten records) and one,
// two or three forged records of another short sentence in the same
// brackets: the established template keeps its text.
func TestShortEnclosedSentenceForgedRecords(t *testing.T) {
	for forged := 1; forged <= 3; forged++ {
		m := newMiner(t, nil)
		var established string
		for i := 0; i < 10; i++ {
			established = m.Process("rtp.c:88 stream 7 stopped: [Peer vanished!]").Template
		}
		for i := 0; i < forged; i++ {
			m.Process("rtp.c:88 stream 7 stopped: [Forged " + string(rune('a'+i)) + "text!]")
		}
		assert.Equal(t, established, m.Process("rtp.c:88 stream 8 stopped: [Peer vanished!]").Template, "%d forged", forged)
	}
}

// The slot of an enclosure made after a text of several words there took
// only lighter templates (absorbSpans' guard); growing with every other
// content, it takes the older text once it carried as many records
// (rejoinSpans, checked as a template's records double, through the
// exact cache too).
func TestEnclosedSlotTakesOlderTextOnceHeavier(t *testing.T) {
	m := newMiner(t, nil)
	var older string
	for i := 0; i < 4; i++ {
		older = m.Process("scheduler: running job 'nightly backup' now").Template
	}
	assert.Equal(t, "scheduler: running job 'nightly backup' now", older)
	var slot string
	for _, j := range []string{"reindex", "compact", "vacuum", "rotate", "prune", "sync", "export", "audit"} {
		slot = m.Process("scheduler: running job '" + j + "' now").Template
	}
	assert.Equal(t, "scheduler: running job '<*>' now", slot)
	var got string
	for i := 0; i < 4; i++ {
		got = m.Process("scheduler: running job 'nightly backup' now").Template
	}
	assert.Equal(t, slot, got)
}

// A list after a key written with spaces inside its brackets (Rust's
// Debug of a Vec of texts, "sources=[connection reset by peer]") is the
// key's value, delimited by its brackets: runs before it and its texts
// are learned as one record's values.
func TestBracketedListAfterKeyIsARun(t *testing.T) {
	m := newMiner(t, nil)
	causes := []string{"connection reset by peer", "operation timed out", "no route to host", "broken pipe", "tls handshake eof"}
	for _, c := range causes[:EnumerationValues-1] {
		for range 2 {
			m.Process("proxy: upstream call failed error=" + c + " sources=[" + c + "]")
		}
	}
	r := m.Process("proxy: upstream call failed error=" + causes[EnumerationValues-1] + " sources=[" + causes[EnumerationValues-1] + "]")
	assert.Equal(t, "proxy: upstream call failed error=<*> sources=<*>", r.Template)
	assert.Equal(t, r.Template, m.Process("proxy: upstream call failed error=dns lookup failed sources=[dns lookup failed: nxdomain]").Template)
}

// The tails after a key may all have come before the last of them was
// written again: the tail is learned when that one is (rejoinTail at a
// template's second record), not only when a new tail comes.
func TestTailAfterKeyLearnedWhenWrittenAgain(t *testing.T) {
	m := newMiner(t, nil)
	causes := []string{"connection reset by peer", "operation timed out", "no route to host", "broken pipe", "tls handshake eof"}
	for _, c := range causes[:3] {
		for range 2 {
			m.Process("gateway: upstream call failed error=" + c)
		}
	}
	m.Process("gateway: upstream call failed error=" + causes[3])
	fifth := m.Process("gateway: upstream call failed error=" + causes[4])
	assert.Equal(t, "gateway: upstream call failed error=<*> handshake eof", fifth.Template, "four tails written twice are needed")
	r := m.Process("gateway: upstream call failed error=" + causes[3])
	assert.Equal(t, "gateway: upstream call failed error=<*> <*>", r.Template)
	for _, c := range causes {
		assert.Equal(t, r.Template, m.Process("gateway: upstream call failed error="+c).Template)
	}
}

// Variables alone in an enclosure are no text to keep: the slot's
// template takes an older one with several variables there however many
// records it carried (absorbSpans' guard is for words).
func TestEnclosedVariablesFoldWhateverTheirRecords(t *testing.T) {
	m := newMiner(t, nil)
	for i := 0; i < 4; i++ {
		m.Process("rrd update (1700000000 1700000009): step too small")
	}
	r := m.Process("rrd update (1700000010): step too small")
	assert.Equal(t, "rrd update (<*>): step too small", r.Template)
	assert.Equal(t, r.Template, m.Process("rrd update (1700000000 1700000009): step too small").Template)
}
