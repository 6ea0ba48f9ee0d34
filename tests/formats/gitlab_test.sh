#!/usr/bin/env bash
# --format gitlab of score, check and batch, as GitLab reads a Code Quality
# report: valid (ajv-cli) against tests/schemas/gitlab-codequality.json, the
# fields GitLab documents as required (description, check_name, fingerprint,
# severity in info|minor|major|critical|blocker, location.path relative to the
# repository, location.lines.begin); fingerprints unique within a report and
# the same when lines are inserted above every problem (the repository
# scored again after 3 lines were added at the top of each assessment:
# every issue keeps its fingerprint and moves down by 3 lines). Severities:
# errors major, warnings minor, a required criterion critical, the roadmap
# info. Skipped (77) without the npm tools (npm ci --prefix tests/node).
#
#   tests/formats/gitlab_test.sh WWC_SCORE SOURCE_DIR WORK_DIR
# shellcheck source=tests/formats/lib.sh
source "$(dirname "$0")/lib.sh" "$@"
if ! command -v node >/dev/null || [[ ! -x $node_bin/ajv ]]; then
  skip "node or ajv-cli not found (npm ci --prefix tests/node)"
fi
schema=$src/tests/schemas/gitlab-codequality.json
facts() { node "$src/tests/formats/report_facts.mjs" gitlab "$@"; }

out=$work/out
mkdir -p "$out"
run 0 "$out/score.json" score assessments/cambridge-2023.yaml --format gitlab
run 2 "$out/check.json" check . --format gitlab
run 2 "$out/batch.json" batch . --format gitlab

# The same repository with 3 lines more at the top of every assessment.
cp -r "$work/repo" "$work/original"
while IFS= read -r -d '' file; do
  { printf '# Reviewed by the data team.\n# Next review: next spring.\n\n'; cat "$file"; } >"$file.new"
  mv "$file.new" "$file"
done < <(find "$work/repo/assessments" -type f -print0)
run 2 "$out/shifted.json" batch . --format gitlab

# A broken copy that the schema must refuse (the check can fail): a severity
# GitLab does not know.
sed 's/"severity": "info"/"severity": "low"/' "$out/score.json" >"$work/broken-severity.json"
(cd "$src/tests/node" && "$node_bin/ajv" validate --spec=draft7 -s "$schema" -d "$work/broken-severity.json" \
  -d "$out/score.json" -d "$out/check.json" -d "$out/batch.json" -d "$out/shifted.json" --errors=line) \
  >"$out/ajv.txt" 2>&1 || true
for name in score check batch shifted; do
  grep -qxF "$out/$name.json valid" "$out/ajv.txt" || fail "ajv rejects the Code Quality report of $name:
$(grep -A1 -F "$out/$name.json" "$out/ajv.txt" | head -5)"
done
grep -qxF "$work/broken-severity.json invalid" "$out/ajv.txt" ||
  fail "ajv accepts severity 'low': the schema check checks nothing"

for name in score check batch shifted; do
  facts "$out/$name.json" >"$out/$name.facts" || fail "$name: the report breaks an invariant (above)"
done
count() { grep -cF "$2" "$out/$1.facts" || true; }

# Severities, and what each report holds.
(($(count score $'issue\troadmap-criterion\tinfo\tassessments/cambridge-2023.yaml\t') > 0)) || fail "score: no roadmap issue"
(($(count check $'issue\tassessment-error\tmajor\tassessments/broken.yaml\t6\t') == 1)) ||
  fail "check: the invalid file's first error is not a major issue at line 6"
(($(count check $'issue\tassessment-warning\tminor\tassessments/no-outcome.yaml\t') > 0)) || fail "check: no minor warning"
(($(count check $'\troadmap-criterion\t') == 0)) || fail "check: roadmap issues, but check does not score"
(($(count batch $'issue\trequired-criterion\tcritical\t'"$odd_name"$'\t') > 0)) ||
  fail "batch: the required criterion the odd name lacks is not a critical issue at its path"
grep -qE 'drafts|workflows|mkdocs|pre-commit' "$out/batch.facts" && fail "batch .: an issue in a file that is not an assessment"

# Lines moved: the same fingerprints, each issue 3 lines further down.
if ! cmp -s <(cut -f6 "$out/batch.facts" | sort) <(cut -f6 "$out/shifted.facts" | sort); then
  fail "fingerprints change when lines are inserted above the problems:
$(diff <(cut -f2,4,6 "$out/batch.facts" | sort -k3) <(cut -f2,4,6 "$out/shifted.facts" | sort -k3) | head -10)"
fi
moved=$(join -t $'\t' -j 1 <(awk -F'\t' '{ print $6 "\t" $5 }' "$out/batch.facts" | sort) \
  <(awk -F'\t' '{ print $6 "\t" $5 }' "$out/shifted.facts" | sort) | awk -F'\t' '$3 != $2 + 3' | head -5)
[[ -z $moved ]] || fail "issues that did not move down by 3 lines (fingerprint, line before, line after):
$moved"
(($(wc -l <"$out/batch.facts") > 20)) || fail "batch: only $(wc -l <"$out/batch.facts") issues: too few for the checks above to mean much"

finish "GitLab Code Quality of score, check and batch: valid, severities mapped, fingerprints unique and stable when lines move"
