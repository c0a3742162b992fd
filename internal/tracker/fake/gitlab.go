package fake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// GitLab is a fake GitLab Issues REST v4 API (PRIVATE-TOKEN auth).
type GitLab struct {
	tracked
}

// NewGitLab starts a fake GitLab. SetToken("<token>") makes it check
// PRIVATE-TOKEN.
func NewGitLab() *GitLab {
	g := &GitLab{}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/v4/projects/{id}/issues", g.create)
	mux.HandleFunc("GET /api/v4/projects/{id}/issues", g.list)
	mux.HandleFunc("GET /api/v4/projects/{id}/issues/{iid}", g.get)
	mux.HandleFunc("PUT /api/v4/projects/{id}/issues/{iid}", g.put)
	mux.HandleFunc("POST /api/v4/projects/{id}/issues/{iid}/notes", g.note)
	g.start(mux, "PRIVATE-TOKEN")
	return g
}

// CloseIssue closes an issue as a person would, adding labels (e.g.
// "backlog:wontfix").
func (g *GitLab) CloseIssue(iid int, labels ...string) {
	g.edit(iid, func(i *Issue) {
		i.State, i.ClosedAt = "closed", g.Now().UTC()
		i.Labels = append(i.Labels, labels...)
	})
}

func (g *GitLab) json(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func (g *GitLab) render(r *http.Request, i *Issue) map[string]any {
	var closedAt any
	if i.State == "closed" {
		closedAt = i.ClosedAt.Format(time.RFC3339Nano)
	}
	return map[string]any{
		"id": i.Number + 5000, "iid": i.Number, "project_id": 42, "title": i.Title, "description": i.Body,
		"state": i.State, "labels": slices.Clone(i.Labels), "closed_at": closedAt,
		"web_url":    fmt.Sprintf("https://gitlab.example/%s/-/issues/%d", r.PathValue("id"), i.Number),
		"created_at": i.CreatedAt.Format(time.RFC3339Nano),
	}
}

func (g *GitLab) issue(w http.ResponseWriter, r *http.Request) *Issue {
	n, _ := strconv.Atoi(r.PathValue("iid"))
	i := g.is.m[n]
	if i == nil {
		g.json(w, http.StatusNotFound, map[string]string{"message": "404 Issue Not Found"})
	}
	return i
}

func splitLabels(s string) []string {
	var out []string
	for _, l := range strings.Split(s, ",") {
		if l = strings.TrimSpace(l); l != "" && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

func (g *GitLab) create(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Title       string `json:"title"`
		Description string `json:"description"`
		Labels      string `json:"labels"`
	}
	if !decodeJSON(w, r, &in, func() bool { return in.Title != "" }, g.badRequest("title is missing")) {
		return
	}
	if len([]rune(in.Description)) > 1048576 {
		g.json(w, http.StatusBadRequest, map[string]any{"message": map[string][]string{"description": {"is too long (maximum is 1048576 characters)"}}})
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	i := &Issue{Title: in.Title, Body: in.Description, State: "opened", Labels: splitLabels(in.Labels), CreatedAt: g.Now().UTC()}
	g.is.add(i)
	g.json(w, http.StatusCreated, g.render(r, i))
}

func (g *GitLab) list(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	want := splitLabels(q.Get("labels"))
	state := q.Get("state")
	if state == "" {
		state = "all"
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	out := []map[string]any{}
	for _, i := range g.is.list() {
		if (state == "all" || i.State == state) && hasAll(i.Labels, want) {
			out = append(out, g.render(r, &i))
		}
	}
	g.json(w, http.StatusOK, out)
}

func (g *GitLab) get(w http.ResponseWriter, r *http.Request) {
	g.withIssue(w, r, g.issue, func(i *Issue) { g.json(w, http.StatusOK, g.render(r, i)) })
}

// badRequest answers GitLab's 400 with message.
func (g *GitLab) badRequest(message string) func(http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		g.json(w, http.StatusBadRequest, map[string]string{"error": message})
	}
}

func (g *GitLab) put(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Title        *string `json:"title"`
		Description  *string `json:"description"`
		StateEvent   string  `json:"state_event"`
		AddLabels    string  `json:"add_labels"`
		RemoveLabels string  `json:"remove_labels"`
	}
	if !decodeJSON(w, r, &in, nil, g.badRequest("bad json")) {
		return
	}
	g.withIssue(w, r, g.issue, func(i *Issue) {
		if in.Title != nil {
			i.Title = *in.Title
		}
		if in.Description != nil {
			i.Body = *in.Description
		}
		switch in.StateEvent {
		case "close":
			i.State, i.ClosedAt = "closed", g.Now().UTC()
		case "reopen":
			i.State, i.ClosedAt = "opened", time.Time{}
		case "":
		default:
			g.badRequest("state_event does not have a valid value")(w)
			return
		}
		for _, l := range splitLabels(in.AddLabels) {
			if !slices.Contains(i.Labels, l) {
				i.Labels = append(i.Labels, l)
			}
		}
		drop := splitLabels(in.RemoveLabels)
		i.Labels = slices.DeleteFunc(i.Labels, func(l string) bool { return slices.Contains(drop, l) })
		g.json(w, http.StatusOK, g.render(r, i))
	})
}

func (g *GitLab) note(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Body string `json:"body"`
	}
	if !decodeJSON(w, r, &in, func() bool { return in.Body != "" }, g.badRequest("body is missing")) {
		return
	}
	g.withIssue(w, r, g.issue, func(i *Issue) {
		i.Comments = append(i.Comments, in.Body)
		g.json(w, http.StatusCreated, map[string]any{"id": len(i.Comments), "body": in.Body, "noteable_iid": i.Number})
	})
}
