package sinktest_test

// Posts (the review digest of a period, issue #16) on every tracker that
// keeps issues: exactly one issue per key whatever fails in between, and
// every request conforms to the published API descriptions (skipped,
// loudly, without ../shared/specs).

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/contract"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/github"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/gitlab"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/jira"
)

type postEnv struct {
	*fake.Harness
	f     fake.Tracker
	limit int // the tracker's body limit
}

type postTracker struct {
	name  string
	start func(t *testing.T) postEnv
}

func postTrackers() []postTracker {
	return []postTracker{
		{"github", func(t *testing.T) postEnv {
			g := fake.NewGitHub()
			h := fake.NewHarness(t, g, t0, "fp:")
			cfg := github.DefaultConfig()
			cfg.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
			cfg.Owner, cfg.Repo, cfg.Token, cfg.Labels = "acme", "shop", "t", []string{"backlog"}
			h.Start(func(url string, hc *http.Client, store tracker.Store, opts tracker.Options) (*tracker.Sink, error) {
				return github.NewSink(cfg, url, hc, store, opts)
			})
			if contract.Present(contract.GitHubSpec) {
				v := contract.GitHub(t)
				t.Cleanup(func() { t.Logf("contract: %d requests validated", v.ValidateAll(t, g.Requests())) })
			} else {
				t.Logf("CONTRACT NOT CHECKED: %s not found in %s", contract.GitHubSpec, contract.SpecDir())
			}
			return postEnv{h, g, github.BodyLimit}
		}},
		{"gitlab", func(t *testing.T) postEnv {
			g := fake.NewGitLab()
			h := fake.NewHarness(t, g, t0, "fp:")
			cfg := gitlab.DefaultConfig()
			cfg.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
			cfg.Project, cfg.Token = "42", "t"
			h.Start(func(url string, hc *http.Client, store tracker.Store, opts tracker.Options) (*tracker.Sink, error) {
				return gitlab.NewSink(cfg, url, hc, store, opts)
			})
			return postEnv{h, g, gitlab.BodyLimit}
		}},
		{"jira-cloud", func(t *testing.T) postEnv {
			j := fake.NewJira("OPS")
			j.SetToken("Basic " + base64.StdEncoding.EncodeToString([]byte("bot@acme.example:t")))
			h := fake.NewHarness(t, j, t0, "fp-")
			cfg := jira.DefaultConfig()
			cfg.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
			cfg.Deployment, cfg.Project, cfg.Token, cfg.Email = jira.Cloud, "OPS", "t", "bot@acme.example"
			h.Start(func(url string, hc *http.Client, store tracker.Store, opts tracker.Options) (*tracker.Sink, error) {
				return jira.NewSink(cfg, url, hc, store, opts)
			})
			if contract.Present(contract.JiraV3Spec) {
				v := contract.JiraV3(t)
				validate := contract.ADF(t)
				t.Cleanup(func() {
					t.Logf("contract: %d requests validated", v.ValidateAll(t, j.Requests()))
					for _, r := range j.Requests() {
						if r.Method != http.MethodPost || !strings.HasSuffix(r.Path, "/issue") {
							continue
						}
						var body struct {
							Fields map[string]any `json:"fields"`
						}
						require.NoError(t, json.Unmarshal(r.Body, &body))
						assert.NoError(t, validate(body.Fields["description"]), "ADF of the post")
					}
				})
			} else {
				t.Logf("CONTRACT NOT CHECKED: %s not found in %s", contract.JiraV3Spec, contract.SpecDir())
			}
			return postEnv{h, j, jira.BodyLimit}
		}},
	}
}

const postKey = "digest-weekly-20261123"

func digestPost() tracker.Post {
	return tracker.Post{
		Key:   postKey,
		Title: "Backlog digest weekly 2026-11-23",
		Body: "# Weekly backlog digest\n\n| # | Title |\n|--:|-------|\n| 1 | checkout failed for jane.doe@example.com |\n\n" +
			"- **New** (1):\n  - `a1b2c3d4e5f60718` boom\n",
	}
}

func (e postEnv) publish(t *testing.T, p tracker.Post) (tracker.TicketRef, bool, error) {
	t.Helper()
	return e.Sink.Publish(context.Background(), p, e.Clock.Now())
}

