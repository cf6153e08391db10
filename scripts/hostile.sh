#!/usr/bin/env bash
# The hostile-input suite (issue 9): inputs built to crash, hang, exhaust
# or flood decom. Each case runs the built binary under a wall-clock
# timeout and a virtual-memory limit (ulimit -v) and fails on a Go
# "fatal error" or panic, a timeout, output over its bound, an exit code
# other than the one expected, or a missing "FILE:LINE:COL:" diagnostic.
# Large inputs are generated here, in a temporary folder, never committed.
#
# Usage: bash scripts/hostile.sh   (from anywhere; .ci/run runs it)
#        DECOM=/path/to/decom bash scripts/hostile.sh   (another build, e.g.
#        an older one, to see what the suite catches)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
decom=${DECOM:-}
if [ -z "$decom" ]; then
	go build -o "$work/decom" ./cmd/decom
	decom="$work/decom"
fi

failures=0
cases=0

# run NAME WANT_EXIT SECONDS MEM_KB OUT_BYTES DIAG_RE DIR -- ARGS...
# runs decom ARGS in DIR and checks the outcome. DIAG_RE, unless empty, is
# an extended regular expression the combined output must match (a
# diagnostic naming file and line).
run() {
	local name=$1 want=$2 secs=$3 mem=$4 bound=$5 diag=$6 dir=$7
	shift 8
	cases=$((cases + 1))
	local out="$work/out" err="$work/err" rc=0 start end
	start=$(date +%s.%N)
	(cd "$dir" && ulimit -v "$mem" && exec timeout -s KILL "$secs" "$decom" "$@") >"$out" 2>"$err" || rc=$?
	end=$(date +%s.%N)
	local took size why=""
	took=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
	size=$(($(wc -c <"$out") + $(wc -c <"$err")))
	if [ "$rc" = 137 ]; then
		why="timed out after ${secs}s (or killed)"
	elif grep -qE '^(fatal error|panic:|goroutine [0-9]+ \[)' "$err"; then
		why="crashed: $(grep -m1 -E '^(fatal error|panic:)' "$err")"
	elif [ "$rc" != "$want" ]; then
		why="exit $rc, want $want"
	elif [ "$size" -gt "$bound" ]; then
		why="$size bytes of output, bound $bound"
	elif [ -n "$diag" ] && ! grep -qE "$diag" "$out" "$err"; then
		why="no diagnostic matching /$diag/"
	fi
	if [ -n "$why" ]; then
		failures=$((failures + 1))
		printf 'FAIL %-44s %6ss %9s B  %s\n' "$name" "$took" "$size" "$why"
		head -c 2000 "$err" | sed 's/^/     | /'
		echo
	else
		printf 'ok   %-44s %6ss %9s B  exit %s\n' "$name" "$took" "$size" "$rc"
	fi
}

# refute NAME RE FILE: fails when FILE matches RE (used after run).
refute() {
	if grep -qE "$2" "$3"; then
		failures=$((failures + 1))
		printf 'FAIL %-44s output matches /%s/\n' "$1" "$2"
	fi
}

mk() { mkdir -p "$work/$1" && echo "$work/$1"; }
net='network "kcom" {
  role = "legacy"
}
'
KB=1024
GB=$((1024 * 1024))
small=$((64 * KB))

# --- The root cause first -------------------------------------------------
d=$(mk comma)
printf '%s' "$net" >"$d/net.hcl"
printf '{\n  "application": {\n    "cad": {\n      "network": "network.kcom",\n      "disposition": "retire",\n    }\n  }\n}\n' >"$d/apps.hcl.json"
printf 'application "rms" {\n  network    = network.kcom\n  depends_on = [application.cad]\n}\n' >"$d/users.hcl"
run "trailing comma in .hcl.json" 1 10 $((2 * GB)) $small '^apps\.hcl\.json:5:30: error\[syntax\]' "$d" -- validate .
refute "trailing comma: no echoes" 'dangling-reference|Incorrect JSON|Missing block label' "$work/out"
head -1 "$work/out" | grep -q '^apps.hcl.json:5:30: error\[syntax\]' || { failures=$((failures + 1)); echo "FAIL trailing comma: the syntax error is not first"; }

d=$(mk brace)
printf 'network "kcom" {\n  role = "legacy"\n\ndevice "sw" {\n  network = network.kcom\n}\n' >"$d/net.hcl"
run "unclosed brace" 1 10 $((2 * GB)) $small '^net\.hcl:1:16: error\[syntax\]' "$d" -- validate .
refute "unclosed brace: no unknown-block" 'unknown-block' "$work/out"

# --- Expressions are refused before they are evaluated --------------------
d=$(mk doubling)
t=x
for _ in $(seq 30); do t="%{for i in [1, 2]}$t%{endfor}"; done
printf '%s' "$net" >"$d/net.hcl"
printf 'application "a" {\n  network = network.kcom\n  name    = "%s"\n}\n' "$t" >"$d/app.hcl"
run "for directives doubling a string 2^30 times" 1 10 $((2 * GB)) $small '^app\.hcl:3:13: error\[invalid-expression\]' "$d" -- validate .
run "the same, planned" 1 10 $((2 * GB)) $small '^app\.hcl:3:13: error\[invalid-expression\]' "$d" -- plan .

