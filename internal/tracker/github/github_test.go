package github

import (
	"net/http"
	"strconv"
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
	fpC = "77aa88bb99cc00dd"
)

type env struct {
	*fake.Harness
	g   *fake.GitHub
	cfg Config
}

func newEnv(t *testing.T, mod func(*Config)) *env {
	t.Helper()
	e := &env{g: fake.NewGitHub()}
	e.Harness = fake.NewHarness(t, e.g, t0, "fp:")
	e.g.SetToken("Bearer s3cret-token")
	e.cfg = DefaultConfig()
	e.cfg.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	e.cfg.Owner, e.cfg.Repo, e.cfg.Token = "acme", "shop", "s3cret-token"
	e.cfg.TraceURLTemplate = "https://jaeger.example/trace/{{.TraceID}}"
	if mod != nil {
		mod(&e.cfg)
	}
	e.Start(func(url string, hc *http.Client, store tracker.Store, opts tracker.Options) (*tracker.Sink, error) {
		return NewSink(e.cfg, url, hc, store, opts)
	})
	if contract.Present(contract.GitHubSpec) { // TestContract skips loudly when absent
		v := contract.GitHub(t)
		t.Cleanup(func() {
			n := v.ValidateAll(t, e.g.Requests())
			t.Logf("contract: %d requests validated", n)
		})
	}
	return e
}

// TestContract: every kind of request the sink sends (list by label,
// create, update, comment, reopen, close) conforms to GitHub's published
// API description. Skipped, loudly, without ../shared/specs.
func TestContract(t *testing.T) {
	v := contract.GitHub(t)
	e := newEnv(t, func(c *Config) { c.CloseResolved = true })
	it := item(fpA, 1)
	e.MustSync(it, item(fpB, 2))
	it.Count, it.State = 900, backlog.StateEscalating
	e.MustSync(it)
	e.Clock.Advance(time.Hour)
	e.g.CloseIssue(1, "completed")
	it.LastSeen = e.Clock.Now().Add(time.Minute)
	e.MustSync(it)
	it.State = backlog.StateResolved
	e.MustSync(it)
	methods := map[string]bool{}
	for _, r := range e.g.Requests() {
		methods[r.Method] = true
	}
	assert.Equal(t, map[string]bool{"GET": true, "POST": true, "PATCH": true}, methods)
	require.Positive(t, v.ValidateAll(t, e.g.Requests()))
}

func item(fp string, rank int) backlog.Item { return fake.Item(fp, rank, t0) }

func TestCreateAndIdempotent(t *testing.T) {
	e := newEnv(t, nil)
	res := e.MustSync(item(fpA, 1), item(fpB, 2))
	assert.Equal(t, 2, res.Created)
	by := e.OnePerCluster(fpA, fpB)
	is := by[fpA]
	assert.Equal(t, "[backlog] "+item(fpA, 1).Title, is.Title)
	assert.ElementsMatch(t, []string{"backlog", "fp:" + fpA}, is.Labels)
	for _, want := range []string{"## Impact", "123.4", "37 users", "https://jaeger.example/trace/4bf92f3577b34da6a3ce929d0e0e4736", "`team-payments`", "bank-api", "## Score breakdown", "<!-- backlog:fingerprint=" + fpA + " -->", "backlog fingerprint: `" + fpA + "`"} {
		assert.Contains(t, is.Body, want)
	}
	r0 := e.g.Requests()[0]
	assert.Equal(t, "application/vnd.github+json", r0.Header.Get("Accept"))
	assert.Equal(t, "2022-11-28", r0.Header.Get("X-GitHub-Api-Version"))

	before := e.Writes()
	res = e.MustSync(item(fpA, 1), item(fpB, 2))
	assert.Zero(t, res.Created+res.Updated+res.Commented)
	assert.Equal(t, before, e.Writes(), "an unchanged document must not write")
	assert.Equal(t, "https://github.example/acme/shop/issues/1", res.Tickets[fpA].URL)
	assert.Equal(t, int64(2), e.Sink.Stats().Created)
}

func TestUpdateOnlyWhenContentChanges(t *testing.T) {
	e := newEnv(t, nil)
	it := item(fpA, 1)
	e.MustSync(it)
	it.Count, it.MinutesOfPain = 250, 300
	res := e.MustSync(it)
	assert.Equal(t, 1, res.Updated)
	assert.Contains(t, e.OnePerCluster(fpA)[fpA].Body, "250 occurrences")
	res = e.MustSync(it)
	assert.Zero(t, res.Updated)
}

