package mask

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// plainRunWords are the words around the edges of scan's run of plain
// words: those plainWord must refuse (name nouns, literals, schemes,
// months and weekdays, published prefixes, hex words), words that share
// their first and last letters and lengths, words that end at something
// other than whitespace, and values the run must leave to the piece path
// (dates and credentials that take the words after them).
var plainRunWords = append(strings.Fields(nameNouns+" "+literalValues+` bearer basic token Bearer Basic Token
	Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun JUN Jun. Junk Sunday
	took to too total timed tokens be because between basics sku skus ghp gho AKIA ASIA AIza xoxb npm eyJ
	HSET users tables hosts deadline served returned from for the a I OK ms MS sec GET POST SELECT FROM
	deadbeef DEADBEEF deadbeefcafe abcdef Facade cafebabe fedcba9876 a1 x86 eth0 ms. user= user: user, (user)
	password secret passwd pwd apikey api_key access_token Password PASSWORD secret= password: token=
	ghp_abcdefghijklmnopqrstuvwxyz0123456789 AKIAABCDEFGHIJKLMNOP sk_live_abcdefghijklmnop1234
	sk-abcdefghijklmnopqrstuvwxyz eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig xoxb-1234567890-abcdefghij
	npm_abcdefghijklmnopqrstuvwxyz0123456789 abcdefghijklmnopqrstuvwx1234 dXNlcjpwYXNzd29yZA==
	14 15:16:01 2005 04:47:44 2015-10-18 18:01:47,978 123ms 200 10.0.0.1 /api/v1 http://x.test/a
	naïve café Ünïcode “quoted” "q" 'q' "a b" x=1 k="v" [x] {y} <z> a.b a-b a_b a/b a\b ... … #3 50%`),
	"Jun 14 15:16:01", "Sun Dec 04 04:47:44 2005", "Mon Jan  2 15:04:05 2006", "Dec  4 04:47:44", "token abcdefghijklmnopqrstuvwx1234",
	"Bearer dXNlcjpwYXNzd29yZA==", "for user alice", "table orders", "Invalid user test",
	"1", "12", "1234", "12345678", "2026", "deadbeef01", "0xdeadbeef", "1_000", "9Z", "7ms", "1e9", "1.5", "1,", "1:", "1=",
	"1 :x", "12 /a", "1234 -5", "1 2/3", "12 :00", "04/Dec/2026:10:12:33", "10:12", "1/2", "2026-12-04", "1234-", "12:", "1/",
	"200 OK", "404 Not Found", "503 Service Unavailable", "200 OKAY", "418 I'm a teapot", "302 Found", "200", "OK", "Not", "Found",
	"\"1 2\"", "'1 2'", "\"a 1\"", "msg=\"a 1 b\"", "k=\"x 1\" 2")

// plainRunMessage joins random words (of plainRunWords, random letters in
// random case, random numbers) with random whitespace.
func plainRunMessage(r *rand.Rand) string {
	const letters = "abcdefABCDEFghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ"
	seps := []string{" ", " ", " ", "  ", "\t", " \t ", "\n", "\x00", "\x7f"}
	var b strings.Builder
	if r.IntN(8) == 0 {
		b.WriteString(seps[r.IntN(len(seps))])
	}
	for k := 1 + r.IntN(12); k > 0; k-- {
		switch r.IntN(4) {
		case 0:
			w := make([]byte, 1+r.IntN(12))
			for i := range w {
				w[i] = letters[r.IntN(len(letters))]
			}
			b.Write(w)
		case 1: // a number, or a token of word bytes after a digit
			w := make([]byte, 1+r.IntN(10))
			for i := range w {
				w[i] = "0123456789"[r.IntN(10)]
				if i > 0 && r.IntN(4) == 0 {
					w[i] = (letters + "_")[r.IntN(len(letters)+1)]
				}
			}
			b.Write(w)
		default:
			w := []byte(plainRunWords[r.IntN(len(plainRunWords))])
			if r.IntN(4) == 0 { // another letter case
				for i := range w {
					if r.IntN(2) == 0 && class[w[i]]&clAlpha != 0 {
						w[i] ^= 0x20
					}
				}
			}
			b.Write(w)
		}
		if k > 1 || r.IntN(8) == 0 {
			b.WriteString(seps[r.IntN(len(seps))])
		}
	}
	return b.String()
}

