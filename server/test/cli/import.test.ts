// `disclosure-lint import`: stdout or a new file, never the source, refusals and help in both
// languages, legacy encodings; and the lint command line still works beside it.
import assert from 'node:assert/strict';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FIXTURES } from '../helpers/fixtures.js';
import { REPORT_TITLE, runFake, tempDir } from './helpers.js';

// A GB2312 web page (the bytes a legacy site serves): title 某某县某某局2021年政府信息公开工作年度报告, then 一、总体情况.
const GBK_PAGE = Buffer.from(
  '3c68746d6c3e3c686561643e3c6d65746120687474702d65717569763d22436f6e74656e742d547970652220636f6e74656e743d22746578742f68746d6c3b20636861727365743d676232333132223e3c2f686561643e3c626f64793e3c68313ec4b3c4b3cfd8c4b3c4b3bed632303231c4ead5feb8aed0c5cfa2b9abbfaab9a4d7f7c4eab6c8b1a8b8e63c2f68313e3c703ed2bba1a2d7dccce5c7e9bff63c2f703e3c2f626f64793e3c2f68746d6c3e',
  'hex',
);

describe('disclosure-lint import', () => {
  let dir = '';
  let cleanup = async (): Promise<void> => undefined;
  let source = Buffer.alloc(0);
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    await copyFile(join(FIXTURES, 'import', 'heilongjiang-waiban-2020.txt'), join(dir, 'seed.txt'));
    source = await readFile(join(dir, 'seed.txt'));
    await writeFile(join(dir, 'page.htm'), GBK_PAGE);
    await writeFile(join(dir, 'notes.pdf'), 'x');
    await writeFile(join(dir, 'broken.docx'), 'not a zip');
    await writeFile(join(dir, 'report.md'), `${REPORT_TITLE}\n\nWARN\n`);
  });
  after(() => cleanup());

  it('prints the Markdown on stdout and writes nothing', async () => {
    const r = await runFake(['import', 'seed.txt'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout.text, /^# 黑龙江省人民政府外事办公室 2020 年政府信息公开工作年度报告\n/u);
    assert.equal(r.stderr.text, '');
    assert.deepEqual(await readFile(join(dir, 'seed.txt')), source);
  });

  it('writes a new file with -o, and refuses to overwrite it without --force', async () => {
    const first = await runFake(['import', 'seed.txt', '-o', 'seed.md'], dir);
    assert.equal(first.code, 0);
    assert.equal(first.stdout.text, '');
    assert.match(first.stderr.text, /seed\.txt → seed\.md：识别出 7 张统一格式表格/u);
    const written = await readFile(join(dir, 'seed.md'), 'utf8');
    assert.match(written, /^# 黑龙江/u);
    await writeFile(join(dir, 'seed.md'), 'mine');
    const again = await runFake(['import', 'seed.txt', '-o', 'seed.md', '--lang', 'en'], dir);
    assert.equal(again.code, 2);
    assert.match(again.stderr.text, /seed\.md: already exists, not overwritten \(use --force/u);
    assert.equal(await readFile(join(dir, 'seed.md'), 'utf8'), 'mine');
    const forced = await runFake(['import', '--force', '--output=seed.md', 'seed.txt'], dir);
    assert.equal(forced.code, 0);
    assert.equal(await readFile(join(dir, 'seed.md'), 'utf8'), written);
    assert.deepEqual(await readFile(join(dir, 'seed.txt')), source);
  });

  it('never writes over its source, even with --force', async () => {
    const r = await runFake(['import', 'seed.txt', '-o', './seed.txt', '--force'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr.text, /输出文件不能是源文件本身/u);
    assert.deepEqual(await readFile(join(dir, 'seed.txt')), source);
  });

  it('decodes a GB2312 web page', async () => {
    const r = await runFake(['import', 'page.htm'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stdout.text, '# 某某县某某局2021年政府信息公开工作年度报告\n\n## 一、总体情况\n');
  });

  it('says what went wrong, in Chinese or English, with exit code 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['import'], /没有指定要导入的文件/u],
      [['import', '--lang', 'en'], /no file to import given/u],
      [['import', 'a.txt', 'b.txt'], /一次只能导入一个文件，实际有 2 个/u],
      [['import', 'nope.txt', '--lang=en'], /nope\.txt: no such file or folder/u],
      [['import', 'notes.pdf'], /notes\.pdf：不支持的文件类型，可导入：\.txt .*\.docx/u],
      [['import', 'broken.docx', '--lang', 'en'], /broken\.docx: cannot be read as a Word document/u],
      [['import', 'seed.txt', '--bogus'], /未知选项 --bogus/u],
      [['import', 'seed.txt', '-o'], /选项 -o 缺少值/u],
      [['import', 'seed.txt', '--lang', 'fr'], /选项 --lang 的值“fr”无效/u],
    ];
    for (const [argv, message] of cases) {
      const r = await runFake(argv, dir);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr.text, message, argv.join(' '));
      assert.equal(r.stdout.text, '');
    }
  });

  it('has its own help in both languages, and the main help names it', async () => {
    const zh = await runFake(['import', '--help'], dir);
    assert.equal(zh.code, 0);
    assert.match(zh.stdout.text, /^用法：disclosure-lint import <文件>/u);
    assert.match(zh.stdout.text, /--force\s+允许覆盖/u);
    const en = await runFake(['import', '-h', '--lang', 'en'], dir);
    assert.match(en.stdout.text, /^Usage: disclosure-lint import <file>/u);
    const main = await runFake(['--help', '--lang', 'en'], dir);
    assert.match(main.stdout.text, /Commands:\n {2}disclosure-lint import <file>/u);
  });

  it('leaves the lint command line as it was', async () => {
    const r = await runFake(['report.md', '-f', 'json'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout.text, /"ruleId": "T002"/u);
  });
});
