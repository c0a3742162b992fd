package mask

import "testing"

// The scanner allocates only when dst grows: the rules of issue #14 (keys,
// name slots, message keys) look words up without allocating. Neither does
// a message remembered by the memo.
func TestAppendNoAlloc(t *testing.T) {
	m, err := New(nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	msg := `Session opened for User Cyrus by Admin; MSG="Cache Miss" Message="x y" r24=0x1 R08: 0001 Container Nginx threshold....3`
	dst := make([]byte, 0, 1024)
	for name, m := range map[string]*Masker{"scan": uncached(), "memo": m} {
		if n := testing.AllocsPerRun(100, func() { dst, _ = m.Append(dst[:0], msg) }); n != 0 {
			t.Errorf("%s: Append allocates %v times per message", name, n)
		}
	}
}
