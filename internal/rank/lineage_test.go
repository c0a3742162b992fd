package rank

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/cluster"
)

// Log fingerprints the processor split over a word slot ("link Reachable",
// "link Unreachable": stateless ids) whose records came to carry one miner
// template are one item: the oldest, with the others merged into it. One
// record of an older cluster never folds it (a young cluster of at most
// two records joins the family its latest record names, never heads it),
// nor does a template shared across services.
func TestLineageFoldsOneFamily(t *testing.T) {
	add := func(s *cluster.Store, fp, svc, tpl string, at int64, n int) {
		for i := 0; i < n; i++ {
			s.Add(&cluster.Event{Fingerprint: fp, Kind: "log", Template: tpl, Service: svc, Severity: "ERROR", Time: at + int64(i)*minute})
		}
	}
	build := func(cfg cluster.Config) (backlog.Document, *cluster.Store) {
		s := cluster.New(cfg)
		add(s, "reach", "net", "link <*> Reachable", t0, 3)   // before the miner generalized
		add(s, "reach", "net", "link <*>", t0+10*minute, 5)   // after
		add(s, "unreach", "net", "link <*>", t0+20*minute, 4) // the same family, another id
		add(s, "other", "db", "link <*>", t0+21*minute, 4)    // another service
		add(s, "young", "net", "link <*>", t0-minute, 1)      // one record, the oldest: it joins, never heads
		add(s, "forged", "net", "link <*>", t0+22*minute, 1)  // one record
		add(s, "forged", "net", "disk <*> full", t0+23*minute, 3)
		return NewBuilder(s).Build(time.Unix(0, t0)), s
	}
	items := func(doc backlog.Document) map[string]backlog.Item {
		m := map[string]backlog.Item{}
		for _, it := range doc.Clusters {
			m[it.Fingerprint] = it
		}
		return m
	}

	doc, s := build(cluster.Config{})
	got := items(doc)
	require.Contains(t, got, "reach")
	assert.NotContains(t, got, "unreach", "folded into the oldest of its family")
	assert.Equal(t, []string{"unreach", "young"}, got["reach"].MergedFrom)
	assert.Equal(t, int64(13), got["reach"].Count)
	assert.Equal(t, "link <*> Reachable", got["reach"].Template, "the first record's template (the more specific): the miner's latest may be all variables")
	assert.Contains(t, got, "other", "another service is another family")
	assert.Contains(t, got, "forged", "a cluster of four records, one of them carrying the family's template, folds nothing")

	// The trust is persisted with the clusters: a restored store folds the
	// same without another record.
	snap, err := s.Snapshot()
	require.NoError(t, err)
	r := cluster.New(cluster.Config{})
	require.NoError(t, r.Restore(snap))
	again := items(NewBuilder(r).Build(time.Unix(0, t0)))
	assert.NotContains(t, again, "unreach")
	assert.Equal(t, []string{"unreach", "young"}, again["reach"].MergedFrom)

	off, _ := build(cluster.Config{Lineage: -1})
	assert.Contains(t, items(off), "unreach", "off: every fingerprint its own item")
}
