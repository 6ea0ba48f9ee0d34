#!/usr/bin/env bash
# The docs follow the binary: every command, subcommand, long option and
# format name that `--help` lists must appear in docs/usage.md and in the man
# page docs/wwc-score.1, and the man page names the binary's version.
#
#   tests/docs_test.sh WWC_SCORE_BINARY SOURCE_DIR
set -euo pipefail
bin=$1
source_dir=$2
usage=$source_dir/docs/usage.md
page=$source_dir/docs/wwc-score.1
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# The help is read in English, whatever the machine's language.
export LANGUAGE=en
# Subcommand names: the first word of each line under "Commands:".
subcommands() { "$bin" "$@" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p'; }
# Format names: the words of the "Report format: a, b, c" line.
formats() { "$bin" "$@" --help | sed -n 's/.*Report format: //p' | sed 's/,/ /g'; }
long_options() { "$bin" "$@" --help | grep -oE '(^|[ ,])--[a-z][a-z-]*' | sed 's/^[ ,]//'; }

commands=$(subcommands)
[[ $(wc -w <<<"$commands") -ge 6 ]] || fail "found only these commands in --help: $commands"
words="$commands $(long_options)"
for command in $commands; do
  words+=" $(long_options "$command") $(formats "$command")"
  for sub in $(subcommands "$command"); do
    words+=" $sub $(long_options "$command" "$sub") $(formats "$command" "$sub")"
  done
done

# The man page's text with font escapes dropped and \- read as -.
page_text=$(sed -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' "$page")
usage_text=$(cat "$usage")
mentions() { grep -qE "(^|[^a-z0-9_-])$2([^a-z0-9_-]|$)" <<<"$1"; }
for word in $(tr ' ' '\n' <<<"$words" | sed '/^$/d' | sort -u); do
  mentions "$usage_text" "$word" || fail "docs/usage.md does not mention '$word' (from the binary's --help)"
  mentions "$page_text" "$word" || fail "docs/wwc-score.1 does not mention '$word' (from the binary's --help)"
done

version=$("$bin" --version)
grep -q "^\.TH .*\"$version\"" "$page" || fail "the .TH line of the man page does not say \"$version\""

((failures == 0)) || exit 1
echo "ok: documented: $(tr ' ' '\n' <<<"$words" | sed '/^$/d' | sort -u | tr '\n' ' ')"
