package tracker

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"go.opentelemetry.io/collector/config/configretry"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/redact"
)

// Filter routes items to a sink. Owners, Journeys and Services select
// items (empty = any); MinScore and States gate ticket creation only, so an
// existing ticket keeps receiving updates.
type Filter struct {
	Owners   []string `mapstructure:"owners"`
	Journeys []string `mapstructure:"journeys"`
	Services []string `mapstructure:"services"`
	MinScore float64  `mapstructure:"min_score"`
	// States that may open a ticket; default new, ongoing, escalating,
	// regressed.
	States []string `mapstructure:"states"`
}

// Routes reports whether the item belongs to this sink at all.
func (f Filter) Routes(it backlog.Item) bool {
	if len(f.Owners) > 0 && !slices.Contains(f.Owners, it.Owner) {
		return false
	}
	if len(f.Journeys) > 0 && !anyKey(it.Journeys, f.Journeys) {
		return false
	}
	if len(f.Services) > 0 && !slices.Contains(f.Services, it.Service) && !anyKey(it.Services, f.Services) {
		return false
	}
	return true
}

// Opens reports whether the item may open a new ticket.
func (f Filter) Opens(it backlog.Item) bool {
	if it.Score < f.MinScore {
		return false
	}
	states := f.States
	if len(states) == 0 {
		states = []string{backlog.StateNew, backlog.StateOngoing, backlog.StateEscalating, backlog.StateRegressed}
	}
	return slices.Contains(states, it.State)
}

func anyKey(m map[string]int64, keys []string) bool {
	for _, k := range keys {
		if _, ok := m[k]; ok {
			return true
		}
	}
	return false
}

// Settings are common to every tracker sink.
type Settings struct {
	Filter Filter `mapstructure:"filter"`
	// Labels are added to every created ticket (besides the marker label).
	Labels []string `mapstructure:"labels"`
	// MuteLabel, set on a ticket by a person, mutes its cluster.
	MuteLabel string `mapstructure:"mute_label"`
	// Template and TitleTemplate override the embedded Go text/templates.
	Template      string `mapstructure:"template"`
	TitleTemplate string `mapstructure:"title_template"`
	// TraceURLTemplate links exemplars, e.g.
	// "https://jaeger.example/trace/{{.TraceID}}".
	TraceURLTemplate string `mapstructure:"trace_url_template"`
	// RedactPatterns are extra regular expressions masked before sending.
	RedactPatterns []string `mapstructure:"redact_patterns"`
	// CloseResolved closes tickets whose item is resolved.
	CloseResolved bool `mapstructure:"close_resolved"`
	// MaxWritesPerSync bounds writes (create, update, comment, transition)
	// per Sync; the rest stays pending.
	MaxWritesPerSync int `mapstructure:"max_writes_per_sync"`
	// MaxPending bounds items kept for later when they left the document.
	MaxPending int `mapstructure:"max_pending"`
	// SearchGracePeriod is how long an unconfirmed create blocks a re-create
	// on trackers whose lookup lags (Jira).
	SearchGracePeriod time.Duration `mapstructure:"search_grace_period"`
	WritesPerSecond   float64       `mapstructure:"writes_per_second"`
	ReadsPerSecond    float64       `mapstructure:"reads_per_second"`
	// MaxRetryWait is the longest Retry-After/reset honoured inline; a longer
	// one pauses the sink and keeps the work pending.
	MaxRetryWait time.Duration             `mapstructure:"max_retry_wait"`
	BackOff      configretry.BackOffConfig `mapstructure:"retry_on_failure"`
	// SyncTimeout bounds one Sync, retries and rate-limit waits included
	// (so retry_on_failure.max_elapsed_time: 0 never means forever); work
	// left over stays pending for the next Sync.
	SyncTimeout time.Duration `mapstructure:"sync_timeout"`
	// Unit is what one ticket stands for: UnitProblem (default; one ticket
	// per problem, its members listed with their fingerprints) or
	// UnitCluster (one ticket per cluster passing the gates).
	Unit string `mapstructure:"unit"`
	// GroupWait is how long a problem must stay in the document's ranked
	// items, under the same ticket key, before its ticket is opened (as
	// Alertmanager's group_wait: the symptoms that arrive seconds after
	// their cause join its problem first, and a problem that is merged
	// into another or falls back to the watchlist within the wait never
	// opens a ticket of its own). The wait is counted in wall-clock time
	// between syncs, so no record's timestamp moves it, and it is
	// persisted, so a restart neither restarts nor skips it. Items with a
	// ticket are updated without waiting. 0 opens at the first sync.
	GroupWait time.Duration `mapstructure:"group_wait"`
	// OpenDebt lets debt candidates (items labelled debt) open tickets,
	// which then carry the debt label too; by default they only update
	// tickets that exist.
	OpenDebt bool `mapstructure:"open_debt"`
}

