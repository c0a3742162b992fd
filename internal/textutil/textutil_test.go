package textutil

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestTruncate(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"hello", 10, "hello"},
		{"hello", 5, "hello"},
		{"hello", 3, "hel"},
		{"hello", 0, ""},
		{"hello", -1, ""},
		{"", -1, ""},
		{"añb", 2, "a"},  // 'ñ' is 2 bytes: not split
		{"añb", 3, "añ"}, // cut right after it
		{"a€b", 3, "a"},  // 3-byte rune
		{"a😀b", 4, "a"},  // 4-byte rune
		{"a😀b", 5, "a😀"},
		{"😀", 2, ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Truncate(tt.s, tt.n), "%q %d", tt.s, tt.n)
	}
}

func FuzzTruncate(f *testing.F) {
	f.Add("añ€😀b", 3)
	f.Fuzz(func(t *testing.T, s string, n int) {
		got := Truncate(s, n)
		if !strings.HasPrefix(s, got) || len(got) > max(n, 0) && len(got) != len(s) {
			t.Fatalf("Truncate(%q, %d) = %q", s, n, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Truncate(%q, %d) = %q split a rune", s, n, got)
		}
	})
}

func TestAllDigits(t *testing.T) {
	for s, want := range map[string]bool{"0": true, "8080": true, "": false, "80a": false, "-1": false, "٣": false} {
		if got := AllDigits(s); got != want {
			t.Errorf("AllDigits(%q) = %v, want %v", s, got, want)
		}
	}
}
