package logtemplate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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
