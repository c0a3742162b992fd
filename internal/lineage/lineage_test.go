package lineage

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/cespare/xxhash/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTrustNeedsRecordsInARow(t *testing.T) {
	var tr Trust
	assert.False(t, tr.Observe("link <*> Reachable", 2), "one record never trusts")
	assert.Empty(t, tr.Trusted)
	assert.False(t, tr.Observe("link <*> Unreachable", 2), "another template restarts the count")
	assert.True(t, tr.Observe("link <*> Unreachable", 2))
	require.Len(t, tr.Trusted, 1)

	// A record that disagrees leaves the trusted template in place; one
	// more of a new template does not replace it.
	before := tr.Trusted[0]
	assert.False(t, tr.Observe("forged <*>", 2))
	assert.False(t, tr.Observe("link <*> Unreachable", 2))
	assert.False(t, tr.Observe("forged <*>", 2), "not in a row")
	assert.Equal(t, []uint64{before}, tr.Trusted)

	// need < 2 never trusts (one record never links).
	var one Trust
	assert.False(t, one.Observe("a b c", 1))
	assert.False(t, one.Observe("a b c", 1))
	assert.Empty(t, one.Trusted)
}

func TestTrustRemembersAndBounds(t *testing.T) {
	var tr Trust
	tpls := []string{"a <*>", "b <*>", "c <*>", "d <*>", "e <*>", "b <*>"}
	for _, s := range tpls {
		tr.Observe(s, 2)
		tr.Observe(s, 2)
	}
	require.Len(t, tr.Trusted, MaxTrusted)
	var want Trust // c, d, e trusted, then b again: the latest
	for _, s := range []string{"c <*>", "d <*>", "e <*>", "b <*>"} {
		want.Observe(s, 2)
		want.Observe(s, 2)
	}
	assert.Equal(t, want.Trusted, tr.Trusted, "b trusted again moves to the end; a left")
}

func TestEvidence(t *testing.T) {
	for tpl, want := range map[string]bool{
		"<*> <*> <*>":        false,
		"<*> 42 <*>":         false,
		"<*>=<*> <*>":        false,
		"user <*> logged in": true,
		"<*> timeout":        true,
		// keys and fields set apart by a separator are words (h90):
		// auditd's key=value records, a DHCP server's CSV
		"key=<*> code=<*> <*>":              true,
		"pid=<*> uid=<*> ses=<*> res=<*>":   true,
		"Renew,<*>,<*>,<*>,,<*>,<*>,,,,<*>": true,
		"ID:broker-<*>":                     true,
		// a word glued to a variable is a unit or part of the value
		"<*>ms <*>":     false,
		"0x<*> <*>":     false,
		"v<*>.<*> <*>s": false,
		"<*>,<*>,<*>":   false,
	} {
		assert.Equal(t, want, Evidence(tpl), tpl)
	}
	var tr Trust
	tr.Observe("<*> <*>", 2)
	assert.False(t, tr.Observe("<*> <*>", 2), "a template of variables alone is never trusted")
	assert.Empty(t, tr.Trusted)
}

func trusted(tpls ...string) []uint64 {
	var tr Trust
	for _, s := range tpls {
		tr.Observe(s, 2)
		tr.Observe(s, 2)
	}
	return tr.Trusted
}

func TestTargets(t *testing.T) {
	ms := []Member{
		{Fingerprint: "b", Scope: "svc", Templates: trusted("link <*> Reachable", "link <*>"), First: 20},
		{Fingerprint: "a", Scope: "svc", Templates: trusted("link <*> Unreachable", "link <*>"), First: 10},
		// linked to b through a template b trusted before it generalized
		{Fingerprint: "c", Scope: "svc", Templates: trusted("link <*> Reachable"), First: 30},
		// the same template in another service is another family
		{Fingerprint: "d", Scope: "other", Templates: trusted("link <*>"), First: 5},
		{Fingerprint: "e", Scope: "svc", Templates: trusted("disk <*> full"), First: 1},
		{Fingerprint: "f", Scope: "svc", First: 0},
		// young (no trusted template): joins the family its latest record
		// names, never heads it, even when older
		{Fingerprint: "g", Scope: "svc", Joins: trusted("link <*>")[0], First: 0},
		{Fingerprint: "h", Scope: "svc", Joins: trusted("nobody <*> trusts")[0], First: 0},
	}
	want := map[string]string{"b": "a", "c": "a", "g": "a"}
	assert.Equal(t, want, Targets(ms))
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20; i++ {
		r.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
		assert.Equal(t, want, Targets(ms), "independent of the order")
	}
	assert.Nil(t, Targets(nil))
}

func trust(tpls ...string) Trust {
	var tr Trust
	for _, s := range tpls {
		tr.Observe(s, 2)
		tr.Observe(s, 2)
	}
	return tr
}

// Two fingerprints that were items of their own before their records came
// to carry one template (each trusted another first: Origin) fold only
// when the members that came with that template carry as many records as
// the younger had before it (Since): a miner makes a slot of a handful of
// words whatever their counts, so a few forged records can make "payment
// declined" and "payment crashed" one template, never as much traffic as
// the crash had.
func TestTargetsWeighsEstablishedMembers(t *testing.T) {
	const tpl = "payment <*> for order <*>"
	// member trusted tpls in turn, the last after before records of its own
	member := func(fp string, first, records, before int64, tpls ...string) Member {
		tr := trust(tpls...)
		m := Member{Fingerprint: fp, Scope: "svc", Templates: tr.Trusted, Origin: tr.Origin, Since: tr.Since, Records: records, First: first}
		m.Since[len(m.Since)-1] = before
		return m
	}
	declined := member("declined", 1, 500, 498, "payment declined for order <*>", tpl)
	crashed := member("crashed", 2, 300, 298, "payment crashed for order <*>", tpl)
	assert.Equal(t, trust("payment crashed for order <*>").Trusted[0], crashed.Origin, "the first template trusted")
	forged := []Member{
		{Fingerprint: "alpha", Scope: "svc", Joins: trust(tpl).Trusted[0], Records: 1, First: 3},
		member("bravo", 4, 2, 0, tpl),
	}
	ms := append([]Member{declined, crashed}, forged...)
	assert.Equal(t, map[string]string{"alpha": "declined", "bravo": "declined"}, Targets(ms),
		"values that came with the template join its head; the crash (298 records before it) is not explained by 3")

	// the same with as much traffic at the template's other values as
	// the crash had on its own, without the largest of them: a slot of
	// many values, not a pair
	ms = append(ms, member("users", 5, 295, 0, tpl))
	assert.NotContains(t, Targets(ms), "crashed", "one other fingerprint is a pair, not a slot")
	ms = append(ms, member("hosts", 6, 295, 0, tpl))
	assert.Equal(t, map[string]string{"alpha": "declined", "bravo": "declined", "crashed": "declined", "users": "declined", "hosts": "declined"}, Targets(ms))
	ms[len(ms)-1].Records = 294
	assert.NotContains(t, Targets(ms), "crashed", "one record short")
	ms[len(ms)-1].Records, ms[len(ms)-2].Records = 295, 5000
	assert.Contains(t, Targets(ms), "crashed")
	ms[len(ms)-1].Since = []int64{1} // what a fingerprint carried before the template is not evidence of it
	assert.NotContains(t, Targets(ms), "crashed")
	// an older fingerprint that came to trust the template (the head)
	// lends nothing: a forger's cluster older than both problems gains
	// nothing by heading their family
	ms = append([]Member{declined, crashed, member("old", 0, 50, 40, "payment zulu for order <*>", tpl)}, forged...)
	assert.Equal(t, map[string]string{"alpha": "old", "bravo": "old"}, Targets(ms), "each problem's traffic since the template is one other value for the other")

	// the head's own records never explain another: it is the other side
	// of the fold
	ms = []Member{member("a", 1, 9, 0, tpl), member("b", 2, 5, 3, "link <*> Reachable", tpl)}
	assert.Nil(t, Targets(ms))
	ms[1].Since[1] = 0 // it trusted its own template on its first records only
	assert.Equal(t, map[string]string{"b": "a"}, Targets(ms))
	// a member whose first trusted template is the common one came with
	// it: it folds whatever its count (the miner wrote it so from its
	// first records on)
	// (h146: b, with more than twice a's records, heads the family)
	ms = []Member{member("a", 1, 9, 3, "link <*> Reachable", tpl), member("b", 2, 5000, 0, tpl)}
	assert.Equal(t, map[string]string{"a": "b"}, Targets(ms))

	// Trust counts what a fingerprint was before each template
	var tr Trust
	for range 5 {
		tr.Observe("payment crashed for order <*>", 2)
	}
	tr.Observe(tpl, 2)
	tr.Observe(tpl, 2)
	tr.Observe("payment crashed for order <*>", 2)
	tr.Observe("payment crashed for order <*>", 2) // trusted again: keeps its count
	assert.Equal(t, []int64{5, 0}, tr.Since)
	assert.Equal(t, int64(9), tr.Records)
}