func TestTransitionComments(t *testing.T) {
	e := newEnv(t, nil)
	it := item(fpA, 1)
	e.MustSync(it)
	for _, tc := range []struct {
		state, release, want string
	}{
		{backlog.StateOngoing, "", ""},
		{backlog.StateEscalating, "", "**Escalating**"},
		{backlog.StateEscalating, "", ""},
		{backlog.StateEscalating, "v1.3.0", "**New in release** `v1.3.0`"},
		{backlog.StateResolved, "v1.3.0", "**Resolved**"},
	} {
		it.State, it.NewInRelease = tc.state, tc.release
		n := len(e.OnePerCluster(fpA)[fpA].Comments)
		e.MustSync(it)
		cs := e.OnePerCluster(fpA)[fpA].Comments
		if tc.want == "" {
			assert.Len(t, cs, n, tc.state)
		} else if assert.Len(t, cs, n+1, tc.state) {
			assert.Contains(t, cs[n], tc.want)
		}
	}
}

func TestHumanCloseAndReopen(t *testing.T) {
	e := newEnv(t, nil)
	it := item(fpA, 1)
	e.MustSync(it)
	e.Clock.Advance(time.Hour)
	e.g.CloseIssue(1, "completed")

	// Not seen since the close: stays closed, reported resolved.
	res := e.MustSync(it)
	assert.Equal(t, []tracker.Feedback{{Fingerprint: fpA, Members: []string{fpA}, Kind: tracker.FeedbackResolved, Tracker: "github:acme/shop", TicketID: "1", URL: "https://github.example/acme/shop/issues/1", Reason: "closed"}}, res.Feedback)
	assert.Equal(t, "closed", e.g.Issues()[0].State)

	// Hit again: reopened as regressed, with a comment.
	it.LastSeen = e.Clock.Now().Add(time.Minute)
	res = e.MustSync(it)
	assert.Equal(t, 1, res.Reopened)
	require.Len(t, res.Feedback, 1)
	assert.Equal(t, tracker.FeedbackRegressed, res.Feedback[0].Kind)
	is := e.OnePerCluster(fpA)[fpA]
	assert.Equal(t, "open", is.State)
	assert.Equal(t, "reopened", is.StateReason)
	require.Len(t, is.Comments, 1)
	assert.Contains(t, is.Comments[0], "**Regressed**")

	// Next sync is quiet.
	res = e.MustSync(it)
	assert.Empty(t, res.Feedback)
	assert.Zero(t, res.Reopened+res.Commented+res.Updated)
}

func TestMutedByHuman(t *testing.T) {
	for _, tc := range []struct {
		name   string
		act    func(g *fake.GitHub)
		reason string
		state  string
	}{
		{"not planned", func(g *fake.GitHub) { g.CloseIssue(1, "not_planned") }, "wontfix", "closed"},
		{"duplicate", func(g *fake.GitHub) { g.CloseIssue(1, "duplicate") }, "wontfix", "closed"},
		{"mute label", func(g *fake.GitHub) { g.AddLabel(1, "backlog:mute") }, "label", "open"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, nil)
			it := item(fpA, 1)
			e.MustSync(it)
			tc.act(e.g)
			it.LastSeen, it.State, it.Count = t0.Add(time.Hour), backlog.StateEscalating, 999
			e.Clock.Advance(2 * time.Hour)
			for range 2 {
				res := e.MustSync(it)
				require.Len(t, res.Feedback, 1)
				assert.Equal(t, tracker.FeedbackMuted, res.Feedback[0].Kind)
				assert.Equal(t, tc.reason, res.Feedback[0].Reason)
				assert.Zero(t, res.Reopened+res.Updated+res.Commented)
			}
			is := e.OnePerCluster(fpA)[fpA]
			assert.Equal(t, tc.state, is.State)
			assert.Empty(t, is.Comments)
		})
	}
}

func TestDeletedTicketMutes(t *testing.T) {
	e := newEnv(t, nil)
	e.MustSync(item(fpA, 1))
	e.g.Delete(1)
	res := e.MustSync(item(fpA, 1))
	require.Len(t, res.Feedback, 1)
	assert.Equal(t, "deleted", res.Feedback[0].Reason)
	assert.Empty(t, e.g.Issues())
}

func TestLostStateRecoversByMarker(t *testing.T) {
	e := newEnv(t, nil)
	e.MustSync(item(fpA, 1), item(fpB, 2))
	e.LoseState()
	it := item(fpA, 1)
	it.State = backlog.StateEscalating
	res := e.MustSync(it, item(fpB, 2), item(fpC, 3))
	assert.Equal(t, 2, res.Adopted)
	assert.Equal(t, 1, res.Created)
	e.OnePerCluster(fpA, fpB, fpC)
}

