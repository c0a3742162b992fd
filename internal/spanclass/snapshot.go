package spanclass // import "github.com/otelcol-backlog/otelcol-backlog/internal/spanclass"

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/DataDog/sketches-go/ddsketch"
	"github.com/DataDog/sketches-go/ddsketch/store"
)

var snapshotMagic = []byte("spanclass/1\n")

// MarshalBinary snapshots every baseline (keys and sketches). Thresholds and
// the relative accuracy are configuration, not state: restore into a
// Classifier built with the same RelativeAccuracy.
func (c *Classifier) MarshalBinary() ([]byte, error) {
	b := append([]byte(nil), snapshotMagic...)
	var sk []byte
	for i := range c.st.shards {
		sh := &c.st.shards[i]
		sh.mu.Lock()
		// Oldest first, so that restoring keeps the recency order.
		for bl := sh.tail; bl != nil; bl = bl.prev {
			b = appendStr(b, bl.key.service)
			b = appendStr(b, bl.key.operation)
			b = appendStr(b, bl.key.dependency)
			b = append(b, bl.key.kind)
			sk = sk[:0]
			bl.sk.Encode(&sk, true)
			b = binary.AppendUvarint(b, uint64(len(sk)))
			b = append(b, sk...)
		}
		sh.mu.Unlock()
	}
	return b, nil
}

// UnmarshalBinary merges a snapshot into the classifier's baselines
// (replacing those with the same key), within MaxBaselines.
func (c *Classifier) UnmarshalBinary(data []byte) error {
	if len(data) < len(snapshotMagic) || string(data[:len(snapshotMagic)]) != string(snapshotMagic) {
		return errors.New("spanclass: not a snapshot (bad magic)")
	}
	data = data[len(snapshotMagic):]
	provider := store.Provider(func() store.Store { return store.NewCollapsingLowestDenseStore(c.cfg.MaxBins) })
	for n := 0; len(data) > 0; n++ {
		var k bkey
		var err error
		if k.service, data, err = readStr(data); err == nil {
			if k.operation, data, err = readStr(data); err == nil {
				k.dependency, data, err = readStr(data)
			}
		}
		if err != nil || len(data) < 1 {
			return fmt.Errorf("spanclass: snapshot entry %d: truncated key", n)
		}
		k.kind, data = data[0], data[1:]
		l, w := binary.Uvarint(data)
		if w <= 0 || uint64(len(data)-w) < l {
			return fmt.Errorf("spanclass: snapshot entry %d: truncated sketch", n)
		}
		sk, err := ddsketch.DecodeDDSketch(data[w:w+int(l)], provider, c.st.mapping)
		if err != nil {
			return fmt.Errorf("spanclass: snapshot entry %d: %w", n, err)
		}
		data = data[w+int(l):]
		sh, h := c.st.shardOf(&k)
		sh.mu.Lock()
		b, created := sh.get(c.st, &k, h)
		if created {
			b.threshold = c.resolve(&k)
		}
		b.sk, b.n = sk, sk.GetCount()
		b.refresh()
		sh.mu.Unlock()
	}
	return nil
}

func appendStr(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func readStr(b []byte) (string, []byte, error) {
	l, w := binary.Uvarint(b)
	if w <= 0 || uint64(len(b)-w) < l {
		return "", nil, errors.New("truncated")
	}
	return string(b[w : w+int(l)]), b[w+int(l):], nil
}
