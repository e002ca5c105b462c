// (2) The CLI over the 1,000 reports against markdownlint-cli2 on the same files, each a fresh process
// (wall time, CPU time, peak memory), one after the other; then our CLI with --cache, cold and warm
// (the median of five warm runs).
import type { ChildFigures } from './measure.js';
import { runNode } from './measure.js';

export interface CliRun {
  wallMs: number;
  cpuMs: number;
  peakMB: number;
  code: number | null;
}

export interface CliFigures {
  files: number;
  ours: CliRun;
  markdownlint: CliRun;
  /** ours / markdownlint-cli2, wall time. */
  ratio: number;
  cpuRatio: number;
  cacheCold: CliRun;
  /** The median of WARM_RUNS warm runs (a run this short is the one figure that noise moves most). */
  cacheWarm: CliRun;
  /** Every warm run's wall time, in the order run. */
  cacheWarmWallMs: number[];
  /** warm / the plain run (and warm / cold). */
  cacheRatio: number;
  cacheRatioToCold: number;
  /** --jobs 1, for the gain of the worker threads. */
  jobs1?: CliRun;
  sameOutput: boolean;
}

export interface CliContext {
  bin: string;
  markdownlint: string;
  reportsDir: string;
  cacheFile: string;
  scratch: string;
  files: number;
  withJobs1: boolean;
}

/** Warm --cache runs, of which the median is taken. */
const WARM_RUNS = 5;

const slim = (r: ChildFigures): CliRun => ({ wallMs: r.wallMs, cpuMs: r.cpuMs, peakMB: r.peakMB, code: r.code });

export async function benchCli(c: CliContext, log: (s: string) => void): Promise<CliFigures> {
  const o = { cwd: c.reportsDir, scratch: c.scratch, output: 'keep' as const };
  const ours = (): Promise<ChildFigures> => runNode([c.bin, '.', '--no-color'], o);
  const theirs = (): Promise<ChildFigures> => runNode([c.markdownlint, '**/*.md'], { ...o, output: 'count' });
  const show = (what: string, r: ChildFigures): void => log(`  ${what}: ${(r.wallMs / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU, ${r.peakMB.toFixed(0)} MB, exit ${r.code}`);
  const a = await ours();
  show('ours', a);
  const b = await theirs();
  show('markdownlint-cli2', b);
  const cold = await runNode([c.bin, '.', '--no-color', '--cache', '--cache-location', c.cacheFile], o);
  show('ours --cache (cold)', cold);
  const warmRuns: ChildFigures[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const run = await runNode([c.bin, '.', '--no-color', '--cache', '--cache-location', c.cacheFile], o);
    show(`ours --cache (warm, ${i + 1} of ${WARM_RUNS})`, run);
    warmRuns.push(run);
  }
  const warm = [...warmRuns].sort((p, q) => p.wallMs - q.wallMs)[Math.floor(WARM_RUNS / 2)]!;
  const jobs1 = c.withJobs1 ? await runNode([c.bin, '.', '--no-color', '--jobs', '1'], o) : undefined;
  if (jobs1) show('ours --jobs 1', jobs1);
  const plain = slim(a);
  const md = slim(b);
  return {
    files: c.files,
    ours: plain,
    markdownlint: md,
    ratio: plain.wallMs / md.wallMs,
    cpuRatio: plain.cpuMs / md.cpuMs,
    cacheCold: slim(cold),
    cacheWarm: slim(warm),
    cacheWarmWallMs: warmRuns.map((r) => r.wallMs),
    cacheRatio: warm.wallMs / plain.wallMs,
    cacheRatioToCold: warm.wallMs / cold.wallMs,
    ...(jobs1 ? { jobs1: slim(jobs1) } : {}),
    sameOutput: [cold, ...warmRuns, ...(jobs1 ? [jobs1] : [])].every((r) => r.stdout === a.stdout && r.code === a.code),
  };
}
