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
