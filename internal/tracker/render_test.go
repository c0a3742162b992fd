package tracker

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
)

func testItem() backlog.Item {
	return backlog.Item{
		Fingerprint: "a1b2c3d4e5f60718", Title: "db timeout", Kind: "log", Template: "db <*> timed out",
		State: backlog.StateNew, Service: "orders", Count: 12, Trend: []int64{0, 1, 4, 8},
		Releases: map[string]int64{"v2": 10, "v1": 2}, Owner: "team-orders",
		Exemplars: []backlog.Exemplar{{Time: t0, Body: "db `orders` timed\nout", TraceID: "abc"}},
	}
}

func TestRender(t *testing.T) {
	s := DefaultSettings()
	s.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	s.TraceURLTemplate = "https://tempo.example/trace/{{.TraceID}}?span={{.SpanID}}"
	r, err := newRenderer(s)
	require.NoError(t, err)
	title, body, err := r.render(testItem(), testItem().Fingerprint, 1<<20, utf8.RuneCountInString)
	require.NoError(t, err)
	assert.Equal(t, "[backlog] db timeout", title)
	for _, want := range []string{"db <*> timed out", "Release `v2`: 10", "https://tempo.example/trace/abc?span=", "``db `orders` timed out``", "`team-orders`", "▁▂▄█"} {
		assert.Contains(t, body, want)
	}
	assert.True(t, strings.HasSuffix(body, Footer("a1b2c3d4e5f60718")))
}

func TestRenderCustomTemplate(t *testing.T) {
	s := DefaultSettings()
	s.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	s.Template = "{{.Item.Service}} x{{.Item.Count}}"
	s.TitleTemplate = "{{.Item.Owner}}: {{.Item.Title}}"
	r, err := newRenderer(s)
	require.NoError(t, err)
	title, body, err := r.render(testItem(), testItem().Fingerprint, 1000, utf8.RuneCountInString)
	require.NoError(t, err)
	assert.Equal(t, "team-orders: db timeout", title)
	assert.Equal(t, "orders x12"+Footer("a1b2c3d4e5f60718"), body)
}

func TestRenderFits(t *testing.T) {
	r, err := newRenderer(DefaultSettings())
	require.NoError(t, err)
	it := testItem()
	for range 50 {
		it.Exemplars = append(it.Exemplars, backlog.Exemplar{Body: strings.Repeat("x", 500)})
	}
	for _, limit := range []int{400, 2000, 5000, 30000} {
		_, body, err := r.render(it, it.Fingerprint, limit, utf8.RuneCountInString)
		require.NoError(t, err)
		assert.LessOrEqual(t, utf8.RuneCountInString(body), limit)
		assert.True(t, strings.HasSuffix(body, Footer(it.Fingerprint)), "footer kept at %d", limit)
	}
}

func TestSparkline(t *testing.T) {
	assert.Equal(t, "", Sparkline(nil, 10))
	assert.Equal(t, "", Sparkline([]int64{0, 0}, 10))
	assert.Equal(t, "▂█", Sparkline([]int64{1, 100}, 10), "non-zero never draws as zero")
	assert.Equal(t, "▁▄█", Sparkline([]int64{9, 0, 4, 8}, 3))
}

func TestFilter(t *testing.T) {
	it := testItem()
	it.Journeys = map[string]int64{"checkout": 1}
	it.Services = map[string]int64{"orders": 1, "db": 1}
	it.Score = 5
	for _, tc := range []struct {
		f             Filter
		routes, opens bool
	}{
		{Filter{}, true, true},
		{Filter{Owners: []string{"team-orders"}}, true, true},
		{Filter{Owners: []string{"team-x"}}, false, true},
		{Filter{Journeys: []string{"checkout"}}, true, true},
		{Filter{Journeys: []string{"search"}}, false, true},
		{Filter{Services: []string{"db"}}, true, true},
		{Filter{MinScore: 10}, true, false},
		{Filter{States: []string{backlog.StateRegressed}}, true, false},
	} {
		assert.Equal(t, tc.routes, tc.f.Routes(it), "%+v", tc.f)
		assert.Equal(t, tc.opens, tc.f.Opens(it), "%+v", tc.f)
	}
	it.State = backlog.StateResolved
	assert.False(t, Filter{}.Opens(it), "a resolved item opens nothing")
}

func TestSettingsValidate(t *testing.T) {
	assert.NoError(t, DefaultSettings().Validate())
	s := DefaultSettings()
	s.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	s.MaxWritesPerSync = 0
	s.RedactPatterns = []string{"("}
	s.TraceURLTemplate = "{{"
	s.Unit = "ticket"
	err := s.Validate()
	require.Error(t, err)
	for _, want := range []string{"max_writes_per_sync", "pattern", "trace_url_template", `unit must be "problem" or "cluster", got "ticket"`} {
		assert.Contains(t, err.Error(), want)
	}
}

func TestPendingTrim(t *testing.T) {
	p := (&Sink{s: DefaultSettings()}).newPendingSet()
	for _, fp := range []string{"a", "b", "c", "a"} {
		p.put(backlog.Item{Fingerprint: fp})
	}
	assert.Equal(t, []string{"a", "b", "c"}, p.Order)
	assert.Equal(t, 1, p.trim(2))
	assert.Equal(t, []string{"a", "b"}, p.Order)
	assert.Len(t, p.Items, 2)
}

func BenchmarkRender(b *testing.B) {
	r, _ := newRenderer(DefaultSettings())
	it := testItem()
	b.ReportAllocs()
	for b.Loop() {
		_, _, _ = r.render(it, it.Fingerprint, 65536, utf8.RuneCountInString)
	}
}

// An AI suggestion shows labelled in the ticket, its texts as inert as
// telemetry (h7, issue #16).
func TestRenderAISuggestion(t *testing.T) {
	r, err := newRenderer(DefaultSettings())
	require.NoError(t, err)
	it := testItem()
	it.AI = &backlog.AISuggestion{Label: backlog.AILabel, Model: "m1",
		Summary:        backlog.AIClaim{Text: "Orders time out @admin [x](javascript:alert(1))", Confidence: 0.7, Evidence: []string{"e1"}},
		LikelyCause:    backlog.AIClaim{Text: "Pool exhausted", Confidence: 0.4},
		SuggestedOwner: backlog.AIClaim{Text: "team-orders", Confidence: 0.5, Evidence: []string{"e1"}}}
	_, body, err := r.render(it, it.Fingerprint, 1<<20, utf8.RuneCountInString)
	require.NoError(t, err)
	for _, want := range []string{"## AI-suggested (not reviewed)", "By model `m1`", "confidence 0.70, `e1`", "Likely cause: Pool exhausted (confidence 0.40)", "Suggested owner: `team-orders`"} {
		assert.Contains(t, body, want)
	}
	assert.NotContains(t, body, "@admin")
	assert.NotContains(t, body, "](javascript")
	_, plain, err := r.render(testItem(), testItem().Fingerprint, 1<<20, utf8.RuneCountInString)
	require.NoError(t, err)
	assert.NotContains(t, plain, "AI-suggested")
}
