package mask

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/otelcol-backlog/otelcol-backlog/internal/loghub"
)

// uncached is a masker without the memo: every message is scanned.
func uncached() *Masker { return &Masker{maxBytes: DefaultMaxBytes} }

// memoLines are the lines the memo tests mask: the one-pass samples, the
// planted-secrets corpus, testdata/logcorpus and, when ../shared is there,
// the Loghub mix.
func memoLines(t *testing.T) []string {
	t.Helper()
	lines := append([]string(nil), onePassSamples...)
	planted, _ := readPlanted(t, filepath.Join("..", "..", "testdata", "secrets"))
	lines = append(lines, planted...)
	corpus, err := loghub.Mixed("../../testdata/logcorpus")
	if err != nil {
		t.Fatal(err)
	}
	lines = append(lines, corpus...)
	if msgs, err := loghub.Mixed("../../../shared/data/loghub2k"); err != nil {
		t.Logf("SKIPPING the Loghub part: ../shared not readable (%v)", err)
	} else {
		lines = append(lines, msgs...)
	}
	return lines
}

// TestMemoSameOutput: a remembered message masks to what the scan gives,
// the first time (a miss) and the second (a hit), after any dst prefix.
func TestMemoSameOutput(t *testing.T) {
	m, _ := New(nil, 0)
	u := uncached()
	hits := 0
	for _, l := range memoLines(t) {
		want := u.String(l)
		if got := m.String(l); got != want {
			t.Fatalf("%q: first %q, want %q", l, got, want)
		}
		if _, _, hit := m.memo.get(nil, l); hit {
			hits++
		}
		got, trunc := m.Append([]byte("prefix "), l)
		if string(got) != "prefix "+want || trunc {
			t.Fatalf("%q: again %q (truncated %v), want %q", l, got, trunc, "prefix "+want)
		}
	}
	if hits == 0 {
		t.Fatal("nothing was remembered")
	}
}

// TestMemoHoldsNoCredential: a message in which the masker finds a
// credential is never remembered, so the memo holds no raw secret.
func TestMemoHoldsNoCredential(t *testing.T) {
	m, _ := New(nil, 0)
	_, secrets := readPlanted(t, filepath.Join("..", "..", "testdata", "secrets"))
	if len(secrets) == 0 {
		t.Fatal("no planted secrets")
	}
	for _, l := range memoLines(t) {
		m.String(l)
	}
	for k := range m.memo.entries() {
		if _, found := scan(nil, k, true); found {
			t.Errorf("remembered a message with a credential: %q", k)
		}
		for _, s := range secrets {
			if strings.Contains(k, s) {
				t.Errorf("remembered planted secret %q in %q", s, k)
			}
		}
	}
	for _, l := range onePassSamples {
		if _, found := scan(nil, l, true); found {
			if _, _, ok := m.memo.get(nil, l); ok {
				t.Errorf("remembered %q", l)
			}
		}
	}
}

// entries returns the messages the memo holds now.
func (c *memo) entries() map[string]string {
	out := map[string]string{}
	for k := range c.slots {
		s := &c.slots[k]
		if c.valid(s) {
			off := (s.at - 1) % uint64(len(c.ring))
			end := off + uint64(s.msgLen)
			out[string(c.ring[off:end])] = string(c.ring[end : end+uint64(s.maskedLen)])
		}
	}
	return out
}

// TestMemoBounds: long and cut messages are not remembered; the ring grows
// to its bound and then overwrites the oldest entries, which are then
// missed, not misread; the newest are remembered.
func TestMemoBounds(t *testing.T) {
	m, _ := New(nil, 0)
	long := strings.Repeat("word ", memoMaxMessage/5+1)
	m.String(long)
	if len(m.memo.entries()) != 0 {
		t.Errorf("remembered a %d-byte message", len(long))
	}
	short, _ := New(nil, 16)
	short.String("a message longer than sixteen bytes")
	if len(short.memo.entries()) != 0 {
		t.Error("remembered a cut message")
	}
	u := uncached()
	pad := strings.Repeat(" word", 300)
	msg := func(i int) string {
		return fmt.Sprintf("request %d of user%d done in %dms at node-%d", i, i%7, i%1000, i) + pad
	}
	const n = 3 * memoMaxRing / 3000 // entries of ~3000 bytes: the ring wraps
	for i := 0; i < n; i++ {
		m.String(msg(i))
		if len(m.memo.ring) > memoMaxRing || len(m.memo.slots) > memoMaxRing/memoBytesPerSlot {
			t.Fatalf("memo grew to %d bytes, %d slots", len(m.memo.ring), len(m.memo.slots))
		}
	}
	if m.memo.pos <= uint64(len(m.memo.ring)) {
		t.Fatalf("the ring did not wrap: %d bytes written", m.memo.pos)
	}
	if _, _, ok := m.memo.get(nil, msg(0)); ok {
		t.Error("the first message survived three wraps of the ring")
	}
	if _, _, ok := m.memo.get(nil, msg(n-1)); !ok {
		t.Error("the last message is not remembered")
	}
	for k, v := range m.memo.entries() {
		if want := u.String(k); v != want {
			t.Fatalf("%q remembered as %q, want %q", k, v, want)
		}
	}
	for _, i := range []int{0, 1, n / 2, n - 2, n - 1} {
		if got, want := m.String(msg(i)), u.String(msg(i)); got != want {
			t.Errorf("%q: %q, want %q", msg(i), got, want)
		}
	}
}

