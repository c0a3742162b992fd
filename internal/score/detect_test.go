package score

import (
	"strings"
	"testing"
)

func TestDetectInText(t *testing.T) {
	for line, want := range map[string]Severity{
		// Headers as common formats write them.
		"2026-03-02 10:00:00.123  INFO 4242 --- [nio-8080-exec-1] c.a.p.w.PaymentController : flag on": SeverityInfo,
		"2026-03-02T10:00:00Z WARN  [pool-2] HikariPool-1 - Connection is not available":               SeverityWarn,
		"ERROR:root:payment failed":                                SeverityError,
		"2026/03/02 10:00:00 [error] 31#31: *1 upstream timed out": SeverityError,
		`time="2026-03-02T10:00:00Z" level=info msg="listening"`:   SeverityInfo,
		`ts=2026-03-02T10:00:00Z lvl=WARN msg="slow"`:              SeverityWarn,
		`{"level":"error","msg":"boom"}`:                           SeverityError,
		`{"level":30,"time":1,"msg":"request completed"}`:          SeverityInfo,
		"info: Microsoft.Hosting.Lifetime[0] Now listening":        SeverityInfo,
		"fail: Api.Controllers.Orders[0] Unhandled exception":      SeverityError,
		"<crit> disk full on /var":                                 SeverityFatal,
		"Mar  2 10:00:00 host app[12]: CRITICAL: queue lost":       SeverityFatal,
		// Prose and anything past the header say nothing.
		"an error occurred while reading the config":                      SeverityUnknown,
		"Error: connection refused":                                       SeverityUnknown,
		"user alice logged in from 10.0.0.1 after three tries with ERROR": SeverityUnknown,
		"INFORMATIONAL notice about nothing":                              SeverityUnknown,
		"":                                                                SeverityUnknown,
		"[]":                                                              SeverityUnknown,
		"level= info":                                                     SeverityUnknown,
	} {
		if got, _ := DetectInText(line); got != want {
			t.Errorf("DetectInText(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestDetectInTextWord(t *testing.T) {
	if lv, w := DetectInText("2026-03-02 10:00:00 WARNING [main] low disk"); lv != SeverityWarn || w != "WARNING" {
		t.Fatalf("got %v %q", lv, w)
	}
}

func TestLevelWord(t *testing.T) {
	for w, want := range map[string]Severity{"Information": SeverityInfo, "50": SeverityError, "60": SeverityFatal, "35": SeverityUnknown, "verbose-ish": SeverityUnknown} {
		if got := LevelWord(w); got != want {
			t.Errorf("LevelWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// FuzzDetectInText: any text, hostile included, gives a level and a word
// the text holds, or nothing; never a panic.
func FuzzDetectInText(f *testing.F) {
	for _, s := range []string{"INFO x", "[", "level=", `{"level":`, "info:", "<>", "\x00ERROR", "a b c d e f WARN"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lv, w := DetectInText(s)
		if (lv == SeverityUnknown) != (w == "") {
			t.Fatalf("DetectInText(%q) = %v, %q", s, lv, w)
		}
		if w != "" && !strings.Contains(s, w) {
			t.Fatalf("DetectInText(%q): word %q not in the text", s, w)
		}
	})
}

// BenchmarkDetectInText: the cost the processor adds to a record that
// carries no severity (logs.detect_severity).
func BenchmarkDetectInText(b *testing.B) {
	lines := []string{
		"081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38865049064139660 terminating",
		"Jun 14 15:16:01 combo sshd(pam_unix)[19939]: authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=218.188.2.4",
		`time="2026-03-02T10:00:00Z" level=info msg="listening" addr=:8080`,
		"session opened for user root by (uid=0)",
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		DetectInText(lines[i%len(lines)])
	}
}
