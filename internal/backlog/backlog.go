// Package backlog defines the ranked backlog document: what the backlog
// exporter writes to backlog.json, renders to backlog.md and the web page,
// and pushes to issue trackers. It is the contract between the cluster store
// (producer) and every sink (consumers).
package backlog

import "time"

// States of a backlog item.
const (
	StateNew        = "new"
	StateOngoing    = "ongoing"
	StateEscalating = "escalating"
	StateRegressed  = "regressed"
	StateResolved   = "resolved"
	StateMuted      = "muted"
)

// Document is the whole ranked backlog at one flush.
type Document struct {
	GeneratedAt time.Time `json:"generated_at"`
	// Items are the ranked problems that passed the gates (ticket-worthy):
	// Items[0] has Rank 1. Each item is one problem: its head cluster's
	// fields, the problem's union counts and score, and its Members.
	Items []Item `json:"items"`
	// Watchlist holds the problems below the gates (not backlog items).
	Watchlist []Item `json:"watchlist,omitempty"`
	// Problems lists every problem's id, head and members (an index of
	// Items and Watchlist).
	Problems []Problem `json:"problems,omitempty"`
	// Clusters holds one item per cluster, each scored on its own (Rank
	// among the clusters passing the gates, 0 below them), with Members
	// unset: for the web page's cluster view, /api/clusters and
	// per-cluster tickets. Not written to backlog.json.
	Clusters []Item `json:"-"`
	// EventTime is the event-time "now" used for ranking: the newest event
	// time seen (so a replay ranks like live traffic).
	EventTime time.Time `json:"event_time"`
	// Stats counts store sizes and every bound hit (clusters evicted, late
	// events, items truncated, ...).
	Stats map[string]int64 `json:"stats,omitempty"`
	// MergeSuggestions are pairs of items that look like one problem
	// (internal/similar). h7.
	MergeSuggestions []MergeSuggestion `json:"merge_suggestions,omitempty"`
}

// MergeSuggestion suggests merging item B into item A: their similarity
// by a method (lexical or embedding) and the operational context they
// share as evidence; AutoMerged when the configured threshold merged them.
type MergeSuggestion struct {
	A          string   `json:"a"`
	B          string   `json:"b"`
	TitleA     string   `json:"title_a"`
	TitleB     string   `json:"title_b"`
	Similarity float64  `json:"similarity"`
	Method     string   `json:"method"`
	Shared     []string `json:"shared_context"`
	Merged     bool     `json:"auto_merged,omitempty"`
}

// Item is one problem (in Items and Watchlist) or one cluster (in
// Clusters). A problem item carries the fields of its head cluster
// (Fingerprint, Title, Kind, Template, ErrorType, Exemplars, ...) and the
// problem's own Score, State, Gate, union counts (Count, Affected,
// MinutesOfPain), merged counters and Members.
type Item struct {
	Rank           int       `json:"rank"`
	Fingerprint    string    `json:"fingerprint"`
	Title          string    `json:"title"`
	Kind           string    `json:"kind"`
	Template       string    `json:"template"`
	Score          float64   `json:"score"`
	ScoreBreakdown Breakdown `json:"score_breakdown"`
	State          string    `json:"state"`
	// NewInRelease is set when the fingerprint first appeared after a new
	// service.version.
	NewInRelease string `json:"new_in_release,omitempty"`
	// Service is the dominant service; Services counts every service.
	Service  string           `json:"service"`
	Services map[string]int64 `json:"services"`
	// LikelyCause names, for a problem whose head's service fails calling
	// another service of the system that shows no failure of its own, that
	// callee (its expired certificate, crashed replica or malformed answer
	// shows only in its callers); empty when Service is the likely cause.
	LikelyCause  string           `json:"likely_cause,omitempty"`
	Operations   map[string]int64 `json:"operations,omitempty"`
	Dependencies map[string]int64 `json:"dependencies,omitempty"`
	Owner        string           `json:"owner,omitempty"`
	Journeys     map[string]int64 `json:"journeys,omitempty"`
	Releases     map[string]int64 `json:"releases"`
	Environments map[string]int64 `json:"environments,omitempty"`
	Severity     map[string]int64 `json:"severity,omitempty"`
	ErrorType    string           `json:"error_type,omitempty"`
	Count        int64            `json:"count"`
	Affected     Affected         `json:"affected"`
	FirstSeen    time.Time        `json:"first_seen"`
	LastSeen     time.Time        `json:"last_seen"`
	// Trend holds event counts per TrendBucketSeconds, oldest first, ending
	// at the bucket that contains the document's event-time "now".
	Trend              []int64 `json:"trend"`
	TrendBucketSeconds int64   `json:"trend_bucket_seconds"`
	// MinutesOfPain estimates customer minutes lost (see Breakdown).
	MinutesOfPain float64 `json:"minutes_of_pain"`
	// Gate says why the item passed the gates or stays on the watchlist.
	Gate string `json:"gate,omitempty"`
	// MergedFrom lists fingerprints folded into this item: by a person's
	// merge_into, or by the lineage of templates (clusters.lineage_records).
	MergedFrom    []string     `json:"merged_from,omitempty"`
	LatencyPainMs float64      `json:"latency_pain_ms,omitempty"`
	Problem       ProblemRef   `json:"problem"`
	Exemplars     []Exemplar   `json:"exemplars"`
	Override      *OverrideRef `json:"override,omitempty"`
	// Labels: "debt" for a debt candidate (low severity, frequent or
	// chronic).
	Labels []string `json:"labels,omitempty"`
	// Members lists the clusters of a problem, head first, then by score
	// (problem items only).
	Members []Member `json:"members,omitempty"`
	// AI is an AI-generated suggestion (exporter option ai), labelled as
	// such; it changes neither the score nor the gates.
	AI *AISuggestion `json:"ai_suggestion,omitempty"`
}