d=$(mk cube)
tuple="[$(seq -s ', ' 300)]"
printf '%s' "$net" >"$d/net.hcl"
printf 'application "a" {\n  network = network.kcom\n  users   = length([for a in %s : [for b in %s : [for c in %s : a]]])\n}\n' "$tuple" "$tuple" "$tuple" >"$d/app.hcl"
run "three nested for over 300-element tuples" 1 10 $((2 * GB)) $small '^app\.hcl:3:13: error\[invalid-expression\]' "$d" -- validate .

d=$(mk modulo)
printf '%snetwork "n" {\n  role = "${"leg"}acy"\n}\ndevice "d" {\n  network = network.kcom\n  ports   = 5 %% 0\n}\n' "$net" >"$d/net.hcl"
run "interpolation and 5 %% 0" 1 10 $((2 * GB)) $small '^net\.hcl:5:10: error\[invalid-expression\]' "$d" -- validate .

# --- Nesting is measured before parsing -----------------------------------
deep=$(python3 -c 'print("[" * 100000 + "]" * 100000)')
d=$(mk deep-native)
printf 'network "n" {\n  role = "legacy"\n  name = %s\n}\n' "$deep" >"$d/deep.hcl"
run "list nested 100,000 deep (native)" 1 10 $((2 * GB)) $small '^deep\.hcl:3:73: error\[nesting-too-deep\]' "$d" -- validate .
run "the same, fmt --check" 1 10 $((2 * GB)) $small '^deep\.hcl:3:73: error\[nesting-too-deep\]' "$d" -- fmt --check deep.hcl

d=$(mk deep-json)
printf '{"network": {"n": {"role": "legacy", "name": %s}}}\n' "$deep" >"$d/deep.hcl.json"
run "list nested 100,000 deep (JSON)" 1 10 $((2 * GB)) $small '^deep\.hcl\.json:1:107: error\[nesting-too-deep\]' "$d" -- validate .

d=$(mk blocks)
python3 -c 'import sys; sys.stdout.write("a {\n" * 2000000 + "}\n" * 2000000)' >"$d/blocks.hcl"
run "2,000,000 nested blocks" 1 10 $((2 * GB)) $small '^blocks\.hcl:65:3: error\[nesting-too-deep\]' "$d" -- validate .

d=$(mk unary)
printf 'network "n" {\n  role = %s"legacy"\n}\n' "$(python3 -c 'print("!" * 1000000)')" >"$d/unary.hcl"
run "a million unary operators" 1 10 $((2 * GB)) $small '^unary\.hcl:2:73: error\[nesting-too-deep\]' "$d" -- validate .

# --- Files that are not regular, or too large -----------------------------
d=$(mk special)
printf '%s' "$net" >"$d/net.hcl"
mkfifo "$d/pipe.hcl"
run "a FIFO named on the command line" 2 10 $((2 * GB)) $small '^pipe\.hcl:1:1: error\[not-regular-file\]' "$d" -- validate pipe.hcl
run "a FIFO in the inventory folder" 2 10 $((2 * GB)) $small '^pipe\.hcl:1:1: error\[not-regular-file\]' "$d" -- validate .
run "fmt on a FIFO" 2 10 $((2 * GB)) $small '^pipe\.hcl:1:1: error\[not-regular-file\]' "$d" -- fmt --check pipe.hcl
run "/dev/zero" 2 10 $((2 * GB)) $small '^/dev/zero:1:1: error\[not-regular-file\]' "$d" -- validate /dev/zero
run "fmt /dev/zero" 2 10 $((2 * GB)) $small '^/dev/zero:1:1: error\[not-regular-file\]' "$d" -- fmt /dev/zero

d=$(mk huge)
truncate -s 1G "$d/huge.hcl"
run "a 1 GiB file (sparse)" 2 10 $((2 * GB)) $small '^huge\.hcl:1:1: error\[file-too-large\]' "$d" -- validate .

# --- Floods: long lines, many diagnostics ---------------------------------
d=$(mk misspelt)
python3 - "$d/misspelt.hcl.json" <<'EOF'
import sys
parts = ['"n%04d":{"rol":"legacy","role":"legacy","name":"%s"}' % (i, "x" * 200) for i in range(2000)]
open(sys.argv[1], "w").write('{"network":{' + ",".join(parts) + "}}")
EOF
run "2,000 misspelt attributes in 502 KB minified JSON" 1 10 $((2 * GB)) $((100 * KB)) '^misspelt\.hcl\.json:1:[0-9]+: error\[unknown-attribute\]' "$d" -- validate .
run "the same, as JSON" 1 10 $((2 * GB)) $((2 * 1024 * KB)) '"code": "unknown-attribute"' "$d" -- validate -o json .

