// (4) The stress files: the parse alone and the engine's lint (each in a fresh process), the CLI on the
// file, and the server opening it (time to its diagnostics, then whether it still answers). Two run at
// a time (two cores); each has a time limit from what is left of the run's budget, and a process past
// it is killed: its figure is then "more than the limit", with the memory it had reached.
import { join } from 'node:path';
import type { Stress } from './corpus.js';
import { runNode } from './measure.js';
import { startServer } from './lsp-client.js';

export interface StressRun {
  ms: number;
  peakMB: number;
  timedOut: boolean;
  limitMs: number;
  note?: string;
}

export interface StressFigures {
  name: string;
  bytes: number;
  chars: number;
  parse: StressRun;
  engine: StressRun;
  cli: StressRun;
  server: StressRun;
  /** engine / parse time, engine / parse memory; cli / engine time; server / engine time. */
  ratios: { engineToParse: number; engineToParseMemory: number; cliToEngine: number; serverToEngine: number };
}

export interface StressContext {
  engineJs: string;
  bin: string;
  serverJs: string;
  scratch: string;
  deadline: number;
}

type Tool = 'parse' | 'engine' | 'cli' | 'server';

async function runTool(tool: Tool, s: Stress & { text: string }, c: StressContext, limitMs: number): Promise<StressRun> {
  const o = { scratch: c.scratch, timeoutMs: limitMs, output: 'keep' as const };
  if (tool === 'parse' || tool === 'engine') {
    const r = await runNode([c.engineJs, s.file, tool === 'parse' ? 'parse' : 'lint'], o);
    const inner = r.timedOut ? undefined : (JSON.parse(r.stdout.trim().split('\n').pop() || '{}') as { ms?: number; peakMB?: number });
    return { ms: inner?.ms ?? r.wallMs, peakMB: r.peakMB, timedOut: r.timedOut, limitMs };
  }
  if (tool === 'cli') {
    const r = await runNode([c.bin, s.file, '--no-color'], { ...o, cwd: join(s.file, '..') });
    return { ms: r.wallMs, peakMB: r.peakMB, timedOut: r.timedOut, limitMs, note: /max-file-size/u.test(r.stderr) ? 'warned: over --max-file-size' : `exit ${r.code}` };
  }
  const server = await startServer(c.serverJs, c.scratch, limitMs);
  const uri = 'file:///bench/stress.md';
  const started = performance.now();
  let ms = limitMs;
  let note: string;
  try {
    const arrived = server.diagnostics(uri);
    await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: s.text } });
    const { at, params } = await arrived;
    ms = at - started;
    const t = performance.now();
    await server.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    const st = server.status(); // sent before the hover's answer
    note = `${params.diagnostics.length} diagnostics, status ${st?.state ?? '?'}${st?.message ? ` “${st.message}”` : ''}; then answered a hover in ${(performance.now() - t).toFixed(0)} ms`;
  } catch (err) {
    note = err instanceof Error ? err.message : String(err);
  }
  const f = await server.close();
  return { ms, peakMB: f.peakMB, timedOut: f.timedOut, limitMs, note: f.timedOut ? 'killed at the time limit' : note };
}

export async function benchStress(files: ReadonlyArray<Stress & { text: string }>, c: StressContext, log: (s: string) => void): Promise<StressFigures[]> {
  const tools: Tool[] = ['parse', 'engine', 'cli', 'server'];
  const tasks = files.flatMap((s, i) => tools.map((tool) => ({ i, s, tool })));
  const out = files.map(() => ({}) as Partial<Record<Tool, StressRun>>);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) {
      const left = tasks.length - next;
      const task = tasks[next++]!;
      const leftMs = c.deadline - Date.now();
      const limitMs = Math.round(Math.max(10_000, Math.min(120_000, leftMs, (leftMs * 2) / left)));
      const r = await runTool(task.tool, task.s, c, limitMs);
      out[task.i]![task.tool] = r;
      log(`  ${task.s.name} · ${task.tool}: ${r.timedOut ? `> ${(limitMs / 1000).toFixed(0)} s (killed)` : `${(r.ms / 1000).toFixed(2)} s`}, ${r.peakMB.toFixed(0)} MB${r.note ? ` (${r.note})` : ''}`);
    }
  };
  await Promise.all([lane(), lane()]);
  return files.map((s, i) => {
    const r = out[i] as Record<Tool, StressRun>;
    return {
      name: s.name,
      bytes: s.bytes,
      chars: s.chars,
      ...r,
      ratios: { engineToParse: r.engine.ms / r.parse.ms, engineToParseMemory: r.engine.peakMB / r.parse.peakMB, cliToEngine: r.cli.ms / r.engine.ms, serverToEngine: r.server.ms / r.engine.ms },
    };
  });
}
