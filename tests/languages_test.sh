#!/usr/bin/env bash
# Languages as users meet them: --lang and the locale variables (read even
# where that locale is not installed), reports with no English left in
# Spanish and Portuguese, and JSON that is the same bytes in every language.
#
#   tests/languages_test.sh WWC_SCORE_BINARY SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
cd "$src"
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
# The binary with no locale variable but those given.
run() { env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG "$@"; }
example=examples/cambridge-2023.yaml
date=(--as-of 2026-01-31)

# JSON, the same bytes whatever the language (the schema's descriptions, for
# editors, are the one JSON meant to be read in the user's language).
json_commands=(
  "score $example --format json"
  "check examples/no-outcome.yaml examples/buenos-aires-2023.yaml --format json"
  "batch examples --format json -j 1"
  "history examples/cambridge-2020.yaml examples/cambridge-2023.yaml --format json"
  "diff examples/cambridge-2021.yaml $example --format json"
  "criteria show wwc-2022 --format json"
  "criteria show wwc-2022 DM1 --format json")
for command in "${json_commands[@]}"; do
  read -ra args <<<"$command"
  english=$(run "$bin" "${args[@]}" 2>/dev/null || true)
  for lang in es pt-BR; do
    other=$(run "$bin" --lang "$lang" "${args[@]}" 2>/dev/null || true)
    [[ -n $english && $english == "$other" ]] || fail "'$command' differs in $lang"
  done
done

# The text report in Spanish and Portuguese: the level's name, and no English heading or phrase left.
english_words='Level|Projected|Eligible|Practice|Points|Criteria|Outcomes|Next|Roadmap|points|criteria|criterion|meets|standard|self-assessment|certification|needed|short|in progress|planned|not met'
declare -A gold=([es]=Oro [pt-BR]=Ouro)
for lang in es pt-BR; do
  text=$(run "$bin" --lang "$lang" "$example" "${date[@]}")
  grep -qE "^[^:]+: +${gold[$lang]}," <<<"$text" || fail "--lang $lang: the level is not named ${gold[$lang]}:
$text"
  left=$(grep -owE "$english_words" <<<"$text" | sort -u | tr '\n' ' ' || true)
  [[ -z $left ]] || fail "--lang $lang: English words left in the text report: $left"
  help=$(run "$bin" --lang "$lang" score --help)
  grep -qE '^(Options|Usage|Commands|Arguments):' <<<"$help" && fail "--lang $lang: English headings in --help"
  html=$(run "$bin" --lang "$lang" "$example" --format html "${date[@]}")
  grep -q "<html lang=\"$lang\">" <<<"$html" || fail "--lang $lang: the HTML report is not <html lang=\"$lang\">"
done

# The locale variables, also for a locale this machine does not have.
spanish=$(run "$bin" --lang es "$example" "${date[@]}")
portuguese=$(run "$bin" --lang pt-BR "$example" "${date[@]}")
english=$(run "$bin" --lang en "$example" "${date[@]}")
if locale -a 2>/dev/null | grep -qi '^es_AR'; then echo "note: es_AR is installed here"; fi
[[ $(run LANG=es_AR.UTF-8 "$bin" "$example" "${date[@]}") == "$spanish" ]] || fail "LANG=es_AR.UTF-8 is not Spanish"
[[ $(run LC_ALL=pt_BR.UTF-8 "$bin" "$example" "${date[@]}") == "$portuguese" ]] || fail "LC_ALL=pt_BR.UTF-8 is not Portuguese"
[[ $(run LC_MESSAGES=pt "$bin" "$example" "${date[@]}") == "$portuguese" ]] || fail "LC_MESSAGES=pt is not Portuguese"
[[ $(run LANGUAGE=fr:es LANG=C "$bin" "$example" "${date[@]}") == "$spanish" ]] || fail "LANGUAGE=fr:es is not Spanish"
[[ $(run LANG=fr_FR.UTF-8 "$bin" "$example" "${date[@]}") == "$english" ]] || fail "LANG=fr_FR is not English"
[[ $(run "$bin" "$example" "${date[@]}") == "$english" ]] || fail "no locale variable is not English"
[[ $(run LANG=pt_BR.UTF-8 "$bin" --lang es "$example" "${date[@]}") == "$spanish" ]] || fail "--lang does not beat LANG"
if run "$bin" --lang fr "$example" >/dev/null 2>&1; then fail "--lang fr is accepted"; fi
code=0
run "$bin" --lang fr "$example" >/dev/null 2>&1 || code=$?
[[ $code == 64 ]] || fail "--lang fr exits $code, not 64"

exit $((failures > 0))
