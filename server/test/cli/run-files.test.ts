// Which files get linted, and how bad input is handled, against the stand-in engine.
import assert from 'node:assert/strict';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { JsonFinding } from '../../src/cli/formatters/json.js';
import { REPORT_TITLE, runFake, tempDir } from './helpers.js';

const files = (stdout: string): string[] => [...new Set((JSON.parse(stdout) as JsonFinding[]).map((f) => f.file))];

describe('files, folders, globs and stdin', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  const report = `${REPORT_TITLE}\n\nWARN\n`;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    for (const sub of ['docs/2023', 'docs/node_modules/x', 'docs/.hidden', 'empty']) await mkdir(join(dir, sub), { recursive: true });
    for (const f of ['docs/a.md', 'docs/2023/b.markdown', 'docs/2023/c.MD', 'docs/node_modules/x/n.md', 'docs/.hidden/h.md', 'docs/.dot.md', 'docs/notes.txt']) {
      await writeFile(join(dir, f), report);
    }
  });
  after(() => cleanup());

  it('walks folders for *.md / *.markdown, skipping node_modules and dot-names', async () => {
    const r = await runFake(['docs', '-f', 'json'], dir);
    assert.deepEqual(files(r.stdout.text), ['docs/2023/b.markdown', 'docs/2023/c.MD', 'docs/a.md']);
  });

  it('expands globs and lints each file once', async () => {
    const r = await runFake(['docs/**/*.md', 'docs/a.md', '-f', 'json'], dir);
    assert.deepEqual(files(r.stdout.text), ['docs/a.md']);
    const txt = await runFake(['docs/*.txt', '-f', 'json'], dir);
    assert.deepEqual(files(txt.stdout.text), ['docs/notes.txt']);
  });

  it('exit 2 for a missing file or a glob without matches, after linting the rest', async () => {
    const r = await runFake(['nope.md', 'docs/a.md', 'nothing/*.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr.text, /nope\.md：文件或文件夹不存在/);
    assert.match(r.stderr.text, /没有与“nothing\/\*\.md”匹配的文件/);
    assert.match(r.stdout.text, /docs\/a\.md/);
    const en = await runFake(['nope.md', '--lang', 'en'], dir);
    assert.match(en.stderr.text, /nope\.md: no such file or folder/);
  });

  it('an empty folder is a note, not a failure', async () => {
    const r = await runFake(['empty'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stderr.text, /empty：文件夹中没有 Markdown 文件/);
  });

  it('exit 2 for an unreadable folder', { skip: process.getuid?.() === 0 ? 'root can read any folder' : false }, async () => {
    await mkdir(join(dir, 'locked'));
    await chmod(join(dir, 'locked'), 0);
    try {
      const r = await runFake(['locked'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr.text, /locked：无法读取文件夹/);
    } finally {
      await chmod(join(dir, 'locked'), 0o755);
    }
  });

  it('reads stdin for -, named by --stdin-filename', async () => {
    const r = await runFake(['-', '-f', 'json'], dir, `${REPORT_TITLE}\nERR\n`);
    assert.equal(r.code, 1);
    assert.deepEqual(files(r.stdout.text), ['<stdin>']);
    const named = await runFake(['-', '--stdin-filename', 'x/y.md', '-f', 'github'], dir, Buffer.from(`\ufeff${REPORT_TITLE}\nERR\n`));
    assert.equal(named.stdout.text, '::error file=x/y.md,line=2,col=1,endLine=2,endColumn=4,title=T001::发现 ERR\n');
  });
});

describe('undecodable and non-report files', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  const latin1 = Buffer.from([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]); // "# café" in Latin-1: neither UTF-8 nor GB18030
  const withNul = Buffer.from(`${REPORT_TITLE}\n\u0000FIXME\n`);
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    await writeFile(join(dir, 'gbk.md'), latin1);
    await writeFile(join(dir, 'nul.md'), withNul);
    await writeFile(join(dir, 'readme.md'), '# Hello\n\nWARN ERR\n');
    await writeFile(join(dir, 'ok.md'), `${REPORT_TITLE}\n\nWARN\n`);
  });
  after(() => cleanup());

  it('exit 2 with a clear message, the rest still linted, nothing written', async () => {
    const r = await runFake(['gbk.md', 'nul.md', 'ok.md', '--fix'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr.text, /gbk\.md：无法解码（不是 UTF-8、带 BOM 的 UTF-16 或 GB18030\/GBK 文本），已跳过，文件未改动/);
    assert.match(r.stderr.text, /nul\.md：含有 NUL 字节，不是文本文件/);
    assert.match(r.stdout.text, /ok\.md/);
    assert.deepEqual(await readFile(join(dir, 'gbk.md')), latin1);
    assert.deepEqual(await readFile(join(dir, 'nul.md')), withNul);
    const en = await runFake(['gbk.md', '--lang', 'en'], dir);
    assert.match(en.stderr.text, /gbk\.md: cannot be decoded \(not UTF-8, UTF-16 with a BOM or GB18030\/GBK text\), skipped and left untouched/);
  });

  it('skips a file that is not a report with a one-line note, exit 0', async () => {
    const r = await runFake(['readme.md'], dir);
    assert.deepEqual([r.code, r.stdout.text, r.stderr.text], [0, '', 'disclosure-lint: readme.md：不是年度报告，已跳过\n']);
    const en = await runFake(['readme.md', '--lang', 'en'], dir);
    assert.equal(en.stderr.text, 'disclosure-lint: readme.md: not an annual report, skipped\n');
  });

  it('--force lints it anyway', async () => {
    const r = await runFake(['readme.md', '--force'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout.text, /T001/);
  });
});