// Ticket units (Settings.Unit).
const (
	UnitProblem = "problem"
	UnitCluster = "cluster"
)

// DefaultSettings returns conservative defaults (GitHub asks for about one
// content-creating request per second).
func DefaultSettings() Settings {
	return Settings{
		Labels:            []string{"backlog"},
		MuteLabel:         "backlog:mute",
		MaxWritesPerSync:  30,
		MaxPending:        1000,
		SearchGracePeriod: 5 * time.Minute,
		WritesPerSecond:   1,
		ReadsPerSecond:    10,
		MaxRetryWait:      time.Minute,
		BackOff:           configretry.NewDefaultBackOffConfig(),
		SyncTimeout:       2 * time.Minute,
		Unit:              UnitProblem,
		GroupWait:         30 * time.Second,
	}
}

// Validate checks the settings.
func (s Settings) Validate() error {
	var errs []error
	if s.MaxWritesPerSync <= 0 {
		errs = append(errs, errors.New("max_writes_per_sync must be positive"))
	}
	if s.SyncTimeout <= 0 {
		errs = append(errs, fmt.Errorf("sync_timeout must be positive, got %s", s.SyncTimeout))
	}
	if s.Unit != "" && s.Unit != UnitProblem && s.Unit != UnitCluster {
		errs = append(errs, fmt.Errorf("unit must be %q or %q, got %q", UnitProblem, UnitCluster, s.Unit))
	}
	if s.GroupWait < 0 {
		errs = append(errs, fmt.Errorf("group_wait must not be negative, got %s", s.GroupWait))
	}
	if s.MaxPending < 0 {
		errs = append(errs, errors.New("max_pending must not be negative"))
	}
	if s.WritesPerSecond < 0 || s.ReadsPerSecond < 0 {
		errs = append(errs, errors.New("writes_per_second and reads_per_second must not be negative"))
	}
	if _, err := redact.New(s.RedactPatterns); err != nil {
		errs = append(errs, err)
	}
	if _, err := newRenderer(s); err != nil {
		errs = append(errs, err)
	}
	if err := s.BackOff.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("retry_on_failure: %w", err))
	}
	return errors.Join(errs...)
}

// Options inject dependencies; zero values use real ones.
type Options struct {
	Clock Clock
}

func (o Options) withDefaults() Options {
	if o.Clock == nil {
		o.Clock = RealClock{}
	}
	return o
}

// Stats is a snapshot of a sink's counters, for the shell's telemetry.
type Stats struct {
	Created, Updated, Commented, Reopened, Closed int64
	// Adopted counts tickets found by marker instead of created.
	Adopted int64
	// Merged counts problem tickets closed as duplicates of the problem
	// that absorbed theirs.
	Merged   int64
	Requests int64
	Retries  int64
	// RateLimited counts refusals (429, 403 secondary limits).
	RateLimited int64
	// FailedRequests counts non-2xx answers by status code (0: transport).
	FailedRequests map[int]int64
	// Pending is the number of items with unsynced work after the last Sync.
	Pending int64
	// Waiting is the number of items within group_wait after the last Sync.
	Waiting int64
	// PendingDropped counts pending items dropped at MaxPending.
	PendingDropped int64
	// BudgetExhausted counts Syncs stopped by MaxWritesPerSync.
	BudgetExhausted int64
	// Posted counts posts (Publish) created; a post found by its marker
	// counts in Adopted.
	Posted int64
}

type statsRecorder struct {
	mu sync.Mutex
	s  Stats
}

func newStatsRecorder() *statsRecorder { return &statsRecorder{} }

func (r *statsRecorder) add(f func(*Stats)) {
	r.mu.Lock()
	f(&r.s)
	r.mu.Unlock()
}

func (r *statsRecorder) snapshot() Stats {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.s
	s.FailedRequests = make(map[int]int64, len(r.s.FailedRequests))
	for k, v := range r.s.FailedRequests {
		s.FailedRequests[k] = v
	}
	return s
}
