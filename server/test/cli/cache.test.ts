// --cache: a second run over unchanged files lints nothing and prints exactly what a plain run prints;
// a changed file, configuration (rules and severities, given on the command line or in a config file)
// or engine version is linted again. A missing or corrupt cache file is an empty cache.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fs from 'node:fs';
import { after, before, describe, it, mock } from 'node:test';
import { engineIdentity } from '../../src/cli/cache.js';
import { RACY_MS } from '../../src/cli/file-memo.js';
import { runCli } from '../../src/cli/run.js';
import type { Engine } from '../../src/cli/types.js';
import { fakeEngine, fakeIo, REPORT_TITLE, tempDir } from './helpers.js';
import { NOT_BUILT, reportsCopy, runBin } from './throughput-helpers.js';

let linted: string[] = [];
function engine(version: string): Engine {
  return { ...fakeEngine, version, lint: (text, options) => (linted.push(text.split('\n')[2] ?? ''), fakeEngine.lint(text, options)) };
}

async function run(dir: string, args: string[], version = '1'): Promise<{ code: number; out: string; err: string; linted: string[] }> {
  linted = [];
  const f = fakeIo(dir);
  const code = await runCli(['.', '--no-color', ...args], f.io, engine(version), version);
  return { code, out: f.stdout.text, err: f.stderr.text, linted: linted.sort() };
}

describe('--cache (in-process, a stand-in engine)', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    for (const [name, body] of [['a.md', 'ERR WARN'], ['b.md', 'FIXME NOTE'], ['c.md', 'nothing']] as const) await writeFile(join(dir, name), `${REPORT_TITLE}\n\n${body}\n`);
    await writeFile(join(dir, 'notes.md'), 'not a report\n');
  });
  after(() => cleanup());

  it('answers a second run from the cache file, with the output of a plain run', async () => {
    const plain = await run(dir, []);
    const first = await run(dir, ['--cache']);
    const second = await run(dir, ['--cache']);
    assert.deepEqual(first.linted, ['', 'ERR WARN', 'FIXME NOTE', 'nothing']);
    assert.deepEqual(second.linted, []);
    for (const r of [first, second]) assert.deepEqual({ code: r.code, out: r.out, err: r.err }, { code: plain.code, out: plain.out, err: plain.err });
    assert.match(await readFile(join(dir, '.disclosure-lint-cache'), 'utf8'), /disclosure-lint-cache/u);
  });

  it('leaves the cache file as it is after a run answered wholly from it', async () => {
    await run(dir, ['--cache']);
    // Past RACY_MS the files are remembered (file-memo.ts), which writes the file once more.
    await new Promise((r) => setTimeout(r, RACY_MS + 100));
    await run(dir, ['--cache']);
    const file = join(dir, '.disclosure-lint-cache');
    const before = { text: await readFile(file, 'utf8'), mtime: (await stat(file)).mtimeMs };
    await new Promise((r) => setTimeout(r, 20));
    const again = await run(dir, ['--cache']);
    assert.deepEqual(again.linted, []);
    assert.deepEqual({ text: await readFile(file, 'utf8'), mtime: (await stat(file)).mtimeMs }, before);
  });

  it('answers clean reports, long ones and others in every mode as a plain run does', async () => {
    const own = await tempDir();
    try {
      for (const [name, body] of [['a.md', 'ERR WARN'], ['c.md', 'nothing'], ['d.md', 'nothing at all, and a much longer text than the others']] as const) {
        await writeFile(join(own.dir, name), `${REPORT_TITLE}\n\n${body}\n`);
      }
      await writeFile(join(own.dir, 'notes.md'), 'not a report\n');
      // --max-file-size warns about a long file however its result is had; --quiet; --max-file-size 0 (no limit).
      for (const args of [['--max-file-size', '50', '--lang', 'en'], ['--quiet'], ['--max-file-size', '0'], ['-f', 'json']]) {
        const plain = await run(own.dir, args);
        await run(own.dir, ['--cache', ...args]);
        const warm = await run(own.dir, ['--cache', ...args]);
        assert.deepEqual(warm.linted, [], args.join(' '));
        assert.deepEqual({ code: warm.code, out: warm.out, err: warm.err }, { code: plain.code, out: plain.out, err: plain.err }, args.join(' '));
        if (args[0] === '--max-file-size' && args[1] !== '0') assert.match(warm.err, /d\.md: \d+ characters, more than --max-file-size \(50\)/u);
      }
    } finally {
      await own.cleanup();
    }
  });

  it('lints again a changed file, changed rules or severities, and another engine version', async () => {
    await run(dir, ['--cache']);
    await writeFile(join(dir, 'c.md'), `${REPORT_TITLE}\n\nWARN now\n`);
    const changed = await run(dir, ['--cache']);
    assert.deepEqual(changed.linted, ['WARN now']);
    assert.equal(changed.out, (await run(dir, [])).out);
    const rules = await run(dir, ['--cache', '--rule', 'T002=off']);
    assert.equal(rules.linted.length, 4);
    assert.equal(rules.out, (await run(dir, ['--rule', 'T002=off'])).out);
    assert.equal((await run(dir, ['--cache', '--rule', 'T002=off'])).linted.length, 0);
    assert.equal((await run(dir, ['--cache', '--lang', 'en'])).linted.length, 4);
    assert.equal((await run(dir, ['--cache'], '2')).linted.length, 4);
    assert.equal((await run(dir, ['--cache'], '2')).linted.length, 0);
  });

  it('lints again when a configuration file changes the rules', async () => {
    await run(dir, ['--cache']);
    await writeFile(join(dir, '.disclosure-lint.json'), JSON.stringify({ rules: { T001: 'warning' } }));
    try {
      const r = await run(dir, ['--cache']);
      assert.equal(r.linted.length, 4);
      assert.equal(r.out, (await run(dir, [])).out);
      assert.match(r.out, /warning|警告/u);
    } finally {
      await writeFile(join(dir, '.disclosure-lint.json'), '{}');
    }
  });

  it('--cache-location: a file, or a folder to put it in; a corrupt file is an empty cache', async () => {
    await mkdir(join(dir, 'cache'), { recursive: true });
    await run(dir, ['--cache', '--cache-location', 'cache']);
    assert.equal((await run(dir, ['--cache', '--cache-location', 'cache/'])).linted.length, 0);
    await writeFile(join(dir, 'cache/.disclosure-lint-cache'), '{ not json');
    const r = await run(dir, ['--cache', '--cache-location', 'cache']);
    assert.equal(r.linted.length, 4);
    assert.equal(r.code, (await run(dir, [])).code);
    await run(dir, ['--cache', '--cache-location', 'my.cache']);
    assert.equal((await run(dir, ['--cache', '--cache-location', 'my.cache'])).linted.length, 0);
  });
});

