package lineage

import (
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

// h153: adversarial review of h146's head rule.

// bigFamilies is families members of one scope each, per family sharing
// one trusted template, with ticks spread over [1, 10000] and the oldest
// of each family held.
func bigFamilies(families, per int) []Member {
	ms := make([]Member, 0, families*per)
	for f := range families {
		tpl := trusted(fmt.Sprintf("payment <*> for order <*> in shop %d", f))
		for i := range per {
			tk := int64(1 + (i*7919)%10000)
			ms = append(ms, Member{Fingerprint: fmt.Sprintf("f%d-%05d", f, i), Scope: "svc", Templates: tpl, Origin: tpl[0],
				Records: 2 * tk, Ticks: tk, First: int64(f*per + i), Held: i == 0})
		}
	}
	return ms
}

// The head's share of a Lineage call with thousands of members a family:
// held is one pass over the members (three slices of their number), next
// to RootsFrom's union of them.
func BenchmarkRootsHeadManyMembers(b *testing.B) {
	for _, per := range []int{1000, 5000} {
		ms := bigFamilies(4, per)
		b.Run(fmt.Sprintf("roots/%d", per), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Roots(ms)
			}
		})
		root := Roots(ms)
		b.Run(fmt.Sprintf("held/%d", per), func(b *testing.B) {
			b.ReportAllocs()
			r := make([]int, len(root))
			for b.Loop() {
				copy(r, root)
				held(ms, r, true)
			}
		})
	}
}

// The band stops churn: an adversary choosing, minute by minute, which of
// three members logs (one record a minute, the cheapest a tick comes),
// greedily to make the head change at every call, trades the head only a
// few times over thousands of minutes (each trade needs a member's
// minutes to double against the heaviest's: the shares' ratio is two),
// where without the held head (HeldShare = HeadShare) it would trade at
// every crossing of the third.
func TestRootsHeadChurnBoundedByTheBand(t *testing.T) {
	tpl := trusted("payment <*> for order <*>")
	ms := []Member{
		{Fingerprint: "o", Scope: "svc", Templates: tpl, Origin: tpl[0], Ticks: 1, Records: 1, First: 1},
		{Fingerprint: "h", Scope: "svc", Templates: tpl, Origin: tpl[0], Ticks: 3, Records: 3, First: 2},
		{Fingerprint: "b", Scope: "svc", Templates: tpl, Origin: tpl[0], Ticks: 3, Records: 3, First: 3},
	}
	headOf := func() int {
		r := Roots(ms)
		return r[2] // b never heads while another holds: its root is the head
	}
	const minutes = 20000
	trades, head := 0, headOf()
	for range minutes {
		// try each member's next minute, keep one that moves the head
		moved := -1
		for j := range ms {
			ms[j].Ticks++
			r := headOfWith(ms, head)
			ms[j].Ticks--
			if r != head {
				moved = j
				break
			}
		}
		if moved < 0 {
			moved = 2 // no single minute moves it: the heaviest logs
		}
		ms[moved].Ticks++
		ms[moved].Records++
		for j := range ms {
			ms[j].Held = j == head
		}
		if h := headOf(); h != head {
			trades++
			head = h
			for j := range ms {
				ms[j].Held = j == head
			}
		}
	}
	bound := 4 * int(math.Ceil(math.Log2(minutes)))
	t.Logf("%d trades, bound %d", trades, bound)
	require.LessOrEqual(t, trades, bound, "head trades over %d minutes", minutes)
}

// headOfWith is the family's head with ms[held] held.
func headOfWith(ms []Member, held int) int {
	for j := range ms {
		ms[j].Held = j == held
	}
	return Roots(ms)[2]
}
