package cluster

import (
	"encoding/binary"
	"encoding/hex"
	"slices"
	"sort"
	"strings"

	"github.com/axiomhq/hyperloglog"
	"github.com/cespare/xxhash/v2"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/fingerprint"
	"github.com/otelcol-backlog/otelcol-backlog/internal/score"
	"github.com/otelcol-backlog/otelcol-backlog/internal/unionfind"
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
// Identity (docs/backlog-json.md, "Problem ids"): a member keeps the id of
// the first ticket-worthy problem it was a whole member of (its claim,
// View.Claim, recorded by Store.Claim). A problem holding claimed members
// takes the earliest-claimed id it holds; two problems holding one id: the
// one holding the member that claimed it first (then the oldest) keeps it
// (assignIDs). A problem with
// no claimed member (never ticket-worthy) has the id ProblemID(Anchor) of
// its oldest member (creation order in the store, then the earliest first
// event, then the smallest fingerprint). So a merge keeps the id of the
// part ticket-worthy first (an older background problem never ticketed
// does not take over a ticketed one's id), and a split gives each part
// its own earlier id back, else a new one. Anchor is the member that gave
// the id. Claims and creation order are persisted in the store, so ids
// survive restarts.
type Problem struct {
	ID      string
	Anchor  string   // the member whose fingerprint gives the id
	Head    string   // likely root cause
	Members []string // sorted, head included
	Reasons []string // sorted: "cause", "dependency", "release", "trace"
	// info holds, in Members order, each member's role, depth and reasons
	// (Role, Depth, MemberReasons): one small slice, not three maps per
	// problem (a flush groups up to max_clusters problems).
	info []memberInfo
	// Cause is the service the problem's failures point at when it shows
	// no failure of its own in the problem (likelyCause): the callee its
	// head's service fails calling. "" when the head's service is the
	// likely cause.
	Cause string
	// Shares gives, for a member shared with other problems (a symptom
	// explained by several root causes in different problems), the share
	// of its events this problem's causes explain (0 < share < 1).
	// Members not listed are whole members.
	Shares map[string]float64
}

// memberInfo is what a problem says of one member.
type memberInfo struct {
	role    string
	depth   int
	reasons []string
}

// member is fp's info, nil when fp is no member.
func (p *Problem) member(fp string) *memberInfo {
	i, ok := slices.BinarySearch(p.Members, fp)
	if !ok || i >= len(p.info) {
		return nil
	}
	return &p.info[i]
}

// Role is member fp's role (RoleHead, RoleSymptom, RoleRelated; "" when
// fp is no member).
func (p *Problem) Role(fp string) string {
	if m := p.member(fp); m != nil {
		return m.role
	}
	return ""
}

// Depth is member fp's depth on the error chain: 0 for a member nothing
// in the problem explains, n for a member explained by a member of depth
// n-1 (0 when fp is no member). The head is the deepest member that no
// member explains further.
func (p *Problem) Depth(fp string) int {
	if m := p.member(fp); m != nil {
		return m.depth
	}
	return 0
}

// MemberReasons lists why member fp was linked to the others (sorted;
// empty for a singleton, nil when fp is no member).
func (p *Problem) MemberReasons(fp string) []string {
	if m := p.member(fp); m != nil {
		return m.reasons
	}
	return nil
}

// sortMembers sorts Members, and info with them.
func (p *Problem) sortMembers() {
	sort.Sort(byMember{p})
}

type byMember struct{ p *Problem }

func (b byMember) Len() int           { return len(b.p.Members) }
func (b byMember) Less(i, j int) bool { return b.p.Members[i] < b.p.Members[j] }
func (b byMember) Swap(i, j int) {
	b.p.Members[i], b.p.Members[j] = b.p.Members[j], b.p.Members[i]
	b.p.info[i], b.p.info[j] = b.p.info[j], b.p.info[i]
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
	// KnownService, when set, returns the service of the system (that sent
	// records) whose name has the given key (Services.ByKey): the callees
	// a failing log may name (ByDependency), besides the services of the
	// views.
	KnownService func(key string) (string, bool)
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

// validProblemID reports whether id can be a problem id read back from
// storage (a snapshot's claim): 1 to 64 letters, digits, '_' or '-', as
// ProblemID's "p" and 16 hex digits are; inert as a ticket key, a label
// and a path segment.
func validProblemID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// Group links views into problems: clusters sharing traces (connected by
// links), clusters new in the same release of a service, and failing clusters
// sharing a dependency. Every view lands in one problem (singletons
// included), except a symptom explained by root causes in several
// problems: it is a member of each, with its share of events
// (Problem.Shares), and never their head nor anchor.
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
// highest count, then the smallest fingerprint. A head that only says a
// call failed (genericFailure) yields to the member of its service that
// says what failed (specificFailure). Every member with a path of cause
// links to the head is a symptom. Output is sorted by problem id.
func Group(views []View, links []Link, opt GroupOptions) []Problem {
	if opt.MinLinkCount <= 0 {
		opt.MinLinkCount = 1
	}
	idx := make(map[string]int, len(views))
	for i := range views {
		idx[views[i].Fingerprint] = i
	}
	forest := unionfind.New(len(views))
	find := forest.Find
	reasons := make([]map[string]bool, len(views))
	note := func(i int, reason string) {
		if reasons[i] == nil {
			reasons[i] = map[string]bool{}
		}
		reasons[i][reason] = true
	}
	union := func(a, b int, reason string) {
		forest.Union(a, b, func(ra, rb int) int { return min(ra, rb) })
		note(a, reason)
		note(b, reason)
	}
	rootness := make([]int64, len(views))
	explains := make([][]int, len(views)) // callee -> callers it explains
	explained := make([]bool, len(views))
	// A cluster's failures are attributed, per cause link, to the root
	// causes that explain them: causes[a] lists every callee (or earlier
	// error) explaining a, with the events it explains.
	causes := make([][]edge, len(views))
	var traced [][2]int
	type pair struct {
		a, b  int
		count int64
	}
	var sameService []pair
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
			causes[a] = append(causes[a], edge{b, l.Count})
			continue
		}
		// Sharing traces makes one failure only when the two clusters
		// are mostly the same requests (a log and the span of one
		// exception; a caller's and a callee's spans of one failing
		// call): their trace sets overlap by half or more (Jaccard). A
		// few requests shared with a busy cluster are coincidence, not
		// one problem.
		if views[a].Service != "" && views[a].Service == views[b].Service &&
			(genericFailure(&views[a]) && specificFailure(&views[b]) || genericFailure(&views[b]) && specificFailure(&views[a])) {
			sameService = append(sameService, pair{a, b, l.Count})
			continue
		}
		if jaccard(l.Count, views[a].Traces, views[b].Traces) >= 0.5 {
			traced = append(traced, [2]int{a, b})
		}
	}
	// A failed call that says only that it failed ("500: /orders
	// failed", its status message overwritten by the HTTP
	// instrumentation) and that no failing callee explains is explained
	// by the records of its own service in its requests that say what
	// failed (the tax lookup's error log, the recovered panic's log): one
	// generic span over two such errors is their shared symptom, not a
	// bridge between them. Otherwise the pair is only a shared trace.
	known := knownServices(views, opt)
	named := namedCallees(views, opt, known)
	unexplained := make([]bool, len(views))
	for i := range views {
		unexplained[i] = len(causes[i]) == 0
	}
	for _, p := range sameService {
		g, c := p.a, p.b
		if !genericFailure(&views[g]) {
			g, c = c, g
		}
		if unexplained[g] {
			causes[g] = append(causes[g], edge{c, p.count})
		} else if jaccard(p.count, views[p.a].Traces, views[p.b].Traces) >= 0.5 {
			traced = append(traced, [2]int{p.a, p.b})
		}
	}
	// A cluster explained by several causes (a server's generic "502"
	// over a gateway refusal in some requests and over a new release's
	// error in others) must not bridge them into one problem: it joins
	// its dominant cause's problem (the callee explaining most of its
	// events), and along one chain every explained member has one
	// dominant cause, so the chain stays whole.
	for a, cs := range causes {
		d := -1
		for k, e := range cs {
			if d < 0 || e.count > cs[d].count || (e.count == cs[d].count && views[e.b].Fingerprint < views[cs[d].b].Fingerprint) {
				d = k
			}
		}
		if d < 0 {
			continue
		}
		union(a, cs[d].b, ReasonCause)
		rootness[cs[d].b] += cs[d].count
		rootness[a] -= cs[d].count
		explains[cs[d].b] = append(explains[cs[d].b], a)
		explained[a] = true
	}
	shares := rootShares(len(views), func(a int, yield func(b int, n int64)) {
		for _, e := range causes[a] {
			yield(e.b, e.count)
		}
	})
	// A symptom shares requests with each of its root causes: that is
	// its error chain, not a second link, and joining them by shared
	// requests would bridge a symptom's causes (the frontend's "500"
	// shares half its requests with the recovered panic's log and half
	// with the tax error's).
	for _, t := range traced {
		_, aUnder := shares[t[1]][t[0]]
		_, bUnder := shares[t[0]][t[1]]
		if (aUnder && len(shares[t[1]]) > 1) || (bUnder && len(shares[t[0]]) > 1) {
			continue
		}
		union(t[0], t[1], ReasonTrace)
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
			if views[i].Kind == KindLog && named[i] != "" && !explained[i] {
				return "named\x00" + named[i]
			}
			if views[i].Kind == KindLog || explained[i] {
				return ""
			}
			return views[i].Dependency
		}, ReasonDependency)
	}
	// Yet such a symptom is each cause's symptom for the events that
	// cause explains, request by request: rootShares follows every cause
	// link down to the root causes, splitting the symptom's events by
	// the links' counts. A symptom whose root causes ended in several
	// problems is a member of each of them with its share of events
	// (Problem.Shares), the others' requests left out of their counts.
	shareOf := make([]map[int]float64, len(views)) // component root -> share
	for i, sh := range shares {
		if len(sh) < 2 {
			continue
		}
		roots := make([]int, 0, len(sh))
		for r := range sh {
			roots = append(roots, r)
		}
		sort.Ints(roots) // a float sum in one order: the same shares every time
		by := map[int]float64{}
		for _, r := range roots {
			by[find(r)] += sh[r]
		}
		if _, own := by[find(i)]; len(by) > 1 && own {
			shareOf[i] = by
		}
	}
	// A named log that a cause explains (some of its requests also failed
	// on something its traces show) is not linked by name: it would
	// bridge its cause's problem and the callee's other callers. It is a
	// shared member of both instead, its events split by the evidence of
	// each: the records naming the callee against the cause links seen.
	// So a caller that a trace explains later (the trace window changes
	// with the traces seen) stays in the callers' problem it was in:
	// problems only gain members.
	namedIn := make([]int, len(views)) // the callers' problem root a shared named log is in, else -1
	for i := range namedIn {
		namedIn[i] = -1
	}
	if opt.ByDependency {
		group := map[string]int{}
		for i := range views {
			if named[i] != "" && !explained[i] {
				if _, ok := group[named[i]]; !ok {
					group[named[i]] = i
				}
			}
		}
		for i := range views {
			j, ok := group[named[i]]
			if named[i] == "" || !explained[i] || !ok {
				continue
			}
			var linked int64
			for _, e := range causes[i] {
				linked += e.count
			}
			naming := views[i].Named[nameKey(named[i])]
			nr := find(j)
			by := shareOf[i]
			if by == nil {
				by = map[int]float64{find(i): 1}
			}
			if _, in := by[nr]; in || naming <= 0 {
				continue
			}
			f := float64(linked) / float64(linked+naming)
			scaled := make(map[int]float64, len(by)+1)
			for r, sh := range by {
				scaled[r] = sh * f
			}
			scaled[nr] = 1 - f
			shareOf[i] = scaled
			namedIn[i] = nr
		}
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
		if shareOf[i] == nil {
			r := find(i)
			comps[r] = append(comps[r], i)
		}
	}
	for i, by := range shareOf {
		for r := range by {
			comps[r] = append(comps[r], i)
		}
	}
	out := make([]Problem, 0, len(comps))
	roots := make([]int, 0, len(comps))
	for r := range comps {
		roots = append(roots, r)
	}
	sort.Ints(roots)
	whole := make([][]int, 0, len(comps)) // per problem, its whole members
	for _, r := range roots {
		members := comps[r]
		var own []int
		head, anchor := -1, -1
		rs := map[string]bool{}
		for _, m := range members {
			for r := range reasons[m] {
				rs[r] = true
			}
			if shareOf[m] != nil {
				continue // a shared symptom neither heads nor anchors
			}
			own = append(own, m)
			if head < 0 || betterHead(&views[m], explained[m], depth[m], strength(m), rootness[m], &views[head], explained[head], depth[head], strength(head), rootness[head]) {
				head = m
			}
			if anchor < 0 || earlier(&views[m], &views[anchor]) {
				anchor = m
			}
		}
		// The chain's head names the problem unless it is a generic
		// failed call ("500: /orders failed": a status code, no message)
		// and a member of its service says what failed: the log record
		// or span carrying the error's message or type. The chain's
		// symptoms stay the symptoms.
		chainHead := head
		if genericFailure(&views[head]) {
			best := -1
			for _, m := range members {
				if shareOf[m] != nil || m == head || views[m].Service != views[head].Service || !specificFailure(&views[m]) {
					continue
				}
				if best < 0 || betterHead(&views[m], explained[m], depth[m], strength(m), rootness[m], &views[best], explained[best], depth[best], strength(best), rootness[best]) {
					best = m
				}
			}
			if best >= 0 {
				head = best
			}
		}
		p := Problem{
			Head: views[head].Fingerprint, Anchor: views[anchor].Fingerprint,
			Members: make([]string, 0, len(members)), info: make([]memberInfo, 0, len(members)),
		}
		p.Cause = likelyCause(own, views, explained, chainHead, known)
		symptoms := upstream(chainHead, explains)
		for m := range upstream(head, explains) {
			symptoms[m] = true
		}
		for _, m := range members {
			fp := views[m].Fingerprint
			p.Members = append(p.Members, fp)
			mr := []string{}
			for r := range reasons[m] {
				mr = append(mr, r)
			}
			sort.Strings(mr)
			mi := memberInfo{depth: depth[m], reasons: mr}
			switch {
			case m == head:
				mi.role = RoleHead
			case symptoms[m] || shareOf[m] != nil:
				mi.role = RoleSymptom
			default:
				mi.role = RoleRelated
			}
			if by := shareOf[m]; by != nil {
				if p.Shares == nil {
					p.Shares = map[string]float64{}
				}
				p.Shares[fp] = by[r]
				reason := ReasonCause
				if namedIn[m] == r {
					reason = ReasonDependency
				}
				mi.reasons = mergeReason(mr, reason)
				rs[reason] = true
			}
			p.info = append(p.info, mi)
		}
		p.sortMembers()
		for r := range rs {
			p.Reasons = append(p.Reasons, r)
		}
		sort.Strings(p.Reasons)
		out = append(out, p)
		whole = append(whole, own)
	}
	assignIDs(out, whole, views)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// assignIDs gives each problem its id and anchor (see Problem). Claimed