describe('--cache remembers unchanged files (file-memo.ts)', () => {
  it('a run over files older than RACY_MS reads none of them again, and still sees a same-size change with the old times', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      for (const [name, body] of [['a.md', 'ERR WARN'], ['b.md', 'nothing']] as const) {
        await writeFile(join(dir, name), `${REPORT_TITLE}\n\n${body}\n`);
        await utimes(join(dir, name), 1_700_000_000, 1_700_000_000);
      }
      await new Promise((r) => setTimeout(r, RACY_MS + 100));
      const cold = await run(dir, ['--cache']);
      assert.deepEqual(cold.linted, ['ERR WARN', 'nothing']);
      const file = await readFile(join(dir, '.disclosure-lint-cache'), 'latin1');
      assert.equal(file.split('\n').filter((line) => /^f\d*\|/u.test(line)).length, 2, 'both files remembered');
      assert.equal((await run(dir, ['--cache'])).linted.length, 0);
      // Answered from the cache, in every format, without reading a report: the findings come with
      // where the lines start, and a file without findings needs no text.
      await run(dir, ['--write-baseline', 'base.json']);
      await writeFile(join(dir, 'a.md'), `${REPORT_TITLE}\n\nERR WARN\n`); // its ctime moves: read again once
      await utimes(join(dir, 'a.md'), 1_700_000_000, 1_700_000_000);
      await new Promise((r) => setTimeout(r, RACY_MS + 100));
      await run(dir, ['--cache']);
      for (const format of [[], ['-f', 'json'], ['-f', 'sarif'], ['-f', 'github'], ['--baseline', 'base.json']]) {
        const plain = await run(dir, format);
        const reads: string[] = [];
        const original = fs.readFileSync;
        const spy = mock.method(fs, 'readFileSync', (...args: Parameters<typeof fs.readFileSync>) => {
          if (String(args[0]).endsWith('.md')) reads.push(String(args[0]));
          return original(...args);
        });
        try {
          const warm = await run(dir, ['--cache', ...format]);
          assert.deepEqual({ out: warm.out, err: warm.err, code: warm.code }, { out: plain.out, err: plain.err, code: plain.code }, format.join(' '));
        } finally {
          spy.mock.restore();
        }
        // A baseline fingerprints findings by their text: only the file with findings is read for it.
        const expected = format[0] === '--baseline' ? [join(dir, 'a.md')] : [];
        assert.deepEqual(reads, expected, `${format.join(' ') || 'stylish'}: no report read but for the baseline`);
      }
      // The same size, the same modification time: only the change time tells.
      await writeFile(join(dir, 'b.md'), `${REPORT_TITLE}\n\nWARN!!!\n`);
      await utimes(join(dir, 'b.md'), 1_700_000_000, 1_700_000_000);
      const changed = await run(dir, ['--cache']);
      assert.deepEqual(changed.linted, ['WARN!!!']);
      assert.equal(changed.out, (await run(dir, [])).out);
    } finally {
      await cleanup();
    }
  });
});

