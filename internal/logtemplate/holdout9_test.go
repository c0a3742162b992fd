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

// The text of a logfmt record's message key is the event's sentence: two
// records whose msg differs by one word are two events, not two values of
// the key "msg" (examples of our own, a queue's logfmt lines).
func TestMessageKeyTextIsNoValue(t *testing.T) {
	m := newMiner(t, nil)
	a := m.Process(`msg="Draining queue" log_id=0a1B2c3D engine=q1 queue_file=/var/lib/q/17.seg depth=412`).Template
	b := m.Process(`msg="Drained queue" log_id=7f8E9d0C engine=q1 queue_file=/var/lib/q/18.seg depth=0`).Template
	assert.NotEqual(t, a, b, "%v", m.Templates())
	assert.Contains(t, b, `msg="Drained queue"`)
}

// Nor are two message texts the first slot of records whose keyed fields
// agree (examples of our own, in the shape of a storage engine's logfmt
// lines).
func TestMessageKeyTextIsNoFirstSlot(t *testing.T) {
	m := newMiner(t, nil)
	line := func(msg, id string, n int) string {
		return `msg="` + msg + `" log_id=0Qx` + id + `000 engine=seg1 seg_level=` + string(rune('0'+n)) + ` seg_strategy=level trace_id=0Zk` + id + `000 op_name=seg_merge_group seg_index=` + string(rune('0'+n)) + ` seg_file=/data/seg/00` + string(rune('0'+n)) + `.seg`
	}
	a := m.Process(line("Merging segment", "Ab", 1)).Template
	m.Process(line("Merging segment", "Cd", 2))
	b := m.Process(line("Merged segment", "Ef", 3)).Template
	assert.NotEqual(t, a, b, "%v", m.Templates())
	assert.Contains(t, b, `msg="Merged segment"`)
}
