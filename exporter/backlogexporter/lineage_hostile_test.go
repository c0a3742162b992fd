package backlogexporter

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/consumer"
	"go.opentelemetry.io/collector/pdata/pcommon"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/fake"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor"
)

// Two distinct problems of one service that differ by one word ("payment
// declined ..." and "payment crashed ...") keep two items and two tickets
// however many other words a sender writes at that position. Through the
// real processor: three forged records with three other words there make
// the miner's position a slot (logtemplate.EnumerationValues counts the
// real words too), both real fingerprints then carry "payment <*> for
// order <*>" two records in a row, and the lineage folds "crashed" into
// "declined": its ticket is closed as a duplicate, the crash hidden in
// another problem's item. No single hostile record is needed to be
// trusted: the records move the miner, and the miner moves the lineage.
// The lineage folds two fingerprints that were items of their own before
// only when the template's other values carry as much traffic
// (lineage.Roots); the forger's records count for nothing when sent as
// another service (the miner is one for all services; the lineage's scope
// is one service).
func TestLineageForgedWordsFoldDistinctProblems(t *testing.T) {
	for _, forger := range []string{"payments", "elsewhere"} {
		t.Run(forger, func(t *testing.T) { testForgedWords(t, forger) })
	}
}

// forgeryPipeline is an exporter fed by the real fingerprint processor
// (its miner included), and sendAs, which sends ERROR records of the
// bodies as service svc at at (one millisecond apart).
func forgeryPipeline(t *testing.T, gh *fake.GitHub) (e *backlogExporter, wall *wallClock, sendAs func(svc string, at time.Time, bodies ...string)) {
	ctx := context.Background()
	e, wall = startTicketExporter(t, gh)

	pf := fingerprintprocessor.NewFactory()
	next, err := consumer.NewLogs(func(ctx context.Context, ld plog.Logs) error { return e.consumeLogs(ctx, ld) })
	require.NoError(t, err)
	p, err := pf.CreateLogs(ctx, processortest.NewNopSettings(pf.Type()), pf.CreateDefaultConfig(), next)
	require.NoError(t, err)
	require.NoError(t, p.Start(ctx, componenttest.NewNopHost()))
	t.Cleanup(func() { require.NoError(t, p.Shutdown(ctx)) })
	return e, wall, func(svc string, at time.Time, bodies ...string) {
		ld := plog.NewLogs()
		rl := ld.ResourceLogs().AppendEmpty()
		rl.Resource().Attributes().PutStr(attrs.ServiceName, svc)
		lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
		for i, b := range bodies {
			lr := lrs.AppendEmpty()
			lr.SetTimestamp(pcommon.NewTimestampFromTime(at.Add(time.Duration(i) * time.Millisecond)))
			lr.SetSeverityNumber(plog.SeverityNumberError)
			lr.Body().SetStr(b)
		}
		require.NoError(t, p.ConsumeLogs(ctx, ld))
	}
}