describe('--cache with last year’s reports (in-process, a stand-in engine that pairs reports)', () => {
  let identified: string[] = [];
  const pairing: Engine = {
    ...engine('1'),
    identify(text) {
      const year = /(\d{4})年/u.exec(text)?.[1];
      identified.push(year ?? '');
      return year ? { agency: '某某县某某局', year: Number(year) } : {};
    },
  };
  const title = (year: number): string => `# 某某县某某局${year}年政府信息公开工作年度报告`;

  async function runPaired(dir: string): Promise<{ out: string; linted: string[]; identified: string[] }> {
    linted = [];
    identified = [];
    const f = fakeIo(dir);
    await runCli(['.', '--no-color', '--cache'], f.io, pairing, '1');
    return { out: f.stdout.text, linted: linted.sort(), identified: identified.sort() };
  }

  it('takes a damaged or misshapen entry for a missing one (the report is identified and linted again)', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await writeFile(join(dir, '2022.md'), `${title(2022)}\n\nWARN 2022\n`);
      await writeFile(join(dir, '2023.md'), `${title(2023)}\n\nNOTE 2023\n`);
      const cold = await runPaired(dir);
      const file = join(dir, '.disclosure-lint-cache');
      const [head, ...lines] = (await readFile(file, 'latin1')).trimEnd().split('\n');
      // Every entry but the files remembered: a value cut short, or of another shape.
      const damaged = lines.map((line, i) => (/^f\d*\|/u.test(line) ? line : line.replace(/\t[^\t]*$/u, i % 2 ? '\t{cut' : '\t7')));
      await writeFile(file, [head, ...damaged].join('\n'));
      const again = await runPaired(dir);
      assert.deepEqual(again, cold);
    } finally {
      await cleanup();
    }
  });

  it('reads identities from the cache, and lints again a report whose last year’s report changed', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await writeFile(join(dir, '2022.md'), `${title(2022)}\n\nWARN 2022\n`);
      await writeFile(join(dir, '2023.md'), `${title(2023)}\n\nNOTE 2023\n`);
      const cold = await runPaired(dir);
      assert.deepEqual(cold.linted, ['NOTE 2023', 'WARN 2022']);
      assert.deepEqual(cold.identified, ['2022', '2023']);
      const warm = await runPaired(dir);
      assert.deepEqual({ linted: warm.linted, identified: warm.identified, out: warm.out }, { linted: [], identified: [], out: cold.out });
      // Last year's report changes: both are linted again (this year's is checked against it); only it is identified again.
      await writeFile(join(dir, '2022.md'), `${title(2022)}\n\nERR 2022\n`);
      const changed = await runPaired(dir);
      assert.deepEqual(changed.linted, ['ERR 2022', 'NOTE 2023']);
      assert.deepEqual(changed.identified, ['2022']);
      assert.deepEqual((await runPaired(dir)).linted, []);
    } finally {
      await cleanup();
    }
  });
});