// FuzzTargets: whatever the templates, every folded member points at a
// member that is not folded itself, of the same scope, that has a third
// of its family's heaviest trusting member's weight (HeadShare); a
// trusting member folds into a newer one only when it lacks that third
// itself (h146: age heads a family only with weight).
func FuzzTargets(f *testing.F) {
	f.Add([]byte{1, 2, 3, 1, 2, 0, 9, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		var ms []Member
		for i := 0; i+2 < len(b) && len(ms) < 64; i += 3 {
			var tr Trust
			for _, w := range []byte{b[i], b[i+1]} {
				tpl := "event " + string(rune('a'+w%5)) + " <*>"
				tr.Observe(tpl, 2)
				tr.Observe(tpl, 2)
			}
			m := Member{Fingerprint: string(rune('A' + len(ms))), Scope: string(rune('x' + b[i+2]%2)), Templates: tr.Trusted, Origin: tr.Origin, Since: tr.Since, Records: int64(b[i+1]), First: int64(b[i+2] / 2)}
			if b[i]%3 == 0 { // young: joins by its latest record
				m.Templates, m.Joins = nil, tr.Trusted[len(tr.Trusted)-1]
			}
			ms = append(ms, m)
		}
		by := map[string]Member{}
		for _, m := range ms {
			by[m.Fingerprint] = m
		}
		targets := Targets(ms)
		heaviest := map[string]int64{} // by head: its family's heaviest trusting member
		for src, dst := range targets {
			for _, m := range []Member{by[src], by[dst]} {
				if len(m.Templates) > 0 {
					heaviest[dst] = max(heaviest[dst], m.Records)
				}
			}
		}
		for src, dst := range targets {
			s, d := by[src], by[dst]
			require.NotEqual(t, src, dst)
			_, folded := targets[dst]
			require.False(t, folded, "a target is not folded itself")
			require.Equal(t, s.Scope, d.Scope)
			require.NotEmpty(t, d.Templates, "a family is headed by a member that trusts a template")
			require.GreaterOrEqual(t, HeadShare*d.Records, heaviest[dst], "the head has a third of its family's heaviest")
			if len(s.Templates) > 0 && d.First > s.First {
				require.Less(t, HeadShare*s.Records, heaviest[dst], "an older trusting member heads unless it lacks a third")
			}
		}
	})
}

func TestLinkableKeepsExceptionTypes(t *testing.T) {
	body := "Request processing failed; nested exception is java.lang.IllegalStateException: No instances available for cart"
	assert.False(t, Linkable("Request processing failed; nested exception is <*>: No instances available for <*>", body),
		"the template hides the exception class the record names")
	assert.True(t, Linkable("Request processing failed; nested exception is java.lang.IllegalStateException: No instances available for <*>", body))
	assert.True(t, Linkable("payment declined by provider <*>", "payment declined by provider stripe"))
	assert.False(t, Linkable("<*> <*>", "a b"))
	var tr Trust
	tr.ObserveRecord("nested exception is <*>", "nested exception is ValueError", 2)
	assert.False(t, tr.ObserveRecord("nested exception is <*>", "nested exception is ValueError", 2))
	assert.Empty(t, tr.Trusted, "never trusted")
	assert.Zero(t, tr.Joins, "never joins")
}

func BenchmarkObserveNewTemplate(b *testing.B) {
	body := "Request processing failed; nested exception is java.lang.IllegalStateException: No instances available for cart-service on host node-7"
	tpls := [2]string{"Request processing failed; nested exception is <*>: No instances available for <*> on host <*>", "Request processing failed; <*>"}
	b.ReportAllocs()
	var tr Trust
	for i := 0; i < b.N; i++ {
		tr.ObserveRecord(tpls[i&1], body, 2) // a template change every record: the slow path
	}
}

// Observe reports a template trusted for the first time, not one trusted
// before that becomes the latest again (alternating batches of two
// gateways' miners): the caller shows the template it reports.
func TestObserveReportsOnlyNewTrust(t *testing.T) {
	var tr Trust
	a, b := "link <*> Reachable", "link <*> <*>"
	assert.False(t, tr.Observe(a, 2))
	assert.True(t, tr.Observe(a, 2))
	assert.False(t, tr.Observe(b, 2))
	assert.True(t, tr.Observe(b, 2))
	assert.False(t, tr.Observe(a, 2))
	assert.False(t, tr.Observe(a, 2), "trusted before: reordered, not new")
	require.Len(t, tr.Trusted, 2)
	assert.Equal(t, xxhash.Sum64String(a), tr.Trusted[1], "the latest last")
}

