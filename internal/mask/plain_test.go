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

// dashedHexCounted, which answers the canonical UUID and pieces with few
// hex digits from the piece's count, is dashedHex on random pieces of hex
// digits, dashes and other bytes (UUID-shaped ones among them).
func TestDashedHexCounted(t *testing.T) {
	const alphabet = "0123456789abcdefABCDEF-----gxzG_.:"
	r := rand.New(rand.NewPCG(19, 87))
	pieces := []string{"daefeabb-78eb-4c1e-9b1a-2f0c3d4e5f60", "DAEFEABB-78EB-4C1E-9B1A-2F0C3D4E5F60", "daefeabb-78eb-4c1e-9b1a-2f0c3d4e5f6g", "daefeabb-78eb-4c1e-9b1a-2f0c3d4e5-60", "daefeabb-78eb4-c1e-9b1a-2f0c3d4e5f60", "0123-4567-89ab-cdef"}
	for range 300000 {
		var b []byte
		if r.IntN(2) == 0 { // the canonical shape, some bytes changed
			b = []byte("daefeabb-78eb-4c1e-9b1a-2f0c3d4e5f60")
			for k := r.IntN(3); k > 0; k-- {
				b[r.IntN(len(b))] = alphabet[r.IntN(len(alphabet))]
			}
		} else {
			b = make([]byte, 1+r.IntN(45))
			for i := range b {
				b[i] = alphabet[r.IntN(len(alphabet))]
			}
		}
		pieces = append(pieces, string(b))
	}
	for _, p := range pieces {
		hex := 0
		for i := 0; i < len(p); i++ {
			if class[p[i]]&clHex != 0 {
				hex++
			}
		}
		if got, want := dashedHexCounted(p, hex), dashedHex(p); got != want {
			t.Fatalf("%q: dashedHexCounted %v, dashedHex %v", p, got, want)
		}
	}
}

// isPlainKey, which takes the digit count from the piece's stats, is isKey
// for every plain piece (letters, '_' and digits) that '=', "==", ':', ": "
// or another byte follows.
func TestIsPlainKey(t *testing.T) {
	const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789012345678901234567890123456789_"
	r := rand.New(rand.NewPCG(20, 87))
	pieces := []string{"user", "r24", "R08", "e1000e", "i40e", "jA9JBXgf022479", "x", "request_id", "a1b2c3"}
	for range 300000 {
		b := make([]byte, 1+r.IntN(36))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		pieces = append(pieces, string(b))
	}
	for n, p := range pieces {
		for _, after := range []string{"=", "==", "=x", ":", ": ", ":x", " "} {
			s := p + after
			if n%2 == 1 {
				s = "k " + s
			}
			i := len(s) - len(p) - len(after)
			j, seen, st := pieceAt(s, i, false)
			if j != i+len(p) || seen&clPunct != 0 {
				t.Fatalf("%q: not one plain piece", p)
			}
			if got, want := isPlainKey(s, i, j, st.digits), isKey(s, i, j); got != want {
				t.Fatalf("%q: isPlainKey %v, isKey %v", s, got, want)
			}
		}
	}
}

// dateTimeAt, which asks matchDateTime only after a letter that starts a
// month or weekday name, matches what matchDateTime matches after every
// upper-case letter: stamps of every month and weekday, and random words.
func TestDateTimeAtLetters(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 87))
	var ss []string
	for _, m := range months {
		ss = append(ss, m+" 14 15:16:01 host", m+"  2 2024 14:32:09", m+" 2 2024")
		for _, d := range weekdays {
			ss = append(ss, d+" "+m+" 04 04:47:44 2005", d+" "+m+" 4 04:47:44")
		}
	}
	const tail = "abcxyzJFMASONDTW0123456789: "
	for c := byte('A'); c <= 'Z'; c++ {
		for range 2000 {
			b := []byte{c, 'a' + byte(r.IntN(26)), 'a' + byte(r.IntN(26)), ' '}
			for k := r.IntN(20); k > 0; k-- {
				b = append(b, tail[r.IntN(len(tail))])
			}
			ss = append(ss, string(b))
		}
	}
	for _, s := range ss {
		if got, want := dateTimeAt(s), matchDateTime(s); got != want {
			t.Fatalf("%q: dateTimeAt %d, matchDateTime %d", s, got, want)
		}
	}
}
