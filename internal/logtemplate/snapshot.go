package logtemplate

import (
	"encoding/binary"
	"fmt"
	"strings"

	"github.com/otelcol-backlog/otelcol-backlog/internal/mask"
)

// Snapshot format, version 1:
//
//	"LTPL" | version byte | uvarint templates |
//	per template, least recently used first:
//	  uvarint count | uvarint tokens | per token: uvarint length | bytes
//
// Only templates are saved; the exact-match cache refills on its own.
const (
	snapshotMagic   = "LTPL"
	snapshotVersion = 1
)

// MarshalBinary snapshots the live templates.
func (m *Miner) MarshalBinary() ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b := append([]byte(snapshotMagic), snapshotVersion)
	b = binary.AppendUvarint(b, uint64(m.active))
	for _, c := range m.live() {
		b = binary.AppendUvarint(b, c.count)
		b = binary.AppendUvarint(b, uint64(len(c.tokens)))
		for _, t := range c.tokens {
			b = binary.AppendUvarint(b, uint64(len(t)))
			b = append(b, t...)
		}
	}
	return b, nil
}

// UnmarshalBinary replaces the miner's templates with a snapshot. Corrupt
// input returns an error and leaves the miner unchanged. Templates beyond
// MaxTemplates are evicted as usual.
func (m *Miner) UnmarshalBinary(data []byte) error {
	r := reader{b: data}
	if len(data) < len(snapshotMagic)+1 || string(data[:len(snapshotMagic)]) != snapshotMagic {
		return fmt.Errorf("%w: bad magic", errCorrupt)
	}
	r.b = data[len(snapshotMagic):]
	if v := r.b[0]; v != snapshotVersion {
		return fmt.Errorf("%w: unsupported version %d", errCorrupt, v)
	}
	r.b = r.b[1:]
	n := r.uvarint()
	// every template takes at least 2 bytes: guards absurd counts
	if r.err != nil || n > uint64(len(r.b))/2 {
		return fmt.Errorf("%w: template count", errCorrupt)
	}
	type entry struct {
		count  uint64
		tokens []string
	}
	entries := make([]entry, 0, n)
	for i := uint64(0); i < n; i++ {
		count := r.uvarint()
		nt := r.uvarint()
		if r.err != nil || nt > uint64(m.cfg.MaxTokens) || nt > uint64(len(r.b)) {
			return fmt.Errorf("%w: template %d: token count", errCorrupt, i)
		}
		toks := make([]string, nt)
		for j := range toks {
			l := r.uvarint()
			if r.err != nil || l > uint64(len(r.b)) || l > 4*uint64(m.cfg.MaxMessageBytes)+16 { // masking may grow a token ("1" -> "<*>")
				return fmt.Errorf("%w: template %d: token %d", errCorrupt, i, j)
			}
			t := string(r.b[:l])
			if strings.IndexByte(t, ' ') >= 0 {
				return fmt.Errorf("%w: template %d: token %d has a space", errCorrupt, i, j)
			}
			toks[j] = t
			r.b = r.b[l:]
		}
		entries = append(entries, entry{count, toks})
	}
	if len(r.b) != 0 {
		return fmt.Errorf("%w: %d trailing bytes", errCorrupt, len(r.b))
	}

	m.mu.Lock()
	defer m.mu.Unlock()
	clear(m.exact)
	clear(m.forms)
	clear(m.groups)
	clear(m.rests)
	for _, head := range []*cluster{&m.lru, &m.once} {
		for c := head.next; c != head; {
			next := c.next
			c.dead = true
			c.prev, c.next, c.hi = nil, nil, -1
			c = next
		}
		head.next, head.prev = head, head
	}
	clear(m.heavy)
	m.heavy, m.age = m.heavy[:0], 0
	m.active, m.onceN = 0, 0
	for _, e := range entries {
		if j := strings.Join(e.tokens, " "); mask.ReplaceSecrets(j, mask.Wildcard) != j {
			continue // learned unmasked by an older version: relearned masked
		}
		m.clock++ // the snapshot's order is the templates' recency
		c := m.create(groupKey{n: len(e.tokens), first: firstKey(e.tokens)}, e.tokens)
		m.st.Created-- // restored, not created
		c.count = e.count
		c.taken = e.count // the snapshot keeps no own count: the guards weigh records since the restore
		m.carried(c)
	}
	return nil
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errCorrupt
		return 0
	}
	r.b = r.b[n:]
	return v
}