// A family is one through any of its members, so Roots weighs the family
// a member came with (its young links), not the member alone. A forged
// fingerprint that came with the crash's own template ("payment crashed
// for order abc": the order id is a word to the processor's id, a value
// of the miner's <*>) is young there and folds into the crash; later
// carrying the forged slot's template, weighed by its own 2 records (which
// two one-record values explain), it folded the crash (20 records before
// the template, not explained by anything at it) into "declined": 6
// forged records at the template, whatever the crash's traffic
// (TestLineageSatelliteBridgesEstablishedProblems in the exporter: the
// same through the real processor and miner).
func TestTargetsSatelliteBridgesEstablishedProblems(t *testing.T) {
	const (
		tpl     = "payment <*> for order <*>"
		crashT  = "payment crashed for order <*>"
		declinT = "payment declined for order <*>"
	)
	member := func(fp string, first int64, runs ...any) Member {
		var tr Trust
		for i := 0; i < len(runs); i += 2 {
			for range runs[i+1].(int) {
				tr.Observe(runs[i].(string), DefaultNeed)
			}
		}
		return Member{Fingerprint: fp, Scope: "payments", Templates: tr.Trusted, Origin: tr.Origin, Since: tr.Since,
			Joins: JoinsOf(&tr, int(tr.Records), DefaultNeed), Records: tr.Records, First: first}
	}
	ms := []Member{
		member("declined", 1, declinT, 20, tpl, 2),
		member("crashed", 2, crashT, 20, tpl, 2),
	}
	require.Nil(t, Targets(ms), "two established problems")
	ms = append(ms, member("charlie", 4, tpl, 1), member("delta", 5, tpl, 1))
	require.Equal(t, map[string]string{"charlie": "declined", "delta": "declined"}, Targets(ms), "the forged values join the slot's head; the crash stays")
	satellite := member("abc", 3, crashT, 2, tpl, 2)
	require.Equal(t, []int64{0, 2}, satellite.Since)
	ms = append(ms, satellite)
	root := Roots(ms)
	assert.NotEqual(t, root[0], root[1], "the crash folded into declined through its forged satellite: %v", Targets(ms))
}

// A burst of forged records outweighs an established problem's records,
// not the flushes it spanned (Member.Ticks), and the problem's time is its
// family's: a forged satellite of the crash, which came in the burst's one
// tick and carries the common template, does not make the crash one tick
// old. Weighed by records alone, the same members fold the crash.
func TestRootsWeighTheTicksOfTheFamily(t *testing.T) {
	const (
		tpl     = "payment <*> for order <*>"
		crashT  = "payment crashed for order <*>"
		declinT = "payment declined for order <*>"
	)
	type run = tickedRun
	member := tickedMember
	ms := []Member{
		member("declined", 1, run{declinT, 20, 1, 1}, run{tpl, 2, 22, 1}),
		member("crashed", 2, run{crashT, 20, 1, 1}),
		member("abc", 3, run{crashT, 2, 21, 0}, run{tpl, 2, 21, 0}), // the satellite
		member("forged-a", 4, run{tpl, 21, 21, 0}),
		member("forged-b", 5, run{tpl, 21, 21, 0}),
		member("forged-c", 6, run{tpl, 1, 21, 0}),
	}
	require.Equal(t, int64(20), ms[1].Ticks)
	require.Equal(t, []int64{1, 1}, []int64{ms[2].Ticks, ms[3].Ticks}, "a burst is one tick")
	got := Targets(ms)
	require.NotContains(t, got, "crashed", "%v", got)
	require.Equal(t, "crashed", got["abc"], "the satellite is the crash's")
	for i := range ms {
		ms[i].Ticks, ms[i].SinceTicks = 0, nil // a caller without a clock
	}
	require.Equal(t, "declined", Targets(ms)["crashed"], "by records alone, the burst folds the crash")
}

// tickedMember is a member whose records came in runs of one template,
// each record of a run every ticks after the previous (0: the same tick).
type tickedRun struct {
	tpl         string
	n           int
	tick, every uint64
}

func tickedMember(fp string, first int64, runs ...tickedRun) Member {
	var tr Trust
	for _, r := range runs {
		for i := range r.n {
			tr.ObserveTick(r.tick + uint64(i)*r.every)
			tr.ObserveRecord(r.tpl, "", DefaultNeed)
		}
	}
	return Member{Fingerprint: fp, Scope: "payments", Templates: tr.Trusted, Origin: tr.Origin, Since: tr.Since,
		Ticks: int64(tr.Ticks), SinceTicks: tr.SinceTicks, Joins: JoinsOf(&tr, int(tr.Records), DefaultNeed), Records: tr.Records, First: first}
}

// A forger's cluster created before both problems (one record, any time
// before: a word the miner kept as its own template) becomes the head once
// it sends two records under the common template, and the older problem
// one more value: the two established problems, which keep logging under
// the common template, must not supply the minutes that fold each other
// (h67; the forger spent one old record and a burst in one minute). Only
// the template's young values explain an established one.
func TestRootsForgedOlderHeadLendsTheProblemsTheirOwnMinutes(t *testing.T) {
	const (
		tpl     = "payment <*> for order <*>"
		crashT  = "payment crashed for order <*>"
		declinT = "payment declined for order <*>"
	)
	// twenty minutes each on their own template, then, after the burst
	// that made the miner generalize (minute 22), twenty minutes each
	// under the common one: what ongoing problems do
	problems := []Member{
		tickedMember("declined", 1, tickedRun{declinT, 20, 1, 1}, tickedRun{tpl, 20, 23, 1}),
		tickedMember("crashed", 2, tickedRun{crashT, 20, 1, 1}, tickedRun{tpl, 20, 23, 1}),
		tickedMember("forged-a", 3, tickedRun{tpl, 21, 22, 0}), // the burst: one minute
		tickedMember("forged-b", 4, tickedRun{tpl, 21, 22, 0}),
		tickedMember("forged-c", 5, tickedRun{tpl, 1, 22, 0}),
	}
	require.NotContains(t, Targets(problems), "crashed", "control: the burst alone does not fold the crash")
	// the same, and one forged cluster created first: one record of its
	// own word at minute 0, two under the common template with the burst
	head := tickedMember("forged-old", 0, tickedRun{"payment zzz for order <*>", 1, 0, 0}, tickedRun{tpl, 2, 22, 0})
	got := Targets(append([]Member{head}, problems...))
	assert.NotContains(t, got, "crashed", "one old forged record and a burst fold the crash: %v", got)
	assert.NotContains(t, got, "declined", "%v", got)
}

// Established values lend each other nothing: four problems of one
// service, each logged on its own for twenty minutes and then twenty more
// under the common template, stay four items however many there are (a
// forged cluster heading the template would otherwise collect the three
// others with their own minutes), and fold once values first seen under
// the template carry as much: the slot's young values are its evidence.
func TestRootsEstablishedValuesLendNothing(t *testing.T) {
	const tpl = "payment <*> for order <*>"
	var ms []Member
	for i, w := range []string{"declined", "crashed", "refused", "expired"} {
		ms = append(ms, tickedMember(w, int64(i+1), tickedRun{"payment " + w + " for order <*>", 20, 1, 1}, tickedRun{tpl, 20, 23, 1}))
	}
	got := Targets(ms)
	assert.Empty(t, got, "three other established problems explain none: %v", got)
	young := append(slices.Clone(ms),
		tickedMember("young-a", 5, tickedRun{tpl, 21, 23, 1}),
		tickedMember("young-b", 6, tickedRun{tpl, 21, 23, 1}))
	got = Targets(young)
	for _, w := range []string{"crashed", "refused", "expired", "young-a", "young-b"} {
		assert.Equal(t, "declined", got[w], "%s: %v", w, got)
	}
}

