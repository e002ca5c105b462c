// (3) The language server: a one-digit didChange in a 16 KB report → the diagnostics of that version,
// 300 times (after 20 not counted), against the parse alone of the same 300 texts in this process.
import type { BenchEngine, Timing } from './engine-bench.js';
import { timing } from './engine-bench.js';
import { rng } from './generate.js';
import { startServer } from './lsp-client.js';

export interface ServerFigures {
  bytes: number;
  edits: number;
  latencyMs: Timing;
  parseMs: Timing;
  lintMs: Timing;
  /** median(didChange → diagnostics) / median(parse). */
  ratio: number;
  peakMB: number;
}

const URI = 'file:///bench/report-16k.md';

/** Offsets of the digits in table rows: where one-digit edits go. */
function digitOffsets(text: string): number[] {
  const out: number[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('|')) for (let i = 0; i < line.length; i++) if (/\d/u.test(line[i]!)) out.push(offset + i);
    offset += line.length + 1;
  }
  return out;
}

function position(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export async function benchServer(serverJs: string, scratch: string, doc: string, engine: BenchEngine, edits = 300): Promise<ServerFigures> {
  const server = await startServer(serverJs, scratch, 180_000);
  const r = rng(300);
  const spots = digitOffsets(doc);
  let text = doc;
  const texts: string[] = [];
  const latency: number[] = [];
  try {
    let version = 1;
    const first = server.diagnostics(URI, 1);
    await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version, text } });
    await first;
    for (let i = 0; i < edits + 20; i++) {
      const at = spots[Math.floor(r() * spots.length)]!;
      const digit = String((Number(text[at]) + 1 + Math.floor(r() * 8)) % 10);
      const range = { start: position(text, at), end: position(text, at + 1) };
      text = text.slice(0, at) + digit + text.slice(at + 1);
      version++;
      const arrived = server.diagnostics(URI, version);
      const sent = performance.now();
      await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [{ range, text: digit }] });
      const { at: when } = await arrived;
      if (i >= 20) {
        latency.push(when - sent);
        texts.push(text);
      }
    }
  } catch (err) {
    await server.close();
    throw err;
  }
  const figures = await server.close();
  const parse = texts.map((t) => {
    const s = performance.now();
    engine.parse(t);
    return performance.now() - s;
  });
  const lint = texts.map((t) => {
    const s = performance.now();
    engine.lint(t);
    return performance.now() - s;
  });
  const l = timing(latency);
  const p = timing(parse);
  return { bytes: Buffer.byteLength(doc), edits, latencyMs: l, parseMs: p, lintMs: timing(lint), ratio: l.median / p.median, peakMB: figures.peakMB };
}
