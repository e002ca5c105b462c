// Shared by the --jobs, --cache and --shard tests: a folder of real reports (every rule fixture, with
// last year's reports beside this year's) and the bundled CLI run on it as a separate process.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');
export const BIN = join(ROOT, 'bin/disclosure-lint.js');
export const CLI = join(ROOT, 'dist/cli.js');
export const NOT_BUILT = existsSync(CLI) ? false : 'dist/cli.js does not exist: run `node esbuild.mjs` first';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A temporary copy of test-fixtures/rules and test-fixtures/examples (about a hundred reports). */
export async function reportsCopy(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'disclosure-lint-throughput-'));
  const filter = (src: string): boolean => !/\.(?:txt|json)$/u.test(src);
  await cp(join(ROOT, 'test-fixtures/rules'), join(dir, 'rules'), { recursive: true, filter });
  await cp(join(ROOT, 'test-fixtures/examples'), join(dir, 'examples'), { recursive: true, filter });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** bin/disclosure-lint.js (the bundle) in `cwd`, asynchronously, so that tests can run side by side. */
export function runBin(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    p.stdout.on('data', (d: Buffer) => out.push(d));
    p.stderr.on('data', (d: Buffer) => err.push(d));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  ruleId: string;
}

/** JSON findings of several runs merged in the order of one run (by file, then position). */
export function mergeJson(outputs: readonly string[]): JsonFinding[] {
  const all = outputs.flatMap((o) => JSON.parse(o) as JsonFinding[]);
  return all.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
