#!/usr/bin/env bash
# --format github of score, check and batch, as the Actions runner reads
# workflow commands: every line of stdout is one annotation,
#   ::error|warning|notice file=PATH,line=N,col=N::MESSAGE   (PATH relative, "," ":" "%" escaped)
#   ::notice title=wwc-score::SUMMARY
# and no other line starts with "::". ::error only for what fails the job:
# none when the exit code is 0; an invalid file annotated at the line and
# column of each error; under --require-level gold, errors in exactly the
# files below Gold. With GITHUB_ACTIONS=true, github is the default format of
# score and check.
#
#   tests/formats/github_test.sh WWC_SCORE SOURCE_DIR WORK_DIR
# shellcheck source=tests/formats/lib.sh
source "$(dirname "$0")/lib.sh" "$@"

out=$work/out
mkdir -p "$out"
run 0 "$out/score" score assessments/cambridge-2023.yaml assessments/no-outcome.yaml --format github
run 2 "$out/check" check . --format github
run 0 "$out/check-valid" check assessments --exclude broken.yaml --format github
run 2 "$out/batch" batch . --format github
run 0 "$out/batch-valid" batch assessments --exclude broken.yaml --format github
run 1 "$out/batch-gate" batch assessments --exclude broken.yaml --require-level gold --format github
(cd "$work/repo" && GITHUB_ACTIONS=true "$bin" check assessments/broken.yaml) >"$out/default" 2>/dev/null || true

annotation='^::(error|warning|notice) file=[^,:]+,line=[1-9][0-9]*,col=[1-9][0-9]*::.+$'
summary='^::notice title=wwc-score::.+$'
for report in "$out"/*; do
  [[ $report == *.err ]] && continue
  name=$(basename "$report")
  bad=$(grep -vE "$annotation|$summary" "$report" | head -3 || true)
  [[ -z $bad ]] || fail "$name: lines that are not one annotation each:
$bad"
  grep -qE '^::(error|warning|notice) file=\./' "$report" && fail "$name: a path starting with ./"
done
errors() { grep -c '^::error ' "$out/$1" || true; }

# Nothing fails, nothing is red.
for name in score check-valid batch-valid; do
  (($(errors $name) == 0)) || fail "$name exits 0 but writes ::error: $(grep -m1 '^::error ' "$out/$name")"
done
grep -qF '::warning file=assessments/no-outcome.yaml,line=24,col=3::' "$out/score" || fail "score: no warning at its line and column"
grep -qE "$summary" "$out/score" || fail "score: no summary notice"

# An invalid file: an error at each error's line and column, in every command.
for name in check batch default; do
  grep -qxF "::error file=assessments/broken.yaml,line=6,col=12::'usa' is not an ISO 3166-1 alpha-2 country code (such as US, CA or MX)" \
    "$out/$name" || fail "$name: the invalid file's first error is not annotated at 6:12:
$(head -3 "$out/$name")"
  (($(grep -c '^::error file=assessments/broken.yaml,' "$out/$name") == 10)) ||
    fail "$name: not the 10 errors of the invalid file"
  grep -E '^::error ' "$out/$name" | grep -vqF 'file=assessments/broken.yaml,' && fail "$name: ::error for a valid file"
done

# The gate: errors in exactly the files below Gold; the odd name escaped.
escaped='assessments/odd%2C name%3A 100%25 & <q>.yaml'
for below in assessments/cambridge-2020.yaml assessments/no-outcome.yaml "$escaped"; do
  grep -qF "::error file=$below,line=1,col=1::" "$out/batch-gate" ||
    fail "--require-level gold: no error for $below, which is below Gold"
done
for above in assessments/cambridge-2023.yaml assessments/TEMPE-2024.YAML; do
  grep -qF "::error file=$above," "$out/batch-gate" && fail "--require-level gold: an error for $above, which reaches Gold"
done
grep -qF "::error file=$escaped,line=" "$out/batch-gate" || fail "the odd name is not escaped as a property"

finish "github annotations of score, check and batch: one shape, errors only where the job fails, escaped"
