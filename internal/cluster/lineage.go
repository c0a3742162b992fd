package cluster

import (
	"strings"

	"github.com/otelcol-backlog/otelcol-backlog/internal/lineage"
)

// Lineage returns, for every cluster folded into another by the templates
// their records agreed on (internal/lineage), the fingerprint it folds into
// (nil when none). The scope of a link is the cluster's kind, error type,
// frames and top service: what its fingerprint holds besides the template.
// A family folds into the cluster this store created first (seq, as a
// problem's anchor): a record's event time is its sender's, so a newcomer
// backdating its records never becomes the family's item.
func (s *Store) Lineage() map[string]string {
	if s.cfg.Lineage < 0 {
		return nil
	}
	var ms []lineage.Member
	var b strings.Builder
	for i := range s.shards {
		sh := &s.shards[i]
		sh.mu.Lock()
		for _, c := range sh.m {
			if len(c.lin.Trusted) == 0 {
				continue
			}
			b.Reset()
			for _, f := range [...]string{c.kind, c.errorType, c.frames, c.services.top()} {
				b.WriteString(f)
				b.WriteByte(0)
			}
			ms = append(ms, lineage.Member{Fingerprint: c.fp, Scope: b.String(), Templates: c.lin.Trusted, First: int64(c.seq)}) // never written in place
		}
		sh.mu.Unlock()
	}
	return lineage.Targets(ms)
}
