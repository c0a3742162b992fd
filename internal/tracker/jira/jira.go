// Package jira is the Jira sink: Cloud REST v3 (ADF bodies, POST
// /rest/api/3/search/jql with reconcileIssues) and Server/Data Center REST
// v2 (wiki markup, GET /rest/api/2/search). The marker label is
// "fp-<fingerprint>"; transitions reopen and close; a resolution listed in
// WontFixResolutions (default "Won't Do", "Won't Fix", "Duplicate") keeps
// the issue closed and mutes the cluster.
package jira

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

// BodyLimit is Jira's text field limit in characters (for v3, of the ADF
// JSON).
const BodyLimit = 32767

// Deployments.
const (
	Cloud  = "cloud"  // REST v3, ADF, Basic email:API token
	Server = "server" // REST v2, wiki markup, Bearer personal access token
)

// Config configures the sink; the shell adds confighttp.ClientConfig (the
// endpoint is the site URL, e.g. https://acme.atlassian.net).
type Config struct {
	tracker.Settings `mapstructure:",squash"`
	// Deployment is "cloud" (default) or "server" (also Data Center).
	Deployment string `mapstructure:"deployment"`
	Project    string `mapstructure:"project"`
	IssueType  string `mapstructure:"issue_type"`
	// Email with Token authenticates Cloud (Basic); without Email the token
	// is sent as a Bearer personal access token (Server/DC).
	Email string              `mapstructure:"email"`
	Token configopaque.String `mapstructure:"token"`
	// ReopenTransition and CloseTransition name transitions (or their
	// target status); empty picks one by status category.
	ReopenTransition   string   `mapstructure:"reopen_transition"`
	CloseTransition    string   `mapstructure:"close_transition"`
	WontFixResolutions []string `mapstructure:"wontfix_resolutions"`
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	return Config{
		Settings: tracker.DefaultSettings(), Deployment: Cloud, IssueType: "Bug",
		WontFixResolutions: []string{"Won't Do", "Won't Fix", "Duplicate"},
	}
}

// Validate checks the config.
func (c Config) Validate() error {
	var errs []error
	if c.Deployment != Cloud && c.Deployment != Server {
		errs = append(errs, fmt.Errorf("jira: deployment must be %q or %q", Cloud, Server))
	}
	if c.Project == "" || c.IssueType == "" {
		errs = append(errs, errors.New("jira: project and issue_type are required"))
	}
	if c.Token == "" {
		errs = append(errs, errors.New("jira: token is required"))
	}
	return errors.Join(append(errs, c.Settings.Validate())...)
}

// NewSink returns a Jira sink for endpoint (the site base URL).
func NewSink(cfg Config, endpoint string, hc *http.Client, store tracker.Store, opts tracker.Options) (*tracker.Sink, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if endpoint == "" {
		return nil, errors.New("jira: endpoint is required")
	}
	site := strings.TrimRight(endpoint, "/")
	v := "3"
	if cfg.Deployment == Server {
		v = "2"
	}
	b := &Backend{cfg: cfg, site: site, api: site + "/rest/api/" + v}
	b.c = tracker.NewClient(hc, cfg.Settings, opts, func(h http.Header) {
		if cfg.Email != "" {
			r := http.Request{Header: h}
			r.SetBasicAuth(cfg.Email, string(cfg.Token))
		} else {
			h.Set("Authorization", "Bearer "+string(cfg.Token))
		}
	})
	return tracker.NewSink(b, b.c, cfg.Settings, store, opts)
}

// Backend implements tracker.Backend for Jira.
type Backend struct {
	cfg       Config
	site, api string
	c         *tracker.Client
	// created holds ids of issues this process created, sent as
	// reconcileIssues so v3 search sees them at once.
	created []int64
}

func (b *Backend) cloud() bool { return b.cfg.Deployment != Server }

// ID implements tracker.Backend.
func (b *Backend) ID() string { return "jira:" + b.site + "/" + b.cfg.Project }

// BodyLimit implements tracker.Backend.
func (b *Backend) BodyLimit() int { return BodyLimit }

// BodyLen implements tracker.Backend.
func (b *Backend) BodyLen(md string) int {
	if b.cloud() {
		raw, _ := json.Marshal(ToADF(md))
		return utf8.RuneCount(raw)
	}
	return utf8.RuneCountInString(ToWiki(md))
}

