// The report model: label variants, table layouts, sections, metadata. Inline documents are
// fine here (no expected output is embedded in them); fixtures live in test-fixtures/.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getFormat } from '../src/engine/formats/index.js';
import { standardTable } from '../src/engine/formats/render.js';
import { axisIndex, matchLabel } from '../src/engine/model/match.js';
import { buildReport } from '../src/engine/model/report.js';
import { classifyTitle } from '../src/engine/model/sections.js';
import { labelKey } from '../src/engine/text/normalize.js';
import { parseCell } from '../src/engine/text/numbers.js';

const F2021 = getFormat('2021');
const T3 = F2021.tables.find((t) => t.id === '3')!;
const T4 = F2021.tables.find((t) => t.id === '4')!;
const rows3 = axisIndex(T3.rows);
const cols3 = axisIndex(T3.columns);

function report(body: string, year = 2023): ReturnType<typeof buildReport> {
  return buildReport(`# 某某县某某局${year}年政府信息公开工作年度报告\n\n${body}`, {});
}

describe('label keys', () => {
  test('spaces from PDF extraction inside labels do not matter', () => {
    assert.equal(labelKey('商 业 企 业'), labelKey('商业企业'));
    assert.equal(labelKey('三、 本 年 度 办 理 结 果'), labelKey('三、本年度办理结果'));
  });
  test('full-width and half-width brackets and digits are the same', () => {
    assert.equal(labelKey('（一）予以公开'), labelKey('(一) 予以公开'));
    assert.equal(labelKey('１．属于国家秘密'), labelKey('1.属于国家秘密'));
  });
  test('trailing notes and enumerators are not part of the key', () => {
    assert.equal(labelKey('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'), '部分公开');
    assert.equal(labelKey('(二) 部分公开(区分处理的,只计这一情形,不计其他情形)'), '部分公开');
  });
  test('curly and straight quotes are the same', () => {
    assert.equal(labelKey('3.危及“三安全一稳定”'), labelKey('3.危及"三安全一稳定"'));
  });
  test('zero-width and non-breaking spaces are ignored', () => {
    assert.equal(labelKey('自\u200b然\u00a0人'), '自然人');
  });
});

describe('matching labels', () => {
  test('a leaf written with its parents in one cell', () => {
    assert.equal(matchLabel(rows3, '（三）不予公开 1.属于国家秘密')?.item.id, 'r3.1');
    assert.equal(matchLabel(rows3, '三、本年度办理结果（一）予以公开')?.item.id, 'r1');
    assert.equal(matchLabel(rows3, '（六）其他处理 3.其他')?.item.id, 'r6.3');
  });
  test('a truncated label is still recognised, as a near match', () => {
    const m = matchLabel(rows3, '2.其他法律行政法规禁止公');
    assert.equal(m?.item.id, 'r3.2');
    assert.equal(m?.quality, 'near');
  });
  test('an unrelated label matches nothing', () => {
    assert.equal(matchLabel(rows3, '（八）其他情形'), undefined);
  });
  test('columns: 商 业 企 业 and 法人或者其他组织', () => {
    assert.equal(matchLabel(cols3, '商 业 企 业')?.item.id, 'business');
    assert.equal(matchLabel(cols3, '法人或者其他组织')?.item.id, 'legal');
  });
  test('a label shared by several groups is told apart by the context', () => {
    const idx = axisIndex(T4.columns);
    assert.equal(matchLabel(idx, '结果维持', new Set(['lawsuit', 'after']))?.item.id, 'after.upheld');
    assert.equal(matchLabel(idx, '结果维持', new Set(['review']))?.item.id, 'review.upheld');
  });
});

describe('cell values', () => {
  test('numbers as writers type them', () => {
    assert.deepEqual(parseCell(' 1,084 ').kind === 'number' && parseCell('1,084'), { kind: 'number', value: 1084, raw: 1084, fullWidth: false, grouped: true, signed: false, decimal: false });
    const fw = parseCell('１２');
    assert.ok(fw.kind === 'number' && fw.value === 12 && fw.fullWidth);
    const signed = parseCell('−3');
    assert.ok(signed.kind === 'number' && signed.value === -3 && signed.signed);
    const money = parseCell('197.5万');
    assert.ok(money.kind === 'number' && money.value === 197.5 && money.unit === '万');
    const yuan = parseCell('251000元');
    assert.ok(yuan.kind === 'number' && yuan.value === 25.1 && yuan.unit === '元');
  });
  test('blanks, placeholders and words', () => {
    assert.equal(parseCell('').kind, 'blank');
    assert.equal(parseCell(' \u3000').kind, 'blank');
    for (const p of ['/', '—', '-', '——', '无', '／']) assert.equal(parseCell(p).kind, 'placeholder', p);
    assert.equal(parseCell('若干').kind, 'text');
  });
});

