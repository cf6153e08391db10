#!/usr/bin/env bash
# Runs decom's performance benchmarks on generated estates of 1k, 10k and
# 100k applications (DECOM_BENCH_SIZES=1k,10k to choose), measures peak
# memory of `decom plan` against a parse-and-keep-every-AST baseline, and
# writes the tables into docs/performance.md. Takes about 10 minutes on a
# 2-core machine; raw output is kept in docs/performance-raw.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
sizes="${DECOM_BENCH_SIZES:-1k,10k,100k}"
export DECOM_BENCH_SIZES="$sizes"
raw=docs/performance-raw.txt
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT

go build -o "$bin/decom" ./cmd/decom
go build -o "$bin/parsekeep" ./internal/bench/parsekeep

{
	echo "# $(date -u +%Y-%m-%d) $(go version) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
	go test -run '^$' -bench . -benchmem -count "${COUNT:-3}" -timeout 60m ./internal/bench
	for size in ${sizes//,/ }; do
		n=${size/k/000}
		dir=$(go run ./internal/bench/genestate "$n")
		for prog in decom parsekeep; do
			args=("$dir")
			[ "$prog" = decom ] && args=(plan -o json "$dir")
			/usr/bin/time -f "rss $prog $size %M %e" -o "$bin/time" "$bin/$prog" "${args[@]}" >/dev/null
			cat "$bin/time"
		done
	done
} | tee "$raw"
go run ./internal/bench/tabulate docs/performance.md < "$raw"
echo "tables written to docs/performance.md"
