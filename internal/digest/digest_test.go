package digest

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/redact"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(p, got, 0o644))
	}
	want, err := os.ReadFile(p)
	require.NoError(t, err, "run go test -update to create %s", p)
	assert.Equal(t, string(want), string(got), "golden file %s (go test -update rewrites it)", p)
}

func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

func item(fp, title, owner, state string, score float64, first, last string, trend ...int64) backlog.Item {
	return backlog.Item{
		Fingerprint: fp, Title: title, Owner: owner, State: state, Score: score, Count: sum(trend),
		FirstSeen: ts(first), LastSeen: ts(last), Trend: trend, Service: "checkout",
		Journeys:  map[string]int64{"checkout": 3},
		Problem:   backlog.ProblemRef{ID: "p-" + fp[:2]},
		Exemplars: []backlog.Exemplar{{TraceID: "4bf92f3577b34da6a3ce929d0e0e4736"}, {TraceID: "<script>"}},
	}
}

func sum(v []int64) int64 {
	var n int64
	for _, x := range v {
		n += x
	}
	return n
}

func newScheduler(t *testing.T, cfg Config) *Scheduler {
	t.Helper()
	r, err := redact.New(nil)
	require.NoError(t, err)
	s, err := New(cfg, r.String)
	require.NoError(t, err)
	return s
}

// Two days of event time in Europe/Berlin: the first flush of 3 March
// completes the digest of 2 March, and the digest of 3 March reports what
// changed since then.
func TestDigestGolden(t *testing.T) {
	s := newScheduler(t, Config{Period: PeriodDaily, TimeZone: "Europe/Berlin", TraceURLTemplate: "https://jaeger.example/trace/{{.TraceID}}"})
	day1 := backlog.Document{
		EventTime: ts("2026-03-02T20:00:00Z"),
		Items: []backlog.Item{
			item("aa01", "PaymentDeclined in checkout", "team-payments", backlog.StateNew, 40, "2026-03-02T09:00:00Z", "2026-03-02T20:00:00Z", 0, 0, 5, 9),
			item("bb02", "Timeout calling inventory", "team-stock", backlog.StateOngoing, 12, "2026-03-01T09:00:00Z", "2026-03-02T19:00:00Z", 4, 4, 4, 4),
			item("cc03", "Cache miss storm", "", backlog.StateOngoing, 5, "2026-03-01T09:00:00Z", "2026-03-02T10:00:00Z", 3, 3, 0, 0),
		},
	}
	cur, done := s.Observe(&day1, Counters{Records: 5000, Events: 1000})
	require.NotNil(t, cur)
	assert.Nil(t, done)
	assert.Equal(t, ts("2026-03-01T23:00:00Z"), cur.Start.UTC(), "Berlin midnight")

	day2 := backlog.Document{
		EventTime: ts("2026-03-03T15:00:00Z"),
		Items: []backlog.Item{
			item("bb02", "Timeout calling inventory", "team-stock", backlog.StateEscalating, 60, "2026-03-01T09:00:00Z", "2026-03-03T15:00:00Z", 1, 1, 2, 30),
			item("dd04", "@admin secret=hunter2 [click](http://evil.example) <img src=x>", "team-payments", backlog.StateNew, 30, "2026-03-03T08:00:00Z", "2026-03-03T15:00:00Z", 0, 0, 0, 7),
			item("ee05", "Null pointer in cart", "team-cart", backlog.StateRegressed, 20, "2026-02-20T09:00:00Z", "2026-03-03T14:00:00Z", 0, 2, 2, 2),
			item("aa01", "PaymentDeclined in checkout", "team-payments", backlog.StateResolved, 4, "2026-03-02T09:00:00Z", "2026-03-02T20:00:00Z", 0, 0, 0, 0),
		},
		Watchlist: []backlog.Item{
			item("cc03", "Cache miss storm", "", backlog.StateMuted, 1, "2026-03-01T09:00:00Z", "2026-03-03T10:00:00Z", 1, 0, 0, 1),
		},
		MergeSuggestions: []backlog.MergeSuggestion{{A: "bb02", B: "ee05", TitleA: "Timeout calling inventory", TitleB: "Timeout calling inventory v2 @team",
			Similarity: 0.83, Method: "lexical", Shared: []string{"service checkout"}}},
	}
	s.FixVerified = func(from, to time.Time) []string {
		if from.Equal(ts("2026-03-02T20:00:00Z")) && to.Equal(day2.EventTime) {
			return []string{"aa01"}
		}
		return nil
	}
	cur, done = s.Observe(&day2, Counters{Records: 9000, Events: 1800})
	require.NotNil(t, done, "crossing midnight completes the previous day")
	assert.True(t, done.Complete)
	assert.Equal(t, ts("2026-03-01T23:00:00Z"), done.Start.UTC())
	assert.False(t, cur.Complete)

	js, err := JSON(cur)
	require.NoError(t, err)
	golden(t, "daily.json", js)
	md := s.Markdown(cur)
	golden(t, "daily.md", md)
	golden(t, "daily-complete.md", s.Markdown(done))

	assert.Equal(t, Funnel{Records: 4000, Events: 800, Clusters: 4, Problems: 4, Tickets: 3}, cur.Funnel)
	ids := func(refs []Ref) (out []string) {
		for _, r := range refs {
			out = append(out, r.ID)
		}
		return out
	}
	assert.Equal(t, []string{"dd04"}, ids(cur.Changes.New))
	assert.Equal(t, []string{"ee05"}, ids(cur.Changes.Regressed))
	assert.Equal(t, []string{"bb02"}, ids(cur.Changes.Escalating))
	assert.Equal(t, []string{"aa01"}, ids(cur.Changes.Resolved))
	assert.Equal(t, []string{"cc03"}, ids(cur.Changes.Muted))
	assert.Equal(t, []string{"aa01"}, ids(cur.Changes.FixVerified))

	// Inert and redacted: no secret, no live mention, link or HTML.
	for _, out := range []string{string(md), string(js)} {
		assert.NotContains(t, out, "hunter2")
		assert.NotContains(t, out, "<img")
		assert.NotContains(t, out, "<script>")
	}
	assert.NotContains(t, string(md), "@admin")
	assert.NotContains(t, string(md), "](http://evil")

	// A restart continues from digest.json: the next flush of the same
	// day compares with the same baseline.
	r := newScheduler(t, Config{Period: PeriodDaily, TimeZone: "Europe/Berlin"})
	require.NoError(t, r.Restore(js))
	r.FixVerified = s.FixVerified
	again, done := r.Observe(&day2, Counters{Records: 9000, Events: 1800})
	assert.Nil(t, done)
	assert.Equal(t, cur.Changes, again.Changes)
	assert.Equal(t, cur.Funnel, again.Funnel)
	assert.Error(t, r.Restore([]byte("{")))
}

