package main

import (
	"fmt"
	"path/filepath"

	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/pdata/ptrace"

	"github.com/otelcol-backlog/otelcol-backlog/internal/faultsim"
	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
)

// source yields the labelled windows of one data set.
type source interface {
	name() string
	cases() ([]otlpjson.Case, error)
	window(id string) (*window, error)
	// group names the kind of system a case comes from ("" when unknown).
	group(id string) string
}

// dirSource reads a directory in the shared Nezha layout.
type dirSource struct{ dir string }

func (d dirSource) name() string { return d.dir }

func (d dirSource) cases() ([]otlpjson.Case, error) {
	return otlpjson.ReadCasesFile(filepath.Join(d.dir, "cases.jsonl"))
}

func (d dirSource) window(id string) (*window, error) { return loadWindow(d.dir, id) }

func (d dirSource) group(string) string { return "" }

// simSource generates the fault simulator's windows in memory, one window
// at a time (deterministic from the seed).
type simSource struct {
	seed    uint64
	systems int
	opt     faultsim.Options
	sys     map[string]int
	groups  map[string]string
}

func newSimSource(seed uint64, systems int, opt faultsim.Options) *simSource {
	return &simSource{seed: seed, systems: systems, opt: opt, sys: map[string]int{}, groups: map[string]string{}}
}

func (s *simSource) name() string {
	return fmt.Sprintf("faultsim seed %d, %d systems", s.seed, s.systems)
}

func (s *simSource) cases() ([]otlpjson.Case, error) {
	var out []otlpjson.Case
	for i := 0; i < s.systems; i++ {
		for _, l := range faultsim.Labels(s.seed, i, s.opt) {
			s.sys[l.ID] = i
			s.groups[l.ID] = "logs+traces"
			if l.System.TraceOnly {
				s.groups[l.ID] = "trace-only"
			}
			out = append(out, l.Case)
		}
	}
	return out, nil
}

func (s *simSource) group(id string) string { return s.groups[id] }

func (s *simSource) window(id string) (*window, error) {
	i, ok := s.sys[id]
	if !ok {
		return nil, fmt.Errorf("faultsim: no window %q", id)
	}
	opt := s.opt
	opt.Only = id
	for _, w := range faultsim.Generate(s.seed, i, opt) {
		if w.Label.ID != id {
			continue
		}
		return windowFrom(id,
			func(fn func(plog.Logs) error) error {
				for _, ld := range w.Logs {
					if err := fn(ld); err != nil {
						return err
					}
				}
				return nil
			},
			func(fn func(ptrace.Traces) error) error {
				for _, td := range w.Traces {
					if err := fn(td); err != nil {
						return err
					}
				}
				return nil
			})
	}
	return nil, fmt.Errorf("faultsim: window %q not generated", id)
}
