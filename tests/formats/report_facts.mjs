// Reads a report the way its consumer does, checks what the consumer relies on,
// and prints the facts the tests assert on, one per line (tab-separated).
// Exits 1, saying why, when an invariant is broken.
//
//   node report_facts.mjs junit REPORT.xml
//     junit2json (an npm JUnit parser) reads it; every <testsuite> name is
//     unique and its tests/failures/errors/skipped counts are those of its
//     test cases. Prints per suite: "suite NAME TESTS FAILURES ERRORS SKIPPED".
//   node report_facts.mjs sarif REPORT.json EXIT_CODE
//     invocations[0].exitCode is EXIT_CODE (executionSuccessful unless it is 2
//     or more), each result's ruleIndex points at its rule, every rule has
//     help text, every result has a partialFingerprints value, unique in the
//     run, and a relative URI without "./". Prints per result:
//     "result RULE LEVEL URI LINE FINGERPRINT".
//   node report_facts.mjs gitlab REPORT.json
//     fingerprints unique in the report, paths without "./". Prints per
//     issue: "issue CHECK SEVERITY PATH LINE FINGERPRINT".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [kind, file, exitCode] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const problems = [];
const problem = (message) => problems.push(message);
const lines = [];
const print = (...fields) => lines.push(fields.join('\t'));

function unique(values, what) {
  const seen = new Set();
  for (const value of values) {
    if (seen.has(value)) problem(`${what} '${value}' appears more than once`);
    seen.add(value);
  }
}

async function junit() {
  // junit2json is an ES module installed in tests/node, not next to this file.
  const require = createRequire(new URL('../node/package.json', import.meta.url));
  const { parse } = await import(require.resolve('junit2json'));
  // Names stay strings (a path may look like a number); counts become numbers.
  const report = await parse(text, { attrValueProcessors: [(value, name) =>
    ['tests', 'failures', 'errors', 'skipped'].includes(name) ? Number(value) : value] });
  if (!report) return problem('junit2json found no <testsuites> or <testsuite>');
  const suites = report.testsuite ?? [];
  unique(suites.map((s) => s.name), 'testsuite name');
  for (const suite of suites) {
    const cases = suite.testcase ?? [];
    const count = (key) => cases.filter((c) => c[key]).length;
    const counted = { tests: cases.length, failures: count('failure'), errors: count('error'), skipped: count('skipped') };
    for (const [key, value] of Object.entries(counted)) {
      if (suite[key] !== value) problem(`suite '${suite.name}': ${key}="${suite[key]}" but it has ${value}`);
    }
    for (const c of cases) {
      if (!c.name) problem(`suite '${suite.name}': a test case without a name`);
      for (const key of ['failure', 'error', 'skipped']) {
        for (const item of c[key] ?? []) {
          if (!item.message) problem(`suite '${suite.name}', case '${c.name}': <${key}> without a message`);
        }
      }
    }
    print('suite', suite.name, counted.tests, counted.failures, counted.errors, counted.skipped);
  }
}

function sarif() {
  const log = JSON.parse(text);
  const run = log.runs?.[0];
  if (!run) return problem('no runs[0]');
  const invocation = run.invocations?.[0];
  if (invocation?.exitCode !== Number(exitCode)) {
    problem(`invocations[0].exitCode is ${invocation?.exitCode}, the process exited ${exitCode}`);
  }
  if (invocation?.executionSuccessful !== Number(exitCode) < 2) {
    problem(`invocations[0].executionSuccessful is ${invocation?.executionSuccessful} for exit ${exitCode}`);
  }
  const rules = run.tool?.driver?.rules ?? [];
  for (const rule of rules) {
    if (!rule.help?.text) problem(`rule ${rule.id} has no help text`);
  }
  const fingerprints = [];
  for (const result of run.results ?? []) {
    if (rules[result.ruleIndex]?.id !== result.ruleId) {
      problem(`result ${result.ruleId}: ruleIndex ${result.ruleIndex} is rule ${rules[result.ruleIndex]?.id}`);
    }
    const values = Object.values(result.partialFingerprints ?? {});
    if (values.length === 0 || values.some((v) => typeof v !== 'string' || v === '')) {
      problem(`result ${result.ruleId} "${result.message?.text}" has no partialFingerprints`);
    }
    fingerprints.push(values.join(' '));
    const location = result.locations?.[0]?.physicalLocation;
    const uri = location?.artifactLocation?.uri ?? '';
    if (uri === '' || uri.startsWith('./') || uri.startsWith('/')) problem(`result ${result.ruleId}: URI '${uri}'`);
    print('result', result.ruleId, result.level, uri, location?.region?.startLine ?? 0, values.join(' '));
  }
  unique(fingerprints, 'partialFingerprints');
}

function gitlab() {
  const issues = JSON.parse(text);
  if (!Array.isArray(issues)) return problem('the report is not a JSON array');
  unique(issues.map((i) => i.fingerprint), 'fingerprint');
  for (const issue of issues) {
    if (issue.location.path.startsWith('./')) problem(`path '${issue.location.path}' starts with ./`);
    print('issue', issue.check_name, issue.severity, issue.location.path, issue.location.lines.begin, issue.fingerprint);
  }
}

try {
  if (kind === 'junit') await junit();
  else if (kind === 'sarif') sarif();
  else if (kind === 'gitlab') gitlab();
  else problem(`unknown kind '${kind}'`);
} catch (error) {
  problem(`cannot read it: ${error.message}`);
}
if (problems.length > 0) {
  console.error(`${file}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
if (lines.length > 0) console.log(lines.join('\n'));
