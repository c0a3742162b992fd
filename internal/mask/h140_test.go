package mask

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Review of h137's rules (session 23, h140).

// A dotted event name kept as the whole message (h137's eventName) is
// scanned for credentials first: a SendGrid key or a JWT whose parts
// hold no digit (letters, '_', '-' and dots, an event name's bytes) is
// no event (h140: found sound, the one pass's detection runs over every
// piece with punctuation before eventName is asked).
func TestDottedEventNameCarriesNoCredential(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	sendgrid := "SG." + strings.Repeat("aBcDeFgHiJk", 2) + "." + strings.Repeat("QwErTyUiOpA", 4)[:43]
	jwt := "eyJhbGciOiJub25lIn0.eyJzdWIiOiJib2IifQ.c2lnbmF0dXJl"
	jwtLetters := "eyJhbGciOiJIUzUxMiJ.eyJzdWIiOiJhbGljZSJ.SflKxwRJSMeKKFQT"
	for _, secret := range []string{sendgrid, jwt, jwtLetters} {
		for _, line := range []string{
			`{"level":"info","message":"` + secret + `"}`,
			`level=info msg=` + secret,
			`level=info event="` + secret + `" user=a`,
		} {
			assertSecretGone(t, m, line, secret)
		}
	}
}

// A dotted run of letters of random case (an opaque token of letters
// only: a session id, a nonce) that is the whole message is a value, as
// it is anywhere else in a message (randomCase): h137's eventName kept
// it, so each token was a template of its own and the token was in it
// (h140, LOW). Event names, CamelCase ones too, stay.
func TestDottedRandomCaseMessageIsValue(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	tok := "xKqPwZrTbVnMlJhGfDsA.QwErTyUiOpAsDfGhJk"
	for in, want := range map[string]string{
		`{"message":"` + tok + `"}`:                  `{"message":"<*>"}`,
		`level=info msg=` + tok:                      `level=info msg=<*>`,
		`level=info event="` + tok + `"`:             `level=info event="<*>"`,
		`{"message":"web.scheduler.run-job.start"}`:  `{"message":"web.scheduler.run-job.start"}`,
		`{"message":"OrderService.PaymentCaptured"}`: `{"message":"OrderService.PaymentCaptured"}`,
		`level=info msg=device.app.lifecycle`:        `level=info msg=device.app.lifecycle`,
		`{"message":"` + strings.ToLower(tok) + `"}`: `{"message":"` + strings.ToLower(tok) + `"}`,
	} {
		assert.Equal(t, want, m.String(in), in)
	}
}

// BenchmarkCollapseRepeatsHostile measures collapseRepeats on masked
// records of about n bytes built to make it work (h140: found linear;
// the masker's scan limit keeps a record near 16 KiB, these are larger):
// lists to collapse, each moving the rest of the record (at most
// MaxRepeatLists); brackets MaxRepeatDepth deep around one long list,
// whose items each level compares again; a run of openers past the
// depth; mismatched pairs, each starting the stack again; one list of
// many equal records.
func BenchmarkCollapseRepeatsHostile(b *testing.B) {
	rec := "R(a=<*>)"
	for _, n := range []int{10 << 10, 100 << 10} {
		list := "[" + strings.Repeat(rec+", ", n/len(rec+", ")) + rec + "]"
		shapes := map[string]string{
			"lists":      strings.Repeat("[R(a=<*>), R(a=<*>)] ", n/21),
			"deep":       strings.Repeat("[", MaxRepeatDepth-2) + list + strings.Repeat("]", MaxRepeatDepth-2),
			"openers":    strings.Repeat("(", n) + ", <*>",
			"mismatched": strings.Repeat("(a:<*>, a:<*>] ", n/15),
			"onelist":    list,
		}
		for name, s := range shapes {
			b.Run(name+"/"+fmtSize(n), func(b *testing.B) {
				buf := make([]byte, 0, len(s))
				b.SetBytes(int64(len(s)))
				for range b.N {
					buf = append(buf[:0], s...)
					_ = collapseRepeats(buf, 0)
				}
			})
		}
	}
}

func fmtSize(n int) string {
	if n >= 100<<10 {
		return "100KiB"
	}
	return "10KiB"
}

// A record deeper than MaxRepeatDepth brackets after a list that
// collapsed keeps the collapse and its own text: collapseRepeats moves the
// rest of the record in place, and at the depth bound it returned dst at
// its old length, so the record's tail was written twice (h140, MEDIUM:
// "[R(a=<*>)] then (((…x(((((((((x"; the template and the id of every
// such record, a JSON list of objects before a deep document).
func TestCollapseRepeatsDepthBoundKeepsText(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for _, deep := range []int{MaxRepeatDepth, MaxRepeatDepth + 1, 3 * MaxRepeatDepth} {
		tail := strings.Repeat("(", deep) + "x" + strings.Repeat(")", deep)
		assert.Equal(t, "[R(a=<*>)] then "+tail, m.String("[R(a=1), R(a=2)] then "+tail))
		js := `{"items":[{"id":1},{"id":2}],"doc":` + strings.Repeat(`{"a":`, deep) + `1` + strings.Repeat(`}`, deep) + `}`
		assert.Equal(t, `{"items":[{"id":<*>}],"doc":`+strings.Repeat(`{"a":`, deep)+`<*>`+strings.Repeat(`}`, deep)+`}`, m.String(js))
	}
}

