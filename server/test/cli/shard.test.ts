// --shard i/n: every file in exactly one shard, chosen by a stable hash of its relative path (not its
// position), and the shards together give the findings of a plain run, pairing across shards included.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseShard, shardOf, stableHash } from '../../src/cli/shard.js';
import { REPORT_TITLE, runFake, tempDir } from './helpers.js';
import { mergeJson, NOT_BUILT, reportsCopy, runBin } from './throughput-helpers.js';

describe('--shard', () => {
  it('parses i/n', () => {
    assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
    assert.deepEqual(parseShard(' 1 / 1 '), { index: 1, count: 1 });
    for (const bad of ['0/2', '3/2', '1/0', '1', 'a/b', '-1/2', '1/2/3']) assert.equal(parseShard(bad), undefined, bad);
  });

  it('hashes the path the same way on every machine (FNV-1a over UTF-8, forward slashes)', () => {
    assert.equal(stableHash(''), 0x811c9dc5);
    assert.equal(stableHash('a'), 0xe40c292c);
    assert.equal(stableHash('reports\\2021\\某某局.md'), stableHash('reports/2021/某某局.md'));
    assert.equal(shardOf('reports/2021/某某局.md', 7), (stableHash('reports/2021/某某局.md') % 7) + 1);
  });

  describe('on a file set (a stand-in engine)', () => {
    let dir = '';
    let cleanup = async (): Promise<void> => undefined;
    before(async () => {
      ({ dir, cleanup } = await tempDir());
      await mkdir(join(dir, 'sub'));
      for (let i = 0; i < 40; i++) await writeFile(join(dir, i % 2 ? `sub/r${i}.md` : `r${i}.md`), `${REPORT_TITLE}\n\n${['ERR', 'WARN', 'NOTE', 'x'][i % 4]} ${i}\n`);
    });
    after(() => cleanup());

    it('puts every file in exactly one shard, and the shards give the findings of a plain run', async () => {
      const plain = await runFake(['.', '-f', 'json'], dir);
      const parts = await Promise.all([1, 2, 3].map((i) => runFake(['.', '-f', 'json', '--shard', `${i}/3`], dir)));
      const files = parts.map((p) => new Set((JSON.parse(p.stdout.text) as Array<{ file: string }>).map((f) => f.file)));
      for (const [i, set] of files.entries()) assert.ok(set.size > 0, `shard ${i + 1} has files`);
      assert.equal(files.reduce((n, s) => n + s.size, 0), new Set(files.flatMap((s) => [...s])).size, 'no file in two shards');
      assert.deepEqual(mergeJson(parts.map((p) => p.stdout.text)), JSON.parse(plain.stdout.text));
    });

    it('does not move a file when others are added', async () => {
      const before = (await runFake(['.', '-f', 'json', '--shard', '2/3'], dir)).stdout.text;
      await writeFile(join(dir, 'a-new.md'), `${REPORT_TITLE}\n\nok\n`);
      const after = JSON.parse((await runFake(['.', '-f', 'json', '--shard', '2/3'], dir)).stdout.text) as Array<{ file: string }>;
      const kept = after.filter((f) => f.file !== 'a-new.md');
      assert.deepEqual(kept, JSON.parse(before));
    });

    it('rejects a bad value and standard input', async () => {
      for (const args of [['.', '--shard', '3/2'], ['-', '--shard', '1/2']]) {
        const r = await runFake(args, dir);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr.text, /--shard/u);
      }
    });
  });

  it('gives the findings of a plain run with the real engine, last year\'s reports in other shards', { skip: NOT_BUILT }, async () => {
    const { dir, cleanup } = await reportsCopy();
    try {
      const [plain, ...parts] = await Promise.all([runBin(['.', '-f', 'json'], dir), ...[1, 2, 3].map((i) => runBin(['.', '-f', 'json', '--shard', `${i}/3`, '--jobs', '2'], dir))]);
      assert.deepEqual(mergeJson(parts.map((p) => p.stdout)), JSON.parse(plain.stdout));
      assert.ok(mergeJson([plain.stdout]).some((f) => f.ruleId === 'DL601'), 'cross-report findings are there');
    } finally {
      await cleanup();
    }
  });
});
