// The language server with large documents open: a 5 MB report opened and edited does not stall a
// hover on a small one; past `maxFileSize` a report is linted on open and save only, on the worker
// thread, and the server says so with disclosureLint/status `tooLarge`; the server process stays
// under 1 GB. Latencies are printed, not asserted.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FIXTURES } from '../helpers/fixtures.js';
import { built, startClient, type TestClient } from './client.js';

const skip = built ? false : 'dist/server.js is not built (npm test builds it first)';
const seed = readFileSync(join(FIXTURES, 'reports', 'heilongjiang-waiban-2020.md'), 'utf8');
const timeout = 120_000;
let n = 0;
const uri = (): string => `file:///work/large/r${++n}.md`;
const repeated = (chars: number): string => Array(Math.ceil(chars / (seed.length + 1))).fill(seed).join('\n');

interface Status {
  uri: string;
  state: string;
  message?: string;
}

async function open(c: TestClient, text: string, u = uri()): Promise<string> {
  await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'markdown', version: 1, text } });
  return u;
}

/** The process's peak resident memory (VmHWM), where /proc has it. */
function peakMemoryMB(pid: number | undefined): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

const statuses = (c: TestClient, u: string): Status[] => (c.notifications('disclosureLint/status') as Status[]).filter((s) => s.uri === u);

/** Milliseconds until a hover on the small document is answered (it must be answered). */
async function hoverLatency(c: TestClient, small: string): Promise<number> {
  const t0 = performance.now();
  const h = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 4, character: 4 } });
  assert.ok(h && typeof h === 'object', 'the hover on the small document is answered');
  return Math.round(performance.now() - t0);
}

describe('language server with large documents', { skip }, () => {
  let c: TestClient;
  let small: string;
  before(async () => {
    c = await startClient();
    small = await open(c, seed);
    await c.diagnostics(small);
  });
  after(async () => c.close());

  test('a 5 MB report opened, edited and saved: hovers elsewhere are answered, it is linted in the background, the server stays under 1 GB', { timeout: 300_000 }, async (t) => {
    const text = repeated(5_000_000);
    const u = await open(c, text);
    const afterOpen = await hoverLatency(c, small);
    await c.waitFor(() => statuses(c, u).some((s) => s.state === 'tooLarge'), 60_000);
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }] });
    const afterChange = await hoverLatency(c, small);
    const own = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: 5, character: 4 } });
    assert.equal(own, null, 'no analysis of the large document on a request');
    const t0 = performance.now();
    await c.conn.sendNotification('textDocument/didSave', { textDocument: { uri: u } });
    const afterSave = await hoverLatency(c, small);
    // Either the findings of the saved version, or (past the worker's memory) a status saying so.
    const notLinted = (): boolean => statuses(c, u).some((s) => /内存/u.test(s.message ?? ''));
    let published = false;
    await c.waitFor(() => notLinted() || (published = c.published(u).some((p) => p.version === 2)), 240_000);
    const during = await hoverLatency(c, small);
    assert.ok(c.published(u).every((p) => p.version === 2), 'nothing published for the version the edit replaced');
    if (published) assert.ok(c.published(u).find((p) => p.version === 2)!.diagnostics.length > 0, 'the saved version is linted');
    const peak = peakMemoryMB(c.proc.pid);
    if (peak !== undefined) assert.ok(peak < 1024, `the server peaked at ${peak} MB`);
    t.diagnostic(`5 MB report: ${published ? `diagnostics ${Math.round(performance.now() - t0)} ms after didSave` : 'not linted (worker memory limit)'}; server peak ${peak ?? '?'} MB; hover on a small document: ${afterOpen} ms after didOpen, ${afterChange} ms after didChange, ${afterSave} ms after didSave, ${during} ms after the lint`);
  });

  test('past maxFileSize: linted on open and save, not on change, with status tooLarge', { timeout }, async (t) => {
    const limited = await startClient({ maxFileSize: 50_000 });
    try {
      const text = repeated(75_000);
      const u = await open(limited, text);
      const first = await limited.diagnostics(u, (p) => p.version === 1, 60_000);
      assert.ok(first.diagnostics.length > 0, 'linted on open');
      await limited.waitFor(() => statuses(limited, u).some((s) => s.state === 'tooLarge' && /save|保存/u.test(s.message ?? '')));
      const linted = statuses(limited, u).length;
      await limited.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }] });
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(statuses(limited, u).length, linted, 'no lint on change (every lint ends with a status)');
      const t0 = performance.now();
      await limited.conn.sendNotification('textDocument/didSave', { textDocument: { uri: u } });
      const saved = await limited.diagnostics(u, (p) => p.version === 2, 60_000);
      assert.equal(saved.diagnostics.length, first.diagnostics.length, 'linted on save');
      t.diagnostic(`a ${text.length}-character report past maxFileSize 50000: diagnostics ${Math.round(performance.now() - t0)} ms after didSave`);
    } finally {
      await limited.close();
    }
  });

  test('a report past maxFileSize, opened: the latency of a hover meanwhile', { timeout }, async (t) => {
    const text = repeated(700_000);
    const u = await open(c, text);
    const right = await hoverLatency(c, small);
    await new Promise((r) => setTimeout(r, 500));
    const during = await hoverLatency(c, small);
    const p = await c.diagnostics(u, () => true, 100_000);
    assert.ok(p.diagnostics.length > 0);
    t.diagnostic(`hover on a small document after opening a ${text.length}-character report (linted on open, in the background): ${right} ms right after, ${during} ms half a second later (during its lint)`);
  });
});
