package fake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Jira is a fake Jira serving Cloud REST v3 and Server/DC REST v2 (issue,
// comment, transitions, search). Workflow: "To Do" (new), "In Progress"
// (indeterminate), "Done" (done).
type Jira struct {
	tracked
	project string
	// SearchLag hides issues younger than this from searches unless their
	// id is in reconcileIssues, like Jira's eventually consistent index.
	SearchLag time.Duration
}

// NewJira starts a fake Jira for project key (e.g. "OPS").
func NewJira(project string) *Jira {
	j := &Jira{project: project}
	mux := http.NewServeMux()
	for _, v := range []string{"2", "3"} {
		p := "/rest/api/" + v
		mux.HandleFunc("POST "+p+"/issue", j.create)
		mux.HandleFunc("GET "+p+"/issue/{key}", j.get)
		mux.HandleFunc("PUT "+p+"/issue/{key}", j.put)
		mux.HandleFunc("POST "+p+"/issue/{key}/comment", j.comment)
		mux.HandleFunc("GET "+p+"/issue/{key}/transitions", j.transitions)
		mux.HandleFunc("POST "+p+"/issue/{key}/transitions", j.transition)
	}
	mux.HandleFunc("POST /rest/api/3/search/jql", j.searchJQL)
	mux.HandleFunc("GET /rest/api/2/search", j.searchV2)
	j.start(mux, "Authorization")
	return j
}

// Resolve moves an issue to Done with a resolution, as a person would.
func (j *Jira) Resolve(key, resolution string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if i := j.byKey(key); i != nil {
		i.State, i.StateReason, i.ClosedAt = "Done", resolution, j.Now().UTC()
	}
}

// AddLabel adds a label as a person would.
func (j *Jira) AddLabel(key, label string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if i := j.byKey(key); i != nil {
		addLabel(i, label)
	}
}

func (j *Jira) byKey(key string) *Issue {
	for _, i := range j.is.m {
		if i.Key == key || strconv.Itoa(10000+i.Number) == key {
			return i
		}
	}
	return nil
}

func (j *Jira) json(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json;charset=UTF-8")
	w.WriteHeader(code)
	if v != nil {
		json.NewEncoder(w).Encode(v)
	}
}

func (j *Jira) errorf(w http.ResponseWriter, code int, format string, a ...any) {
	j.json(w, code, map[string]any{"errorMessages": []string{fmt.Sprintf(format, a...)}, "errors": map[string]string{}})
}

var categories = map[string]string{"To Do": "new", "In Progress": "indeterminate", "Done": "done"}

func (j *Jira) render(r *http.Request, i *Issue) map[string]any {
	var res, resDate any
	if i.StateReason != "" {
		res = map[string]any{"name": i.StateReason}
	}
	if i.State == "Done" {
		resDate = i.ClosedAt.Format("2006-01-02T15:04:05.000-0700")
	}
	return map[string]any{
		"id": strconv.Itoa(10000 + i.Number), "key": i.Key,
		"self": "http://" + r.Host + "/rest/api/3/issue/" + strconv.Itoa(10000+i.Number),
		"fields": map[string]any{
			"summary": i.Title, "labels": slices.Clone(i.Labels), "resolution": res, "resolutiondate": resDate,
			"status": map[string]any{"name": i.State, "statusCategory": map[string]any{"key": categories[i.State]}},
		},
	}
}

func (j *Jira) issue(w http.ResponseWriter, r *http.Request) *Issue {
	i := j.byKey(r.PathValue("key"))
	if i == nil {
		j.errorf(w, http.StatusNotFound, "Issue does not exist or you do not have permission to see it.")
	}
	return i
}

// text checks a v3 body is an ADF doc and a v2 body a string, and returns
// its size in characters.
func textOK(r *http.Request, v any) (int, bool) {
	raw, _ := json.Marshal(v)
	if strings.HasPrefix(r.URL.Path, "/rest/api/3/") {
		m, ok := v.(map[string]any)
		return len([]rune(string(raw))), ok && m["type"] == "doc"
	}
	s, ok := v.(string)
	return len([]rune(s)), ok
}

func (j *Jira) create(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Fields struct {
			Project     struct{ Key string }  `json:"project"`
			IssueType   struct{ Name string } `json:"issuetype"`
			Summary     string                `json:"summary"`
			Description any                   `json:"description"`
			Labels      []string              `json:"labels"`
		} `json:"fields"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		j.errorf(w, http.StatusBadRequest, "bad json: %v", err)
		return
	}
	f := in.Fields
	if f.Project.Key != j.project || f.IssueType.Name == "" || f.Summary == "" || len(f.Summary) > 255 {
		j.errorf(w, http.StatusBadRequest, "project, issuetype and summary (<=255) are required")
		return
	}
	if n, ok := textOK(r, f.Description); !ok || n > 32767 {
		j.errorf(w, http.StatusBadRequest, "description: wrong format or longer than 32767 characters")
		return
	}
	for _, l := range f.Labels {
		if strings.ContainsAny(l, " \t") {
			j.errorf(w, http.StatusBadRequest, "labels cannot contain spaces")
			return
		}
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	i := &Issue{Title: f.Summary, Description: f.Description, State: "To Do", Labels: f.Labels, CreatedAt: j.Now().UTC()}
	j.is.add(i)
	i.Key = fmt.Sprintf("%s-%d", j.project, i.Number)
	i.Body = bodyText(f.Description)
	j.json(w, http.StatusCreated, map[string]any{"id": strconv.Itoa(10000 + i.Number), "key": i.Key, "self": "http://" + r.Host + "/rest/api/3/issue/" + strconv.Itoa(10000+i.Number)})
}

// bodyText is a description or comment body as text: a v2 string as it
// is, a v3 ADF document as JSON.
func bodyText(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// badJSON answers Jira's 400 for a body that does not parse.
func (j *Jira) badJSON(w http.ResponseWriter) { j.errorf(w, http.StatusBadRequest, "bad json") }

func (j *Jira) get(w http.ResponseWriter, r *http.Request) {
	j.withIssue(w, r, j.issue, func(i *Issue) { j.json(w, http.StatusOK, j.render(r, i)) })
}

func (j *Jira) put(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Fields map[string]any `json:"fields"`
		Update struct {
			Labels []struct {
				Add    string `json:"add"`
				Remove string `json:"remove"`
			} `json:"labels"`
		} `json:"update"`
	}
	if !decodeJSON(w, r, &in, nil, j.badJSON) {
		return
	}
	j.withIssue(w, r, j.issue, func(i *Issue) {
		for _, op := range in.Update.Labels {
			if strings.ContainsAny(op.Add, " \t") {
				j.errorf(w, http.StatusBadRequest, "labels cannot contain spaces")
				return
			}
			if op.Add != "" && !slices.Contains(i.Labels, op.Add) {
				i.Labels = append(i.Labels, op.Add)
			}
			if op.Remove != "" {
				i.Labels = slices.DeleteFunc(i.Labels, func(l string) bool { return l == op.Remove })
			}
		}
		if s, ok := in.Fields["summary"].(string); ok {
			i.Title = s
		}
		if d, ok := in.Fields["description"]; ok {
			if n, ok := textOK(r, d); !ok || n > 32767 {
				j.errorf(w, http.StatusBadRequest, "description: wrong format or too long")
				return
			}
			i.Description = d
			i.Body = bodyText(d)
		}
		j.json(w, http.StatusNoContent, nil)
	})
}

func (j *Jira) comment(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Body any `json:"body"`
	}
	if !decodeJSON(w, r, &in, nil, j.badJSON) {
		return
	}
	if _, ok := textOK(r, in.Body); !ok {
		j.errorf(w, http.StatusBadRequest, "comment body: wrong format")
		return
	}
	j.withIssue(w, r, j.issue, func(i *Issue) {
		i.Comments = append(i.Comments, bodyText(in.Body))
		j.json(w, http.StatusCreated, map[string]any{"id": strconv.Itoa(len(i.Comments)), "body": in.Body})
	})
}

var workflow = []struct{ id, name, to string }{
	{"11", "Back to do", "To Do"},
	{"21", "Start progress", "In Progress"},
	{"31", "Done", "Done"},
}

func (j *Jira) transitions(w http.ResponseWriter, r *http.Request) {
	j.withIssue(w, r, j.issue, func(i *Issue) {
		out := []map[string]any{}
		for _, t := range workflow {
			if t.to != i.State {
				out = append(out, map[string]any{"id": t.id, "name": t.name, "to": map[string]any{"name": t.to, "statusCategory": map[string]any{"key": categories[t.to]}}})
			}
		}
		j.json(w, http.StatusOK, map[string]any{"transitions": out})
	})
}

func (j *Jira) transition(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Transition struct{ ID string } `json:"transition"`
	}
	if !decodeJSON(w, r, &in, nil, j.badJSON) {
		return
	}
	j.withIssue(w, r, j.issue, func(i *Issue) {
		for _, t := range workflow {
			if t.id == in.Transition.ID && t.to != i.State {
				i.State = t.to
				if t.to == "Done" {
					i.StateReason, i.ClosedAt = "Done", j.Now().UTC()
				} else {
					i.StateReason, i.ClosedAt = "", time.Time{}
				}
				j.json(w, http.StatusNoContent, nil)
				return
			}
		}
		j.errorf(w, http.StatusBadRequest, "Transition id '%s' is not valid for this issue.", in.Transition.ID)
	})
}

var (
	jqlLabel   = regexp.MustCompile(`labels\s*=\s*"([^"]+)"`)
	jqlProject = regexp.MustCompile(`project\s*=\s*"([^"]+)"`)
)

