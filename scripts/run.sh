#!/usr/bin/env bash
# Runs the otelcol-backlog distribution on the bundled sample telemetry.
# Usage: scripts/run.sh CONFIG   (called by `make run`; Ctrl-C stops it)
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-testdata/run/config.yaml}
exec ./bin/otelcol-backlog --config "$config"