// ids go first, earliest claim first (View.ClaimOrd, then the id): each
// goes to the problem, not yet given one, holding the member that claimed
// it first (the members of the problem it was claimed for, the anchor
// among them, claimed it together), then the oldest such (earlier). A problem that got none takes ProblemID of
// its oldest member whose id is not taken (problems in the order of their
// oldest members). Every step depends on the views alone, so the same
// store gives the same ids after a restart.
func assignIDs(out []Problem, whole [][]int, views []View) {
	type cand struct{ p, m int }
	byID := map[string][]cand{}
	ord := map[string]uint64{}
	for p, ms := range whole {
		for _, m := range ms {
			v := &views[m]
			if v.Claim == "" {
				continue
			}
			if o, ok := ord[v.Claim]; !ok || v.ClaimOrd < o {
				ord[v.Claim] = v.ClaimOrd
			}
			byID[v.Claim] = append(byID[v.Claim], cand{p, m})
		}
	}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if ord[ids[i]] != ord[ids[j]] {
			return ord[ids[i]] < ord[ids[j]]
		}
		return ids[i] < ids[j]
	})
	taken := make(map[string]bool, len(out))
	// The members that claimed it first (the problem it was ticketed
	// for, its anchor among them), then the oldest.
	better := func(a, b *View) bool {
		if a.ClaimOrd != b.ClaimOrd {
			return a.ClaimOrd < b.ClaimOrd
		}
		return earlier(a, b)
	}
	for _, id := range ids {
		best := cand{-1, -1}
		for _, c := range byID[id] {
			if out[c.p].ID != "" {
				continue
			}
			if best.p < 0 || better(&views[c.m], &views[best.m]) {
				best = c
			}
		}
		if best.p >= 0 {
			out[best.p].ID, out[best.p].Anchor = id, views[best.m].Fingerprint
			taken[id] = true
		}
	}
	var rest []int
	for p := range out {
		if out[p].ID != "" {
			continue
		}
		ms := whole[p]
		sort.Slice(ms, func(i, j int) bool { return earlier(&views[ms[i]], &views[ms[j]]) })
		rest = append(rest, p)
	}
	sort.Slice(rest, func(i, j int) bool { return earlier(&views[whole[rest[i]][0]], &views[whole[rest[j]][0]]) })
	for _, p := range rest {
		for _, m := range whole[p] {
			if id := ProblemID(views[m].Fingerprint); !taken[id] {
				out[p].ID, out[p].Anchor = id, views[m].Fingerprint
				break
			}
		}
		if out[p].ID == "" { // every member's id taken by a claim: derive one
			out[p].ID = ProblemID(views[whole[p][0]].Fingerprint + "|" + out[p].Head)
			out[p].Anchor = views[whole[p][0]].Fingerprint
		}
		taken[out[p].ID] = true
	}
}

