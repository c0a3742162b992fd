// Package sinktest_test runs scenarios across every sink kind.
package sinktest_test

import (
	"context"
	"encoding/base64"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/github"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/gitlab"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/jira"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/webhook"
)

var t0 = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

var secrets = []string{
	"jane.doe@example.com",
	"ghp_abcdefghijklmnopqrstuvwxyz0123456789",
	"glpat-abcdefghij0123456789",
	"xoxb-1234567890-abcdefghij",
	"AKIAABCDEFGHIJKLMNOP",
	"sk_live_abcdefghijklmnop1234",
	"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
	"hunter2pass",
	"4111 1111 1111 1111",
	"4111111111111111",
	"cust-778899",
	"s3cr3tB34rer",
}

func planted(fp string, rank int) backlog.Item {
	it := fake.Item(fp, rank, t0)
	it.Title = "login failed for jane.doe@example.com"
	it.Template = "auth with token ghp_abcdefghijklmnopqrstuvwxyz0123456789 failed"
	it.Exemplars = append(it.Exemplars,
		backlog.Exemplar{Time: t0, Body: "calling https://svc:hunter2pass@db.internal/x with Authorization: Bearer s3cr3tB34rer", TraceID: "4bf92f3577b34da6a3ce929d0e0e4736"},
		backlog.Exemplar{Time: t0, Body: "card 4111 1111 1111 1111 / 4111111111111111 declined for cust-778899"},
		backlog.Exemplar{Time: t0, Body: "keys glpat-abcdefghij0123456789 xoxb-1234567890-abcdefghij AKIAABCDEFGHIJKLMNOP sk_live_abcdefghijklmnop1234"},
		backlog.Exemplar{Time: t0, Body: "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"},
	)
	it.Operations = map[string]int64{"GET https://svc:hunter2pass@db.internal/x": 3}
	it.ScoreBreakdown.Notes = append(it.ScoreBreakdown.Notes, "reported by jane.doe@example.com")
	return it
}

type target struct {
	name     string
	requests func() []fake.Request
	sink     *tracker.Sink
}

func targets(t *testing.T, clk *fake.Clock) []target {
	opts := tracker.Options{Clock: clk}
	hc := &http.Client{Timeout: 5 * time.Second}
	custom := []string{`cust-[0-9]{6}`}
	var out []target

	gh := fake.NewGitHub()
	t.Cleanup(gh.Close)
	gcfg := github.DefaultConfig()
	gcfg.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	gcfg.Owner, gcfg.Repo, gcfg.Token, gcfg.RedactPatterns = "acme", "shop", "t", custom
	s, err := github.NewSink(gcfg, gh.URL(), hc, tracker.NewMemStore(), opts)
	require.NoError(t, err)
	out = append(out, target{"github", gh.Requests, s})

	gl := fake.NewGitLab()
	t.Cleanup(gl.Close)
	lcfg := gitlab.DefaultConfig()
	lcfg.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	lcfg.Project, lcfg.Token, lcfg.RedactPatterns = "42", "t", custom
	s, err = gitlab.NewSink(lcfg, gl.URL(), hc, tracker.NewMemStore(), opts)
	require.NoError(t, err)
	out = append(out, target{"gitlab", gl.Requests, s})

	for _, dep := range []string{jira.Cloud, jira.Server} {
		j := fake.NewJira("OPS")
		t.Cleanup(j.Close)
		jcfg := jira.DefaultConfig()
		jcfg.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
		jcfg.Deployment, jcfg.Project, jcfg.Token, jcfg.RedactPatterns = dep, "OPS", "t", custom
		s, err = jira.NewSink(jcfg, j.URL(), hc, tracker.NewMemStore(), opts)
		require.NoError(t, err)
		out = append(out, target{"jira-" + dep, j.Requests, s})
	}

	w := fake.NewWebhook("")
	t.Cleanup(w.Close)
	wcfg := webhook.DefaultConfig()
	wcfg.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	wcfg.RedactPatterns = custom
	s, err = webhook.NewSink(wcfg, w.URL(), hc, tracker.NewMemStore(), opts)
	require.NoError(t, err)
	out = append(out, target{"webhook", w.Requests, s})
	return out
}

// A secret planted anywhere in an item never reaches any tracker: every
// request body (and URL) every fake received is inspected.
func TestPlantedSecretsNeverLeave(t *testing.T) {
	clk := fake.NewClock(t0)
	for _, tg := range targets(t, clk) {
		t.Run(tg.name, func(t *testing.T) {
			it := planted("a1b2c3d4e5f60718", 1)
			doc := func() backlog.Document { return backlog.Document{Items: []backlog.Item{it}} }
			_, err := tg.sink.Sync(context.Background(), doc(), clk.Now())
			require.NoError(t, err)
			it.State, it.Count = backlog.StateEscalating, 999 // update + comment
			_, err = tg.sink.Sync(context.Background(), doc(), clk.Now())
			require.NoError(t, err)
			reqs := tg.requests()
			require.NotEmpty(t, reqs)
			writes := 0
			for _, r := range reqs {
				if len(r.Body) > 0 {
					writes++
				}
				hay := r.Path + "?" + r.RawQuery + "\n" + string(r.Body)
				for _, sec := range secrets {
					assert.NotContainsf(t, hay, sec, "%s %s leaked a secret", r.Method, r.Path)
					assert.NotContains(t, hay, base64.StdEncoding.EncodeToString([]byte(sec)))
				}
			}
			assert.GreaterOrEqual(t, writes, 3, "create, update and comment were inspected")
			joined := ""
			for _, r := range reqs {
				joined += string(r.Body)
			}
			assert.True(t, strings.Contains(joined, "REDACTED"), "mask visible")
		})
	}
}
