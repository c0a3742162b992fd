package logtemplate

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Failure classes the thirteenth held-out set (testdata/logholdout13)
// showed (session 21, h114), each with examples of our own written from
// the convention, not copied from the set.

// A state a program writes into a fixed sentence is a value wherever the
// records come in: a word seen before the slot was known ("valve 'north'
// set to CLOSED", before a number made "valve '<*>' set to <*>") kept its
// own template for good, while a word seen after it joined the slot. The
// slot's template now takes the older word templates of its group that
// it would take as messages, once it matched more records itself than
// they carried (one record each is no evidence either way: the word
// came first and stays, TestProcess's "job phase billing done").
func TestSlotTakesOlderWordTemplates(t *testing.T) {
	m := newMiner(t, nil)
	m.Process("valve 'north' set to CLOSED by the scheduler")
	m.Process("valve 'south' set to CLOSED by the scheduler")
	r := m.Process("valve 'east' set to 42.5 by the scheduler")
	assert.Equal(t, "valve '<*>' set to <*> by the scheduler", r.Template)
	// a word after the slot was known joins it (joinable), as before
	assert.Equal(t, r.Template, m.Process("valve 'east' set to HALF by the scheduler").Template, "%v", m.Templates())
	// and the word seen before it, once the slot carried more records
	m.Process("valve 'west' set to 17.5 by the scheduler")
	m.Process("valve 'east' set to 3.5 by the scheduler")
	assert.Equal(t, r.Template, m.Process("valve 'west' set to CLOSED by the scheduler").Template, "%v", m.Templates())

	// a builder's name the masking keeps ("docker") beside one it finds a
	// value in ("vbox.alpine-2024"), after a marker of the line
	m = newMiner(t, nil)
	m.Process("--> docker: Waiting for container 1 to settle...")
	m.Process("--> docker: Waiting for container 2 to settle...")
	for i := range 4 {
		r = m.Process(fmt.Sprintf("--> vbox.alpine-2024: Waiting for container %d to settle...", i))
	}
	assert.Equal(t, "--> <*>: Waiting for container <*> to settle...", r.Template)
	assert.Equal(t, r.Template, m.Process("--> docker: Waiting for container 9 to settle...").Template, "%v", m.Templates())
}

// Forged records: a few records of a number where established events keep
// their word fold none of them (absorbCovered's guard, own: the slot's
// template takes only word templates that carried fewer records than it
// matched itself); the words stay until the slot's records outweigh them.
func TestSlotForgedRecordsLeaveEstablishedWords(t *testing.T) {
	opened := "door 'front' is now OPEN after the last check"
	closed := "door 'back' is now CLOSED after the last check"
	m := newMiner(t, nil)
	var before [2]string
	for range 10 {
		before = [2]string{m.Process(opened).Template, m.Process(closed).Template}
	}
	require.NotEqual(t, before[0], before[1], "%v", m.Templates())
	for i := range 8 {
		m.Process(fmt.Sprintf("door 'side' is now %d after the last check", 4711+i))
	}
	assert.Equal(t, before[0], m.Process(opened).Template, "%v", m.Templates())
	assert.Equal(t, before[1], m.Process(closed).Template, "%v", m.Templates())
	// once the slot carried more records (checked as they double), it
	// takes them
	for i := range 8 {
		m.Process(fmt.Sprintf("door 'side' is now %d after the last check", 4811+i))
	}
	assert.Equal(t, "door '<*>' is now <*> after the last check", m.Process(opened).Template, "%v", m.Templates())
}

// A duration's unit spelled out ("seconds", "minutes", "hours") is a unit
// after a variable as "days", "ms" and "min" are: "after 52 seconds" and
// "after 3 minutes" are one event (examples of our own).
func TestSpelledDurationUnitsAreUnits(t *testing.T) {
	m := newMiner(t, nil)
	msgs := []string{
		"snapshot of volume 7 finished after 52 seconds",
		"snapshot of volume 8 finished after 3 minutes",
		"snapshot of volume 9 finished after 2 hours",
		"snapshot of volume 9 finished after 1 second",
	}
	for _, s := range msgs {
		m.Process(s)
	}
	want := "snapshot of volume <*> finished after <*>"
	for _, s := range msgs {
		assert.Equal(t, want, m.Process(s).Template, "%s: %v", s, m.Templates())
	}
}

