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

// A failure that names another service of the system is about that
// service: "no instances available for <*>" over two callees stays two
// items, while a word that only looks like a name (a host) does not keep
// a family apart.
func TestLineageKeepsNamedServicesApart(t *testing.T) {
	s := New(Config{})
	for _, svc := range []string{"cart", "billing"} { // services of the system
		s.Add(&Event{Fingerprint: "ok-" + svc, Kind: KindLog, Service: svc, Severity: "INFO", Template: "started", Time: t0})
		s.ObserveService(svc)
	}
	add := func(fp, body string) {
		for i := 0; i < 2; i++ {
			s.Add(&Event{Fingerprint: fp, Kind: KindLog, Service: "web", Severity: "ERROR",
				Template: "no instances available for <*>", Body: body, Time: t0 + int64(i)})
		}
	}
	add("to-cart", "no instances available for cart")
	add("to-billing", "no instances available for billing")
	add("host-a", "no instances available for node-a.example")
	add("host-b", "no instances available for node-b.example")
	got := s.Lineage()
	require.NotContains(t, got, "to-cart")
	require.NotContains(t, got, "to-billing", "two callees, two failures")
	require.Len(t, got, 1, "the two hosts fold: %v", got)
}

// Scaled out, each gateway's miner writes its own template for one
// fingerprint ("link <*> Reachable" from one, "link <*> <*>" from another
// that has generalized), and their batches interleave at the backlog
// collector. The shown template (and so the item's and ticket's title)
// stays the first record's: were it the one trusted last, every sync
// would rewrite the ticket as the batches alternate.
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
	require.Equal(t, []string{"link <*> Reachable"}, seen, "the first record's template, whatever the gateways' miners write later")
}
