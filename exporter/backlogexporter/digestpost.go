package backlogexporter // import "github.com/otelcol-backlog/otelcol-backlog/exporter/backlogexporter"

// Posting completed digests to the webhook sinks (h7, issue #16 part 1).

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/digest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/webhook"
)

// EventDigest is the webhook event of a completed digest.
const EventDigest = "digest"

// maxPendingDigests bounds the digests a sink keeps for retry.
const maxPendingDigests = 8

// digestPayload is the JSON body of a digest event.
type digestPayload struct {
	Event  string         `json:"event"`
	Title  string         `json:"title"`
	Body   string         `json:"body"`
	Digest *digest.Digest `json:"digest"`
}

// digestPoster posts completed digests to one webhook, on its sink's
// goroutine; failed posts stay pending and are retried at the next sync.
type digestPoster struct {
	endpoint, secret string
	hc               *http.Client
	timeout          time.Duration

	mu      sync.Mutex
	pending []postedDigest
}

type postedDigest struct {
	key  string
	body []byte
}

// newDigestPoster returns the poster of a webhook sink, or nil when
// digests are not posted.
func (e *backlogExporter) newDigestPoster(c WebhookConfig, hc *http.Client) *digestPoster {
	if !e.cfg.Digest.PostToWebhooks || e.digest == nil {
		return nil
	}
	return &digestPoster{endpoint: c.Endpoint, secret: string(c.Secret), hc: hc, timeout: c.SyncTimeout}
}

// enqueue prepares the event of a completed digest: the Idempotency-Key is
// the period, so a receiver drops a re-delivery of the same period.
func (p *digestPoster) enqueue(d *digest.Digest, md []byte) error {
	body, err := json.Marshal(digestPayload{
		Event: EventDigest, Title: fmt.Sprintf("Backlog digest %s %s", d.Period, d.Start.Format("2006-01-02")), Body: string(md), Digest: d,
	})
	if err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.pending = append(p.pending, postedDigest{key: "digest:" + d.Period + ":" + d.Start.Format(time.RFC3339), body: body})
	if len(p.pending) > maxPendingDigests {
		p.pending = p.pending[len(p.pending)-maxPendingDigests:]
	}
	return nil
}

// post sends the pending events in order, stopping at the first failure.
func (p *digestPoster) post(ctx context.Context) error {
	p.mu.Lock()
	todo := append([]postedDigest(nil), p.pending...)
	p.mu.Unlock()
	sent := 0
	var err error
	for _, d := range todo {
		if err = p.send(ctx, d); err != nil {
			break
		}
		sent++
	}
	p.mu.Lock()
	p.pending = p.pending[min(sent, len(p.pending)):]
	p.mu.Unlock()
	return err
}

func (p *digestPoster) send(ctx context.Context, d postedDigest) error {
	if p.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, p.timeout)
		defer cancel()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.endpoint, bytes.NewReader(d.body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(webhook.HeaderEvent, EventDigest)
	req.Header.Set(webhook.HeaderIdempotency, d.key)
	if p.secret != "" {
		req.Header.Set(webhook.HeaderSignature, webhook.Sign(p.secret, d.body))
	}
	resp, err := p.hc.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("digest webhook: %s", resp.Status)
	}
	return nil
}
