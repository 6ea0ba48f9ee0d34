#!/usr/bin/env bash
# `cmake --install` into a temporary prefix puts the binary, the man page, the
# bash completion and the docs in place, and `man` finds the page there. (That
# the page names what --help lists is tests/docs_test.sh.)
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
# The page may be installed compressed (wwc-score.1.gz, as packages want it).
page=$prefix/share/man/man1/wwc-score.1
[[ -f $page.gz ]] && page=$page.gz
completion=$prefix/share/bash-completion/completions/wwc-score
for file in "$bin" "$page" "$completion" "$prefix/share/doc/wwc-score/README.md" "$prefix/share/doc/wwc-score/usage.md"; do
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

((failures == 0)) || exit 1
echo "ok: installed into a temporary prefix; man finds the page"
