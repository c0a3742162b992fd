#!/usr/bin/env bash
# Makes /usr/bin/chromium available for the headless browser test
# (internal/webui TestBrowser), which skips without it. Called by `make test`.
#   - chromium present: nothing to do;
#   - root with apt-get: installs the distribution's chromium package,
#     quietly, bounded in time (ENSURE_CHROMIUM_TIMEOUT seconds, default 300);
#   - otherwise: says the browser test will be skipped.
# It never fails the build: a missing browser only skips one test.
set -u

chromium=/usr/bin/chromium
timeout_s=${ENSURE_CHROMIUM_TIMEOUT:-300}

if [ -x "$chromium" ]; then
  exit 0
fi

skip() {
  echo "ensure-chromium: $1; the headless browser test (internal/webui TestBrowser) will be skipped." >&2
  exit 0
}

[ "$(id -u)" -eq 0 ] || skip "$chromium not found and not running as root (install it with: sudo apt-get install -y chromium)"
command -v apt-get >/dev/null 2>&1 || skip "$chromium not found and apt-get is not available (install chromium with your package manager)"

run() {
  if command -v timeout >/dev/null 2>&1; then
    timeout "$timeout_s" "$@"
  else
    "$@"
  fi
}

echo "ensure-chromium: installing chromium with apt-get (at most ${timeout_s}s per step)..." >&2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! run apt-get update -qq >"$log" 2>&1; then
  tail -5 "$log" >&2
  skip "apt-get update failed or timed out"
fi
if ! DEBIAN_FRONTEND=noninteractive run apt-get install -y -qq chromium >"$log" 2>&1; then
  tail -5 "$log" >&2
  skip "apt-get install chromium failed or timed out"
fi
if [ ! -x "$chromium" ]; then
  skip "chromium was installed but $chromium is missing (the package may install it elsewhere)"
fi
echo "ensure-chromium: installed $($chromium --version 2>/dev/null || echo "$chromium")" >&2
