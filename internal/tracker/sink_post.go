package tracker

// Posts: documents that get exactly one ticket of their own per key, such
// as the review digest of a period (issue #16). They use the recovery of
// every ticket: an intent is persisted before the create, and a post whose
// state is missing or whose create was not confirmed is first looked up by
// its marker label, so a kill -9, a tracker outage or a restart never
// yields a second ticket for the same key.

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Post is a document posted once per Key.
type Post struct {
	// Key names the post: lower-case letters, digits and '-', at most 40
	// characters (it becomes a marker label, "fp:<key>" or "fp-<key>").
	Key string
	// Title is plain text.
	Title string
	// Body is Markdown that places telemetry text inert (package markup);
	// the marker footer is added here, and the body is cut at whole lines
	// to the tracker's limit.
	Body string
}

var postKeyRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,39}$`)

// postKey is the store key of a post's record: apart from the tickets'
// ("/t/"), so a post key never meets a fingerprint's record.
func (k *Sink) postKey(key string) string { return k.be.ID() + "/p/" + key }

// Publish makes sure exactly one ticket carries p.Key and returns it;
// created reports whether this call created it. A post that already has its
// ticket costs no request. A post is written once: a later Publish of the
// same key with another body does not edit the ticket (a period's digest
// is final when it is posted). An error leaves the post to a later Publish
// (an unconfirmed create on a tracker whose search lags waits the search
// grace period, as a ticket does).
func (k *Sink) Publish(ctx context.Context, p Post, now time.Time) (ref TicketRef, created bool, err error) {
	if !postKeyRE.MatchString(p.Key) {
		return ref, false, fmt.Errorf("tracker: post key %q: want [a-z0-9-], at most 40 characters", p.Key)
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	ctx, state, cancel := k.contexts(ctx)
	defer cancel()
	rec, err := k.loadAt(state, k.postKey(p.Key))
	if err != nil {
		return ref, false, err
	}
	if rec != nil && rec.ID != "" {
		return TicketRef{Tracker: k.be.ID(), ID: rec.ID, URL: rec.URL}, false, nil
	}
	t, err := k.be.Find(ctx, p.Key)
	if err != nil {
		return ref, false, err
	}
	if t == nil {
		if rec != nil && rec.Intent && !k.be.ConsistentFind() && now.Sub(rec.IntentAt) < k.s.SearchGracePeriod {
			return ref, false, fmt.Errorf("tracker: post %s: %w (its create is not confirmed and the search may lag)", p.Key, errDeferred)
		}
		c := k.postContent(p)
		rec = &record{Intent: true, IntentAt: now, BodyHash: contentHash(c.Title, c.Body)}
		if err := k.saveAt(state, k.postKey(p.Key), rec); err != nil {
			return ref, false, err
		}
		if t, err = k.be.Create(ctx, c); err != nil {
			return ref, false, err
		}
		created = true
		k.client.stats.add(func(s *Stats) { s.Posted++ })
	} else {
		k.client.stats.add(func(s *Stats) { s.Adopted++ })
	}
	rec = &record{ID: t.ID, InternalID: t.InternalID, URL: t.URL}
	return TicketRef{Tracker: k.be.ID(), ID: t.ID, URL: t.URL}, created, k.saveAt(state, k.postKey(p.Key), rec)
}

// IsDeferred reports whether err only means "not yet" (a post waiting for
// the tracker's search to catch up).
func IsDeferred(err error) bool { return errors.Is(err, errDeferred) }

// postContent is the redacted post with its marker footer, cut at whole
// lines to the tracker's limit.
func (k *Sink) postContent(p Post) Content {
	title := oneLine(k.red.String(p.Title), maxTitle)
	footer := Footer(p.Key)
	main := strings.TrimRight(k.red.String(p.Body), "\n")
	body := main + footer
	if k.be.BodyLen(body) > k.be.BodyLimit() {
		lines := strings.Split(main, "\n")
		cut := func(n int) string { return strings.Join(lines[:n], "\n") + truncatedNote + footer }
		lo, hi := 0, len(lines)
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if k.be.BodyLen(cut(mid)) <= k.be.BodyLimit() {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		body = cut(lo)
	}
	labels := append(slices.Clone(k.s.Labels), k.be.MarkerLabel(p.Key))
	return Content{Fingerprint: p.Key, Title: title, Body: body, Labels: labels}
}