describe('section titles', () => {
  test('standard, accepted variant, wrong title, near miss, ordinal only', () => {
    assert.equal(classifyTitle('一、总体情况').match, 'standard');
    assert.equal(classifyTitle('五、政府信息公开工作存在的主要问题及改进情况').match, 'variant');
    assert.equal(classifyTitle('四、因政府信息公开工作被申请行政复议、提起行政诉讼情况').def?.no, 4);
    const wrong = classifyTitle('五、下一步工作打算');
    assert.equal(wrong.match, 'wrong');
    assert.equal(wrong.def?.no, 5);
    assert.equal(classifyTitle('二、主动公开政府信息情').match, 'near');
    const ord = classifyTitle('三、依申请公开工作');
    assert.equal(ord.def?.no, 3);
  });
  test('words decide before the ordinal', () => {
    const c = classifyTitle('五、其他需要报告的事项');
    assert.equal(c.def?.no, 6);
    assert.equal(c.ordinal, 5);
  });
  test('full-width punctuation and spaces', () => {
    assert.equal(classifyTitle('六． 其他需要报告的事项').def?.no, 6);
    assert.equal(classifyTitle('二 、主 动 公 开 政 府 信 息 情 况').match, 'standard');
  });
  test('a paragraph that is only a section title is a section; a sentence is not', () => {
    const r = report('一、总体情况\n\n本年度工作情况如下。\n\n一、加强组织领导，落实工作责任。\n');
    assert.equal(r.sections.length, 1);
    assert.equal(r.sections[0]!.kind, 'paragraph');
  });
  test('headings of any level', () => {
    const r = report('### 一、总体情况\n\n文字。\n\n### 二、主动公开政府信息情况\n\n文字。\n');
    assert.deepEqual(r.sections.map((s) => s.no), [1, 2]);
    assert.equal(r.depth, 3);
  });
  test('sub-headings numbered （一） are not sections', () => {
    const r = report('## 一、总体情况\n\n### （一）主动公开\n\n文字。\n');
    assert.equal(r.sections.length, 1);
  });
});

describe('report metadata', () => {
  test('year, agency and format from the title', () => {
    const r = buildReport('# 黑龙江省人民政府外事办公室 2020 年政府信息公开工作年度报告\n', {});
    assert.equal(r.meta.year, 2020);
    assert.equal(r.meta.agency, '黑龙江省人民政府外事办公室');
    assert.equal(r.format.version, '2019');
    assert.ok(r.isReport);
  });
  test('front matter overrides the format; an option overrides both', () => {
    const text = '---\nformat: 2019\nagency: 某某县某某局\n---\n\n# 报告\n';
    assert.equal(buildReport(text, {}).format.version, '2019');
    assert.equal(buildReport(text, {}).meta.agency, '某某县某某局');
    assert.equal(buildReport(text, { format: '2021' }).format.version, '2021');
  });
  test('a Markdown file that is not a report', () => {
    assert.equal(buildReport('# README\n\nSome notes.\n', {}).isReport, false);
  });
  test('no year: the tables tell the format', () => {
    const r = buildReport(`# 某某县某某局政府信息公开工作年度报告\n\n## 二、主动公开政府信息情况\n\n${standardTable(getFormat('2019').tables.find((t) => t.id === '2.9')!)}\n\n${standardTable(getFormat('2019').tables.find((t) => t.id === '2.1')!)}\n`, {});
    assert.equal(r.format.version, '2019');
    assert.equal(r.meta.formatSource, 'tables');
  });
});

