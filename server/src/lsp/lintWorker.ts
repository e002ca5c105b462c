// The worker side of backgroundLint.ts: lints each text it is sent and sends the result back.
// Large texts are parsed piece by piece (ParseCache), which keeps the parser's peak memory to one
// piece's; the tree, and so the findings, are those of a whole parse.
import { parentPort } from 'node:worker_threads';
import { ParseCache, buildReport, lintReport } from '../engine/index.js';
import type { LintJob } from './backgroundLint.js';

export function serveLintJobs(): void {
  parentPort?.on('message', (job: LintJob) => {
    const result = lintReport(buildReport(job.text, job.options, new ParseCache()), job.options);
    parentPort?.postMessage(result);
  });
}
