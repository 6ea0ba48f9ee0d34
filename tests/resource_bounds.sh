#!/usr/bin/env bash
# The worst input shapes at the file-size cap must end in a located error (exit
# 2) within 300 MB of address space. No time is asserted here: ctest's timeout
# is a safety net, and speed is measured by tests/bench.
#
#   tests/resource_bounds.sh WWC_SCORE_BINARY
set -euo pipefail
binary=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/wwc-bounds.XXXXXX")
trap 'rm -rf "$work"' EXIT
cap=$((1024 * 1024))

python3 - "$work" "$cap" <<'PY'
import sys
work, cap = sys.argv[1], int(sys.argv[2])
def write(name, text):
    open(f"{work}/{name}.yaml", "w").write(text[:cap])
write("flow-brackets", "[" * cap)
write("flow-maps", "{a: " * (cap // 4))
write("balanced-deep", "a: " + "[" * 900 + "]" * 900 + "\n")
bomb = "a0: &a0 [" + ", ".join(["x"] * 9) + "]\n"
for i in range(1, 40):
    bomb += f"a{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 9) + "]\n"
write("alias-bomb", bomb)
write("many-keys", "".join(f"k{i}: {i}\n" for i in range(cap // 12)))
write("long-line", "a: " + "x" * (cap - 10) + "\n")
PY

failed=0
for file in "$work"/*.yaml; do
  name=$(basename "$file")
  set +e
  output=$( (ulimit -v 307200; "$binary" check "$file") 2>&1 )
  code=$?
  set -e
  if [[ $code -ne 2 ]] || ! grep -q ": error: " <<<"$output"; then
    echo "FAIL $name: exit $code"; echo "$output" | head -n 3; failed=1
  else
    echo "ok   $name: $(grep -m1 ': error: ' <<<"$output" | sed "s|$work/||")"
  fi
done
exit $failed
