package tracker

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cenkalti/backoff/v7"
	"golang.org/x/time/rate"
)

// StatusError is a non-2xx answer.
type StatusError struct {
	Method, URL string
	Code        int
	Body        string
}

func (e *StatusError) Error() string {
	b := e.Body
	if len(b) > 200 {
		b = b[:200] + "..."
	}
	return fmt.Sprintf("tracker: %s %s: HTTP %d: %s", e.Method, e.URL, e.Code, b)
}

// IsStatus reports whether err is a StatusError with the given code.
func IsStatus(err error, code int) bool {
	var se *StatusError
	return errors.As(err, &se) && se.Code == code
}

// RateLimitError means the tracker asked to wait longer than MaxRetryWait;
// the Sink keeps the work pending until Until.
type RateLimitError struct {
	Until time.Time
}

func (e *RateLimitError) Error() string {
	return "tracker: rate limited until " + e.Until.UTC().Format(time.RFC3339)
}

// Request is one API call.
type Request struct {
	Method string
	URL    string
	// Body is JSON-encoded unless nil.
	Body   any
	Header http.Header
	// Idempotent requests are resent after transport errors and 5xx;
	// others (creates, comments) only after an explicit rate-limit refusal,
	// so an ambiguous failure is resolved by the Sink's marker lookup.
	Idempotent bool
}

// Client sends API requests: one at a time, token-bucket limited, honouring
// Retry-After and rate-limit headers, with exponential backoff and jitter.
type Client struct {
	hc     *http.Client
	header func(http.Header)
	s      Settings
	clock  Clock
	stats  *statsRecorder
	writes *rate.Limiter
	reads  *rate.Limiter

	mu           sync.Mutex
	blockedUntil time.Time
}

// NewClient returns a Client. header sets authentication and fixed headers
// on every request.
func NewClient(hc *http.Client, s Settings, opts Options, header func(http.Header)) *Client {
	if hc == nil {
		hc = http.DefaultClient
	}
	opts = opts.withDefaults()
	lim := func(rps float64) *rate.Limiter {
		if rps <= 0 {
			return rate.NewLimiter(rate.Inf, 1)
		}
		return rate.NewLimiter(rate.Limit(rps), 1)
	}
	return &Client{
		hc: hc, header: header, s: s, clock: opts.Clock,
		stats:  newStatsRecorder(),
		writes: lim(s.WritesPerSecond),
		reads:  lim(s.ReadsPerSecond),
	}
}

// BlockedUntil is the end of the current rate-limit pause, if any.
func (c *Client) BlockedUntil() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.blockedUntil
}

func (c *Client) block(until time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if until.After(c.blockedUntil) {
		c.blockedUntil = until
	}
}

// Do sends req and decodes a JSON answer into out (when non-nil).
func (c *Client) Do(ctx context.Context, req Request, out any) error {
	var payload []byte
	if req.Body != nil {
		var err error
		if payload, err = json.Marshal(req.Body); err != nil {
			return err
		}
	}
	lim := c.reads
	if req.Method != http.MethodGet && req.Method != http.MethodHead {
		lim = c.writes
	}
	start := c.clock.Now()
	// The retry schedule (exponential, capped, jittered) is backoff's; the
	// elapsed-time limit is checked below on the injected clock, and the
	// caller's deadline with fits.
	bo := backoff.ExponentialBackOff{
		InitialInterval:     c.s.BackOff.InitialInterval,
		RandomizationFactor: c.s.BackOff.RandomizationFactor,
		Multiplier:          c.s.BackOff.Multiplier,
		MaxInterval:         c.s.BackOff.MaxInterval,
	}
	bo.Reset()
	for attempt := 0; ; attempt++ {
		if attempt > 0 {
			c.stats.add(func(s *Stats) { s.Retries++ })
		}
		if until := c.BlockedUntil(); until.After(c.clock.Now()) {
			wait := until.Sub(c.clock.Now())
			if wait > c.s.MaxRetryWait || !fits(ctx, wait) {
				return &RateLimitError{Until: until}
			}
			if err := c.clock.Sleep(ctx, wait); err != nil {
				return err
			}
		}
		now := c.clock.Now()
		if d := lim.ReserveN(now, 1).DelayFrom(now); d > 0 {
			if err := c.clock.Sleep(ctx, d); err != nil {
				return err
			}
		}
		code, hdr, body, err := c.send(ctx, req, payload)
		c.stats.add(func(s *Stats) { s.Requests++ })
		if err == nil && code/100 == 2 {
			c.noteRemaining(hdr)
			if out != nil && len(body) > 0 {
				if err := json.Unmarshal(body, out); err != nil {
					return fmt.Errorf("tracker: %s %s: decode: %w", req.Method, req.URL, err)
				}
			}
			return nil
		}
		c.stats.add(func(s *Stats) {
			if s.FailedRequests == nil {
				s.FailedRequests = map[int]int64{}
			}
			s.FailedRequests[code]++
		})
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var failure error
		retriable := req.Idempotent
		if err != nil {
			failure = fmt.Errorf("tracker: %s %s: %w", req.Method, req.URL, err)
		} else {
			failure = &StatusError{Method: req.Method, URL: req.URL, Code: code, Body: string(body)}
			if wait, limited := c.rateLimited(code, hdr, body); limited {
				c.stats.add(func(s *Stats) { s.RateLimited++ })
				until := c.clock.Now().Add(max(wait, time.Second))
				c.block(until)
				if c.clock.Now().Sub(start) > max(c.s.BackOff.MaxElapsedTime, c.s.MaxRetryWait) {
					return &RateLimitError{Until: until}
				}
				continue // refused, not processed: safe to resend any request
			}
			retriable = retriable && (code >= 500 || code == http.StatusRequestTimeout)
		}
		if !retriable || !c.s.BackOff.Enabled {
			return failure
		}
		next := bo.NextBackOff()
		if c.s.BackOff.MaxElapsedTime > 0 && c.clock.Now().Add(next).Sub(start) > c.s.BackOff.MaxElapsedTime {
			return failure
		}
		if !fits(ctx, next) {
			return failure // the caller's deadline (sync_timeout) comes first
		}
		if err := c.clock.Sleep(ctx, next); err != nil {
			return err
		}
	}
}

