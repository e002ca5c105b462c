// Importing PDF text, case by case: captions, broken paragraphs, labels kept as written, tables that
// are no template table, Markdown syntax in the text. Inline documents of a fictitious agency.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lint } from '../src/engine/index.js';
import { plainText } from '../src/engine/model/parse.js';
import { parseMarkdown } from '../src/engine/model/parseOnce.js';
import { importHtml, importText } from '../src/import/index.js';

const TITLE = '某某县某某局2021年政府信息公开工作年度报告';
const tsv = (rows: string[][]): string => rows.map((r) => r.join('\t')).join('\n');
const doc = (...parts: string[]): string => [TITLE, '', ...parts].join('\n');
const rules = (md: string): string[] => lint(md).findings.map((f) => f.ruleName);

const T5 = [['信息内容', '本年处理决定数量'], ['行政许可', '146']];

describe('import of PDF text', () => {
  test('a caption broken over two lines still names its table', () => {
    const md = importText(doc('二、主动公开政府信息情况', '', '第二十条第（五）', '项', tsv(T5))).markdown;
    assert.match(md, /## 二、主动公开政府信息情况\n\n第二十条第（五）项\n\n\| 信息内容 \| 本年处理决定数量 \|\n\| --- \| --- \|\n\| 行政许可 \| 146 \|/u);
  });
  test('a line wrapped mid-sentence is joined; a sentence that ends a line ends the paragraph', () => {
    const md = importText(doc('一、总体情况', '本局全年主动公开', '政府信息 1286 条。', '本局全年未收取费用。')).markdown;
    assert.match(md, /\n本局全年主动公开政府信息 1286 条。\n\n本局全年未收取费用。\n/u);
  });
  test('sub-items become ### headings, section titles ## as written (a wrong title stays wrong)', () => {
    const md = importText(doc('五、下一步工作打算', '', '（一）加强培训', '', '全年培训 2 次。')).markdown;
    assert.match(md, /## 五、下一步工作打算\n\n### （一）加强培训\n\n全年培训 2 次。/u);
    assert.ok(rules(md).includes('section-title'));
  });
  test('a garbled label is written as it stands, so that the linter still reports it', () => {
    const rows = [['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'], ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'],
      ['三、本年度办理结果', '（一）予以公开', '1', '0', '0', '0', '0', '0', '1'], ['（三）不予公开', '2.其他法律行政法规禁止公', '0', '0', '0', '0', '0', '0', '0']];
    const md = importText(doc('三、收到和处理政府信息公开申请情况', tsv(rows))).markdown;
    assert.match(md, /\|\s+\| （三）不予公开 \| 2\.其他法律行政法规禁止公 \| 0 \|/u);
    assert.ok(rules(md).includes('label-nonstandard'));
  });
  test('a row outside the template is kept after the standard rows', () => {
    const md = importText(doc('二、主动公开政府信息情况', '第二十条第（五）项', tsv([...T5, ['行政确认', '7']]))).markdown;
    assert.match(md, /\| 行政许可 \| 146 \|\n\| 行政确认 \| 7 \|/u);
    assert.ok(rules(md).includes('row-unknown'));
  });
  test('a header naming other columns is not read as the template table', () => {
    const r = importText(doc('第二十条第（五）项', tsv([['信息内容', '本年处理决定数量'], ['行政许可', '146', '3']])));
    assert.deepEqual(r.tables, { recognised: 0, other: 1 });
  });
  test('a table that is no template table, or whose values do not fit, is written as it stands', () => {
    const r = importText(doc('一、总体情况', tsv([['栏目', '条数'], ['通知公告', '12'], ['政策解读', '5']]))).markdown;
    assert.match(r, /\| 栏目 \| 条数 \|\n\| --- \| --- \|\n\| 通知公告 \| 12 \|\n\| 政策解读 \| 5 \|/u);
    const surplus = importText(doc('第二十条第（五）项', tsv([['信息内容', '本年处理决定数量'], ['行政许可', '146', '3', '1', '2']])));
    assert.deepEqual(surplus.tables, { recognised: 0, other: 1 });
    assert.match(surplus.markdown, /\| 行政许可 \| 146 \| 3 \| 1 \| 2 \|/u);
  });
  test('a 2019 table in a 2021 report is imported as the 2019 table, and reported as such', () => {
    const rows = [['第二十条第（九）项', '', ''], ['信息内容', '采购项目数量', '采购总金额'], ['政府集中采购', '3', '251000元']];
    const md = importText(doc('二、主动公开政府信息情况', tsv(rows))).markdown;
    assert.match(md, /\| 政府集中采购 \| 3 \| 251000元 \|/u);
    assert.ok(rules(md).includes('wrong-template'));
  });
  test('Markdown syntax in the text reads back as the same characters', () => {
    const lines = ['1. 见附件*说明*', '# 不是标题', '<b>粗体</b> 与 a_b_c、[链接](x) 和 &amp; 和 | 竖线。', '- 不是列表', '> 不是引用'];
    const md = importText(doc(...lines.flatMap((l) => ['', l]))).markdown;
    const texts = parseMarkdown(md).children.slice(1).map((n) => plainText(n));
    assert.deepEqual(texts, lines);
  });
});

describe('import of HTML', () => {
  test('headings, paragraphs split by <br>, and a table with merged cells', () => {
    const html = `<html><body><h1>${TITLE}</h1><h2>二、主动公开政府信息情况</h2><p>第一行<br>第二行</p>` +
      '<table><tr><td colspan="2">第二十条第（五）项</td></tr><tr><th>信息内容</th><th>本年处理决定数量</th></tr>' +
      '<tr><td>行政许可</td><td>&nbsp;</td></tr></table></body></html>';
    const r = importHtml(html, { whole: true });
    assert.equal(r.markdown, `# ${TITLE}\n\n## 二、主动公开政府信息情况\n\n第一行\n\n第二行\n\n第二十条第（五）项\n\n| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n| 行政许可 |   |\n`);
  });
  test('a page laid out with tables: the layout table is read through, the data table kept', () => {
    const html = `<body><table><tr><td><a href="/">首页</a> <a href="/a">机构</a></td></tr><tr><td><p>${TITLE}</p>` +
      `<p>${'本局坚持以公开为常态。'.repeat(20)}</p><table><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>9</td></tr></table></td></tr></table></body>`;
    const r = importHtml(html);
    assert.equal(r.title, TITLE);
    assert.equal(r.tables.recognised, 1);
    assert.doesNotMatch(r.markdown, /首页/u);
  });
});
