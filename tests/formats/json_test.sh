#!/usr/bin/env bash
# --format json of score, check, batch, criteria and diff: every output parses
# (python3's json module), and its shape follows the CLI contract: one FILE
# argument gives an object, several give an array with one element per file,
# an invalid file is an element with "error" and "level": null. Also the
# contract's cases for folders and criteria revisions:
# - `batch .` of a repository with .github/workflows/*.yml,
#   .pre-commit-config.yaml and other YAML scores only the assessments (an
#   upper-case .YAML too, not those in hidden folders) and says on stderr how
#   many YAML files it skipped; an empty folder exits 2 naming it;
# - a revised criteria file with the set's own id (version 3.1,
#   tests/golden/revision-compare/wwc-2022-3.1.yaml) scores a folder: scores,
#   not errors; a wwc-2017 assessment reaches it through wwc-2022's crosswalk,
#   marked as an estimate;
# - "-" reads standard input.
#
#   tests/formats/json_test.sh WWC_SCORE SOURCE_DIR WORK_DIR
# shellcheck source=tests/formats/lib.sh
source "$(dirname "$0")/lib.sh" "$@"
command -v python3 >/dev/null || skip "python3 not found"
revised=$src/tests/golden/revision-compare/wwc-2022-3.1.yaml

out=$work/out
mkdir -p "$out"
run 0 "$out/score-one.json" score assessments/cambridge-2023.yaml --format json
run 2 "$out/score-two.json" score assessments/cambridge-2023.yaml assessments/broken.yaml --format json
run 2 "$out/score-invalid.json" score assessments/broken.yaml --format json
run 0 "$out/check-one.json" check assessments/cambridge-2023.yaml --format json
run 2 "$out/check-repo.json" check . --format json
run 2 "$out/batch-repo.json" batch . --format json
run 2 "$out/batch-empty.json" batch empty --format json
run 2 "$out/check-empty.json" check empty --format json
run 0 "$out/batch-revised.json" batch assessments --exclude broken.yaml --criteria "$revised" --format json
run 0 "$out/batch-compare.json" batch assessments --exclude broken.yaml --compare "$revised" --format json
run 0 "$out/criteria-list.json" criteria list --format json
run 0 "$out/criteria-show.json" criteria show wwc-2022 --format json
run 0 "$out/criteria-diff.json" criteria diff wwc-2022 "$revised" --format json
run 0 "$out/diff.json" diff assessments/cambridge-2020.yaml assessments/cambridge-2023.yaml --format json
(cd "$work/repo" && "$bin" score - --format json <assessments/no-outcome.yaml) >"$out/stdin.json" 2>/dev/null ||
  fail "score - exited $?"

grep -qF 'skipped 1 YAML file that is not an assessment' "$out/batch-repo.json.err" ||
  fail "batch .: stderr does not say that 1 YAML file (mkdocs.yml; hidden ones are not counted) was skipped:
$(cat "$out/batch-repo.json.err")"
grep -qF 'no assessment under empty' "$out/batch-empty.json.err" || fail "batch empty: stderr does not name the folder"

python3 - "$out" "$odd_name" <<'EOF' || fail "the JSON outputs (above)"
import json, os, sys

out, odd = sys.argv[1], sys.argv[2]
problems = []
docs = {}
for name in sorted(os.listdir(out)):
    if name.endswith(".json"):
        try:
            with open(os.path.join(out, name), encoding="utf-8") as f:
                docs[name[:-5]] = json.load(f)
        except ValueError as e:
            problems.append(f"{name} is not JSON: {e}")

def check(condition, message):
    if not condition:
        problems.append(message)

def paths(doc):
    return [e["assessment"]["path"] for e in doc]

