package fake

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
)

// Event is one delivered webhook event.
type Event struct {
	Key     string
	Type    string
	Payload map[string]any
}

// Webhook is a fake webhook receiver: it checks X-Backlog-Signature when a
// secret is set and drops deliveries whose Idempotency-Key it has seen.
type Webhook struct {
	base
	secret string
	seen   map[string]bool
	events []Event
}

// NewWebhook starts a receiver at URL().
func NewWebhook(secret string) *Webhook {
	w := &Webhook{secret: secret, seen: map[string]bool{}}
	w.start(http.HandlerFunc(w.serve), "")
	return w
}

// Events returns accepted, de-duplicated events in order.
func (w *Webhook) Events() []Event {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]Event(nil), w.events...)
}

func (w *Webhook) serve(rw http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if r.Method != http.MethodPost {
		rw.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	if w.secret != "" {
		m := hmac.New(sha256.New, []byte(w.secret))
		m.Write(body)
		want := "sha256=" + hex.EncodeToString(m.Sum(nil))
		if !hmac.Equal([]byte(want), []byte(r.Header.Get("X-Backlog-Signature"))) {
			rw.WriteHeader(http.StatusUnauthorized)
			return
		}
	}
	key := r.Header.Get("Idempotency-Key")
	var p map[string]any
	if key == "" || json.Unmarshal(body, &p) != nil {
		rw.WriteHeader(http.StatusBadRequest)
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.seen[key] {
		w.seen[key] = true
		typ, _ := p["event"].(string)
		w.events = append(w.events, Event{Key: key, Type: typ, Payload: p})
	}
	rw.WriteHeader(http.StatusAccepted)
}