// mergeReason adds r to the sorted reasons rs.
func mergeReason(rs []string, r string) []string {
	if i, found := sort.Find(len(rs), func(i int) int { return strings.Compare(r, rs[i]) }); !found {
		rs = append(rs[:i], append([]string{r}, rs[i:]...)...)
	}
	return rs
}

// rootShares attributes each node's events to the root causes that explain
// them: a node nothing explains is its own root (share 1); an explained
// node's shares are its causes' shares weighted by the events each cause
// link explains (causes yields them). A cause link closing a cycle is
// ignored (the node visited first along it is the root). Shares are
// fractions summing to 1 per node.
func rootShares(n int, causes func(a int, yield func(b int, n int64))) []map[int]float64 {
	out := make([]map[int]float64, n)
	state := make([]uint8, n) // 0 unseen, 1 on the path, 2 done
	var visit func(i int) map[int]float64
	visit = func(i int) map[int]float64 {
		switch state[i] {
		case 2:
			return out[i]
		case 1:
			return nil
		}
		state[i] = 1
		acc := map[int]float64{}
		var total int64
		causes(i, func(b int, c int64) {
			sh := visit(b)
			if sh == nil {
				return
			}
			total += c
			for r, f := range sh {
				acc[r] += float64(c) * f
			}
		})
		if total == 0 {
			acc = map[int]float64{i: 1}
		} else {
			for r := range acc {
				acc[r] /= float64(total)
			}
		}
		state[i], out[i] = 2, acc
		return acc
	}
	for i := 0; i < n; i++ {
		visit(i)
	}
	return out
}

