# otelcol-backlog: every target works on a fresh machine with only Go
# installed; the tools it needs (ocb, mdatagen) are built from the pinned
# tools module internal/tools into .tools/.

SHELL      := /bin/bash
GO         ?= go
TOOLS_DIR  := $(CURDIR)/.tools
OCB        := $(TOOLS_DIR)/builder
MDATAGEN   := $(TOOLS_DIR)/mdatagen
BIN        := bin/otelcol-backlog
RUN_CONFIG ?= testdata/run/config.yaml
FUZZTIME   ?= 50000x

GO_SOURCES := $(shell find . -name '*.go' -not -path './_build/*' -not -path './.tools/*') go.mod go.sum

.PHONY: all build run test vet fmt-check lint browser unit fuzz e2e bench bench-stages bench-pipeline bench-memory eval eval-faults eval-faults2 eval-faults3 eval-faults-binary faultsim generate tools clean

all: build

$(OCB) $(MDATAGEN): internal/tools/go.mod internal/tools/go.sum
	cd internal/tools && $(GO) build -o $(TOOLS_DIR)/ go.opentelemetry.io/collector/cmd/builder go.opentelemetry.io/collector/cmd/mdatagen

tools: $(OCB) $(MDATAGEN)

## build: the distribution binary bin/otelcol-backlog (ocb v0.165.0)
build: $(BIN)

$(BIN): $(OCB) builder-config.yaml $(GO_SOURCES)
	$(OCB) --config builder-config.yaml
	@mkdir -p bin
	cp _build/otelcol-backlog $(BIN).tmp && mv -f $(BIN).tmp $(BIN)

bin/replay: $(GO_SOURCES)
	$(GO) build -o bin/replay ./cmd/replay

bin/backlogtable: $(GO_SOURCES)
	$(GO) build -o bin/backlogtable ./cmd/backlogtable

## run: build if needed, then run the collector on the bundled sample telemetry
run: $(BIN) bin/replay bin/backlogtable
	./scripts/run.sh $(RUN_CONFIG)

## generate: regenerate mdatagen code of every component
generate: $(MDATAGEN)
	cd processor/fingerprintprocessor && $(MDATAGEN) metadata.yaml
	@if [ -d exporter/backlogexporter ]; then cd exporter/backlogexporter && $(MDATAGEN) metadata.yaml; fi
	cd connector/tracefindingsconnector && $(MDATAGEN) metadata.yaml
	cd extension/checkedfilestorage && $(MDATAGEN) metadata.yaml

## test: vet, gofmt check, staticcheck, unit tests with -race (the single-goroutine log generator without), short fuzz runs, end-to-end tests on the built binary
test: vet fmt-check lint browser unit fuzz e2e

STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

lint:
	$(GO) run $(STATICCHECK) ./...

# browser: Debian's chromium for the web page's headless-browser test
# (installed when running as root with apt-get; otherwise that test skips).
browser:
	@if [ -x scripts/ensure-chromium.sh ]; then scripts/ensure-chromium.sh; fi

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './_build/*')); \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

# cmd/loggen (the log sets' generator and its tests) runs one goroutine and
# regenerates every committed set: ten times slower under -race for nothing
# the detector can find, so it runs without it.
unit:
	$(GO) test -race -count=1 -timeout 20m $$($(GO) list ./... | grep -v -e /e2e -e /cmd/loggen)
	$(GO) test -count=1 -timeout 10m ./cmd/loggen/...

fuzz:
	./scripts/fuzz.sh $(FUZZTIME)

e2e: $(BIN) bin/replay
	OTELCOL_BACKLOG_BIN=$(CURDIR)/$(BIN) $(GO) test -count=1 -timeout 20m ./e2e/...

## bench: the Go benchmarks (one core)
bench:
	$(GO) test -run '^$$' -bench . -benchmem -cpu 1 -benchtime 2s ./processor/... ./connector/... ./exporter/... ./internal/...

## bench-stages: CPU ns per record of (a)'s in-process part (decode, batch)
## and per stage of (b) (PipelineB) and (b+c) (PipelineOurs: with the
## trace_findings connector), on bench-pipeline's workload, COUNT runs on one core
## (cmd/pipebench/stages_test.go; docs/evaluation.md, Pipeline overhead)
bench-stages: COUNT ?= 6
bench-stages:
	$(GO) test -run '^$$' -bench 'Pipeline' -benchmem -cpu 1 -count $(COUNT) -benchtime 3000x ./cmd/pipebench/

## bench-pipeline: CPU and RSS of the collector running (a) otlp -> batch ->
## debug, (b) otlp -> fingerprint -> batch -> backlog and (b+c) (b) with the
## trace_findings connector under RATE logs/s and RATE spans/s for DURATION
## (after WARMUP), RUNS rounds; with CONCURRENT=true (the default) a round's
## pipelines run at the same time, each with its own generator, and are
## measured over one window, else one after the other; the last line is (b)
## (cmd/pipebench; docs/evaluation.md, Pipeline overhead)
bench-pipeline: DURATION ?= 60s
bench-pipeline: WARMUP ?= 10s
bench-pipeline: RATE ?= 10000
bench-pipeline: RUNS ?= 1
bench-pipeline: CONCURRENT ?= true
bench-pipeline: $(BIN)
	$(GO) run ./cmd/pipebench -bin $(BIN) -duration $(DURATION) -warmup $(WARMUP) -rate $(RATE) -runs $(RUNS) -concurrent=$(CONCURRENT)

