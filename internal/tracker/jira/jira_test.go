package jira

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/contract"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
)

var t0 = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

const (
	fpA = "a1b2c3d4e5f60718"
	fpB = "0f1e2d3c4b5a6978"
)

type env struct {
	*fake.Harness
	j   *fake.Jira
	cfg Config
}

func newEnv(t *testing.T, deployment string) *env {
	e := &env{j: fake.NewJira("OPS")}
	e.Harness = fake.NewHarness(t, e.j, t0, "fp-")
	e.cfg = DefaultConfig()
	e.cfg.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	e.cfg.Deployment, e.cfg.Project, e.cfg.Token = deployment, "OPS", "jira-api-token"
	e.cfg.TraceURLTemplate = "https://jaeger.example/trace/{{.TraceID}}"
	if deployment == Cloud {
		e.cfg.Email = "bot@acme.example"
		e.j.SetToken("Basic " + base64.StdEncoding.EncodeToString([]byte("bot@acme.example:jira-api-token")))
	} else {
		e.j.SetToken("Bearer jira-api-token")
	}
	e.Start(func(url string, hc *http.Client, store tracker.Store, opts tracker.Options) (*tracker.Sink, error) {
		return NewSink(e.cfg, url, hc, store, opts)
	})
	if contract.Present(contract.JiraV3Spec) { // TestContract skips loudly when absent
		v := contract.JiraV3(t)
		t.Cleanup(func() {
			t.Logf("contract: %d requests validated", v.ValidateAll(t, asV3(e.j.Requests())))
			if deployment == Cloud {
				checkADF(t, e.j.Requests())
			}
		})
	}
	return e
}

// asV3 maps v2 paths onto v3: v2 shares v3's operations; only body formats
// differ, and fields/comment bodies are free-form in the description.
func asV3(reqs []fake.Request) []fake.Request {
	for k := range reqs {
		reqs[k].Path = strings.Replace(reqs[k].Path, "/rest/api/2/", "/rest/api/3/", 1)
	}
	return reqs
}

// TestContract: every kind of request the sink sends (search, create,
// update, comment, transitions) conforms to Jira's published API
// description, and Cloud bodies to the ADF schema. Skipped, loudly, without
// ../shared/specs.
func TestContract(t *testing.T) {
	v := contract.JiraV3(t)
	for _, dep := range []string{Cloud, Server} {
		t.Run(dep, func(t *testing.T) {
			e := newEnv(t, dep)
			a := fake.Item(fpA, 1, t0)
			e.MustSync(a, fake.Item(fpB, 2, t0))
			a.State, a.Count = backlog.StateEscalating, 900
			e.MustSync(a)
			e.Clock.Advance(time.Hour)
			e.j.Resolve("OPS-1", "Done")
			e.MustSync(a)
			a.LastSeen = e.Clock.Now().Add(time.Minute)
			e.MustSync(a)
			require.Positive(t, v.ValidateAll(t, asV3(e.j.Requests())))
			if dep == Cloud {
				checkADF(t, e.j.Requests())
			}
		})
	}
}

// checkADF validates every description and comment body against the ADF
// schema.
func checkADF(t *testing.T, reqs []fake.Request) {
	validate := contract.ADF(t)
	n := 0
	for _, r := range reqs {
		if r.Method == http.MethodGet || len(r.Body) == 0 || strings.HasSuffix(r.Path, "/search/jql") || strings.HasSuffix(r.Path, "/transitions") {
			continue
		}
		var body struct {
			Fields map[string]any `json:"fields"`
			Body   any            `json:"body"`
		}
		require.NoError(t, json.Unmarshal(r.Body, &body))
		for _, doc := range []any{body.Fields["description"], body.Body} {
			if doc == nil {
				continue
			}
			n++
			if err := validate(doc); err != nil {
				t.Errorf("ADF: %s %s: %v", r.Method, r.Path, err)
			}
		}
	}
	t.Logf("ADF: %d documents validated", n)
}

func TestLifecycle(t *testing.T) {
	for _, dep := range []string{Cloud, Server} {
		t.Run(dep, func(t *testing.T) {
			e := newEnv(t, dep)
			a := fake.Item(fpA, 1, t0)
			res := e.MustSync(a, fake.Item(fpB, 2, t0))
			assert.Equal(t, 2, res.Created)
			is := e.Only(fpA)
			assert.Equal(t, "OPS-1", is.Key)
			assert.Equal(t, e.j.URL()+"/browse/OPS-1", res.Tickets[fpA].URL)
			assert.Contains(t, is.Body, "backlog fingerprint: ")
			assert.NotContains(t, is.Body, "<!--")
			assert.Contains(t, is.Body, "https://jaeger.example/trace/4bf92f3577b34da6a3ce929d0e0e4736")
			if dep == Server {
				assert.Contains(t, is.Body, "h2. Impact")
				assert.Contains(t, is.Body, "[trace|https://jaeger.example/trace/4bf92f3577b34da6a3ce929d0e0e4736]")
			} else {
				assert.Contains(t, is.Body, `"type":"heading"`)
			}

			// No change: reads only.
			n := len(e.j.Requests())
			e.MustSync(a, fake.Item(fpB, 2, t0))
			for _, r := range e.j.Requests()[n:] {
				assert.Contains(t, []string{http.MethodGet}, r.Method, r.Path)
			}

			a.State, a.Count = backlog.StateEscalating, 900
			res = e.MustSync(a)
			assert.Equal(t, 1, res.Updated)
			assert.Equal(t, 1, res.Commented)
			assert.Contains(t, e.Only(fpA).Comments[0], "Escalating")

			// Resolved by a person ("Done"), hit again: reopened by transition.
			e.Clock.Advance(time.Hour)
			e.j.Resolve("OPS-1", "Done")
			res = e.MustSync(a)
			assert.Equal(t, tracker.FeedbackResolved, res.Feedback[0].Kind)
			a.LastSeen = e.Clock.Now().Add(time.Minute)
			res = e.MustSync(a)
			assert.Equal(t, 1, res.Reopened)
			is = e.Only(fpA)
			assert.Equal(t, "To Do", is.State)
			assert.Contains(t, is.Comments[len(is.Comments)-1], "Regressed")
		})
	}
}

