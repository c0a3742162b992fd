package logtemplate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A free-text tail's template is made of a prefix that ends in its
// separator and holds context, in every template it takes: a template
// whose token there is a variable without the separator ("<*>" for a
// volume's id before its peer) is another structure, and a prefix made of
// it would end in no separator and take every message of the group
// (kernel-style "driver device: message" lines; examples of our own, a
// block replication driver).
func TestTailPrefixOfTheOlderTemplates(t *testing.T) {
	m := newMiner(t, nil)
	got := map[string]string{}
	for _, s := range []string{
		`blkrep 3f2a9c1e-8d7b-4a6c-9e1f-2b3c4d5e6f70 10.1.2.3:7000: link( Idle -> Busy ) peer( Up -> Down )`,
		`blkrep 5a6b7c8d-1e2f-4a3b-8c9d-0e1f2a3b4c5d 10.1.2.4:7000: flushed 112 journal blocks`,
		`blkrep 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f 10.1.2.5:7000: meta socket closed by remote end`,
		`blkrep 9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b: barrier( on -> off )`,
		`blkrep vol0: mode( Primary -> Secondary )`,
		`blkrep vol1: state( Idle -> Syncing )`,
	} {
		got[s] = m.Process(s).Template
	}
	for _, tpl := range m.Templates() {
		assert.NotEqual(t, `blkrep <*> <*>`, tpl, "%v", m.Templates())
	}
	assert.True(t, strings.HasPrefix(got[`blkrep vol0: mode( Primary -> Secondary )`], `blkrep <*>: mode(`) ||
		strings.HasPrefix(got[`blkrep vol0: mode( Primary -> Secondary )`], `blkrep vol0: mode(`), "%v", got)
	assert.NotEqual(t, got[`blkrep vol1: state( Idle -> Syncing )`], got[`blkrep 3f2a9c1e-8d7b-4a6c-9e1f-2b3c4d5e6f70 10.1.2.3:7000: link( Idle -> Busy ) peer( Up -> Down )`])
}

// A banner padded to a width with one character ("STAGE [title] ====…")
// has as many of it as the title leaves: two runs of different lengths
// are one value, so the banners of one kind join once the enclosure is a
// slot (examples of our own, a build tool's stage banners padded to 60
// columns).
func TestPaddedBannersJoin(t *testing.T) {
	pad := func(s string) string { return s + " " + strings.Repeat("=", 60-len(s)) }
	m := newMiner(t, nil)
	var last Result
	for _, s := range []string{
		`STAGE [compile sources]`,
		`STAGE [run unit tests]`,
		`STAGE [package]`,
		`STAGE [upload artifacts to cache]`,
		`STAGE [lint]`,
		`STAGE [build docs]`,
		`STAGE [sign release images]`,
		`STAGE [publish]`,
	} {
		last = m.Process(pad(s))
	}
	assert.True(t, strings.HasPrefix(last.Template, `STAGE [<*>] `), "%v", m.Templates())
	assert.Equal(t, 1, m.Stats().Active, "%v", m.Templates())
	// a rule of the same length stays a constant of its event
	m = newMiner(t, nil)
	m.Process(`==== build started ====`)
	assert.Equal(t, `==== build finished ====`, m.Process(`==== build finished ====`).Template)
}

// An enclosure closes at its own closer, past a pair nested in it: a
// reason in parentheses that quotes a detail in parentheses ("(session
// rejected (again))") is one slot, as one without is, and no free-text
// tail inside it runs past its end (examples of our own, an
// authentication server's rejections).
func TestNestedEnclosureIsOneSlot(t *testing.T) {
	m := newMiner(t, nil)
	var got []string
	for _, s := range []string{
		`Auth rejected (ldap: bind failed for this account) for client gw-1 port 4`,
		`Auth rejected (totp: code was already used) for client gw-2 port 1`,
		`Auth rejected (ldap: the account is locked (policy lockout)) for client gw-1 port 2`,
		`Auth rejected (radius: upstream did not answer in time) for client gw-3 port 7`,
		`Auth rejected (peap: session was previously rejected (again)) for client gw-2 port 3`,
		`Auth rejected (local: password does not match) for client gw-4 port 9`,
	} {
		got = append(got, m.Process(s).Template)
	}
	assert.Equal(t, got[5], got[4], "%v", m.Templates())
	assert.Equal(t, got[5], got[2], "%v", m.Templates())
	assert.True(t, strings.HasPrefix(got[5], `Auth rejected (<*>) for client`), "%v", got)
}

// A template that an enclosure's slot makes ("(<*>)") takes the older
// templates that hold words in that enclosure and that it covers around
// it, as a new template with the slot does: they were made before the slot
// was known (examples of our own).
func TestSpanTemplateTakesOlderOnes(t *testing.T) {
	m := newMiner(t, nil)
	first := `Auth rejected (ldap: bind failed) for client gw-edge port 4`
	m.Process(first)
	var last Result
	for _, s := range []string{
		`Auth rejected (totp: code was reused) for client 10.0.0.7 port 1`,
		`Auth rejected (radius: no answer in time) for client 10.0.0.8 port 2`,
		`Auth rejected (local: password does not match) for client 10.0.0.9 port 3`,
		`Auth rejected (peap: session rejected before) for client 10.0.1.7 port 5`,
		`Auth rejected (ldap: account is locked) for client 10.0.2.7 port 6`,
	} {
		last = m.Process(s)
	}
	assert.Equal(t, `Auth rejected (<*>) for client <*> port <*>`, last.Template)
	assert.Equal(t, last.Template, m.Process(first).Template, "%v", m.Templates())
}

// A list of values in square brackets written apart, as Go's fmt prints
// a slice ("[115 382 907]"), is one value whatever its length: the
// records of one event join (examples of our own, a store's merges).
func TestBracketedValueListIsOneSlot(t *testing.T) {
	m := newMiner(t, nil)
	var got []string
	for _, s := range []string{
		`merged tables [1204 1209] into [1311] in 2.1s`,
		`merged tables [1312 1313 1320] into [1402] in 0.4s`,
		`merged tables [1403] into [1404 1405] in 1.2s`,
	} {
		got = append(got, m.Process(s).Template)
	}
	assert.Equal(t, `merged tables [<*>] into [<*>] in <*>`, got[2], "%v", m.Templates())
	assert.Equal(t, 1, m.Stats().Active, "%v", m.Templates())
	// a bracket that holds a word is not a list of values
	assert.Equal(t, `state [<*> idle] entered`, m.Process(`state [12 idle] entered`).Template)
}
