#!/bin/sh
# Quality benchmark: Build against the exact ILP optimum (COIN-OR CBC) on
# generated estates of 30 to 1,000 applications. Installs the Debian
# coinor-cbc package when cbc is missing. Extra arguments go to the test,
# e.g. -quality.sizes=100,200 -quality.limit=60s -quality.out=/tmp/q.md
set -eu
if ! command -v cbc >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ]; then apt-get install -y coinor-cbc; else sudo apt-get install -y coinor-cbc; fi
fi
cd "$(dirname "$0")/../.."
exec go test -tags quality -run TestQuality -count=1 -timeout 4h -v ./internal/quality -args "$@"
