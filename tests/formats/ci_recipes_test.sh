#!/usr/bin/env bash
# The CI recipes of docs/ci.md work as written. The GitHub workflow (the yaml
# block starting "# .github/workflows/assessments.yml") passes
# @action-validator/cli (and a broken copy fails it); its run: steps and the
# GitLab job's before_script and script (the block starting
# "# .gitlab-ci.yml") pass shellcheck and interpolate no ${{ }}; and they run
# as the runners run them (bash -eo pipefail, each GitHub step after the ones
# before it, `if: !cancelled()` steps also after a failure, unless they need
# the install step's success), with
# GITHUB_ACTIONS, GITHUB_STEP_SUMMARY, GITHUB_PATH, GITHUB_BASE_REF and
# CI_PROJECT_DIR set, in a git repository of example assessments. The
# download goes to a stand-in for curl serving a release whose binary runs
# this build's wwc-score, with its SHA256SUMS, so the installed binary is the
# one under test. Asserted: exit codes (0 when all pass, 1 below the level, 2 for
# an invalid file), annotations of the changed files only, the markdown table
# in the job summary, the SARIF, Code Quality and JUnit files, the cache used
# on a second run and a corrupt cached binary refused. Skipped (77) without
# the npm tools (npm ci --prefix tests/node) or python3 with yaml.
#
#   tests/formats/ci_recipes_test.sh WWC_SCORE SOURCE_DIR WORK_DIR
# shellcheck source=tests/formats/lib.sh
source "$(dirname "$0")/lib.sh" "$@"
validator=$node_bin/action-validator
[[ -x $validator ]] || skip "$validator not found (npm ci --prefix tests/node)"
python3 -c 'import yaml' 2>/dev/null || skip "python3 with yaml not found (Debian package python3-yaml)"
command -v git >/dev/null || skip "git not found"
doc=$src/docs/ci.md