## bench-memory: MESSAGES distinct messages through (b); fails when the
## peak RSS exceeds CEILING_MIB (docs/evaluation.md, Memory bounds)
bench-memory: MESSAGES ?= 1000000
bench-memory: MEMORY_RATE ?= 20000
bench-memory: CEILING_MIB ?= 400
bench-memory: $(BIN)
	$(GO) run ./cmd/pipebench -mode memory -bin $(BIN) -messages $(MESSAGES) -rate $(MEMORY_RATE) -batch 1000 -ceiling-mib $(CEILING_MIB)

## eval: log-parsing accuracy (GA, FGA, PA, FTA), cold and warm, and fingerprint-id stability (drift, ids per family, replica agreement), before and after the exporter's lineage folds ids whose records trust one template on DATA (comma-separated; default: Loghub 2k, the development set, testdata/logcorpus, testdata/logholdout, the held-out set, testdata/logholdout2, the second held-out set, testdata/logholdout3, the third held-out set, testdata/logholdout4, the fourth held-out set, testdata/logholdout5, the fifth, written blind in session 16, testdata/logholdout6, the sixth, testdata/logholdout7, the seventh, testdata/logholdout8, the eighth, written blind in session 17, testdata/logholdout9, the ninth, testdata/logholdout10, the tenth, written blind in session 18, testdata/logholdout11, the eleventh, and testdata/logholdout12, the twelfth, both written blind in session 19, testdata/logholdout13, the thirteenth, written blind in session 20, testdata/logholdout14, the fourteenth, written blind in session 21, testdata/logholdout15, the fifteenth, written blind in session 22, testdata/logholdout16, the sixteenth, written blind in session 23, and testdata/logholdout17, the seventeenth, written blind in session 24)
eval: DATA ?= ../shared/data/loghub2k,testdata/logcorpus,testdata/logholdout,testdata/logholdout2,testdata/logholdout3,testdata/logholdout4,testdata/logholdout5,testdata/logholdout6,testdata/logholdout7,testdata/logholdout8,testdata/logholdout9,testdata/logholdout10,testdata/logholdout11,testdata/logholdout12,testdata/logholdout13,testdata/logholdout14,testdata/logholdout15,testdata/logholdout16,testdata/logholdout17
eval:
	$(GO) run ./cmd/evalparse -data $(DATA) -out out/eval

## eval-faults: ranking quality on DATA (default: the Nezha TrainTicket fault
## cases) and on SIM_SYSTEMS simulated systems (internal/faultsim, SEED)
eval-faults: DATA ?= ../shared/data/nezha-trainticket
eval-faults: SIM_SYSTEMS ?= 50
eval-faults: SEED ?= 1
eval-faults:
	$(GO) run ./cmd/evalfaults -data "$(DATA)" -sim $(SIM_SYSTEMS) -seed $(SEED)

## eval-faults2: ranking quality on the second simulator (internal/faultsim2,
## written apart from the first and from the ranking): SIM2_SYSTEMS systems of
## SIM2_CASES fault cases and 2 fault-free windows each, for every seed in SIM2_SEEDS
eval-faults2: SIM2_SEEDS ?= 1 2
eval-faults2: SIM2_SYSTEMS ?= 20
eval-faults2: SIM2_CASES ?= 5
eval-faults2:
	for s in $(SIM2_SEEDS); do \
		rm -rf out/sim2-$$s && \
		$(GO) run ./cmd/simgen2 -seed $$s -systems $(SIM2_SYSTEMS) -cases $(SIM2_CASES) -out out/sim2-$$s && \
		$(GO) run ./cmd/evalfaults -data out/sim2-$$s -sim 0 || exit 1; \
	done

## eval-faults3: ranking quality on the third simulator (internal/faultsim3,
## written apart from the first two and from the ranking: OTel Demo, Sock Shop,
## hotel reservation; chaos-catalogue faults): SIM3_SYSTEMS systems of
## SIM3_CASES fault cases and 2 fault-free windows each, for every seed in SIM3_SEEDS
eval-faults3: SIM3_SEEDS ?= 1 2
eval-faults3: SIM3_SYSTEMS ?= 20
eval-faults3: SIM3_CASES ?= 5
eval-faults3:
	for s in $(SIM3_SEEDS); do \
		rm -rf out/sim3-$$s && \
		$(GO) run ./cmd/simgen3 -seed $$s -systems $(SIM3_SYSTEMS) -cases $(SIM3_CASES) -out out/sim3-$$s && \
		$(GO) run ./cmd/evalfaults -data out/sim3-$$s -sim 0 || exit 1; \
	done

## eval-faults-binary: the same cases through the harness and through the
## built collector over OTLP/HTTP (testdata/eval/config.yaml); prints the
## parity line. BINARY_CASES (regexp) and BINARY_SIM (systems) choose subsets;
## tickets are counted on a fake GitHub (BINARY_TICKETS= turns it off).
eval-faults-binary: DATA ?= ../shared/data/nezha-trainticket
eval-faults-binary: BINARY_SIM ?= 4
eval-faults-binary: BINARY_MAX ?= 0
eval-faults-binary: SEED ?= 1
eval-faults-binary: BINARY_TICKETS ?= testdata/eval/github.yaml
eval-faults-binary: $(BIN)
	$(GO) run ./cmd/evalfaults -data "$(DATA)" -sim $(BINARY_SIM) -seed $(SEED) -binary $(BIN) -binary-sim $(BINARY_SIM) -binary-max $(BINARY_MAX) -binary-cases "$(BINARY_CASES)" -binary-tickets "$(BINARY_TICKETS)"

## faultsim: write simulated fault cases in the shared data layout to out/faultsim
faultsim:
	$(GO) run ./cmd/faultsim -seed $(or $(SEED),1) -systems $(or $(SIM_SYSTEMS),4) -out out/faultsim

clean:
	rm -rf _build bin out .tools
