#!/usr/bin/env bash
# The pre-commit hooks (.pre-commit-hooks.yaml) as a user runs them, offline:
# the repository's files are committed to a temporary hooks repository, and in
# a second temporary repository holding assessments `pre-commit try-repo`
# runs wwc-score-check (passes on valid files, fails on a broken one with a
# file:line:col: error: line) and a config pins wwc-score-gate with
# --require-level. Exits 77 (skipped) where pre-commit or git is absent.
#
#   tests/packaging/pre_commit_test.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin_dir=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
for tool in pre-commit git; do
  if ! command -v "$tool" >/dev/null; then
    echo "$tool not found (Debian package $tool): the hook test was skipped"
    exit 77
  fi
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/wwc-pre-commit.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# Nothing is read from or cached in the real home.
export HOME=$tmp/home PRE_COMMIT_HOME=$tmp/cache XDG_CACHE_HOME=$tmp/cache GIT_CONFIG_NOSYSTEM=1
export PATH=$bin_dir:$PATH
mkdir -p "$HOME"
git_commit() { git -C "$1" add -A && git -C "$1" -c user.name=test -c user.email=test@example.invalid commit -qm "$2"; }
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# The hooks repository: the files git knows of (tracked, or new and not
# ignored), or only the hooks file outside a git checkout.
hooks=$tmp/hooks
mkdir -p "$hooks"
if git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
  (cd "$src" && git ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' file; do
      if [[ -f $file ]]; then cp --parents "$file" "$hooks/"; fi
    done)
else
  cp "$src/.pre-commit-hooks.yaml" "$hooks/"
fi
git init -q "$hooks"
git_commit "$hooks" "hooks"

city=$tmp/city
mkdir -p "$city/assessments" "$city/.github/workflows"
git init -q "$city"
cp "$src/examples/cambridge-2023.yaml" "$src/examples/tempe-2024.yaml" "$city/assessments/"
# Not an assessment: the hooks leave hidden folders alone.
printf 'on: push\njobs: {}\n' >"$city/.github/workflows/ci.yml"
git_commit "$city" "valid assessments"
valid=(assessments/cambridge-2023.yaml assessments/tempe-2024.yaml .github/workflows/ci.yml)

# try HOOK FILE...: runs the hook from the hooks repository on FILEs; the
# output goes to $tmp/out and the exit code is returned.
try() {
  local hook=$1
  shift
  (cd "$city" && pre-commit try-repo "$hooks" "$hook" --files "$@") >"$tmp/out" 2>&1
}

try wwc-score-check "${valid[@]}" || fail "wwc-score-check failed on valid assessments:
$(cat "$tmp/out")"

cp "$src/tests/hostile/bad-date.yaml" "$city/assessments/broken.yaml"
git_commit "$city" "a broken assessment"
if try wwc-score-check "${valid[@]}" assessments/broken.yaml; then
  fail "wwc-score-check passed a broken assessment:
$(cat "$tmp/out")"
else
  grep -Eq '^assessments/broken\.yaml:[0-9]+:[0-9]+: error: ' "$tmp/out" ||
    fail "wwc-score-check printed no 'assessments/broken.yaml:LINE:COL: error:' line:
$(cat "$tmp/out")"
fi

# The gate as a user pins it: cambridge-2023 is gold, so gold passes and
# platinum fails.
gate() {
  cat >"$city/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $hooks
    rev: $(git -C "$hooks" rev-parse HEAD)
    hooks:
      - id: wwc-score-gate
        args: [--require-level, $1]
EOF
  (cd "$city" && pre-commit run wwc-score-gate --files assessments/cambridge-2023.yaml) >"$tmp/out" 2>&1
}
gate gold || fail "wwc-score-gate with --require-level gold failed on a gold city:
$(cat "$tmp/out")"
if gate platinum; then
  fail "wwc-score-gate with --require-level platinum passed a gold city"
else
  grep -q 'below the required' "$tmp/out" || fail "wwc-score-gate failed without saying why:
$(cat "$tmp/out")"
fi

((failures == 0)) || exit 1
echo "ok: wwc-score-check passes valid files and fails a broken one; wwc-score-gate gates on the level"
