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

	"go.uber.org/zap"

	"github.com/otelcol-backlog/otelcol-backlog/internal/digest"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker"
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

// digestPostsKey is the storage key of the queued tracker posts.
const digestPostsKey = "digest_posts"

// trackerPosts are the last maxPendingDigests completed digests as
// tracker posts, oldest first. The flush goroutine appends; the sink
// goroutines read. Every sink publishes each of them once (Sink.Publish
// keeps one issue per period: a post that has its issue costs no request).
type trackerPosts struct {
	mu    sync.Mutex
	posts []tracker.Post
}

func (q *trackerPosts) snapshot() []tracker.Post {
	q.mu.Lock()
	defer q.mu.Unlock()
	return append([]tracker.Post(nil), q.posts...)
}

// digestPostKey names a period's post: digest-daily-20260302.
func digestPostKey(d *digest.Digest) string {
	return "digest-" + d.Period + "-" + d.Start.Format("20060102")
}

// queueDigestPost queues a completed digest for the trackers and persists
// the queue (with a storage extension). It returns the failures.
func (e *backlogExporter) queueDigestPost(d *digest.Digest, md []byte) int64 {
	if !e.cfg.Digest.PostToTrackers {
		return 0
	}
	p := tracker.Post{Key: digestPostKey(d), Title: fmt.Sprintf("Backlog digest %s %s", d.Period, d.Start.Format("2006-01-02")), Body: string(md)}
	q := &e.digestPosts
	q.mu.Lock()
	kept := q.posts[:0]
	for _, o := range q.posts {
		if o.Key != p.Key {
			kept = append(kept, o)
		}
	}
	q.posts = append(kept, p)
	if len(q.posts) > maxPendingDigests {
		q.posts = q.posts[len(q.posts)-maxPendingDigests:]
	}
	data, err := json.Marshal(q.posts)
	q.mu.Unlock()
	if err == nil && e.client != nil {
		err = e.client.Set(context.Background(), digestPostsKey, data)
	}
	if err != nil {
		e.logger.Warn("Cannot persist the digest posts; a restart before they are posted loses them", zap.Error(err))
		return 1
	}
	return 0
}

// restoreDigestPosts reads the queued posts back (Start, with storage).
func (e *backlogExporter) restoreDigestPosts(ctx context.Context) {
	if !e.cfg.Digest.PostToTrackers {
		return
	}
	data, err := e.client.Get(ctx, digestPostsKey)
	if err != nil || len(data) == 0 {
		return
	}
	var posts []tracker.Post
	if err := json.Unmarshal(data, &posts); err != nil {
		e.logger.Warn("Queued digest posts unreadable; dropped", zap.Error(err))
		return
	}
	e.digestPosts.mu.Lock()
	e.digestPosts.posts = posts
	e.digestPosts.mu.Unlock()
}

// publishDigests makes sure each queued digest has its one issue in s's
// tracker, oldest first, stopping at the first failure (retried at the
// next sync).
func (e *backlogExporter) publishDigests(ctx context.Context, s *sink) {
	for _, p := range e.digestPosts.snapshot() {
		ref, created, err := s.Publish(ctx, p, e.now())
		if err != nil {
			if !tracker.IsDeferred(err) {
				e.logger.Warn("Digest issue not posted; retried at the next sync", zap.String("tracker", s.ID()), zap.String("digest", p.Key), zap.Error(err))
			}
			return
		}
		if created {
			e.logger.Info("Digest posted", zap.String("tracker", s.ID()), zap.String("digest", p.Key), zap.String("issue", ref.URL))
		}
	}
}
