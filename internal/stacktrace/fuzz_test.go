package stacktrace

import (
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{javaTrace, pythonTrace, goTrace, nodeTrace, dotnetTrace, rubyTrace, "", "\xff\xfe\x00at (", "at ((", "Traceback (most recent call last):\n  File \"", "goroutine 1 [running]:\n(\n\t"} {
		f.Add(s)
	}
	p := NewParser(Config{MaxLines: 50, MaxBytes: 4096})
	f.Fuzz(func(t *testing.T, s string) {
		tr := p.Parse(s)
		for _, e := range tr.Exceptions {
			for _, fr := range e.Frames {
				if fr.Function == "" {
					t.Fatalf("empty frame name in %q", s)
				}
				if utf8.ValidString(s) && !utf8.ValidString(fr.Function) {
					t.Fatalf("invalid UTF-8 frame %q from valid input", fr.Function)
				}
			}
		}
		if got := tr.TopFrames(3); len(got) > 3 {
			t.Fatalf("TopFrames(3) returned %d frames", len(got))
		}
	})
}
