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
