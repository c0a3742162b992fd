package cluster

import (
	"encoding/binary"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/axiomhq/hyperloglog"
	"github.com/cespare/xxhash/v2"
)

// Link reasons of a problem.
const (
	ReasonTrace      = "trace"
	ReasonCause      = "cause"
	ReasonRelease    = "release"
	ReasonDependency = "dependency"
)

// KindLatency is the fingerprint kind of slow spans.
const KindLatency = "latency"

// Roles of a member in its problem.
const (
	// RoleHead: the likely cause (the deepest failing member of the error
	// chain).
	RoleHead = "head"
	// RoleSymptom: a member whose failures are explained, directly or
	// through other members, by a failing descendant span (its callee) or
	// an earlier error of another service.
	RoleSymptom = "symptom"
	// RoleRelated: linked by shared traces, a release or a dependency, but
	// on no error chain with the head.
	RoleRelated = "related"
)

// Problem groups clusters into one user-facing problem.
//
// Identity: ID is ProblemID(Anchor), where Anchor is the member created
// first in the store (its persisted creation order; then the earliest
// first event, then the smallest fingerprint). A problem keeps its
// id while members join or leave, as long as its anchor stays. When two
// problems merge, the merged one carries the id of the older anchor (the
// other id disappears: absorbed). When a problem splits, the part holding
// the anchor keeps the id and every other part gets the id of its own
// anchor (a new id). The rule needs no state beyond the clusters' creation
// order, which the store persists, so ids survive restarts; the id
// changes only when the anchor cluster is evicted or folded by merge_into.
type Problem struct {
	ID      string
	Anchor  string   // the member whose fingerprint gives the id
	Head    string   // likely root cause
	Members []string // sorted, head included
	Reasons []string // sorted: "cause", "dependency", "release", "trace"
	// MemberReasons lists, per member, why it was linked to the others
	// (sorted; empty for a singleton).
	MemberReasons map[string][]string
	// Roles gives each member's role (RoleHead, RoleSymptom, RoleRelated).
	Roles map[string]string
	// Depth is each member's depth on the error chain: 0 for a member
	// nothing in the problem explains it, n for a member explained by a
	// member of depth n-1. The head is the deepest member that no member
	// explains further.
	Depth map[string]int
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
	// Strength, when set, gives each fingerprint's strength of evidence
	// (its own score): among members the error chain does not order
	// (equally deep, none explained), the strongest heads, before the
	// cause-link balance and the first seen.
	Strength func(fp string) float64
}

// DefaultGroupOptions groups by traces (cause and shared requests) and by
// dependency. Grouping by release is off: a release often brings several
// unrelated bugs, and linking them made one problem of every failure new
// in it (the acceptance shop: panic, pool errors, slow query and retries of
// one checkout release); "new in release" stays each cluster's own flag
// and gate. make eval-faults is unchanged by it (TrainTicket and the
// simulator's bad_release cases).
func DefaultGroupOptions() GroupOptions {
	return GroupOptions{MinLinkCount: 1, ByRelease: false, ByDependency: true}
}

// ProblemID is the deterministic problem id of an anchor fingerprint.
func ProblemID(anchor string) string {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], xxhash.Sum64String("problem/v1|"+anchor))
	return "p" + hex.EncodeToString(b[:])
}

