#!/usr/bin/env bash
# --format junit of score, check and batch, as CI servers read it: every
# report is valid against the Jenkins xunit-plugin schema
# (tests/schemas/junit-10.xsd, with xmllint) and is read by an npm JUnit
# parser (junit2json) with unique suite names and counts that match the test
# cases. An invalid file is a suite with one <error> case; without a gate
# nothing fails; with --require-level gold exactly the files below Gold have
# failures. Skipped (77) without xmllint (Debian libxml2-utils) or the npm
# tools (npm ci --prefix tests/node).
#
#   tests/formats/junit_test.sh WWC_SCORE SOURCE_DIR WORK_DIR
# shellcheck source=tests/formats/lib.sh
source "$(dirname "$0")/lib.sh" "$@"
command -v xmllint >/dev/null || skip "xmllint not found (Debian package libxml2-utils)"
if ! command -v node >/dev/null || [[ ! -d $src/tests/node/node_modules/junit2json ]]; then
  skip "node or junit2json not found (npm ci --prefix tests/node)"
fi
schema=$src/tests/schemas/junit-10.xsd
facts() { node "$src/tests/formats/report_facts.mjs" junit "$@"; }

out=$work/out
mkdir -p "$out"
run 0 "$out/score-one.xml" score assessments/cambridge-2023.yaml --format junit
run 0 "$out/score-twice.xml" score assessments/cambridge-2023.yaml assessments/cambridge-2023.yaml --format junit
run 2 "$out/score-invalid.xml" score assessments/cambridge-2023.yaml assessments/broken.yaml --format junit
run 2 "$out/check.xml" check . --format junit
run 2 "$out/batch.xml" batch . --format junit
run 1 "$out/batch-gate.xml" batch assessments --exclude broken.yaml --require-level gold --format junit

# Every report against the schema, in one xmllint run.
xmllint --noout --schema "$schema" "$out"/*.xml 2>"$out/xmllint.txt" ||
  fail "xmllint rejects a report:
$(grep -v ' validates$' "$out/xmllint.txt" | head -20)"

# The parser's view of each, and what each must hold.
for report in "$out"/*.xml; do
  facts "$report" >"${report%.xml}.facts" || fail "junit2json: $(basename "$report") breaks an invariant (above)"
done
suites() { grep -c '^suite' "$out/$1.facts" || true; }
suite() { grep -F "suite	wwc-score: $2	" "$out/$1.facts" || fail "$1: no suite for $2"; }
total() { awk -F'\t' -v col="$2" '{ n += $col } END { print n + 0 }' "$out/$1.facts"; }

(($(suites score-one) == 1)) || fail "score of one file: $(suites score-one) suites, not 1"
(($(suites score-twice) == 2)) || fail "score of a file given twice: $(suites score-twice) suites, not 2"
(($(total score-one 4) == 0)) || fail "score without a gate has failures"
(($(total score-one 6) > 0)) || fail "score without a gate skips nothing: the roadmap to the next level is not shown"

# An invalid file: one test case, an <error>, the place of its first error in the message.
for report in score-invalid check batch; do
  row=$(suite "$report" assessments/broken.yaml)
  [[ $row == *$'\t1\t0\t1\t0' ]] || fail "$report: the invalid file's suite is not one error case: $row"
done
grep -qF 'message="assessments/broken.yaml:6:12: error: ' "$out/score-invalid.xml" ||
  fail "score: the <error> message does not start with the file's first error and its place"

# check and batch of the repository: every assessment, and nothing else.
for report in check batch; do
  (($(suites $report) == 6)) || fail "$report .: $(suites $report) suites, not the 6 assessments:
$(cut -f2 "$out/$report.facts")"
  grep -qE 'mkdocs|workflows|pre-commit|drafts' "$out/$report.facts" && fail "$report .: a suite for a file that is not an assessment"
  (($(total $report 4) == 0)) || fail "$report: failures without a gate"
done
suite check "$odd_name" >/dev/null

# The gate: failures in exactly the files below Gold.
for below in assessments/cambridge-2020.yaml assessments/no-outcome.yaml "$odd_name"; do
  row=$(suite batch-gate "$below")
  [[ $(cut -f4 <<<"$row") -gt 0 ]] || fail "--require-level gold: $below is below Gold but has no failure: $row"
done
for above in assessments/cambridge-2023.yaml assessments/TEMPE-2024.YAML; do
  row=$(suite batch-gate "$above")
  [[ $(cut -f4 <<<"$row") -eq 0 ]] || fail "--require-level gold: $above reaches Gold but has failures: $row"
done

# The checks can fail: the Jenkins schema refuses counts on <testsuites> it
# does not define, and the parser check refuses a repeated suite name.
sed 's/<testsuites name="wwc-score"/<testsuites name="wwc-score" skipped="0"/' "$out/batch.xml" >"$work/broken-schema.xml"
xmllint --noout --schema "$schema" "$work/broken-schema.xml" 2>/dev/null &&
  fail "xmllint accepts skipped= on <testsuites>: the schema check checks nothing"
sed 's/ (2)"/"/' "$out/score-twice.xml" >"$work/repeated.xml"
facts "$work/repeated.xml" >/dev/null 2>&1 && fail "report_facts.mjs accepts a repeated suite name"

finish "JUnit of score, check and batch: valid against junit-10.xsd, read by junit2json, counts and names as expected"
