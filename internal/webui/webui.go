// Package webui serves the ranked backlog as one self-contained HTML page
// (inline CSS, JS and SVG sparklines; no external assets) and as JSON.
package webui

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"net"
	"net/http"
	"slices"
	"strings"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

//go:embed page.js
var pageJS string

const css = `body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#1d2330;background:#fafbfc}
h1{font-size:1.4em;margin:0 0 .2em}#generated,#count{color:#667}
.filters{margin:1em 0;display:flex;gap:.8em;flex-wrap:wrap}.filters label{display:flex;flex-direction:column;font-size:.85em;color:#445}
table{border-collapse:collapse;width:100%;background:#fff}th,td{padding:.35em .6em;border-bottom:1px solid #e3e6ea;text-align:left;vertical-align:top}
th{background:#f0f2f5;font-weight:600}.num{text-align:right;font-variant-numeric:tabular-nums}tr.item{cursor:pointer}tr.item:hover{background:#f5f8ff}
.title{font-family:ui-monospace,monospace;font-size:.92em}.badge{display:inline-block;padding:0 .45em;border-radius:.6em;font-size:.8em;background:#e6e8eb;margin-left:.3em}
.badge.new,.badge.regressed{background:#ffe1e1;color:#a40000}.badge.escalating{background:#fff0c2;color:#7a5200}.badge.resolved{background:#ddf5e3;color:#1c6b34}
.badge.muted{background:#eee;color:#888}.spark{color:#2b62d9}.details pre{background:#f6f7f9;padding:.5em;white-space:pre-wrap;max-height:12em;overflow:auto}
.formula{font-family:ui-monospace,monospace}.cause{color:#667;font-size:.85em}
.badge.ai,.ai p{background:#ece6ff;color:#4b2a9a}.ai{border-left:3px solid #8c6be0;padding-left:.6em}h2{font-size:1.1em;margin:1.2em 0 .3em}`

var (
	scriptHash = func() string {
		h := sha256.Sum256([]byte(pageJS))
		return "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
	}()
	csp = "default-src 'none'; script-src " + scriptHash + "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)

const head = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Engineering backlog</title><style>` + css + `</style></head>
<body>
<h1>Engineering backlog</h1>
<div id="generated"></div>
<div id="stats"></div>
<div class="filters">
<label>Service<select id="f-service"><option value="">all</option></select></label>
<label>Team<select id="f-team"><option value="">all</option></select></label>
<label>Journey<select id="f-journey"><option value="">all</option></select></label>
<label>State<select id="f-state"><option value="">all</option></select></label>
<label>Search<input id="f-q" type="search" placeholder="title or fingerprint"></label>
<label>View<select id="f-view"><option value="">problems</option><option value="watchlist">watchlist</option><option value="clusters">clusters</option></select></label>
<span id="count"></span>
</div>
<table><thead><tr><th>#</th><th>Score</th><th>State</th><th>Title</th><th>Team</th><th>Events</th><th>Users</th><th>Cust. min</th><th>Trend</th></tr></thead>
<tbody id="rows"></tbody></table>
<div id="merges" hidden><h2>Similar problems</h2></div>
<script type="application/json" id="backlog-data">`

const mid = `</script>
<script type="application/json" id="clusters-data">`

const tail = `</script>
<script>`

// Handler serves GET / (HTML page), GET /api/backlog (JSON document) and
// GET /api/clusters (every cluster scored on its own, a JSON array).
type Handler struct {
	get func() *backlog.Document
}

// New returns a handler reading the latest document from get on every
// request; get may return nil before the first flush.
func New(get func() *backlog.Document) *Handler { return &Handler{get: get} }

func (h *Handler) doc() *backlog.Document {
	if d := h.get(); d != nil {
		return d
	}
	return &backlog.Document{Items: []backlog.Item{}}
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("X-Frame-Options", "DENY")
	switch strings.TrimSuffix(r.URL.Path, "/") {
	case "/api/backlog":
		js, err := json.Marshal(h.doc())
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(js)
	case "/api/clusters":
		js, err := json.Marshal(clusters(h.doc()))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(js)
	case "":
		d := h.doc()
		js, err := json.Marshal(d) // escapes <, > and & for HTML
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		cs, err := json.Marshal(clusters(d))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		var b bytes.Buffer
		b.Grow(len(head) + len(js) + len(cs) + len(pageJS) + 128)
		b.WriteString(head)
		b.Write(js)
		b.WriteString(mid)
		b.Write(cs)
		b.WriteString(tail)
		b.WriteString(pageJS)
		b.WriteString("</script>\n</body></html>\n")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", csp)
		_, _ = w.Write(b.Bytes())
	default:
		http.NotFound(w, r)
	}
}

// clusters returns the document's clusters, never nil.
func clusters(d *backlog.Document) []backlog.Item {
	if d.Clusters == nil {
		return []backlog.Item{}
	}
	return d.Clusters
}

// LoopbackHosts are the host names a page bound to a loopback address
// answers to.
var LoopbackHosts = []string{"localhost", "127.0.0.1", "::1"}

// IsLoopback reports whether a listen endpoint ("host:port") binds only a
// loopback address: localhost, 127.0.0.0/8 or ::1. An empty host
// (":8787") or 0.0.0.0 binds every interface and is not loopback.
func IsLoopback(endpoint string) bool {
	host, _, err := net.SplitHostPort(endpoint)
	if err != nil {
		host = endpoint
	}
	if strings.EqualFold(strings.TrimSuffix(host, "."), "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// AllowedHosts is the Host allow-list for a server listening on endpoint:
// on a loopback endpoint the loopback names plus extra; elsewhere extra,
// or nil (any Host) when extra is empty.
func AllowedHosts(endpoint string, extra []string) []string {
	if IsLoopback(endpoint) {
		return append(slices.Clone(LoopbackHosts), extra...)
	}
	if len(extra) == 0 {
		return nil
	}
	return slices.Clone(extra)
}

// hostName is the lower-cased host of a Host header without port, square
// brackets or trailing dot.
func hostName(h string) string {
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	return strings.ToLower(strings.TrimSuffix(strings.Trim(h, "[]"), "."))
}

// CheckHost wraps next so that a request whose Host header (any port) is
// not in allowed is refused with 421 Misdirected Request: a page on
// localhost cannot be read through DNS rebinding (a hostile name that
// resolves to 127.0.0.1). allowed nil lets every Host through. On a
// loopback list any loopback IP literal (127.0.0.0/8) is accepted.
func CheckHost(allowed []string, next http.Handler) http.Handler {
	if allowed == nil {
		return next
	}
	set := make(map[string]bool, len(allowed))
	loopback := false
	for _, h := range allowed {
		set[hostName(h)] = true
		loopback = loopback || h == "127.0.0.1"
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := hostName(r.Host)
		ip := net.ParseIP(h)
		if !set[h] && !(loopback && ip != nil && ip.IsLoopback()) {
			http.Error(w, "misdirected request: host not allowed", http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}