func TestCreateAnswerLost(t *testing.T) {
	for _, tc := range []struct {
		name  string
		fault fake.Fault
	}{
		{"connection dropped", fake.Fault{Method: http.MethodPost, Path: "/issues", Mode: fake.DropAfter}},
		{"502 after create", fake.Fault{Method: http.MethodPost, Path: "/issues", Mode: fake.FailAfter, Status: http.StatusBadGateway}},
		{"client timeout", fake.Fault{Method: http.MethodPost, Path: "/issues", Mode: fake.HangAfter}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, nil)
			e.HTTP.Timeout = 300 * time.Millisecond
			e.g.Inject(tc.fault)
			res, err := e.Sync(item(fpA, 1))
			require.Error(t, err)
			assert.Equal(t, 1, res.Pending)
			assert.Len(t, e.g.Issues(), 1, "the fake created it")

			// A restart in between must not matter: the intent is persisted.
			e.Restart()
			res = e.MustSync(item(fpA, 1))
			assert.Equal(t, 1, res.Adopted)
			assert.Zero(t, res.Created)
			assert.Zero(t, res.Pending)
			e.OnePerCluster(fpA)
		})
	}
}

func TestRateLimits(t *testing.T) {
	for _, tc := range []struct {
		name  string
		fault fake.Fault
		slept time.Duration
	}{
		{"429 retry-after", fake.Fault{Method: http.MethodPost, Status: 429, Header: map[string]string{"Retry-After": "7"}}, 7 * time.Second},
		{"403 secondary with retry-after", fake.Fault{Method: http.MethodPost, Status: 403, Header: map[string]string{"Retry-After": "30"}, Body: `{"message":"You have exceeded a secondary rate limit"}`}, 30 * time.Second},
		{"403 secondary without hints", fake.Fault{Method: http.MethodPost, Status: 403, Body: `{"message":"You have exceeded a secondary rate limit"}`}, time.Minute},
		{"403 primary reset", fake.Fault{Method: http.MethodPost, Status: 403, Header: map[string]string{"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": strconv.FormatInt(t0.Add(45*time.Second).Unix(), 10)}, Body: `{"message":"API rate limit exceeded"}`}, 45 * time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, nil)
			e.g.Inject(tc.fault)
			start := e.Clock.Now()
			res := e.MustSync(item(fpA, 1))
			assert.Equal(t, 1, res.Created)
			e.OnePerCluster(fpA)
			assert.GreaterOrEqual(t, e.Clock.Now().Sub(start), tc.slept)
			assert.Equal(t, int64(1), e.Sink.Stats().RateLimited)
		})
	}
}

func TestLongRateLimitKeepsWorkPending(t *testing.T) {
	e := newEnv(t, nil)
	e.g.Inject(fake.Fault{Status: 429, Header: map[string]string{"Retry-After": "3600"}})
	res, err := e.Sync(item(fpA, 1), item(fpB, 2))
	var rl *tracker.RateLimitError
	require.ErrorAs(t, err, &rl)
	assert.Equal(t, 2, res.Pending)
	assert.Empty(t, e.g.Issues())
	n := len(e.g.Requests())
	// Still blocked: no request at all.
	_, err = e.Sync(item(fpA, 1), item(fpB, 2))
	require.ErrorAs(t, err, &rl)
	assert.Len(t, e.g.Requests(), n)
	e.Clock.Advance(time.Hour)
	res = e.MustSync(item(fpA, 1), item(fpB, 2))
	assert.Equal(t, 2, res.Created)
	assert.Zero(t, res.Pending)
	e.OnePerCluster(fpA, fpB)
}

func TestRemainingZeroPausesBeforeNextRequest(t *testing.T) {
	e := newEnv(t, nil)
	reset := t0.Add(20 * time.Second).Unix()
	e.g.Inject(fake.Fault{Method: http.MethodGet, Mode: fake.Refuse, Status: 200, Body: "[]", Header: map[string]string{"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": itoa(reset)}})
	e.MustSync(item(fpA, 1))
	assert.GreaterOrEqual(t, e.Clock.Now().Unix(), reset)
	e.OnePerCluster(fpA)
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestOutageConvergesWithoutLossOrDuplicate(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.BackOff.MaxInterval, c.BackOff.MaxElapsedTime = 4*time.Second, 10*time.Second })
	a := item(fpA, 1)
	e.MustSync(a)

	// Outage: everything fails with 503.
	e.g.Inject(fake.Fault{Status: 503, Times: -1})
	a.State, a.Count = backlog.StateEscalating, 500
	b := item(fpB, 2)
	res, err := e.Sync(a, b)
	require.Error(t, err)
	assert.Equal(t, 2, res.Pending)
	assert.Equal(t, int64(2), e.Sink.Stats().Pending)
	assert.NotZero(t, e.Sink.Stats().FailedRequests[503])

	// The collector restarts; the next document no longer holds a or b.
	e.Restart()
	res, _ = e.Sync(item(fpC, 3))
	assert.Equal(t, 3, res.Pending)

	// Tracker back: pending work converges.
	e.g.ClearFaults()
	res = e.MustSync(item(fpC, 3))
	assert.Zero(t, res.Pending)
	by := e.OnePerCluster(fpA, fpB, fpC)
	assert.Contains(t, by[fpA].Body, "500 occurrences")
	require.Len(t, by[fpA].Comments, 1)
	assert.Contains(t, by[fpA].Comments[0], "**Escalating**")
	assert.Equal(t, int64(0), e.Sink.Stats().Pending)
}

