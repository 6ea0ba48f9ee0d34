#!/usr/bin/env node
// Drives yaml-language-server (the server behind VS Code's YAML extension) over
// stdio with the schema of `wwc-score schema`, as an editor would:
//   - a file whose first line is `# yaml-language-server: $schema=SCHEMA` (a path
//     relative to the file, or a file:// URL)
//     completes criterion ids under `responses:` and the four statuses after
//     `status:`, shows a criterion's name and summary on hover, and gets no
//     diagnostic while it is valid;
//   - the same file with an unknown status gets exactly one diagnostic, on it;
//   - a file without that line, in a folder that the `yaml.schemas` setting maps
//     to the schema (as docs/assessment-format.md shows), gets the same diagnostic.
// Offline: the SchemaStore catalog is switched off. Every wait has a time limit.
//
//   node lsp_probe.js SCHEMA.json WORK_DIR   (the schema inside WORK_DIR, the workspace)
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { where } = require('./node_tools');

const [schemaPath, workDir] = process.argv.slice(2);
if (!schemaPath || !workDir) {
  console.error('usage: lsp_probe.js SCHEMA.json WORK_DIR');
  process.exit(64);
}
const WAIT_MS = 20000;
const schemaUri = pathToFileURL(path.resolve(schemaPath)).href;
const mappedDir = path.resolve(workDir, 'assessments');
fs.mkdirSync(mappedDir, { recursive: true });

// The schema as `init --schema` writes it: a path relative to the file, or a URL.
const relativeSchema = path.relative(path.resolve(workDir), path.resolve(schemaPath));

const settings = {
  validate: true,
  completion: true,
  hover: true,
  schemaStore: { enable: false },
  // As docs/assessment-format.md shows it: a path relative to the workspace, a folder's glob.
  schemas: { [`./${relativeSchema}`]: 'assessments/*.yaml' },
};

// An assessment of the set with these `responses` lines, first the line that
// names `schema` (none: no such line).
function assessment(responses, schema = relativeSchema) {
  return [
    ...(schema ? [`# yaml-language-server: $schema=${schema}`] : []),
    'format: wwc-assessment/1',
    'criteria: wwc-2022',
    'city:',
    '  name: Lakeview',
    '  region: ON',
    '  country: CA',
    '  population: 64200',
    'assessed_on: 2024-09-15',
    'responses:',
    ...responses,
    '',
  ].join('\n');
}

const server = spawn(process.execPath, [path.join(where('yaml-language-server'), 'bin', 'yaml-language-server'), '--stdio'],
  { stdio: ['pipe', 'pipe', 'pipe'] });
let serverErrors = '';
server.stderr.on('data', (chunk) => { serverErrors += chunk; });

let nextId = 1;
const pending = new Map();
const diagnostics = new Map();  // uri -> latest publishDiagnostics
const diagnosticWaiters = [];

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${WAIT_MS} ms: ${what}`)), WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function request(method, params) {
  const id = nextId++;
  const answer = new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
  send({ id, method, params });
  return withTimeout(answer, method);
}

function notify(method, params) { send({ method, params }); }

// The diagnostics published for `uri` that `accept` takes.
function diagnosticsFor(uri, accept = () => true) {
  const known = diagnostics.get(uri);
  if (known && accept(known)) return Promise.resolve(known);
  return withTimeout(new Promise((resolve) => diagnosticWaiters.push({ uri, accept, resolve })), `diagnostics of ${uri}`);
}

// Answers the server's own requests as a client that has these settings.
function answerServer(message) {
  let result = null;
  if (message.method === 'workspace/configuration')
    result = message.params.items.map((item) => (item.section === 'yaml' ? settings : {}));
  send({ id: message.id, result });
}

let buffer = Buffer.alloc(0);
server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.slice(0, headerEnd).toString('ascii'))[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.slice(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
    buffer = buffer.slice(headerEnd + 4 + length);
    if (message.id !== undefined && message.method) {
      answerServer(message);
    } else if (message.id !== undefined) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (waiter && message.error) waiter.reject(new Error(JSON.stringify(message.error)));
      else if (waiter) waiter.resolve(message.result);
    } else if (message.method === 'textDocument/publishDiagnostics') {
      diagnostics.set(message.params.uri, message.params.diagnostics);
      for (let i = diagnosticWaiters.length - 1; i >= 0; i--) {
        const w = diagnosticWaiters[i];
        if (w.uri === message.params.uri && w.accept(message.params.diagnostics)) {
          diagnosticWaiters.splice(i, 1);
          w.resolve(message.params.diagnostics);
        }
      }
    }
  }
});

let version = 0;
function open(name, text, dir = workDir) {
  const uri = pathToFileURL(path.resolve(dir, name)).href;
  notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++version, text } });
  return uri;
}

function labels(completion) {
  const items = Array.isArray(completion) ? completion : (completion && completion.items) || [];
  return items.map((item) => item.label);
}

const failures = [];
function expect(condition, what) {
  if (!condition) failures.push(what);
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${what}`);
}

