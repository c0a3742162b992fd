package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The header a kernel file system or driver writes before a device's
// message ("XFS info (device sdb1): ...", the subsystem, the level and the
// device in an enclosure) is no context of the event: the messages after
// it are different events, not free-text tails of one (examples of our
// own, an imaginary file system's kernel lines).
func TestKernelDeviceHeaderIsNoTailPrefix(t *testing.T) {
	m := newMiner(t, nil)
	lines := []string{
		`NOVAFS info (device sdb1): quota accounting is enabled`,
		`NOVAFS info (device nvme0n1p2): mounting with journal checksums`,
		`NOVAFS info (device dm-3): trimmed 4096 free extents in 12 ms`,
		`NOVAFS info (device sdc): balance paused by user request`,
		`NOVAFS info (device md127): online resize grew the file system to 88 GiB`,
		`NOVAFS info (device sdb1): quota accounting is enabled`,
	}
	got := map[string]bool{}
	for _, s := range lines {
		got[m.Process(s).Template] = true
	}
	assert.False(t, got[`NOVAFS info (device <*>): <*>`], "%v", m.Templates())
	assert.True(t, got[`NOVAFS info (device <*>): quota accounting is enabled`], "%v", m.Templates())
}
