package logtemplate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A word firstSlot takes weighs the records of the template it took
// (8bf5138): forged records with an event's word first, and the few other
// words that make the slot, make the word weigh as much as the event
// without the values h123's standard asks (n with the word first and n of
// values to fold an event of n records): here 10 + 4 + 4 = 18 forged
// records fold an event of 10, where TestKnownFirstValueWeightForged-
// RecordsLeaveEstablishedWords' 22 do not.
func TestFirstSlotWeightForgedRecordsLeaveEstablishedWords(t *testing.T) {
	m := newMiner(t, nil)
	var before string
	for range 10 {
		before = m.Process("Started job 7 on the worker").Template
	}
	for i := range 10 {
		m.Process(fmt.Sprintf("Started forged text of four words %d", i))
	}
	for _, w := range []string{"Forged", "Faked", "Feigned", "Fudged"} {
		m.Process(w + " forged text of four words 1")
	}
	for i := range 4 {
		m.Process(fmt.Sprintf("%x job 9 on the worker", 0xa1b2c3d4e5f0+i))
	}
	assert.Equal(t, before, m.Process("Started job 7 on the worker").Template, "%v", m.Templates())
}

// A word a slot already there takes (firstSlot's covers branch) weighs a
// record each time (8bf5138): one forged record with a value first makes
// the slot, and the event's word first on ten more makes the word weigh
// as much as an event of ten: 1 + 10 + 4 = 15 forged records fold it.
func TestFirstSlotTakenWordForgedRecordsLeaveEstablishedWords(t *testing.T) {
	m := newMiner(t, nil)
	var before string
	for range 10 {
		before = m.Process("Started job 7 on the worker").Template
	}
	m.Process(fmt.Sprintf("%x forged text of four words 1", 0xa1b2c3d4e5f0))
	for i := range 10 {
		m.Process(fmt.Sprintf("Started forged text of four words %d", i))
	}
	for i := range 4 {
		m.Process(fmt.Sprintf("%x job 9 on the worker", 0xa1b2c3d4e5f0+i))
	}
	assert.Equal(t, before, m.Process("Started job 7 on the worker").Template, "%v", m.Templates())
}

// BenchmarkKeySuffixUnbalanced measures generalizeToken on tokens of n
// openers before n closers (h134: keySuffix counted the brackets again
// at each step of its closer rule, a22e576, quadratic in the token).
func BenchmarkKeySuffixUnbalanced(b *testing.B) {
	for _, n := range []int{4 << 10, 64 << 10} {
		a := "x" + strings.Repeat("[", n/2) + "a" + strings.Repeat("]", n/2)
		u := "y" + strings.Repeat("]", n/2)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(a)))
			for range b.N {
				_ = generalizeToken([]string{a}, 0, u)
			}
		})
	}
}

// Forged tails after the separator inside a parenthesis, which do not end
// the sentence at its closer, teach the tail rule that prefix; the
// established events, whose tails end the sentence there ("<*>).
// Retried ..."), stay apart: parenSentence keeps them out of the tail
// rule, and the rule's weighing of established tails keeps them even
// without it (h134 found this sound; this test passes with
// parenSentence always false, so it pins the weighing, not 18bfecb).
func TestForgedTailsLeaveParenthesisSentences(t *testing.T) {
	m := newMiner(t, nil)
	var retried, exhausted string
	for i := range 30 {
		retried = m.Process(fmt.Sprintf("Delivery failed for (MessageId: ID-%d on ExchangeId: ID-%d). Retried delivery attempt %d", i, i+7, i%5)).Template
		exhausted = m.Process(fmt.Sprintf("Delivery failed for (MessageId: ID-%d on ExchangeId: ID-%d). Exhausted after delivery attempt %d", i, i+9, i%5)).Template
	}
	require.NotEqual(t, retried, exhausted, "%v", m.Templates())
	for i, w := range []string{"alpha beta", "gamma delta epsilon", "zeta eta", "theta iota kappa", "lambda mu", "nu xi omicron", "pi rho", "sigma tau upsilon", "phi chi", "psi omega", "one two", "three four five", "six seven"} {
		m.Process(fmt.Sprintf("Delivery failed for (MessageId: ID-%d on ExchangeId: ID-%d) %s", i, i, w))
	}
	assert.Equal(t, retried, m.Process("Delivery failed for (MessageId: ID-1 on ExchangeId: ID-2). Retried delivery attempt 3").Template, "%v", m.Templates())
	assert.Equal(t, exhausted, m.Process("Delivery failed for (MessageId: ID-1 on ExchangeId: ID-2). Exhausted after delivery attempt 3").Template, "%v", m.Templates())
}

// Forged types after a bracket's slot once the slot exists fold no
// established types, even as many as EnumerationValues would count: the
// slot's enumeration (e50a6f3) is checked when the slot is made, and the
// forged records' types meet the established ones as messages of one
// template each (h134 found this sound).
func TestSpanSlotForgedTypesLeaveEstablishedTypes(t *testing.T) {
	m := newMiner(t, nil)
	resolverReplies(m, 90, "A", "MX", "TXT")
	for i := range 4 {
		m.Process(fmt.Sprintf("resolver: sent reply %d [%d DR NOERROR] FORGED%c host2.example.net", 4711+i, 8101+i, 'A'+i))
	}
	got := m.Process("resolver: sent reply 4799 [8102 DR NOERROR] MX host3.example.net").Template
	assert.Equal(t, "resolver: sent reply <*> [<*>] MX <*>", got, "%v", m.Templates())
}
