package e2e

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
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
	// The three cases run at the same time, one evalfaults (its own
	// binary, fake GitHub and loopback ports) each: a case spends most of
	// its minute waiting for the backlog to settle (the tracker's group
	// wait), so the test takes one case's time instead of three.
	kinds := []string{"exception", "error_return", "latency"}
	outs := make([][]byte, len(kinds))
	errs := make([]error, len(kinds))
	var wg sync.WaitGroup
	for i, kind := range kinds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(tool, "-data", "", "-sim", "1", "-sim-cases", "3", "-seed", "1",
				"-binary", bin, "-binary-sim", "1", "-binary-quiet", "4s",
				"-binary-config", filepath.Join(root, "testdata", "eval", "config.yaml"),
				"-binary-tickets", filepath.Join(root, "testdata", "eval", "github.yaml"),
				"-binary-cases", "_"+kind+"$")
			cmd.Dir = root
			outs[i], errs[i] = cmd.CombinedOutput()
		}()
	}
	wg.Wait()
	row := regexp.MustCompile(`(?m)^(\S+_sim000_\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+\d+/\d+/\d+`)
	ticketed := regexp.MustCompile(`(?m)^(harness|binary live):.*root ticketed (\d+)/1`)
	for i, kind := range kinds {
		out := string(outs[i])
		t.Logf("%s:\n%s", kind, out)
		if errs[i] != nil {
			t.Errorf("evalfaults -binary (%s): %v", kind, errs[i])
			continue
		}
		rows := row.FindAllStringSubmatch(out, -1)
		if len(rows) != 1 || rows[0][2] != kind {
			t.Errorf("%s: want its one case row, got %q", kind, rows)
		}
		for _, r := range rows {
			if r[3] != r[4] {
				t.Errorf("%s (%s): harness rank %s, binary rank %s", r[1], r[2], r[3], r[4])
			}
		}
		// Tickets through the fake GitHub: the root cause's problem is
		// ticketed by the binary whenever it is by the harness.
		tk := ticketed.FindAllStringSubmatch(out, -1)
		if len(tk) != 2 || tk[0][2] != tk[1][2] {
			t.Errorf("%s: root ticketed: want the same count from the harness and the binary, got %q", kind, tk)
		}
		if !strings.Contains(out, "parity: harness_ac1=") || !strings.Contains(out, " diff=+0.00 ") {
			t.Errorf("%s: no parity line with diff=+0.00", kind)
		}
	}
}
