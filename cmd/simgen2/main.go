// Command simgen2 writes the second fault simulator's windows
// (internal/faultsim2) in the layout cmd/evalfaults -data reads
// (cases.jsonl, one directory per window with logs.jsonl.gz,
// traces.jsonl.gz and label.json):
//
//	go run ./cmd/simgen2 -seed 1 -systems 20 -cases 5 -out /tmp/sim2
//	go run ./cmd/evalfaults -data /tmp/sim2 -sim 0
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
	"github.com/otelcol-backlog/otelcol-backlog/internal/faultsim2"
	"github.com/otelcol-backlog/otelcol-backlog/internal/otlpjson"
)

func main() {
	seed := flag.Uint64("seed", 1, "seed")
	systems := flag.Int("systems", 20, "simulated systems (one day each)")
	cases := flag.Int("cases", 5, "fault cases per system")
	normals := flag.Int("normals", 2, "fault-free windows per system (at least 2)")
	window := flag.Duration("window", 3*time.Minute, "window length")
	out := flag.String("out", "out/sim2", "output directory")
	flag.Parse()
	opt := faultsim2.Options{CasesPerSystem: *cases, Normals: *normals, Window: *window}
	// one system at a time (a system's windows hold ~1 GB in memory), then
	// the index of all of them, fault-free windows first like WriteDir's
	var normalLabels, faults []faultsim.Label
	spans, logs := 0, 0
	for i := 0; i < *systems; i++ {
		ws := faultsim2.Generate(*seed, i, opt)
		if err := faultsim.WriteDir(*out, ws); err != nil {
			log.Fatal(err)
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
			log.Fatal(err)
		}
		b.Write(append(j, '\n'))
	}
	if err := os.WriteFile(filepath.Join(*out, "cases.jsonl"), b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d windows (%d systems), %d spans, %d log records -> %s\n", len(normalLabels)+len(faults), *systems, spans, logs, *out)
}