# --- Numbers and dates ----------------------------------------------------
d=$(mk wavedays)
printf '%splan {\n  wave_days  = 2147483647\n  soak_waves = 2147483647\n}\n' "$net" >"$d/plan.hcl"
run "wave_days and soak_waves = 2147483647" 1 10 $((2 * GB)) $small '^plan\.hcl:5:16: error\[number-out-of-range\]' "$d" -- validate .
run "the same, planned" 1 10 $((2 * GB)) $small '^plan\.hcl:6:16: error\[number-out-of-range\]' "$d" -- plan .

d=$(mk flags)
printf '%s' "$net" >"$d/net.hcl"
run "--soak 1000000" 2 10 $((2 * GB)) $small 'want a whole number of waves from 0 to 100' "$d" -- plan --soak 1000000 .
run "--wave-days 99999999999" 2 10 $((2 * GB)) $small 'want a whole number of days from 1 to 366' "$d" -- plan --wave-days 99999999999 .

d=$(mk costs)
printf '%s' "$net" >"$d/net.hcl"
printf 'network "n%d" {\n  role        = "target"\n  annual_cost = 1e300\n}\n' 1 >"$d/dear.hcl"
run "annual_cost = 1e300" 1 10 $((2 * GB)) $small '^dear\.hcl:3:17: error\[number-out-of-range\]' "$d" -- validate .
rm "$d/dear.hcl"
for i in $(seq 2000); do printf 'network "n%d" {\n  role        = "target"\n  annual_cost = 1e12\n}\n' "$i"; done >"$d/dear.hcl"
run "2,000 networks at the largest cost: report -o json" 0 20 $((2 * GB)) $((1024 * KB)) '"estate"' "$d" -- report -o json .
refute "report -o json has no +Inf" 'Inf|NaN' "$work/out"

d=$(mk horizon)
printf '%snetwork "new" {\n  role = "target"\n}\napplication "a" {\n  network     = network.kcom\n  disposition = "rehost"\n  target      = network.new\n}\nplan {\n  start       = "9999-12-20"\n  wave_days   = 14\n  max_changes = 1\n}\n' "$net" >"$d/plan.hcl"
run "a plan at the end of the calendar" 0 10 $((2 * GB)) $small 'after 9999-12-31, the last day decom can date' "$d" -- plan -o json .
refute "no date past 9999" '"[0-9]{5,}-[0-9]{2}-[0-9]{2}"|"-[0-9]+-' "$work/out"

d=$(mk baddate)
printf 'network "kcom" {\n  role         = "legacy"\n  support_ends = "2019-02-30"\n}\n' >"$d/net.hcl"
run "2019-02-30 suggests 2019-02-28" 1 10 $((2 * GB)) $small 'Did you mean support_ends = "2019-02-28"\?' "$d" -- validate .

# --- Terminal escapes -----------------------------------------------------
d=$(mk escapes)
printf 'estate {\n  name  = "KCOM \\u001b[2J\\u001b]0;pwned\\u0007\\nline two \\u202etxt.exe"\n  as_of = "2026-01-05"\n}\n%s' "$net" >"$d/estate.hcl"
for args in "plan ." "plan -o markdown ." "report ." "report -o markdown ."; do
	# shellcheck disable=SC2086 # args is split on purpose
	run "estate.name with ESC/OSC/BEL/U+202E: $args" 0 10 $((2 * GB)) $small '' "$d" -- $args
	refute "no raw escapes: $args" $'\x1b|\x07|\xe2\x80\xae' "$work/out"
done

# --- Encoding ---------------------------------------------------------------
d=$(mk bom)
printf '\xef\xbb\xbf{"network": {"kcom": {"role": "legacy", "rol": 1}}}\n' >"$d/net.hcl.json"
run "a BOM in .hcl.json" 1 10 $((2 * GB)) $small '^net\.hcl\.json:1:41: error\[unknown-attribute\]' "$d" -- validate .

# --- Size: one large file loads like many small ones ------------------------
d=$(mk large)
python3 - "$d/all.hcl" <<'EOF'
import sys
out = ['network "kcom" {\n  role = "legacy"\n}\n\nnetwork "psn" {\n  role = "target"\n}\n\n']
for i in range(100000):
    if i % 10 == 0:
        out.append('device "srv_%d" {\n  network = network.kcom\n  kind    = "server"\n}\n\n' % (i // 10))
    out.append('application "app_%d" {\n  hosted_on   = [device.srv_%d]\n  disposition = "rehost"\n  target      = network.psn\n  effort_days = 2.5\n}\n\n' % (i, i // 10))
open(sys.argv[1], "w").write("".join(out))
EOF
printf 'x = [\n' >>"$d/all.hcl" # one syntax error at the end of 20 MB
run "a 20 MB file with a syntax error at its end" 1 60 $((4 * GB)) $small '^all\.hcl:[0-9]+:[0-9]+: error\[syntax\]' "$d" -- validate .

echo
if [ "$failures" -gt 0 ]; then
	echo "hostile inputs: $failures of $cases checks failed" >&2
	exit 1
fi
echo "hostile inputs: all $cases cases passed"
