#!/usr/bin/env bash
# Speed benchmark of wwc-score (see docs/performance.md).
#
#   tests/bench/run.sh [--memory] [N] [BUILD_DIR]     (defaults: 2000 build)
#
# Generates N wwc-2022 assessments (~15 KB each) into a temporary folder and
# times, as whole processes with /usr/bin/time (best wall time of RUNS runs,
# default 3): `wwc-score batch` at --jobs 1 and at --jobs $(nproc), the
# yaml-cpp parse-only program, the PyYAML scorer, and one `wwc-score FILE`
# (best of 20). Prints each figure and the ratios against the targets; it
# asserts no time. With --memory it also runs batch on 10 x N files and prints
# the peak-memory ratio. Fails only when a program fails or the Python scorer
# and batch disagree on a score.
set -euo pipefail

memory=0
args=()
for arg in "$@"; do
  case "$arg" in
    --memory) memory=1 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done
n=${args[0]:-2000}
build=${args[1]:-build}
runs=${RUNS:-3}
here=$(cd "$(dirname "$0")" && pwd)
wwc=$build/wwc-score
parse_only=$build/tests/wwc_bench_parse_only
jobs=$(nproc)
for program in "$wwc" "$parse_only"; do
  [[ -x $program ]] || { echo "run.sh: $program not found; build first (cmake --build $build)" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time not found (Debian package 'time')" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wwc-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

python3 "$here/generate.py" "$n" "$tmp/files"
bytes=$(du -sb "$tmp/files" | cut -f1)

# measure NAME CMD...: best wall time of $runs runs; sets a row in $tmp/NAME
# as "wall user sys maxrss_kb" (seconds, KB) and keeps the last stdout.
measure() {
  local name=$1; shift
  local best=""
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/$name.run" "$@" >"$tmp/$name.out" 2>/dev/null
    if [[ -z $best ]] || awk -v a="$(cut -d' ' -f1 "$tmp/$name.run")" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
      best=$(cat "$tmp/$name.run")
    fi
  done
  echo "$best" >"$tmp/$name"
}
field() { cut -d' ' -f"$2" "$tmp/$1"; }
cpu() { awk '{ printf "%.2f", $2 + $3 }' "$tmp/$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

measure batch1 "$wwc" batch "$tmp/files" --jobs 1 --format csv
measure batchN "$wwc" batch "$tmp/files" --jobs "$jobs" --format csv
measure parse "$parse_only" "$tmp/files"
measure python python3 "$here/python_scorer.py" "$tmp/files"

# The scorer is only a fair reference if it computes the same results.
if ! diff <(cut -d, -f1-7 "$tmp/batchN.out") "$tmp/python.out" >/dev/null; then
  echo "run.sh: python_scorer.py and wwc-score batch disagree:" >&2
  diff <(cut -d, -f1-7 "$tmp/batchN.out") "$tmp/python.out" | head >&2
  exit 1
fi

# One file, including process start: best of 20 (hyperfine when installed).
inputs=("$tmp"/files/*.yaml)
cp "${inputs[0]}" "$tmp/city.yaml"
if command -v hyperfine >/dev/null; then
  hyperfine -N --runs 20 --export-json "$tmp/one.json" "$wwc $tmp/city.yaml" >/dev/null 2>&1
  one_ms=$(python3 -c 'import json,sys; print("%.2f" % (1000 * json.load(open(sys.argv[1]))["results"][0]["min"]))' "$tmp/one.json")
else
  best_us=""
  for ((i = 0; i < 20; i++)); do
    start=${EPOCHREALTIME/./}
    "$wwc" "$tmp/city.yaml" >/dev/null 2>&1
    us=$(( ${EPOCHREALTIME/./} - start ))
    [[ -z $best_us || $us -lt $best_us ]] && best_us=$us
  done
  one_ms=$(awk -v us="$best_us" 'BEGIN { printf "%.2f", us / 1000 }')
fi

printf 'wwc-score benchmark: %d wwc-2022 files, %.1f KB each, %d cores (%s)\n' \
  "$n" "$(awk -v b="$bytes" -v n="$n" 'BEGIN { print b / n / 1024 }')" "$jobs" \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
printf '%-34s %8s %8s %8s %8s %10s\n' "process (best of $runs)" "wall s" "user s" "sys s" "CPU s" "max RSS KB"
row() { printf '%-34s %8s %8s %8s %8s %10s\n' "$1" "$(field "$2" 1)" "$(field "$2" 2)" "$(field "$2" 3)" "$(cpu "$2")" "$(field "$2" 4)"; }
row "wwc-score batch --jobs 1" batch1
row "wwc-score batch --jobs $jobs" batchN
row "yaml-cpp parse only" parse
row "python scorer (PyYAML CSafeLoader)" python
printf '%-34s %8s ms (best of 20, process start included)\n' "wwc-score city.yaml" "$one_ms"
echo "ratios:"
printf '  %-46s %6s  (target >= 2.5)\n' "python wall / batch --jobs $jobs wall" "$(ratio "$(field python 1)" "$(field batchN 1)")"
printf '  %-46s %6s  (target <= 1.10)\n' "batch --jobs 1 CPU / parse-only CPU" "$(ratio "$(cpu batch1)" "$(cpu parse)")"
printf '  %-46s %6s\n' "batch --jobs $jobs CPU / parse-only CPU" "$(ratio "$(cpu batchN)" "$(cpu parse)")"
printf '  %-46s %6s  (target >= 1.7)\n' "batch --jobs 1 wall / --jobs $jobs wall" "$(ratio "$(field batch1 1)" "$(field batchN 1)")"

if ((memory)); then
  big=$((10 * n))
  python3 "$here/generate.py" "$big" "$tmp/many"
  measure batchBig "$wwc" batch "$tmp/many" --jobs "$jobs" --format csv
  echo "memory (batch --jobs $jobs):"
  printf '  %-46s %10s KB\n' "max RSS over $n files" "$(field batchN 4)" "max RSS over $big files" "$(field batchBig 4)"
  printf '  %-46s %6s  (target <= 1.20)\n' "RSS $big files / RSS $n files" "$(ratio "$(field batchBig 4)" "$(field batchN 4)")"
  printf '  %-46s %8s s\n' "wall over $big files" "$(field batchBig 1)"
fi
