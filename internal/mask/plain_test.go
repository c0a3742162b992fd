package mask

import (
	"math/rand/v2"
	"testing"
)

// scan's verdict on a piece of letters, '_' and digits (plainValue) is
// appendPiece's: the piece whole or one variable, never another shape,
// and the same one, but for the random case of a word without a digit,
// which appendPiece judges and scan leaves to pieces with a separator.
func TestPlainValueIsAppendPiece(t *testing.T) {
	const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
	pieces := []string{"a", "ok", "true", "NULL", "root", "admin", "localhost", "deadbeef", "DEADBEEF01", "user42", "eth0", "x86", "123", "123ms", "2026", "abc123def456", "aGVsbG8gd29ybGQ1MjM0NTY3", "Initializing", "xKqPzRtVwM", "jk2_init"}
	r := rand.New(rand.NewPCG(18, 1))
	for range 200000 {
		b := make([]byte, 1+r.IntN(40))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		pieces = append(pieces, string(b))
	}
	for _, p := range pieces {
		j, seen, st := pieceAt(p, 0, false)
		if j != len(p) || seen&clPunct != 0 {
			t.Fatalf("%q: not one plain piece (end %d, classes %b)", p, j, seen)
		}
		got := string(appendPiece(nil, p, st))
		if got != p && got != Wildcard {
			t.Fatalf("%q: appendPiece gives %q, neither the piece nor one variable", p, got)
		}
		if st.digits == 0 && st.upperLower() && randomCase(p) {
			continue // judged only with a separator inside (scan's choice)
		}
		if want := got == Wildcard; plainValue(p, st) != want {
			t.Fatalf("%q: plainValue %v, appendPiece %q", p, !want, got)
		}
	}
}