func (j *Jira) search(w http.ResponseWriter, r *http.Request, jql string, reconcile []int64) {
	lm, pm := jqlLabel.FindStringSubmatch(jql), jqlProject.FindStringSubmatch(jql)
	if lm == nil || pm == nil {
		j.errorf(w, http.StatusBadRequest, "fake supports project = \"X\" AND labels = \"Y\" only: %q", jql)
		return
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	out := []map[string]any{}
	for _, i := range j.is.list() {
		if pm[1] != j.project || !slices.Contains(i.Labels, lm[1]) {
			continue
		}
		if j.SearchLag > 0 && j.Now().Sub(i.CreatedAt) < j.SearchLag && !slices.Contains(reconcile, int64(10000+i.Number)) {
			continue // not indexed yet
		}
		out = append(out, j.render(r, &i))
	}
	j.json(w, http.StatusOK, map[string]any{"issues": out, "isLast": true})
}

func (j *Jira) searchJQL(w http.ResponseWriter, r *http.Request) {
	var in struct {
		JQL       string  `json:"jql"`
		Reconcile []int64 `json:"reconcileIssues"`
	}
	if !decodeJSON(w, r, &in, nil, j.badJSON) {
		return
	}
	j.search(w, r, in.JQL, in.Reconcile)
}

func (j *Jira) searchV2(w http.ResponseWriter, r *http.Request) {
	j.search(w, r, r.URL.Query().Get("jql"), nil)
}
