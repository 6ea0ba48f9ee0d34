#!/usr/bin/env bash
# The bash completion, driven as bash drives it: COMP_WORDS, COMP_CWORD,
# COMP_LINE and COMP_POINT set for a command line, then _wwc_score, in a fresh
# `bash --norc` with the built binary first on PATH. Run from the repository
# root, so that `examples/cam` completes to the examples.
#
#   tests/completion_test.sh BINARY_DIR SOURCE_DIR
set -euo pipefail
bin_dir=$1
cd "$2"
script=$PWD/contrib/wwc-score.bash
export PATH="$bin_dir:$PATH"
failures=0

# The completions of LINE (completed at its end), sorted, on one line.
complete_line() {
  bash --norc --noprofile -c '
    source "$1"
    COMP_LINE=$2
    COMP_POINT=${#2}
    COMP_WORDS=()
    for word in $2; do  # bash also splits words at "=" (COMP_WORDBREAKS)
      while [[ $word == *=* ]]; do
        [[ -n ${word%%=*} ]] && COMP_WORDS+=("${word%%=*}")
        COMP_WORDS+=("=")
        word=${word#*=}
      done
      [[ -n $word ]] && COMP_WORDS+=("$word")
    done
    [[ $2 == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    _wwc_score
    ((${#COMPREPLY[@]} == 0)) || printf "%s\n" "${COMPREPLY[@]}"' _ "$script" "$1" | sort | tr '\n' ' ' | sed 's/ $//'
}
sorted() { tr ' ' '\n' <<<"$*" | sed '/^$/d' | sort | tr '\n' ' ' | sed 's/ $//'; }

# expect LINE WORDS...: the completions of LINE are exactly WORDS.
expect() {
  local line=$1 want got
  shift
  want=$(sorted "$@")
  got=$(complete_line "$line")
  [[ $got == "$want" ]] && return
  printf 'FAIL: "%s"\n  expected: %s\n  got:      %s\n' "$line" "$want" "$got" >&2
  failures=$((failures + 1))
}

# expect_some LINE WORDS...: the completions of LINE include every one of WORDS.
expect_some() {
  local line=$1 got word
  shift
  got=" $(complete_line "$line") "
  for word in "$@"; do
    [[ $got == *" $word "* ]] && continue
    printf 'FAIL: "%s"\n  expected to include: %s\n  got: %s\n' "$line" "$word" "$got" >&2
    failures=$((failures + 1))
  done
}

formats() { wwc-score "$1" --help | sed -n 's/.*Report format: //p' | sed 's/,/ /g; s/ or / /g'; }
long_options() { wwc-score "$@" --help | grep -oE '(^|[ ,])--[a-z][a-z-]*' | sed 's/^[ ,]//' | sort -u; }

batch_formats=$(formats batch)
for format in text csv json; do
  [[ " $batch_formats " == *" $format "* ]] || { echo "FAIL: 'batch --help' lists no $format format" >&2; exit 1; }
done

expect "wwc-score sc" schema score
expect "wwc-score sco" score
expect "wwc-score crit" criteria  # not also the folder criteria/
expect_some "wwc-score " score check batch init criteria diff schema history
expect "wwc-score sch" schema
expect "wwc-score schema --criteria wwc-2" wwc-2017 wwc-2022
expect "wwc-score schema --m" --markdown-descriptions
expect "wwc-score hist" history
expect "wwc-score history --format " "$(formats history)"
expect "wwc-score history examples/cambridge-2020.yaml examples/cam" examples/cambridge-*.yaml
expect "wwc-score batch --format " "$batch_formats"
expect "wwc-score score --format " "$(formats score)"
expect "wwc-score diff --format=" "$(formats diff)"
expect "wwc-score diff --format=j" json
expect "wwc-score score --criteria wwc-" wwc-2017 wwc-2022
expect "wwc-score criteria " list show lint diff
expect "wwc-score batch --j" --jobs
expect "wwc-score score examples/cam" examples/cambridge-*.yaml
expect "wwc-score examples/cambridge-2023.yaml --fo" --format
expect "wwc-score batch --jobs " ""
expect_some "wwc-score criteria diff wwc-2017 " wwc-2017 wwc-2022
# Every long option of every command, as its --help lists them.
for command in score check batch init diff schema history; do
  # shellcheck disable=SC2046  # one argument per option
  expect_some "wwc-score $command --" $(long_options "$command")
done

((failures == 0)) || exit 1
echo "ok: completion"