// A satellite of the older problem (a second fingerprint that came with
// "declined"'s own template, as "abc" is the crash's in
// TestRootsWeighTheTicksOfTheFamily) that keeps logging under the common
// template is of an established family: its minutes do not fold the crash
// with a one-minute burst (h67; the head alone was left out before).
func TestRootsHeadSatelliteLendsItsMinutes(t *testing.T) {
	const (
		tpl     = "payment <*> for order <*>"
		crashT  = "payment crashed for order <*>"
		declinT = "payment declined for order <*>"
	)
	ms := func(satTicks int) []Member {
		return []Member{
			tickedMember("declined", 1, tickedRun{declinT, 20, 1, 1}, tickedRun{tpl, 2, 23, 1}),
			tickedMember("crashed", 2, tickedRun{crashT, 20, 1, 1}, tickedRun{tpl, 2, 23, 1}),
			tickedMember("declined-sat", 3, tickedRun{declinT, 20, 1, 1}, tickedRun{tpl, satTicks, 23, 1}),
			tickedMember("forged-a", 4, tickedRun{tpl, 21, 22, 0}), // the burst: one minute
			tickedMember("forged-b", 5, tickedRun{tpl, 21, 22, 0}),
			tickedMember("forged-c", 6, tickedRun{tpl, 1, 22, 0}),
		}
	}
	require.Equal(t, "declined", Targets(ms(20))["declined-sat"], "the satellite is declined's")
	require.NotContains(t, Targets(ms(2)), "crashed", "control: the burst alone does not fold the crash")
	got := Targets(ms(20))
	assert.NotContains(t, got, "crashed", "declined's own satellite's minutes and a burst fold the crash: %v", got)
}

// A documented limit (h67 finding, kept by h79; fingerprint.md, "Minutes
// are counted per value"): minutes are counted per value, so a slot whose
// other values each fail now and then never outlasts an established
// value, however many of them and however long together: two providers
// established on their own for 30 minutes, then six others failing in
// turn, each in 10 of 60 distinct minutes (the slot active every minute,
// 60 records besides), leave "adyen" an item of its own, which by records
// alone (as before h64) folds. Counted as the union of the values'
// minutes it would fold, and a burst of any number of values in one
// minute is one minute of that union as well; but the union needs each
// value's minutes, state shared by a template's clusters (per template
// and scope, persisted, bounded against hostile templates), where a
// Trust holds its own count. The cost is a split (two items of one
// family, the safe side), never a fold. The test states what a union
// would do; it is skipped while the limit stands.
func TestRootsRareValuesNeverOutlastAnEstablishedOne(t *testing.T) {
	t.Skip("documented limit (fingerprint.md, lineage: minutes are counted per value): a family whose other values each fail in few minutes stays split from an established value; counting the union of the values' minutes needs per-template state a Trust does not hold")
	const tpl = "payment for order <*> declined by provider <*>"
	ms := []Member{
		tickedMember("stripe", 1, tickedRun{"payment for order <*> declined by provider stripe", 30, 1, 1}, tickedRun{tpl, 2, 31, 0}),
		tickedMember("adyen", 2, tickedRun{"payment for order <*> declined by provider adyen", 30, 1, 1}, tickedRun{tpl, 2, 31, 0}),
	}
	for k := range 6 { // provider k fails in minutes 31+k, 37+k, ...
		ms = append(ms, tickedMember(fmt.Sprint("provider-", k), int64(3+k), tickedRun{tpl, 10, uint64(31 + k), 6}))
	}
	require.Equal(t, int64(10), ms[2].Ticks)
	noTicks := slices.Clone(ms)
	for i := range noTicks {
		noTicks[i].Ticks, noTicks[i].SinceTicks = 0, nil
	}
	require.Equal(t, "stripe", Targets(noTicks)["adyen"], "by records alone, adyen folds")
	assert.Equal(t, "stripe", Targets(ms)["adyen"], "six providers failing over 60 minutes explain adyen's 30: %v", Targets(ms))
}

