#!/usr/bin/env bash
# Runs decom's performance benchmarks on generated estates of 1k, 10k and
# 100k applications (DECOM_BENCH_SIZES=1k,10k to choose; COUNT=3 runs of
# each by default), measures peak memory and CPU of `decom plan` against a
# parse-and-keep-every-AST baseline, and writes the tables into
# docs/performance.md. Takes about 10 minutes on an idle 2-core machine;
# raw output is kept in docs/performance-raw.txt. Estates are generated
# once into $DECOM_BENCH_DIR (default $TMPDIR/decom-bench), never in git.
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
	echo "# $(date -u '+%Y-%m-%d %H:%M UTC') $(go version) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
	echo "# load before: $(uptime)"
	go test -run '^$' -bench . -benchmem -count "${COUNT:-3}" -timeout 60m ./internal/bench
	echo "# load after benchmarks: $(uptime)"
	for size in ${sizes//,/ }; do
		n=${size/k/000}
		dir=$(go run ./internal/bench/genestate "$n")
		for prog in decom parsekeep; do
			args=("$dir")
			[ "$prog" = decom ] && args=(plan -o json "$dir")
			# rss PROGRAM SIZE PEAK-KB WALL-S USER+SYS-S
			/usr/bin/time -f "rss $prog $size %M %e %U %S" -o "$bin/time" "$bin/$prog" "${args[@]}" >/dev/null 2>"$bin/stderr" ||
				{ cat "$bin/stderr" >&2; exit 1; }
			awk '{printf "%s %s %s %s %s %.2f\n", $1, $2, $3, $4, $5, $6 + $7}' "$bin/time"
		done
	done
	echo "# load after: $(uptime)"
} | tee "$raw"
go run ./internal/bench/tabulate docs/performance.md < "$raw"
echo "tables written to docs/performance.md"
