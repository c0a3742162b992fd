#!/usr/bin/env bash
# Reproduces data loss under the alpha pdata.useProtoPooling feature gate of
# collector v0.165 with standard components only: otlp -> batch -> [file,
# debug]. Each run sends the 5,904 sample spans and counts the spans the
# file exporter wrote; with the gate some runs write none. Not part of
# `make test` (it documents an upstream issue; see README "Performance").
#   scripts/repro-proto-pooling.sh [RUNS] [GATE: 1|0]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
gate=${2:-1}
[ -x bin/otelcol-backlog ] && [ -x bin/replay ] || make build bin/replay >/dev/null
port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
lost=0
for i in $(seq 1 "$runs"); do
  d=$(mktemp -d)
  otlp=$(port)
  cat >"$d/config.yaml" <<YAML
receivers:
  otlp:
    protocols:
      http:
        endpoint: 127.0.0.1:$otlp
processors:
  batch:
exporters:
  file:
    path: $d/out.json
  debug:
service:
  telemetry:
    metrics:
      level: none
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [file, debug]
YAML
  args=()
  [ "$gate" = 1 ] && args=(--feature-gates=pdata.useProtoPooling)
  ./bin/otelcol-backlog --config "$d/config.yaml" "${args[@]}" >"$d/log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$otlp") 2>/dev/null && break; sleep 0.1; done
  ./bin/replay -endpoint "http://127.0.0.1:$otlp" -traces testdata/sample/traces.json >/dev/null
  sleep 3
  kill -INT "$pid"
  wait "$pid" || true
  spans=$( (grep -o '"spanId":"[0-9a-f]\{16\}"' "$d/out.json" 2>/dev/null || true) | wc -l)
  echo "run $i: $spans of 5904 spans written"
  [ "$spans" -eq 5904 ] || lost=$((lost + 1))
  rm -rf "$d"
done
echo "gate=$gate: $lost of $runs runs lost spans"
