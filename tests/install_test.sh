#!/usr/bin/env bash
# `cmake --install` into a temporary prefix puts the binary, the man page and
# the bash completion in place, `man` finds the page there, and the page names
# every command, format and long option that the installed binary's --help
# lists, and the binary's version (so the page cannot drift from the binary).
#
#   tests/install_test.sh CMAKE BUILD_DIR
set -euo pipefail
cmake=$1
build=$2
prefix=$(mktemp -d "${TMPDIR:-/tmp}/wwc-install.XXXXXX")
trap 'rm -rf "$prefix"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

env -u DESTDIR "$cmake" --install "$build" --prefix "$prefix" >/dev/null
bin=$prefix/bin/wwc-score
page=$prefix/share/man/man1/wwc-score.1
completion=$prefix/share/bash-completion/completions/wwc-score
for file in "$bin" "$page" "$completion"; do
  [[ -f $file ]] || { echo "FAIL: not installed: ${file#"$prefix"/}" >&2; exit 1; }
done
bash -n "$completion" || fail "the installed completion script is not valid bash"

if command -v man >/dev/null && command -v nroff >/dev/null; then
  rendered=$(LC_ALL=C MANPATH=$prefix/share/man MANWIDTH=80 man -P cat wwc-score 2>&1) || true
  grep -qE '^ *wwc-score +- +score' <<<"$rendered" ||
    fail "MANPATH=<prefix>/share/man man wwc-score printed no NAME line; it printed:
$rendered"
else
  echo "man or nroff not found: the man check was skipped"
fi

# The page's text with font escapes dropped and \- read as -.
text=$(sed -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' "$page")
mentions() { grep -qE "(^|[^a-z0-9_-])$1([^a-z0-9_-]|$)" <<<"$text"; }

# Subcommand names: the first word of each line under "Subcommands:".
subcommands() { "$bin" "$@" --help | sed -n '/^Subcommands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p'; }
# Format names: the words of the "Report format: a, b or c" line.
formats() { "$bin" "$1" --help | sed -n 's/.*Report format: //p' | sed 's/,/ /g; s/ or / /g'; }
long_options() { "$bin" "$@" --help | grep -oE '(^|[ ,])--[a-z][a-z-]*' | sed 's/^[ ,]//'; }

commands=$(subcommands)
[[ $(wc -w <<<"$commands") -ge 6 ]] || fail "found only these commands in --help: $commands"
words=$commands
for command in $commands; do
  [[ $command == criteria ]] && words+=" $(subcommands criteria)"
done
for command in score batch diff; do
  found=$(formats "$command")
  [[ -n $found ]] || fail "no 'Report format:' line in '$command --help'"
  words+=" $found"
done
words+=" $(long_options)"
for command in $commands; do
  words+=" $(long_options "$command")"
done
for sub in $(subcommands criteria); do
  words+=" $(long_options criteria "$sub")"
done
for word in $(tr ' ' '\n' <<<"$words" | sort -u); do
  mentions "$word" || fail "the man page does not mention '$word' (from the binary's --help)"
done

version=$("$bin" --version)
grep -q "^\.TH .*\"$version\"" "$page" || fail "the .TH line of the man page does not say \"$version\""

((failures == 0)) || exit 1
echo "ok: installed and documented: $(tr ' ' '\n' <<<"$words" | sed "/^$/d" | sort -u | tr '\n' ' ')"
