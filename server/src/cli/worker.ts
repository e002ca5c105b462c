// The worker-thread side of --jobs. The bundle dist/cli.js is its own worker script: main.ts imports
// this module, so when the bundle is loaded in a worker thread whose workerData carries WORKER_MARK,
// it serves jobs here instead of running a command line. Each lint job runs lintTarget() exactly as a
// plain run does, so a parallel run gives the same findings, messages and fixes.
import { Writable, Readable } from 'node:stream';
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { fixAll, findRuleMeta, lint, reportIdentity } from '../engine/index.js';
import { cachingEngine, recorder, sizeChecked } from './cached-engine.js';
import { lintTarget } from './lint-target.js';
import { messages } from './messages.js';
import { perfMessages } from './perf-messages.js';
import { WORKER_MARK, type Job, type Reply } from './pool.js';
import type { CliIo, Engine } from './types.js';

/**
 * The file a worker thread starts from: the bundle (a .js file). Undefined when running from the
 * TypeScript sources (tests through tsx), where the CLI lints on the main thread.
 */
export const WORKER_FILE: string | undefined = typeof __filename === 'string' && /\.c?js$/u.test(__filename) ? __filename : undefined;

const ENGINE: Engine = { lint, fixAll, findRuleMeta, identify: reportIdentity };

function quietIo(cwd: string): CliIo {
  const sink = new Writable({ write: (_c, _e, done) => done() });
  return { stdin: Readable.from([]), stdout: sink, stderr: sink, cwd };
}

async function handle(job: Job): Promise<Reply> {
  const rec = recorder();
  if (job.kind === 'identify') {
    cachingEngine(ENGINE, job.engineKey, rec).identify?.(job.text);
    return { entries: rec.entries };
  }
  const said: string[] = [];
  const say = (line: string): void => void said.push(line);
  const cached = job.engineKey === undefined ? ENGINE : cachingEngine(ENGINE, job.engineKey, rec);
  const tooLarge = (size: number): void => say(perfMessages(job.lang).tooLarge(job.target.path, size, job.maxFileSize));
  const engine = sizeChecked(cached, job.maxFileSize, tooLarge);
  const env = { o: job.o, io: quietIo(job.cwd), engine, m: messages(job.lang), say, ...(job.previous ? { previous: job.previous } : {}) };
  const outcome = await lintTarget(job.target, env);
  return { outcome, said, entries: rec.entries };
}

function serve(port: MessagePort): void {
  port.on('message', (job: Job) => {
    handle(job).then(
      (reply) => port.postMessage(reply),
      (err: unknown) => {
        // lintTarget reports its own failures; anything else ends this worker (the pool replaces it).
        throw err;
      },
    );
  });
}

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[WORKER_MARK] === true) serve(parentPort);
