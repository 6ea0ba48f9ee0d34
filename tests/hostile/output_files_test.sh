#!/usr/bin/env bash
# The output files and streams of the CLI contract ("Output files", "Exit codes"):
# --output onto a new file, an existing one (its mode kept), a symbolic link
# (written through), /dev/null, a FIFO and /dev/stdout (written directly), a
# folder or an unwritable place (exit 74, nothing left behind); an output that
# is also an input (exit 64, the input untouched); init -o without --force; a
# full disk, a closed stdout, a closed pipe (exit 74, also for tiny outputs); a
# closed stderr (never fatal, never written into the report); SIGINT, SIGTERM
# and SIGHUP during a batch (no temporary file left, the previous output kept).
# Runs as root and as a normal user; the unwritable-folder case runs as
# 'nobody' under root when setpriv can, and says so when it is skipped.
#
#   tests/hostile/output_files_test.sh WWC_SCORE_BINARY SOURCE_DIR
set -uo pipefail
bin=$(realpath "$1")
source_dir=$(realpath "$2")
examples=$source_dir/examples
work=$(mktemp -d "${TMPDIR:-/tmp}/wwc-output.XXXXXX")
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work" || exit 1
failed=0
fail() { echo "FAIL $*"; failed=1; }
# expect CODE DESCRIPTION COMMAND...: runs COMMAND, its stderr kept in err.txt.
expect() {
  local want=$1 what=$2
  shift 2
  "$@" 2>err.txt
  local code=$?
  [[ $code == "$want" ]] || fail "$what: exit $code, expected $want ($(head -c 300 err.txt))"
}
# Runs a command with its stdout on a full disk, or closed.
full() { "$@" > /dev/full; }
closed() { "$@" >&-; }
mode_of() { stat -L -c %a "$1"; }
no_temp() { ! compgen -G "$1/*.tmp-*" >/dev/null || fail "$2: a temporary file was left: $(ls "$1")"; }

