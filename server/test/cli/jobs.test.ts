// --jobs: linting on worker threads started from the bundle itself gives exactly the output of a
// plain run (findings, messages, their order, exit code), and --fix rewrites the same files the same way.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Pool } from '../../src/cli/pool.js';
import type { CliOptions } from '../../src/cli/types.js';
import { CLI, NOT_BUILT, reportsCopy, runBin } from './throughput-helpers.js';

async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name).slice(dir.length)] = await readFile(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

describe('--jobs', { skip: NOT_BUILT }, () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  before(async () => ({ dir, cleanup } = await reportsCopy()));
  after(() => cleanup());

  it('gives the output of a plain run, in every format, on any number of threads', async () => {
    const [plainJson, json2, plainStylish, stylish3] = await Promise.all([
      runBin(['.', '-f', 'json', '--jobs', '1'], dir),
      runBin(['.', '-f', 'json', '--jobs', '2'], dir),
      runBin(['.', '--jobs', '1'], dir),
      runBin(['.', '--jobs', '3'], dir),
    ]);
    assert.equal(plainJson.code, 1, plainJson.stderr);
    assert.ok((JSON.parse(plainJson.stdout) as unknown[]).length > 100, 'the fixtures have findings');
    assert.deepEqual(json2, plainJson);
    assert.deepEqual(stylish3, plainStylish);
    assert.match(plainStylish.stdout, /DL601/u, 'reports were paired with last year\'s');
  });

  it('--fix rewrites the same files the same way', async () => {
    const copies = await Promise.all([reportsCopy(), reportsCopy()]);
    try {
      const [one, two] = await Promise.all([runBin(['.', '--fix', '--jobs', '1'], copies[0].dir), runBin(['.', '--fix', '--jobs', '2'], copies[1].dir)]);
      assert.deepEqual(two, one);
      const [a, b] = await Promise.all([tree(copies[0].dir), tree(copies[1].dir)]);
      assert.deepEqual(b, a);
      assert.notDeepEqual(a, await tree(dir), 'something was fixed');
    } finally {
      await Promise.all(copies.map((c) => c.cleanup()));
    }
  });

  it('rejects a bad value', async () => {
    const r = await runBin(['.', '--jobs', '0'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--jobs/u);
  });
});

describe('the bundle as a worker script', { skip: NOT_BUILT }, () => {
  it('serves lint and identity jobs on as many threads as asked', async () => {
    const { dir, cleanup } = await reportsCopy();
    const pool = new Pool(CLI, 2);
    try {
      const abs = join(dir, 'examples/2019-defects.md');
      const o: CliOptions = { patterns: ['.'], format: 'json', fix: false, fixDryRun: false, maxWarnings: -1, lang: 'en', lint: { lang: 'en' }, quiet: false, exitZero: false, noColor: true, help: false, version: false };
      const job = { kind: 'lint' as const, target: { kind: 'file' as const, abs, path: 'examples/2019-defects.md' }, o, lang: 'en' as const, cwd: dir, maxFileSize: 10, engineKey: 'k' };
      const replies = await Promise.all([pool.run(job), pool.run(job), pool.run({ kind: 'identify', text: await readFile(abs, 'utf8'), engineKey: 'k' })]);
      assert.equal(pool.started, 2);
      const [a, b, id] = replies;
      assert.equal(a?.outcome?.kind, 'linted');
      assert.deepEqual(b, a);
      assert.ok(a?.outcome?.kind === 'linted' && a.outcome.result.findings.length > 0);
      assert.match(a?.said?.[0] ?? '', /more than --max-file-size \(10\)/u);
      assert.equal(a?.entries?.length, 1, 'the result, to cache');
      assert.equal(typeof (id?.entries?.[0]?.[1] as { year?: number }).year, 'number');
    } finally {
      await pool.close();
      await cleanup();
    }
  });
});
