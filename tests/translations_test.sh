#!/usr/bin/env bash
# The message catalogs are complete and current: po/wwc-score.pot holds exactly
# the messages the sources use, and every catalog translates each of them
# (none missing, none fuzzy), with the plural rule its language needs.
#
#   tests/translations_test.sh SOURCE_DIR CMAKE
set -euo pipefail
src=$1
cmake=$2
for tool in xgettext msgcmp msgfmt; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool not found (apt install gettext)"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

"$cmake" -DSOURCE_DIR="$src" -DOUTPUT="$tmp/current.pot" -DXGETTEXT="$(command -v xgettext)" \
  -P "$src/cmake/extract_messages.cmake"
# Both ways: no message missing from the template, none left over in it.
msgcmp --use-untranslated "$src/po/wwc-score.pot" "$tmp/current.pot" 2>"$tmp/err" ||
  fail "po/wwc-score.pot lacks messages the sources use (cmake --build build -t update-po):
$(cat "$tmp/err")"
msgcmp --use-untranslated "$tmp/current.pot" "$src/po/wwc-score.pot" 2>"$tmp/err" ||
  fail "po/wwc-score.pot holds messages no source uses (cmake --build build -t update-po):
$(cat "$tmp/err")"

declare -A plural=([es]='nplurals=2; plural=(n != 1);' [pt_BR]='nplurals=2; plural=(n > 1);')
for lang in es pt_BR; do
  po=$src/po/$lang.po
  # msgcmp counts fuzzy and untranslated entries as missing.
  msgcmp "$po" "$tmp/current.pot" 2>"$tmp/err" || fail "po/$lang.po does not translate every message:
$(head -20 "$tmp/err")"
  stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1) || fail "msgfmt --check rejects po/$lang.po: $stats"
  [[ $stats == *"translated messages." ]] || fail "po/$lang.po: $stats"
  grep -qF "\"Plural-Forms: ${plural[$lang]}\\n\"" "$po" || fail "po/$lang.po does not declare ${plural[$lang]}"
done
exit $((failures > 0))