// TestMemoConcurrent: goroutines masking overlapping streams through one
// masker (as the pipelines of a collector do) all get the scan's output.
func TestMemoConcurrent(t *testing.T) {
	m, _ := New(nil, 0)
	u := uncached()
	lines := memoLines(t)
	lines = lines[:min(len(lines), 4000)]
	want := make([]string, len(lines))
	for i, l := range lines {
		want[i] = u.String(l)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte
			for r := 0; r < 2; r++ {
				for i := g; i < len(lines); i += 2 {
					buf, _ = m.Append(buf[:0], lines[i])
					if string(buf) != want[i] {
						t.Errorf("%q: %q, want %q", lines[i], buf, want[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

// TestMemoGrowKeeps: when the ring grows, what it held is kept: of a
// stream whose distinct bodies fit in memoMaxRing, only what a full set
// of the table pushed out is missing (about 5% at a half-full table).
func TestMemoGrowKeeps(t *testing.T) {
	m, _ := New(nil, 0)
	u := uncached()
	msg := func(i int) string { return fmt.Sprintf("worker %d started job %d on host-%d", i, 7*i, i%13) }
	n := 0
	for ; len(m.memo.ring) < 8*memoMinRing; n++ {
		m.String(msg(n))
	}
	kept := 0
	for i := 0; i < n; i++ {
		got, _, ok := m.memo.get(nil, msg(i))
		if !ok {
			continue
		}
		kept++
		if want := u.String(msg(i)); string(got) != want {
			t.Fatalf("%q remembered as %q, want %q", msg(i), got, want)
		}
	}
	if kept < n*90/100 {
		t.Errorf("%d of %d messages kept after the ring grew to %d bytes", kept, n, len(m.memo.ring))
	}
}

// TestMemoGrowsWhenExactlyFull: a ring that entries fill to its last byte
// grows on the next entry instead of wrapping over its oldest one (the ring
// only wraps at memoMaxRing), and growing keeps the entries.
func TestMemoGrowsWhenExactlyFull(t *testing.T) {
	c := newMemo()
	const half = 128 // an entry of 2*half bytes: memoMinRing/256 of them fill the ring
	msg := func(i int) string { return fmt.Sprintf("%0*d", half, i) }
	masked := func(i int) []byte { return []byte(fmt.Sprintf("%0*d", half, -i)) }
	n := memoMinRing/(2*half) + 1
	for i := 0; i < n; i++ {
		_, h, ok := c.get(nil, msg(i))
		if ok {
			t.Fatalf("%d remembered before it was put", i)
		}
		c.put(h, msg(i), masked(i))
	}
	if len(c.ring) != 2*memoMinRing {
		t.Fatalf("ring of %d bytes after %d entries of %d bytes, want %d", len(c.ring), n, 2*half, 2*memoMinRing)
	}
	kept := 0
	for i := 0; i < n; i++ {
		got, _, ok := c.get(nil, msg(i))
		if !ok {
			continue // pushed out of a full set of the table
		}
		kept++
		if string(got) != string(masked(i)) {
			t.Errorf("entry %d: %q, want %q", i, got, masked(i))
		}
	}
	if kept < n*90/100 {
		t.Errorf("%d of %d entries kept", kept, n)
	}
}

// TestMemoPrefetch: the table prefetch reads is the table get reads, after
// every growth (a table not published, or a stale one, would make the hint
// miss), and Prefetch changes nothing: the same output and hits as without
// it, the memo's entries untouched.
func TestMemoPrefetch(t *testing.T) {
	m, _ := New(nil, 0)
	m.Prefetch("before the memo has a table") // nothing to hint at yet
	if m.memo.table.Load() != nil {
		t.Fatal("a table before the first put")
	}
	plain, _ := New(nil, 0)
	plain.memo.seed = m.memo.seed // the same sets: the same entries kept
	withTable := 0
	for i, l := range memoLines(t) {
		m.Prefetch(l)
		before := m.memo.pos
		got := m.String(l)
		if want := plain.String(l); got != want {
			t.Fatalf("%q: %q with the hint, %q without", l, got, want)
		}
		if m.memo.pos != plain.memo.pos {
			t.Fatalf("line %d: the hint moved the ring (%d, %d without)", i, m.memo.pos, plain.memo.pos)
		}
		tab := m.memo.table.Load()
		if len(m.memo.slots) == 0 {
			continue
		}
		if tab == nil || len(*tab) != len(m.memo.slots) || &(*tab)[0] != &m.memo.slots[0] {
			t.Fatalf("line %d: prefetch's table is not the memo's", i)
		}
		if m.memo.pos < before {
			t.Fatal("the ring went back")
		}
		if len(*tab) > 0 && i > 0 {
			withTable++
		}
	}
	if withTable == 0 {
		t.Fatal("the memo never held a table")
	}
}