// MarkerLabel implements tracker.Backend (Jira labels allow no spaces;
// "fp-" keeps JQL quoting trivial).
func (b *Backend) MarkerLabel(fp string) string { return "fp-" + fp }

// ConsistentFind implements tracker.Backend: JQL search lags writes, so an
// unconfirmed create waits SearchGracePeriod before a re-create.
func (b *Backend) ConsistentFind() bool { return false }

func (b *Backend) text(md string) any {
	if b.cloud() {
		return ToADF(md)
	}
	return ToWiki(md)
}

type named struct {
	Name           string `json:"name"`
	StatusCategory *struct {
		Key string `json:"key"`
	} `json:"statusCategory,omitempty"`
}

type issue struct {
	ID     string `json:"id"`
	Key    string `json:"key"`
	Fields struct {
		Status         *named   `json:"status"`
		Resolution     *named   `json:"resolution"`
		ResolutionDate string   `json:"resolutiondate"`
		Labels         []string `json:"labels"`
	} `json:"fields"`
}

var fieldList = []string{"status", "resolution", "resolutiondate", "labels"}

func (b *Backend) ticket(i issue) *tracker.Ticket {
	t := &tracker.Ticket{ID: i.Key, InternalID: i.ID, URL: b.site + "/browse/" + i.Key, Open: true, Labels: i.Fields.Labels}
	if s := i.Fields.Status; s != nil && s.StatusCategory != nil && s.StatusCategory.Key == "done" {
		t.Open = false
	}
	if !t.Open {
		if r := i.Fields.Resolution; r != nil {
			for _, w := range b.cfg.WontFixResolutions {
				if strings.EqualFold(w, r.Name) {
					t.WontFix = true
				}
			}
		}
		t.ClosedAt = parseTime(i.Fields.ResolutionDate)
	}
	return t
}

