// The language server against a client that misbehaves: cancelled requests, unknown methods,
// params of the wrong shape, documents it never opened, positions and ranges outside the text,
// bytes that are not JSON-RPC. After each, a normal hover and diagnostics still work.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver-protocol';
import { FIXTURES } from '../helpers/fixtures.js';
import { built, startClient, type TestClient } from './client.js';

const skip = built ? false : 'dist/server.js is not built (npm test builds it first)';
const seed = readFileSync(join(FIXTURES, 'reports', 'heilongjiang-waiban-2020.md'), 'utf8');
const timeout = 120_000;
let n = 0;
const uri = (): string => `file:///work/robust/r${++n}.md`;

async function open(c: TestClient, text: string, u = uri()): Promise<string> {
  await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'markdown', version: 1, text } });
  return u;
}

/** The answer, or the error the server sent back, as a value. */
const settle = <T>(p: Promise<T>): Promise<T | Error> => p.catch((e: Error) => e);

/** The server still answers a hover and publishes diagnostics on a new document. */
async function stillWorks(c: TestClient, what: string): Promise<void> {
  const u = await open(c, seed);
  const p = await c.diagnostics(u);
  assert.equal(p.diagnostics.length, 8, `after ${what}: diagnostics`);
  const h = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: 4, character: 4 } });
  assert.ok(h && typeof h === 'object', `after ${what}: a hover on a section title`);
}

describe('language server against a misbehaving client', { skip }, () => {
  let c: TestClient;
  before(async () => (c = await startClient()));
  after(async () => c.close());

  test('$/cancelRequest for an in-flight request is harmless', { timeout }, async (t) => {
    const u = await open(c, seed.repeat(10));
    const cancellations = Array.from({ length: 5 }, () => new CancellationTokenSource());
    const pending = cancellations.map((s) => settle(c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: u } }, s.token)));
    cancellations.forEach((s) => s.cancel());
    const results = await Promise.all(pending);
    for (const r of results) assert.ok(Array.isArray(r) || (r instanceof ResponseError && r.code === -32800), `answered or cancelled: ${String(r)}`);
    t.diagnostic(`cancelled in flight: ${results.filter((r) => r instanceof ResponseError).length} of ${results.length} came back as RequestCancelled, the rest answered`);
    await c.conn.sendNotification('$/cancelRequest', { id: 987_654 });
    await c.conn.sendNotification('$/cancelRequest', { id: 'no-such-request' });
    await c.conn.sendNotification('$/cancelRequest', null);
    await stillWorks(c, 'cancellations');
  });

  test('an unknown method gets MethodNotFound; unknown notifications are ignored', { timeout }, async () => {
    const r = await settle(c.conn.sendRequest('disclosureLint/noSuchThing', { x: 1 }));
    assert.ok(r instanceof ResponseError && r.code === -32601, String(r));
    await c.conn.sendNotification('disclosureLint/noSuchNotification', [1, 2, 3]);
    await stillWorks(c, 'unknown methods');
  });

  test('params of the wrong shape get an error or an empty answer', { timeout }, async () => {
    const shapes: unknown[] = [null, {}, [], 42, 'x', { textDocument: 5 }, { textDocument: { uri: 7 }, position: 'here' }, { textDocument: { uri: null }, position: { line: 'a', character: {} } }];
    const methods = ['textDocument/hover', 'textDocument/completion', 'textDocument/codeAction', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'workspace/executeCommand', 'disclosureLint/standardTables', 'disclosureLint/newReport'];
    for (const m of methods) {
      for (const p of shapes) {
        const r = await settle(c.conn.sendRequest(m, p));
        assert.ok(r === null || Array.isArray(r) || r instanceof ResponseError || typeof r === 'object', `${m} ${JSON.stringify(p)}: ${String(r)}`);
      }
    }
    for (const p of shapes) await c.conn.sendNotification('textDocument/didOpen', p);
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(), languageId: 'markdown', version: 1, text: 42 } });
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never/opened.md', version: 2 }, contentChanges: [{ text: 'x' }] });
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: 'not an object' });
    await stillWorks(c, 'malformed params');
  });

  test('a document the server never saw, and positions outside the text', { timeout }, async () => {
    const never = { textDocument: { uri: 'file:///never/seen.md' }, position: { line: 0, character: 0 } };
    assert.equal(await c.conn.sendRequest('textDocument/hover', never), null);
    assert.deepEqual(await c.conn.sendRequest('textDocument/documentSymbol', never), []);
    const u = await open(c, seed);
    await c.diagnostics(u);
    const positions = [{ line: 1e9, character: 1e9 }, { line: -1, character: -5 }, { line: 0, character: -1 }, { line: 3, character: 1e9 }, { line: 2 ** 31, character: 0 }, { line: 1.5, character: 0.5 }];
    for (const position of positions) {
      for (const m of ['textDocument/hover', 'textDocument/completion']) await settle(c.conn.sendRequest(m, { textDocument: { uri: u }, position }));
      await settle(c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: { start: position, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }));
    }
    await stillWorks(c, 'positions outside the text');
  });

  test('a didChange with a range outside the document is applied clamped, and linted', { timeout }, async () => {
    const u = await open(c, seed);
    await c.diagnostics(u);
    const ranges = [
      { start: { line: 1e6, character: 0 }, end: { line: 1e6, character: 5 } },
      { start: { line: -3, character: -3 }, end: { line: 0, character: 0 } },
      { start: { line: 10, character: 0 }, end: { line: 2, character: 0 } },
    ];
    let version = 1;
    for (const range of ranges) {
      await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: ++version }, contentChanges: [{ range, text: '\n' }] });
      const p = await c.diagnostics(u, (x) => x.version === version);
      assert.ok(p.diagnostics.length > 0, `version ${version} is linted`);
    }
    await stillWorks(c, 'changes outside the document');
  });

  test('bytes that are not JSON-RPC do not kill the server', { timeout }, async () => {
    const frame = (body: string): string => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const junk = ['{ not json', '[]', '"just a string"', '{"jsonrpc":"2.0"}', '{"jsonrpc":"1.0","id":1,"method":"textDocument/hover"}', '{"jsonrpc":"2.0","id":{"a":1},"method":"textDocument/hover","params":{}}', '{"id":5,"result":{}}', '\u0000\ufffd'];
    for (const body of junk) c.proc.stdin.write(frame(body));
    await stillWorks(c, 'invalid JSON-RPC');
    // A header without Content-Length makes the reader drop it and wait for more data: whatever came
    // in the same chunk is read when the next chunk arrives (here a lone notification), not lost.
    const sleep = (): Promise<void> => new Promise((r) => setTimeout(r, 300));
    c.proc.stdin.write('Content-Type: nothing\r\n\r\n');
    await sleep();
    await c.conn.sendNotification('$/cancelRequest', { id: -1 });
    await sleep();
    await stillWorks(c, 'a header without Content-Length');
    assert.equal(c.proc.exitCode, null, 'the server is alive');
  });
});