// rep is n copies of s.
func rep(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

// openIssuesOf is how many of gh's issues are open.
func openIssuesOf(gh *fake.GitHub) (n int) {
	for _, i := range gh.Issues() {
		if i.State == "open" {
			n++
		}
	}
	return n
}

func testForgedWords(t *testing.T, forger string) {
	gh := fake.NewGitHub()
	defer gh.Close()
	ctx := context.Background()
	e, wall, sendAs := forgeryPipeline(t, gh)
	send := func(at time.Time, bodies ...string) { sendAs("payments", at, bodies...) }
	open := func() int { return openIssuesOf(gh) }

	t0 := wall.now().Add(-2 * time.Minute)
	send(t0, rep("payment declined for order 1234", 20)...)
	send(t0.Add(time.Second), rep("payment crashed for order 1235", 20)...)
	flushSynced(t, e, ctx)
	require.Len(t, e.doc.Load().Items, 2)
	require.Equal(t, 2, open())

	wall.add(time.Minute)
	t1 := wall.now().Add(-30 * time.Second)
	sendAs(forger, t1, "payment alpha for order 1", "payment bravo for order 2", "payment charlie for order 3") // forged
	send(t1.Add(time.Second), rep("payment declined for order 1236", 2)...)
	send(t1.Add(2*time.Second), rep("payment crashed for order 1237", 2)...)
	flushSynced(t, e, ctx)
	assert.Equal(t, 2, open(), "the crash keeps its open ticket")
	var titles []string
	for _, it := range e.doc.Load().Items {
		titles = append(titles, it.Title)
	}
	assert.GreaterOrEqual(t, len(titles), 2, "two problems, two items: %q", titles)
	var declined, crashed int
	for _, it := range e.doc.Load().Items {
		declined += strings.Count(it.Title, "payment declined")
		crashed += strings.Count(it.Title, "payment crashed")
	}
	assert.Equal(t, [2]int{1, 1}, [2]int{declined, crashed}, "each problem its own item: %q", titles)
}

// A family is one through any member, so the guard above weighs the
// family a fingerprint came with, not the fingerprint alone. A
// fingerprint that came with a problem's own template ("payment crashed
// for order abc": a word to the processor's id, a value of the miner's
// <*>) folds into it from its first records; once "payment <*> for order
// <*>" is a slot it carries that too, and weighed by its own two records
// (which two small values explain) it brought the problem along: one
// ticket closed, whatever the problems' traffic
// (lineage.TestTargetsSatelliteBridgesEstablishedProblems). "forged
// words": 8 records written as the service. "order ids": the slot's words
// sent as another service (the miner is one for all), the service's own
// records differing only in the order id its users choose (6 declined
// payments), the crash older than the decline.
func TestLineageSatelliteBridgesEstablishedProblems(t *testing.T) {
	for _, tc := range []struct {
		name, first, second string
		forge               func(send, elsewhere func(bodies ...string))
	}{
		{"forged words", "payment declined for order 1234", "payment crashed for order 1235", func(send, _ func(...string)) {
			send(rep("payment crashed for order abc", 2)...) // the crash's satellite
			send("payment alpha for order 1", "payment bravo for order 2", "payment charlie for order 3", "payment delta for order 4")
			send(rep("payment crashed for order abc", 2)...) // the satellite carries the slot
		}},
		{"order ids", "payment crashed for order 1235", "payment declined for order 1234", func(send, elsewhere func(...string)) {
			send(rep("payment declined for order abc", 2)...) // the decline's satellite
			elsewhere("payment alpha for order 1", "payment bravo for order 2", "payment charlie for order 3")
			send(rep("payment declined for order abc", 2)...)
			send(rep("payment declined for order xyz", 2)...)
			send(rep("payment declined for order uvw", 2)...)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gh := fake.NewGitHub()
			defer gh.Close()
			ctx := context.Background()
			e, wall, sendAs := forgeryPipeline(t, gh)
			send := func(at time.Time, bodies ...string) { sendAs("payments", at, bodies...) }

			t0 := wall.now().Add(-2 * time.Minute)
			send(t0, rep(tc.first, 20)...)
			send(t0.Add(time.Second), rep(tc.second, 20)...)
			flushSynced(t, e, ctx)
			require.Len(t, e.doc.Load().Items, 2)
			require.Equal(t, 2, openIssuesOf(gh))

			wall.add(time.Minute)
			t1 := wall.now().Add(-30 * time.Second)
			tc.forge(func(b ...string) { send(t1, b...) }, func(b ...string) { sendAs("elsewhere", t1, b...) })
			send(t1.Add(time.Second), rep("payment declined for order 1236", 2)...)
			send(t1.Add(2*time.Second), rep("payment crashed for order 1237", 2)...)
			flushSynced(t, e, ctx)
			assert.Equal(t, 2, openIssuesOf(gh), "each problem keeps its open ticket")
			var titles []string
			var declined, crashed int
			for _, it := range e.doc.Load().Items {
				titles = append(titles, it.Title)
				declined += strings.Count(it.Title, "payment declined")
				crashed += strings.Count(it.Title, "payment crashed")
			}
			assert.Equal(t, [2]int{1, 1}, [2]int{declined, crashed}, "each problem its own item: %q", titles)
		})
	}
}
