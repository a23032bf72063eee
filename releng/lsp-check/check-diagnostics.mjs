// Checks the CoGov language server with a client no one here wrote: Microsoft's vscode-languageserver-protocol.
//   node check-diagnostics.mjs <examples folder> <server command...>
// Starts the server over stdio, opens an example with an error and a document with a misspelt department,
// and checks the diagnostics the server publishes. Prints "N passed, M failed"; exits 1 on any failure.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification,
  PublishDiagnosticsNotification, ShutdownRequest, ExitNotification, CompletionRequest, HoverRequest
} from 'vscode-languageserver-protocol/node.js';

const [examplesArg, ...command] = process.argv.slice(2);
if (!examplesArg || command.length === 0) {
  console.error('usage: node check-diagnostics.mjs <examples folder> <server command...>');
  process.exit(2);
}
const examples = resolve(examplesArg);
const server = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const published = new Map();
const waiting = new Map();
connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
  published.set(params.uri, params.diagnostics);
  const resolveWait = waiting.get(params.uri);
  if (resolveWait) { waiting.delete(params.uri); resolveWait(params.diagnostics); }
});
connection.listen();

function diagnosticsOf(uri, timeoutMs = 60000) {
  if (published.has(uri)) return Promise.resolve(published.get(uri));
  return new Promise((ok, fail) => {
    waiting.set(uri, ok);
    setTimeout(() => fail(new Error(`no diagnostics published for ${uri} within ${timeoutMs} ms`)), timeoutMs);
  });
}

let passed = 0; let failed = 0;
function check(name, condition, detail) {
  if (condition) { passed++; console.log(`ok   ${name}`); } else { failed++; console.log(`FAIL ${name}: ${detail}`); }
}
const text = (d) => (typeof d.message === 'string' ? d.message : d.message.value);

try {
  const init = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: pathToFileURL(examples).href, capabilities: {}, workspaceFolders: null
  });
  check('server advertises completion, hover, formatting, rename',
    init.capabilities.completionProvider && init.capabilities.hoverProvider
      && init.capabilities.documentFormattingProvider && init.capabilities.renameProvider,
    JSON.stringify(init.capabilities));
  connection.sendNotification(InitializedNotification.type, {});

  // an example with an error on purpose: County C's responsibility without an accountable actor
  const countyC = pathToFileURL(resolve(examples, 'county-c.cogov')).href;
  connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: countyC, languageId: 'cogov', version: 1, text: readFileSync(resolve(examples, 'county-c.cogov'), 'utf8') }
  });
  const inC = await diagnosticsOf(countyC);
  const e01 = inC.find((d) => text(d).startsWith('COGOV-E01'));
  check('COGOV-E01 published for county-c.cogov', e01, JSON.stringify(inC.map(text)));
  check('COGOV-E01 is an error on the responsibility line', e01 && e01.severity === 1
    && readFileSync(resolve(examples, 'county-c.cogov'), 'utf8').split('\n')[e01.range.start.line].includes('responsibility DataSharing'),
  JSON.stringify(e01));
  check('governance risks are published as warnings', inC.some((d) => text(d).startsWith('COGOV-R03') && d.severity === 2),
    JSON.stringify(inC.map(text)));

  // a new document with a misspelt department
  const scratch = pathToFileURL(resolve(examples, 'scratch-check.cogov')).href;
  connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: {
      uri: scratch, languageId: 'cogov', version: 1,
      text: 'study Scratch\ncase X {\n\tdepartment PS public-security\n\tdepartment HR human-resources\n\tlink PSB <-> HR data-sharing\n}\n'
    }
  });
  const inScratch = await diagnosticsOf(scratch);
  const unknown = inScratch.find((d) => text(d).startsWith("unknown department 'PSB' in case 'X'"));
  check('linking error worded for a modeler, on line 5', unknown && unknown.range.start.line === 4, JSON.stringify(inScratch.map(text)));

  const completion = await connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri: scratch }, position: { line: 4, character: '\tlink PSB <-> '.length }
  });
  const labels = (Array.isArray(completion) ? completion : completion.items).map((i) => i.label);
  check('completion proposes the departments', labels.includes('PS') && labels.includes('HR'), JSON.stringify(labels));

  const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: scratch }, position: { line: 4, character: 15 } });
  const hoverText = hover && (hover.contents.value || JSON.stringify(hover.contents));
  check('hover describes the department', hoverText && hoverText.includes("department 'HR'"), JSON.stringify(hover));

  await connection.sendRequest(ShutdownRequest.type);
  connection.sendNotification(ExitNotification.type);
} catch (error) {
  check('protocol run', false, error.stack || String(error));
}
setTimeout(() => server.kill(), 2000).unref();
console.log(`${passed} passed, ${failed} failed`);
connection.dispose();
process.exit(failed === 0 ? 0 : 1);
