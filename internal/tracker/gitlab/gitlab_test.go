package gitlab

import (
	"encoding/json"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
)

var t0 = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

const (
	fpA = "a1b2c3d4e5f60718"
	fpB = "0f1e2d3c4b5a6978"
)

type env struct {
	*fake.Harness
	g   *fake.GitLab
	cfg Config
}

func newEnv(t *testing.T) *env {
	e := &env{g: fake.NewGitLab()}
	e.Harness = fake.NewHarness(t, e.g, t0, "fp:")
	e.g.SetToken("glpat-test-token")
	e.cfg = DefaultConfig()
	e.cfg.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	e.cfg.Project, e.cfg.Token = "acme/shop", "glpat-test-token"
	e.Start(func(url string, hc *http.Client, store tracker.Store, opts tracker.Options) (*tracker.Sink, error) {
		return NewSink(e.cfg, url, hc, store, opts)
	})
	t.Cleanup(func() { checkRequests(t, e.g.Requests()) })
	return e
}

// checkRequests holds each request to GitLab's documented REST v4 shapes
// (there is no machine-readable description to validate against).
func checkRequests(t *testing.T, reqs []fake.Request) {
	t.Helper()
	base := "/api/v4/projects/acme%2Fshop/issues"
	type shape struct {
		method string
		path   *regexp.Regexp
		fields map[string]string // name -> JSON kind
	}
	shapes := []shape{
		{"GET", regexp.MustCompile(`^` + regexp.QuoteMeta(base) + `(/\d+)?$`), nil},
		{"POST", regexp.MustCompile(`^` + regexp.QuoteMeta(base) + `$`), map[string]string{"title": "string", "description": "string", "labels": "string"}},
		{"PUT", regexp.MustCompile(`^` + regexp.QuoteMeta(base) + `/\d+$`), map[string]string{"title": "string", "description": "string", "state_event": "string", "add_labels": "string", "remove_labels": "string"}},
		{"POST", regexp.MustCompile(`^` + regexp.QuoteMeta(base) + `/\d+/notes$`), map[string]string{"body": "string"}},
	}
	for _, r := range reqs {
		path := r.Path
		if raw := rawPath(r); raw != "" {
			path = raw
		}
		ok := false
		for _, s := range shapes {
			if s.method != r.Method || !s.path.MatchString(path) {
				continue
			}
			ok = true
			if s.fields == nil {
				assert.Empty(t, r.Body)
				continue
			}
			var body map[string]any
			require.NoError(t, json.Unmarshal(r.Body, &body))
			for k, v := range body {
				kind, known := s.fields[k]
				assert.Truef(t, known, "%s %s: undocumented field %q", r.Method, path, k)
				_, isString := v.(string)
				assert.Truef(t, kind != "string" || isString, "%s: field %q must be a string", path, k)
				if k == "state_event" {
					assert.Contains(t, []any{"close", "reopen"}, v)
				}
			}
		}
		assert.Truef(t, ok, "undocumented request %s %s", r.Method, path)
		assert.Equal(t, "glpat-test-token", r.Header.Get("PRIVATE-TOKEN"))
	}
}

// rawPath re-escapes the project segment the way it was sent.
func rawPath(r fake.Request) string {
	return strings.Replace(r.Path, "/projects/acme/shop/", "/projects/acme%2Fshop/", 1)
}

func TestLifecycle(t *testing.T) {
	e := newEnv(t)
	a := fake.Item(fpA, 1, t0)
	res := e.MustSync(a, fake.Item(fpB, 2, t0))
	assert.Equal(t, 2, res.Created)
	is := e.Only(fpA)
	assert.Equal(t, []string{"backlog", "fp:" + fpA}, is.Labels)
	assert.Contains(t, is.Body, tracker.MarkerComment(fpA))
	assert.Equal(t, "https://gitlab.example/acme/shop/-/issues/1", res.Tickets[fpA].URL)

	// Unchanged: no write.
	n := len(e.g.Requests())
	res = e.MustSync(a, fake.Item(fpB, 2, t0))
	assert.Zero(t, res.Updated+res.Created+res.Commented)
	for _, r := range e.g.Requests()[n:] {
		assert.Equal(t, http.MethodGet, r.Method)
	}

	// Escalating: description rewritten, one note.
	a.State, a.Count = backlog.StateEscalating, 700
	res = e.MustSync(a)
	assert.Equal(t, 1, res.Updated)
	assert.Equal(t, 1, res.Commented)
	is = e.Only(fpA)
	assert.Contains(t, is.Body, "700 occurrences")
	require.Len(t, is.Comments, 1)
	assert.Contains(t, is.Comments[0], "Escalating")

	// Closed by a person, then hit again: reopened with state_event.
	e.Clock.Advance(time.Hour)
	e.g.CloseIssue(1)
	a.LastSeen = e.Clock.Now().Add(time.Minute)
	res = e.MustSync(a)
	assert.Equal(t, 1, res.Reopened)
	is = e.Only(fpA)
	assert.Equal(t, "opened", is.State)
	assert.Contains(t, is.Comments[len(is.Comments)-1], "Regressed")
}

func TestWontFixAndMuteLabels(t *testing.T) {
	e := newEnv(t)
	a, b := fake.Item(fpA, 1, t0), fake.Item(fpB, 2, t0)
	e.MustSync(a, b)
	e.Clock.Advance(time.Hour)
	e.g.CloseIssue(1, "backlog:wontfix")
	e.g.AddLabel(2, "backlog:mute")
	a.LastSeen, b.LastSeen = e.Clock.Now(), e.Clock.Now()
	a.State = backlog.StateRegressed
	res := e.MustSync(a, b)
	require.Len(t, res.Feedback, 2)
	assert.Equal(t, tracker.FeedbackMuted, res.Feedback[0].Kind)
	assert.Equal(t, "wontfix", res.Feedback[0].Reason)
	assert.Equal(t, "label", res.Feedback[1].Reason)
	assert.Equal(t, "closed", e.Only(fpA).State)
	assert.Empty(t, e.Only(fpA).Comments)
}

func TestLostStateAndLostAnswer(t *testing.T) {
	e := newEnv(t)
	e.g.Inject(fake.Fault{Method: http.MethodPost, Path: "/issues", Mode: fake.DropAfter})
	_, err := e.Sync(fake.Item(fpA, 1, t0))
	require.Error(t, err)
	res := e.MustSync(fake.Item(fpA, 1, t0))
	assert.Equal(t, 1, res.Adopted)
	e.LoseState()
	res = e.MustSync(fake.Item(fpA, 1, t0), fake.Item(fpB, 2, t0))
	assert.Equal(t, 1, res.Adopted)
	assert.Equal(t, 1, res.Created)
	e.Only(fpA)
	e.Only(fpB)
}

func TestRateLimitHeaders(t *testing.T) {
	e := newEnv(t)
	reset := strconv.FormatInt(t0.Add(30*time.Second).Unix(), 10)
	e.g.Inject(fake.Fault{Method: http.MethodPost, Status: 429, Header: map[string]string{"RateLimit-Remaining": "0", "RateLimit-Reset": reset}})
	res := e.MustSync(fake.Item(fpA, 1, t0))
	assert.Equal(t, 1, res.Created)
	assert.GreaterOrEqual(t, e.Clock.Now().Sub(t0), 30*time.Second)
	e.Only(fpA)
}

func TestConfigValidate(t *testing.T) {
	c := DefaultConfig()
	assert.Error(t, c.Validate())
	c.Project, c.Token = "1", "t"
	assert.NoError(t, c.Validate())
}