// Group links views into problems: clusters sharing traces (connected by
// links), clusters new in the same release of a service, and failing clusters
// sharing a dependency. Every view lands in exactly one problem (singletons
// included).
//
// The head follows the error chain: a cause link says the callee's failing
// span is a descendant of the caller's (or an earlier error of another
// service preceded the later one), so the callee explains the caller. A
// member with a cause link to another member is explained, and never
// heads: along one chain the head is its deepest failing member, and the
// whole chain above it is symptom. Among unexplained members (the bottoms
// of several chains, members linked otherwise) the strongest heads
// (GroupOptions.Strength), then the deepest, then the one whose failures
// explain most of the others
// (cause links in minus out), then the earliest first seen, then the
// highest count, then the smallest fingerprint. Every member with a path
// of cause links to the head is a symptom. Output is sorted by problem id.
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
	note := func(i int, reason string) {
		if reasons[i] == nil {
			reasons[i] = map[string]bool{}
		}
		reasons[i][reason] = true
	}
	union := func(a, b int, reason string) {
		ra, rb := find(a), find(b)
		if ra != rb {
			if rb < ra {
				ra, rb = rb, ra
			}
			parent[rb] = ra
		}
		note(a, reason)
		note(b, reason)
	}
	rootness := make([]int64, len(views))
	explains := make([][]int, len(views)) // callee -> callers it explains
	explained := make([]bool, len(views))
	// A cluster explained by several causes (a server's generic "500"
	// seen over a gateway error in some requests and a pool error in
	// others) is a symptom of each, but it must not bridge them into one
	// problem: it joins its dominant cause only (the callee explaining
	// most of its traces), and the other causes stay problems of their
	// own. Along one chain every explained member has one dominant cause,
	// so the chain stays whole.
	type cause struct {
		b     int
		count int64
	}
	dominant := make([]cause, len(views))
	for i := range dominant {
		dominant[i].b = -1
	}
	for _, l := range links {
		a, okA := idx[l.A]
		b, okB := idx[l.B]
		if !okA || !okB || a == b || l.Count < opt.MinLinkCount {
			continue
		}
		// A slow callee explains its caller's slowness and its caller's
		// timeout, not its caller's other errors: an error is explained
		// by a failing callee (or an earlier error), so a latency under a
		// non-latency cluster that reports no timeout is only a shared
		// trace.
		if l.Kind == LinkCause && (views[b].Kind != KindLatency || views[a].Kind == KindLatency || timeoutLike(&views[a])) {
			d := &dominant[a]
			if d.b < 0 || l.Count > d.count || (l.Count == d.count && views[b].Fingerprint < views[d.b].Fingerprint) {
				d.b, d.count = b, l.Count
			}
			continue
		}
		// Sharing traces makes one failure only when the two clusters
		// are mostly the same requests (a log and the span of one
		// exception; a caller's and a callee's spans of one failing
		// call): their trace sets overlap by half or more (Jaccard). A
		// few requests shared with a busy cluster are coincidence, not
		// one problem.
		if jaccard(l.Count, views[a].Traces, views[b].Traces) >= 0.5 {
			union(a, b, ReasonTrace)
		}
	}
	for a, d := range dominant {
		if d.b < 0 {
			continue
		}
		union(a, d.b, ReasonCause)
		rootness[d.b] += d.count
		rootness[a] -= d.count
		explains[d.b] = append(explains[d.b], a)
		explained[a] = true
	}
	byKey := func(key func(i int) string, reason string) {
		first := map[string]int{}
		for i := range views {
			k := key(i)
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
		byKey(func(i int) string {
			if views[i].NewInRelease == "" {
				return ""
			}
			return views[i].Service + "\x00" + views[i].NewInRelease
		}, ReasonRelease)
	}
	if opt.ByDependency {
		// Failures of one dependency (several callers failing on a
		// database that is down) are one problem; a symptom already
		// explained by its cause is not linked again by its dependency,
		// or a caller's generic "call failed" would bridge every cause
		// behind that call.
		byKey(func(i int) string {
			if views[i].Kind == "log" || explained[i] {
				return ""
			}
			return views[i].Dependency
		}, ReasonDependency)
	}
	depth := chainDepth(len(views), explains)
	strength := func(i int) float64 {
		if opt.Strength == nil {
			return 0
		}
		return opt.Strength(views[i].Fingerprint)
	}

	comps := map[int][]int{}
	for i := range views {
		r := find(i)
		comps[r] = append(comps[r], i)
	}
	out := make([]Problem, 0, len(comps))
	for _, members := range comps {
		head, anchor := -1, members[0]
		rs := map[string]bool{}
		for _, m := range members {
			for r := range reasons[m] {
				rs[r] = true
			}
			if head < 0 || betterHead(&views[m], explained[m], depth[m], strength(m), rootness[m], &views[head], explained[head], depth[head], strength(head), rootness[head]) {
				head = m
			}
			if earlier(&views[m], &views[anchor]) {
				anchor = m
			}
		}
		p := Problem{
			Head: views[head].Fingerprint, Anchor: views[anchor].Fingerprint, ID: ProblemID(views[anchor].Fingerprint),
			MemberReasons: make(map[string][]string, len(members)), Roles: make(map[string]string, len(members)),
			Depth: make(map[string]int, len(members)),
		}
		symptoms := upstream(head, explains)
		for _, m := range members {
			fp := views[m].Fingerprint
			p.Members = append(p.Members, fp)
			mr := []string{}
			for r := range reasons[m] {
				mr = append(mr, r)
			}
			sort.Strings(mr)
			p.MemberReasons[fp] = mr
			p.Depth[fp] = depth[m]
			switch {
			case m == head:
				p.Roles[fp] = RoleHead
			case symptoms[m]:
				p.Roles[fp] = RoleSymptom
			default:
				p.Roles[fp] = RoleRelated
			}
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

// jaccard estimates the overlap of two trace sets of sizes ta and tb that
// share n traces (estimates: clamped to [0, 1]).
func jaccard(n int64, ta, tb uint64) float64 {
	a, b := max(float64(ta), float64(n)), max(float64(tb), float64(n))
	u := a + b - float64(n)
	if n <= 0 || u <= 0 {
		return 0
	}
	return min(float64(n)/u, 1)
}

// chainDepth returns each node's depth on the cause graph, counted down
// from the callers: a node that explains nobody (a top caller or an
// unlinked cluster) has depth 0; a callee has 1 + the greatest depth of the
// callers it explains. Cycles are cut after n rounds.
func chainDepth(n int, explains [][]int) []int {
	depth := make([]int, n)
	for round := 0; round < n; round++ {
		changed := false
		for callee, callers := range explains {
			for _, c := range callers {
				if d := depth[c] + 1; d > depth[callee] && d <= n {
					depth[callee] = d
					changed = true
				}
			}
		}
		if !changed {
			break
		}
	}
	return depth
}

// upstream returns every node with a path of cause links to head (the
// callers head explains, their callers, ...).
func upstream(head int, explains [][]int) map[int]bool {
	seen := map[int]bool{}
	stack := []int{head}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, c := range explains[n] {
			if !seen[c] && c != head {
				seen[c] = true
				stack = append(stack, c)
			}
		}
	}
	return seen
}

// timeoutLike reports whether a cluster reports a timeout: its error type
// or template names one ("timeout", "timed out", "deadline exceeded" and
// their spellings: SocketTimeoutException, DEADLINE_EXCEEDED,
// context.DeadlineExceeded, ETIMEDOUT, 504 Gateway Timeout).
func timeoutLike(v *View) bool {
	for _, s := range []string{v.ErrorType, v.Template} {
		l := strings.ToLower(s)
		if strings.Contains(l, "timeout") || strings.Contains(l, "timed out") || strings.Contains(l, "timedout") ||
			strings.Contains(l, "deadline") {
			return true
		}
	}
	return false
}

// betterHead prefers an unexplained member, then the strongest, then the
// deepest, then the highest rootness, then the earliest first seen, the
// highest count and the smallest fingerprint.
func betterHead(a *View, ea bool, da int, sa float64, ra int64, b *View, eb bool, db int, sb float64, rb int64) bool {
	if ea != eb {
		return !ea
	}
	if sa != sb {
		return sa > sb
	}
	if da != db {
		return da > db
	}
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

// earlier orders anchors: the cluster created first in this store (Seq:
// a new cluster, whatever event time its first record claims, never takes
// over an existing problem's id), then the earliest first seen, then the
// smallest fingerprint.
func earlier(a, b *View) bool {
	if a.Seq != b.Seq {
		return a.Seq < b.Seq
	}
	if a.FirstSeen != b.FirstSeen {
		return a.FirstSeen < b.FirstSeen
	}
	return a.Fingerprint < b.Fingerprint
}

// UnionAffected estimates, per group of fingerprints, the distinct users,
// tenants and traces of all its members together (their HyperLogLog
// sketches merged): a request seen in the log and in the span of one
// exception, or in the caller's and the callee's failing spans, counts
// once. mergeInto, when not nil, maps a folded fingerprint to its target
// (as in Views): a folded cluster counts for its target's group.
func (s *Store) UnionAffected(groups [][]string, mergeInto func(fp string) string) [][3]uint64 {
	groupOf := map[string]int{}
	for g, fps := range groups {
		for _, fp := range fps {
			groupOf[fp] = g
		}
	}
	type acc struct{ u, t, tr *hyperloglog.Sketch }
	accs := make([]acc, len(groups))
	for i := range s.shards {
		sh := &s.shards[i]
		sh.mu.Lock()
		for _, c := range sh.m {
			fp := c.fp
			if mergeInto != nil {
				if t := mergeInto(fp); t != "" {
					fp = t
				}
			}
			g, ok := groupOf[fp]
			if !ok {
				continue
			}
			a := &accs[g]
			if a.u == nil {
				a.u, a.t, a.tr = c.users.Clone(), c.tenants.Clone(), c.traces.Clone()
				continue
			}
			_ = a.u.Merge(c.users)
			_ = a.t.Merge(c.tenants)
			_ = a.tr.Merge(c.traces)
		}
		sh.mu.Unlock()
	}
	out := make([][3]uint64, len(groups))
	for g, a := range accs {
		if a.u != nil {
			out[g] = [3]uint64{a.u.Estimate(), a.t.Estimate(), a.tr.Estimate()}
		}
	}
	return out
}
