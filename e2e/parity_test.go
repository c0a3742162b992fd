package e2e

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestHarnessBinaryParity runs `cmd/evalfaults -binary` on three simulated
// fault cases (internal/faultsim, seed 1: an exception, an error return
// and a latency fault): each is ranked by the in-process harness and by
// this binary fed over OTLP/HTTP with testdata/eval/config.yaml, and the
// root cause's rank must be the same both ways (the parity the full
// measurement, `make eval-faults-binary`, tracks as a number), and the
// root cause's problem must be ticketed on a fake GitHub as often by the
// binary as by the harness.
func TestHarnessBinaryParity(t *testing.T) {
	bin := binary(t)
	root := repoRoot(t)
	tool := filepath.Join(t.TempDir(), "evalfaults")
	build := exec.Command("go", "build", "-o", tool, "./cmd/evalfaults")
	build.Dir = root
	if b, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/evalfaults: %v\n%s", err, b)
	}
	cmd := exec.Command(tool, "-data", "", "-sim", "1", "-sim-cases", "3", "-seed", "1",
		"-binary", bin, "-binary-sim", "1", "-binary-quiet", "4s",
		"-binary-config", filepath.Join(root, "testdata", "eval", "config.yaml"),
		"-binary-tickets", filepath.Join(root, "testdata", "eval", "github.yaml"),
		"-binary-cases", `_(exception|error_return|latency)$`)
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	t.Logf("\n%s", out)
	if err != nil {
		t.Fatalf("evalfaults -binary: %v", err)
	}
	row := regexp.MustCompile(`(?m)^(\S+_sim000_\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+\d+/\d+/\d+`)
	rows := row.FindAllStringSubmatch(string(out), -1)
	if len(rows) != 3 {
		t.Fatalf("want 3 case rows, got %d", len(rows))
	}
	for _, r := range rows {
		if r[3] != r[4] {
			t.Errorf("%s (%s): harness rank %s, binary rank %s", r[1], r[2], r[3], r[4])
		}
	}
	// Tickets through the fake GitHub: the root cause's problem is
	// ticketed in as many cases by the binary as by the harness.
	ticketed := regexp.MustCompile(`(?m)^(harness|binary live):.*root ticketed (\d+)/3`)
	tk := ticketed.FindAllStringSubmatch(string(out), -1)
	if len(tk) != 2 || tk[0][2] != tk[1][2] {
		t.Errorf("root ticketed: want the same count from the harness and the binary, got %q", tk)
	}
	if !strings.Contains(string(out), "parity: harness_ac1=") || !strings.Contains(string(out), " diff=+0.00 ") {
		t.Errorf("no parity line with diff=+0.00")
	}
}