// AILabel labels every AI suggestion wherever it is shown.
const AILabel = "AI-suggested"

// AISuggestion is a validated answer of a language model about an item:
// each claim carries its confidence and the ids of the evidence it cites
// ("e1" is the item's first exemplar, "e2" the second, ...).
type AISuggestion struct {
	Label          string  `json:"label"`
	Model          string  `json:"model"`
	Summary        AIClaim `json:"summary"`
	LikelyCause    AIClaim `json:"likely_cause"`
	SuggestedOwner AIClaim `json:"suggested_owner"`
}

// AIClaim is one AI claim.
type AIClaim struct {
	Text       string   `json:"text"`
	Confidence float64  `json:"confidence"`
	Evidence   []string `json:"evidence"`
}

// Label values of Item.Labels.
const LabelDebt = "debt"

// Member is one cluster of a problem, with its own counts and evidence.
type Member struct {
	Fingerprint string `json:"fingerprint"`
	Title       string `json:"title"`
	Kind        string `json:"kind"`
	Service     string `json:"service"`
	// Role is "head" (likely cause), "symptom" (explained along the error
	// chain by the head) or "related" (linked otherwise).
	Role string `json:"role"`
	// Depth on the error chain: 0 for the top caller, +1 per callee.
	Depth int `json:"depth"`
	// Reasons says how it was linked: "cause" (a failing callee or an
	// earlier error of another service in its traces), "trace" (shared
	// traces), "release" (new in the same release), "dependency".
	Reasons []string `json:"reasons"`
	// Share, for a symptom shared with other problems (explained by
	// several root causes), is the share of its events this problem's
	// causes explain; Count is then that share of its events. 0 (absent)
	// for a whole member.
	Share         float64  `json:"share,omitempty"`
	Count         int64    `json:"count"`
	Affected      Affected `json:"affected"`
	MinutesOfPain float64  `json:"minutes_of_pain"`
	Score         float64  `json:"score"`
	State         string   `json:"state"`
	// Gate is the member's own evidence (whether it alone would pass).
	Gate string `json:"gate,omitempty"`
	// Frames are the member's top in-app stack frames (when known).
	Frames []string `json:"frames,omitempty"`
	// MergedFrom lists the fingerprints folded into this member (Item.MergedFrom).
	MergedFrom []string `json:"merged_from,omitempty"`
}

// Affected counts distinct affected entities (HyperLogLog estimates).
type Affected struct {
	Users   uint64 `json:"users"`
	Tenants uint64 `json:"tenants"`
	Traces  uint64 `json:"traces"`
}

// Breakdown explains a score: Score = Impact * Frequency * Recency *
// BlastRadius * Novelty * Override / FixEffort.
type Breakdown struct {
	Impact      float64 `json:"impact"`
	Frequency   float64 `json:"frequency"`
	Recency     float64 `json:"recency"`
	BlastRadius float64 `json:"blast_radius"`
	Novelty     float64 `json:"novelty"`
	Override    float64 `json:"override"`
	FixEffort   float64 `json:"fix_effort"`
	// FixFailed (> 1) raises a problem that recurred after a ticket was
	// closed as completed; Dismissed (< 1) lowers one people dismissed
	// repeatedly or muted for long. Both multiply the score; absent = 1.
	FixFailed float64 `json:"fix_failed,omitempty"`
	Dismissed float64 `json:"dismissed,omitempty"`
	// Notes are human-readable reasons, e.g. "checkout journey x3".
	Notes []string `json:"notes,omitempty"`
}

// ProblemRef points an item at its problem record.
type ProblemRef struct {
	ID     string `json:"id"`
	Head   string `json:"head"`
	IsHead bool   `json:"is_head"`
}