// BenchmarkObserveSettled is the common case of cluster.Store.Add: a
// record carrying the latest trusted template, in the tick of the one
// before (inlined: go build -gcflags=-m ./internal/cluster).
func BenchmarkObserveSettled(b *testing.B) {
	const tpl, body = "payment <*> for order <*>", "payment declined for order 1"
	var tr Trust
	for range 2 {
		tr.ObserveTick(7)
		tr.ObserveRecord(tpl, body, 2)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ { // not b.Loop, which keeps its body's calls
		tr.ObserveTick(7)
		tr.ObserveRecord(tpl, body, 2)
	}
}

// A record whose constant words are all keys or fields (a CSV line of a
// DHCP server's audit log, an audit record of key=value pairs) names its
// event as a sentence does: the values of its slots fold like any other
// (h90: before, no token without a variable held a letter, so such a
// template was never trusted and every value stayed an item of its own).
func TestRootsFoldKeyedAndCommaSeparatedRecords(t *testing.T) {
	for _, tpl := range []string{
		"Renew,<*>,<*>,<*>,,<*>,<*>,,,,<*>",
		"pid=<*> uid=<*> ses=<*> msg='op=<*> acct=\"<*>\" res=<*>'",
	} {
		ms := []Member{
			tickedMember("host-a", 1, tickedRun{tpl, 3, 1, 1}),
			tickedMember("host-b", 2, tickedRun{tpl, 3, 2, 1}),
			tickedMember("host-c", 3, tickedRun{tpl, 1, 3, 1}), // one record: joins
		}
		got := Targets(ms)
		assert.Equal(t, map[string]string{"host-b": "host-a", "host-c": "host-a"}, got, tpl)
	}
}

// The keyed template goes through the same guards: a few forged records
// under it do not fold two established values of the slot (each logged
// on its own template for twenty minutes before the miner generalized).
func TestRootsForgedKeyedRecordsFoldNoEstablishedValue(t *testing.T) {
	const tpl = "Renew,<*>,<*>,<*>,,<*>"
	ms := []Member{
		tickedMember("lease-a", 1, tickedRun{"Renew,<*>,laptop,<*>,,<*>", 20, 1, 1}, tickedRun{tpl, 20, 23, 1}),
		tickedMember("lease-b", 2, tickedRun{"Renew,<*>,printer,<*>,,<*>", 20, 1, 1}, tickedRun{tpl, 20, 23, 1}),
		tickedMember("forged-a", 3, tickedRun{tpl, 2, 22, 0}),
		tickedMember("forged-b", 4, tickedRun{tpl, 2, 22, 0}),
		tickedMember("forged-c", 5, tickedRun{tpl, 1, 22, 0}),
	}
	got := Targets(ms)
	assert.NotContains(t, got, "lease-a", "%v", got)
	assert.NotContains(t, got, "lease-b", "%v", got)
	assert.Equal(t, "lease-a", got["forged-a"], "young values fold: %v", got)
}

// A template the miner wrote later stands for an earlier one token by
// token; a wider one that generalizes more of the record than it keeps,
// one of variables alone, or one that hides an exception type does not.
func TestCovers(t *testing.T) {
	for _, c := range []struct {
		wide, narrow string
		want         bool
	}{
		{"Connector <*> started", "Connector mqtt started", true},
		{"Connector <*> started", "Connector mqtt bridge started", true}, // a variable stands for one or more tokens
		{"Connector <*> started", "Connector started", false},
		{"Connector <*> started", "Connector mqtt stopped", false},
		{"Connector <*> started", "Connector <*> started", false}, // itself
		{"Connector <*> <*>", "Connector mqtt started", false},    // generalizes two words of three
		{"lease pid=<*> renewed", "lease pid=4711 renewed", true}, // a variable within a token
		{"lease pid=<*> renewed", "lease uid=4711 renewed", false},
		{"lease <*>ms renewed", "lease ms renewed", false}, // one character at least
		{"user <*> <*>", "user alice logged in", false},    // generalizes three words, keeps one
		{"user <*> <*>", "user <*> <*>", false},
		{"<*> <*> <*>", "link 10.0.0.7 Reachable", false},                          // no constant word
		{"Transport failed: <*>", "Transport failed: java.io.EOFException", false}, // hides the exception type
		{"Transport <*> java.io.EOFException", "Transport failed: java.io.EOFException", true},
	} {
		assert.Equal(t, c.want, Covers(c.wide, c.narrow), "%q over %q", c.wide, c.narrow)
	}
}

// coveredMember is tickedMember with the text its latest record tells
// (Trust.Text), as the exporter's store passes it.
func coveredMember(fp string, first int64, runs ...tickedRun) Member {
	var tr Trust
	for _, r := range runs {
		for i := range r.n {
			tr.ObserveTick(r.tick + uint64(i)*r.every)
			tr.ObserveRecord(r.tpl, "", DefaultNeed)
		}
	}
	m := tickedMember(fp, first, runs...)
	m.Text = tr.Text()
	return m
}

// A value that logged once before the miner generalized its slot carries
// the early template, which no other fingerprint carries: it joins the
// family that trusts the template the miner has since written for it.
// Without the text (a restored cluster before its next record) it stays
// apart as before.
func TestRootsFoldEarlyTemplateByCoverage(t *testing.T) {
	const tpl = "Connector <*> started"
	ms := []Member{
		coveredMember("mqtt", 1, tickedRun{"Connector mqtt started", 1, 1, 1}), // one record, before the miner generalized
		coveredMember("kafka", 2, tickedRun{tpl, 3, 2, 1}),
		coveredMember("redis", 3, tickedRun{tpl, 3, 2, 1}),
		coveredMember("other", 4, tickedRun{"Connector mqtt stopped", 1, 2, 1}), // not covered
	}
	require.Equal(t, "Connector mqtt started", ms[0].Text)
	require.Equal(t, tpl, ms[1].Text)
	assert.Equal(t, map[string]string{"mqtt": "kafka", "redis": "kafka"}, Targets(ms), "a young value never heads the family")
	ms[0].Text = ""
	assert.Equal(t, map[string]string{"redis": "kafka"}, Targets(ms), "no text, no coverage")
	ms[0].Text = "Connector mqtt started"
	for _, m := range ms[1:3] { // every young value of the early template joins
		m.Templates, m.Origin, m.Since, m.SinceTicks = nil, 0, nil, nil
		m.Joins, m.Text, m.Records = xxhash.Sum64String("Connector mqtt started"), "Connector mqtt started", 1
		assert.Nil(t, Targets([]Member{ms[0], m}), "no template trusted: no family")
	}
}

// A template covers what it covers, never more: a few forged records under
// a wide template do not fold an established value (twenty minutes on its
// own template), and a wide template that keeps fewer words than it
// generalizes folds no young value either. Only young values (at most
// lineage_records records, which never head a family nor hold a history)
// join by coverage, so no item with a history (or its ticket) folds.
func TestRootsForgedWideTemplateFoldsNoEstablishedValue(t *testing.T) {
	ms := []Member{
		coveredMember("mqtt", 1, tickedRun{"Connector mqtt started", 20, 1, 1}),
		coveredMember("kafka", 2, tickedRun{"Connector kafka started", 20, 1, 1}),
		coveredMember("alice", 3, tickedRun{"user alice logged in", 20, 1, 1}),
		coveredMember("forged-a", 4, tickedRun{"Connector <*> started", 2, 22, 0}),
		coveredMember("forged-b", 5, tickedRun{"user <*> <*>", 2, 22, 0}),
		coveredMember("forged-c", 6, tickedRun{"<*> <*> <*>", 2, 22, 0}),
		coveredMember("bob", 7, tickedRun{"user bob logged out", 1, 22, 0}),     // young, under the wide template only
		coveredMember("amqp", 8, tickedRun{"Connector amqp started", 1, 22, 0}), // young, covered
	}
	got := Targets(ms)
	for _, fp := range []string{"mqtt", "kafka", "alice", "forged-a", "forged-b", "bob"} {
		assert.NotContains(t, got, fp, "%v", got)
	}
	assert.Equal(t, map[string]string{"amqp": "forged-a"}, got, "the young value joins the template that covers it")
}

// The templates a joining member is compared with are found by its own
// words and bounded (maxCoverTries): trusted templates under other words
// cost nothing, the most specific one that covers it wins whatever the
// order of the members, a flood of templates under its first word costs
// nothing (its rarest word is looked up first), and one under every word
// it has costs the bound and leaves it apart (a fold lost, never a wrong
// one).
func TestRootsCoverageIsBoundedAndOrderFree(t *testing.T) {
	var ms []Member
	for i := range 200 {
		ms = append(ms, coveredMember(fmt.Sprint("other-", i), int64(10+i), tickedRun{fmt.Sprintf("Listener <*> stopped %d", i), 3, 1, 1}))
	}
	ms = append(ms,
		coveredMember("wide", 1, tickedRun{"Connector <*> started", 3, 1, 1}),
		coveredMember("narrow", 2, tickedRun{"Connector <*> bridge started", 3, 1, 1}),
		coveredMember("mqtt", 3, tickedRun{"Connector mqtt bridge started", 1, 1, 1}),
	)
	want := Targets(ms)
	assert.Equal(t, "narrow", want["mqtt"], "the most specific covering template")
	r := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		r.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
		assert.Equal(t, want, Targets(ms))
	}
	for i := range 100 {
		ms = append(ms, coveredMember(fmt.Sprint("flood-", i), int64(300+i), tickedRun{fmt.Sprintf("Connector <*> bridge stopped %d", i), 3, 1, 1}))
	}
	assert.Equal(t, "narrow", Targets(ms)["mqtt"], "found by its rarest word")
	for i := range maxCoverTries {
		ms = append(ms, coveredMember(fmt.Sprint("mimic-", i), int64(400+i), tickedRun{fmt.Sprintf("Connector <*> bridge started now %d", i), 3, 1, 1}))
	}
	assert.NotContains(t, Targets(ms), "mqtt", "the bound spent on templates that share every word")
}