func TestWeeklyPeriodsAndDST(t *testing.T) {
	s := newScheduler(t, Config{Period: PeriodWeekly, TimeZone: "America/New_York", WeekStart: "sun"})
	// Wednesday 11 March 2026, after the DST switch of Sunday 8 March.
	start := s.periodStart(ts("2026-03-11T12:00:00Z"))
	assert.Equal(t, "2026-03-08T00:00:00-05:00", start.Format(time.RFC3339))
	assert.Equal(t, "2026-03-15T00:00:00-04:00", s.periodEnd(start).Format(time.RFC3339))
	assert.Equal(t, 7*24*time.Hour-time.Hour, s.periodEnd(start).Sub(start), "the week of the switch is an hour short")

	d := newScheduler(t, Config{Period: PeriodDaily, TimeZone: "Europe/Berlin"})
	st := d.periodStart(ts("2026-10-25T12:00:00Z"))
	assert.Equal(t, 25*time.Hour, d.periodEnd(st).Sub(st), "fall-back day lasts 25 hours")
	// 23:30 UTC on 2 March is already 3 March in Berlin.
	assert.Equal(t, "2026-03-03", d.periodStart(ts("2026-03-02T23:30:00Z")).Format(day))
}

func TestValidate(t *testing.T) {
	for _, tt := range []struct {
		cfg  Config
		want string
	}{
		{Config{Period: "hourly"}, "period: want daily or weekly"},
		{Config{Period: "daily", TimeZone: "Nowhere/City"}, "time_zone"},
		{Config{Period: "daily", TimeZone: "Local"}, "time_zone"},
		{Config{Period: "weekly", WeekStart: "someday"}, "week_start"},
		{Config{Period: "daily", Top: -1}, "top"},
		{Config{Period: "daily", TraceURLTemplate: "https://x/"}, "trace_url_template"},
	} {
		assert.ErrorContains(t, tt.cfg.Validate(), tt.want)
	}
	assert.NoError(t, (&Config{}).Validate())
	_, err := New(Config{}, nil)
	assert.Error(t, err)
}

func TestTrendWord(t *testing.T) {
	assert.Equal(t, "rising", trendWord([]int64{1, 1, 1, 5}))
	assert.Equal(t, "falling", trendWord([]int64{5, 5, 5, 1}))
	assert.Equal(t, "steady", trendWord([]int64{2, 2, 2, 2}))
	assert.Equal(t, "new", trendWord([]int64{0, 0, 0, 3}))
	assert.Equal(t, "quiet", trendWord([]int64{3, 0, 0, 0}))
	assert.Equal(t, "quiet", trendWord(nil))
}

func TestEntriesFromDocument(t *testing.T) {
	doc := backlog.Document{Items: []backlog.Item{item("aa01", "x", "o", "new", 1, "2026-03-02T09:00:00Z", "2026-03-02T09:00:00Z", 1)}}
	e := Entries(&doc)
	require.Len(t, e, 1)
	assert.Equal(t, "checkout", e[0].Journey)
	assert.Equal(t, []string{"4bf92f3577b34da6a3ce929d0e0e4736", "<script>"}, e[0].Traces, "raw; build() keeps hex ids only")
	var js strings.Builder
	require.NoError(t, json.NewEncoder(&js).Encode(e[0]))
}
