#!/usr/bin/env bash
# Runs the otelcol-backlog distribution on the bundled sample telemetry and
# shows the ranked backlog (called by `make run`; Ctrl-C stops it).
#   scripts/run.sh [CONFIG]
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-testdata/run/config.yaml}
out=out/run
rm -rf "$out"
mkdir -p "$out"

./bin/otelcol-backlog --config "$config" >"$out/collector.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT INT TERM

for _ in $(seq 1 100); do
  (exec 3<>/dev/tcp/127.0.0.1/13133) 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || { echo "collector exited:"; tail -30 "$out/collector.log"; exit 1; }
  sleep 0.2
done

./bin/replay -endpoint http://127.0.0.1:4318 -traces testdata/sample/traces.json

for _ in $(seq 1 150); do
  if [ -s "$out/backlog/backlog.md" ] && grep -q '^| 1 ' "$out/backlog/backlog.md"; then break; fi
  sleep 0.2
done
sleep 8 # decision_wait (5 s) and one more flush, so the file holds the logs, the traces and their joins
echo
echo "================ ranked backlog ($out/backlog/backlog.json) ================"
./bin/backlogtable -n 10 "$out/backlog/backlog.json"
echo "==========================================================================="
if [ -s "$out/backlog/digest.md" ]; then
  echo "================ daily digest ($out/backlog/digest.md), first 30 lines ================"
  head -30 "$out/backlog/digest.md"
  echo "==========================================================================="
fi
ai=$(grep -c '"ai_suggestion"' "$out/backlog/backlog.json" || true)
merges=$(grep -c '"title_b"' "$out/backlog/backlog.json" || true)
if [ -n "${BACKLOG_AI_ENDPOINT:-}" ]; then
  from="from $BACKLOG_AI_ENDPOINT"
else
  from="(set BACKLOG_AI_ENDPOINT and BACKLOG_AI_MODEL to a local OpenAI-compatible server)"
fi
echo "Suggestions: $merges merge suggestion(s) (similar problems), $ai AI suggestion(s) $from; both on the page"
echo "Web page:    http://localhost:8787/      JSON: http://localhost:8787/api/backlog"
echo "Files:       $out/backlog/backlog.json   $out/backlog/backlog.md   $out/backlog/digest.md"
echo "Collector:   $out/collector.log   (Ctrl-C to stop)"
wait "$pid"
