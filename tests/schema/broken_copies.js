#!/usr/bin/env node
// Writes broken copies of an assessment (read as JSON): each with one mistake
// that `wwc-score check` refuses, so the schema must refuse it too. Prints one
// line per copy: KIND, the JSON copy, the YAML copy, and a text that the
// validator's errors must contain (the place or the key of the mistake).
//
//   node broken_copies.js ASSESSMENT.json OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const YAML = require('./node_tools').load('yaml');

const [input, outDir] = process.argv.slice(2);
if (!input || !outDir) {
  console.error('usage: broken_copies.js ASSESSMENT.json OUT_DIR');
  process.exit(64);
}
const original = JSON.parse(fs.readFileSync(input, 'utf8'));
const base = path.basename(input, '.json');
fs.mkdirSync(outDir, { recursive: true });

const responses = Object.keys(original.responses);
const first = responses[0];
// A criterion answered with a checklist, if the assessment has one.
const withChecklist = responses.find((id) => Array.isArray((original.responses[id] || {}).checklist));
const outcomes = Object.keys(original.outcomes || {});

const copies = [
  ['unknown-criterion', (a) => { a.responses.ZZ99 = 'met'; }, '"additionalProperty":"ZZ99"'],
  ['unknown-status', (a) => { a.responses[first] = 'done'; }, `"instancePath":"/responses/${first}"`],
  ['unknown-long-status', (a) => { a.responses[first] = { status: 'Met' }; }, `"instancePath":"/responses/${first}/status"`],
  ['missing-assessed-on', (a) => { delete a.assessed_on; }, '"missingProperty":"assessed_on"'],
  ['missing-city-country', (a) => { delete a.city.country; }, '"missingProperty":"country"'],
  ['population-0', (a) => { a.city.population = 0; }, '"instancePath":"/city/population"'],
  ['population-text', (a) => { a.city.population = '167,882'; }, '"instancePath":"/city/population"'],
  ['unknown-country', (a) => { a.city.country = 'XX'; }, '"instancePath":"/city/country"'],
  ['date-not-iso', (a) => { a.assessed_on = '3/31/2023'; }, '"instancePath":"/assessed_on"'],
  ['unknown-key', (a) => { a.prepared_on = '2023-03-31'; }, '"additionalProperty":"prepared_on"'],
  ['wrong-format', (a) => { a.format = 'wwc-assessment/2'; }, '"instancePath":"/format"'],
];
if (withChecklist)
  copies.push(['unknown-checklist-item', (a) => { a.responses[withChecklist].checklist.push('not_an_item'); },
               `"instancePath":"/responses/${withChecklist}/checklist/`]);
if (outcomes.length > 0)
  copies.push(['unknown-outcome', (a) => { a.outcomes.air_qualty = { value: 1 }; }, '"additionalProperty":"air_qualty"']);

for (const [kind, mutate, expected] of copies) {
  const copy = JSON.parse(JSON.stringify(original));
  mutate(copy);
  const json = path.join(outDir, `${base}.${kind}.json`);
  const yaml = path.join(outDir, `${base}.${kind}.yaml`);
  fs.writeFileSync(json, JSON.stringify(copy, null, 2) + '\n');
  fs.writeFileSync(yaml, YAML.stringify(copy, { version: '1.2' }));
  console.log([kind, json, yaml, expected].join('\t'));
}