# The yaml block of docs/ci.md whose first line is $1.
block() {
  awk -v first="$1" '/^```yaml$/ { getline line; if (line == first) { on = 1; print line }; next }
                     on && /^```$/ { exit }
                     on { print }' "$doc"
}
recipes=$work/recipes
mkdir -p "$recipes/.github/workflows"
workflow=$recipes/.github/workflows/assessments.yml
gitlab=$recipes/.gitlab-ci.yml
block '# .github/workflows/assessments.yml' >"$workflow"
block '# .gitlab-ci.yml' >"$gitlab"
[[ -s $workflow ]] || fail "docs/ci.md has no yaml block starting with '# .github/workflows/assessments.yml'"
[[ -s $gitlab ]] || fail "docs/ci.md has no yaml block starting with '# .gitlab-ci.yml'"
((failures == 0)) || exit 1

# The workflow as GitHub reads it, and a broken copy that must fail.
"$validator" "$workflow" >"$work/validator.txt" 2>&1 || fail "action-validator rejects the workflow of docs/ci.md:
$(cat "$work/validator.txt")"
sed 's/runs-on:/run-on:/' "$workflow" >"$recipes/.github/workflows/broken.yml"
"$validator" "$recipes/.github/workflows/broken.yml" >/dev/null 2>&1 &&
  fail "action-validator accepts a job without runs-on: it validates nothing"
for needed in 'contents: read' 'security-events: write' 'actions/cache@' 'github/codeql-action/upload-sarif@' \
  'sha256sum --check' 'check --format github' '--format markdown --require-level' 'GITHUB_STEP_SUMMARY'; do
  grep -qF -- "$needed" "$workflow" || fail "the workflow of docs/ci.md lacks '$needed'"
done

# The steps as files: github-N.sh (with github-N.if, the step's if:), and
# gitlab.sh (before_script then script, one shell as GitLab runs them), and
# the variables of each as NAME=VALUE lines.
python3 - "$workflow" "$gitlab" "$work" <<'EOF'
import sys, yaml
workflow, gitlab, work = sys.argv[1:]
flow = yaml.safe_load(open(workflow))
job = next(iter(flow["jobs"].values()))
with open(f"{work}/github.env", "w") as f:
    for name, value in flow.get("env", {}).items():
        f.write(f"{name}={value}\n")
steps = [s for s in job["steps"] if "run" in s]
for i, step in enumerate(steps):
    with open(f"{work}/github-{i}.sh", "w") as f:
        f.write("#!/usr/bin/env bash\n" + step["run"])
    with open(f"{work}/github-{i}.if", "w") as f:
        f.write(str(step.get("if", "")))
lab = yaml.safe_load(open(gitlab))["wwc-score"]
with open(f"{work}/gitlab.env", "w") as f:
    for name, value in lab.get("variables", {}).items():
        f.write(f"{name}={value}\n")
with open(f"{work}/gitlab.sh", "w") as f:
    f.write("#!/usr/bin/env bash\n" + "\n".join(lab["before_script"] + lab["script"]) + "\n")
reports = lab["artifacts"]["reports"]
assert lab["artifacts"]["when"] == "always", "the GitLab job keeps its reports only on success"
assert reports["codequality"] == "gl-code-quality.json" and reports["junit"] == "wwc-score-junit.xml", reports
EOF
steps=("$work"/github-*.sh)
mapfile -t github_env <"$work/github.env"
mapfile -t gitlab_env <"$work/gitlab.env"
((${#steps[@]} == 4)) || fail "the workflow has ${#steps[@]} run: steps, not the 4 this test knows (install, annotate, summary, SARIF)"
for script in "${steps[@]}" "$work/gitlab.sh"; do
  grep -qF "\${{" "$script" && fail "$(basename "$script"): a run: script interpolates \${{ }}: $(grep -m1 -F "\${{" "$script")"
done
if command -v shellcheck >/dev/null; then
  shellcheck -s bash "${steps[@]}" "$work/gitlab.sh" || fail "shellcheck reports the recipes' scripts (above)"
else
  echo "shellcheck not found (Debian package shellcheck): that check was skipped"
fi

# A release made from this build, and curl as a stand-in that serves it and
# logs each download.
version=$(sed -n 's/^WWC_SCORE_VERSION=//p' "$work/github.env")
release=$work/release
mkdir -p "$release" "$work/fake-bin"
# The release's binary: a small stand-in that runs this build's (a sanitizer
# build is too large to hash and copy in every run).
printf '#!/bin/sh\nexec %q "$@"\n' "$bin" >"$release/wwc-score-$version-x86_64-linux"
(cd "$release" && sha256sum "wwc-score-$version-x86_64-linux" >SHA256SUMS &&
  echo "0000000000000000000000000000000000000000000000000000000000000000  wwc-score_${version}_amd64.deb" >>SHA256SUMS)
cat >"$work/fake-bin/curl" <<EOF
#!/usr/bin/env bash
# curl -fsSL --retry 3 -o FILE URL, served from $release
while ((\$#)); do
  case \$1 in -o) out=\$2; shift ;; http*) url=\$1 ;; esac
  shift
done
echo "\$url" >>"$work/downloads"
[[ \$url == https://github.com/wwc-score/wwc-score/releases/download/v$version/* ]] || exit 22
cp "$release/\$(basename "\$url")" "\$out" || exit 22
EOF
chmod +x "$work/fake-bin/curl"

# A repository: main with two assessments, and a branch on top of it.
repo=$work/checkout
git_in() { git -C "$repo" -c user.name=test -c user.email=test@example.org -c commit.gpgsign=false "$@" >/dev/null; }
new_repo() {
  rm -rf "$repo"
  mkdir -p "$repo/assessments"
  cp "$src/examples/cambridge-2023.yaml" "$src/examples/tempe-2024.yaml" "$repo/assessments/"
  printf '# Our assessments\n' >"$repo/assessments/README.md"
  git_in init -q -b main
  git_in add -A
  git_in commit -q -m base
  git_in update-ref refs/remotes/origin/main HEAD
}
commit() {
  git_in add -A
  git_in commit -q -m change
}

# run_github NAME [BASE_REF]: every run: step, as the runner would, from the
# checkout; $work/NAME.exits gets "STEP EXIT" lines (- for a step not run).
run_github() {
  local name=$1 base=${2:-} failed=0 status i condition
  : >"$work/$name.summary"
  : >"$work/$name.exits"
  : >"$work/github-path"
  local path=$work/fake-bin:/usr/bin:/bin
  for ((i = 0; i < ${#steps[@]}; i++)); do
    condition=$(<"$work/github-$i.if")
    if { ((failed)) && [[ $condition != *'!cancelled()'* && $condition != *'always()'* ]]; } ||
      { [[ $condition == *"steps.install.outcome == 'success'"* ]] && [[ $(head -1 "$work/$name.exits") != "0 0" ]]; }; then
      echo "$i -" >>"$work/$name.exits"
      continue
    fi
    # The runner puts GITHUB_PATH entries in front of PATH for the next steps.
    while IFS= read -r dir; do path=$dir:$path; done <"$work/github-path"
    : >"$work/github-path"
    status=0
    (cd "$repo" && env -i HOME="$work/home" PATH="$path" "${github_env[@]}" GITHUB_ACTIONS=true \
      GITHUB_STEP_SUMMARY="$work/$name.summary" GITHUB_PATH="$work/github-path" GITHUB_BASE_REF="$base" \
      RUNNER_TEMP="$work/runner-temp" bash --noprofile --norc -eo pipefail "${steps[$i]}") \
      >"$work/$name.$i.out" 2>&1 || status=$?
    echo "$i $status" >>"$work/$name.exits"
    ((status == 0)) || failed=1
  done
}
exits_are() {
  local got
  got=$(cut -d' ' -f2 "$work/$1.exits" | paste -sd' ')
  [[ $got == "$2" ]] || fail "$1: the steps (install, annotate, summary, SARIF) exited $got, not $2:
$(for f in "$work/$1".*.out; do echo "--- $(basename "$f")"; head -5 "$f"; done)"
}
mkdir -p "$work/home" "$work/runner-temp"

# 1. A pull request that changes one assessment; all reach Silver.
new_repo
echo '# Reviewed.' >>"$repo/assessments/cambridge-2023.yaml"
commit
: >"$work/downloads"
run_github pr-pass main
exits_are pr-pass "0 0 0 0"
(($(wc -l <"$work/downloads") == 2)) || fail "the install step did not download the binary and SHA256SUMS: $(cat "$work/downloads")"
grep -qF '| File | City | Set | Level and points | Next level |' "$work/pr-pass.summary" ||
  fail "the job summary has no markdown table: $(head -5 "$work/pr-pass.summary")"
grep -qF '| assessments/tempe-2024.yaml | Tempe |' "$work/pr-pass.summary" || fail "the job summary lacks a row per assessment"
grep -q '"version": "2.1.0"' "$repo/wwc-score.sarif" 2>/dev/null || fail "the SARIF step wrote no SARIF 2.1.0"
[[ $(readlink -f "$work/home/.cache/wwc-score/bin/wwc-score") == "$work/home/.cache/wwc-score/wwc-score-$version-x86_64-linux" ]] ||
  fail "the install step did not link bin/wwc-score to the release's binary"

# 2. The same again, from the cache: nothing downloaded.
: >"$work/downloads"
run_github pr-cached main
exits_are pr-cached "0 0 0 0"
[[ ! -s $work/downloads ]] || fail "the install step downloads again though the cache has the binary"

# 3. A pull request that adds an invalid file and a city below Silver: the
# annotations name the changed files only, every step after the failure runs.
cp "$src/tests/golden/invalid-assessment/city.yaml" "$repo/assessments/broken.yaml"
cp "$src/examples/no-outcome.yaml" "$repo/assessments/"
commit
run_github pr-broken main
exits_are pr-broken "0 2 2 0"
grep -qxF "::error file=assessments/broken.yaml,line=6,col=12::'usa' is not an ISO 3166-1 alpha-2 country code (such as US, CA or MX)" \
  "$work/pr-broken.1.out" || fail "the annotation step did not annotate the invalid file at its line:
$(head -3 "$work/pr-broken.1.out")"
grep -qF '::warning file=assessments/no-outcome.yaml,line=24,col=3::' "$work/pr-broken.1.out" ||
  fail "the annotation step did not annotate the new file's warnings"
grep -qF 'cambridge-2023' "$work/pr-broken.1.out" && fail "the annotation step checked a file the pull request did not change"
grep -qF '| assessments/broken.yaml |' "$work/pr-broken.summary" || fail "the job summary has no row for the invalid file"
grep -qF '"uri": "assessments/broken.yaml"' "$repo/wwc-score.sarif" || fail "the SARIF lacks the invalid file"

# 4. A push to main (no base ref) with a city below Silver: the whole folder
# is checked, the gate fails with 1.
rm "$repo/assessments/broken.yaml"
commit
run_github push-below
exits_are push-below "0 0 1 0"
grep -qF 'Riverbend' "$work/push-below.summary" || fail "the job summary lacks the city below Silver"
grep -qxF '**1 file is below the required level silver.**' "$work/push-below.summary" ||
  fail "the job summary does not say which gate failed: $(tail -2 "$work/push-below.summary")"

# 5. A corrupt binary in the cache: the install step refuses it, the steps
# that need it do not run.
echo corrupt >>"$work/home/.cache/wwc-score/wwc-score-$version-x86_64-linux"
run_github corrupt main
exits_are corrupt "1 - - -"

# The GitLab job: before_script and script in one shell from CI_PROJECT_DIR.
run_gitlab() {
  local name=$1 status=0
  rm -f "$repo/gl-code-quality.json" "$repo/wwc-score-junit.xml"
  (cd "$repo" && env -i HOME="$work/home" PATH="$work/fake-bin:/usr/bin:/bin" "${gitlab_env[@]}" \
    CI_PROJECT_DIR="$repo" GITLAB_CI=true bash --noprofile --norc -eo pipefail "$work/gitlab.sh") \
    >"$work/$name.out" 2>&1 || status=$?
  echo "$status"
}
new_repo
: >"$work/downloads"
status=$(run_gitlab gitlab-pass)
((status == 0)) || fail "the GitLab job exited $status with every city at Silver or above:
$(tail -5 "$work/gitlab-pass.out")"
(($(wc -l <"$work/downloads") == 2)) || fail "the GitLab job did not download the binary and SHA256SUMS"
python3 -c 'import json, sys; assert isinstance(json.load(open(sys.argv[1])), list)' "$repo/gl-code-quality.json" ||
  fail "the GitLab job wrote no Code Quality report"
grep -qF '<testsuite name="wwc-score: assessments/tempe-2024.yaml"' "$repo/wwc-score-junit.xml" ||
  fail "the GitLab job wrote no JUnit report"
cp "$src/tests/golden/invalid-assessment/city.yaml" "$repo/assessments/broken.yaml"
cp "$src/examples/no-outcome.yaml" "$repo/assessments/"
: >"$work/downloads"
status=$(run_gitlab gitlab-broken)
((status == 2)) || fail "the GitLab job exited $status, not 2, with an invalid file"
[[ ! -s $work/downloads ]] || fail "the GitLab job downloads again though its cache has the binary"
grep -qF '"check_name": "assessment-error"' "$repo/gl-code-quality.json" || fail "the Code Quality report lacks the invalid file"
grep -qF '<error message="assessments/broken.yaml:6:12: error: ' "$repo/wwc-score-junit.xml" ||
  fail "the JUnit report lacks the invalid file's error"
rm "$repo/assessments/broken.yaml"
status=$(run_gitlab gitlab-below)
((status == 1)) || fail "the GitLab job exited $status, not 1, with a city below Silver"

finish "the CI recipes of docs/ci.md: the workflow is valid, and both recipes run as written"
