package logtemplate

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Failure classes the twelfth held-out set (testdata/logholdout12) showed
// (session 20, h98), each with examples of our own written from the
// convention, not copied from the set.

// A program that writes its worker's name first fills the first position
// as any other: a name the masking keeps as a word ("builder") and names
// it finds values in ("a1b2c3d4e5f6", "ci-7") are one slot. The first
// slot's template took a word-first template only when a word-first
// message came after it (firstSlot); when the word came first, the later
// template with a variable there never took it, and the word's records
// stayed apart for good. It now takes it as soon as it carries as many
// records, whichever came first, at its creation and when it learns.
func TestFirstSlotTakesWordTemplatesWhicheverCameFirst(t *testing.T) {
	const rest = " Uploading artifacts for step 12 of the pipeline"
	// the word first, then one record with a value there
	m := newMiner(t, nil)
	m.Process("builder" + rest)
	r := m.Process("a1b2c3d4e5f6" + rest)
	assert.Equal(t, "<*> Uploading artifacts for step <*> of the pipeline", r.Template)
	assert.Equal(t, r.Template, m.Process("builder"+rest).Template, "%v", m.Templates())

	// the word's template carried more records: taken once the slot's
	// template carries as many (it learns from other names' records)
	m = newMiner(t, nil)
	for range 3 {
		m.Process("builder" + rest)
	}
	first := m.Process("a1b2c3d4e5f6" + rest).Template
	require.NotEqual(t, first, m.Process("builder"+rest).Template, "one record of a value folds no word of three records")
	m.Process("ci-7" + rest)
	m.Process("mac-mini-2" + rest)
	m.Process("10.0.0.7" + rest)
	assert.Equal(t, "<*> Uploading artifacts for step <*> of the pipeline", m.Process("builder"+rest).Template, "%v", m.Templates())
}

// Forged records: two established events whose first word names them,
// then a few records with values first, each of another shape so that each
// is learned (not an exact repeat): they fold neither event, whose words
// many more records repeated (the guard of absorbFirstWords, now applied
// whenever the slot's template learns).
func TestFirstSlotForgedRecordsLeaveEstablishedWords(t *testing.T) {
	accepted := "Accepted password for user alice from 10.0.0.1 port 22 ssh2"
	failed := "Failed password for user bob from 10.0.0.2 port 22 ssh2"
	forged := []string{
		"4711 password for user mallory from 10.9.9.9 port 1 ssh2",
		"ci-7 password for user mallory from 10.9.9.9 port 1 ssh2",
		"mac-mini-2 password for user eve from 10.9.9.8 port 2 ssh2",
		"node-3 password for user eve from 10.9.9.8 port 2 ssh2",
	}
	m := newMiner(t, nil)
	var before [2]string
	for range 10 {
		before = [2]string{m.Process(accepted).Template, m.Process(failed).Template}
	}
	require.NotEqual(t, before[0], before[1], "%v", m.Templates())
	for _, s := range forged {
		m.Process(s)
	}
	assert.Equal(t, before[0], m.Process(accepted).Template, "%v", m.Templates())
	assert.Equal(t, before[1], m.Process(failed).Template, "%v", m.Templates())
}

// A name taken as a value of the first position where the rest of the
// message gave the context (three constant words) is a value of the
// first position of the program's shorter messages too: "builder
// Finished job 7" beside "<*> Finished job <*>" (two words after it, too
// few alone to say the first is a slot) joins it once "builder" was taken
// from "builder Uploading artifacts ...". Without that knowledge the short
// message's word stays: it may name the event.
func TestKnownFirstValueNeedsLessContext(t *testing.T) {
	m := newMiner(t, nil)
	m.Process("builder Uploading artifacts for step 12 of the pipeline")
	m.Process("a1b2c3d4e5f6 Uploading artifacts for step 12 of the pipeline")
	m.Process("builder Finished job 7")
	r := m.Process("a1b2c3d4e5f6 Finished job 8")
	assert.Equal(t, "<*> Finished job <*>", r.Template)
	assert.Equal(t, r.Template, m.Process("builder Finished job 9").Template, "%v", m.Templates())

	m = newMiner(t, nil)
	m.Process("builder Finished job 7")
	m.Process("a1b2c3d4e5f6 Finished job 8")
	assert.Equal(t, "builder Finished job <*>", m.Process("builder Finished job 9").Template, "%v", m.Templates())
}

// Forged records: a forger makes an event's word known as a first value
// (two records of another text, one with the word first, one with a value
// there), then writes records of the established events' text with
// values first: the events, whose words many more records repeated, stay
// (the count guard of absorbFirstWords holds for known words too).
func TestKnownFirstValueForgedRecordsLeaveEstablishedWords(t *testing.T) {
	m := newMiner(t, nil)
	var before [2]string
	for range 10 {
		before = [2]string{m.Process("Started job 7").Template, m.Process("Stopped job 8").Template}
	}
	require.NotEqual(t, before[0], before[1], "%v", m.Templates())
	for _, s := range []string{
		"Started forged text of four words", "4711 forged text of four words",
		"Stopped forged text of four words", "4712 forged text of four words",
		"4713 job 9", "node-4 job 9", "ci-5 job 9", "mac-mini-6 job 9",
	} {
		m.Process(s)
	}
	assert.Equal(t, before[0], m.Process("Started job 7").Template, "%v", m.Templates())
	assert.Equal(t, before[1], m.Process("Stopped job 8").Template, "%v", m.Templates())
}

