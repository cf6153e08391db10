#!/usr/bin/env bash
# Runs decom's whole test suite on a fresh machine. Some tests drive real
# tools (Graphviz renders every DOT golden; headless Chromium renders every
# Mermaid golden with Mermaid itself), so this installs whatever is missing
# first, then runs `go test ./...` and the Mermaid check. It fails loudly:
# no test skips because a tool is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"

missing=()
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
if ((${#missing[@]})); then
	echo "installing: ${missing[*]}"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

go test -count=1 -timeout 30m ./...

# Every Mermaid golden is rendered by Mermaid itself in headless Chromium,
# the report's gantt timelines included.
shopt -s nullglob
bash scripts/mermaid-check/run.sh \
	render/mermaid/testdata/*.mmd \
	cmd/decom/testdata/goldens/*.mmd \
	cmd/decom/testdata/script/graph_*.txtar \
	report/testdata/*.md

# The HTML report, as decom writes it for the example (with Graphviz's
# diagrams) and every golden, opens from disk in headless Chromium with
# networking off: no console error, no request, the timeline and tables in
# the DOM, no sideways scrolling in a phone-sized window; and a screenshot.
# (docs/report.png is this screenshot: pass --screenshot docs/report.png
# to refresh it.)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
go run ./cmd/decom report -o html --out "$out/kcom.html" examples/kcom
bash scripts/mermaid-check/run.sh report --screenshot "$out/report.png" \
	"$out/kcom.html" report/testdata/*.html
test -s "$out/report.png"
