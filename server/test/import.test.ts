// Import round trips: the seed report as PDF text and as a saved web page, and a fictitious Word
// report, become Markdown whose lint result (rule ids and messages, in order) is that of the
// Markdown written by hand. Positions may differ; nothing else may.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { lint } from '../src/engine/index.js';
import { importDocx } from '../src/import/docx.js';
import { importHtml, importText } from '../src/import/index.js';
import { FIXTURES } from './helpers/fixtures.js';

const dir = join(FIXTURES, 'import');
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
const HAND = readFileSync(join(FIXTURES, 'reports', 'heilongjiang-waiban-2020.md'), 'utf8');

function findings(text: string): string[] {
  const r = lint(text);
  assert.equal(r.ruleErrors, undefined, 'no rule throws');
  return r.findings.map((f) => `${f.ruleId} ${f.message}`);
}

/** Paragraphs and headings of a Markdown text that are not table rows. */
const prose = (md: string): string[] => md.split(/\n{2,}/u).map((b) => b.trim()).filter((b) => b !== '' && !b.startsWith('|'));

describe('import: the seed report as PDF text', () => {
  const text = read('heilongjiang-waiban-2020.txt');
  const result = importText(text);
  test('the committed input is the shared seed', (t) => {
    const shared = join(FIXTURES, '..', '..', 'shared', 'seed', '000_87fcc03de9584bf1.txt');
    if (!existsSync(shared)) return t.skip('no ../shared beside the repo');
    assert.equal(text, readFileSync(shared, 'utf8'));
  });
  test('lints exactly like the hand-written Markdown', () => {
    assert.ok(result.markdown.length > 0);
    assert.deepEqual(findings(result.markdown), findings(HAND));
  });
  test('title, sections, sub-items and joined paragraphs as written by hand', () => {
    assert.deepEqual(prose(result.markdown).filter((b) => !/^第二十条/u.test(b)), prose(HAND).filter((b) => !/^第二十条/u.test(b)));
  });
  test('what it found: the year, the 2019 format, seven template tables', () => {
    assert.equal(result.year, 2020);
    assert.equal(result.format, '2019');
    assert.deepEqual(result.tables, { recognised: 7, other: 0 });
  });
  test('numbers are kept as written: 197.5万 stays, blank cells stay blank', () => {
    assert.match(result.markdown, /\| 政府集中采购 \| 19 \| 197\.5万 \|/u);
    assert.match(result.markdown, /\n(\|\s+){5}\| 0 \| 0 \|/u);
  });
});

describe('import: the seed report as a saved web page', () => {
  const result = importHtml(read('heilongjiang-waiban-2020.html'));
  test('menus, breadcrumbs and footers are left out; the title outside the content is found', () => {
    assert.equal(result.title, '黑龙江省人民政府外事办公室 2020 年政府信息公开工作年度报告');
    assert.doesNotMatch(result.markdown, /首页|当前位置|网站标识码|分享到/u);
  });
  test('lints exactly like the hand-written Markdown', () => {
    assert.deepEqual(findings(result.markdown), findings(HAND));
  });
  test('gives the same Markdown as the PDF text', () => {
    assert.equal(result.markdown, importText(read('heilongjiang-waiban-2020.txt')).markdown);
  });
});

describe('import: a Word document', () => {
  test('lints exactly like the Markdown it was written from', async () => {
    const result = await importDocx(readFileSync(join(dir, 'mouxian-2022.docx')));
    assert.equal(result.title, '某某县某某局2022年政府信息公开工作年度报告');
    assert.deepEqual(result.tables, { recognised: 6, other: 0 });
    assert.deepEqual(findings(result.markdown), findings(read('mouxian-2022.md')));
  });
  test('bytes that are no Word document are refused', async () => {
    await assert.rejects(importDocx(new TextEncoder().encode('not a zip')));
  });
});
