#!/usr/bin/env bash
# The worst input shapes within the size cap, each run as a user would run it:
# every run must end in exit 0, 1 or 2 (never a signal), an invalid input with
# a located error, and stay under 256 MiB of resident memory, as /usr/bin/time
# -v measures it. No time is asserted here (each run's time is printed for
# docs/robustness.md): ctest's timeout and the address space limit are safety
# nets.
#
#   tests/resource_bounds.sh WWC_SCORE_BINARY
set -euo pipefail
binary=$(realpath "$1")
command -v /usr/bin/time >/dev/null || { echo "skipped: /usr/bin/time not found (Debian: time)"; exit 77; }
work=$(mktemp -d "${TMPDIR:-/tmp}/wwc-bounds.XXXXXX")
trap 'rm -rf "$work"' EXIT
cap=$((1024 * 1024))
rss_limit_kb=$((256 * 1024))

python3 - "$work" "$cap" <<'PY'
import sys
work, cap = sys.argv[1], int(sys.argv[2])
def write(name, text):
    data = text.encode()
    assert len(data) <= cap, (name, len(data))
    open(f"{work}/{name}", "wb").write(data)
head = ("format: wwc-assessment/1\ncriteria: wwc-2022\ncity: {name: X, country: US, population: 40000}\n"
        "assessed_on: 2024-01-01\n")
ids = ("DM1 DM2 DM3 DM4 DM5 DM6 DM7 DM8 DM9 LC1 LC2 LC3 LC4 LC5 LC6 LC7 OD1 OD2 OD3 OD4 PA1 PA2 PA3 PA4 PA5 "
       "BF1 BF2 BF3 RDC1 RDC2 RDC3 RDC4 RDC5 RDC6 RDC7 RDC8 CI1 CI2 CI3 EVAL1 EVAL2 EVAL3 EVAL4").split()
