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