describe('table layouts', () => {
  const leafCount = T3.rows.filter((r) => !r.group).length;

  test('the generated standard section 三 table maps every row and column', () => {
    const r = report(`## 三、收到和处理政府信息公开申请情况\n\n${standardTable(T3)}\n`);
    const t = r.tables[0]!;
    assert.equal(t.def.id, '3');
    assert.equal(t.rows.length, leafCount);
    assert.equal(t.columns.length, 7);
    assert.equal(t.cells.size, leafCount * 7);
    assert.deepEqual(t.unknownRows, []);
  });

  test('one combined label column', () => {
    const lines = T3.rows.filter((r) => !r.group).map((row) => {
      const parent = T3.rows.find((p) => p.id === row.parent && p.id !== 'results');
      return `| ${parent ? parent.label + ' ' : ''}${row.label} | 1 | 0 | 0 | 0 | 0 | 0 | 1 |`;
    });
    const md = ['| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |', '|---|---|---|---|---|---|---|---|', ...lines].join('\n');
    const t = report(`## 三、收到和处理政府信息公开申请情况\n\n${md}\n`).tables[0]!;
    assert.equal(t.labelColumns, 1);
    assert.equal(t.rows.length, leafCount);
    assert.deepEqual(t.unknownRows.map((u) => u.text), []);
  });

  test('two label columns with the parent repeated on every row', () => {
    const lines = T3.rows.filter((r) => !r.group).map((row) => {
      const parent = T3.rows.find((p) => p.id === row.parent);
      return `| ${parent?.label ?? row.label} | ${parent ? row.label : ''} | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`;
    });
    const md = ['| | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |', '|---|---|---|---|---|---|---|---|---|', ...lines].join('\n');
    const t = report(`## 三、收到和处理政府信息公开申请情况\n\n${md}\n`).tables[0]!;
    assert.equal(t.labelColumns, 2);
    assert.equal(t.rows.length, leafCount);
  });

  test('header rows continued in the body, group names in the GFM header row (section 四)', () => {
    const t = report(`## 四、政府信息公开行政复议、行政诉讼情况\n\n${standardTable(T4)}\n`).tables[0]!;
    assert.equal(t.headerRows.length, 3);
    assert.equal(t.columns.length, 15);
    assert.deepEqual(t.columns.map((c) => c.item.id).slice(4, 7), ['review.total', 'direct.upheld', 'direct.corrected']);
  });

  test('section 二 caption as a line before the table, as its own row, or as the first header cell', () => {
    const T21 = F2021.tables.find((t) => t.id === '2.1')!;
    const before = report(`## 二、主动公开政府信息情况\n\n${standardTable(T21)}\n`).tables;
    assert.equal(before[0]?.def.id, '2.1');
    const own = report('## 二、主动公开政府信息情况\n\n| 第二十条第（一）项 | | | |\n|---|---|---|---|\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 1 | 0 | 3 |\n| 第二十条第（五）项 | | | |\n| 信息内容 | 本年处理决定数量 | | |\n| 行政许可 | 5 | | |\n').tables;
    assert.deepEqual(own.map((t) => t.def.id), ['2.1', '2.5']);
    assert.equal(own[1]!.rows.length, 1);
    const inHeader = report('## 二、主动公开政府信息情况\n\n| 第二十条第（一）项 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 1 | 0 | 3 |\n').tables;
    assert.equal(inHeader[0]?.def.id, '2.1');
    assert.equal(inHeader[0]?.rows.length, 2);
  });

  test('every cell keeps its exact UTF-16 range in CJK text', () => {
    const text = '# 某某县某某局2023年政府信息公开工作年度报告\n\n## 二、主动公开政府信息情况\n\n第二十条第（五）项\n\n| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政许可 | 146 |\n';
    const t = buildReport(text, {}).tables[0]!;
    const cell = [...t.cells.values()][0]!;
    assert.equal(text.slice(cell.cell.span.start, cell.cell.span.end), '146');
  });

  test('a table of the writer’s own is not taken for a template table', () => {
    const r = report('## 一、总体情况\n\n| 渠道 | 条数 |\n|---|---|\n| 网站 | 1084 |\n| 微信 | 480 |\n');
    assert.equal(r.tables.length, 0);
  });

  test('a table without headings is taken by position only where it can be: its own section, about its width', () => {
    const numbers = (n: number): string => `| ${Array.from({ length: n }, (_, i) => `列${i}`).join(' | ')} |\n|${' --- |'.repeat(n)}\n| ${Array.from({ length: n }, (_, i) => i).join(' | ')} |\n`;
    const four = report(`## 四、政府信息公开行政复议、行政诉讼情况\n\n${numbers(15)}`).tables;
    assert.deepEqual(four.map((t) => [t.def.id, t.positional]), [['4', true]]);
    // The same table in section 五 has no label to say it is section 四's; a table of 200 columns
    // has too many for position to say which is which.
    assert.equal(report(`## 五、存在的主要问题及改进情况\n\n${numbers(15)}`).tables.length, 0);
    assert.equal(report(`## 四、政府信息公开行政复议、行政诉讼情况\n\n${numbers(200)}`).tables.length, 0);
  });

  test('a table holding every label of its template is that table whatever it adds', () => {
    const t3 = standardTable(T3).split('\n');
    const extra = Array.from({ length: 300 }, (_, i) => `| 其他事项${i} | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |`);
    const tables = report(`## 三、收到和处理政府信息公开申请情况\n\n${[...t3.slice(0, -1), ...extra, t3[t3.length - 1]].join('\n')}\n`).tables;
    assert.deepEqual(tables.map((t) => t.def.id), ['3']);
    assert.equal(tables[0]!.unknownRows.length, 300);
    assert.equal(tables[0]!.rows.length, T3.rows.filter((r) => !r.group).length);
  });
});
