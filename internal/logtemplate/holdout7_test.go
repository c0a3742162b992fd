package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A list printed with spaces inside its brackets ("[ HDR ACK ]") is one
// enclosure, as "[HDR ACK]" is: five different contents make it one slot
// (examples of our own, a protocol's payload list).
func TestSpacedEnclosureIsOneSlot(t *testing.T) {
	m := newMiner(t, nil)
	var last Result
	for _, s := range []string{
		`built frame 12 [ HDR ]`,
		`built frame 13 [ HDR ACK ]`,
		`built frame 14 [ ]`,
		`built frame 15 [ HDR SEQ(4) PAD ]`,
		`built frame 16 [ DATA ]`,
		`built frame 17 [ HDR DATA ACK ]`,
		`built frame 19 [ CRC SEQ(2) ]`,
	} {
		last = m.Process(s)
	}
	assert.Equal(t, `built frame <*> [<*>]`, last.Template)
	assert.Equal(t, 1, m.Stats().Active, "%v", m.Templates())
}

// The words a record of keyed fields opens with, up to a ':' before its
// first field ("claimed lease: owner=..."), are its message: they name the
// event as in any message, so two of them are two events; the lower count
// of keyed records is for bare words among the fields (examples of our
// own).
func TestMessageBeforeKeyedFieldsNamesTheEvent(t *testing.T) {
	m := newMiner(t, nil)
	var got []string
	for _, s := range []string{
		`claimed lease: owner=a1 lease_id=42 pool=blue zone=eu tier=gold node_id="" reason=renew`,
		`released lease: owner=b2 lease_id=43 pool=red zone=us tier=free node_id="" reason=expire`,
		`claimed lease: owner=c3 lease_id=44 pool=blue zone=ap tier=gold node_id=n1 reason=new`,
		`released lease: owner=c3 lease_id=44 pool=blue zone=ap tier=gold node_id=n1 reason=new`,
	} {
		got = append(got, m.Process(s).Template)
	}
	assert.Equal(t, `claimed lease: owner=<*> lease_id=<*> pool=<*> zone=<*> tier=<*> node_id=<*> reason=<*>`, got[2])
	assert.Equal(t, `released lease: owner=<*> lease_id=<*> pool=<*> zone=<*> tier=<*> node_id=<*> reason=<*>`, got[3])
}

// Two qualified names (three or more identifiers joined with '.') at one
// position are values of one slot, as two configured names are: a
// program inserts the name of the code it ran (examples of our own).
func TestQualifiedNamesAreValues(t *testing.T) {
	m := newMiner(t, nil)
	m.Process(`Invoked handler Acme.Billing.Handlers.InvoiceHandler.Post (Acme.Billing) in 12.5ms`)
	got := m.Process(`Invoked handler Acme.Billing.Handlers.RefundHandler.Get (Acme.Billing) in 3.1ms`)
	assert.Equal(t, `Invoked handler <*> (Acme.Billing) in <*>`, got.Template)
	assert.Equal(t, 1, m.Stats().Active)
	// two words of a sentence stay apart
	m = newMiner(t, nil)
	m.Process(`Invoked handler quickly in 12.5ms`)
	assert.NotEqual(t, m.Process(`Invoked handler slowly in 3.1ms`).Template, `Invoked handler <*> in <*>`)
}

// A value after Ruby's hash rocket is a keyed value from first sight, as
// after '=': a word, a symbol or a quoted word ("{:tls=>false}",
// ":queue=>:main", ":mode=>\"fast\""), as the masking writes a number
// there ("=>9600" -> "=<*>"); examples of our own.
func TestRubyHashValuesFromFirstSight(t *testing.T) {
	m := newMiner(t, nil)
	assert.Equal(t, `Opened socket {:port=<*>, :tls=<*>}`, m.Process(`Opened socket {:port=>9600, :tls=>false}`).Template)
	assert.Equal(t, `Queue paused {:queue=<*>, :retry=<*>, :mode=>"<*>"}`, m.Process(`Queue paused {:queue=>:main, :retry=>nil, :mode=>"fast"}`).Template)
}
