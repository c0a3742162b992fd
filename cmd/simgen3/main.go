// Command simgen3 writes the third fault simulator's windows
// (internal/faultsim3) in the layout cmd/evalfaults -data reads
// (cases.jsonl, one directory per window with logs.jsonl.gz,
// traces.jsonl.gz and label.json):
//
//	go run ./cmd/simgen3 -seed 1 -systems 20 -cases 5 -out /tmp/sim3-1
//	go run ./cmd/evalfaults -data /tmp/sim3-1 -sim 0
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/faultsim"
	"github.com/otelcol-backlog/otelcol-backlog/internal/faultsim3"
	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
)

func main() {
	seed := flag.Uint64("seed", 1, "seed")
	systems := flag.Int("systems", 20, "simulated systems (one day each)")
	cases := flag.Int("cases", 5, "fault cases per system")
	normals := flag.Int("normals", 2, "fault-free windows per system (at least 2: each is warmed up on another)")
	window := flag.Duration("window", 3*time.Minute, "window length")
	out := flag.String("out", "out/sim3", "output directory")
	flag.Parse()
	if err := write(*out, *seed, *systems, faultsim3.Options{CasesPerSystem: *cases, Normals: max(*normals, 2), Window: *window}); err != nil {
		log.Fatal(err)
	}
}

// write generates one system at a time and writes its windows, then the
// index of all of them (fault-free windows first, like faultsim.WriteDir).
func write(out string, seed uint64, systems int, opt faultsim3.Options) error {
	var normalLabels, faults []faultsim.Label
	spans, logs := 0, 0
	for i := 0; i < systems; i++ {
		ws := faultsim3.Generate(seed, i, opt)
		if err := faultsim.WriteDir(out, ws); err != nil {
			return err
		}
		for _, w := range ws {
			spans += w.Label.Stats.Spans
			logs += w.Label.Stats.LogRecords
			if w.Label.Kind == otlpjson.KindNormal {
				normalLabels = append(normalLabels, w.Label)
			} else {
				faults = append(faults, w.Label)
			}
		}
	}
	var b bytes.Buffer
	for _, l := range append(normalLabels, faults...) {
		j, err := json.Marshal(l)
		if err != nil {
			return err
		}
		b.Write(append(j, '\n'))
	}
	if err := os.WriteFile(filepath.Join(out, "cases.jsonl"), b.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("%d windows (%d systems), %d spans, %d log records -> %s\n", len(normalLabels)+len(faults), systems, spans, logs, out)
	return nil
}