describe('--cache (the bundle, the real engine, worker threads)', { skip: NOT_BUILT }, () => {
  it('gives the findings of a plain run, cold and warm', async () => {
    const { dir, cleanup } = await reportsCopy();
    try {
      const plain = await runBin(['.', '-f', 'json'], dir);
      const cold = await runBin(['.', '-f', 'json', '--cache', '--jobs', '2'], dir);
      const warm = await runBin(['.', '-f', 'json', '--cache', '--jobs', '2'], dir);
      assert.deepEqual(cold, plain);
      assert.deepEqual(warm, plain);
    } finally {
      await cleanup();
    }
  });

  it('a run answered wholly from the cache never loads the engine (only the CLI’s code cache is written)', async () => {
    const { dir, cleanup } = await reportsCopy();
    const tmp = await mkdtemp(join(tmpdir(), 'disclosure-lint-cc-'));
    try {
      const cold = await runBin(['.', '-f', 'json', '--cache'], dir);
      const warm = await runBin(['.', '-f', 'json', '--cache'], dir, { TMPDIR: tmp, TMP: tmp, TEMP: tmp });
      assert.deepEqual(warm, cold);
      const [folder] = await readdir(tmp);
      assert.equal((await readdir(join(tmp, folder!))).length, 1);
      // Without the code cache the bundles are hashed by the CLI itself: the same engine identity, all hits.
      const file = join(dir, '.disclosure-lint-cache');
      // The engine in the head, and the results' keys (not the files remembered: the copies may have
      // grown old enough to be remembered, RACY_MS, during the runs).
      const results = async (): Promise<{ head: unknown; keys: string[] }> => {
        const [head, ...lines] = (await readFile(file, 'latin1')).trimEnd().split('\n');
        return { head: (JSON.parse(head!) as { engine: string }).engine, keys: lines.map((l) => l.split('\t')[0]!).filter((k) => !/^f\d*\|/u.test(k)).sort() };
      };
      const before = await results();
      const plain = await runBin(['.', '-f', 'json', '--cache'], dir, { DISCLOSURE_LINT_NO_COMPILE_CACHE: '1' });
      assert.deepEqual(plain, cold);
      assert.deepEqual(await results(), before, 'the same engine identity, nothing linted');
    } finally {
      await rm(tmp, { recursive: true, force: true });
      await cleanup();
    }
  });
});

describe('engineIdentity', () => {
  it('stands for the version and the content of every program file (the CLI’s bundle and the engine’s)', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const cli = join(dir, 'cli.js');
      const eng = join(dir, 'engine.js');
      await writeFile(cli, 'cli');
      await writeFile(eng, 'engine 1');
      const first = await engineIdentity('1.0.0', [cli, eng]);
      assert.equal(await engineIdentity('1.0.0', [cli, eng]), first);
      await writeFile(eng, 'engine 2');
      const changed = await engineIdentity('1.0.0', [cli, eng]);
      assert.notEqual(changed, first, 'the engine’s bundle changed');
      assert.notEqual(await engineIdentity('1.0.1', [cli, eng]), changed, 'the version changed');
      // Hashes known already stand for the files (bin/disclosure-lint.js and the build give them):
      // the same identity as reading them, so DISCLOSURE_LINT_NO_COMPILE_CACHE keeps the cache.
      const sha = (text: string): string => createHash('sha256').update(text).digest('base64url');
      assert.equal(await engineIdentity('1.0.0', [cli, eng], `${sha('cli')}.${sha('engine 2')}`), changed);
      assert.equal(await engineIdentity('1.0.0', [join(dir, 'gone.js')], 'a.b'), await engineIdentity('1.0.0', [], 'a.b'));
      assert.notEqual(await engineIdentity('1.0.0', [], 'a.b'), await engineIdentity('1.0.0', [], 'a.c'));
    } finally {
      await cleanup();
    }
  });
});