# YAML shapes: invalid (exit 2).
write("flow-brackets.yaml", "[" * cap)
write("flow-maps.yaml", ("{a: " * (cap // 4))[:cap])
write("balanced-deep.yaml", "a: " + "[" * 900 + "]" * 900 + "\n")
bomb = "a0: &a0 [" + ", ".join(["x"] * 9) + "]\n"
for i in range(1, 40):
    bomb += f"a{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 9) + "]\n"
write("alias-bomb.yaml", bomb)
write("alias-bytes.yaml", head + "prepared_by: &a " + "x" * 500_000 + "\nresponses: {DM1: met}\nextra: ["
      + ", ".join(["*a"] * 1000) + "]\n")
nest = "[" + ",".join(["y"] * 150_000) + "]"
for d in range(55):
    nest = f"&n{d} [{nest}]"
write("nested-anchors.yaml", head + "responses: {DM1: met}\nextra: " + nest + "\n")
write("many-keys.yaml", "".join(f"k{i}: {i}\n" for i in range(cap // 15)))
write("long-line.yaml", "a: " + "x" * (cap - 10) + "\n")
write("unknown-ids.yaml", head + "responses:\n" + "".join(f"  Q{i:07d}: met\n" for i in range((cap - 300) // 16)))
write("unknown-keys.yaml", head + "responses: {DM1: met}\n" + "".join(f"k{i:08d}: 1\n" for i in range((cap - 300) // 13)))
# Valid assessments that make the biggest reports (exit 0 or 1).
body = head + "responses:\n  DM1:\n    status: met\n    evidence:\n"
i = 0
while len(body) < cap - 300:
    body += f"      - {{url: https://e.example/{i}, title: {'T' * 200}}}\n"
    i += 1
write("many-evidence.yaml", body)
text = "&<" * 11_000
resp = f"responses:\n  DM1: {{status: met, notes: &n \"{text}\", evidence: &e [{{title: \"{text}\"}}]}}\n"
resp += "".join(f"  {cid}: {{status: met, notes: *n, evidence: *e}}\n" for cid in ids[1:])
write("escaped-aliases.yaml", head + resp)
# Criteria sets of thousands of criteria, each with an assessment answering all of them.
def ident(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(97 + r) + s
    return s
def criteria(name, n, prerequisites):
    lines = ["format: wwc-criteria/1", f"id: {name}", "name: Big", 'version: "1"', "practices: [{id: P, name: P}]",
             "criteria:"]
    for i in range(n):
        pre = prerequisites(i)
        extra = f", prerequisites: [{', '.join(ident(j) for j in pre)}]" if pre else ""
        lines.append(f"- {{id: {ident(i)}, name: n, practice: P, provenance: read{extra}}}")
    lines.append("levels: [{id: l1, name: L1, min_percent: 30}, {id: l2, name: L2, min_percent: 60}, "
                 "{id: l3, name: L3, min_percent: 95}]")
    write(f"{name}.criteria.yml", "\n".join(lines) + "\n")
    statuses = ["in_progress", "planned", "not_met", "met"]
    answers = [f"format: wwc-assessment/1\ncriteria: {name}\ncity: {{name: X, country: US, population: 40000}}\n"
               "assessed_on: 2024-01-01\nresponses:"]
    answers += [f"  {ident(i)}: {statuses[i % 4]}" for i in range(n)]
    write(f"{name}.answers.yaml", "\n".join(answers) + "\n")
# A folder of 1,500 small assessments: batch --format markdown stays within GitHub's comment limit.
import os
os.makedirs(f"{work}/many")
for i in range(1500):
    open(f"{work}/many/city-{i:04d}.yaml", "w").write(
        head.replace("name: X", f"name: City {i}") + "responses: {DM1: met, LC1: in_progress}\n")
criteria("most", 20_000, lambda i: [])
criteria("diamonds", 11_000, lambda i: [2 * (i // 2 - 1), 2 * (i // 2 - 1) + 1] if i >= 2 else [])
criteria("chain", 12_000, lambda i: [i - 1] if i else [])
criteria("dense", 3_000, lambda i: list(range(max(0, i - 20), i)))
criteria("wide", 12_000, lambda i: [0] if i else [])
PY

failed=0
# run NAME EXPECT ARGS...: EXPECT is "invalid" (exit 2 and a located error) or "valid" (exit 0 or 1).
run() {
  local name=$1 expect=$2
  shift 2
  set +e
  (ulimit -v $((1024 * 1024)); /usr/bin/time -v -o "$work/time.txt" "$binary" "$@" > "$work/out.txt" 2> "$work/err.txt")
  local code=$?
  set -e
  local rss
  rss=$(sed -n 's/^\tMaximum resident set size (kbytes): //p' "$work/time.txt")
  local signal
  signal=$(sed -n 's/^\tCommand terminated by signal //p' "$work/time.txt")
  local problem=""
  if [[ -n $signal ]]; then problem="killed by signal $signal"
  elif [[ $expect == invalid ]] && { [[ $code -ne 2 ]] || ! grep -q ": error: " "$work/err.txt"; }; then
    problem="exit $code, expected 2 with a located error"
  elif [[ $expect == valid && $code -ne 0 && $code -ne 1 ]]; then problem="exit $code, expected 0 or 1"
  elif [[ -z $rss || $rss -gt $rss_limit_kb ]]; then problem="max RSS ${rss:-unknown} KB, more than $rss_limit_kb KB"
  fi
  if [[ -n $problem ]]; then
    echo "FAIL $name: $problem"
    head -n 3 "$work/err.txt" | cut -c1-200
    failed=1
  else
    # The times are shown, never asserted: docs/robustness.md quotes them.
    local user wall
    user=$(sed -n 's/^\tUser time (seconds): //p' "$work/time.txt")
    wall=$(sed -n 's/^\tElapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
    printf 'ok   %-34s exit %s  max RSS %6s KB  user %5s s  wall %7s  output %9s bytes\n' "$name" "$code" "$rss" \
      "$user" "$wall" "$(wc -c < "$work/out.txt")"
  fi
}
cd "$work"
for file in flow-brackets flow-maps balanced-deep alias-bomb alias-bytes nested-anchors many-keys long-line \
            unknown-ids unknown-keys; do
  run "$file" invalid check "$file.yaml"
done
for format in html json markdown junit sarif; do
  run "many-evidence --format $format" valid score many-evidence.yaml --as-of 2024-06-30 --format "$format"
  run "escaped-aliases --format $format" valid score escaped-aliases.yaml --as-of 2024-06-30 --format "$format"
done
for set in most diamonds chain dense wide; do
  run "$set: criteria lint" valid criteria lint "$set.criteria.yml"
  run "$set: criteria show" valid criteria show "$set.criteria.yml" --format json
  run "$set: init" valid init --criteria "$set.criteria.yml"
  run "$set: schema" valid schema --criteria "$set.criteria.yml"
  for format in text json html; do
    run "$set: score --format $format" valid score "$set.answers.yaml" --criteria "$set.criteria.yml" \
      --as-of 2024-06-30 --format "$format"
  done
done
# The batch markdown of 1,500 files: within 65,536 characters, saying how many rows it left out.
run "1,500 files: batch --format markdown" valid batch many --as-of 2024-06-30 --format markdown
characters=$(python3 -c 'import sys; print(len(open(sys.argv[1], encoding="utf-8").read()))' "$work/out.txt")
if [[ $characters -gt 65536 ]] || ! grep -q "not listed" "$work/out.txt"; then
  echo "FAIL batch --format markdown of 1,500 files: $characters characters, over GitHub's 65,536 or no count of the rest"
  failed=1
fi
exit $failed
