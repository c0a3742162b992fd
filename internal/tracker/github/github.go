// Package github is the GitHub Issues sink: REST API, marker label
// "fp:<fingerprint>", lookups through the consistent label listing.
package github

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
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

// BodyLimit is GitHub's issue body limit in characters.
const BodyLimit = 65536

// DefaultEndpoint is the public API.
const DefaultEndpoint = "https://api.github.com"

// Config configures the sink; the shell adds confighttp.ClientConfig.
type Config struct {
	tracker.Settings `mapstructure:",squash"`
	Owner            string              `mapstructure:"owner"`
	Repo             string              `mapstructure:"repo"`
	Token            configopaque.String `mapstructure:"token"`
	// APIVersion is sent as X-GitHub-Api-Version.
	APIVersion string `mapstructure:"api_version"`
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{Settings: tracker.DefaultSettings(), APIVersion: "2022-11-28"}
}

// Validate checks the config.
func (c Config) Validate() error {
	var errs []error
	if c.Owner == "" || c.Repo == "" {
		errs = append(errs, errors.New("github: owner and repo are required"))
	}
	if c.Token == "" {
		errs = append(errs, errors.New("github: token is required"))
	}
	return errors.Join(append(errs, c.Settings.Validate())...)
}

// NewSink returns a GitHub sink. endpoint is the API base URL (empty:
// DefaultEndpoint); hc comes from confighttp.
func NewSink(cfg Config, endpoint string, hc *http.Client, store tracker.Store, opts tracker.Options) (*tracker.Sink, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	b := New(cfg, endpoint, nil)
	b.c = tracker.NewClient(hc, cfg.Settings, opts, b.header)
	return tracker.NewSink(b, b.c, cfg.Settings, store, opts)
}

// Backend implements tracker.Backend for GitHub.
type Backend struct {
	cfg  Config
	base string
	c    *tracker.Client
}

// New returns a Backend sending through c.
func New(cfg Config, endpoint string, c *tracker.Client) *Backend {
	if endpoint == "" {
		endpoint = DefaultEndpoint
	}
	return &Backend{cfg: cfg, base: strings.TrimRight(endpoint, "/") + "/repos/" + url.PathEscape(cfg.Owner) + "/" + url.PathEscape(cfg.Repo), c: c}
}

func (b *Backend) header(h http.Header) {
	h.Set("Authorization", "Bearer "+string(b.cfg.Token))
	h.Set("Accept", "application/vnd.github+json")
	h.Set("X-GitHub-Api-Version", b.cfg.APIVersion)
}

// ID implements tracker.Backend.
func (b *Backend) ID() string { return "github:" + b.cfg.Owner + "/" + b.cfg.Repo }

// BodyLimit implements tracker.Backend.
func (b *Backend) BodyLimit() int { return BodyLimit }

// BodyLen implements tracker.Backend.
func (b *Backend) BodyLen(md string) int { return utf8.RuneCountInString(md) }

// MarkerLabel implements tracker.Backend.
func (b *Backend) MarkerLabel(fp string) string { return "fp:" + fp }

// ConsistentFind implements tracker.Backend: the label listing is not a
// search and sees new issues at once.
func (b *Backend) ConsistentFind() bool { return true }

type label struct {
	Name string `json:"name"`
}

type issue struct {
	Number      int             `json:"number"`
	HTMLURL     string          `json:"html_url"`
	State       string          `json:"state"`
	StateReason string          `json:"state_reason"`
	ClosedAt    *time.Time      `json:"closed_at"`
	Labels      []label         `json:"labels"`
	PullRequest json.RawMessage `json:"pull_request,omitempty"`
}

func (i issue) ticket() *tracker.Ticket {
	t := &tracker.Ticket{
		ID: strconv.Itoa(i.Number), URL: i.HTMLURL, Open: i.State != "closed",
		WontFix: i.State == "closed" && (i.StateReason == "not_planned" || i.StateReason == "duplicate"),
	}
	if i.ClosedAt != nil {
		t.ClosedAt = *i.ClosedAt
	}
	for _, l := range i.Labels {
		t.Labels = append(t.Labels, l.Name)
	}
	return t
}