// Problem groups clusters into one user-facing problem.
type Problem struct {
	ID string `json:"id"`
	// Head is the fingerprint of the likely root cause.
	Head    string   `json:"head"`
	Members []string `json:"members"`
	// Reasons says why members were linked: "trace", "release", "dependency".
	Reasons []string `json:"reasons"`
	// LikelyCause is the item's (Item.LikelyCause).
	LikelyCause string `json:"likely_cause,omitempty"`
	// Title is the head item's title; Score the highest member score.
	Title string  `json:"title,omitempty"`
	Score float64 `json:"score"`
	// Anchor is the member whose fingerprint gives the id (the earliest
	// seen); TicketWorthy reports whether the problem passed the gates.
	Anchor       string `json:"anchor,omitempty"`
	TicketWorthy bool   `json:"ticket_worthy"`
}

// Exemplar is one sampled occurrence.
type Exemplar struct {
	Time    time.Time `json:"time"`
	Body    string    `json:"body,omitempty"`
	TraceID string    `json:"trace_id,omitempty"`
	SpanID  string    `json:"span_id,omitempty"`
	Service string    `json:"service,omitempty"`
}

// OverrideRef records the human override applied to an item.
type OverrideRef struct {
	Action string `json:"action"`
	Reason string `json:"reason"`
}

// Redact passes every free-text field of the document (items, watchlist,
// problem titles) through r: the one place local outputs (backlog.json,
// backlog.md, the web page and its API) are redacted.
func (d *Document) Redact(r func(string) string) {
	for _, items := range [][]Item{d.Items, d.Watchlist, d.Clusters} {
		for i := range items {
			items[i] = items[i].Redacted(r)
		}
	}
	for i := range d.Problems {
		d.Problems[i].Title, d.Problems[i].LikelyCause = r(d.Problems[i].Title), r(d.Problems[i].LikelyCause)
	}
}

// Redacted returns a copy of it with every free-text field passed through r:
// title, kind, template, error type, owner, release, service, likely cause, gate, score notes,
// the keys of every counter, exemplar bodies and services, and the override
// reason. Fingerprints, ids and numbers are kept. it itself is not changed.
// The kind is a record's fingerprint.kind as written (any sender's text,
// not an enumeration the exporter checks: h121).
func (it Item) Redacted(r func(string) string) Item {
	it.Title, it.Kind, it.Template, it.ErrorType = r(it.Title), r(it.Kind), r(it.Template), r(it.ErrorType)
	it.Owner, it.NewInRelease, it.Service, it.Gate = r(it.Owner), r(it.NewInRelease), r(it.Service), r(it.Gate)
	it.LikelyCause = r(it.LikelyCause)
	it.ScoreBreakdown.Notes = mapStrings(it.ScoreBreakdown.Notes, r)
	// What r leaves as it is stays shared with it (copied on the first
	// change): a flush redacts 10,000 items whose texts the store has
	// redacted already.
	for _, m := range []*map[string]int64{&it.Services, &it.Operations, &it.Dependencies, &it.Journeys, &it.Releases, &it.Environments, &it.Severity} {
		changed := false
		for key := range *m {
			if r(key) != key {
				changed = true
				break
			}
		}
		if !changed {
			continue
		}
		out := make(map[string]int64, len(*m))
		for key, v := range *m {
			out[r(key)] += v
		}
		*m = out
	}
	if it.Exemplars == nil {
		it.Exemplars = []Exemplar{}
	}
	it.Exemplars = mapCopied(it.Exemplars, func(e Exemplar) (Exemplar, bool) {
		b, s := r(e.Body), r(e.Service)
		changed := b != e.Body || s != e.Service
		e.Body, e.Service = b, s
		return e, changed
	})
	it.Members = mapCopied(it.Members, func(m Member) (Member, bool) {
		t, k, s, g, f := r(m.Title), r(m.Kind), r(m.Service), r(m.Gate), mapStrings(m.Frames, r)
		changed := t != m.Title || k != m.Kind || s != m.Service || g != m.Gate || (len(f) > 0 && &f[0] != &m.Frames[0])
		m.Title, m.Kind, m.Service, m.Gate, m.Frames = t, k, s, g, f
		return m, changed
	})
	if it.Override != nil {
		o := *it.Override
		o.Reason = r(o.Reason)
		it.Override = &o
	}
	if it.AI != nil { // model output is as untrusted as telemetry
		a := *it.AI
		a.Summary.Text, a.LikelyCause.Text, a.SuggestedOwner.Text = r(a.Summary.Text), r(a.LikelyCause.Text), r(a.SuggestedOwner.Text)
		it.AI = &a
	}
	return it
}

// mapStrings is in with f applied to each string: in itself when f
// changes none, else a copy.
func mapStrings(in []string, f func(string) string) []string {
	return mapCopied(in, func(s string) (string, bool) {
		t := f(s)
		return t, t != s
	})
}

// mapCopied is in with f applied to each element (f says whether it
// changed it): in itself when f changes none, else a copy (in is never
// written).
func mapCopied[T any](in []T, f func(T) (T, bool)) []T {
	for i, x := range in {
		y, changed := f(x)
		if !changed {
			continue
		}
		out := make([]T, len(in))
		copy(out, in[:i])
		out[i] = y
		for j := i + 1; j < len(in); j++ {
			out[j], _ = f(in[j])
		}
		return out
	}
	return in
}