// TestPlainRuns holds scan's run of plain words and numbers to the piece path it
// skips: with the run on and off, scan writes the same bytes and finds the
// same credentials, with detect and without, after text already in dst
// and with dst's spare capacity around the run's bound; and the masker's
// one and two passes agree.
func TestPlainRuns(t *testing.T) {
	r := rand.New(rand.NewPCG(20, 100))
	msgs := append([]string(nil), onePassSamples...)
	for range 200000 {
		msgs = append(msgs, plainRunMessage(r))
	}
	defer func() { plainRuns = true }()
	scanBoth := func(on bool, prefix, msg string, spare int, detect bool) ([]byte, bool) {
		plainRuns = on
		dst := make([]byte, len(prefix), len(prefix)+len(msg)+spare)
		copy(dst, prefix)
		var found bool
		if delimitedRecord(msg) {
			dst, found = scanFields(dst, msg, detect)
		} else {
			dst, found = scan(dst, msg, detect)
		}
		return dst, found
	}
	m := uncached()
	for n, msg := range msgs {
		prefix := []string{"", "x", "<*>", "a \""}[n%4]
		spare := r.IntN(12)
		for _, detect := range []bool{true, false} {
			off, foundOff := scanBoth(false, prefix, msg, spare, detect)
			on, foundOn := scanBoth(true, prefix, msg, spare, detect)
			if !bytes.Equal(on, off) || foundOn != foundOff {
				t.Fatalf("%q (after %q, %d spare bytes, detect %v): with the run %q (found %v), without %q (found %v)",
					msg, prefix, spare, detect, on, foundOn, off, foundOff)
			}
		}
		plainRuns = true
		if got, want := m.String(msg), twoPass(msg); got != want {
			t.Fatalf("%q: one pass %q, two passes %q", msg, got, want)
		}
	}
}

// TestPlainWord: a word plainWord takes is one the piece path copies as
// it is and that changes none of scan's state: no name noun, literal,
// credential trigger or date, whatever follows it.
func TestPlainWord(t *testing.T) {
	r := rand.New(rand.NewPCG(20, 101))
	words := []string{}
	for _, w := range plainRunWords {
		if k := strings.IndexFunc(w, func(c rune) bool { return c >= 0x80 || class[c]&clAlpha == 0 }); k != 0 {
			if k > 0 {
				w = w[:k]
			}
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
	}
	const letters = "abcdefABCDEFghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ"
	for range 300000 {
		w := make([]byte, 1+r.IntN(12))
		for i := range w {
			w[i] = letters[r.IntN(len(letters))]
		}
		words = append(words, string(w))
	}
	afters := []string{"", " ", " 14 15:16:01 2005", " 04 04:47:44 2005 x", " abcdefghijklmnopqrstuvwx1234", " dXNlcjpwYXNzd29yZA== x", " x"}
	taken := 0
	for _, w := range words {
		for _, after := range afters {
			s := w + after
			if !plainWord(s, 0, len(w)) {
				continue
			}
			taken++
			j, seen, st := pieceAt(s, 0, false)
			if j != len(w) || seen&clPunct != 0 || st.digits != 0 {
				t.Fatalf("%q: not a piece of letters (end %d)", s, j)
			}
			if isNounPiece(s, 0, j) || isLiteralValue(w) || triggerAt(s, 0) || maybeDateTime(s) != 0 {
				t.Fatalf("%q: plainWord takes %q, which the piece path does not copy as it is", s, w)
			}
		}
	}
	if taken < len(words) {
		t.Fatalf("plainWord took %d of %d words with their continuations", taken, len(words)*len(afters))
	}
}

// TestNonLetters: nonLetters marks the bytes of class clAlpha 0 and the
// others 1, each of the 256 byte values at each of the eight places,
// among letters and among other bytes.
func TestNonLetters(t *testing.T) {
	for _, fill := range []byte{'a', 'Z', ' ', 0xff, '@'} {
		for b := 0; b < 256; b++ {
			for k := 0; k < 8; k++ {
				var w [8]byte
				for i := range w {
					w[i] = fill
				}
				w[k] = byte(b)
				got := nonLetters(load8(string(w[:]), 0))
				var want uint64
				for i, c := range w {
					if class[c]&clAlpha == 0 {
						want |= 0x80 << (8 * i)
					}
				}
				if got != want {
					t.Fatalf("%q: %016x, want %016x", w, got, want)
				}
			}
		}
	}
}

// FuzzPlainRuns: scan writes the same with its run of plain words and
// numbers as without, on any message (with and without detect, dst empty
// or with text and little room).
func FuzzPlainRuns(f *testing.F) {
	for _, w := range plainRunWords {
		f.Add(w + " x 12 " + w)
	}
	f.Fuzz(func(t *testing.T, msg string) {
		defer func() { plainRuns = true }()
		for _, detect := range []bool{true, false} {
			var got [2][]byte
			var found [2]bool
			for k, on := range []bool{false, true} {
				plainRuns = on
				dst := append(make([]byte, 0, 3+len(msg)/2), "<*>"...)
				got[k], found[k] = scan(dst, msg, detect)
			}
			if !bytes.Equal(got[0], got[1]) || found[0] != found[1] {
				t.Fatalf("%q (detect %v): with the run %q (%v), without %q (%v)", msg, detect, got[1], found[1], got[0], found[0])
			}
		}
	})
}
