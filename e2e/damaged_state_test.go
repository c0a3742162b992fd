package e2e

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDamagedStateFile runs the collector with file_storage on the bundled
// sample until the backlog exporter's state file has grown, stops it, damages
// that file as a full disk, a copy cut short or a stray write would, and
// starts it again (issue #9, point 4). bbolt alone dies of SIGBUS on the
// truncated file and exits with "invalid database" on the overwritten one,
// at every restart. The collector must instead come up, log an ERROR naming
// the file and where it was moved, keep the damaged file for investigation,
// and run on fresh state: a later restart finds nothing damaged.
func TestDamagedStateFile(t *testing.T) {
	binary(t) // skips without OTELCOL_BACKLOG_BIN
	for _, tc := range []struct {
		name string
		harm func(path string) error
	}{
		{"truncated", func(path string) error { return os.Truncate(path, 16384) }},
		{"garbage", func(path string) error {
			info, err := os.Stat(path)
			if err != nil {
				return err
			}
			junk := bytes.Repeat([]byte("not a database\n"), int(info.Size())/15+1)
			return os.WriteFile(path, junk[:info.Size()], 0o600)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := repoRoot(t)
			dir := t.TempDir()
			input := copySampleLog(t, root, dir)
			backlogDir := filepath.Join(dir, "backlog")
			backlogJSON := filepath.Join(backlogDir, "backlog.json")
			config := restartConfig(dir, input, fmt.Sprintf("127.0.0.1:%d", freePort(t)), backlogDir)
			state := filepath.Join(dir, "storage", "exporter_backlog__backlog_state")

			c := startCollector(t, dir, config)
			waitFor(t, c, 60*time.Second, "backlog.json with items and a state file over 16 KiB", func() bool {
				doc, ok := readBacklog(t, backlogJSON)
				info, err := os.Stat(state)
				return ok && len(doc.Items) > 0 && err == nil && info.Size() > 16384
			})
			c.stop(t)
			if err := tc.harm(state); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(input, nil, 0o644); err != nil {
				t.Fatal(err)
			}

			restarted := time.Now()
			c = startCollector(t, dir, config)
			waitFor(t, c, 60*time.Second, "a flush after the restart on the damaged file", func() bool {
				doc, ok := readBacklog(t, backlogJSON)
				return ok && doc.GeneratedAt.After(restarted)
			})
			c.stop(t)
			out := c.stderr.String()
			var line string
			for _, l := range strings.Split(out, "\n") {
				if strings.Contains(l, "State file is damaged") {
					line = l
				}
			}
			switch {
			case line == "":
				t.Fatalf("no log line says the state file is damaged:\n%s", tail(out, 4000))
			case !strings.Contains(line, "error"):
				t.Errorf("the damaged-file line is not an ERROR: %s", line)
			case !strings.Contains(line, state):
				t.Errorf("the damaged-file line does not name %s: %s", state, line)
			case !strings.Contains(line, "docs/security.md"):
				t.Errorf("the damaged-file line does not say where the recovery is described: %s", line)
			}
			t.Logf("%s", line)
			moved, _ := filepath.Glob(state + ".corrupt-*")
			if len(moved) != 1 {
				t.Fatalf("want the damaged file kept as %s.corrupt-<time>, found %v", state, moved)
			}
			if !strings.Contains(line, moved[0]) {
				t.Errorf("the damaged-file line does not name where it was moved (%s): %s", moved[0], line)
			}

			// The fresh file is sound: the next start finds nothing damaged.
			again := time.Now()
			c = startCollector(t, dir, config)
			waitFor(t, c, 60*time.Second, "a flush after the second restart", func() bool {
				doc, ok := readBacklog(t, backlogJSON)
				return ok && doc.GeneratedAt.After(again)
			})
			c.stop(t)
			if strings.Contains(c.stderr.String(), "State file is damaged") {
				t.Errorf("the fresh state file was found damaged:\n%s", tail(c.stderr.String(), 4000))
			}
		})
	}
}