async function main() {
  await request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(path.resolve(workDir)).href,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: {
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: {},
      },
    },
  });
  notify('initialized', {});
  notify('workspace/didChangeConfiguration', { settings: { yaml: settings } });

  // The valid file: no diagnostic.
  const valid = open('valid.yaml', assessment(['  DM1: met', '  DM2:', '    status: not_met']));
  const none = await diagnosticsFor(valid);
  expect(none.length === 0, `a valid assessment gets no diagnostic (got ${JSON.stringify(none.map((d) => d.message))})`);

  // Hover on a criterion id: its name and summary from the criteria file.
  const validLine = assessment([]).split('\n').length - 1;
  const hover = await request('textDocument/hover',
    { textDocument: { uri: valid }, position: { line: validLine, character: 3 } });
  const shown = hover && hover.contents ? JSON.stringify(hover.contents) : '';
  expect(shown.includes('Implementing Data Strategy and Governance') && shown.includes('governing body meets'),
    `hover on DM1 shows its name and summary (got ${shown.slice(0, 160)})`);

  // Completion of criterion ids on a new line under `responses:`.
  const lines = ['  DM2: met', '  '];
  const ids = open('ids.yaml', assessment(lines));
  const idLine = assessment(lines).split('\n').length - 2;
  const idLabels = labels(await request('textDocument/completion',
    { textDocument: { uri: ids }, position: { line: idLine, character: 2 } }));
  expect(['DM1', 'DM3', 'LC1', 'PA1'].every((id) => idLabels.includes(id)) && !idLabels.includes('DM2'),
    `completion under responses: offers the criterion ids not yet answered (got ${idLabels.length}: ` +
    `${idLabels.slice(0, 8).join(', ')}, ...)`);

  // Completion of a status after `status: `.
  const statusLines = ['  DM1:', '    status: '];
  const statuses = open('status.yaml', assessment(statusLines));
  const statusLine = assessment(statusLines).split('\n').length - 2;
  const statusLabels = labels(await request('textDocument/completion',
    { textDocument: { uri: statuses }, position: { line: statusLine, character: statusLines[1].length } }));
  expect(['met', 'not_met', 'in_progress', 'planned'].every((s) => statusLabels.includes(s)) && statusLabels.length === 4,
    `completion after status: offers met, not_met, in_progress, planned (got ${statusLabels.join(', ')})`);

  // An unknown status: one diagnostic, on its line.
  const badText = assessment(['  DM1: met', '  DM2: done'], schemaUri);
  const badLine = badText.split('\n').indexOf('  DM2: done');
  const bad = open('unknown-status.yaml', badText);
  const found = await diagnosticsFor(bad, (list) => list.length > 0);
  expect(found.length === 1 && found[0].range.start.line === badLine,
    `an unknown status gets one diagnostic, on line ${badLine + 1} (got ${JSON.stringify(found.map((d) =>
      `${d.range.start.line + 1}: ${d.message}`))})`);

  // The same file without the modeline, in the folder that `yaml.schemas` maps.
  const mapped = open('unknown-status.yaml', assessment(['  DM1: met', '  DM2: done'], null), mappedDir);
  const mappedFound = await diagnosticsFor(mapped, (list) => list.length > 0);
  expect(mappedFound.length === 1 && mappedFound[0].range.start.line === badLine - 1,
    `through yaml.schemas: the unknown status gets one diagnostic (got ${JSON.stringify(mappedFound.map((d) =>
      `${d.range.start.line + 1}: ${d.message}`))})`);

  await request('shutdown', null);
  notify('exit', null);
}

const deadline = setTimeout(() => {
  console.log('FAIL the probe did not finish in 90 s');
  server.kill();
  process.exit(1);
}, 90000);

main().then(() => {
  clearTimeout(deadline);
  server.kill();
  if (failures.length > 0) {
    if (serverErrors) console.log(`yaml-language-server said on stderr:\n${serverErrors}`);
    process.exit(1);
  }
  process.exit(0);
}, (error) => {
  clearTimeout(deadline);
  console.log(`FAIL ${error.message}`);
  if (serverErrors) console.log(`yaml-language-server said on stderr:\n${serverErrors}`);
  server.kill();
  process.exit(1);
});