// fits reports whether a wait of d ends before ctx's deadline. Deadlines
// are wall-clock time, whatever the injected Clock says.
func fits(ctx context.Context, d time.Duration) bool {
	dl, ok := ctx.Deadline()
	return !ok || time.Until(dl) >= d
}

func (c *Client) send(ctx context.Context, req Request, payload []byte) (int, http.Header, []byte, error) {
	var rd io.Reader
	if payload != nil {
		rd = bytes.NewReader(payload)
	}
	hr, err := http.NewRequestWithContext(ctx, req.Method, req.URL, rd)
	if err != nil {
		return 0, nil, nil, err
	}
	if payload != nil {
		hr.Header.Set("Content-Type", "application/json")
	}
	hr.Header.Set("Accept", "application/json")
	hr.Header.Set("User-Agent", "otelcol-backlog")
	if c.header != nil {
		c.header(hr.Header)
	}
	for k, v := range req.Header {
		hr.Header[k] = v
	}
	resp, err := c.hc.Do(hr)
	if err != nil {
		return 0, nil, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 16<<20))
	if err != nil {
		return 0, nil, nil, err
	}
	return resp.StatusCode, resp.Header, body, nil
}

// rateLimited recognises a refusal for rate reasons and how long to wait:
// 429, or 403 with Retry-After / exhausted quota / GitHub's secondary-limit
// message (documented: wait at least a minute).
func (c *Client) rateLimited(code int, h http.Header, body []byte) (time.Duration, bool) {
	if code != http.StatusTooManyRequests && code != http.StatusForbidden {
		return 0, false
	}
	if d, ok := parseRetryAfter(h.Get("Retry-After"), c.clock.Now()); ok {
		return d, true
	}
	if remainingZero(h) {
		if t, ok := resetTime(h); ok {
			return max(t.Sub(c.clock.Now()), time.Second), true
		}
		return time.Minute, true
	}
	if code == http.StatusTooManyRequests {
		return max(c.s.BackOff.InitialInterval, time.Second), true
	}
	if strings.Contains(strings.ToLower(string(body)), "rate limit") {
		return time.Minute, true
	}
	return 0, false
}

// noteRemaining pauses before the next request when a successful answer
// says the quota is spent.
func (c *Client) noteRemaining(h http.Header) {
	if remainingZero(h) {
		if t, ok := resetTime(h); ok {
			c.block(t)
		}
	}
}

func remainingZero(h http.Header) bool {
	for _, k := range []string{"X-Ratelimit-Remaining", "Ratelimit-Remaining"} {
		if v := h.Get(k); v != "" {
			return strings.TrimSpace(v) == "0"
		}
	}
	return false
}

// resetTime reads x-ratelimit-reset (GitHub: epoch seconds; Jira: ISO 8601)
// or RateLimit-Reset (GitLab: epoch seconds).
func resetTime(h http.Header) (time.Time, bool) {
	for _, k := range []string{"X-Ratelimit-Reset", "Ratelimit-Reset"} {
		v := strings.TrimSpace(h.Get(k))
		if v == "" {
			continue
		}
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			return time.Unix(n, 0), true
		}
		for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02T15:04Z"} {
			if t, err := time.Parse(layout, v); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}
