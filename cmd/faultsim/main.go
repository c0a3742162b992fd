// Command faultsim writes simulated microservice telemetry with labelled
// faults in the layout of the shared Nezha data, so that
// `make eval-faults DATA=dir` (or any tool reading that layout) runs on it:
//
//	go run ./cmd/faultsim -seed 1 -systems 4 -out out/faultsim
//
// Each system is a random service graph (5-40 services); it yields two
// fault-free windows and -cases fault cases. The output is deterministic
// from the seed. See internal/faultsim.
package main

import (
	"flag"
	"fmt"
	"log"
	"time"

	"github.com/otelcol-backlog/otelcol-backlog/internal/faultsim"
)

func main() {
	seed := flag.Uint64("seed", 1, "random seed")
	systems := flag.Int("systems", 4, "number of simulated systems")
	cases := flag.Int("cases", 6, "fault cases per system")
	window := flag.Duration("window", 4*time.Minute, "length of each window")
	out := flag.String("out", "out/faultsim", "output directory")
	flag.Parse()
	if *systems < 1 || *cases < 0 || *window < time.Minute {
		log.Fatal("-systems must be >= 1, -cases >= 0, -window >= 1m")
	}
	var all []faultsim.Window
	for i := 0; i < *systems; i++ {
		all = append(all, faultsim.Generate(*seed, i, faultsim.Options{CasesPerSystem: *cases, Window: *window})...)
	}
	if err := faultsim.WriteDir(*out, all); err != nil {
		log.Fatal(err)
	}
	spans, logs := 0, 0
	for _, w := range all {
		spans += w.Label.Stats.Spans
		logs += w.Label.Stats.LogRecords
	}
	fmt.Printf("faultsim: %d windows (%d systems), %d spans, %d log records -> %s\n", len(all), *systems, spans, logs, *out)
}
