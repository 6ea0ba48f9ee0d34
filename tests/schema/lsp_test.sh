#!/usr/bin/env bash
# The schema drives yaml-language-server, the server behind VS Code's YAML
# extension (tests/schema/lsp_probe.js): completion of criterion ids and
# statuses, a criterion's name on hover, one diagnostic for an unknown status.
# Exit 77 (skipped) without the npm tools: npm ci --prefix tests/node
#
#   tests/schema/lsp_test.sh WWC_SCORE_BINARY SOURCE_DIR WORK_DIR
set -euo pipefail
bin=$1
source_dir=$2
work=$3
server=$source_dir/tests/node/node_modules/yaml-language-server/bin/yaml-language-server
if ! command -v node >/dev/null || [[ ! -f $server ]]; then
  echo "SKIPPED: node or yaml-language-server is not installed (npm ci --prefix tests/node installs them)"
  exit 77
fi
rm -rf "$work"
mkdir -p "$work"
"$bin" schema --criteria wwc-2022 --output "$work/wwc-2022.schema.json"
node "$source_dir/tests/schema/lsp_probe.js" "$work/wwc-2022.schema.json" "$work"
echo "ok: yaml-language-server completes, shows and checks assessments with the schema"