if not problems:
    check(isinstance(docs["score-one"], dict), "score of one file: not an object")
    check(isinstance(docs["score-invalid"], dict), "score of one invalid file: not an object")
    check(docs["score-invalid"].get("level", 0) is None and docs["score-invalid"].get("error", "").startswith(
        "assessments/broken.yaml:6:12: error: "), "score of one invalid file: no level null and first error")
    two = docs["score-two"]
    check(isinstance(two, list) and len(two) == 2, "score of two files: not an array of 2")
    if isinstance(two, list) and len(two) == 2:
        check(paths(two) == ["assessments/cambridge-2023.yaml", "assessments/broken.yaml"], "score: not in argument order")
        check(two[0]["level"] == "gold" and "error" not in two[0], "score: the valid file is not scored")
        bad = two[1]
        check(bad["format"] == "wwc-score-result/1" and bad["level"] is None and bad["error"].startswith(
            "assessments/broken.yaml:6:12: error: "), f"score: the invalid file's element: {bad}")
        check(any(d["severity"] == "error" and d["line"] == 17 for d in bad["diagnostics"]),
              "score: the invalid file's element lacks its errors in diagnostics")
    check(isinstance(docs["check-one"], dict) and docs["check-one"]["valid"] is True, "check of one file: not a valid object")
    for name in ("check-repo", "batch-repo"):
        doc = docs[name]
        want = sorted(["./assessments/TEMPE-2024.YAML", "./assessments/broken.yaml", "./assessments/cambridge-2020.yaml",
                       "./assessments/cambridge-2023.yaml", "./assessments/no-outcome.yaml", "./" + odd])
        check(isinstance(doc, list) and sorted(paths(doc)) == want,
              f"{name}: not exactly the 6 assessments: {paths(doc) if isinstance(doc, list) else doc}")
        errors = [e["assessment"]["path"] for e in doc if e.get("error")]
        check(errors == ["./assessments/broken.yaml"], f"{name}: error elements {errors}")
    for name in ("batch-empty", "check-empty"):
        check(docs[name] == [], f"{name}: not an empty array: {docs[name]}")
    revised = docs["batch-revised"]
    check(len(revised) == 5 and all("error" not in e and isinstance(e["points"], int) for e in revised),
          "batch --criteria REVISION: not 5 scores without errors")
    for e in revised:
        old = e["assessment"]["path"].endswith("cambridge-2020.yaml")
        check(e["criteria"]["id"] == "wwc-2022" and e["criteria"]["version"] == "3.1",
              f"{e['assessment']['path']}: scored with {e['criteria']}, not the revision")
        check(e["assessment"]["estimate"] == old and e["assessment"]["answered_criteria"] == ("wwc-2017" if old else "wwc-2022"),
              f"{e['assessment']['path']}: estimate {e['assessment']['estimate']}, answered {e['assessment']['answered_criteria']}")
    by_path = {e["assessment"]["path"]: e for e in revised}
    check(by_path["assessments/cambridge-2023.yaml"]["level"] == "silver",
          "the revision (Gold from 75 %) does not put Cambridge 2023 (74 %) at Silver")
    for e in docs["batch-compare"]:
        compare = e.get("compare") or {}
        check("error" not in e and compare.get("criteria") == "wwc-2022" and e.get("change") in ("up", "down", "same"),
              f"batch --compare REVISION: {e['assessment']['path']} has no comparison: {compare}")
        check(compare.get("estimate") == e["assessment"]["path"].endswith("cambridge-2020.yaml"),
              f"batch --compare REVISION: {e['assessment']['path']} estimate is {compare.get('estimate')}")
    check(docs["stdin"]["assessment"]["path"] == "<stdin>" and docs["stdin"]["assessment"]["city"] == "Riverbend",
          "score -: not the file read from standard input")
    check(isinstance(docs["criteria-list"], list) and len(docs["criteria-list"]) >= 2, "criteria list: not an array of sets")
    check(isinstance(docs["criteria-show"], dict), "criteria show: not an object")
    check(isinstance(docs["criteria-diff"], dict), "criteria diff: not an object")
    check(isinstance(docs["diff"], dict), "diff: not an object")

for p in problems:
    print("FAIL:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
EOF

finish "JSON of score, check, batch, criteria and diff: parses, shapes, error elements, folders, revisions and stdin as the contract says"