city=$examples/cambridge-2023.yaml
cp "$examples"/*.yaml .
mkdir cities && cp "$examples"/*.yaml cities/
umask 022
args=(--as-of 2024-06-30)

# A new file: the mode a plain create gives.
expect 0 "new file" "$bin" score "$city" "${args[@]}" -o new.txt
[[ $(mode_of new.txt) == 644 ]] || fail "new file: mode $(mode_of new.txt), expected 644"
"$bin" score "$city" "${args[@]}" > direct.txt 2>/dev/null
cmp -s new.txt direct.txt || fail "new file: differs from stdout"

# An existing file: replaced, its mode kept, nothing left beside it.
mkdir keep && printf 'old report\n' > keep/out.txt && chmod 640 keep/out.txt
expect 0 "existing file" "$bin" score "$city" "${args[@]}" -o keep/out.txt
[[ $(mode_of keep/out.txt) == 640 ]] || fail "existing file: mode $(mode_of keep/out.txt), expected 640"
cmp -s keep/out.txt direct.txt || fail "existing file: not replaced"
no_temp keep "existing file"

# A symbolic link, and a chain of two: the link stays, its target is replaced.
mkdir -p real && printf 'old\n' > real/target.txt && ln -s real/target.txt link.txt && ln -s link.txt link2.txt
expect 0 "symbolic link" "$bin" score "$city" "${args[@]}" -o link2.txt
[[ -L link.txt && -L link2.txt && $(readlink link2.txt) == link.txt ]] || fail "symbolic link: the links changed"
cmp -s real/target.txt direct.txt || fail "symbolic link: target not written"
no_temp real "symbolic link"
# A link to nothing yet: the file appears where it points.
ln -s real/later.txt dangling.txt
expect 0 "dangling link" "$bin" score "$city" "${args[@]}" -o dangling.txt
[[ -L dangling.txt ]] && cmp -s real/later.txt direct.txt || fail "dangling link: not written through"
# A loop of links is an error, not a file put in its place.
ln -s loop-b.txt loop-a.txt && ln -s loop-a.txt loop-b.txt
expect 74 "link loop" "$bin" score "$city" "${args[@]}" -o loop-a.txt
[[ -L loop-a.txt && -L loop-b.txt ]] || fail "link loop: a link was replaced"

# /dev/null stays a device; a FIFO is written directly and stays a FIFO.
expect 0 "/dev/null" "$bin" batch cities -o /dev/null
[[ -c /dev/null ]] || fail "/dev/null is no longer a device"
mkfifo out.fifo
cat out.fifo > from-fifo.txt &
reader=$!
expect 0 "FIFO" "$bin" score "$city" "${args[@]}" -o out.fifo
wait $reader
[[ -p out.fifo ]] || fail "FIFO: replaced"
cmp -s from-fifo.txt direct.txt || fail "FIFO: the reader did not get the report"

# /dev/stdout is the descriptor the caller opened: appended to, or a pipe.
printf 'first line\n' > appended.txt
"$bin" score "$city" "${args[@]}" -o /dev/stdout >> appended.txt 2>err.txt || fail "/dev/stdout appended: exit $?"
{ printf 'first line\n'; cat direct.txt; } | cmp -s - appended.txt || fail "/dev/stdout appended: the file was replaced"
"$bin" score "$city" "${args[@]}" -o /dev/stdout 2>/dev/null | cmp -s - direct.txt || fail "/dev/stdout into a pipe"
first=$("$bin" batch cities -f csv -o /dev/fd/1 2>/dev/null | head -n 1)
[[ $first == file,city,* ]] || fail "/dev/fd/1 into a pipe: '$first'"

# A folder, a missing folder: exit 74.
mkdir adir
expect 74 "folder as output" "$bin" score "$city" "${args[@]}" -o adir
expect 74 "missing folder" "$bin" score "$city" "${args[@]}" -o no/such/dir/out.txt
# An unwritable folder: exit 74, the old file kept, no temporary file. Root
# writes anywhere, so the run is made as 'nobody' when setpriv can.
mkdir locked && printf 'old\n' > locked/out.txt && chmod 555 locked
as_user=()
if [[ $(id -u) == 0 ]]; then
  chmod 755 "$work" && chmod 644 "$city" 2>/dev/null
  if command -v setpriv >/dev/null &&
     setpriv --reuid=65534 --regid=65534 --clear-groups "$bin" --version >/dev/null 2>&1; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  else
    echo "skipped: unwritable folder (root, and 'nobody' cannot run $bin)"
    as_user=(skip)
  fi
fi
if [[ ${as_user[0]:-} != skip ]]; then
  expect 74 "unwritable folder" "${as_user[@]}" "$bin" score cambridge-2023.yaml "${args[@]}" -o locked/out.txt
  [[ $(cat locked/out.txt) == old ]] || fail "unwritable folder: the old file changed"
  no_temp locked "unwritable folder"
fi
chmod 755 locked

# An output that is also an input: exit 64 before anything is read or written.
cp "$city" input.yaml && sum=$(sha256sum < input.yaml)
ln -s input.yaml input-link.yaml && ln input.yaml input-hard.yaml
unchanged() { [[ $(sha256sum < "$1") == "$sum" ]] || fail "$2: the input was overwritten"; }
expect 64 "output = input" "$bin" score input.yaml -o input.yaml && unchanged input.yaml "output = input"
expect 64 "output = link to input" "$bin" score input.yaml -o input-link.yaml
expect 64 "output = hard link" "$bin" check input.yaml -o input-hard.yaml
cp "$city" cities/mine.yaml && sum=$(sha256sum < cities/mine.yaml)
expect 64 "output = a file in a batch folder" "$bin" batch cities -o cities/mine.yaml
unchanged cities/mine.yaml "output = a file in a batch folder"
expect 64 "output = a file in a checked folder" "$bin" check cities -o cities/mine.yaml
cp "$source_dir/criteria/wwc-2022.yaml" set.yaml && sum=$(sha256sum < set.yaml)
expect 64 "output = --criteria" "$bin" score "$city" --criteria set.yaml -o set.yaml
expect 64 "schema output = its criteria" "$bin" schema --criteria set.yaml -o set.yaml
expect 64 "init output = its criteria" "$bin" init --criteria set.yaml -o set.yaml --force
unchanged set.yaml "output = --criteria"
grep -q "is also an input" err.txt || fail "output = input: no message ($(cat err.txt))"

# init -o: never over a file without --force.
printf 'my answers\n' > filled.yaml
expect 64 "init onto a file" "$bin" init --criteria wwc-2022 -o filled.yaml
[[ $(cat filled.yaml) == "my answers" ]] || fail "init onto a file: replaced without --force"
grep -q -- "--force" err.txt || fail "init onto a file: the message does not name --force"
expect 0 "init --force" "$bin" init --criteria wwc-2022 -o filled.yaml --force
grep -q '^format: wwc-assessment/1' filled.yaml || fail "init --force: not replaced"
expect 0 "init onto a new file" "$bin" init --criteria wwc-2017 -o blank.yaml
expect 0 "init onto /dev/null" "$bin" init --criteria wwc-2017 -o /dev/null

# A full disk: exit 74 whatever the size of the output, the message on stderr.
while read -r -a command; do
  expect 74 "/dev/full: ${command[*]}" full "$bin" "${command[@]}"
  grep -q "cannot write" err.txt || fail "/dev/full: ${command[*]}: no message"
done <<EOF
--version
--help
criteria list
criteria show wwc-2017
criteria lint wwc-2017
criteria diff wwc-2017 wwc-2022
init --criteria wwc-2022
schema --criteria wwc-2022
score $city --as-of 2024-06-30 -f csv
check $city
batch cities -f csv
diff $examples/cambridge-2020.yaml $examples/cambridge-2021.yaml
EOF
expect 74 "-o /dev/full" "$bin" batch cities -o /dev/full
# A closed stdout: exit 74.
expect 74 "closed stdout" closed "$bin" criteria list
# A closed pipe: exit 74, not a signal.
code=$(python3 -c '
import os, subprocess, sys
r, w = os.pipe(); os.close(r)
print(subprocess.run(sys.argv[1:], stdout=w, stderr=subprocess.DEVNULL).returncode)' "$bin" batch cities -f csv)
[[ $code == 74 ]] || fail "closed pipe: exit $code, expected 74"

# A closed stderr: the run goes on, and what was meant for stderr never lands
# in the report (a file opened later would otherwise take descriptor 2).
printf 'format: wwc-assessment/1\n' > broken.yaml
"$bin" score broken.yaml "$city" "${args[@]}" -o closed-err.txt 2>&-
code=$?
[[ $code == 2 ]] || fail "closed stderr: exit $code, expected 2"
"$bin" score broken.yaml "$city" "${args[@]}" > open-err.txt 2>/dev/null
cmp -s closed-err.txt open-err.txt || fail "closed stderr: the report differs (diagnostics written into it?)"
"$bin" score "$city" "${args[@]}" 2>&- >/dev/null || fail "closed stderr: a valid file failed"

# SIGINT, SIGTERM, SIGHUP while a batch writes its temporary file: the file is
# removed and the previous report stays. The run is held by reading '-' from
# a FIFO; job control gives it the signals' default actions.
set -m
printf 'previous report\n' > report.csv
for signal in INT TERM HUP; do
  mkfifo held.fifo
  "$bin" batch - cities -f csv -o report.csv < held.fifo 2>/dev/null &
  run=$!
  exec 3> held.fifo  # the run now waits on its standard input
  for _ in $(seq 1 1000); do compgen -G "report.csv.tmp-*" >/dev/null && break; sleep 0.01; done
  compgen -G "report.csv.tmp-*" >/dev/null || fail "SIG$signal: no temporary file to begin with"
  kill -s "$signal" $run
  wait $run 2>/dev/null
  code=$?
  exec 3>&-
  rm held.fifo
  [[ $code -gt 128 ]] || fail "SIG$signal: exit $code, expected death by the signal"
  no_temp . "SIG$signal"
  [[ $(cat report.csv) == "previous report" ]] || fail "SIG$signal: the previous report changed"
done
set +m

[[ $failed == 0 ]] && echo "ok: output files and streams"
exit $failed
