#!/usr/bin/env bash
# compare-outputs.sh [BASE]: dumps the fingerprint processor's output
# attributes, record by record, over ../shared/data/loghub2k and
# testdata/logcorpus (TestDumpOutputs) for the work tree and for commit BASE
# (default: HEAD), and compares them. A speed-only change must print
# "identical". Needs ../shared.
set -euo pipefail
base=${1:-HEAD}
root=$(git rev-parse --show-toplevel)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/base"
git -C "$root" archive "$(git -C "$root" rev-parse "$base")" | tar -x -C "$tmp/base"
# the base may predate the dump test: use the work tree's
cp "$root/processor/fingerprintprocessor/outputs_dump_test.go" "$tmp/base/processor/fingerprintprocessor/"
# ../shared is a sibling of the module root
ln -s "$(cd "$root/../shared" && pwd)" "$tmp/shared"
(cd "$tmp/base" && FINGERPRINT_DUMP="$tmp/old.txt" go test -count=1 -run '^TestDumpOutputs$' ./processor/fingerprintprocessor/ >/dev/null)
(cd "$root" && FINGERPRINT_DUMP="$tmp/new.txt" go test -count=1 -run '^TestDumpOutputs$' ./processor/fingerprintprocessor/ >/dev/null)
echo "$(wc -l <"$tmp/new.txt") records compared ($base vs work tree)"
if cmp -s "$tmp/old.txt" "$tmp/new.txt"; then
	echo identical
else
	diff "$tmp/old.txt" "$tmp/new.txt" | head -40
	exit 1
fi
