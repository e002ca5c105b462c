// The benchmark's table (printed) and the targets of issue 7, each a ratio measured in the same run.
import type { CliFigures } from './cli-bench.js';
import type { EngineFigures } from './engine-bench.js';
import type { ServerFigures } from './lsp-bench.js';
import type { StressFigures } from './stress-bench.js';

export interface Results {
  date: string;
  machine: Record<string, string | number>;
  corpus: Record<string, unknown>;
  engine?: EngineFigures;
  cli?: CliFigures;
  server?: ServerFigures;
  stress?: StressFigures[];
  targets?: Target[];
  seconds?: number;
}

export interface Target {
  what: string;
  measured: string;
  target: string;
  met: boolean;
}

const ms = (v: number): string => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 2 : 1)} ms`);
const x = (v: number): string => `${v.toFixed(2)}×`;
const mb = (v: number): string => `${v.toFixed(0)} MB`;

export function targets(r: Results): Target[] {
  const t: Target[] = [];
  if (r.engine) t.push({ what: 'engine lint / parse per report (median)', measured: x(r.engine.ratio.median), target: '≤ 1.15×', met: r.engine.ratio.median <= 1.15 });
  if (r.cli) {
    t.push({ what: 'CLI on the reports / markdownlint-cli2 (wall)', measured: x(r.cli.ratio), target: '≤ 0.25×', met: r.cli.ratio <= 0.25 });
    t.push({ what: 'CLI --cache, warm / first run (wall)', measured: x(r.cli.cacheRatio), target: '≤ 0.05×', met: r.cli.cacheRatio <= 0.05 });
  }
  if (r.server) {
    t.push({ what: 'server didChange → diagnostics / parse (median)', measured: x(r.server.ratio), target: '≤ 1.3×', met: r.server.ratio <= 1.3 });
    t.push({ what: 'server didChange → diagnostics p95 (16 KB)', measured: ms(r.server.latencyMs.p95 ?? NaN), target: '≤ 20 ms', met: (r.server.latencyMs.p95 ?? Infinity) <= 20 });
  }
  for (const s of r.stress ?? []) {
    if (!/5 MB|50,000/u.test(s.name)) continue;
    const ok = !s.server.timedOut && s.server.peakMB <= 1024 && !/exited/u.test(s.server.note ?? '');
    t.push({ what: `server on ${s.name}: up, ≤ 1 GB`, measured: `${s.server.timedOut ? 'killed at the limit' : ms(s.server.ms)}, ${mb(s.server.peakMB)}, status ${/status (\w+)/u.exec(s.server.note ?? '')?.[1] ?? '?'}`, target: 'answers, ≤ 1024 MB', met: ok });
  }
  return t;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0))));
  const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0)));
  return rows.map((r) => r.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd()).join('\n');
}

export function render(r: Results): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Machine: ${m.nproc} cores, ${m.cpu}, ${m.memoryGB} GB, node ${m.node}, load ${m.loadAverageAtStart} at start; memory: ${m.memoryMethod}`);
  const rows: string[][] = [['', 'ours', 'baseline', 'ratio']];
  if (r.engine) {
    const e = r.engine;
    rows.push([`(1) engine lint vs parse, ${e.reports} reports: median`, ms(e.lintMs.median), ms(e.parseMs.median), x(e.ratio.median)]);
    rows.push(['    p90', ms(e.lintMs.p90), ms(e.parseMs.p90), x(e.ratio.p90)]);
    rows.push(['    engine lint vs its own parse (same tree, plain tables built directly): median', ms(e.lintMs.median), ms(e.ownParseMs.median), x(e.ratioToOwnParse)]);
  }
  if (r.cli) {
    const c = r.cli;
    rows.push([`(2) CLI, ${c.files} reports vs markdownlint-cli2: wall`, ms(c.ours.wallMs), ms(c.markdownlint.wallMs), x(c.ratio)]);
    rows.push(['    CPU time', ms(c.ours.cpuMs), ms(c.markdownlint.cpuMs), x(c.cpuRatio)]);
    rows.push(['    peak memory', mb(c.ours.peakMB), mb(c.markdownlint.peakMB), x(c.ours.peakMB / c.markdownlint.peakMB)]);
    rows.push(['    --cache cold / warm (median of 5) vs first run', `${ms(c.cacheCold.wallMs)} / ${ms(c.cacheWarm.wallMs)}`, ms(c.ours.wallMs), x(c.cacheRatio)]);
    rows.push(['    warm runs', (c.cacheWarmWallMs ?? []).map(ms).join(', '), ms(c.cacheCold.wallMs), `${x(c.cacheRatioToCold)} of cold`]);
    if (c.jobs1) rows.push(['    default jobs vs --jobs 1 (wall)', ms(c.ours.wallMs), ms(c.jobs1.wallMs), x(c.ours.wallMs / c.jobs1.wallMs)]);
  }
  if (r.server) {
    const s = r.server;
    rows.push([`(3) server didChange → diagnostics vs parse, ${(s.bytes / 1024).toFixed(1)} KB, ${s.edits} edits: median`, ms(s.latencyMs.median), ms(s.parseMs.median), x(s.ratio)]);
    rows.push(['    p95', ms(s.latencyMs.p95 ?? NaN), ms(s.parseMs.p95 ?? NaN), x((s.latencyMs.p95 ?? NaN) / (s.parseMs.p95 ?? NaN))]);
    rows.push(['    (engine lint of the same texts, in-process: median)', ms(s.lintMs.median), ms(s.parseMs.median), x(s.lintMs.median / s.parseMs.median)]);
  }
  for (const s of r.stress ?? []) {
    const run = (v: { ms: number; timedOut: boolean; limitMs: number }): string => (v.timedOut ? `> ${ms(v.limitMs)}` : ms(v.ms));
    rows.push([`(4) ${s.name} (${(s.chars / 1e6).toFixed(2)} M chars): engine vs parse`, `${run(s.engine)}, ${mb(s.engine.peakMB)}`, `${run(s.parse)}, ${mb(s.parse.peakMB)}`, x(s.ratios.engineToParse)]);
    rows.push(['    CLI vs engine', `${run(s.cli)}, ${mb(s.cli.peakMB)}`, run(s.engine), x(s.ratios.cliToEngine)]);
    rows.push(['    server open → diagnostics vs engine', `${run(s.server)}, ${mb(s.server.peakMB)}`, run(s.engine), x(s.ratios.serverToEngine)]);
  }
  out.push(table(rows));
  if (r.targets) {
    out.push('', 'Targets:');
    out.push(table([['', 'measured', 'target', ''], ...r.targets.map((t) => [t.what, t.measured, t.target, t.met ? 'met' : 'NOT MET'])]));
  }
  return out.join('\n');
}