// Forged records: two records of numbered names and numbers ("door d3 is
// now 4711", "door d4 is now 4712") generalize their template over the
// position of the names ("door <*> is now <*>"); the template then
// covered established events that keep their word where the masking put
// the number ("door d1 is now OPEN", ten records each) and took them
// unguarded. It takes such a template only when that carried fewer
// records than it matched itself (absorbWords' guard); a position the
// message generalized is evidence of this step (the enumeration's five
// words, TestIssue14FailureClasses) and takes as before.
func TestGeneralizeForgedRecordsLeaveWords(t *testing.T) {
	opened := "door d1 is now OPEN after the last check"
	closed := "door d2 is now CLOSED after the last check"
	m := newMiner(t, nil)
	var before [2]string
	for range 10 {
		before = [2]string{m.Process(opened).Template, m.Process(closed).Template}
	}
	require.NotEqual(t, before[0], before[1], "%v", m.Templates())
	m.Process("door d3 is now 4711 after the last check")
	m.Process("door d4 is now 4712 after the last check")
	assert.Equal(t, before[0], m.Process(opened).Template, "%v", m.Templates())
	assert.Equal(t, before[1], m.Process(closed).Template, "%v", m.Templates())
}

// A name a program writes first ("builder: <message>", a build tool's
// detail lines under the builder that runs them) is a value of the first
// position of each of its events once the slots of other events took it:
// a slot that matched fewer records than the name's template of its own
// event kept that template apart (absorbFirstWords' guard) until it
// outweighed it, so the name the program writes most stayed a word in
// the events where its records came first. A known first value now
// weighs the records of the templates it was taken from; one that
// weighs as much as the word template is taken by the slot (h123).
func TestKnownFirstValueWeighsItsRecords(t *testing.T) {
	const upload = " Uploading artifacts for step 12 of the pipeline"
	const found = " Found base image id for the pipeline"
	m := newMiner(t, nil)
	for range 3 {
		m.Process("builder" + upload)
	}
	for i := range 8 { // the slot takes "builder" (3 records) once it matched as many
		m.Process(fmt.Sprintf("%x", 0xa1b2c3d4e5f0+i) + upload)
	}
	require.Contains(t, m.firstValues.uses, "builder", "%v", m.Templates())
	for range 3 {
		m.Process("builder" + found)
	}
	r := m.Process("a1b2c3d4e5f6" + found) // one record of a value there
	assert.Equal(t, "<*> Found base image id for the pipeline", r.Template)
	assert.Equal(t, r.Template, m.Process("builder"+found).Template, "%v", m.Templates())
}

// Forged records: a forger makes an event's word known as a first value
// and weighing records (nine forged records with the word first, nine
// with values there), then writes records of the event's text with a
// value first: the event's word, which ten records repeated, stays; the
// forger needs more records than the event carried for each word it
// would fold, twice as many as the slot alone needs (h123).
func TestKnownFirstValueWeightForgedRecordsLeaveEstablishedWords(t *testing.T) {
	m := newMiner(t, nil)
	var before string
	for range 10 {
		before = m.Process("Started job 7 on the worker").Template
	}
	for i := range 9 {
		m.Process(fmt.Sprintf("Started forged text of four words %d", i))
		m.Process(fmt.Sprintf("%x forged text of four words %d", 0xa1b2c3d4e5f0+i, i))
	}
	require.Contains(t, m.firstValues.uses, "Started", "%v", m.Templates())
	for i := range 4 {
		m.Process(fmt.Sprintf("%x job 9 on the worker", 0xa1b2c3d4e5f0+i))
	}
	assert.Equal(t, before, m.Process("Started job 7 on the worker").Template, "%v", m.Templates())
}