func TestWriteBudget(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.MaxWritesPerSync = 2 })
	items := []backlog.Item{item(fpA, 1), item(fpB, 2), item(fpC, 3)}
	res := e.MustSync(items...)
	assert.Equal(t, 2, res.Created)
	assert.Equal(t, 1, res.Pending)
	res = e.MustSync(items...)
	assert.Equal(t, 1, res.Created)
	assert.Zero(t, res.Pending)
	e.OnePerCluster(fpA, fpB, fpC)
	assert.Equal(t, int64(1), e.Sink.Stats().BudgetExhausted)
}

func TestFilter(t *testing.T) {
	e := newEnv(t, func(c *Config) {
		c.Filter = tracker.Filter{Owners: []string{"team-payments"}, MinScore: 10}
	})
	other := item(fpB, 2)
	other.Owner = "team-search"
	low := item(fpC, 3)
	low.Score = 1
	e.MustSync(item(fpA, 1), other, low)
	e.OnePerCluster(fpA)
}

func TestBodyLimitKeepsFooter(t *testing.T) {
	e := newEnv(t, nil)
	it := item(fpA, 1)
	for i := range 300 {
		it.Exemplars = append(it.Exemplars, backlog.Exemplar{Time: t0, Body: strings.Repeat("é", 590) + itoa(int64(i)), TraceID: "4bf92f3577b34da6a3ce929d0e0e4736"})
	}
	e.MustSync(it)
	body := e.OnePerCluster(fpA)[fpA].Body
	assert.LessOrEqual(t, len([]rune(body)), BodyLimit)
	assert.Contains(t, body, "more exemplar(s) omitted")
	assert.True(t, strings.HasSuffix(body, tracker.Footer(fpA)))

	it.Template = strings.Repeat("x", 2*BodyLimit)
	e.MustSync(it)
	body = e.OnePerCluster(fpA)[fpA].Body
	assert.LessOrEqual(t, len([]rune(body)), BodyLimit)
	assert.Contains(t, body, "truncated to fit")
	assert.True(t, strings.HasSuffix(body, tracker.Footer(fpA)))
}

func TestConfigValidate(t *testing.T) {
	c := DefaultConfig()
	assert.Error(t, c.Validate())
	c.Owner, c.Repo, c.Token = "o", "r", "t"
	assert.NoError(t, c.Validate())
	c.Template = "{{.Nope"
	assert.Error(t, c.Validate())
}

func TestBadCredentialsStopSync(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.Token = "wrong" })
	res, err := e.Sync(item(fpA, 1), item(fpB, 2), item(fpC, 3))
	require.True(t, tracker.IsStatus(err, http.StatusUnauthorized), "%v", err)
	assert.Len(t, e.g.Requests(), 1, "no request after a 401")
	assert.Equal(t, 3, res.Pending)
	assert.Equal(t, 1, res.Failed)
}

func TestItemRejectionDoesNotStopSync(t *testing.T) {
	e := newEnv(t, nil)
	e.g.Inject(fake.Fault{Method: http.MethodPost, Status: 422, Body: `{"message":"Validation Failed"}`})
	res, err := e.Sync(item(fpA, 1), item(fpB, 2))
	require.Error(t, err)
	assert.Equal(t, 1, res.Created)
	assert.Equal(t, 1, res.Failed)
	assert.Equal(t, 1, res.Pending)
	res = e.MustSync(item(fpA, 1), item(fpB, 2))
	assert.Equal(t, 1, res.Created)
	e.OnePerCluster(fpA, fpB)
}

func TestPendingBoundAndMutedItems(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.MaxPending = 1 })
	e.g.Inject(fake.Fault{Status: 503, Times: -1})
	res, err := e.Sync(item(fpA, 1), item(fpB, 2), item(fpC, 3))
	require.Error(t, err)
	assert.Equal(t, 1, res.Pending)
	assert.Equal(t, int64(2), e.Sink.Stats().PendingDropped)
	e.g.ClearFaults()

	muted := item(fpB, 2)
	muted.State = backlog.StateMuted
	res = e.MustSync(muted)
	assert.Equal(t, 1, res.Created, "the kept pending item converges")
	e.OnePerCluster(fpA)
}
