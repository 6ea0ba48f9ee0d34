#!/usr/bin/env bash
# Start-up benchmark of wwc-score (see docs/performance.md).
#
#   tests/bench/startup.sh [--runs N] [BINARY...]
#                        (defaults: 300 runs; build-static/wwc-score and build/wwc-score)
#
# Times `/bin/true`, `wwc-score --version` and `wwc-score
# examples/cambridge-2023.yaml` side by side: after 20 warm-up rounds, each
# round runs all three once per binary, in turn, so that a busy moment of the
# machine slows every command alike. Prints the median and the best wall time
# of each and the ratios of the medians to /bin/true against the targets
# (--version at most 2x, one score at most 3x); it asserts no time. Plain
# bash: every figure includes the same fork and exec of a child process.
set -euo pipefail

runs=300
binaries=()
while (($#)); do
  case "$1" in
    --runs) runs=$2; shift ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) binaries+=("$1") ;;
  esac
  shift
done
here=$(cd "$(dirname "$0")" && pwd)
example=$here/../../examples/cambridge-2023.yaml
if ((${#binaries[@]} == 0)); then
  for candidate in build-static/wwc-score build/wwc-score; do
    [[ -x $candidate ]] && binaries+=("$candidate")
  done
fi
((${#binaries[@]} > 0)) || { echo "startup.sh: no wwc-score binary given or found in build-static/ or build/" >&2; exit 2; }
for binary in "${binaries[@]}"; do
  [[ -x $binary ]] || { echo "startup.sh: $binary is not an executable" >&2; exit 2; }
  "$binary" "$example" >/dev/null || { echo "startup.sh: $binary failed on $example" >&2; exit 1; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wwc-startup.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# time_once FILE CMD...: appends CMD's wall time in microseconds to FILE.
time_once() {
  local file=$1 start
  shift
  start=${EPOCHREALTIME/./}
  "$@" >/dev/null 2>&1
  echo $((${EPOCHREALTIME/./} - start)) >>"$file"
}
round() {
  local out=$1 i
  time_once "$out/true" /bin/true
  for i in "${!binaries[@]}"; do
    time_once "$out/version.$i" "${binaries[$i]}" --version
    time_once "$out/score.$i" "${binaries[$i]}" "$example"
  done
}
mkdir "$tmp/warm" "$tmp/runs"
for ((n = 0; n < 20; n++)); do round "$tmp/warm"; done
for ((n = 0; n < runs; n++)); do round "$tmp/runs"; done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
best() { sort -n "$1" | head -1; }
ms() { awk -v us="$1" 'BEGIN { printf "%.3f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

true_median=$(median "$tmp/runs/true")
printf 'wwc-score start-up: %d rounds, %d cores (%s)\n' "$runs" "$(nproc)" \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
printf '%-58s %10s %10s %8s\n' "command" "median ms" "best ms" "ratio"
printf '%-58s %10s %10s %8s\n' "/bin/true" "$(ms "$true_median")" "$(ms "$(best "$tmp/runs/true")")" "1.00"
for i in "${!binaries[@]}"; do
  for what in version score; do
    case $what in
      version) label="${binaries[$i]} --version"; target=2 ;;
      score) label="${binaries[$i]} examples/cambridge-2023.yaml"; target=3 ;;
    esac
    m=$(median "$tmp/runs/$what.$i")
    printf '%-58s %10s %10s %8s  (target <= %d)\n' "$label" "$(ms "$m")" "$(ms "$(best "$tmp/runs/$what.$i")")" \
      "$(ratio "$m" "$true_median")" "$target"
  done
done