// h106 finding (MEDIUM): absorbFirstWords' count guard weighs the first
// slot's template by its count, which holds the records of the word
// templates it took before (h95's finding acb0b2a, across calls: the
// guard is checked again at each new shape and each doubling). A forger
// makes the events' words known (three records) and writes 13 records of
// values first with one constant word ("job"): the template takes
// "Started" (10 records) and counts 23; nine records more and it counts
// 32, a doubling, and takes "Stopped", which carried 30 records, more
// than the forger's 22.
func TestFirstWordsGuardCountsOnlyOwnRecords(t *testing.T) {
	m := newMiner(t, nil)
	for range 10 {
		m.Process("Started job 7")
	}
	var stopped string
	for range 30 {
		stopped = m.Process("Stopped job 8").Template
	}
	require.Equal(t, "Stopped job <*>", stopped)
	for _, s := range []string{
		"Started forged text of four words", "Stopped forged text of four words", "4711 forged text of four words",
	} {
		m.Process(s)
	}
	for i := range 12 {
		m.Process(fmt.Sprintf("%d job 9", 4713+i))
	}
	m.Process("node-4 job 9") // a new shape: 13 records, "Started" (10) taken
	for i := range 9 {        // 22 records of its own, 32 counted
		m.Process(fmt.Sprintf("%d job 9", 4813+i))
	}
	assert.Equal(t, stopped, m.Process("Stopped job 8").Template, "%v", m.Templates())
}

// A snapshot keeps no own count: a restored template weighs the records
// since the restore, or the records it took before would lift it again
// after each restart (TestFirstWordsGuardCountsOnlyOwnRecords).
func TestFirstWordsGuardAfterRestoreCountsRecordsSince(t *testing.T) {
	m := newMiner(t, nil)
	for range 10 {
		m.Process("Started job 7")
	}
	var stopped string
	for range 30 {
		stopped = m.Process("Stopped job 8").Template
	}
	for _, s := range []string{
		"Started forged text of four words", "Stopped forged text of four words", "4711 forged text of four words",
	} {
		m.Process(s)
	}
	for i := range 12 {
		m.Process(fmt.Sprintf("%d job 9", 4713+i))
	}
	m.Process("node-4 job 9") // 13 records, "Started" (10) taken: 23
	data, err := m.MarshalBinary()
	require.NoError(t, err)
	r := newMiner(t, nil)
	require.NoError(t, r.UnmarshalBinary(data))
	r.Process("Stopped again a forged text") // known first values are not restored
	r.Process("4712 again a forged text")
	for i := range 9 { // 32 counted, 9 since the restore
		r.Process(fmt.Sprintf("%d job 9", 4813+i))
	}
	assert.Contains(t, r.Templates(), stopped) // its template kept (the restored miner has no cached entry for it)
}

// h106 finding (LOW: accuracy, the safe direction): the known first
// values are forgotten all at once when MaxFirstValues are known, and a
// forger fills them: each batch of three word-first records and one
// record with a value first, under a text of its own, makes three words
// known; 342 batches (1,368 records) clear what the program's records
// taught ("builder"), and its short messages stay apart again.
func TestKnownFirstValuesFloodForgetsTheProgramsValues(t *testing.T) {
	m := newMiner(t, nil)
	m.Process("builder Uploading artifacts for step 12 of the pipeline")
	m.Process("a1b2c3d4e5f6 Uploading artifacts for step 12 of the pipeline")
	name := func(j int) string { // letters only: no number the masker takes
		b := []byte("q")
		for ; j > 0; j /= 26 {
			b = append(b, byte('a'+j%26))
		}
		return string(b)
	}
	for j := range MaxFirstValues/3 + 1 {
		rest := " " + name(j) + "x " + name(j) + "y " + name(j) + "z" // a text of its own
		for _, w := range []string{"alpha", "bravo", "charlie"} {
			m.Process(w + name(j) + rest)
		}
		m.Process("4711" + rest)
	}
	m.Process("builder Finished job 7")
	m.Process("a1b2c3d4e5f6 Finished job 8")
	assert.Equal(t, "<*> Finished job <*>", m.Process("builder Finished job 9").Template, "%v", m.Templates())
}

// The known first values stay bounded under a flood of one-off words,
// and keep the words known first and those taken again: a word taken
// again after the set filled is kept over the one-off words after it.
func TestKnownFirstValuesBoundedKeepWordsTakenAgain(t *testing.T) {
	s := firstValueSet{uses: make(map[string]*firstValue)}
	s.add("builder", 1)
	s.add("infra", 1)
	s.add("infra", 1)
	for i := range 3 * MaxFirstValues {
		s.add(fmt.Sprintf("q%d", i), 1)
		if i == MaxFirstValues+5 {
			s.add("runner", 1)
			s.add("runner", 1)
		}
	}
	assert.Len(t, s.uses, MaxFirstValues)
	assert.Len(t, s.heap, MaxFirstValues)
	for _, w := range []string{"builder", "infra", "runner"} {
		assert.Contains(t, s.uses, w)
	}
	assert.NotContains(t, s.uses, fmt.Sprintf("q%d", 3*MaxFirstValues-2), "a one-off word turned over")
	for i := range MaxFirstValues + 1 { // every word taken again: the latest of them turn over
		w := fmt.Sprintf("r%d", i)
		s.add(w, 1)
		s.add(w, 1)
	}
	assert.Len(t, s.uses, MaxFirstValues)
	assert.Contains(t, s.uses, "infra")
}
