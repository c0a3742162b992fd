package cluster

import (
	"fmt"
	"runtime"
	"testing"
)

// benchEvents builds a steady-state workload: 1000 fingerprints, bounded
// users/tenants/operations, traces drawn from a fixed pool.
func benchEvents(n int) []Event {
	evs := make([]Event, n)
	for i := range evs {
		e := &evs[i]
		e.Fingerprint = fmt.Sprintf("%016x", i%1000)
		e.Kind = "error"
		e.Template = "Payment <*> failed"
		e.Service = fmt.Sprint("svc", i%5)
		e.Operation = fmt.Sprint("op", i%3)
		e.Dependency = "postgres"
		e.Release = "v1"
		e.Environment = "prod"
		e.Severity = "ERROR"
		e.User = fmt.Sprint("user", i%5000)
		e.Tenant = fmt.Sprint("tenant", i%50)
		e.TraceID[0], e.TraceID[1], e.TraceID[2] = byte(i), byte(i>>8), byte(i>>16)
		e.SpanID[0] = byte(i%7 + 1)
		e.ParentSpanID[0] = byte(i % 7)
		e.Time = t0 + int64(i)*1e6
		e.Body = "java.lang.IllegalStateException: Payment 1234 failed"
	}
	return evs
}

func BenchmarkStoreAdd(b *testing.B) {
	evs := benchEvents(1 << 16)
	s := New(Config{})
	for round := 0; round < 20; round++ { // warm: clusters, sketches dense, links
		for i := range evs {
			s.Add(&evs[i])
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Add(&evs[i&(len(evs)-1)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkStoreAddParallel(b *testing.B) {
	evs := benchEvents(1 << 16)
	s := New(Config{})
	for round := 0; round < 20; round++ {
		for i := range evs {
			s.Add(&evs[i])
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			s.Add(&evs[i&(len(evs)-1)])
			i += 7
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkClusterMemory reports heap bytes per cluster after 20 events
// each from distinct users and traces (sparse sketches) and, separately,
// after enough distinct traces to make the trace sketch dense.
func BenchmarkClusterMemory(b *testing.B) {
	for _, perCluster := range []int{20, 5000} {
		b.Run(fmt.Sprint("events=", perCluster), func(b *testing.B) {
			const clusters = 200
			for n := 0; n < b.N; n++ {
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				s := New(Config{Shards: 1, TraceWindow: 1, MaxLinks: 1})
				e := Event{Kind: "error", Template: "x <*>", Service: "svc", Operation: "op", Severity: "ERROR", Body: "body"}
				for c := 0; c < clusters; c++ {
					e.Fingerprint = fmt.Sprintf("%016x", c)
					for i := 0; i < perCluster; i++ {
						e.User = fmt.Sprint("u", i)
						e.TraceID[0], e.TraceID[1], e.TraceID[2] = byte(i), byte(i>>8), byte(c)
						e.Time = t0 + int64(i)*1e9
						s.Add(&e)
					}
				}
				now, _ := s.Now()
				s.Views(now, nil) // compacts sparse sketches
				runtime.GC()
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/clusters, "bytes/cluster")
				runtime.KeepAlive(s)
			}
		})
	}
}

// BenchmarkStoreAddUniqueTraces gives every record a fresh trace id, as in
// production: trace sketches of busy clusters turn dense after warm-up.
func BenchmarkStoreAddUniqueTraces(b *testing.B) {
	evs := benchEvents(1 << 16)
	s := New(Config{})
	var ctr uint64
	next := func(e *Event) *Event {
		ctr++
		for k := 0; k < 8; k++ {
			e.TraceID[8+k] = byte(ctr >> (8 * k))
		}
		return e
	}
	for round := 0; round < 100; round++ {
		for i := range evs {
			s.Add(next(&evs[i]))
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Add(next(&evs[i&(len(evs)-1)]))
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkSnapshot reports snapshot size per cluster for the steady-state
// workload (1000 clusters, sketches partly dense) and the time to take it.
func BenchmarkSnapshot(b *testing.B) {
	evs := benchEvents(1 << 16)
	s := New(Config{})
	for round := 0; round < 20; round++ {
		for i := range evs {
			s.Add(&evs[i])
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	var n int
	for i := 0; i < b.N; i++ {
		data, err := s.Snapshot()
		if err != nil {
			b.Fatal(err)
		}
		n = len(data)
	}
	b.StopTimer()
	r := New(Config{})
	data, _ := s.Snapshot()
	if err := r.Restore(data); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(n)/float64(s.Stats().Clusters), "bytes/cluster")
}

// BenchmarkLineage is the fold of a full store at each flush: 10,000 log
// clusters in 2,000 families of five ids, each trusting its family's
// template (Store.Lineage).
func BenchmarkLineage(b *testing.B) {
	s := New(Config{MaxClusters: 20000}) // no shard full: nothing evicted
	for i := 0; i < 10000; i++ {
		for k := 0; k < 2; k++ {
			s.Add(&Event{Fingerprint: fmt.Sprintf("%016x", i), Kind: KindLog, Service: fmt.Sprint("svc", i%2000%7),
				Template: fmt.Sprintf("request %d failed for user <*>", i%2000), Time: t0 + int64(i)})
		}
	}
	if n := len(s.Lineage()); n != 8000 {
		b.Fatalf("folded %d clusters, want 8000", n)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Lineage()
	}
}

// BenchmarkLineageEarlyTemplates is BenchmarkLineage with, besides, 2,000
// clusters whose early template no other cluster trusts (the miner has
// since generalized it), half of one record, half of three (trusting it):
// each is compared with the trusted templates that share its words
// (lineage.Covers), at most a bound of them.
func BenchmarkLineageEarlyTemplates(b *testing.B) {
	s := New(Config{MaxClusters: 20000}) // no shard full: nothing evicted
	for i := 0; i < 10000; i++ {
		for k := 0; k < 2; k++ {
			s.Add(&Event{Fingerprint: fmt.Sprintf("%016x", i), Kind: KindLog, Service: fmt.Sprint("svc", i%2000%7),
				Template: fmt.Sprintf("request %d failed for user <*>", i%2000), Time: t0 + int64(i)})
		}
	}
	for i := 0; i < 2000; i++ {
		for range 1 + i%2*2 {
			s.Add(&Event{Fingerprint: fmt.Sprintf("early%011x", i), Kind: KindLog, Service: fmt.Sprint("svc", i%7),
				Template: fmt.Sprintf("request %d failed for user alice", i), Time: t0 + int64(i)})
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Lineage()
	}
}

// BenchmarkEvictFamilies is a flood of new fingerprints into a full store
// of 2,000 families of five ids folded at a flush (Store.Lineage): every
// Add creates a cluster and evicts one (Store.evict over a 16-cluster
// sample, family roots valued with their families).
func BenchmarkEvictFamilies(b *testing.B) {
	s := New(Config{}) // MaxClusters 10,000
	for i := 0; i < 10000; i++ {
		for k := 0; k < 2; k++ {
			s.Add(&Event{Fingerprint: fmt.Sprintf("%016x", i), Kind: KindLog, Service: fmt.Sprint("svc", i%2000%7),
				Template: fmt.Sprintf("request %d failed for user <*>", i%2000), Time: t0 + int64(i)})
		}
	}
	if n := len(s.Lineage()); n < 7000 { // shards fill unevenly: a few evicted already
		b.Fatalf("folded %d clusters, want about 8000", n)
	}
	evs := make([]Event, 1<<16)
	for i := range evs {
		evs[i] = Event{Fingerprint: fmt.Sprintf("new-%016x", i), Kind: KindLog, Service: "svc", Template: "other <*>", Time: t0 + 20000 + int64(i)}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ev := evs[i&(len(evs)-1)]
		ev.Fingerprint += fmt.Sprint(i >> 16) // every Add a new cluster
		s.Add(&ev)
	}
}

// BenchmarkViewsOneFamily is a flush's Views of a full store whose
// clusters are one family (a flood of ids under one template, folded into
// the first): every member's exemplars and counters are folded into one
// view, each member naming its own operation, dependency, journey and
// owner (the family's scope holds the service).
func BenchmarkViewsOneFamily(b *testing.B) {
	s := New(Config{}) // MaxClusters 10,000, Exemplars 5
	for i := 0; i < 9000; i++ {
		for k := 0; k < 5; k++ {
			s.Add(&Event{Fingerprint: fmt.Sprintf("%016x", i), Kind: KindLog, Service: "svc", Body: "request failed",
				Operation: fmt.Sprint("op", i), Dependency: fmt.Sprint("dep", i), Journey: fmt.Sprint("journey", i), Owner: fmt.Sprint("team", i),
				Template: "request failed for user <*>", Time: t0 + int64(i*5+k)})
		}
	}
	into := allInto(fmt.Sprintf("%016x", 0))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if vs := s.Views(t0+50000, into); len(vs) != 1 {
			b.Fatalf("%d views, want 1", len(vs))
		}
	}
}