// TestPostOncePerKey: a post creates one issue carrying its marker label
// and footer; publishing it again (same sink, a restart, lost state)
// creates nothing more, and a sink whose state is intact sends no request.
func TestPostOncePerKey(t *testing.T) {
	for _, tr := range postTrackers() {
		t.Run(tr.name, func(t *testing.T) {
			e := tr.start(t)
			ref, created, err := e.publish(t, digestPost())
			require.NoError(t, err)
			assert.True(t, created)
			is := e.Only(postKey)
			assert.Equal(t, "Backlog digest weekly 2026-11-23", is.Title)
			shown := is.Body + jsonOf(is.Description)
			assert.True(t, strings.Contains(shown, "backlog fingerprint: `"+postKey+"`") || strings.Contains(shown, `"text":"`+postKey+`"`), "marker footer")
			assert.NotContains(t, shown, "jane.doe@example.com", "redacted")
			if is.Description != nil {
				assert.Contains(t, shown, `"type":"tableHeader"`, "the table is a table in Jira")
			}
			assert.NotEmpty(t, ref.ID)

			n := len(e.f.Requests())
			again, created, err := e.publish(t, digestPost())
			require.NoError(t, err)
			assert.False(t, created)
			assert.Equal(t, ref.ID, again.ID)
			assert.Len(t, e.f.Requests(), n, "an issued post costs no request")

			e.Restart()
			_, created, err = e.publish(t, digestPost())
			require.NoError(t, err)
			assert.False(t, created)

			e.LoseState()
			again, created, err = e.publish(t, digestPost())
			require.NoError(t, err)
			assert.False(t, created, "found by its marker")
			assert.Equal(t, ref.ID, again.ID)
			assert.Equal(t, int64(1), e.Sink.Stats().Adopted)
			e.Only(postKey)

			// Another period is another issue.
			p := digestPost()
			p.Key = "digest-weekly-20261130"
			_, created, err = e.publish(t, p)
			require.NoError(t, err)
			assert.True(t, created)
			e.Only(postKey)
			e.Only(p.Key)
		})
	}
}

// TestPostCreateAnswerLost: the tracker created the issue but the answer
// never came (connection dropped: the kill -9 case too, as the intent is
// persisted before the create); after a restart the post is found by its
// marker instead of created again. On Jira, whose search lags, the sink
// waits the search grace period rather than risk a second issue.
func TestPostCreateAnswerLost(t *testing.T) {
	for _, tr := range postTrackers() {
		t.Run(tr.name, func(t *testing.T) {
			e := tr.start(t)
			if j, ok := e.f.(*fake.Jira); ok {
				j.SearchLag = time.Minute
			}
			e.f.Inject(fake.Fault{Method: http.MethodPost, Path: "/issue", Mode: fake.DropAfter})
			_, _, err := e.publish(t, digestPost())
			require.Error(t, err)
			require.Len(t, e.f.Issues(), 1, "the tracker created it")

			e.Restart()
			_, created, err := e.publish(t, digestPost())
			if tr.name == "jira-cloud" {
				require.Error(t, err)
				assert.True(t, tracker.IsDeferred(err), "%v", err)
				e.Clock.Advance(10 * time.Minute) // past the grace period and the index lag
				_, created, err = e.publish(t, digestPost())
			}
			require.NoError(t, err)
			assert.False(t, created)
			e.Only(postKey)
		})
	}
}

// TestPostOutage: during an outage the post fails and is created once when
// the tracker is back, across a restart.
func TestPostOutage(t *testing.T) {
	for _, tr := range postTrackers() {
		t.Run(tr.name, func(t *testing.T) {
			e := tr.start(t)
			e.f.Inject(fake.Fault{Status: http.StatusServiceUnavailable, Times: -1})
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			defer cancel()
			_, _, err := e.Sink.Publish(ctx, digestPost(), e.Clock.Now())
			require.Error(t, err)
			assert.Empty(t, e.f.Issues())
			e.Restart()
			if c, ok := e.f.(interface{ ClearFaults() }); ok {
				c.ClearFaults()
			}
			_, created, err := e.publish(t, digestPost())
			require.NoError(t, err)
			assert.True(t, created)
			e.Only(postKey)
		})
	}
}

// TestPostBodyFitsTheLimit: a post longer than the tracker allows is cut
// at whole lines; the truncation note and the marker footer stay.
func TestPostBodyFitsTheLimit(t *testing.T) {
	for _, tr := range postTrackers() {
		t.Run(tr.name, func(t *testing.T) {
			e := tr.start(t)
			p := digestPost()
			line := "- a line of the digest that repeats\n"
			p.Body += strings.Repeat(line, e.limit/len(line)+10)
			_, _, err := e.publish(t, p)
			require.NoError(t, err)
			body := e.Only(postKey).Body + jsonOf(e.Only(postKey).Description)
			assert.True(t, strings.Contains(body, "truncated to fit"), "truncation note")
			assert.True(t, strings.HasSuffix(strings.TrimSpace(e.Only(postKey).Body), "keep this line)") || strings.Contains(body, `"text":"`+postKey+`"`), "footer kept")
		})
	}
}

func TestPostKeyValidated(t *testing.T) {
	e := postTrackers()[0].start(t)
	for _, k := range []string{"", "Digest", "digest weekly", "digest/../x", strings.Repeat("d", 41)} {
		_, _, err := e.publish(t, tracker.Post{Key: k, Title: "x", Body: "y"})
		assert.Error(t, err, k)
	}
	assert.Empty(t, e.f.Requests())
}

func jsonOf(v any) string {
	if v == nil {
		return ""
	}
	b, _ := json.Marshal(v)
	return string(b)
}
