# shellcheck shell=bash
# Shared by the tests of tests/formats/: arguments, failures, skipping, and the
# repository they run in. Sourced, never run:
#
#   source "$(dirname "$0")/lib.sh" "$@"     # BINARY SOURCE_DIR WORK_DIR
#
# It sets $bin (absolute), $src, $work (emptied), $node_bin, and makes
# $work/repo: a repository as CI checks it out, with assessments and the YAML
# files a repository also holds that are not assessments:
#
#   .github/workflows/ci.yml, .pre-commit-config.yaml, mkdocs.yml   not assessments
#   .drafts/old.yaml                 an assessment in a hidden folder: skipped
#   assessments/cambridge-2020.yaml  wwc-2017, Silver
#   assessments/cambridge-2023.yaml  wwc-2022, Gold
#   assessments/TEMPE-2024.YAML      wwc-2022, Platinum (upper-case extension)
#   assessments/no-outcome.yaml      no level: no outcome meets its standard (warnings)
#   "assessments/odd, name: 100% & <q>.yaml"  missing-core: a required criterion not earned
#   assessments/broken.yaml          invalid (every kind of mistake)
#
# Below Gold: cambridge-2020, no-outcome and the odd name.
set -euo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$2" && pwd)
work=${3:?WORK_DIR}
# shellcheck disable=SC2034 # used by the tests that source this
node_bin=$src/tests/node/node_modules/.bin
failures=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# skip REASON: exit 77, which ctest counts as skipped.
skip() {
  echo "SKIPPED: $*"
  exit 77
}

# finish WHAT: the closing line and the exit code.
finish() {
  if ((failures > 0)); then
    echo "$failures failures" >&2
    exit 1
  fi
  echo "ok: $*"
}

# run EXPECTED_EXIT OUT_FILE ARGS...: wwc-score ARGS with stdout to OUT_FILE and
# stderr to OUT_FILE.err, from $work/repo; a failure when the exit code differs.
run() {
  local expected=$1 out=$2 status=0
  shift 2
  (cd "$work/repo" && "$bin" "$@") >"$out" 2>"$out.err" || status=$?
  if ((status != expected)); then
    fail "wwc-score $* exited $status, not $expected:
$(head -c 2000 "$out.err")"
  fi
}

odd_name='assessments/odd, name: 100% & <q>.yaml'

make_repo() {
  local repo=$work/repo
  rm -rf "$work"
  mkdir -p "$repo/.github/workflows" "$repo/.drafts" "$repo/assessments" "$repo/empty"
  printf 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n' \
    >"$repo/.github/workflows/ci.yml"
  printf 'repos:\n  - repo: local\n    hooks: []\n' >"$repo/.pre-commit-config.yaml"
  printf 'site_name: Our assessments\n' >"$repo/mkdocs.yml"
  cp "$src/examples/cambridge-2021.yaml" "$repo/.drafts/old.yaml"
  cp "$src/examples/cambridge-2020.yaml" "$src/examples/cambridge-2023.yaml" "$src/examples/no-outcome.yaml" \
    "$repo/assessments/"
  cp "$src/examples/tempe-2024.yaml" "$repo/assessments/TEMPE-2024.YAML"
  cp "$src/examples/missing-core.yaml" "$repo/$odd_name"
  cp "$src/tests/golden/invalid-assessment/city.yaml" "$repo/assessments/broken.yaml"
}
make_repo
