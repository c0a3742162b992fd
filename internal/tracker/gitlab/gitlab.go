// Package gitlab is the GitLab Issues sink (REST v4): PRIVATE-TOKEN auth,
// marker label "fp:<fingerprint>" found through the label listing,
// state_event close/reopen, notes for transitions. A closed issue carrying
// one of WontFixLabels stays closed and mutes its cluster.
package gitlab

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.opentelemetry.io/collector/config/configopaque"

	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker"
)

// BodyLimit is GitLab's description limit in characters.
const BodyLimit = 1048576

// DefaultEndpoint is gitlab.com.
const DefaultEndpoint = "https://gitlab.com"

// Config configures the sink; the shell adds confighttp.ClientConfig (the
// endpoint is the instance URL, without /api/v4).
type Config struct {
	tracker.Settings `mapstructure:",squash"`
	// Project is the numeric id or the "group/name" path.
	Project string              `mapstructure:"project"`
	Token   configopaque.String `mapstructure:"token"`
	// WontFixLabels on a closed issue mean "won't do": it stays closed and
	// the cluster is muted.
	WontFixLabels []string `mapstructure:"wontfix_labels"`
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{Settings: tracker.DefaultSettings(), WontFixLabels: []string{"backlog:wontfix", "wontfix"}}
}

// Validate checks the config.
func (c Config) Validate() error {
	var errs []error
	if c.Project == "" {
		errs = append(errs, errors.New("gitlab: project is required"))
	}
	if c.Token == "" {
		errs = append(errs, errors.New("gitlab: token is required"))
	}
	return errors.Join(append(errs, c.Settings.Validate())...)
}

// NewSink returns a GitLab sink.
func NewSink(cfg Config, endpoint string, hc *http.Client, store tracker.Store, opts tracker.Options) (*tracker.Sink, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if endpoint == "" {
		endpoint = DefaultEndpoint
	}
	b := &Backend{cfg: cfg, base: strings.TrimRight(endpoint, "/") + "/api/v4/projects/" + url.PathEscape(cfg.Project)}
	b.c = tracker.NewClient(hc, cfg.Settings, opts, func(h http.Header) { h.Set("PRIVATE-TOKEN", string(cfg.Token)) })
	return tracker.NewSink(b, b.c, cfg.Settings, store, opts)
}

// Backend implements tracker.Backend for GitLab.
type Backend struct {
	cfg  Config
	base string
	c    *tracker.Client
}

// ID implements tracker.Backend.
func (b *Backend) ID() string { return "gitlab:" + b.cfg.Project }

// BodyLimit implements tracker.Backend.
func (b *Backend) BodyLimit() int { return BodyLimit }

// BodyLen implements tracker.Backend.
func (b *Backend) BodyLen(md string) int { return utf8.RuneCountInString(md) }

// MarkerLabel implements tracker.Backend.
func (b *Backend) MarkerLabel(fp string) string { return "fp:" + fp }

// ConsistentFind implements tracker.Backend (label filter, not search).
func (b *Backend) ConsistentFind() bool { return true }

type issue struct {
	IID      int        `json:"iid"`
	WebURL   string     `json:"web_url"`
	State    string     `json:"state"`
	ClosedAt *time.Time `json:"closed_at"`
	Labels   []string   `json:"labels"`
}

func (b *Backend) ticket(i issue) *tracker.Ticket {
	t := &tracker.Ticket{ID: strconv.Itoa(i.IID), URL: i.WebURL, Open: i.State != "closed", Labels: i.Labels}
	if i.ClosedAt != nil {
		t.ClosedAt = *i.ClosedAt
	}
	if !t.Open {
		for _, l := range b.cfg.WontFixLabels {
			if slices.Contains(i.Labels, l) {
				t.WontFix = true
			}
		}
	}
	return t
}

// Find lists issues by marker label in every state; the lowest iid wins.
func (b *Backend) Find(ctx context.Context, fp string) (*tracker.Ticket, error) {
	q := url.Values{"labels": {b.MarkerLabel(fp)}, "state": {"all"}, "per_page": {"100"}, "order_by": {"created_at"}, "sort": {"asc"}}
	var out []issue
	if err := b.c.Do(ctx, tracker.Request{Method: http.MethodGet, URL: b.base + "/issues?" + q.Encode(), Idempotent: true}, &out); err != nil {
		return nil, err
	}
	var best *issue
	for i := range out {
		if best == nil || out[i].IID < best.IID {
			best = &out[i]
		}
	}
	if best == nil {
		return nil, nil
	}
	return b.ticket(*best), nil
}

// Get implements tracker.Backend.
func (b *Backend) Get(ctx context.Context, id string) (*tracker.Ticket, error) {
	var out issue
	err := b.c.Do(ctx, tracker.Request{Method: http.MethodGet, URL: b.base + "/issues/" + id, Idempotent: true}, &out)
	if tracker.IsStatus(err, http.StatusNotFound) {
		return nil, tracker.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return b.ticket(out), nil
}

// Create implements tracker.Backend.
func (b *Backend) Create(ctx context.Context, c tracker.Content) (*tracker.Ticket, error) {
	var out issue
	body := map[string]any{"title": c.Title, "description": c.Body, "labels": strings.Join(c.Labels, ",")}
	if err := b.c.Do(ctx, tracker.Request{Method: http.MethodPost, URL: b.base + "/issues", Body: body}, &out); err != nil {
		return nil, err
	}
	if out.IID == 0 {
		return nil, errors.New("gitlab: create answered without an iid")
	}
	return b.ticket(out), nil
}

func (b *Backend) put(ctx context.Context, id string, body map[string]any) error {
	return b.c.Do(ctx, tracker.Request{Method: http.MethodPut, URL: b.base + "/issues/" + id, Body: body, Idempotent: true}, nil)
}

// Update implements tracker.Backend.
func (b *Backend) Update(ctx context.Context, id string, c tracker.Content) error {
	return b.put(ctx, id, map[string]any{"title": c.Title, "description": c.Body})
}

// Reopen implements tracker.Backend (removing c.DropLabels in the same
// request).
func (b *Backend) Reopen(ctx context.Context, id string, c tracker.Content) error {
	body := map[string]any{"state_event": "reopen"}
	if len(c.DropLabels) > 0 {
		body["remove_labels"] = strings.Join(c.DropLabels, ",")
	}
	return b.put(ctx, id, body)
}

// Close implements tracker.Backend. GitLab's issue API has no close
// reason: a duplicate (c.DuplicateOf) is closed with c.Labels added (the
// merged label) in the same request; the "Duplicate of" note links the
// survivor.
func (b *Backend) Close(ctx context.Context, id string, c tracker.Content) error {
	body := map[string]any{"state_event": "close"}
	if c.DuplicateOf != "" && len(c.Labels) > 0 {
		body["add_labels"] = strings.Join(c.Labels, ",")
	}
	return b.put(ctx, id, body)
}

// Comment adds a note.
func (b *Backend) Comment(ctx context.Context, id string, tr tracker.Transition) error {
	return b.c.Do(ctx, tracker.Request{Method: http.MethodPost, URL: b.base + "/issues/" + id + "/notes", Body: map[string]any{"body": tr.Text}}, nil)
}
