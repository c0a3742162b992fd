package absence

import (
	"encoding/json"
	"fmt"
)

// snapshotVersion versions the snapshot layout.
const snapshotVersion = 1

type snapshot struct {
	Version    int                   `json:"version"`
	Now        int64                 `json:"now"`
	Operations map[uint64]*operation `json:"operations"`
}

// Snapshot serializes what the detector learned (operations, expectations,
// miss rates). Traces still waiting to settle are not included: a restart
// loses at most Settle of calls.
func (d *Detector) Snapshot() ([]byte, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return json.Marshal(snapshot{Version: snapshotVersion, Now: d.now, Operations: d.ops})
}

// Restore replaces what the detector learned by a snapshot. On error the
// detector is unchanged.
func (d *Detector) Restore(data []byte) error {
	var s snapshot
	if err := json.Unmarshal(data, &s); err != nil {
		return fmt.Errorf("%w: %v", ErrSnapshot, err)
	}
	if s.Version != snapshotVersion {
		return fmt.Errorf("%w: version %d, want %d", ErrSnapshot, s.Version, snapshotVersion)
	}
	ops := make(map[uint64]*operation, len(s.Operations))
	for k, op := range s.Operations {
		if op == nil || len(ops) >= d.cfg.MaxOperations {
			continue
		}
		if op.Tmpls == nil {
			op.Tmpls = map[uint64]*expectation{}
		}
		for h, x := range op.Tmpls {
			if x == nil {
				delete(op.Tmpls, h)
			}
		}
		ops[k] = op
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.ops = ops
	d.now = max(d.now, s.Now)
	return nil
}
