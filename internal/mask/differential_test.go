package mask

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// differentialLines returns every line of the corpora in the repository
// (testdata/logcorpus, logholdout, logholdout2, secrets: whole raw lines,
// header and all) and of Loghub-2k when ../shared is there, with the
// fuzzers' and tests' samples: the inputs whose masks must not move when
// the scanner is made faster.
func differentialLines(t *testing.T) []string {
	t.Helper()
	lines := append([]string(nil), onePassSamples...)
	dirs := []string{"../../testdata/logcorpus", "../../testdata/logholdout", "../../testdata/logholdout2", "../../testdata/secrets", "../../../shared/data/loghub2k"}
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasSuffix(path, ".json") {
				return err
			}
			f, err := os.Open(path)
			if err != nil {
				return err
			}
			defer f.Close()
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
			for sc.Scan() {
				lines = append(lines, sc.Text())
			}
			return sc.Err()
		})
		if err != nil {
			t.Logf("SKIPPING %s: %v", dir, err)
		}
	}
	return lines
}

// TestMaskDifferential masks every line of differentialLines and writes the
// results to $MASK_DIFF_WRITE, or compares them with the file
// $MASK_DIFF_REF written by an older version of the package: a change of
// speed only must leave every output byte for byte the same. Without
// either variable it does nothing (the reference is not in the repository).
func TestMaskDifferential(t *testing.T) {
	write, ref := os.Getenv("MASK_DIFF_WRITE"), os.Getenv("MASK_DIFF_REF")
	if write == "" && ref == "" {
		t.Skip("set MASK_DIFF_WRITE=file (old code) or MASK_DIFF_REF=file (new code)")
	}
	lines := differentialLines(t)
	m := uncached()
	cut := &Masker{maxBytes: 64} // the cut path
	var out bytes.Buffer
	var buf []byte
	for _, l := range lines {
		var trunc bool
		buf, trunc = m.Append(buf[:0], l)
		out.WriteString(strconv.Quote(string(buf)))
		if trunc {
			out.WriteString(" truncated")
		}
		out.WriteByte('\n')
		// the two-pass path (user rules, cut messages) takes scan without
		// detect: it must agree too
		out.WriteString(strconv.Quote(twoPass(l)))
		out.WriteByte('\n')
		out.WriteString(strconv.Quote(cut.String(l)))
		out.WriteByte('\n')
	}
	if write != "" {
		if err := os.WriteFile(write, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d lines' masks to %s", len(lines), write)
		return
	}
	want, err := os.ReadFile(ref)
	if err != nil {
		t.Fatal(err)
	}
	got := bytes.Split(out.Bytes(), []byte{'\n'})
	exp := bytes.Split(want, []byte{'\n'})
	if len(got) != len(exp) {
		t.Fatalf("%d output lines, reference has %d", len(got), len(exp))
	}
	bad := 0
	for k := range got {
		if !bytes.Equal(got[k], exp[k]) {
			bad++
			if bad <= 20 {
				t.Errorf("line %q:\n got  %s\n want %s", lines[k/3], got[k], exp[k])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d outputs differ", bad, len(got)-1)
	}
	t.Logf("%d lines compared", len(lines))
}

// TestPieceAtLong: pieceAt gives the same pieces and counts for a string
// too long for pieceByte's counts (pieceAtLong) as for a short one, at
// every position of the corpora's lines, and counts a piece longer than
// the counts' width exactly.
func TestPieceAtLong(t *testing.T) {
	pad := strings.Repeat(" ", pieceMaxLen)
	lines := differentialLines(t)
	if len(lines) > 20000 {
		lines = lines[:20000]
	}
	for _, l := range lines {
		long := l + pad
		for i := 0; i < len(l); i++ {
			for _, path := range []bool{false, true} {
				j1, seen1, st1 := pieceAt(l, i, path)
				j2, seen2, st2 := pieceAt(long, i, path)
				if j1 != j2 || seen1 != seen2 || st1 != st2 {
					t.Fatalf("%q at %d (path %v): %d %x %+v, long string %d %x %+v", l, i, path, j1, seen1, st1, j2, seen2, st2)
				}
			}
		}
	}
	for _, n := range []int{1<<16 + 10, 1<<24 + 10} { // beyond 16 and 24 bits of a count
		huge := strings.Repeat("7", n) + strings.Repeat("a", 5) + " x"
		j, _, st := pieceAt(huge, 0, false)
		if j != n+5 || st.digits != n || st.hex != n+5 {
			t.Errorf("a %d-byte piece: ends at %d, %d digits, %d hex digits", n+5, j, st.digits, st.hex)
		}
	}
}