// "procedure" (h137's name noun, for a database's stored procedures) is
// also the first word of a compound noun that many programs write:
// "remote procedure call" (RPC: Windows' "The remote procedure call
// failed.", DCE, Samba, NFS's portmapper), and the masking takes "call"
// for the procedure's name, so the event loses a word of its own and
// joins "remote procedure <name> failed" (h140, LOW, open: no seen set has
// the phrase, so evalparse moves nothing; a word list of compound nouns
// after name nouns would be the fix, as "table scan", "user agent" and
// "host key" have the same shape).
func TestProcedureCallIsNoProcedureName(t *testing.T) {
	t.Skip("finding (h140, LOW): \"remote procedure call failed\" masks \"call\" as a procedure's name")
	m, err := New(nil, 0)
	require.NoError(t, err)
	for _, in := range []string{"The remote procedure call failed.", "procedure call timed out after 5 s", "RPC: remote procedure call failed: connection refused"} {
		assert.Contains(t, m.String(in), "procedure call", in)
	}
}

// BenchmarkMaskH137Shapes measures the masker on 16 KiB records shaped
// for h137's rules (h140: found linear, within a factor of main's on the
// same records; quoted in docs/security.md): a dotted event name as the
// whole message, random-case pieces before '=' padding, runs of '(',
// qualified names after name nouns, lists of equal records.
func BenchmarkMaskH137Shapes(b *testing.B) {
	const n = 16 << 10
	shapes := map[string]string{
		"eventname": `{"message":"` + strings.Repeat("a.", n/2-10) + `b"}`,
		"padding":   strings.Repeat("qWeRtYuIoPaSdFgHjK= ", n/20),
		"parens":    strings.Repeat("(", n-8) + "a, b)",
		"nouns":     strings.Repeat("table app.orders ", n/17),
		"records":   "[" + strings.Repeat("R(a=1, b=x), ", n/13) + "R(a=1, b=x)]",
		"dashes":    strings.Repeat("-", n),
		// h137's User-Agent rule (8766e5d): each key's failed value
		// reads a comment up to MaxQuotedValue bytes, and the scan reads
		// them again
		"useragent": strings.Repeat("User-Agent=a/1 (", n/16),
		"uaproduct": strings.Repeat("UserAgent: "+strings.Repeat("a", 200)+" ", n/212),
	}
	m, err := New(nil, 0)
	require.NoError(b, err)
	for name, s := range shapes {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			var dst []byte
			for range b.N {
				dst, _ = m.Append(dst[:0], s)
			}
		})
	}
}

// FuzzCollapseRepeats: collapseRepeats only removes text (its result is
// a subsequence of its input, no longer) and leaves dst before start
// alone (h140: at its depth bound it wrote a record's tail twice).
func FuzzCollapseRepeats(f *testing.F) {
	for _, s := range []string{
		"[R(a=<*>), R(a=<*>)] then " + strings.Repeat("(", MaxRepeatDepth+1) + "x",
		`{"items":[{"id":<*>},{"id":<*>}],"doc":` + strings.Repeat(`{"a":`, MaxRepeatDepth) + `<*>` + strings.Repeat(`}`, MaxRepeatDepth) + `}`,
		"(a:<*>, a:<*>] [b=<*>,b=<*>] {c:(<*>), c:(<*>)}",
		strings.Repeat("[R(a=<*>), R(a=<*>)] ", MaxRepeatLists+2),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		const prefix = "keep, [x=<*>, x=<*>] "
		dst := append([]byte(prefix), s...)
		out := collapseRepeats(dst, len(prefix))
		if string(out[:len(prefix)]) != prefix {
			t.Fatalf("prefix changed: %q", out)
		}
		got := out[len(prefix):]
		k := 0
		for i := 0; i < len(s) && k < len(got); i++ {
			if s[i] == got[k] {
				k++
			}
		}
		if k != len(got) {
			t.Fatalf("collapseRepeats(%q) = %q: not text removed", s, got)
		}
	})
}

// h137's docs say a host name that is a whole message stays, as no syntax
// tells it from an event's name (docs/fingerprint.md); pinned here
// (h140: the claim had no test), with a host beside other words a value.
func TestHostNameWholeMessageStays(t *testing.T) {
	m, err := New(nil, 0)
	require.NoError(t, err)
	for in, want := range map[string]string{
		`{"message":"db.internal.example"}`:          `{"message":"db.internal.example"}`,
		`level=info msg=db.internal.example`:         `level=info msg=db.internal.example`,
		`{"message":"resolved db.internal.example"}`: `{"message":"resolved <*>"}`,
	} {
		assert.Equal(t, want, m.String(in), in)
	}
}
