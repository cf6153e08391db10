#!/usr/bin/env bash
# run.sh FILE.mmd|FILE.txtar|FILE.md... renders each Mermaid diagram with the
# mermaid npm package in headless Debian Chromium and fails on any parse or
# render error (check.mjs).
# run.sh report [--screenshot PNG] FILE.html... opens each HTML report from
# disk with networking off and fails on any console error, request or
# missing timeline or table (report.mjs).
# It installs what is missing first: Debian's chromium (apt) and the pinned
# node packages (npm ci, from package-lock.json). No browser is downloaded.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ "$#" -eq 0 ]; then
  echo "usage: $0 FILE.mmd|FILE.txtar|FILE.md ... | $0 report [--screenshot PNG] FILE.html ..." >&2
  exit 2
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
chromium="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d "$here/node_modules/playwright-core" ] || [ ! -d "$here/node_modules/mermaid" ] ||
   [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
script=check.mjs
if [ "$1" = report ]; then
  script=report.mjs
  shift
fi
CHROMIUM="$chromium" exec node "$here/$script" "$@"
