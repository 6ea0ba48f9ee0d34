#!/usr/bin/env bash
# --format sarif of score, check and batch, as code scanning reads it: every
# report is valid against the SARIF 2.1.0 schema (tests/schemas/
# sarif-2.1.0.json, JSON Schema draft-07) with ajv-cli and ajv-formats;
# invocations[0].exitCode is the exit code of the process; every result has a
# partialFingerprints value, unique in its run; URIs are relative to the
# repository (no "./", special characters percent-encoded); an invalid file
# is reported at the line and column of each error. Skipped (77) without the
# npm tools (npm ci --prefix tests/node).
#
#   tests/formats/sarif_test.sh WWC_SCORE SOURCE_DIR WORK_DIR
# shellcheck source=tests/formats/lib.sh
source "$(dirname "$0")/lib.sh" "$@"
if ! command -v node >/dev/null || [[ ! -x $node_bin/ajv || ! -d $src/tests/node/node_modules/ajv-formats ]]; then
  skip "node, ajv-cli or ajv-formats not found (npm ci --prefix tests/node)"
fi
schema=$src/tests/schemas/sarif-2.1.0.json
facts() { node "$src/tests/formats/report_facts.mjs" sarif "$@"; }
# The schema declares draft-07 ("$schema": "http://json-schema.org/draft-07/schema#"):
# ajv's draft-07 dialect, with the uri, uri-reference and date-time formats checked.
validate() { (cd "$src/tests/node" && "$node_bin/ajv" validate --spec=draft7 -c ajv-formats -s "$schema" "$@"); }

out=$work/out
mkdir -p "$out"
declare -A exits=([score]=0 [score-gate]=1 [check]=2 [batch]=2 [batch-valid]=0)
run 0 "$out/score.json" score assessments/cambridge-2023.yaml --format sarif
run 1 "$out/score-gate.json" score assessments/cambridge-2023.yaml --require-level platinum --format sarif
run 2 "$out/check.json" check . --format sarif
run 2 "$out/batch.json" batch . --format sarif
run 0 "$out/batch-valid.json" batch assessments --exclude broken.yaml --format sarif

# Every report in one ajv run, with a broken copy that must fail (the check can
# fail): a result level SARIF does not define.
sed 's/"level": "note"/"level": "notice"/' "$out/score.json" >"$work/broken-level.json"
data=(-d "$work/broken-level.json")
for name in "${!exits[@]}"; do data+=(-d "$out/$name.json"); done
validate "${data[@]}" --errors=line >"$out/ajv.txt" 2>&1 || true
for name in "${!exits[@]}"; do
  grep -qxF "$out/$name.json valid" "$out/ajv.txt" || fail "ajv rejects the SARIF of $name:
$(grep -A1 -F "$out/$name.json" "$out/ajv.txt" | head -5)"
done
grep -qxF "$work/broken-level.json invalid" "$out/ajv.txt" ||
  fail "ajv accepts a result level 'notice': the schema check checks nothing"

for name in "${!exits[@]}"; do
  facts "$out/$name.json" "${exits[$name]}" >"$out/$name.facts" || fail "$name: the SARIF breaks an invariant (above)"
done
results() { grep -cF "$2" "$out/$1.facts" || true; }

# What each holds.
(($(results score $'result\troadmap-criterion\tnote\tassessments/cambridge-2023.yaml\t') > 0)) ||
  fail "score: no roadmap result in the assessment"
(($(results score $'\terror\t') == 0)) || fail "score without a gate: error results, though nothing fails"
(($(results score-gate $'result\troadmap-criterion\terror\t') > 0)) ||
  fail "score --require-level platinum: the roadmap to Platinum, which fails the gate, is not made of errors"
(($(results check $'result\tassessment-error\terror\tassessments/broken.yaml\t6\t') == 1)) ||
  fail "check: the invalid file's first error is not a result at line 6:
$(grep broken "$out/check.facts" | head -3)"
grep -qF '"startColumn": 12' "$out/check.json" || fail "check: the first error has no startColumn 12"
(($(results check $'\troadmap-criterion\t') == 0)) || fail "check: roadmap results, but check does not score"
(($(results batch $'assessment-error') == $(results check $'assessment-error'))) ||
  fail "batch and check report the invalid file's errors differently"
# The odd name percent-encoded, the required criterion it lacks found.
(($(results batch $'result\trequired-criterion\twarning\tassessments/odd%2C%20name%3A%20100%25%20%26%20%3Cq%3E.yaml\t') > 0)) ||
  fail "batch: no required-criterion result for the odd name, or its URI is not percent-encoded:
$(grep -F 'odd' "$out/batch.facts" | head -3)"
grep -qE 'drafts|workflows|mkdocs|pre-commit' "$out/batch.facts" && fail "batch .: a result in a file that is not an assessment"
(($(results batch-valid $'\tassessment-error\t') == 0)) || fail "batch --exclude broken.yaml: still an error result"

# The invariants can fail too: an exit code that is not the process's.
facts "$out/score.json" 1 >/dev/null 2>&1 && fail "report_facts.mjs accepts exitCode 0 for a process that exited 1"

finish "SARIF of score, check and batch: valid against sarif-2.1.0.json, exit codes, fingerprints and locations as expected"
