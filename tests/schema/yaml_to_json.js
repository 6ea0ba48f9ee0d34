#!/usr/bin/env node
// Converts a YAML file to JSON with YAML 1.2 core-schema rules, as
// yaml-language-server reads it: `2023-03-31` stays a string (no timestamps),
// `ON`, `yes` and `no` stay strings (no 1.1 booleans), duplicate keys are errors.
//
//   node yaml_to_json.js IN.yaml OUT.json
'use strict';
const fs = require('fs');
const YAML = require('./node_tools').load('yaml');

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: yaml_to_json.js IN.yaml OUT.json');
  process.exit(64);
}
const doc = YAML.parseDocument(fs.readFileSync(input, 'utf8'), { version: '1.2', schema: 'core', uniqueKeys: true });
if (doc.errors.length > 0) {
  console.error(`${input}: ${doc.errors[0].message}`);
  process.exit(2);
}
fs.writeFileSync(output, JSON.stringify(doc.toJS(), null, 2) + '\n');
