// Command evalparse measures template-mining accuracy on Loghub-2k style
// data: each dataset goes twice through one fresh fingerprint processor with
// its default configuration (pass 1 "cold", pass 2 "warm"), the emitted templates are written as JSON lines and scored
// by the reference tool eval_parsing.py.
//
//	go run ./cmd/evalparse -data ../shared/data/loghub2k -out /tmp/evalparse
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/otelcol-backlog/otelcol-backlog/internal/loghub"
	"github.com/otelcol-backlog/otelcol-backlog/internal/logtemplate"
	"github.com/otelcol-backlog/otelcol-backlog/internal/mask"
)

// ParseFunc maps one message to its template.
type ParseFunc func(msg string) string

// NewParser returns a fresh parser for one dataset. The processor can be
// plugged in here instead of the miner.
type NewParser func() (ParseFunc, error)

func minerParser() (ParseFunc, error) {
	m, err := logtemplate.New(logtemplate.DefaultConfig())
	if err != nil {
		return nil, err
	}
	return func(msg string) string { return m.Process(msg).Template }, nil
}

func main() {
	data := flag.String("data", "../shared/data/loghub2k", "Loghub-2k directory")
	out := flag.String("out", "", "output directory (default: a temporary directory)")
	tool := flag.String("tool", "", "eval_parsing.py (default: DATA/../../tools/eval_parsing.py)")
	only := flag.String("datasets", "", "comma-separated subset")
	maskOnly := flag.Bool("mask", false, "print the masked form of each stdin line and exit")
	mineOnly := flag.Bool("mine", false, "mine stdin lines (twice) and print the templates by count, then exit")
	via := flag.String("via", "processor", "what parses: processor (the fingerprint processor, default config) or miner (internal/logtemplate alone)")
	flag.Parse()
	if *mineOnly {
		if err := mineStdin(); err != nil {
			fmt.Fprintln(os.Stderr, "evalparse:", err)
			os.Exit(1)
		}
		return
	}
	if *maskOnly {
		m, err := mask.New(nil, 0)
		if err != nil {
			fmt.Fprintln(os.Stderr, "evalparse:", err)
			os.Exit(1)
		}
		sc := bufio.NewScanner(os.Stdin)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			fmt.Println(m.String(sc.Text()))
		}
		return
	}
	newParser := processorParser
	switch *via {
	case "processor":
	case "miner":
		newParser = minerParser
	default:
		fmt.Fprintln(os.Stderr, "evalparse: -via must be processor or miner")
		os.Exit(2)
	}
	if err := run(*data, *out, *tool, *only, newParser); err != nil {
		fmt.Fprintln(os.Stderr, "evalparse:", err)
		os.Exit(1)
	}
}

func run(data, out, tool, only string, newParser NewParser) error {
	if out == "" {
		d, err := os.MkdirTemp("", "evalparse")
		if err != nil {
			return err
		}
		out = d
	}
	if tool == "" {
		tool = filepath.Join(data, "..", "..", "tools", "eval_parsing.py")
	}
	names, err := loghub.Names(data)
	if err != nil {
		return err
	}
	if only != "" {
		names = strings.Split(only, ",")
	}
	for _, pass := range []string{"cold", "warm"} {
		if err := os.MkdirAll(filepath.Join(out, pass), 0o755); err != nil {
			return err
		}
	}
	for _, name := range names {
		d, err := loghub.Load(data, name)
		if err != nil {
			return err
		}
		parse, err := newParser()
		if err != nil {
			return err
		}
		for _, pass := range []string{"cold", "warm"} {
			if err := writePass(filepath.Join(out, pass, name+".jsonl"), d.Contents, parse); err != nil {
				return err
			}
		}
	}
	for _, pass := range []string{"cold", "warm"} {
		fmt.Printf("## %s (%s)\n", pass, filepath.Join(out, pass))
		cmd := exec.Command("python3", tool, "--batch", "--data-dir", data,
			"--pred-dir", filepath.Join(out, pass), "--variant", "corrected",
			"--datasets", strings.Join(names, ","))
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("%s: %w", tool, err)
		}
	}
	return nil
}

func writePass(path string, contents []string, parse ParseFunc) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, c := range contents {
		if err := enc.Encode(struct {
			Template string `json:"template"`
		}{parse(c)}); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// mineStdin mines stdin with the default miner, two passes, and prints
// "count<TAB>template" for the warm pass, most frequent first.
func mineStdin() error {
	var lines []string
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		return err
	}
	m, err := logtemplate.New(logtemplate.DefaultConfig())
	if err != nil {
		return err
	}
	for _, l := range lines {
		m.Process(l)
	}
	counts := map[string]int{}
	for _, l := range lines {
		counts[m.Process(l).Template]++
	}
	tpls := make([]string, 0, len(counts))
	for t := range counts {
		tpls = append(tpls, t)
	}
	sort.Slice(tpls, func(i, j int) bool {
		if counts[tpls[i]] != counts[tpls[j]] {
			return counts[tpls[i]] > counts[tpls[j]]
		}
		return tpls[i] < tpls[j]
	})
	w := bufio.NewWriter(os.Stdout)
	for _, t := range tpls {
		fmt.Fprintf(w, "%d\t%s\n", counts[t], t)
	}
	fmt.Fprintf(w, "# %d lines, %d templates, stats %+v\n", len(lines), len(tpls), m.Stats())
	return w.Flush()
}