// Find lists issues by marker label (state=all); the lowest number wins.
func (b *Backend) Find(ctx context.Context, fp string) (*tracker.Ticket, error) {
	q := url.Values{"labels": {b.MarkerLabel(fp)}, "state": {"all"}, "per_page": {"100"}}
	var out []issue
	if err := b.c.Do(ctx, tracker.Request{Method: http.MethodGet, URL: b.base + "/issues?" + q.Encode(), Idempotent: true}, &out); err != nil {
		return nil, err
	}
	var best *issue
	for i := range out {
		if len(out[i].PullRequest) > 0 && string(out[i].PullRequest) != "null" {
			continue
		}
		if best == nil || out[i].Number < best.Number {
			best = &out[i]
		}
	}
	if best == nil {
		return nil, nil
	}
	return best.ticket(), nil
}

// Get implements tracker.Backend.
func (b *Backend) Get(ctx context.Context, id string) (*tracker.Ticket, error) {
	var out issue
	err := b.c.Do(ctx, tracker.Request{Method: http.MethodGet, URL: b.base + "/issues/" + id, Idempotent: true}, &out)
	if tracker.IsStatus(err, http.StatusNotFound) || tracker.IsStatus(err, http.StatusGone) {
		return nil, tracker.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return out.ticket(), nil
}

// Create implements tracker.Backend.
func (b *Backend) Create(ctx context.Context, c tracker.Content) (*tracker.Ticket, error) {
	var out issue
	body := map[string]any{"title": c.Title, "body": c.Body, "labels": c.Labels}
	if err := b.c.Do(ctx, tracker.Request{Method: http.MethodPost, URL: b.base + "/issues", Body: body}, &out); err != nil {
		return nil, err
	}
	if out.Number == 0 {
		return nil, fmt.Errorf("github: create answered without an issue number")
	}
	return out.ticket(), nil
}

func (b *Backend) patch(ctx context.Context, id string, body map[string]any) error {
	return b.c.Do(ctx, tracker.Request{Method: http.MethodPatch, URL: b.base + "/issues/" + id, Body: body, Idempotent: true}, nil)
}

// Update rewrites title and body.
func (b *Backend) Update(ctx context.Context, id string, c tracker.Content) error {
	return b.patch(ctx, id, map[string]any{"title": c.Title, "body": c.Body})
}

// Reopen implements tracker.Backend. c.DropLabels are removed in the same
// request: the issue's labels are set to c.CurrentLabels without them
// (the API description has no single-label removal).
func (b *Backend) Reopen(ctx context.Context, id string, c tracker.Content) error {
	body := map[string]any{"state": "open", "state_reason": "reopened"}
	if len(c.DropLabels) > 0 && slices.ContainsFunc(c.CurrentLabels, func(l string) bool { return slices.Contains(c.DropLabels, l) }) {
		keep := []string{}
		for _, l := range c.CurrentLabels {
			if !slices.Contains(c.DropLabels, l) {
				keep = append(keep, l)
			}
		}
		body["labels"] = keep
	}
	return b.patch(ctx, id, body)
}

// Close implements tracker.Backend: as completed, or, for a duplicate
// (c.DuplicateOf), with state_reason "duplicate" after adding c.Labels
// (the merged label; labels are added, never replaced).
func (b *Backend) Close(ctx context.Context, id string, c tracker.Content) error {
	if c.DuplicateOf == "" {
		return b.patch(ctx, id, map[string]any{"state": "closed", "state_reason": "completed"})
	}
	if len(c.Labels) > 0 {
		if err := b.c.Do(ctx, tracker.Request{Method: http.MethodPost, URL: b.base + "/issues/" + id + "/labels", Body: map[string]any{"labels": c.Labels}, Idempotent: true}, nil); err != nil {
			return err
		}
	}
	return b.patch(ctx, id, map[string]any{"state": "closed", "state_reason": "duplicate"})
}

// Comment implements tracker.Backend.
func (b *Backend) Comment(ctx context.Context, id string, tr tracker.Transition) error {
	return b.c.Do(ctx, tracker.Request{Method: http.MethodPost, URL: b.base + "/issues/" + id + "/comments", Body: map[string]any{"body": tr.Text}}, nil)
}
