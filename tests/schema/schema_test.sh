#!/usr/bin/env bash
# The JSON Schema of `wwc-score schema`, checked with a real validator (ajv-cli,
# JSON Schema draft-07): every example validates against the schema of the set
# it answers, and broken copies of each (an unknown criterion, status, checklist
# item, country or key, a missing required key, a population of 0, ...) fail,
# with an error at the place of the mistake, as `wwc-score check` fails them.
# A blank assessment from `init --schema` is valid and starts with the modeline.
# YAML is read with YAML 1.2 rules (tests/schema/yaml_to_json.js), as
# yaml-language-server reads it. Exit 77 (skipped) without the npm tools:
# npm ci --prefix tests/node
#
#   tests/schema/schema_test.sh WWC_SCORE_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
bin=$1
source_dir=$2
work=$3
here=$source_dir/tests/schema
ajv=$source_dir/tests/node/node_modules/.bin/ajv
if ! command -v node >/dev/null || [[ ! -x $ajv ]]; then
  echo "SKIPPED: node or ajv-cli is not installed (npm ci --prefix tests/node installs them)"
  exit 77
fi
rm -rf "$work"
mkdir -p "$work/data" "$work/broken" "$work/schemas"
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# validate SCHEMA FILE... [-- AJV_OPTION...]: ajv-cli on the files, stdout to
# $work/valid.txt ("FILE valid" lines), stderr to $work/invalid.txt ("FILE
# invalid" lines, each followed by its errors on one line); returns ajv's code.
validate() {
  local schema=$1 args=()
  shift
  while (($# > 0)) && [[ $1 != -- ]]; do
    args+=(-d "$1")
    shift
  done
  (($# > 0)) && shift
  "$ajv" validate --spec=draft7 "$@" -s "$schema" "${args[@]}" --errors=line >"$work/valid.txt" 2>"$work/invalid.txt"
}

# The examples as JSON read with YAML 1.2 rules, by the set they answer; the
# broken copies of each, listed in $work/broken/SET.tsv.
shopt -s nullglob
examples=("$source_dir"/examples/*.yaml)
((${#examples[@]} > 0)) || { echo "FAIL: no examples/*.yaml" >&2; exit 1; }
declare -A by_set
for example in "${examples[@]}"; do
  name=$(basename "$example" .yaml)
  json=$work/data/$name.json
  node "$here/yaml_to_json.js" "$example" "$json"
  set=$(node -e 'process.stdout.write(String(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).criteria))' \
    "$json")
  by_set[$set]+="$json "
  node "$here/broken_copies.js" "$json" "$work/broken/$set" >>"$work/broken/$set.tsv"
done

examples_valid=0
copies_invalid=0
checklist_copies=0
for set in "${!by_set[@]}"; do
  schema=$work/schemas/$set.json
  "$bin" schema --criteria "$set" --output "$schema"
  read -ra files <<<"${by_set[$set]}"

  # A blank assessment from `init --schema` starts with the modeline and is valid too.
  blank=$work/data/init-$set.yaml
  "$bin" init --criteria "$set" --schema "$schema" --output "$blank"
  first=$(head -n 1 "$blank")
  [[ $first == "# yaml-language-server: \$schema=$schema" ]] || fail "init --schema: the first line is: $first"
  node "$here/yaml_to_json.js" "$blank" "${blank%.yaml}.json"
  files+=("${blank%.yaml}.json")

  # Every example of the set is valid; with the Markdown descriptions too (which
  # are not JSON Schema keywords: ajv needs --strict=false for them).
  if validate "$schema" "${files[@]}"; then
    examples_valid=$((examples_valid + ${#files[@]} - 1))
  else
    fail "invalid against the $set schema: $(cat "$work/invalid.txt")"
  fi
  "$bin" schema --criteria "$set" --markdown-descriptions --output "$work/schemas/$set.markdown.json"
  validate "$work/schemas/$set.markdown.json" "${files[@]}" -- --strict=false ||
    fail "invalid against the $set schema with --markdown-descriptions: $(cat "$work/invalid.txt")"

  # Every broken copy is invalid, with an error at its mistake, and check refuses it too.
  broken=()
  while IFS=$'\t' read -r kind broken_json broken_yaml expected; do broken+=("$broken_json"); done <"$work/broken/$set.tsv"
  validate "$schema" "${broken[@]}" && fail "every broken copy is valid against the $set schema"
  declare -A errors=()
  while IFS= read -r line; do
    if [[ $line == *" invalid" ]]; then
      current=${line% invalid}
    elif [[ -n ${current:-} ]]; then
      errors[$current]=$line
      current=
    fi
  done <"$work/invalid.txt"
  while IFS=$'\t' read -r kind broken_json broken_yaml expected; do
    name=$(basename "$broken_json" .json)
    [[ $kind == unknown-checklist-item ]] && checklist_copies=$((checklist_copies + 1))
    if [[ -z ${errors[$broken_json]:-} ]]; then
      fail "$name is valid against the $set schema"
    elif [[ ${errors[$broken_json]} != *"$expected"* ]]; then
      fail "$name: the errors do not name $expected: ${errors[$broken_json]}"
    else
      copies_invalid=$((copies_invalid + 1))
    fi
    code=0
    "$bin" check "$broken_yaml" >/dev/null 2>&1 || code=$?
    ((code == 2)) || fail "$name: wwc-score check exits $code, not 2 (the schema and check disagree)"
  done <"$work/broken/$set.tsv"
  unset errors
done
((checklist_copies > 0)) || fail "no example answers a criterion with a checklist: the checklist enum went untested"

((failures == 0)) || exit 1
echo "ok: $examples_valid examples and ${#by_set[@]} blank assessments from init valid against their set's schema;" \
  "$copies_invalid broken copies invalid, each with an error at its mistake, and refused by check"
