package faultsim

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"
)

// WriteDir writes windows in the layout of the shared Nezha data: one
// directory per window (logs.jsonl.gz, traces.jsonl.gz: one OTLP JSON
// LogsData/TracesData object per line; label.json), and cases.jsonl
// indexing them all (fault-free windows first, like the shared data).
func WriteDir(dir string, windows []Window) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	idx, err := os.Create(filepath.Join(dir, "cases.jsonl"))
	if err != nil {
		return err
	}
	defer idx.Close()
	bw := bufio.NewWriter(idx)
	order := make([]Window, 0, len(windows))
	for _, w := range windows {
		if w.Label.Kind == "normal" {
			order = append(order, w)
		}
	}
	for _, w := range windows {
		if w.Label.Kind != "normal" {
			order = append(order, w)
		}
	}
	for _, w := range order {
		if err := writeWindow(filepath.Join(dir, w.Label.ID), w); err != nil {
			return fmt.Errorf("%s: %w", w.Label.ID, err)
		}
		b, err := json.Marshal(w.Label)
		if err != nil {
			return err
		}
		bw.Write(b)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return idx.Close()
}

func writeWindow(dir string, w Window) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	b, err := json.MarshalIndent(w.Label, "", " ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "label.json"), append(b, '\n'), 0o644); err != nil {
		return err
	}
	var tm ptrace.JSONMarshaler
	if err := writeGz(filepath.Join(dir, "traces.jsonl.gz"), len(w.Traces), func(k int) ([]byte, error) { return tm.MarshalTraces(w.Traces[k]) }); err != nil {
		return err
	}
	var lm plog.JSONMarshaler
	return writeGz(filepath.Join(dir, "logs.jsonl.gz"), len(w.Logs), func(k int) ([]byte, error) { return lm.MarshalLogs(w.Logs[k]) })
}

func writeGz(path string, n int, line func(int) ([]byte, error)) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zw := gzip.NewWriter(f)
	for k := 0; k < n; k++ {
		b, err := line(k)
		if err != nil {
			return err
		}
		if _, err := zw.Write(append(b, '\n')); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}
