// Command simgen2 writes the second fault simulator's windows
// (internal/faultsim2) in the layout cmd/evalfaults -data reads
// (cases.jsonl, one directory per window with logs.jsonl.gz,
// traces.jsonl.gz and label.json):
//
//	go run ./cmd/simgen2 -seed 1 -systems 20 -cases 5 -out /tmp/sim2
//	go run ./cmd/evalfaults -data /tmp/sim2 -sim 0
package main

import (
	"flag"
	"fmt"
	"log"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/faultsim"
	"github.com/otelcol-backlog/otelcol-backlog/internal/faultsim2"
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
	var all []faultsim.Window
	spans, logs := 0, 0
	for i := 0; i < *systems; i++ {
		for _, w := range faultsim2.Generate(*seed, i, opt) {
			spans += w.Label.Stats.Spans
			logs += w.Label.Stats.LogRecords
			all = append(all, w)
		}
	}
	if err := faultsim.WriteDir(*out, all); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d windows (%d systems), %d spans, %d log records -> %s\n", len(all), *systems, spans, logs, *out)
}
