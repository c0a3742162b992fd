// Package fake provides stateful fake issue trackers (GitHub, GitLab, Jira,
// webhook receiver) on 127.0.0.1 httptest servers. They keep issues, labels
// and comments, record every request, and inject faults: refusals with
// Retry-After, 5xx, and creates whose answer is lost.
package fake

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"time"
)

// Request is one request a fake received.
type Request struct {
	Method   string
	Path     string
	RawQuery string
	Header   http.Header
	Body     []byte
}

// Mode says when and how a Fault hits.
type Mode int

const (
	// Refuse answers Status without processing the request.
	Refuse Mode = iota
	// FailAfter processes the request, then answers Status instead.
	FailAfter
	// DropAfter processes the request, then closes the connection.
	DropAfter
	// HangAfter processes the request, then blocks until the client gives
	// up (its timeout) or the fake is closed.
	HangAfter
)

// Fault is an injected failure for matching requests.
type Fault struct {
	// Method and Path (substring) select requests; empty matches all.
	Method string
	Path   string
	Mode   Mode
	Status int
	Header map[string]string
	Body   string
	// Times is how many requests it hits; 0 means once, -1 forever.
	Times int
}

type base struct {
	mu      sync.Mutex
	reqs    []Request
	faults  []*Fault
	srv     *httptest.Server
	token   string
	authHdr string
	done    chan struct{}
	// Now is the fake's clock (default time.Now); share a test clock.
	Now func() time.Time
}

func (b *base) start(h http.Handler, authHdr string) {
	b.authHdr = authHdr
	b.done = make(chan struct{})
	if b.Now == nil {
		b.Now = time.Now
	}
	b.srv = httptest.NewServer(b.wrap(h))
}

// URL is the base URL of the fake.
func (b *base) URL() string { return b.srv.URL }

// Close stops the server.
func (b *base) Close() {
	close(b.done)
	b.srv.CloseClientConnections()
	b.srv.Close()
}

// Inject adds a fault.
func (b *base) Inject(f Fault) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if f.Times == 0 {
		f.Times = 1
	}
	b.faults = append(b.faults, &f)
}

// ClearFaults removes every pending fault.
func (b *base) ClearFaults() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.faults = nil
}

// SetToken makes the fake require this credential in its auth header
// (the whole header value, e.g. "Bearer t").
func (b *base) SetToken(v string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.token = v
}

// Requests returns every request received so far.
func (b *base) Requests() []Request {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]Request(nil), b.reqs...)
}

// ResetRequests forgets recorded requests.
func (b *base) ResetRequests() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.reqs = nil
}

func (b *base) fault(r *http.Request) *Fault {
	b.mu.Lock()
	defer b.mu.Unlock()
	for i, f := range b.faults {
		if (f.Method == "" || f.Method == r.Method) && strings.Contains(r.URL.Path, f.Path) {
			if f.Times > 0 {
				f.Times--
				if f.Times == 0 {
					b.faults = append(b.faults[:i], b.faults[i+1:]...)
				}
			}
			return f
		}
	}
	return nil
}

func (b *base) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		b.mu.Lock()
		b.reqs = append(b.reqs, Request{Method: r.Method, Path: r.URL.Path, RawQuery: r.URL.RawQuery, Header: r.Header.Clone(), Body: body})
		token := b.token
		b.mu.Unlock()
		if token != "" && r.Header.Get(b.authHdr) != token {
			http.Error(w, `{"message":"Bad credentials"}`, http.StatusUnauthorized)
			return
		}
		f := b.fault(r)
		if f == nil {
			h.ServeHTTP(w, r)
			return
		}
		if f.Mode != Refuse {
			h.ServeHTTP(httptest.NewRecorder(), r)
		}
		switch f.Mode {
		case DropAfter:
			if hj, ok := w.(http.Hijacker); ok {
				if c, _, err := hj.Hijack(); err == nil {
					c.Close()
					return
				}
			}
			w.WriteHeader(http.StatusBadGateway)
		case HangAfter:
			select {
			case <-r.Context().Done():
			case <-b.done:
			}
		default:
			for k, v := range f.Header {
				w.Header().Set(k, v)
			}
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(f.Status)
			io.WriteString(w, f.Body)
		}
	})
}

// tracked is what every issue tracker fake holds: the server and the
// issues.
type tracked struct {
	base
	is issues
}

// Issues returns a copy of every issue, by number.
func (t *tracked) Issues() []Issue {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.is.list()
}

// AddLabel adds a label to issue number n as a person would (GitHub,
// GitLab; Jira's issues are named by key).
func (t *tracked) AddLabel(n int, label string) {
	t.edit(n, func(i *Issue) { addLabel(i, label) })
}

// edit runs f on issue number n, if there is one, under the fake's lock.
func (t *tracked) edit(n int, f func(*Issue)) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if i := t.is.m[n]; i != nil {
		f(i)
	}
}

func addLabel(i *Issue, label string) {
	if !slices.Contains(i.Labels, label) {
		i.Labels = append(i.Labels, label)
	}
}

// decodeJSON reads the JSON body of r into v. When it does not parse, or
// valid (if any) rejects it, reject answers and decodeJSON returns false.
func decodeJSON(w http.ResponseWriter, r *http.Request, v any, valid func() bool, reject func(http.ResponseWriter)) bool {
	if err := json.NewDecoder(r.Body).Decode(v); err != nil || valid != nil && !valid() {
		reject(w)
		return false
	}
	return true
}

// withIssue runs f on the issue that the request names, under the fake's
// lock. find answers the request itself (404) when there is none.
func (b *base) withIssue(w http.ResponseWriter, r *http.Request, find func(http.ResponseWriter, *http.Request) *Issue, f func(*Issue)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if i := find(w, r); i != nil {
		f(i)
	}
}

func hasAll(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
