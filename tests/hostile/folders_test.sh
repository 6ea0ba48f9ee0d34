#!/usr/bin/env bash
# `batch` and `check` over folders nobody tidied: a folder that cannot be read
# is one error row naming it and the walk goes on; a broken link, a link loop,
# a FIFO and a device named *.yaml are error rows, never a hang; a link to a
# folder is not followed into a loop; hidden folders are skipped; file names
# with control characters, line breaks and bytes that are not UTF-8 are scored
# and shown escaped. A FIFO named as a FILE is an error, never a wait.
# Runs as root and as a normal user: a folder too deep for any path to reach
# it (ENAMETOOLONG) cannot be read even by root; a chmod 000 folder is tried
# too, as 'nobody' under root when setpriv can.
#
#   tests/hostile/folders_test.sh WWC_SCORE_BINARY SOURCE_DIR
set -uo pipefail
bin=$(realpath "$1")
examples=$(realpath "$2")/examples
work=$(mktemp -d "${TMPDIR:-/tmp}/wwc-folders.XXXXXX")
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work" || exit 1
failed=0
fail() { echo "FAIL $*"; failed=1; }

mkdir -p t/a t/z t/.hidden t/locked
cp "$examples/cambridge-2023.yaml" t/a/
cp "$examples/tempe-2024.yaml" t/z/                # after the bad folders: the walk must reach it
cp "$examples/cambridge-2020.yaml" t/.hidden/      # skipped
cp "$examples/cambridge-2021.yaml" t/locked/
ln -s nothing.yaml t/broken.yaml
ln -s loop2.yaml t/loop1.yaml && ln -s loop1.yaml t/loop2.yaml
mkfifo t/fifo.yaml
ln -s /dev/zero t/zero.yaml
ln -s .. t/a/up                                   # a folder link: not followed
for name in $'line\n::error::break.yaml' $'esc\x1b[31m.yaml' $'bell\a.yaml' $'bad-\xff\xfe.yaml' \
            $'bidi\xe2\x80\xae.yaml' '::error::name.yaml' '##[error]legacy.yaml'; do
  cp "$examples/no-outcome.yaml" "t/$name"
done
# A folder deeper than PATH_MAX from where the walk starts: unreadable for root too.
python3 -c '
import os
os.chdir("t")
for _ in range(18):
    os.mkdir("d" * 250)
    os.chdir("d" * 250)
open("deep.yaml", "w").write(open(os.sys.argv[1]).read())' "$examples/cambridge-2023.yaml"

# Who can be kept out of t/locked: a normal user, or 'nobody' under root.
as_user=()
locked=locked
chmod 000 t/locked
if [[ $(id -u) == 0 ]]; then
  chmod 755 "$work"
  if command -v setpriv >/dev/null &&
     setpriv --reuid=65534 --regid=65534 --clear-groups "$bin" --version >/dev/null 2>&1; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  else
    echo "skipped: the chmod 000 folder (root, and 'nobody' cannot run $bin); the too-deep folder still runs"
    chmod 755 t/locked
    locked=""
  fi
fi

# A hang on a FIFO is the failure this guards against: the timeout is a safety net.
"${as_user[@]}" timeout 120 "$bin" batch t -f json -j 3 > rows.json 2> err.txt
code=$?
[[ $code == 2 ]] || fail "batch: exit $code, expected 2 (errors rows): $(head -c 300 err.txt)"
python3 - "$locked" <<'PY' || failed=1
import json, sys
rows = {r["assessment"]["path"]: r for r in json.load(open("rows.json"))}
bad = []
def report(text):
    print(text)
    bad.append(text)
deep = "t/" + "/".join(["d" * 250] * 17)
def row(path, error=None):
    r = rows.get(path)
    if r is None:
        report(f"FAIL no row for {path[:80]!r}; rows: {[p[:80] for p in sorted(rows)]}")
        return
    got = r.get("error")
    if error is None and got is not None:
        report(f"FAIL {path!r}: error {got!r}, expected a score")
    if error is not None and (got is None or error not in got):
        report(f"FAIL {path!r}: error {got!r}, expected one with {error!r}")
row("t/a/cambridge-2023.yaml")
row("t/z/tempe-2024.yaml")
row("t/broken.yaml", "a link to nothing")
row("t/loop1.yaml", "a link to nothing")
row("t/fifo.yaml", "not a regular file")
row("t/zero.yaml", "not a regular file")
row(deep, "cannot read this folder")
if sys.argv[1] == "locked":
    row("t/locked", "cannot read this folder")
for name in ["line\n::error::break.yaml", "esc\x1b[31m.yaml", "bell\x07.yaml", "bad-\\xff\\xfe.yaml",
             "bidi\u202e.yaml", "::error::name.yaml", "##[error]legacy.yaml"]:
    row("t/" + name)
unexpected = [p for p in rows if "hidden" in p or "/up/" in p]
if unexpected:
    report(f"FAIL rows from a hidden folder or a followed link: {unexpected}")
sys.exit(1 if bad else 0)
PY
# The text report and stderr name the odd files escaped, on one line each.
"${as_user[@]}" timeout 120 "$bin" batch t > rows.txt 2> err.txt
grep -qF 't/line\n::error::break.yaml' rows.txt || fail "text: the name with a line break is not shown escaped"
grep -qF 't/bad-\xff\xfe.yaml' rows.txt || fail "text: the bytes that are not UTF-8 are not shown escaped"
grep -q "t/broken.yaml: error: a link to nothing" err.txt || fail "stderr: no error for the broken link"
if LC_ALL=C grep -q -P '[\x00-\x08\x0b-\x1f\x7f]' rows.txt err.txt; then fail "a control character in the output"; fi
iconv -f UTF-8 -t UTF-8 rows.txt err.txt > /dev/null || fail "the output is not UTF-8"

# check over the same folder, and a FIFO or a device named as a FILE.
"${as_user[@]}" timeout 120 "$bin" check t > /dev/null 2> err.txt
code=$?
[[ $code == 2 ]] || fail "check: exit $code, expected 2"
grep -q "t/fifo.yaml: error: is not a regular file" err.txt || fail "check: no error for the FIFO"
for named in t/fifo.yaml /dev/zero /dev/stdin; do
  timeout 120 "$bin" score "$named" > /dev/null 2> err.txt < /dev/null
  code=$?
  [[ $code == 2 ]] || fail "score $named: exit $code, expected 2"
  grep -q "is not a regular file\|is a directory" err.txt || fail "score $named: $(cat err.txt)"
done

# A file named like a misspelt command is a file: it is scored. With no such
# file, the word is a misspelt command (exit 64, tested in golden/misspelt-command).
cp "$examples/cambridge-2023.yaml" scroe
timeout 120 "$bin" scroe --as-of 2024-06-30 > /dev/null 2> err.txt
code=$?
[[ $code == 0 ]] || fail "a file named scroe: exit $code, expected 0 ($(head -c 200 err.txt))"
timeout 120 "$bin" chek t/a > /dev/null 2> err.txt
code=$?
[[ $code == 64 ]] && grep -q "did you mean 'check'" err.txt || fail "chek: exit $code ($(head -c 200 err.txt))"

chmod 755 t/locked
[[ $failed == 0 ]] && echo "ok: folders"
exit $failed
