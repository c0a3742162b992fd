package logtemplate

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// Review of h137's rules (session 23, h140).

// typeTagLastParen is typeTag as h137 wrote it (b0d648e): the last '('
// of the prefix, then the type's word up to the ')' that ends it.
func typeTagLastParen(p string) bool {
	if len(p) < 4 || p[len(p)-1] != ')' {
		return false
	}
	k := strings.LastIndexByte(p, '(')
	if k < 1 || k+2 >= len(p) || p[k-1] != '=' && p[k-1] != ':' {
		return false
	}
	for i := k + 1; i < len(p)-1; i++ {
		if c := p[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// typeTag reads back over the type's word only (h140: it searched the
// last '(' of the prefix, at each byte keyPrefix gave up, quadratic in a
// token of "a)a)a)..."); its answers are h137's.
func TestTypeTagReadsBackOverTheTypeOnly(t *testing.T) {
	r := rand.New(rand.NewPCG(140, 137))
	const alphabet = "a=:()_Z9 ,-"
	for n := 0; n < 200000; n++ {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		p := string(b)
		if got, want := typeTag(p), typeTagLastParen(p); got != want {
			t.Fatalf("typeTag(%q) = %v, h137's %v", p, got, want)
		}
	}
	for _, p := range []string{"format=(string)", "width=(int)", "k:(u8)", "caps (string)", "f=()", "a=(b c)", "=(x)", "x=(a)a)"} {
		if got, want := typeTag(p), typeTagLastParen(p); got != want {
			t.Errorf("typeTag(%q) = %v, h137's %v", p, got, want)
		}
	}
}

// BenchmarkKeyPrefixTypeTagHostile measures keyPrefix on two tokens that
// share n bytes of "a)" pairs after a key's "=(" (h140: typeTag searched
// the last '(' at each of the n bytes, 1.5 s at 64 KiB; the masker's scan
// limit, 16 KiB, made a record cost about 15 ms of the miner) and the
// miner on six such records of 15 KiB.
func BenchmarkKeyPrefixTypeTagHostile(b *testing.B) {
	for _, n := range []int{4 << 10, 64 << 10} {
		a := "k=(" + strings.Repeat("a)", n/2) + "X"
		u := "k=(" + strings.Repeat("a)", n/2) + "Y"
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(a)))
			for range b.N {
				_ = keyPrefix(a, u)
			}
		})
	}
	b.Run("miner", func(b *testing.B) {
		var lines []string
		for _, w := range []string{"Xa", "Yb", "Zc", "Wd", "Ve", "Uf"} {
			lines = append(lines, "caps k=("+strings.Repeat("a)", 15<<9)+w+" done")
		}
		b.SetBytes(int64(len(lines) * len(lines[0])))
		for range b.N {
			m := newMiner(b, nil)
			for _, l := range lines {
				m.Process(l)
			}
		}
	})
}
