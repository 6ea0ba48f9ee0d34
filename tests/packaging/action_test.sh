#!/usr/bin/env bash
# The GitHub Action, offline: action.yml and the example workflow of
# docs/install.md pass @action-validator/cli (and a broken copy of action.yml
# fails it), every run: script starts with set -euo pipefail and interpolates
# no ${{ }}, shellcheck accepts them, and the report step, run with a fake
# GITHUB_STEP_SUMMARY and GITHUB_OUTPUT, calls wwc-score as it should and
# fails as it should (against a stand-in that logs its arguments, and
# against the real binary once it has the formats the action uses). Exits 77
# (skipped) when the validator is not installed: npm ci --prefix tests/node.
#
#   tests/packaging/action_test.sh SOURCE_DIR BIN_DIR
set -euo pipefail
src=$(cd "$1" && pwd)
bin_dir=$(cd "$2" && pwd)
validator=$src/tests/node/node_modules/.bin/action-validator
if [[ ! -x $validator ]]; then
  echo "$validator not found: the action test was skipped (install it with: npm ci --prefix tests/node)"
  exit 77
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/wwc-action.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

"$validator" "$src/action.yml" >"$tmp/out" 2>&1 || fail "action-validator rejects action.yml:
$(cat "$tmp/out")"
sed 's/using: composite/using: compost/' "$src/action.yml" >"$tmp/action.yml"
"$validator" "$tmp/action.yml" >/dev/null 2>&1 && fail "action-validator accepts a broken action.yml: it validates nothing"

# The workflow: the yaml block of docs/install.md that starts with the
# comment "# .github/workflows/wwc-score.yml".
workflow=$tmp/.github/workflows/wwc-score.yml
mkdir -p "$(dirname "$workflow")"
awk '/^```yaml$/ { getline first; if (first == "# .github/workflows/wwc-score.yml") { on = 1; print first }; next }
     on && /^```$/ { exit }
     on { print }' "$src/docs/install.md" >"$workflow"
if [[ ! -s $workflow ]]; then
  fail "docs/install.md has no yaml block starting with '# .github/workflows/wwc-score.yml'"
else
  "$validator" "$workflow" >"$tmp/out" 2>&1 || fail "action-validator rejects the workflow of docs/install.md:
$(cat "$tmp/out")"
  for needed in 'security-events: write' 'contents: read' 'github/codeql-action/upload-sarif@' 'wwc-score@v'; do
    grep -qF "$needed" "$workflow" || fail "the workflow of docs/install.md lacks '$needed'"
  done
fi

# The run: scripts, one file each (python3-yaml reads action.yml).
if ! python3 -c 'import yaml' 2>/dev/null; then
  echo "python3 with yaml not found (Debian package python3-yaml): the run: script checks were skipped"
else
  python3 - "$src/action.yml" "$tmp/run" <<'EOF'
import sys, yaml
steps = yaml.safe_load(open(sys.argv[1]))["runs"]["steps"]
for i, step in enumerate(s for s in steps if "run" in s):
    with open(f"{sys.argv[2]}-{i}.sh", "w") as out:
        out.write("#!/usr/bin/env bash\n" + step["run"])
EOF
  scripts=("$tmp"/run-*.sh)
  [[ -f ${scripts[0]} ]] || fail "action.yml has no run: step"
  for script in "${scripts[@]}"; do
    grep -qF "\${{" "$script" && fail "a run: script interpolates \${{ }} (pass inputs through env:): $(grep -m1 -F "\${{" "$script")"
    head -2 "$script" | tail -1 | grep -qx 'set -euo pipefail' || fail "a run: script does not start with set -euo pipefail"
  done
  if command -v shellcheck >/dev/null; then
    shellcheck -s bash "${scripts[@]}" || fail "shellcheck reports the run: scripts of action.yml (above)"
  else
    echo "shellcheck not found (Debian package shellcheck): the shellcheck check was skipped"
  fi

  # The report step as the runner runs it: run_report BIN_DIR LEVEL FILES
  # with a fake GITHUB_STEP_SUMMARY and GITHUB_OUTPUT, from the source folder.
  report=$(grep -l 'GITHUB_STEP_SUMMARY' "${scripts[@]}")
  run_report() {
    : >"$tmp/summary"
    : >"$tmp/output"
    rm -f "$tmp/out.sarif"
    (cd "$src" && PATH=$1:$PATH GITHUB_STEP_SUMMARY=$tmp/summary GITHUB_OUTPUT=$tmp/output \
      FILES=$3 REQUIRE_LEVEL=$2 CRITERIA='' SARIF_FILE=$tmp/out.sarif bash "$report") >"$tmp/out" 2>&1
  }
  reported() {
    [[ -s $tmp/summary ]] || fail "$1: the report step wrote no job summary"
    grep -qx "sarif-file=$tmp/out.sarif" "$tmp/output" || fail "$1: the report step set no sarif-file output"
    grep -q '"version": *"2.1.0"' "$tmp/out.sarif" 2>/dev/null || fail "$1: the report step wrote no SARIF 2.1.0"
  }

  # Its logic, against a stand-in that logs its arguments and exits as told.
  mkdir "$tmp/stub"
  cat >"$tmp/stub/wwc-score" <<'EOF'
#!/usr/bin/env bash
echo "$*" >>"$STUB_LOG"
case $1 in
  check) exit "${STUB_CHECK:-0}" ;;
  batch)
    if [[ " $* " == *" --format sarif "* ]]; then
      while (($#)); do [[ $1 == --output ]] && echo '{"version": "2.1.0"}' >"$2"; shift; done
    else
      echo "| file | level |"
      [[ " $* " == *" --require-level "* ]] && exit "${STUB_GATE:-0}"
    fi ;;
esac
exit 0
EOF
  chmod +x "$tmp/stub/wwc-score"
  export STUB_LOG=$tmp/stub.log
  : >"$STUB_LOG"
  run_report "$tmp/stub" silver $'a.yaml\nfolder/' || fail "the report step failed where every command passed:
$(cat "$tmp/out")"
  reported "all passing"
  expected="--version
check --format github a.yaml folder/
batch --format markdown --require-level silver a.yaml folder/
batch --format sarif --output $tmp/out.sarif a.yaml folder/"
  [[ $(<"$STUB_LOG") == "$expected" ]] || fail "the report step ran, instead of
$expected
this:
$(<"$STUB_LOG")"
  STUB_GATE=1 run_report "$tmp/stub" silver a.yaml && fail "the report step passed a failed gate"
  reported "a failed gate"
  status=0
  STUB_CHECK=2 run_report "$tmp/stub" '' a.yaml || status=$?
  ((status == 2)) || fail "the report step exited $status, not 2, on an invalid file"
  reported "an invalid file"

  # With the real binary, once it has the formats the action uses.
  if ! grep -q -- '--format' <<<"$("$bin_dir/wwc-score" check --help)" ||
    ! grep -q 'markdown' <<<"$("$bin_dir/wwc-score" batch --help)"; then
    echo "wwc-score has no check --format or batch --format markdown yet: the report step ran on a stand-in only"
  else
    examples="examples/cambridge-2023.yaml examples/tempe-2024.yaml"
    run_report "$bin_dir" gold "$examples" || fail "the report step failed with --require-level gold:
$(cat "$tmp/out")"
    reported "the examples at gold"
    run_report "$bin_dir" platinum "$examples" &&
      fail "the report step passed with --require-level platinum (cambridge-2023 is gold)"
  fi
fi

((failures == 0)) || exit 1
echo "ok: action.yml and the documented workflow are valid; run: scripts checked"
