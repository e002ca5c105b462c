// Lints in a worker thread for bounded.ts: the texts and options come in workerData, each text's
// findings, time and the process's resident memory around it go back.
import { parentPort, workerData } from 'node:worker_threads';
import { lint, type LintOptions } from '../../src/engine/index.js';

const { texts, options } = workerData as { texts: string[]; options: LintOptions };
for (const text of texts) {
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const result = lint(text, options);
  parentPort!.postMessage({ findings: result.findings, ms: performance.now() - t0, rssBefore, rssAfter: process.memoryUsage().rss });
}