func TestWontDoAndMuteLabel(t *testing.T) {
	e := newEnv(t, Cloud)
	a, b := fake.Item(fpA, 1, t0), fake.Item(fpB, 2, t0)
	e.MustSync(a, b)
	e.Clock.Advance(time.Hour)
	e.j.Resolve("OPS-1", "Won't Do")
	e.j.AddLabel("OPS-2", "backlog:mute")
	a.LastSeen, b.LastSeen = e.Clock.Now(), e.Clock.Now()
	res := e.MustSync(a, b)
	require.Len(t, res.Feedback, 2)
	assert.Equal(t, "wontfix", res.Feedback[0].Reason)
	assert.Equal(t, "label", res.Feedback[1].Reason)
	assert.Equal(t, "Done", e.Only(fpA).State)
}

func TestCloseResolved(t *testing.T) {
	e := newEnv(t, Cloud)
	e.cfg.CloseResolved = true
	e.Restart()
	a := fake.Item(fpA, 1, t0)
	e.MustSync(a)
	a.State = backlog.StateResolved
	res := e.MustSync(a)
	assert.Equal(t, 1, res.Closed)
	assert.Equal(t, "Done", e.Only(fpA).State)
	res = e.MustSync(a)
	assert.Empty(t, res.Feedback, "closed by us is not human feedback")
	// Regresses: reopened.
	e.Clock.Advance(time.Hour)
	a.State, a.LastSeen = backlog.StateRegressed, e.Clock.Now()
	res = e.MustSync(a)
	assert.Equal(t, 1, res.Reopened)
	assert.Equal(t, "To Do", e.Only(fpA).State)
}

// With a lagging search index, an unconfirmed create waits for the grace
// period instead of creating a duplicate.
func TestSearchLagNoDuplicate(t *testing.T) {
	e := newEnv(t, Cloud)
	e.j.SearchLag = 2 * time.Minute
	e.j.Inject(fake.Fault{Method: http.MethodPost, Path: "/rest/api/3/issue", Mode: fake.FailAfter, Status: 504})
	_, err := e.Sync(fake.Item(fpA, 1, t0))
	require.Error(t, err)
	e.Clock.Advance(time.Minute)
	res := e.MustSync(fake.Item(fpA, 1, t0))
	assert.Equal(t, 1, res.Pending, "deferred, not re-created")
	assert.Len(t, e.j.Issues(), 1)
	e.Clock.Advance(2 * time.Minute)
	res = e.MustSync(fake.Item(fpA, 1, t0))
	assert.Equal(t, 1, res.Adopted)
	assert.Zero(t, res.Pending)
	e.Only(fpA)
}

// Issues this process created are passed as reconcileIssues, so lost local
// state is recovered even before the index catches up.
func TestReconcileIssues(t *testing.T) {
	e := newEnv(t, Cloud)
	e.j.SearchLag = time.Hour
	e.MustSync(fake.Item(fpA, 1, t0))
	e.Store.Wipe()
	res := e.MustSync(fake.Item(fpA, 1, t0))
	assert.Equal(t, 1, res.Adopted)
	e.Only(fpA)
}

func TestBodyLimit(t *testing.T) {
	for _, dep := range []string{Cloud, Server} {
		t.Run(dep, func(t *testing.T) {
			e := newEnv(t, dep)
			a := fake.Item(fpA, 1, t0)
			for range 200 {
				a.Exemplars = append(a.Exemplars, backlog.Exemplar{Time: t0, Body: strings.Repeat("timeout {x} ", 50), TraceID: "4bf92f3577b34da6a3ce929d0e0e4736"})
			}
			res := e.MustSync(a)
			assert.Equal(t, 1, res.Created)
			body := e.Only(fpA).Body
			assert.LessOrEqual(t, len([]rune(body)), BodyLimit)
			assert.Contains(t, body, "omitted to fit")
			assert.Contains(t, body, "backlog fingerprint")
		})
	}
}

func TestConfigValidate(t *testing.T) {
	c := DefaultConfig()
	assert.Error(t, c.Validate())
	c.Project, c.Token = "OPS", "t"
	assert.NoError(t, c.Validate())
	c.Deployment = "onprem"
	assert.Error(t, c.Validate())
}