// A value that logged a few records in a row before the miner generalized
// trusts its early template, which no other fingerprint trusts: it is
// weighed as an established value of the template that covers it, as if
// it had trusted it after all its records, and folds only when the
// template's young values carried more (in records and in minutes).
func TestRootsLoneTemplateCoveredIsWeighed(t *testing.T) {
	const tpl = "Connector <*> started"
	values := func(n int) []Member {
		var ms []Member
		for k := range n {
			ms = append(ms, coveredMember(fmt.Sprint("value-", k), int64(10+k), tickedRun{tpl, 4, 3, 1}))
		}
		return ms
	}
	mqtt := coveredMember("mqtt", 1, tickedRun{"Connector mqtt started", 3, 1, 1})
	require.Equal(t, "Connector mqtt started", mqtt.Text)
	got := Targets(append(values(3), mqtt))
	assert.Equal(t, "mqtt", got["value-0"], "two other values carried 4 records in 4 minutes each (the oldest is the family's item): %v", got)
	got = Targets(append(values(2), mqtt))
	assert.NotEqual(t, "mqtt", got["value-0"], "one other value: %v", got)
	old := coveredMember("mqtt", 1, tickedRun{"Connector mqtt started", 30, 1, 1})
	got = Targets(append(values(3), old))
	assert.NotEqual(t, "mqtt", got["value-0"], "thirty minutes on its own: %v", got)
}

// A snapshot's text is restored only when it is the template the saved
// hashes name (the latest trusted one, or the joining one): a text from
// other code or a damaged file changes nothing.
func TestRestoreTextOnlyForItsHash(t *testing.T) {
	var a Trust
	for range 3 {
		a.Observe("Connector <*> started", 2)
	}
	require.Equal(t, "Connector <*> started", a.Text())
	b := Trust{Trusted: a.Trusted, Since: a.Since, SinceTicks: a.SinceTicks, Joins: a.Joins}
	require.Empty(t, b.Text(), "hashes only")
	b.RestoreText("Connector <*> stopped")
	require.Empty(t, b.Text(), "another template's text")
	b.RestoreText("Connector <*> started")
	require.Equal(t, "Connector <*> started", b.Text())
	require.False(t, b.Observe("Connector <*> started", 2), "settled: trusted already")

	var j Trust // one record: joins, trusts nothing
	j.Observe("Connector mqtt started", 2)
	require.Equal(t, "Connector mqtt started", j.Text())
	k := Trust{Joins: j.Joins}
	k.RestoreText("Connector mqtt started")
	require.Equal(t, "Connector mqtt started", k.Text())
}

// forgedCoverage is the worst a sender makes of the fold by coverage at a
// flush (security.md, h95's LOW finding): young members, each of one
// record under a long template no member trusts, whose words, first and
// last tokens are those of wide trusted templates that fail to cover it
// only in their middle, after the most backtracking (each young member
// spends the bound of comparisons, maxCoverTries, and folds nowhere).
func forgedCoverage(young, wide int) []Member {
	var ms []Member
	var b []byte
	for k := range wide { // "a <*> b<*>c ... b<*>c kK <*> z": 64 tokens
		b = append(b[:0], "a <*>"...)
		for range 59 {
			b = append(b, " b<*>c"...)
		}
		b = fmt.Appendf(b, " k%d <*> z", k)
		ms = append(ms, coveredMember(fmt.Sprint("wide-", k), int64(k+1), tickedRun{string(b), 3, 1, 1}))
	}
	for i := range young { // "a yI bxc ... bxc q z": 64 tokens
		b = fmt.Appendf(b[:0], "a y%d", i)
		for range 60 {
			b = append(b, " bxc"...)
		}
		b = append(b, " q z"...)
		ms = append(ms, coveredMember(fmt.Sprint("young-", i), int64(wide+i+1), tickedRun{string(b), 1, 1, 1}))
	}
	return ms
}

// forgedWords is forgedCoverage's other shape: young members each of 64
// words, each word indexed (under eight wide templates of eight words
// and variables), which the comparisons turn away at once: the lookups
// and their order are the work.
func forgedWords(young int) []Member {
	var ms []Member
	var b []byte
	for k := range 8 {
		b = b[:0]
		for w := range 8 {
			b = fmt.Appendf(b, "w%d ", 8*k+w)
		}
		for range 55 {
			b = append(b, "<*> "...)
		}
		b = append(b, Wildcard...)
		ms = append(ms, coveredMember(fmt.Sprint("wide-", k), int64(k+1), tickedRun{string(b), 3, 1, 1}))
	}
	for i := range young {
		b = b[:0]
		for w := range 63 {
			b = fmt.Appendf(b, "w%d ", w)
		}
		b = fmt.Appendf(b, "y%d", i)
		ms = append(ms, coveredMember(fmt.Sprint("young-", i), int64(100+i), tickedRun{string(b), 1, 1, 1}))
	}
	return ms
}

// BenchmarkRootsForgedCoverage is one flush's fold (Roots) of 10,000
// forged young members: against 32 wide templates built to backtrack
// (forgedCoverage), and of 64 indexed words each (forgedWords). The
// flush's budget of comparisons bounds what such a flood costs.
func BenchmarkRootsForgedCoverage(b *testing.B) {
	for _, c := range []struct {
		name string
		ms   []Member
	}{{"backtrack", forgedCoverage(10000, 32)}, {"words", forgedWords(10000)}} {
		b.Run(c.name, func(b *testing.B) {
			if got := Targets(c.ms); len(got) != 0 {
				b.Fatalf("folded %d", len(got))
			}
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				Roots(c.ms)
			}
		})
	}
}

// The bounded comparisons (precomputed tokens, the tail checked first, a
// bound per pair and per flush) fold exactly as the unbounded ones did
// wherever no bound is reached: random templates of a small vocabulary,
// their narrower values and values of other templates, in random scopes.
func TestCoveringAgreesWithTheReference(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	words := []string{"Connector", "started", "stopped", "user", "login", "failed", "for", "at", "id=<*>", "<*>ms", "pid=4711", "mqtt", "kafka", "id=7", "12ms", "java.io.EOFException", "x<*>y", "xzy", "xy"}
	gen := func(n int, vars float64) string {
		var b []byte
		for k := range n {
			if k > 0 {
				b = append(b, ' ')
			}
			if r.Float64() < vars {
				b = append(b, Wildcard...)
			} else {
				b = append(b, words[r.IntN(len(words))]...)
			}
		}
		return string(b)
	}
	folds := 0
	for round := range 200 {
		var ms []Member
		var young []int32
		var wides []string
		for k := range 12 {
			w := gen(2+r.IntN(6), 0.4)
			wides = append(wides, w)
			ms = append(ms, Member{Fingerprint: fmt.Sprint("wide-", k), Scope: fmt.Sprint(r.IntN(2)), Templates: []uint64{xxhash.Sum64String(w)}, Text: w, First: int64(k)})
		}
		for k := range 40 {
			var n string
			if k%2 == 0 { // a value of a wide template: each variable a word or two
				var b []byte
				for tok := range strings.FieldsSeq(wides[r.IntN(len(wides))]) {
					if len(b) > 0 {
						b = append(b, ' ')
					}
					if tok == Wildcard {
						b = append(b, gen(1+r.IntN(2), 0.1)...)
					} else {
						b = append(b, tok...)
					}
				}
				n = string(b)
			} else {
				n = gen(2+r.IntN(7), 0.1)
			}
			young = append(young, int32(len(ms)))
			ms = append(ms, Member{Fingerprint: fmt.Sprint("young-", k), Scope: fmt.Sprint(r.IntN(2)), Joins: xxhash.Sum64String(n), Records: 1, Text: n, First: int64(100 + r.IntN(50))})
		}
		want := coveringReference(ms, young)
		got, _ := covering(ms, young, Cursor{})
		require.Equal(t, want, got, "round %d", round)
		for _, h := range got {
			if h != 0 {
				folds++
			}
		}
		for _, w := range wides {
			for _, i := range young {
				require.Equal(t, coversReference(w, ms[i].Text), Covers(w, ms[i].Text), "%q over %q", w, ms[i].Text)
			}
		}
	}
	require.Greater(t, folds, 500, "the cases cover")
}

