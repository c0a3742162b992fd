package cluster

import (
	"encoding/binary"
	"encoding/hex"
	"sort"

	"github.com/cespare/xxhash/v2"
)

// Link reasons of a problem.
const (
	ReasonTrace      = "trace"
	ReasonRelease    = "release"
	ReasonDependency = "dependency"
)

// Problem groups clusters into one user-facing problem.
type Problem struct {
	ID      string
	Head    string   // likely root cause
	Members []string // sorted, head included
	Reasons []string // sorted: "dependency", "release", "trace"
}

// GroupOptions tunes Group.
type GroupOptions struct {
	// MinLinkCount ignores trace links seen fewer times (default 1).
	MinLinkCount int64
	// ByRelease groups clusters new in the same (service, release).
	ByRelease bool
	// ByDependency groups failing clusters whose dominant dependency is the
	// same.
	ByDependency bool
}

// DefaultGroupOptions enables every grouping.
func DefaultGroupOptions() GroupOptions {
	return GroupOptions{MinLinkCount: 1, ByRelease: true, ByDependency: true}
}

// ProblemID is the deterministic problem id for a head fingerprint.
func ProblemID(head string) string {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], xxhash.Sum64String("problem/v1|"+head))
	return "p" + hex.EncodeToString(b[:])
}

// Group links views into problems: clusters sharing traces (connected by
// links), clusters new in the same release of a service, and failing clusters
// sharing a dependency. Every view lands in exactly one problem (singletons
// included). The head is the member whose failures are explained least by
// failing child spans and explain most of the others (cause links in minus
// out), then the earliest first seen, then the highest count, then the
// smallest fingerprint. Output is sorted by problem id.
func Group(views []View, links []Link, opt GroupOptions) []Problem {
	if opt.MinLinkCount <= 0 {
		opt.MinLinkCount = 1
	}
	idx := make(map[string]int, len(views))
	for i := range views {
		idx[views[i].Fingerprint] = i
	}
	parent := make([]int, len(views))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	reasons := make([]map[string]bool, len(views))
	union := func(a, b int, reason string) {
		ra, rb := find(a), find(b)
		if ra != rb {
			if rb < ra {
				ra, rb = rb, ra
			}
			parent[rb] = ra
		}
		if reasons[a] == nil {
			reasons[a] = map[string]bool{}
		}
		reasons[a][reason] = true
	}
	rootness := make([]int64, len(views))
	for _, l := range links {
		a, okA := idx[l.A]
		b, okB := idx[l.B]
		if !okA || !okB || a == b || l.Count < opt.MinLinkCount {
			continue
		}
		union(a, b, ReasonTrace)
		if l.Kind == LinkCause {
			rootness[b] += l.Count
			rootness[a] -= l.Count
		}
	}
	byKey := func(key func(v *View) string, reason string) {
		first := map[string]int{}
		for i := range views {
			k := key(&views[i])
			if k == "" {
				continue
			}
			if j, ok := first[k]; ok {
				union(j, i, reason)
			} else {
				first[k] = i
			}
		}
	}
	if opt.ByRelease {
		byKey(func(v *View) string {
			if v.NewInRelease == "" {
				return ""
			}
			return v.Service + "\x00" + v.NewInRelease
		}, ReasonRelease)
	}
	if opt.ByDependency {
		byKey(func(v *View) string {
			if v.Kind == "log" {
				return ""
			}
			return v.Dependency
		}, ReasonDependency)
	}

	comps := map[int][]int{}
	for i := range views {
		r := find(i)
		comps[r] = append(comps[r], i)
	}
	out := make([]Problem, 0, len(comps))
	for _, members := range comps {
		head := members[0]
		rs := map[string]bool{}
		for _, m := range members {
			for r := range reasons[m] {
				rs[r] = true
			}
			if better(&views[m], rootness[m], &views[head], rootness[head]) {
				head = m
			}
		}
		p := Problem{Head: views[head].Fingerprint, ID: ProblemID(views[head].Fingerprint)}
		for _, m := range members {
			p.Members = append(p.Members, views[m].Fingerprint)
		}
		sort.Strings(p.Members)
		for r := range rs {
			p.Reasons = append(p.Reasons, r)
		}
		sort.Strings(p.Reasons)
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func better(a *View, ra int64, b *View, rb int64) bool {
	if ra != rb {
		return ra > rb
	}
	if a.FirstSeen != b.FirstSeen {
		return a.FirstSeen < b.FirstSeen
	}
	if a.Count != b.Count {
		return a.Count > b.Count
	}
	return a.Fingerprint < b.Fingerprint
}
