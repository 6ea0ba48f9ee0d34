#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS on a fresh corpus seeded from the
# examples, the hostile corpus, the golden inputs and the criteria files. The
# targets render every format of what they read and check each output
# (tests/fuzz/output_checks.hpp): a report that is not UTF-8, carries a
# control character or a workflow command, or does not parse is a crash too.
#
#   tests/fuzz/run.sh [BUILD_DIR] [SECONDS]     (defaults: build-fuzz 60)
#
# Build first: CXX=clang++ cmake -S . -B build-fuzz -DWWC_FUZZ=ON -DWWC_TESTS=OFF && cmake --build build-fuzz -j
# Exits non-zero when a target finds a crash, a leak, a timeout or runs out of memory.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-fuzz}
seconds=${2:-60}
work=$(mktemp -d "${TMPDIR:-/tmp}/wwc-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/assessment" "$work/criteria" "$work/assessment-seeds" "$work/criteria-seeds"
cp examples/*.yaml "$work/assessment-seeds/"
find tests/hostile -name '*.yaml' ! -name 'criteria-*' -exec cp {} "$work/assessment-seeds/" \;
find tests/golden -name '*.yaml' -exec cp {} "$work/assessment-seeds/" \;
cp criteria/*.yaml tests/hostile/criteria-*.yaml "$work/criteria-seeds/"
find tests/golden -name '*.yml' -exec cp {} "$work/criteria-seeds/" \;
for target in assessment criteria; do
  echo "fuzzing $target for ${seconds}s"
  "$build/wwc_fuzz_$target" "$work/$target" "$work/$target-seeds" -max_total_time="$seconds" -max_len=65536 \
    -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$work/" -print_final_stats=1 2>&1 | tail -n 12 || true
  if compgen -G "$work/crash-*" >/dev/null || compgen -G "$work/leak-*" >/dev/null ||
     compgen -G "$work/timeout-*" >/dev/null || compgen -G "$work/oom-*" >/dev/null; then
    mkdir -p fuzz-artifacts && cp "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* fuzz-artifacts/ 2>/dev/null || true
    echo "fuzz/$target: found a problem; inputs copied to fuzz-artifacts/" >&2
    exit 1
  fi
done
