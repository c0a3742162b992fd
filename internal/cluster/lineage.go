package cluster

import (
	"strings"

	"github.com/otelcol-backlog/otelcol-backlog/internal/lineage"
)

// Lineage returns, for every cluster folded into another by the templates
// their records agreed on (internal/lineage), the fingerprint it folds into
// (nil when none). The scope of a link is the cluster's kind, error type,
// frames and top service (what its fingerprint holds besides the
// template) and the known service its bodies name most (countNames,
// namedService): "no instances available for <*>" over two callees is two
// failures. A family folds into the cluster this store created first (seq,
// as a problem's anchor): a record's event time is its sender's, so a
// newcomer backdating its records never becomes the family's item.
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
			joins := lineage.JoinsOf(&c.lin, int(min(c.count, 1<<30)), s.cfg.Lineage)
			if len(c.lin.Trusted) == 0 && joins == 0 {
				continue
			}
			b.Reset()
			for _, f := range [...]string{c.kind, c.errorType, c.frames, c.services.top(), s.namedService(c)} {
				b.WriteString(f)
				b.WriteByte(0)
			}
			ms = append(ms, lineage.Member{Fingerprint: c.fp, Scope: b.String(), Templates: c.lin.Trusted, Joins: joins, First: int64(c.seq)}) // never written in place
		}
		sh.mu.Unlock()
	}
	return lineage.Targets(ms)
}

// namedService is the service that sent records which c's bodies name
// most (the highest count, ties: the smallest name; "" for none): a
// failure naming another service of the system is about that service.
// Words that only look like names (hosts, classes) do not count.
func (s *Store) namedService(c *cluster) string {
	best, bestN := "", int64(0)
	for _, e := range c.named {
		name, ok := s.services.ByKey(e.key)
		if !ok {
			continue
		}
		if e.n > bestN || e.n == bestN && name < best {
			best, bestN = name, e.n
		}
	}
	return best
}
