// --jobs: linting on worker threads started from the bundle itself gives exactly the output of a
// plain run (findings, messages, their order, exit code), and --fix rewrites the same files the same way.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Pool, type Job, type Reply } from '../../src/cli/pool.js';
import { handle } from '../../src/cli/worker.js';
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
  const o: CliOptions = { patterns: ['.'], format: 'json', fix: false, fixDryRun: false, maxWarnings: -1, lang: 'en', lint: { lang: 'en' }, quiet: false, exitZero: false, noColor: true, help: false, version: false };
  const jobFor = (dir: string, path: string): Job => ({ kind: 'lint', target: { kind: 'file', abs: join(dir, path), path }, o, lang: 'en', cwd: dir, maxFileSize: 10, engineKey: 'k' });

  it('serves lint jobs on as many threads as asked', async () => {
    const { dir, cleanup } = await reportsCopy();
    const pool = new Pool(CLI, 2);
    try {
      const job = jobFor(dir, 'examples/2019-defects.md');
      const replies = await Promise.all([pool.run(job), pool.run(job)]);
      assert.equal(pool.started, 2);
      const [a, b] = replies;
      assert.equal(a?.outcome?.kind, 'linted');
      assert.deepEqual(b, a);
      assert.ok(a?.outcome?.kind === 'linted' && a.outcome.result.findings.length > 0);
      assert.match(a?.said?.[0] ?? '', /more than --max-file-size \(10\)/u);
      assert.equal(a?.entries?.length, 1, 'the result, to cache');
    } finally {
      await pool.close();
      await cleanup();
    }
  });

  it('lints the text the job brings, read already, instead of reading the file again', async () => {
    const { dir, cleanup } = await reportsCopy();
    const pool = new Pool(CLI, 1);
    try {
      const job = { ...jobFor(dir, 'examples/2019-defects.md'), decoded: { ok: true as const, text: 'not a report\n', encoding: 'utf8' as const, bom: false } };
      const reply = await pool.run(job);
      assert.equal(reply.outcome?.kind, 'skipped');
      assert.equal((await pool.run(jobFor(dir, 'examples/2019-defects.md'))).outcome?.kind, 'linted');
    } finally {
      await pool.close();
      await cleanup();
    }
  });

  it('keeps each worker a few jobs ahead and gives each job its own reply', async () => {
    const { dir, cleanup } = await reportsCopy();
    const pool = new Pool(CLI, 2).start();
    try {
      const paths = (await readdir(join(dir, 'examples'))).filter((f) => f.endsWith('.md')).map((f) => `examples/${f}`);
      const many = [...paths, ...paths, ...paths];
      const replies = await Promise.all(many.map((p) => pool.run(jobFor(dir, p))));
      assert.equal(pool.started, 2);
      for (const [i, r] of replies.entries()) {
        const path = r.outcome?.kind === 'linted' ? r.outcome.result.path : undefined;
        assert.ok(path === undefined || path === many[i], `${many[i]} got the reply of ${path}`);
        assert.deepEqual(r, replies[i % paths.length]);
      }
    } finally {
      await pool.close();
    }
    await cleanup();
  });

  it('with the main thread as one more worker: it takes jobs too, one at a time, with the same replies', async () => {
    const { dir, cleanup } = await reportsCopy();
    let here = 0;
    let running = 0;
    const local = async (job: Job): Promise<Reply> => {
      here++;
      assert.equal(running++, 0, 'one job at a time on the main thread');
      try {
        return await handle(job);
      } finally {
        running--;
      }
    };
    const pool = new Pool(CLI, 1, local);
    try {
      const paths = (await readdir(join(dir, 'examples'))).filter((f) => f.endsWith('.md')).map((f) => `examples/${f}`);
      const many = [...paths, ...paths, ...paths, ...paths];
      const replies = await Promise.all(many.map((p) => pool.run(jobFor(dir, p))));
      assert.equal(pool.started, 1);
      assert.ok(here > 0 && here < many.length, `the main thread ran ${here} of ${many.length}`);
      for (const [i, r] of replies.entries()) assert.deepEqual(r, replies[i % paths.length], many[i]);
      const alone = await Promise.all(paths.map((p) => handle(jobFor(dir, p))));
      assert.deepEqual(replies.slice(0, paths.length), alone, 'a worker thread and the main thread give the same replies');
    } finally {
      await pool.close();
      await cleanup();
    }
  });

  it('fails only the job a worker died on; the jobs sent after it are run by another', async () => {
    const { dir, cleanup } = await reportsCopy();
    const pool = new Pool(CLI, 1);
    try {
      const fine = jobFor(dir, 'examples/2019-defects.md');
      const deadly = { ...fine, target: undefined } as unknown as Job; // the worker throws outside lintTarget
      const runs = [pool.run(fine), pool.run(deadly), pool.run(fine), pool.run(fine)];
      const settled = await Promise.allSettled(runs);
      assert.deepEqual(settled.map((s) => s.status), ['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      assert.deepEqual(settled[3], settled[0]);
    } finally {
      await pool.close();
      await cleanup();
    }
  });
});