func parseTime(s string) time.Time {
	for _, layout := range []string{"2006-01-02T15:04:05.000-0700", time.RFC3339Nano, "2006-01-02T15:04:05-0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// Find runs JQL on the marker label (v3: with reconcileIssues).
func (b *Backend) Find(ctx context.Context, fp string) (*tracker.Ticket, error) {
	jql := fmt.Sprintf(`project = %q AND labels = %q ORDER BY created ASC`, b.cfg.Project, b.MarkerLabel(fp))
	var out struct {
		Issues []issue `json:"issues"`
	}
	var err error
	if b.cloud() {
		body := map[string]any{"jql": jql, "fields": fieldList, "maxResults": 10}
		if len(b.created) > 0 {
			body["reconcileIssues"] = b.created
		}
		// A search is a read: safe to resend.
		err = b.c.Do(ctx, tracker.Request{Method: http.MethodPost, URL: b.api + "/search/jql", Body: body, Idempotent: true}, &out)
	} else {
		q := url.Values{"jql": {jql}, "fields": {strings.Join(fieldList, ",")}, "maxResults": {"10"}}
		err = b.c.Do(ctx, tracker.Request{Method: http.MethodGet, URL: b.api + "/search?" + q.Encode(), Idempotent: true}, &out)
	}
	if err != nil {
		return nil, err
	}
	for _, i := range out.Issues {
		if slices.Contains(i.Fields.Labels, b.MarkerLabel(fp)) {
			return b.ticket(i), nil
		}
	}
	return nil, nil
}

// Get implements tracker.Backend.
func (b *Backend) Get(ctx context.Context, id string) (*tracker.Ticket, error) {
	var out issue
	u := b.api + "/issue/" + url.PathEscape(id) + "?fields=" + strings.Join(fieldList, ",")
	err := b.c.Do(ctx, tracker.Request{Method: http.MethodGet, URL: u, Idempotent: true}, &out)
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
	fields := map[string]any{
		"project":     map[string]any{"key": b.cfg.Project},
		"issuetype":   map[string]any{"name": b.cfg.IssueType},
		"summary":     c.Title,
		"description": b.text(c.Body),
		"labels":      c.Labels,
	}
	var out struct {
		ID  string `json:"id"`
		Key string `json:"key"`
	}
	if err := b.c.Do(ctx, tracker.Request{Method: http.MethodPost, URL: b.api + "/issue", Body: map[string]any{"fields": fields}}, &out); err != nil {
		return nil, err
	}
	if out.Key == "" {
		return nil, errors.New("jira: create answered without a key")
	}
	if id, err := strconv.ParseInt(out.ID, 10, 64); err == nil {
		b.created = append(b.created, id)
		if len(b.created) > 50 {
			b.created = b.created[len(b.created)-50:]
		}
	}
	return &tracker.Ticket{ID: out.Key, InternalID: out.ID, URL: b.site + "/browse/" + out.Key, Open: true}, nil
}

// Update implements tracker.Backend.
func (b *Backend) Update(ctx context.Context, id string, c tracker.Content) error {
	body := map[string]any{"fields": map[string]any{"summary": c.Title, "description": b.text(c.Body)}}
	return b.c.Do(ctx, tracker.Request{Method: http.MethodPut, URL: b.api + "/issue/" + url.PathEscape(id), Body: body, Idempotent: true}, nil)
}

// Comment implements tracker.Backend.
func (b *Backend) Comment(ctx context.Context, id string, tr tracker.Transition) error {
	return b.c.Do(ctx, tracker.Request{Method: http.MethodPost, URL: b.api + "/issue/" + url.PathEscape(id) + "/comment", Body: map[string]any{"body": b.text(tr.Text)}}, nil)
}

type transition struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	To   named  `json:"to"`
}

// move applies the transition named want, or the first one into one of
// the status categories cats.
func (b *Backend) move(ctx context.Context, id, want string, cats ...string) error {
	u := b.api + "/issue/" + url.PathEscape(id) + "/transitions"
	var out struct {
		Transitions []transition `json:"transitions"`
	}
	if err := b.c.Do(ctx, tracker.Request{Method: http.MethodGet, URL: u, Idempotent: true}, &out); err != nil {
		return err
	}
	pick := ""
	if want != "" {
		for _, t := range out.Transitions {
			if strings.EqualFold(t.Name, want) || strings.EqualFold(t.To.Name, want) {
				pick = t.ID
				break
			}
		}
	}
	for _, cat := range cats {
		for _, t := range out.Transitions {
			if pick == "" && want == "" && t.To.StatusCategory != nil && t.To.StatusCategory.Key == cat {
				pick = t.ID
			}
		}
	}
	if pick == "" {
		return fmt.Errorf("jira: %s: no transition %q among %d available", id, want, len(out.Transitions))
	}
	return b.c.Do(ctx, tracker.Request{Method: http.MethodPost, URL: u, Body: map[string]any{"transition": map[string]any{"id": pick}}}, nil)
}

// Reopen implements tracker.Backend.
func (b *Backend) Reopen(ctx context.Context, id string, c tracker.Content) error {
	if err := b.labels(ctx, id, "remove", c.DropLabels); err != nil {
		return err
	}
	return b.move(ctx, id, b.cfg.ReopenTransition, "new", "indeterminate")
}

// Close implements tracker.Backend. A duplicate (c.DuplicateOf) gets
// c.Labels (the merged label) added before the close transition; the
// resolution is the transition's (a "Duplicate" resolution needs a
// transition screen with the field, which a workflow may not have), and
// the "Duplicate of" comment links the survivor.
func (b *Backend) Close(ctx context.Context, id string, c tracker.Content) error {
	if c.DuplicateOf != "" {
		if err := b.labels(ctx, id, "add", c.Labels); err != nil {
			return err
		}
	}
	return b.move(ctx, id, b.cfg.CloseTransition, "done")
}

// labels adds or removes labels with an issue edit's "update" operations
// (the issue's other labels stay).
func (b *Backend) labels(ctx context.Context, id, op string, labels []string) error {
	if len(labels) == 0 {
		return nil
	}
	ops := make([]map[string]string, 0, len(labels))
	for _, l := range labels {
		ops = append(ops, map[string]string{op: l})
	}
	body := map[string]any{"update": map[string]any{"labels": ops}}
	return b.c.Do(ctx, tracker.Request{Method: http.MethodPut, URL: b.api + "/issue/" + url.PathEscape(id), Body: body, Idempotent: true}, nil)
}
