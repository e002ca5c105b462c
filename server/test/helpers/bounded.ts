// Lints in a worker thread that is terminated after a deadline, so that a hang fails the test
// instead of stalling the runner (node:test's timeout cannot interrupt synchronous code).
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Finding, LintOptions } from '../../src/engine/index.js';

export interface BoundedLint {
  findings: Finding[];
  ms: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  /** The highest RSS of the process sampled (every 50 ms, from the main thread) while the worker ran. */
  peakMb: number;
}

/** The worker registers tsx itself (a worker does not inherit the loader of `node --import tsx`). */
const BOOT = `require('tsx/cjs/api').register(); require(${JSON.stringify(join(import.meta.dirname, 'lint-worker.ts'))});`;

/** The findings of each text, linted one after the other in one worker; rejects after `deadlineMs`. */
export function lintBounded(texts: string[], options: LintOptions = {}, deadlineMs = 110_000): Promise<BoundedLint[]> {
  return new Promise((resolve, reject) => {
    // Room for the parser's peak (about 0.8 GB per MB of Markdown) above V8's default heap limit.
    const worker = new Worker(BOOT, { eval: true, workerData: { texts, options }, resourceLimits: { maxOldGenerationSizeMb: 8192 } });
    const out: BoundedLint[] = [];
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const timer = setTimeout(() => {
      clearInterval(sampler);
      void worker.terminate();
      reject(new Error(`lint did not finish within ${deadlineMs} ms (${out.length} of ${texts.length} texts done)`));
    }, deadlineMs);
    worker.on('message', (m: { findings: Finding[]; ms: number; rssBefore: number; rssAfter: number }) => {
      peak = Math.max(peak, m.rssAfter);
      out.push({ findings: m.findings, ms: Math.round(m.ms), rssBeforeMb: Math.round(m.rssBefore / 1e6), rssAfterMb: Math.round(m.rssAfter / 1e6), peakMb: Math.round(peak / 1e6) });
    });
    worker.on('error', (e) => {
      clearTimeout(timer);
      clearInterval(sampler);
      reject(e);
    });
    worker.on('exit', (code) => {
      clearTimeout(timer);
      clearInterval(sampler);
      if (out.length === texts.length) resolve(out);
      else reject(new Error(`the lint worker exited with code ${code} after ${out.length} of ${texts.length} texts`));
    });
  });
}
