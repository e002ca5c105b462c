// Cancellation over the protocol: a request the client cancels while the server waits (here, for
// the client's own configuration) is answered with RequestCancelled; a large document's lint on the
// worker thread is abandoned when a newer version arrives, and only the newest is published.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { FIXTURES } from '../helpers/fixtures.js';
import { built, startClient, type TestClient } from './client.js';

const skip = built ? false : 'dist/server.js is not built (npm test builds it first)';
const seed = readFileSync(join(FIXTURES, 'reports', 'heilongjiang-waiban-2020.md'), 'utf8');
const timeout = 120_000;

describe('cancellation', { skip }, () => {
  let c: TestClient;
  before(async () => {
    c = await startClient();
  });
  after(async () => c.close());

  test('a hover cancelled while the server waits is answered with RequestCancelled', { timeout }, async () => {
    let release!: () => void;
    c.configGate = new Promise((r) => (release = r));
    const uri = 'file:///work/cancel/a.md';
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: seed } });
    const source = new CancellationTokenSource();
    const hover = c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } }, source.token);
    source.cancel();
    // Let the cancellation reach the server before it can go on.
    await new Promise((r) => setTimeout(r, 200));
    release();
    c.configGate = undefined;
    await assert.rejects(hover, (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled);
    // The server goes on: the document is linted and a new hover is answered.
    const p = await c.diagnostics(uri);
    assert.ok(p.diagnostics.length > 0);
    const h = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.ok(h, 'a hover that is not cancelled is answered');
  });

  test('a large document: a newer version cancels the lint under way; only the newest is published', { timeout }, async () => {
    const limited = await startClient({ maxFileSize: 20_000 });
    try {
      const uri = 'file:///work/cancel/large.md';
      const text = Array(40).fill(seed).join('\n');
      await limited.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await limited.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }] });
      await limited.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
      const p = await limited.diagnostics(uri, () => true, 100_000);
      assert.equal(p.version, 2, 'the first diagnostics published are those of the newest version');
      assert.ok(p.diagnostics.length > 0);
      // The main thread answered meanwhile and still does.
      const symbols = await limited.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(symbols, [], 'no outline for a document past maxFileSize (it has no model on the main thread)');
      // The worker's findings carry their fixes: a blank cell's quick fix writes 0 there.
      const blank = p.diagnostics.find((d) => d.code === 'DL301')!;
      const actions = (await limited.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: blank.range, context: { diagnostics: [blank] } })) as Array<{ title: string; edit?: { changes: Record<string, Array<{ newText: string }>> } }>;
      const fix = actions.find((a) => a.edit?.changes[uri]?.some((e) => e.newText.includes('0')));
      assert.ok(fix, `a quick fix for the blank cell among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(!actions.some((a) => /disable/u.test(JSON.stringify(a.edit ?? {}))), 'no comment offered inside a table row (it would break the table)');
      const title = p.diagnostics.find((d) => d.code === 'DL103')!;
      const onTitle = (await limited.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: title.range, context: { diagnostics: [title] } })) as Array<{ edit?: unknown }>;
      assert.ok(onTitle.some((a) => /disable-next-line/u.test(JSON.stringify(a.edit ?? {}))), 'the disable-for-line comment is offered on a heading');
    } finally {
      await limited.close();
    }
  });

  test('a large document past the worker\'s memory: the status says so, the server goes on', { timeout }, async () => {
    const small = await startClient({ maxFileSize: 20_000 }, { lintDelay: 0, displayLanguage: 'zh-cn', workerHeapMb: 48 });
    try {
      const uri = 'file:///work/cancel/huge.md';
      const rows = Array.from({ length: 20_000 }, (_, i) => `| 行${i} | ${i} | ${i} |`).join('\n');
      const text = `# 某某县某某局2023年政府信息公开工作年度报告\n\n## 三、收到和处理政府信息公开申请情况\n\n| 项目 | 自然人 | 总计 |\n| --- | --- | --- |\n${rows}\n`;
      await small.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const said = (): Array<{ uri: string; message?: string }> => (small.notifications('disclosureLint/status') as Array<{ uri: string; message?: string }>).filter((s) => s.uri === uri);
      await small.waitFor(() => said().some((s) => /内存/u.test(s.message ?? '')), 100_000);
      // The worker is replaced: a smaller large document is linted.
      const next = 'file:///work/cancel/next.md';
      await small.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: next, languageId: 'markdown', version: 1, text: Array(6).fill(seed).join('\n') } });
      const p = await small.diagnostics(next, () => true, 60_000);
      assert.ok(p.diagnostics.length > 0);
    } finally {
      await small.close();
    }
  });
});
