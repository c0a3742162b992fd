package cluster

import (
	"fmt"
	"runtime"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestViewsShareOneKeyCounters: clusters whose counter holds one key with
// the same count get one map, and those whose trend holds one count in
// the same bucket one slice (a large store's rare clusters are most of
// its views); a merge adds into a copy: the views that share the
// target's maps and trend keep their counts.
func TestViewsShareOneKeyCounters(t *testing.T) {
	s := New(Config{})
	for _, fp := range []string{"a", "b", "c", "d"} {
		e := ev(fp, t0)
		e.Severity, e.Environment = "ERROR", "prod"
		s.Add(e)
	}
	e := ev("d", t0+1)
	s.Add(e) // d: checkout twice
	vs := s.Views(t0+min1, nil)
	require.Len(t, vs, 4)
	same := func(a, b map[string]int64) bool {
		return len(a) == 1 && len(b) == 1 && sameMap(a, b)
	}
	assert.True(t, same(vs[0].Services, vs[1].Services), "a and b share their services")
	assert.True(t, same(vs[0].Environments, vs[2].Environments))
	assert.False(t, same(vs[0].Services, vs[3].Services), "d's count differs")
	assert.Equal(t, map[string]int64{"checkout": 2}, vs[3].Services)
	assert.Same(t, &vs[0].Trend[0], &vs[1].Trend[0], "a and b share their trend")
	assert.NotSame(t, &vs[0].Trend[0], &vs[3].Trend[0], "d's count differs")
	last := slices.IndexFunc(vs[2].Trend, func(n int64) bool { return n != 0 })
	require.GreaterOrEqual(t, last, 0)
	assert.Equal(t, int64(1), vs[2].Trend[last])

	merged := s.Views(t0+min1, func(fp string) string {
		if fp == "b" {
			return "a"
		}
		return ""
	})
	require.Len(t, merged, 3)
	assert.Equal(t, "a", merged[0].Fingerprint)
	assert.Equal(t, map[string]int64{"checkout": 2}, merged[0].Services)
	assert.Equal(t, map[string]int64{"ERROR": 2}, merged[0].Severity)
	assert.Equal(t, "c", merged[1].Fingerprint)
	assert.Equal(t, map[string]int64{"checkout": 1}, merged[1].Services, "c's shared map is not added to")
	assert.Equal(t, map[string]int64{"ERROR": 1}, merged[1].Severity)
	assert.Equal(t, map[string]int64{"prod": 1}, merged[1].Environments)
	assert.Equal(t, int64(2), merged[0].Trend[last])
	assert.Equal(t, int64(1), merged[1].Trend[last], "c's shared trend is not added to")
}

// sameMap reports whether a and b are the same map (not equal ones):
// a write through one shows in the other.
func sameMap(a, b map[string]int64) bool {
	const probe = "\x00probe"
	a[probe] = 1
	_, ok := b[probe]
	delete(a, probe)
	return ok
}

// A folded view keeps the newest exemplar of each member before more of
// any one: the family's own cluster first, then members by records, so a
// crowd of newer one-record members (which a sender can write) does not
// push out the samples of the variants that carry the traffic.
func TestFamilyExemplarsShowEachVariant(t *testing.T) {
	s := New(Config{Exemplars: 3})
	add := func(fp, body string, at int64, n int) {
		for i := 0; i < n; i++ {
			e := ev(fp, at+int64(i))
			e.Body = body
			s.Add(e)
		}
	}
	add("reach", "link reachable", t0, 50)
	add("unreach", "link unreachable", t0+100, 20)
	for i := 0; i < 6; i++ {
		add(fmt.Sprintf("forged%d", i), fmt.Sprintf("link forged%d", i), t0+1000+int64(i), 1)
	}
	into := allInto("reach")
	vs := s.Views(t0+2000, into)
	require.Len(t, vs, 1)
	var bodies []string
	for _, e := range vs[0].Exemplars {
		bodies = append(bodies, e.Body)
	}
	assert.Equal(t, []string{"link reachable", "link unreachable", "link forged5"}, bodies, "by time: the root's, the busy member's, then the newest of the rest")
	assert.Equal(t, int64(50+20+6), vs[0].Count)

	// Without a fold nothing changes: a cluster's own reservoir.
	assert.Len(t, s.Views(t0+2000, nil), 8)
}

// A folded view's garbage grows with its family, not with its square: a
// flood of ids under one template is one family of up to max_clusters
// members, and each fold copied (and sorted) every exemplar folded so far
// (24.5 GB and 22 s for 9,000 members: BenchmarkViewsOneFamily).
func TestViewsFamilyFoldCopiesExemplarsQuadratically(t *testing.T) {
	const members = 1000
	s := New(Config{Exemplars: 5})
	for i := 0; i < members; i++ {
		for k := 0; k < 5; k++ {
			e := ev(fmt.Sprint("id", i), t0+int64(i*5+k))
			e.Body = "request failed"
			s.Add(e)
		}
	}
	vs, allocated := foldAllIntoID0(s)
	require.Len(t, vs, 1)
	require.Len(t, vs[0].Exemplars, 5)
	assert.Equal(t, int64(5*members), vs[0].Count)
	// ~3 MB here; a copy per fold is ~300 MB
	assert.Less(t, allocated, uint64(32<<20), "bytes allocated by one Views")
}

// foldAllIntoID0 returns the views of s with every cluster folded into
// "id0", and the bytes that Views call allocated.
func foldAllIntoID0(s *Store) ([]View, uint64) {
	into := allInto("id0")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	vs := s.Views(t0+min1, into)
	runtime.ReadMemStats(&after)
	return vs, after.TotalAlloc - before.TotalAlloc
}

// A folded view's counters grow with its family, and so does their cost,
// not with its square: each fold copied every counter folded so far (the
// target's may be shared, viewCache), so a family of ids that each name
// their own operation and release cost 1.9 GB and 3.8 s for 9,000 members.
func TestViewsFamilyFoldCopiesCountersQuadratically(t *testing.T) {
	const members = 2000
	s := New(Config{})
	for i := 0; i < members; i++ {
		e := ev(fmt.Sprint("id", i), t0+int64(i))
		e.Operation, e.Release = fmt.Sprint("op", i), fmt.Sprint("v", i)
		s.Add(e)
	}
	vs, allocated := foldAllIntoID0(s)
	require.Len(t, vs, 1)
	assert.Len(t, vs[0].Operations, New(Config{}).cfg.TopK, "bounded after the fold (TestFoldedCountersBounded)")
	assert.Equal(t, int64(members), vs[0].Count)
	// ~4 MB here; a copy per fold is ~200 MB
	assert.Less(t, allocated, uint64(32<<20), "bytes allocated by one Views")
}

// A folded family's item holds at most top_k keys per counter, the
// largest, like each of its members: a crowd of members, each with its
// own operation (which a sender writes), lists neither every operation in
// a ticket nor counts each in the blast radius.
func TestFoldedCountersBounded(t *testing.T) {
	s := New(Config{TopK: 3})
	add := func(fp, op string, n int) {
		for i := 0; i < n; i++ {
			e := ev(fp, t0+int64(i))
			e.Operation, e.Service = op, "svc-"+op
			s.Add(e)
		}
	}
	add("root", "/checkout", 40)
	add("busy", "/pay", 30)
	for i := 0; i < 20; i++ {
		add(fmt.Sprintf("crowd%02d", i), fmt.Sprintf("/forged/%02d", i), 1)
	}
	add("crowd00", "/forged/00", 1) // two records: the largest of the crowd
	into := allInto("root")
	vs := s.Views(t0+1000, into)
	require.Len(t, vs, 1)
	assert.Equal(t, map[string]int64{"/checkout": 40, "/pay": 30, "/forged/00": 2}, vs[0].Operations)
	assert.Len(t, vs[0].Services, 3)
	assert.Equal(t, int64(40+30+21), vs[0].Count, "counts are not bounded")
	assert.Len(t, vs[0].MergedFrom, 21)
}

// allInto folds every cluster into root (a Views mergeInto).
func allInto(root string) func(fp string) string {
	return func(fp string) string {
		if fp != root {
			return root
		}
		return ""
	}
}