// A pair whose matching takes more than maxCoverSteps token comparisons is
// not covered (a fold lost, never a wrong one): a sender's templates built
// to backtrack cost each comparison a bound, not the square of their
// tokens; a template whose tokens after its last variable do not end the
// other costs one comparison.
func TestCoversBoundsItsWork(t *testing.T) {
	var w, n []string
	w = append(w, "a", Wildcard)
	for range 30 {
		w = append(w, "b<*>c")
	}
	w = append(w, "k", Wildcard, "z")
	n = append(n, "a")
	for range 29 { // each start in this run matches to its end
		n = append(n, "bxc")
	}
	n = append(n, "v")
	for range 30 {
		n = append(n, "bxc")
	}
	n = append(n, "k", "q", "z")
	wide, narrow := strings.Join(w, " "), strings.Join(n, " ")
	require.True(t, coversReference(wide, narrow), "it does cover")
	require.Greater(t, refSteps(wide, narrow), maxCoverSteps)
	assert.False(t, Covers(wide, narrow), "after the bound")
	assert.True(t, Covers(wide, "a v "+strings.Join(n[30:], " ")), "within the bound")

	wc, nc := newCoverText2(wide+" end"), newCoverText2("a v "+strings.Join(n[30:], " ")+" other")
	budget := 1 << 20
	assert.False(t, wc.covers(&nc, true, &budget))
	assert.Equal(t, 1<<20-1, budget, "the tail first: one comparison")
}

func newCoverText2(text string) coverText { c, _ := newCoverText(text); return c }

// The comparisons of a flush share a budget, spent on the oldest members
// first: a flood of forged young members whose templates cost each its
// bound leaves an older value its fold and costs a newer one its fold at
// that flush (never a wrong fold), so the flush's time is bounded.
func TestRootsCoverageFloodSpendsTheFlushBudget(t *testing.T) {
	const tpl = "Connector <*> started"
	flood := maxCoverBudget/(maxCoverTries*maxCoverSteps) + 10
	ms := forgedCoverage(flood, maxCoverTries)
	ms = append(ms,
		coveredMember("kafka", -3, tickedRun{tpl, 3, 1, 1}),
		coveredMember("mqtt", -2, tickedRun{"Connector mqtt started", 1, 1, 1}), // older than the flood
		coveredMember("amqp", 1<<40, tickedRun{"Connector amqp started", 1, 1, 1}),
	)
	got := Targets(ms)
	assert.Equal(t, "kafka", got["mqtt"])
	assert.NotContains(t, got, "amqp", "after the flood: the budget is spent")
	assert.Equal(t, "kafka", Targets(ms[len(ms)-3:])["amqp"], "without the flood")

	// young members of 64 indexed words each, turned away at once: the
	// lookups and their order are spent from the budget too
	ms = append(forgedWords(maxCoverBudget/400+10), ms[len(ms)-3:]...)
	got = Targets(ms)
	assert.Equal(t, "kafka", got["mqtt"])
	assert.NotContains(t, got, "amqp", "after the flood of words: the budget is spent")
}

// h106 finding (MEDIUM): the coverage fold's flush budget was spent on
// the oldest young members first at every flush, and a member with one
// record stays young for good: forged young members of any service,
// created once before the legitimate ones, spent it at every flush, and
// no member created after them folded by coverage while they were kept
// (a budget per service does not help: a record names its service). A
// flush starts where the previous one's budget ran out (RootsFrom's
// cursor): every young member is searched within a bounded number of
// flushes, here the second.
func TestRootsCoverageFloodOfOneScopeStarvesOthers(t *testing.T) {
	const tpl = "Connector <*> started"
	flood := forgedCoverage(maxCoverBudget/(maxCoverTries*maxCoverSteps)+10, maxCoverTries)
	for i := range flood {
		flood[i].Scope = "forger"
	}
	legit := []Member{
		coveredMember("kafka", 1<<40, tickedRun{tpl, 3, 1, 1}),
		coveredMember("amqp", 1<<40+1, tickedRun{"Connector amqp started", 1, 1, 1}),
	}
	require.Equal(t, "kafka", Targets(legit)["amqp"], "without the flood")
	ms := append(slices.Clone(flood), legit...)
	require.NotContains(t, Targets(ms), "amqp", "the flood spends one flush's budget")
	var from Cursor
	var folds []bool
	for flush := range 6 { // the flood stays young, the same at every flush
		rand.Shuffle(len(ms), func(a, b int) { ms[a], ms[b] = ms[b], ms[a] })
		root, next := RootsFrom(ms, from)
		require.NotEqual(t, Cursor{}, next, "flush %d: the budget ran out", flush)
		from = next
		got := TargetsOf(ms, root)
		require.Contains(t, []string{"", "kafka"}, got["amqp"], "never a wrong fold")
		folds = append(folds, got["amqp"] == "kafka")
	}
	assert.Equal(t, []bool{false, true}, folds[:2], "the second flush starts where the first stopped")
	for f := 1; f < len(folds); f++ {
		assert.True(t, folds[f-1] || folds[f], "flushes %d and %d: another service's flood spent the budget of both", f-1, f)
	}
}

