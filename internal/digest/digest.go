// Package digest turns the ranked backlog document into a periodic review
// digest (digest.md and digest.json next to backlog.json): the top ranked
// units with score, trend, first seen, owner, journey and exemplar traces;
// what is new, regressed, escalating, resolved and muted since the last
// digest; the period's signal-to-noise funnel (records -> clusters ->
// problems -> backlog items); and a section per team.
//
// Periods (daily or weekly) are bounded by midnight of a configured IANA
// time zone and measured in event time (the document's EventTime), so a
// replay of old telemetry produces the digests of its own days. At every
// flush digest.md and digest.json show the current period so far; when
// the event time crosses into the next period the finished digest is
// returned once as complete (for archiving and posting) and becomes the
// baseline the next period is compared with. digest.json carries that
// baseline, so a restart continues where it stopped.
//
// The digest reads the document through [Entries], the one place that
// decides what a ranked unit is (today an item, one cluster).
package digest

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

// Entry is one ranked unit as the digest sees it.
type Entry struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Kind      string    `json:"kind,omitempty"`
	Service   string    `json:"service,omitempty"`
	Owner     string    `json:"owner,omitempty"`
	Journey   string    `json:"journey,omitempty"`
	Problem   string    `json:"problem,omitempty"`
	State     string    `json:"state"`
	Score     float64   `json:"score"`
	Count     int64     `json:"count"`
	Trend     string    `json:"trend"` // rising, falling, steady, new, quiet
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
	// Backlog is set for units that passed the gates (ticket-worthy); the
	// others are on the watchlist.
	Backlog bool     `json:"backlog"`
	Traces  []string `json:"traces,omitempty"`

	trend []int64
	// clusters is the number of clusters the entry stands for (a problem's
	// members; 1 for an entry without members).
	clusters int64
}

// Entries is the document's ranked units: today its items (in rank order)
// and its watchlist. Switching the digest to another ranked unit is a
// change of this function alone.
func Entries(doc *backlog.Document) []Entry {
	out := make([]Entry, 0, len(doc.Items)+len(doc.Watchlist))
	for _, list := range []struct {
		items   []backlog.Item
		backlog bool
	}{{doc.Items, true}, {doc.Watchlist, false}} {
		for i := range list.items {
			it := &list.items[i]
			e := Entry{
				ID: it.Fingerprint, Title: it.Title, Kind: it.Kind, Service: it.Service, Owner: it.Owner,
				Journey: backlog.Dominant(mapSeq(it.Journeys)), Problem: it.Problem.ID, State: it.State,
				Score: it.Score, Count: it.Count, FirstSeen: it.FirstSeen, LastSeen: it.LastSeen,
				Backlog: list.backlog, trend: it.Trend, clusters: int64(max(1, len(it.Members))),
			}
			e.Trend = trendWord(it.Trend)
			for _, ex := range it.Exemplars {
				if ex.TraceID != "" && !contains(e.Traces, ex.TraceID) && len(e.Traces) < 3 {
					e.Traces = append(e.Traces, ex.TraceID)
				}
			}
			out = append(out, e)
		}
	}
	return out
}

