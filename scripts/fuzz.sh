#!/usr/bin/env bash
# Runs every Go fuzz target of the module for FUZZTIME executions each
# (default 50000x). A count, not a duration: a duration-based -fuzztime races
# Go's fuzz coordinator (golang/go#75804, fixed in Go 1.27, present in 1.26)
# and fails spuriously with "context deadline exceeded".
#   scripts/fuzz.sh [FUZZTIME]
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${1:-50000x}
git ls-files '*_test.go' 2>/dev/null | xargs grep -H '^func Fuzz' | while IFS= read -r line; do
  file=${line%%:*}
  name=$(sed -E 's/^func (Fuzz[A-Za-z0-9_]*)\(.*/\1/' <<<"${line#*:}")
  pkg=./$(dirname "$file")
  echo "fuzz $pkg $name ($fuzztime)"
  go test "$pkg" -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime"
done
