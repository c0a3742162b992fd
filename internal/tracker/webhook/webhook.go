// Package webhook is the generic webhook sink: it POSTs a JSON event per
// change (created, updated, transition, reopened, closed) with the item,
// signed with HMAC-SHA256 (X-Backlog-Signature: sha256=<hex>) and carrying
// an Idempotency-Key that is stable for the same change, so receivers can
// drop re-deliveries.
package webhook

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"

	"go.opentelemetry.io/collector/config/configopaque"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker"
)

// Headers sent with every event.
const (
	HeaderSignature   = "X-Backlog-Signature"
	HeaderEvent       = "X-Backlog-Event"
	HeaderIdempotency = "Idempotency-Key"
)

// Event types.
const (
	EventCreated    = "created"
	EventUpdated    = "updated"
	EventTransition = "transition"
	EventReopened   = "reopened"
	EventClosed     = "closed"
)

// BodyLimit bounds the rendered Markdown in a payload.
const BodyLimit = 1 << 20

// Config configures the sink; the shell adds confighttp.ClientConfig (the
// endpoint is the webhook URL).
type Config struct {
	tracker.Settings `mapstructure:",squash"`
	// Secret keys the HMAC-SHA256 signature of the body.
	Secret configopaque.String `mapstructure:"secret"`
}

// DefaultConfig returns the defaults.
func DefaultConfig() Config {
	s := tracker.DefaultSettings()
	s.WritesPerSecond = 5
	return Config{Settings: s}
}

// Validate checks the config.
func (c Config) Validate() error { return c.Settings.Validate() }

// Payload is the JSON body of every event.
type Payload struct {
	Event string `json:"event"`
	// Transition is set for EventTransition: escalating, regressed, ...
	Transition  string       `json:"transition,omitempty"`
	Fingerprint string       `json:"fingerprint"`
	Title       string       `json:"title"`
	Body        string       `json:"body,omitempty"`
	Comment     string       `json:"comment,omitempty"`
	Labels      []string     `json:"labels,omitempty"`
	Item        backlog.Item `json:"item"`
}

// Sign returns the X-Backlog-Signature value of body.
func Sign(secret string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// NewSink returns a webhook sink posting to endpoint.
func NewSink(cfg Config, endpoint string, hc *http.Client, store tracker.Store, opts tracker.Options) (*tracker.Sink, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	u, err := url.Parse(endpoint)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil, errors.New("webhook: endpoint must be an absolute URL")
	}
	b := &Backend{cfg: cfg, url: endpoint}
	b.c = tracker.NewClient(hc, cfg.Settings, opts, nil)
	return tracker.NewSink(b, b.c, cfg.Settings, store, opts)
}

// Backend implements tracker.Backend for webhooks. It cannot read back, so
// human feedback never comes from it.
type Backend struct {
	cfg Config
	url string
	c   *tracker.Client
}

// ID implements tracker.Backend.
func (b *Backend) ID() string { return "webhook:" + b.url }

// BodyLimit implements tracker.Backend.
func (b *Backend) BodyLimit() int { return BodyLimit }

// BodyLen implements tracker.Backend.
func (b *Backend) BodyLen(md string) int { return len(md) }

// MarkerLabel implements tracker.Backend.
func (b *Backend) MarkerLabel(fp string) string { return "fp:" + fp }

// ConsistentFind implements tracker.Backend.
func (b *Backend) ConsistentFind() bool { return true }

// Find has nothing to look up: after lost state the created event is sent
// again with the same Idempotency-Key.
func (b *Backend) Find(context.Context, string) (*tracker.Ticket, error) { return nil, nil }

// Get cannot read back.
func (b *Backend) Get(context.Context, string) (*tracker.Ticket, error) { return nil, nil }

func (b *Backend) send(ctx context.Context, p Payload, keyParts ...string) error {
	raw, err := json.Marshal(p)
	if err != nil {
		return err
	}
	h := sha256.New()
	for _, k := range keyParts {
		h.Write([]byte(k))
		h.Write([]byte{0})
	}
	hdr := http.Header{}
	hdr.Set(HeaderEvent, p.Event)
	hdr.Set(HeaderIdempotency, p.Fingerprint+"-"+hex.EncodeToString(h.Sum(nil))[:24])
	if b.cfg.Secret != "" {
		hdr.Set(HeaderSignature, Sign(string(b.cfg.Secret), raw))
	}
	return b.c.Do(ctx, tracker.Request{Method: http.MethodPost, URL: b.url, Body: json.RawMessage(raw), Header: hdr, Idempotent: true}, nil)
}

func payload(event string, c tracker.Content) Payload {
	return Payload{Event: event, Fingerprint: c.Fingerprint, Title: c.Title, Body: c.Body, Labels: c.Labels, Item: c.Item}
}

// Create implements tracker.Backend.
func (b *Backend) Create(ctx context.Context, c tracker.Content) (*tracker.Ticket, error) {
	if err := b.send(ctx, payload(EventCreated, c), EventCreated); err != nil {
		return nil, err
	}
	return &tracker.Ticket{ID: c.Fingerprint, Open: true}, nil
}

// Update implements tracker.Backend.
func (b *Backend) Update(ctx context.Context, _ string, c tracker.Content) error {
	return b.send(ctx, payload(EventUpdated, c), EventUpdated, c.Title, c.Body)
}

// Comment implements tracker.Backend.
func (b *Backend) Comment(ctx context.Context, _ string, tr tracker.Transition) error {
	fp := tr.Fingerprint
	if fp == "" {
		fp = tr.Item.Fingerprint
	}
	p := Payload{Event: EventTransition, Transition: tr.Event, Fingerprint: fp, Title: tr.Item.Title, Comment: tr.Text, Item: tr.Item}
	return b.send(ctx, p, EventTransition, tr.Event, tr.Item.LastSeen.String())
}

// Reopen implements tracker.Backend.
func (b *Backend) Reopen(ctx context.Context, _ string, c tracker.Content) error {
	return b.send(ctx, payload(EventReopened, c), EventReopened, c.Item.LastSeen.String())
}

// Close implements tracker.Backend.
func (b *Backend) Close(ctx context.Context, _ string, c tracker.Content) error {
	return b.send(ctx, payload(EventClosed, c), EventClosed, c.Item.LastSeen.String())
}