func mapSeq(m map[string]int64) func(func(string, int64) bool) {
	return func(yield func(string, int64) bool) {
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// trendWord summarizes a trend: the last quarter of its buckets against
// the rate of the buckets before.
func trendWord(t []int64) string {
	if len(t) == 0 {
		return "quiet"
	}
	k := max(1, len(t)/4)
	var recent, before int64
	for i, n := range t {
		if i >= len(t)-k {
			recent += n
		} else {
			before += n
		}
	}
	rRate := float64(recent) / float64(k)
	bRate := 0.0
	if len(t) > k {
		bRate = float64(before) / float64(len(t)-k)
	}
	switch {
	case recent == 0 && before == 0:
		return "quiet"
	case before == 0:
		return "new"
	case recent == 0:
		return "quiet"
	case rRate >= 1.5*bRate:
		return "rising"
	case rRate <= 0.5*bRate:
		return "falling"
	default:
		return "steady"
	}
}

// Ref names a unit in a change list.
type Ref struct {
	ID    string  `json:"id"`
	Title string  `json:"title"`
	Owner string  `json:"owner,omitempty"`
	Score float64 `json:"score"`
	// Was is the unit's state in the previous digest ("" if absent).
	Was string `json:"was,omitempty"`
}

// Changes since the previous digest.
type Changes struct {
	New        []Ref `json:"new"`
	Regressed  []Ref `json:"regressed"`
	Escalating []Ref `json:"escalating"`
	Resolved   []Ref `json:"resolved"`
	Muted      []Ref `json:"muted"`
	// FixVerified lists the units closed as completed that stayed quiet
	// for the verification window (fix_outcomes).
	FixVerified []Ref `json:"fix_verified"`
}

// Funnel is the period's signal-to-noise: the records that reached the
// exporter, the failure events among them (fingerprinted, at or above
// min_severity), the clusters and problems active in the period, and how
// many of those passed the gates (backlog items, the ones trackers
// ticket).
type Funnel struct {
	Records  int64 `json:"records"`
	Events   int64 `json:"events"`
	Clusters int64 `json:"clusters"`
	Problems int64 `json:"problems"`
	Tickets  int64 `json:"backlog_items"`
}

// Team is one owner's section.
type Team struct {
	Owner   string  `json:"owner"`
	Active  int     `json:"active"`
	Entries []Entry `json:"entries"`
}

// Baseline is what the next digest compares with: the states of the
// units at the end of a digest and the exporter's record counter then.
type Baseline struct {
	At      time.Time         `json:"at"`
	Records int64             `json:"records"`
	Events  int64             `json:"events"`
	States  map[string]string `json:"states"`
}

// Counters are the exporter's cumulative counters at a flush: records
// received and failure events clustered.
type Counters struct {
	Records, Events int64
}

func delta(now, before int64) int64 {
	if now < before { // the counter restarted
		return now
	}
	return now - before
}

// Digest is one period's digest (digest.json).
type Digest struct {
	Period   string    `json:"period"`
	TimeZone string    `json:"time_zone"`
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
	// EventTime is the event time the digest was last updated at; Complete
	// is set once the event time passed End.
	EventTime time.Time `json:"event_time"`
	Complete  bool      `json:"complete"`
	Top       []Entry   `json:"top"`
	Changes   Changes   `json:"changes"`
	Funnel    Funnel    `json:"funnel"`
	Teams     []Team    `json:"teams"`
	// Similar are the document's merge suggestions (internal/similar).
	Similar []backlog.MergeSuggestion `json:"similar"`
	// Since is the previous digest's baseline (nil for the first digest);
	// Baseline this digest's, for the next one.
	Since    *Baseline `json:"since,omitempty"`
	Baseline Baseline  `json:"baseline"`
}

// Scheduler builds the digests of successive periods.
type Scheduler struct {
	cfg       Config
	loc       *time.Location
	weekStart time.Weekday
	redact    func(string) string
	cur       *Digest
	// FixVerified, when set, returns the fingerprints whose fix was
	// verified in (from, to] (internal/outcome.Ledger.Verified).
	FixVerified func(from, to time.Time) []string
}

// New returns a scheduler; redact (nil: none) is applied to every free-text
// field of a digest.
func New(cfg Config, redact func(string) string) (*Scheduler, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if !cfg.Enabled() {
		return nil, errors.New("period: not set")
	}
	s := &Scheduler{cfg: cfg, redact: redact, weekStart: time.Monday}
	if s.cfg.Top == 0 {
		s.cfg.Top = DefaultTop
	}
	if s.cfg.TeamTop == 0 {
		s.cfg.TeamTop = DefaultTeamTop
	}
	zone := cfg.TimeZone
	if zone == "" {
		zone = "UTC"
	}
	var err error
	if s.loc, err = time.LoadLocation(zone); err != nil {
		return nil, fmt.Errorf("time_zone: %w", err)
	}
	if cfg.WeekStart != "" {
		s.weekStart = weekdays[strings.ToLower(cfg.WeekStart)]
	}
	if s.redact == nil {
		s.redact = func(s string) string { return s }
	}
	return s, nil
}

// Restore continues from a digest.json written before (a corrupt one is
// an error and leaves the scheduler fresh).
func (s *Scheduler) Restore(data []byte) error {
	var d Digest
	if err := json.Unmarshal(data, &d); err != nil {
		return fmt.Errorf("digest: %w", err)
	}
	if d.Start.IsZero() || !d.End.After(d.Start) {
		return errors.New("digest: no period")
	}
	s.cur = &d
	return nil
}

// Observe updates the digest of the period containing doc's event time.
// It returns the current digest (nil before any event) and, once when the
// event time has moved into a later period, the completed digest of the
// period before.
func (s *Scheduler) Observe(doc *backlog.Document, n Counters) (cur, completed *Digest) {
	if doc.EventTime.IsZero() {
		return s.cur, nil
	}
	start := s.periodStart(doc.EventTime)
	since := (*Baseline)(nil)
	if s.cur != nil {
		since = s.cur.Since
		if start.After(s.cur.Start) {
			done := *s.cur
			done.Complete = true
			completed = &done
			b := done.Baseline
			since = &b
		} else if start.Before(s.cur.Start) {
			// Event time moved back (a replay of older data): start over.
			since = nil
		}
	}
	s.cur = s.build(doc, n, start, s.periodEnd(start), since)
	return s.cur, completed
}

func (s *Scheduler) build(doc *backlog.Document, n Counters, start, end time.Time, since *Baseline) *Digest {
	d := &Digest{
		Period: s.cfg.Period, TimeZone: s.loc.String(), Start: start, End: end,
		EventTime: doc.EventTime, Since: since,
		Changes: Changes{New: []Ref{}, Regressed: []Ref{}, Escalating: []Ref{}, Resolved: []Ref{}, Muted: []Ref{}, FixVerified: []Ref{}},
		Top:     []Entry{}, Teams: []Team{}, Similar: []backlog.MergeSuggestion{},
	}
	entries := Entries(doc)
	for i := range entries {
		e := &entries[i]
		e.Title, e.Owner, e.Journey, e.Service = s.redact(e.Title), s.redact(e.Owner), s.redact(e.Journey), s.redact(e.Service)
		e.Traces = s.traceRefs(e.Traces)
	}
	d.Baseline = Baseline{At: doc.EventTime, Records: n.Records, Events: n.Events, States: make(map[string]string, len(entries))}
	prevStates := map[string]string{}
	changesFrom := start
	if since != nil {
		prevStates = since.States
		changesFrom = since.At
		d.Funnel.Records, d.Funnel.Events = delta(n.Records, since.Records), delta(n.Events, since.Events)
	} else {
		d.Funnel.Records, d.Funnel.Events = n.Records, n.Events
	}
	problems := map[string]bool{}
	teams := map[string]*Team{}
	for i := range entries {
		e := &entries[i]
		d.Baseline.States[e.ID] = e.State
		active := !e.LastSeen.Before(start)
		if active {
			d.Funnel.Clusters += max(1, e.clusters)
			p := e.Problem
			if p == "" {
				p = e.ID
			}
			problems[p] = true
			if e.Backlog {
				d.Funnel.Tickets++
			}
		}
		if e.Backlog && len(d.Top) < s.cfg.Top && e.State != backlog.StateMuted && e.State != backlog.StateResolved {
			d.Top = append(d.Top, *e)
		}
		if e.Backlog && active {
			owner := e.Owner
			t := teams[owner]
			if t == nil {
				t = &Team{Owner: owner}
				teams[owner] = t
			}
			t.Active++
			if len(t.Entries) < s.cfg.TeamTop {
				t.Entries = append(t.Entries, *e)
			}
		}
		was, seen := prevStates[e.ID]
		ref := Ref{ID: e.ID, Title: e.Title, Owner: e.Owner, Score: e.Score, Was: was}
		switch {
		case e.State == backlog.StateMuted:
			if was != backlog.StateMuted {
				d.Changes.Muted = append(d.Changes.Muted, ref)
			}
		case e.State == backlog.StateResolved:
			if seen && was != backlog.StateResolved {
				d.Changes.Resolved = append(d.Changes.Resolved, ref)
			}
		case !seen && !e.FirstSeen.Before(changesFrom):
			if e.Backlog {
				d.Changes.New = append(d.Changes.New, ref)
			}
		case e.State == backlog.StateRegressed && was != backlog.StateRegressed:
			d.Changes.Regressed = append(d.Changes.Regressed, ref)
		case e.State == backlog.StateEscalating && was != backlog.StateEscalating:
			d.Changes.Escalating = append(d.Changes.Escalating, ref)
		}
	}
	d.Funnel.Problems = int64(len(problems))
	for _, m := range doc.MergeSuggestions {
		if len(d.Similar) == s.cfg.Top {
			break
		}
		m.TitleA, m.TitleB = s.redact(m.TitleA), s.redact(m.TitleB)
		d.Similar = append(d.Similar, m)
	}
	if s.FixVerified != nil {
		byID := make(map[string]*Entry, len(entries))
		for i := range entries {
			byID[entries[i].ID] = &entries[i]
		}
		for _, id := range s.FixVerified(changesFrom, doc.EventTime) {
			ref := Ref{ID: id, Was: prevStates[id]}
			if e := byID[id]; e != nil {
				ref.Title, ref.Owner, ref.Score = e.Title, e.Owner, e.Score
			}
			d.Changes.FixVerified = append(d.Changes.FixVerified, ref)
		}
	}
	for _, t := range teams {
		d.Teams = append(d.Teams, *t)
	}
	sort.Slice(d.Teams, func(i, j int) bool {
		a, b := d.Teams[i], d.Teams[j]
		if (a.Owner == "") != (b.Owner == "") {
			return b.Owner == "" // unowned last
		}
		if a.Active != b.Active {
			return a.Active > b.Active
		}
		return a.Owner < b.Owner
	})
	return d
}

// traceRefs keeps the trace ids that are plain hex (they come from the
// store, but the digest does not trust that).
func (s *Scheduler) traceRefs(ids []string) []string {
	var out []string
	for _, id := range ids {
		if isHex(id) {
			out = append(out, id)
		}
	}
	return out
}

func isHex(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}