// h106 finding (LOW): a member whose search the flush budget cut short
// kept the best template found so far, which need not be the one the
// whole search finds: a covering template with a rare word is tried
// first, the more specific one (the member's family without the cut)
// later. A flood sized to end the budget between the two (a forger can
// count it: the spending is deterministic) folded the member into the
// less specific template's family, a wrong fold, where the budget's rule
// is a fold lost, never a wrong one. A search the budget cut folds
// nothing.
func TestRootsCoverageBudgetCutFoldsNothing(t *testing.T) {
	shop := func(fp string, first int64, tpl string, n int) Member {
		m := coveredMember(fp, first, tickedRun{tpl, n, 1, 1})
		m.Scope = "shop"
		return m
	}
	legit := []Member{
		shop("specific", 1<<40, "a b c <*>", 3),
		shop("vague", 1<<40+1, "<*> b <*> d", 3), // its word d has the fewest templates: tried first
		shop("decoy-e", 1<<40+2, "a b c e", 3),
		shop("decoy-f", 1<<40+3, "a b c f", 3),
		shop("young", 1<<40+4, "a b c d", 1),
	}
	require.Equal(t, "specific", Targets(legit)["young"], "without a flood: the most specific covering template")
	require.Equal(t, "vague", Targets(slices.Delete(slices.Clone(legit), 0, 1))["young"], "the vague one covers it too")
	flood := func(n, cheap int) []Member {
		ms := forgedCoverage(n, maxCoverTries)
		for i := range cheap { // one lookup each
			ms = append(ms, coveredMember(fmt.Sprint("cheap-", i), int64(1<<30+i), tickedRun{fmt.Sprint("z", i), 1, 1, 1}))
		}
		for i := range ms {
			ms[i].Scope = "forger"
		}
		return append(ms, legit...)
	}
	specific := func(n, cheap int) bool { return Targets(flood(n, cheap))["young"] == "specific" }
	// the largest flood of wide comparisons that leaves the member its
	// fold, then the fewest cheap members (the budget left one less each)
	// that take it: a forger counts them as well
	lo, hi := 0, 4*maxCoverBudget/(maxCoverTries*maxCoverSteps)
	require.False(t, specific(hi, 0))
	for lo+1 < hi {
		if mid := (lo + hi) / 2; specific(mid, 0) {
			lo = mid
		} else {
			hi = mid
		}
	}
	clo, chi := 0, 8*maxCoverTries*maxCoverSteps
	require.False(t, specific(lo, chi))
	for clo+1 < chi {
		if mid := (clo + chi) / 2; specific(lo, mid) {
			clo = mid
		} else {
			chi = mid
		}
	}
	got, folded := Targets(flood(lo, chi))["young"]
	assert.False(t, folded, "%d wide and %d cheap forged members: the search cut short folded the member into %q", lo, chi, got)
}

// Processor replicas generalize at different times (h126): a value first
// seen after its scope trusted the common template as a member's first
// (Member.OriginAt) is one of the template's young values, though a
// replica whose miner had not written the slot yet gave its records their
// own word for twenty minutes first (one miner would have written them
// with the common template from the start). A problem first seen before
// that is an established value, weighed as before.
func TestRootsValueFirstSeenAfterTheSlotIsYoung(t *testing.T) {
	const (
		tpl    = "payment <*> for order <*>"
		crashT = "payment crashed for order <*>"
	)
	head := tickedMember("declined", 1, tickedRun{tpl, 20, 1, 1})
	head.OriginAt = 1 // trusted when it was the newest member
	crashed := func(first int64) Member {
		return tickedMember("crashed", first, tickedRun{crashT, 20, 2, 1}, tickedRun{tpl, 20, 23, 1})
	}
	got := Targets([]Member{head, crashed(2)})
	assert.Equal(t, "declined", got["crashed"], "a value first seen after the template was trusted: %v", got)
	got = Targets([]Member{head, crashed(0)})
	assert.NotContains(t, got, "crashed", "a problem first seen before the template was trusted is established: %v", got)
	head.OriginAt = 0 // unknown (an older snapshot): weighed as before
	got = Targets([]Member{head, crashed(2)})
	assert.NotContains(t, got, "crashed", "without the time it was trusted: %v", got)

	// a value whose records never carried the common template is only
	// covered by it (Covers), and stays weighed as an established value
	// however late it was first seen: a variable within a token stands
	// for any characters, so `{"a":<*>,"z":<*>}` covers a JSON record
	// with more keys, another event (h126: on the held-out sets such
	// folds took Zeek's DNS answers into its queries, id GA 0.972 →
	// 0.753)
	lone := tickedMember("refused", 3, tickedRun{"payment refused for order <*>", 20, 2, 1})
	lone.Text = "payment refused for order <*>"
	head.OriginAt, head.Text = 1, tpl
	got = Targets([]Member{head, lone})
	assert.NotContains(t, got, "refused", "covered only, first seen after: %v", got)
}

// A forger who makes the common template trusted (a slot from forged
// words, two records in a row) after two problems were first seen does
// not make them young: they stay established values, each weighed by its
// own history (h126's fold takes only values first seen after).
func TestRootsForgedSlotMakesNoOlderProblemYoung(t *testing.T) {
	const tpl = "payment <*> for order <*>"
	declined := tickedMember("declined", 1, tickedRun{"payment declined for order <*>", 20, 1, 1}, tickedRun{tpl, 20, 23, 1})
	declined.OriginAt = 2
	crashed := tickedMember("crashed", 2, tickedRun{"payment crashed for order <*>", 20, 1, 1}, tickedRun{tpl, 20, 23, 1})
	crashed.OriginAt = 2
	forged := tickedMember("forged", 3, tickedRun{tpl, 2, 22, 0})
	forged.OriginAt = 3
	got := Targets([]Member{declined, crashed, forged})
	assert.NotContains(t, got, "crashed", "a forged slot folds an older problem: %v", got)
	assert.NotContains(t, got, "declined", "a forged slot folds an older problem: %v", got)
}

// The template's first member may be an established value itself (its own
// word first, the common template since: Member.LatestAt dates the
// latter): a value first seen after it trusted the common template is
// still one of the template's young values (h126).
func TestRootsValueFirstSeenAfterAnEstablishedTrustIsYoung(t *testing.T) {
	const tpl = "payment <*> for order <*>"
	declined := tickedMember("declined", 1, tickedRun{"payment declined for order <*>", 20, 1, 1}, tickedRun{tpl, 20, 23, 1})
	declined.OriginAt, declined.LatestAt = 1, 1
	crashed := tickedMember("crashed", 2, tickedRun{"payment crashed for order <*>", 20, 30, 1}, tickedRun{tpl, 20, 50, 1})
	got := Targets([]Member{declined, crashed})
	assert.Equal(t, "declined", got["crashed"], "first seen after declined trusted the template: %v", got)
	declined.LatestAt = 2 // trusted when crashed was already there
	got = Targets([]Member{declined, crashed})
	assert.NotContains(t, got, "crashed", "first seen before: %v", got)
}

// A value first seen before the template was trusted, but too young then
// to have trusted a template of its own (one record), is one of its young
// values too: its history began after the slot's (Member.OriginAt).
func TestRootsValueYoungWhenTheSlotWasTrustedIsYoung(t *testing.T) {
	const tpl = "payment <*> for order <*>"
	declined := tickedMember("declined", 1, tickedRun{"payment declined for order <*>", 20, 1, 1}, tickedRun{tpl, 20, 23, 1})
	declined.OriginAt, declined.LatestAt = 2, 3
	crashed := tickedMember("crashed", 2, tickedRun{"payment crashed for order <*>", 20, 30, 1}, tickedRun{tpl, 20, 50, 1})
	crashed.OriginAt = 4 // its own word trusted after declined trusted the template
	got := Targets([]Member{declined, crashed})
	assert.Equal(t, "declined", got["crashed"], "no history of its own when the template was trusted: %v", got)
	crashed.OriginAt = 3 // not after: established
	got = Targets([]Member{declined, crashed})
	assert.NotContains(t, got, "crashed", "its own word trusted by then: %v", got)
}
