package tracker

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/markup/markuptest"
)

const traceBase = "https://tempo.example/trace/"

func inertSettings() Settings {
	s := DefaultSettings()
	s.GroupWait = 0 // tickets at the first sync; group_wait has its own tests
	s.TraceURLTemplate = traceBase + "{{.TraceID}}?span={{.SpanID}}"
	return s
}

// checkInert asserts what issue #9 point 1 requires of a rendered ticket:
// no live markup but the configured trace links and the marker comment,
// the footer intact and last, the title plain.
func checkInert(t *testing.T, it backlog.Item, title, body string) {
	t.Helper()
	bad := markuptest.Check(body, markuptest.Allow{
		LinkPrefixes: []string{traceBase},
		Comments:     []string{MarkerComment(it.Fingerprint)},
	})
	if len(bad) > 0 {
		html, _ := markuptest.HTML(body)
		t.Fatalf("live markup in the body:\n%s\nbody:\n%s\nhtml:\n%s", strings.Join(bad, "\n"), body, html)
	}
	require.True(t, strings.HasSuffix(body, Footer(it.Fingerprint)), "footer last:\n%s", body)
	html, err := markuptest.HTML(body)
	require.NoError(t, err)
	require.True(t, strings.HasSuffix(html, "<p>backlog fingerprint: <code>"+it.Fingerprint+"</code> (managed by otelcol-backlog; keep this line)</p>\n"),
		"the footer renders as the last paragraph:\n%s", html)
	// Titles are plain text on every tracker (GitHub renders only code
	// spans and emoji in them).
	assert.NotContains(t, title, "\n")
	if bad := markuptest.TextProblems(title); len(bad) > 0 {
		t.Fatalf("title %q: %v", title, bad)
	}
}

// The reproductions of issue #9 point 1, each failed before telemetry was
// placed by package markup.
func TestRenderReproductionsInert(t *testing.T) {
	svc := "pay ![t](https://evil.example/t.png) [login](https://evil.example/phish) @some-org/security-team !https://evil.example/w.png! [~admin]"
	for name, mut := range map[string]func(*backlog.Item){
		"mentions in a log body and title": func(it *backlog.Item) {
			it.Title = "Payment failed, cc @octocat and @some-org/security-team"
			it.Exemplars[0].Body = it.Title
		},
		"image, link and mention in service.name": func(it *backlog.Item) {
			it.Service, it.Exemplars[0].Service, it.Owner = svc, svc, svc
			it.Releases = map[string]int64{svc: 1}
		},
		"javascript link": func(it *backlog.Item) { it.Title = "[docs](javascript:alert(2))" },
		"backtick breaks out of the code span": func(it *backlog.Item) {
			it.Service = "x` @octocat [a](https://evil.example) `y"
			it.Exemplars[0].Service = it.Service
			it.Owner = "``` @octocat"
		},
		"fence breaks out in the template": func(it *backlog.Item) {
			it.Template = "a\n```\n@octocat <img src=x onerror=alert(1)>\n````\n[x](https://evil.example)"
		},
		"html in title": func(it *backlog.Item) { it.Title = "<img src=x onerror=alert(1)> <!-- x --> www.evil.example" },
	} {
		t.Run(name, func(t *testing.T) {
			it := testItem()
			mut(&it)
			title, body, err := Render(inertSettings(), it, 1<<20, utf8.RuneCountInString)
			require.NoError(t, err)
			checkInert(t, it, title, body)
		})
	}
}

// A body cut to the tracker's limit inside the template's fenced block
// closes the fence and keeps the marker and the footer.
func TestRenderTruncationClosesFence(t *testing.T) {
	it := testItem()
	it.Template = strings.Repeat("line @octocat [x](https://evil.example)\n", 400)
	for _, limit := range []int{700, 1500, 4000, 9000} {
		title, body, err := Render(inertSettings(), it, limit, utf8.RuneCountInString)
		require.NoError(t, err)
		assert.LessOrEqual(t, utf8.RuneCountInString(body), limit)
		assert.Contains(t, body, strings.TrimSpace(truncatedNote))
		checkInert(t, it, title, body)
	}
}

// Property: items whose every telemetry field is drawn from a markup-rich
// alphabet render inert at any size limit.
func TestRenderInertProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 1))
	field := markuptest.Random(rng)
	n := 400
	if testing.Short() {
		n = 50
	}
	for range n {
		it := markuptest.Item(field)
		limit := 1 << 20
		if rng.IntN(2) == 0 {
			limit = 500 + rng.IntN(3000)
		}
		title, body, err := Render(inertSettings(), it, limit, utf8.RuneCountInString)
		require.NoError(t, err)
		require.LessOrEqual(t, utf8.RuneCountInString(body), limit)
		checkInert(t, it, title, body)
	}
}

func FuzzRenderInert(f *testing.F) {
	f.Add("Payment failed, cc @octocat and @some-org/security-team", "pay ![t](https://evil.example/t.png) [login](https://evil.example/phish) @some-org/security-team !https://evil.example/w.png! [~admin]", "x` @a `", []byte{1, 2, 3, 40, 50}, uint16(0))
	f.Add("<img src=x onerror=alert(1)>", "[docs](javascript:alert(2))", "```\n@a\n", []byte("\x07\x08\x09\x0a"), uint16(900))
	r, err := newRenderer(inertSettings()) // parsed once: the fuzz loop stays fast
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, title, service, body string, data []byte, limit uint16) {
		it := markuptest.Item(markuptest.FromBytes(data))
		it.Title, it.Service, it.Exemplars[0].Body = title, service, body
		lim := 1 << 20
		if limit > 0 {
			lim = 400 + int(limit)
		}
		gotTitle, gotBody, err := r.render(it, it.Fingerprint, lim, utf8.RuneCountInString)
		if err != nil {
			t.Fatal(err)
		}
		if utf8.RuneCountInString(gotBody) > lim {
			t.Fatalf("body of %d runes over the limit %d", utf8.RuneCountInString(gotBody), lim)
		}
		checkInert(t, it, gotTitle, gotBody)
	})
}

// A custom body template that prints telemetry bare gets escaped text,
// in text, code span and HTML contexts alike.
func TestRenderCustomTemplateInert(t *testing.T) {
	s := inertSettings()
	s.Template = "{{.Item.Title}} **{{.Item.Service}}** `{{.Item.Owner}}` <b>{{.Item.ErrorType}}</b> {{.Item.Kind}}\n\n" +
		"{{range $k, $v := .Item.Releases}}- {{$k}}\n{{end}}\n{{range .Exemplars}}- {{.Body}} {{.Service}} {{code .Body}}\n{{end}}\n" +
		"{{range .Item.ScoreBreakdown.Notes}}- {{.}}\n{{end}}\n{{fence .Template}}\n\n{{if eq .Item.Kind \"log\"}}is log{{end}}"
	rng := rand.New(rand.NewPCG(9, 4))
	for range 100 {
		it := markuptest.Item(markuptest.Random(rng))
		title, body, err := Render(s, it, 1<<20, utf8.RuneCountInString)
		require.NoError(t, err)
		bad := markuptest.Check(body, markuptest.Allow{LinkPrefixes: []string{traceBase}, Comments: []string{MarkerComment(it.Fingerprint)}, Elements: []string{"b"}})
		require.Empty(t, bad, "%s", body)
		require.Empty(t, markuptest.TextProblems(title))
	}
	it := testItem()
	_, body, err := Render(s, it, 1<<20, utf8.RuneCountInString)
	require.NoError(t, err)
	assert.Contains(t, body, "is log", "Untrusted compares as a string")
}
