// Package tracker pushes backlog items to issue trackers. A Sink runs the
// idempotent upsert engine (intent before create, marker lookup, body hash,
// transition comments, human feedback) over a Backend that speaks one
// tracker's REST API through a rate-limited, retrying HTTP client.
package tracker

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

// Store persists sink state (the shell backs it with the Collector storage
// extension client). Get returns (nil, nil) for a missing key.
type Store interface {
	Get(ctx context.Context, key string) ([]byte, error)
	Set(ctx context.Context, key string, val []byte) error
	Delete(ctx context.Context, key string) error
}

// Clock gives the time and sleeps; tests inject a fake one.
type Clock interface {
	Now() time.Time
	// Sleep waits d or until ctx is done.
	Sleep(ctx context.Context, d time.Duration) error
}

// RealClock is the wall clock.
type RealClock struct{}

// Now returns time.Now().
func (RealClock) Now() time.Time { return time.Now() }

// Sleep waits d or until ctx is done.
func (RealClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// MemStore is an in-memory Store, safe for concurrent use.
type MemStore struct {
	mu sync.Mutex
	m  map[string][]byte
}

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore { return &MemStore{m: map[string][]byte{}} }

// Get implements Store.
func (s *MemStore) Get(_ context.Context, key string) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[key]
	if !ok {
		return nil, nil
	}
	return append([]byte(nil), v...), nil
}

// Set implements Store.
func (s *MemStore) Set(_ context.Context, key string, val []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[key] = append([]byte(nil), val...)
	return nil
}

// Delete implements Store.
func (s *MemStore) Delete(_ context.Context, key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, key)
	return nil
}

// Wipe forgets everything (simulates lost local state).
func (s *MemStore) Wipe() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m = map[string][]byte{}
}

// Len returns the number of stored keys.
func (s *MemStore) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.m)
}

// Ticket is a tracker's view of one issue.
type Ticket struct {
	// ID is the issue number (GitHub, GitLab iid) or key (Jira).
	ID string
	// InternalID is the tracker's numeric id where it differs (Jira id).
	InternalID string
	URL        string
	Open       bool
	// WontFix is set when the ticket was closed as not planned, won't do
	// or duplicate: it stays closed and mutes the cluster.
	WontFix  bool
	ClosedAt time.Time
	Labels   []string
}

// Content is what a sink writes for one item.
type Content struct {
	Fingerprint string
	Title       string
	// Body is Markdown, within the backend's limit, marker footer included.
	Body   string
	Labels []string
	// Item is the redacted item (webhook payloads).
	Item backlog.Item
	// DuplicateOf, on a Close, is the ticket id of the survivor this
	// ticket is closed as a duplicate of (a merge of problems); Labels then
	// holds the merged label (Sink.mergedLabel) to add with the close, so
	// the close can be recognised from the ticket alone after lost state.
	// DropLabels, on a Reopen, lists labels to remove with the reopen;
	// CurrentLabels are the ticket's labels as read this sync (a backend
	// that can only replace labels keeps the others).
	DuplicateOf   string
	DropLabels    []string
	CurrentLabels []string
}

// Event kinds of transition comments.
const (
	EventNewInRelease = "new_in_release"
	EventEscalating   = "escalating"
	EventRegressed    = "regressed"
	EventResolved     = "resolved"
	// EventMerged: the ticket's problem was merged into another; the
	// comment links the survivor's ticket before the close.
	EventMerged = "merged"
	// EventSplit: a problem closed as merged is back under its own id
	// (the merge undone); the comment links the ticket it was merged into
	// after the reopen.
	EventSplit = "split"
)

// Transition is a state change worth a comment.
type Transition struct {
	// Fingerprint is the ticket's key (Content.Fingerprint): the problem
	// id of a problem ticket, else the cluster's fingerprint.
	Fingerprint string
	Event       string
	// Text is the Markdown comment.
	Text string
	Item backlog.Item
}

// Backend speaks one tracker's API. Methods are called by one goroutine at a
// time (the Sink serializes writers).
type Backend interface {
	// ID names the target, e.g. "github:owner/repo"; it prefixes Store keys.
	ID() string
	// BodyLimit is the maximum BodyLen of a ticket body.
	BodyLimit() int
	// BodyLen measures a Markdown body as the tracker will count it.
	BodyLen(markdown string) int
	// MarkerLabel is the per-fingerprint label, e.g. "fp:<fp>".
	MarkerLabel(fp string) string
	// ConsistentFind reports whether Find sees a ticket right after it was
	// created; when false the Sink waits a grace period before re-creating
	// after an unconfirmed create.
	ConsistentFind() bool
	// Find returns the ticket carrying fp's marker label (through a
	// consistent listing, not full-text search), or nil.
	Find(ctx context.Context, fp string) (*Ticket, error)
	// Get reads a ticket; (nil, nil) means the backend cannot read back.
	Get(ctx context.Context, id string) (*Ticket, error)
	Create(ctx context.Context, c Content) (*Ticket, error)
	Update(ctx context.Context, id string, c Content) error
	Comment(ctx context.Context, id string, tr Transition) error
	Reopen(ctx context.Context, id string, c Content) error
	Close(ctx context.Context, id string, c Content) error
}

// ErrNotFound is returned by Backend.Get for a deleted ticket.
var ErrNotFound = errors.New("tracker: ticket not found")
