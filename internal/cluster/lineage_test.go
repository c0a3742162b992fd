package cluster

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// Snapshots and folds read the trusted templates outside the shard lock
// while records keep changing them: run with -race.
func TestLineageConcurrentReaders(t *testing.T) {
	s := New(Config{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 4000; i++ {
			tpl := fmt.Sprintf("step %d of <*>", i/6%7) // a new template every two records of each id
			s.Add(&Event{Fingerprint: fmt.Sprint("fp", i%3), Kind: KindLog, Service: "svc", Template: tpl, Time: t0 + int64(i)})
		}
	}()
	for i := 0; i < 50; i++ {
		_, err := s.Snapshot()
		require.NoError(t, err)
		s.Lineage()
	}
	wg.Wait()
	require.NotEmpty(t, s.Lineage(), "clusters trusting one template fold")
}

// Scaled out, each gateway's miner writes its own template for one
// fingerprint ("link <*> Reachable" from one, "link <*> <*>" from another
// that has generalized), and their batches interleave at the backlog
// collector. The shown template (and so the item's and ticket's title)
// changes when a template is trusted for the first time, not each time
// the batches alternate: else every sync rewrites the ticket.
func TestLineageShownTemplateStableAcrossGateways(t *testing.T) {
	s := New(Config{})
	at := t0
	shown := func() string {
		for _, v := range s.Views(at, nil) {
			return v.Template
		}
		return ""
	}
	var seen []string
	for round := 0; round < 3; round++ {
		for _, tpl := range []string{"link <*> Reachable", "link <*> <*>"} { // gateway 1's batch, then gateway 2's
			for i := 0; i < 3; i++ {
				at++
				s.Add(&Event{Fingerprint: "fp", Kind: KindLog, Service: "net", Severity: "ERROR", Template: tpl, Time: at})
			}
			if cur := shown(); len(seen) == 0 || seen[len(seen)-1] != cur {
				seen = append(seen, cur)
			}
		}
	}
	require.Equal(t, []string{"link <*> Reachable", "link <*> <*>"}, seen, "one change, when the second template was first trusted")
}