// edge is a cause link seen from the member it explains: b explains count
// of its events.
type edge struct {
	b     int
	count int64
}

// knownServices returns the lookup of the services of the system by
// nameKey: the services of the views, then GroupOptions.KnownService.
func knownServices(views []View, opt GroupOptions) func(key string) (string, bool) {
	ks := map[string]string{}
	for i := range views {
		for s := range views[i].Services {
			ks[nameKey(s)] = s
		}
	}
	return func(key string) (string, bool) {
		if s, ok := ks[key]; ok {
			return s, true
		}
		if opt.KnownService != nil {
			return opt.KnownService(key)
		}
		return "", false
	}
}

// namedCallees returns, per view, the callee a failing log cluster names
// (namedDependency; "" for none or for other kinds), when ByDependency.
func namedCallees(views []View, opt GroupOptions, known func(key string) (string, bool)) []string {
	named := make([]string, len(views))
	if !opt.ByDependency {
		return named
	}
	for i := range views {
		if views[i].Kind == KindLog && len(views[i].Named) > 0 {
			named[i] = namedDependency(&views[i], known)
		}
	}
	return named
}

// namedDependency returns the callee a failing log cluster names: the one
// service of the system (known: by nameKey; not its own) that its records
// name in more than half of its events (View.Named, Store.countNames); ""
// when it names none or several.
func namedDependency(v *View, known func(key string) (string, bool)) string {
	if !specificFailure(v) {
		return ""
	}
	found := ""
	for key, n := range v.Named {
		if 2*n <= v.Count {
			continue
		}
		if w, ok := known(key); ok && w != v.Service && v.Services[w] == 0 {
			if found != "" {
				return ""
			}
			found = w
		}
	}
	return found
}

// genericFailure reports whether v is a failed call that says nothing but
// that it failed: an error span without a message, templated by its call
// alone (fingerprint.ErrorSpanTemplate).
func genericFailure(v *View) bool {
	if v.Kind != "error" {
		return false
	}
	for op := range v.Operations {
		if v.Template == fingerprint.ErrorSpanTemplate(op, "") {
			return true
		}
		for dep := range v.Dependencies {
			if v.Template == fingerprint.ErrorSpanTemplate(op, dep) {
				return true
			}
		}
	}
	return false
}

// specificFailure reports whether v says what failed: a failed span with a
// message of its own, or a log record with an error type or an error
// severity (its body is the message).
func specificFailure(v *View) bool {
	switch v.Kind {
	case "error":
		return v.Template != "" && !genericFailure(v)
	case KindLog:
		if v.ErrorType != "" {
			return true
		}
		sev := score.ParseSeverity(backlog.Dominant(func(yield func(string, int64) bool) {
			for k, n := range v.Severity {
				if !yield(k, n) {
					return
				}
			}
		}))
		return sev >= score.SeverityError
	}
	return false
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
