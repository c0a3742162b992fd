package fake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Issue is a fake tracker issue (GitHub number / GitLab iid / Jira key).
type Issue struct {
	Number int
	Key    string
	Title  string
	Body   string
	// Description holds Jira's raw description (ADF object or string).
	Description any
	State       string // open / closed (Jira: status name)
	StateReason string // GitHub state_reason, Jira resolution
	Labels      []string
	Comments    []string
	ClosedAt    time.Time
	CreatedAt   time.Time
}

func (i *Issue) clone() Issue {
	c := *i
	c.Labels = slices.Clone(i.Labels)
	c.Comments = slices.Clone(i.Comments)
	return c
}

type issues struct {
	m    map[int]*Issue
	next int
}

func (s *issues) add(i *Issue) {
	if s.m == nil {
		s.m = map[int]*Issue{}
	}
	s.next++
	i.Number = s.next
	s.m[i.Number] = i
}

func (s *issues) list() []Issue {
	out := make([]Issue, 0, len(s.m))
	for _, i := range s.m {
		out = append(out, i.clone())
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Number < out[b].Number })
	return out
}

// GitHub is a fake GitHub Issues REST API.
type GitHub struct {
	tracked
}

// NewGitHub starts a fake GitHub. It requires nothing from Authorization
// unless SetToken("Bearer ...") is called.
func NewGitHub() *GitHub {
	g := &GitHub{}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /repos/{o}/{r}/issues", g.create)
	mux.HandleFunc("GET /repos/{o}/{r}/issues", g.list)
	mux.HandleFunc("GET /repos/{o}/{r}/issues/{n}", g.get)
	mux.HandleFunc("PATCH /repos/{o}/{r}/issues/{n}", g.patch)
	mux.HandleFunc("POST /repos/{o}/{r}/issues/{n}/comments", g.comment)
	mux.HandleFunc("POST /repos/{o}/{r}/issues/{n}/labels", g.addLabels)
	g.start(mux, "Authorization")
	return g
}

// CloseIssue closes an issue as a person would; reason is "completed",
// "not_planned" or "duplicate".
func (g *GitHub) CloseIssue(n int, reason string) {
	g.edit(n, func(i *Issue) { i.State, i.StateReason, i.ClosedAt = "closed", reason, g.Now().UTC() })
}

// ReopenIssue reopens an issue as a person would (its labels stay).
func (g *GitHub) ReopenIssue(n int) {
	g.edit(n, func(i *Issue) { i.State, i.StateReason, i.ClosedAt = "open", "reopened", time.Time{} })
}

// Delete removes an issue.
func (g *GitHub) Delete(n int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	delete(g.is.m, n)
}

func (g *GitHub) json(w http.ResponseWriter, r *http.Request, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-RateLimit-Limit", "5000")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func (g *GitHub) render(r *http.Request, i *Issue) map[string]any {
	labels := make([]map[string]any, len(i.Labels))
	for k, l := range i.Labels {
		labels[k] = map[string]any{"name": l}
	}
	var closedAt, reason any
	if !i.ClosedAt.IsZero() && i.State == "closed" {
		closedAt = i.ClosedAt.Format(time.RFC3339)
	}
	if i.StateReason != "" {
		reason = i.StateReason
	}
	return map[string]any{
		"id": i.Number + 1000, "number": i.Number, "title": i.Title, "body": i.Body,
		"state": i.State, "state_reason": reason, "labels": labels, "closed_at": closedAt,
		"comments":   len(i.Comments),
		"html_url":   fmt.Sprintf("https://github.example/%s/%s/issues/%d", r.PathValue("o"), r.PathValue("r"), i.Number),
		"created_at": i.CreatedAt.Format(time.RFC3339),
	}
}

func (g *GitHub) issue(w http.ResponseWriter, r *http.Request) *Issue {
	n, _ := strconv.Atoi(r.PathValue("n"))
	i := g.is.m[n]
	if i == nil {
		g.json(w, r, http.StatusNotFound, map[string]string{"message": "Not Found"})
	}
	return i
}

