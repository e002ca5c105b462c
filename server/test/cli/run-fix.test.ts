// --fix and --fix-dry-run against the stand-in engine (FIXME → FIXED), on temp copies.
import assert from 'node:assert/strict';
import { chmod, lstat, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { JsonFinding } from '../../src/cli/formatters/json.js';
import { REPORT_TITLE, runFake, tempDir } from './helpers.js';

const BOM = '\ufeff';
const crlf = (s: string): string => s.replace(/\n/g, '\r\n');

describe('--fix', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('rewrites a fixable file, keeping BOM, CRLF and mode, and reports what is left', async () => {
    const file = join(dir, 'r.md');
    await writeFile(file, BOM + crlf(`${REPORT_TITLE}\n\n一 FIXME 二 FIXME\nSPLIT ERR\n`));
    await chmod(file, 0o640);
    const r = await runFake(['r.md', '--fix', '-f', 'json'], dir);
    assert.equal(r.code, 1);
    // The CLI writes the engine's text as it is: BOM restored, line endings untouched.
    assert.equal(await readFile(file, 'utf8'), BOM + crlf(`${REPORT_TITLE}\n\n一 FIXED 二 FIXED\nSP\nLIT ERR\n`));
    assert.equal((await stat(file)).mode & 0o777, 0o640);
    const left = JSON.parse(r.stdout.text) as JsonFinding[];
    assert.deepEqual(left.map((f) => [f.ruleId, f.line, f.column]), [['T001', 5, 5]]);
    assert.deepEqual(await readdir(dir), ['r.md'], 'no temporary file left behind');
  });

  it('leaves a file without fixable findings untouched', async () => {
    const file = join(dir, 'r.md');
    await writeFile(file, `${REPORT_TITLE}\n\nWARN\n`);
    const before = await stat(file);
    const r = await runFake(['r.md', '--fix'], dir);
    assert.equal(r.code, 0);
    const afterFix = await stat(file);
    assert.deepEqual([afterFix.ino, afterFix.mtimeMs], [before.ino, before.mtimeMs]);
  });

  it('never writes a file that is not a report', async () => {
    const file = join(dir, 'readme.md');
    await writeFile(file, '# Hello FIXME\n');
    const r = await runFake(['readme.md', '--fix'], dir);
    assert.equal(r.code, 0);
    assert.equal(await readFile(file, 'utf8'), '# Hello FIXME\n');
  });

  it('rewrites the target of a symlink, not the link', async () => {
    await writeFile(join(dir, 'real.md'), `${REPORT_TITLE}\nFIXME\n`);
    await symlink('real.md', join(dir, 'link.md'));
    await runFake(['link.md', '--fix'], dir);
    assert.equal(await readFile(join(dir, 'real.md'), 'utf8'), `${REPORT_TITLE}\nFIXED\n`);
    assert.ok((await lstat(join(dir, 'link.md'))).isSymbolicLink());
  });

  it('on stdin prints the fixed text to stdout and the report to stderr', async () => {
    const input = BOM + crlf(`${REPORT_TITLE}\nFIXME ERR\n`);
    const r = await runFake(['-', '--fix'], dir, input);
    assert.equal(r.code, 1);
    assert.equal(r.stdout.text, BOM + crlf(`${REPORT_TITLE}\nFIXED ERR\n`));
    assert.match(r.stderr.text, /<stdin>\n {2}2:7 {2}错误/);
  });
});

describe('--fix-dry-run', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('prints the fixed text of one file and writes nothing', async () => {
    const text = `${REPORT_TITLE}\nFIXME\n`;
    await writeFile(join(dir, 'r.md'), text);
    const r = await runFake(['r.md', '--fix-dry-run'], dir);
    assert.deepEqual([r.code, r.stdout.text, r.stderr.text], [0, `${REPORT_TITLE}\nFIXED\n`, '']);
    assert.equal(await readFile(join(dir, 'r.md'), 'utf8'), text);
  });

  it('prints an unfixable or non-report text unchanged', async () => {
    const r = await runFake(['-', '--fix-dry-run', '-o', 'out.json', '-f', 'json'], dir, '# Hello\n');
    assert.deepEqual([r.code, r.stdout.text], [0, '# Hello\n']);
    assert.match(r.stderr.text, /不是年度报告/);
    assert.deepEqual(JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')), []);
  });

  it('refuses more than one file', async () => {
    await writeFile(join(dir, 'a.md'), `${REPORT_TITLE}\n`);
    await writeFile(join(dir, 'b.md'), `${REPORT_TITLE}\n`);
    const r = await runFake(['.', '--fix-dry-run'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr.text, /--fix-dry-run 只能用于单个文件或标准输入，实际有 2 个文件/);
    assert.equal(r.stdout.text, '');
  });
});
