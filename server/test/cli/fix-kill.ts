// Helpers of fix-safety.test.ts: large reports (so that writing one takes a while), a --fix run
// killed the moment a temporary file appears, and the id of a process that has ended.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';
import { REPORT_TITLE } from './helpers.js';

const ROOT = join(import.meta.dirname, '../../..');
const CHILD = join(ROOT, 'server/test/cli/fix-child.ts');

/** The size of the text after a report's first lines: about 2 MB, written in four chunks of 512 KiB. */
const FILLER = Buffer.from('本年度主动公开政府信息，依申请公开政府信息，办理行政复议和行政诉讼。\n'.repeat(20_000));

/** A report named `name` with one `word` (FIXME, fixed into FIXED), then FILLER; the bytes differ per name. */
export function bigReport(name: string, word: 'FIXME' | 'FIXED'): Buffer {
  return Buffer.concat([Buffer.from(`${REPORT_TITLE}\n\n一、总体情况 ${word} ${name}\n`), FILLER]);
}

/** A temporary file of writeAtomic: `.<name>.<pid>.<8 hex digits>.tmp`. */
export function isTemp(name: string): boolean {
  return /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/u.test(name);
}

/**
 * Runs `--fix` on `folder` in a child process and SIGKILLs it as soon as the `nth` temporary file
 * to appear in the folder is written to (inotify or the platform's equivalent: no polling, no sleep).
 */
export async function killAtTemp(folder: string, nth: number): Promise<void> {
  const seen = new Set<string>();
  let child: ReturnType<typeof spawn> | undefined;
  const watcher = watch(folder, (event, name) => {
    if (name === null || !isTemp(name)) return;
    seen.add(name);
    // Its first bytes are written (a change after the creation): the rest is being written now.
    // A later file begun (its change events were not reported): kill anyway; the caller tries again.
    if ((seen.size === nth && event === 'change') || seen.size > nth) child?.kill('SIGKILL');
  });
  try {
    child = spawn(process.execPath, ['--import', 'tsx', CHILD, folder, '--fix', '--max-file-size', '0'], { cwd: ROOT, stdio: 'ignore' });
    const running = child;
    const signal = await new Promise<NodeJS.Signals | null>((done) => running.on('exit', (_code, s) => done(s)));
    if (signal !== 'SIGKILL') throw new Error(`the --fix run ended (${signal ?? running.exitCode}) before ${nth} temporary files appeared (${seen.size} did)`);
  } finally {
    watcher.close();
  }
}

/** The id of a process that has just ended (and been reaped). */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((done) => child.on('exit', done));
  if (child.pid === undefined) throw new Error('no process started');
  return child.pid;
}