func (g *GitHub) create(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Title  string   `json:"title"`
		Body   string   `json:"body"`
		Labels []string `json:"labels"`
	}
	if !decodeJSON(w, r, &in, func() bool { return in.Title != "" }, g.invalid(r)) {
		return
	}
	if len([]rune(in.Body)) > 65536 {
		g.json(w, r, http.StatusUnprocessableEntity, map[string]string{"message": "body is too long (maximum is 65536 characters)"})
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	i := &Issue{Title: in.Title, Body: in.Body, State: "open", Labels: in.Labels, CreatedAt: g.Now().UTC()}
	g.is.add(i)
	g.json(w, r, http.StatusCreated, g.render(r, i))
}

func (g *GitHub) list(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var want []string
	if l := q.Get("labels"); l != "" {
		want = strings.Split(l, ",")
	}
	state := q.Get("state")
	if state == "" {
		state = "open"
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	out := []map[string]any{}
	for _, i := range g.is.list() {
		if (state == "all" || i.State == state) && hasAll(i.Labels, want) {
			out = append(out, g.render(r, &i))
		}
	}
	g.json(w, r, http.StatusOK, out)
}

func (g *GitHub) get(w http.ResponseWriter, r *http.Request) {
	g.withIssue(w, r, g.issue, func(i *Issue) { g.json(w, r, http.StatusOK, g.render(r, i)) })
}

// invalid answers GitHub's 422 for a body it cannot accept.
func (g *GitHub) invalid(r *http.Request) func(http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		g.json(w, r, http.StatusUnprocessableEntity, map[string]string{"message": "Validation Failed"})
	}
}

func (g *GitHub) patch(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Title       *string   `json:"title"`
		Body        *string   `json:"body"`
		State       *string   `json:"state"`
		StateReason *string   `json:"state_reason"`
		Labels      *[]string `json:"labels"`
	}
	if !decodeJSON(w, r, &in, nil, func(w http.ResponseWriter) {
		g.json(w, r, http.StatusBadRequest, map[string]string{"message": "Problems parsing JSON"})
	}) {
		return
	}
	g.withIssue(w, r, g.issue, func(i *Issue) {
		if in.Title != nil {
			i.Title = *in.Title
		}
		if in.Body != nil {
			i.Body = *in.Body
		}
		if in.Labels != nil {
			i.Labels = slices.Clone(*in.Labels)
		}
		if in.State != nil {
			if *in.State == "closed" && i.State != "closed" {
				i.ClosedAt = g.Now().UTC()
			}
			i.State = *in.State
			i.StateReason = ""
			if in.StateReason != nil {
				i.StateReason = *in.StateReason
			}
		}
		g.json(w, r, http.StatusOK, g.render(r, i))
	})
}

func (g *GitHub) comment(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Body string `json:"body"`
	}
	if !decodeJSON(w, r, &in, func() bool { return in.Body != "" }, g.invalid(r)) {
		return
	}
	g.withIssue(w, r, g.issue, func(i *Issue) {
		i.Comments = append(i.Comments, in.Body)
		g.json(w, r, http.StatusCreated, map[string]any{"id": len(i.Comments), "body": in.Body})
	})
}

// addLabels adds labels to an issue (the ones it has stay).
func (g *GitHub) addLabels(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Labels []string `json:"labels"`
	}
	if !decodeJSON(w, r, &in, func() bool { return len(in.Labels) > 0 }, g.invalid(r)) {
		return
	}
	g.withIssue(w, r, g.issue, func(i *Issue) {
		for _, l := range in.Labels {
			if !slices.Contains(i.Labels, l) {
				i.Labels = append(i.Labels, l)
			}
		}
		g.json(w, r, http.StatusOK, g.render(r, i)["labels"])
	})
}
